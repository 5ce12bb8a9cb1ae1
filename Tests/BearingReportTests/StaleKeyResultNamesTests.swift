import BearingModel
import Foundation
import Testing
@testable import BearingReport

/// History's stale-key-result warnings for the key results of one `<br>` cell, which share its line and column.
@Suite("Stale key results: the key results of one cell named")
struct StaleKeyResultNamesTests {
    @Test("key results that share a place name themselves in their stale warnings; one alone does not")
    func sharedCellNamed() {
        let cell = SourceLocation(path: "objectives/2027-Q1.md", line: 5, column: 24)
        let own = SourceLocation(path: "objectives/2027-Q1.md", line: 6, column: 32)
        let stale = [("Reach 15k weekly active users", cell), ("Sign 20 new partners", cell), ("Cut incidents from 10 to 5", own)].map { text, at in
            StaleKeyResult(objective: "2027-q1/grow", objectiveTitle: "Grow", item: "2027-q1/grow",
                           keyResult: KeyResult(text: text, done: false, progressSource: .unknown, location: at),
                           since: Date(timeIntervalSince1970: 1_790_000_000), weeks: 9, owners: [])
        }
        let messages = StaleKeyResult.diagnostics(stale).map(\.message)
        #expect(messages[0].hasPrefix("key result “Reach 15k weekly active users” unchanged since "), "\(messages)")
        #expect(messages[1].hasPrefix("key result “Sign 20 new partners” unchanged since "), "\(messages)")
        #expect(messages[2] == stale[2].message)
        #expect(StaleKeyResult.diagnostics(stale).allSatisfy { $0.code == .staleKeyResult && $0.severity == .warning })
    }
}
