import BearingAlign
import BearingModel
@testable import BearingReport
import Testing

/// The report's first line names the period it is about as it stands today: a plan whose periods all ended is not in a
/// "current quarter" (a new user's trial read "current quarter FY2024" in December 2026, of a fiscal year).
@Suite struct PeriodStandingTests {
    func firstLine(_ files: [String: String], today: String) -> String {
        let plan = loadWorkspace(files)
        let text = TextReport(alignment: align(plan, today: today), plan: plan, quarter: nil, style: ReportStyle(color: false)).render()
        return String(text.split(separator: "\n").first ?? "")
    }

    @Test("today inside the plan's quarter: the current quarter")
    func current() {
        let line = firstLine(["strategy.md": minimalStrategy, "objectives/2026-Q4.md": "# 2026-Q4\n\n## Ship it\n"], today: "2026-11-15")
        #expect(line.hasSuffix("· current quarter 2026-Q4"), "\(line)")
    }

    @Test("every period ended: the latest, named as a year when it is one, with the day it ended")
    func ended() {
        let line = firstLine(["strategy.md": minimalStrategy, "bearing.yml": "fiscal_year_start: October\n",
                              "objectives/fy2024-okrs.md": "# FY2024 OKRs\n\n## Ship it\n"], today: "2026-12-03")
        #expect(!line.contains("current"), "\(line)")
        #expect(line.hasSuffix("· latest year FY2024, ended 2024-09-30"), "\(line)")
    }

    @Test("the plan's first period still to come: named as the first, with the day it starts")
    func ahead() {
        let line = firstLine(["strategy.md": minimalStrategy, "objectives/2027-Q1.md": "# 2027-Q1\n\n## Ship it\n"], today: "2026-11-15")
        #expect(line.hasSuffix("· first quarter 2027-Q1, starts 2027-01-01"), "\(line)")
    }
}
