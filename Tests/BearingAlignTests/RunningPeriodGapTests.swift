import BearingModel
import Testing
@testable import BearingAlign

/// A year's (or half-year's) objective running through a quarter is work in that quarter: the quarter's gaps, coverage
/// and effort shares count it, and so do `rank`'s gap and under-weight bonuses (trial 23, F1).
@Suite struct RunningPeriodGapTests {
    static let files = [
        "strategy.md": smallStrategy,
        "objectives/2026.md": "# OKRs 2026\n## Grow recurring revenue from memberships\n- Priorities: revenue\n- [ ] Three membership tiers live: 1/3\n",
        "objectives/2026-Q4.md": "# Q4 2026\n## Run one shared platform\n- Priorities: platform\n- [ ] Alerts with a runbook: 18 of 24\n",
    ]

    @Test("the year 2026's revenue objective fills revenue in 2026-Q4: no gap there, half the effort")
    func quarterCountsTheYear() throws {
        let alignment = align(plan(Self.files), today: "2026-12-03")
        let q4 = try #require(alignment.scope(.quarter, "2026-Q4"))
        #expect(q4.gaps == ["community"], "\(q4.gaps)")
        #expect(abs((q4.shares["revenue"] ?? 0) - 0.5) < 0.01, "\(q4.shares)")
        // Its grade stays the quarter's own objectives': the year's is judged against the year.
        #expect(q4.grade.map { abs($0 - 0.75) < 0.01 } == true, "\(String(describing: q4.grade))")
        // The year itself is its own scope; a quarter never counts a shorter period's work.
        #expect(alignment.scope(.quarter, "2026")?.gaps == ["platform", "community"])
    }

    @Test("rank gives no gap bonus and no '0% of effort' for a priority the year's objective serves in the quarter")
    func rankAgrees() throws {
        let alignment = align(plan(Self.files), today: "2026-12-03")
        let proposals = ProposalRanker.proposals(in: "- Launch a new membership tier for recurring revenue\n")
        let ranked = try #require(ProposalRanker(vectors: Shared.vectors).rank(proposals, alignment: alignment).first)
        #expect(ranked.priority == "revenue")
        #expect(!ranked.reasons.contains { $0.contains("fills a gap") }, "\(ranked.reasons)")
        #expect(!ranked.reasons.contains { $0.contains("0% of effort") }, "\(ranked.reasons)")
    }

    @Test("runs(through:) is the quarter itself and the longer periods holding it, never a shorter or another one")
    func rule() throws {
        let q4 = try #require(Quarter(year: 2026, number: 4)), year = try #require(Quarter(year: 2026, number: 1, span: .year))
        let h2 = try #require(Quarter(year: 2026, number: 2, span: .half)), h1 = try #require(Quarter(year: 2026, number: 1, span: .half))
        #expect(q4.runs(through: q4) && year.runs(through: q4) && h2.runs(through: q4))
        #expect(!h1.runs(through: q4) && !q4.runs(through: year))
    }
}
