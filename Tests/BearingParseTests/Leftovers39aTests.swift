import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// Session 38's review leftovers (review38b), in the shapes its workspaces wrote with made-up content: spans of quarters
/// inside a year, Year columns and alarm clocks.
@Suite("Leftovers of session 38's reviews (39a)")
struct Leftovers39aTests: TwoPriorityTrial {
    @Test("a span of quarters in one year that is no half ends at its last quarter; Q1–Q4 is the year", arguments: [
        ("Q2 2027 – Q3 2027", "2027-Q3"), ("Q1 2027 through Q3 2027", "2027-Q3"), ("Q2–Q4 2027", "2027-Q4"),
        ("Q2/Q3 2027", "2027-Q3"), ("Q1–Q4 2027", "2027"), ("Q3 2027 – Q4 2027", "2027-H2"),
    ])
    func quarterSpanEndsAtItsLastQuarter(written: String, period: String) {
        #expect(Quarter.find(in: written)?.description == period)
        let plan = load(["roadmaps/plan.md": "# Plan\n\n## \(written)\n\n- Ship the share page\n"])
        #expect(plan.roadmaps.first?.lanes.first?.period == period, "\(plan.roadmaps.first?.lanes.map(\.period) ?? [])")
    }

    @Test("a fiscal Year cell is joined to its Quarter cell, as a calendar year is")
    func fiscalYearColumn() throws {
        let plan = load(["bearing.yml": "fiscal_year_start: 7\n", "roadmaps/releases.md": """
            # Release plan

            | Feature | Year | Quarter | Status |
            |---|---|---|---|
            | Mobile SDK | FY2027 | Q1 | 🚧 |
            | Partner API | FY27 | H2 | ⏰ |
            | Web app | FY2027 | | ⏰ |
            """])
        let items = try #require(plan.roadmaps.first?.items)
        #expect(items.map(\.period) == ["FY2027-Q1", "FY2027-H2", "FY2027"], "\(items.map(\.period)) \(plan.diagnostics)")
        #expect(!plan.codes.contains(.unknownKey), "\(plan.diagnostics)")
    }

    @Test("⏰ in a heading or beside words is no status; alone in a status cell it is work not started")
    func alarmClock() throws {
        let plan = load(["roadmaps/product.md": """
            # Product roadmap

            ## ⏰ Deadlines

            - EU data residency
            - Renew the SMS contract

            ## Releases

            | Item | Status |
            |---|---|
            | Audit logs | ⏰ Overdue |
            | SSO | ⏰ |
            """])
        let statuses = Dictionary(uniqueKeysWithValues: (plan.roadmaps.first?.items ?? []).map { ($0.title, $0.metadata.status) })
        #expect(statuses.count == 4, "\(statuses)")
        #expect(statuses["EU data residency"] == .some(nil), "\(statuses)")
        #expect(statuses["Renew the SMS contract"] == .some(nil), "\(statuses)")
        #expect(statuses["Audit logs"] == .some(nil), "\(statuses)")
        #expect(statuses["SSO"] == .notStarted)
        #expect(plan.diagnostics.contains { $0.code == .unknownStatus && $0.message.contains("Overdue") }, "\(plan.diagnostics)")
        #expect(Status(reading: "⏰") == .notStarted)
        #expect(Status(reading: "⏰ Scheduled") == .notStarted)
        #expect(Status(reading: "⏰ Overdue") == nil)
    }
}
