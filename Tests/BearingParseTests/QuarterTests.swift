import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

@Suite("Quarters and periods")
struct QuarterTests {
    @Test("quarters are found in file names and titles", arguments: [
        ("2026-Q4", "2026-Q4"), ("2026q1-platform", "2026-Q1"), ("Objectives for Q3 2026", "2026-Q3"),
        ("2025-q1-product-goals", "2025-Q1"), ("Our product goals for Q2 2025", "2025-Q2"), ("Q4-2027", "2027-Q4"),
    ])
    func find(text: String, expected: String) {
        #expect(Quarter.find(in: text)?.description == expected)
    }

    @Test("text without a quarter", arguments: ["roadmap", "Q5 2026", "2026-Q0", "FAQ 2026"])
    func none(text: String) {
        #expect(Quarter.find(in: text) == nil)
    }

    @Test("periods normalise with the document's year")
    func periods() {
        #expect(PeriodText.normalize("End of Q1:", year: 2026) == "2026-Q1")
        #expect(PeriodText.normalize("By end of Q4+:", year: nil) == "Q4")
        #expect(PeriodText.normalize("H2 2027", year: 2026) == "2027-H2")
        #expect(PeriodText.normalize("2026-11-15", year: nil) == "2026-Q4")
        #expect(PeriodText.laneKind("Now", year: nil).0 == .horizon)
        #expect(PeriodText.laneKind("In flight", year: nil).0 == .horizon)
        #expect(PeriodText.laneKind("2026-Q1", year: nil) == (.period, "2026-Q1"))
        #expect(PeriodText.laneKind("Platform and services", year: 2026).0 == .theme)
    }

    @Test("quarter dates")
    func dates() {
        let quarter = Quarter(year: 2026, number: 4)!
        #expect(Quarter.containing(quarter.dateInterval.start) == quarter)
        #expect(Quarter.containing(quarter.dateInterval.end) == Quarter(year: 2027, number: 1))
    }
}
