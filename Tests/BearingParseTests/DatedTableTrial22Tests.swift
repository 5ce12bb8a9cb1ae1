import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// F8: a deliverables table with dates in an objective, and dates that are no day of the calendar.
@Suite("Reading: a dated deliverables table and impossible dates (trial 22)")
struct DatedTableTrial22Tests {
    @Test("an unread table with a date column is said at the table, and an impossible date at its cell")
    func unreadDatedTable() throws {
        let plan = loadWorkspace(["strategy.md": minimalStrategy, "objectives/2026.md": """
            # Plan 2026
            ## Key Deliverables

            | Category | Deliverable / Deadline | Target Date | Notes |
            |---------|-------------------------|-------------|-------|
            |  Manuscripts | Manuscript 1 – Draft | 2026-02-31 | - |
            | | Manuscript 1 – Submission | 2026-03-31 | - |
            """])
        let unread = try #require(plan.diagnostics.first { $0.code == .keyResultsUnread })
        #expect(unread.location.line == 4)
        #expect(unread.message.contains("Target Date"))
        let date = try #require(plan.diagnostics.first { $0.code == .invalidValue })
        #expect(date.location.line == 6)
        #expect(date.message.contains("2026-02-31"))
        #expect(plan.diagnostics.filter { $0.code == .invalidValue }.count == 1)
    }

    @Test("a due date that is no day of the calendar is flagged")
    func impossibleDue() throws {
        let plan = loadWorkspace(["strategy.md": minimalStrategy,
                                  "objectives/2026-Q1.md": "# 2026-Q1\n## Ship it\n- Due: 2026-11-31\n- [ ] Ship\n"])
        let warning = try #require(plan.diagnostics.first { $0.code == .invalidValue })
        #expect(warning.location.line == 3)
        #expect(warning.message.contains("2026-11-31"))
    }
}
