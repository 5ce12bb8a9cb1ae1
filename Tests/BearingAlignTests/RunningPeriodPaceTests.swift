import BearingModel
import Testing
@testable import BearingAlign

/// Behind pace for the objectives of a half-year or year running through the current quarter: judged against the
/// share of their own period gone, as a quarter's objectives are against the quarter's.
@Suite struct RunningPeriodPaceTests {
    static let half = """
        ---
        period: 2026-H2
        ---
        ## Publish the field survey
        - Priorities: revenue
        - [ ] 1/5 chapters drafted

        ## Run the spring school
        - Priorities: memberships
        - [ ] 3/5 sessions held
        """

    @Test("a 2026-H2 objective at 0.20 in November (74% of the half-year gone) is behind pace; one at 0.60 is not")
    func halfYear() throws {
        let quarter = "## Renew the cluster contract\n- Priorities: revenue\n- [ ] 3/5 quotes\n"
        let alignment = align(plan(["strategy.md": smallStrategy, "objectives/lab/2026-H2.md": Self.half, "objectives/lab/2026-Q4.md": quarter]),
                              today: "2026-11-15")
        #expect(alignment.currentQuarter?.description == "2026-Q4", "the half-year runs through the current quarter")
        let paces = alignment.items.filter { $0.kind == .objective && $0.quarter?.description == "2026-H2" }
            .map { alignment.behindPace($0).map { ($0 * 100).rounded() } }
        #expect(paces == [74, nil], "0.20 at 74% of 2026-H2 is behind; 0.60 is within 0.25")
    }

    @Test("in the first third of the half-year (August) a low grade is work not yet started")
    func earlyInTheHalf() throws {
        let alignment = align(plan(["strategy.md": smallStrategy, "objectives/lab/2026-H2.md": Self.half]), today: "2026-08-20")
        #expect(alignment.items.allSatisfy { alignment.behindPace($0) == nil })
    }

    @Test("a year's objective is judged by the share of the year gone")
    func year() throws {
        let file = "---\nperiod: 2026\n---\n## Publish the field survey\n- Priorities: revenue\n- [ ] 1/5 chapters drafted\n"
        let late = align(plan(["strategy.md": smallStrategy, "objectives/2026.md": file]), today: "2026-11-15")
        #expect(late.items.filter { $0.kind == .objective }.map { late.behindPace($0).map { ($0 * 100).rounded() } } == [87])
        // 0.20 in mid-March is 20% of the year gone: not behind, though it would be halfway through Q1.
        let march = align(plan(["strategy.md": smallStrategy, "objectives/2026.md": file]), today: "2026-03-15")
        #expect(march.items.allSatisfy { march.behindPace($0) == nil })
    }

    @Test("a half-year that has ended or not begun is not under way: never behind pace")
    func notRunning() throws {
        let ended = align(plan(["strategy.md": smallStrategy, "objectives/lab/2026-H2.md": Self.half]), today: "2027-02-01")
        #expect(ended.items.allSatisfy { ended.behindPace($0) == nil })
    }
}
