import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// F7: a year in a key result's name is no target.
@Suite("Reading: a year in a key result (trial 22)")
struct YearInKeyResultTrial22Tests {
    @Test("a year inside a name is not a target: an unchecked box is 0", arguments: [
        "Talk at KubeCon Europe 2024",
        "Publish the Annual Report 2025",
        "Present at PyCon US 2026.",
    ])
    func yearInName(text: String) {
        let reading = ProgressReader.read(text, checked: false)
        #expect(reading.progress == 0)
        #expect(reading.unread == nil)
    }

    @Test("a count after a capitalized word is still a target", arguments: [
        "Reach 2000 users",
        "Grow Acme 2000 users",
        "Sign Acme 2025 customers",
    ])
    func countStaysTarget(text: String) {
        #expect(ProgressReader.read(text, checked: false).unread != nil)
    }
}
