import BearingAlign
import BearingModel
@testable import BearingReport
import Testing

/// Work a team declared for a priority, whose text does not say how, keeps its low strength (declaring cannot lift a
/// score on its own) but is not shown as "no priority" or its priority as one "with no work" (trial 25b, F1).
@Suite struct DeclaredUnsupportedReportTests {
    static let strategy = """
        ## Priorities

        1. **Win enterprise accounts** {#enterprise}
        2. **Reliable platform** {#reliability}
        3. **Hire and keep great people** {#talent}
        """
    static let objectives = """
        # Q4 2026

        ## Cut pages per week
        - Priorities: reliability

        - [ ] pages/week from 10 to 5, now 7
        - [ ] on-call load below 2 incidents per shift

        ## Engagement survey
        - Priorities: talent

        Run the annual survey, act on top 3 themes.

        - [ ] participation 85%
        """
    static let q4 = Quarter(year: 2026, number: 4)

    static func aligned() throws -> (Plan, Alignment) {
        let plan = loadWorkspace(["strategy.md": strategy, "objectives/2026-Q4.md": objectives])
        let alignment = align(plan, today: "2026-11-01")
        // The premise: both declared links are below the threshold, so both items are orphans and both priorities gaps.
        let scope = try #require(alignment.scope(.quarter, "2026-Q4"))
        #expect(scope.orphans.count == 2)
        #expect(scope.gaps == ["enterprise", "reliability", "talent"])
        return (plan, alignment)
    }

    @Test("the scope counts its gaps that items declare, and only those")
    func declaredGaps() throws {
        let (_, alignment) = try Self.aligned()
        let scope = try #require(alignment.scope(.quarter, "2026-Q4"))
        #expect(scope.declaredGaps == ["reliability": 1, "talent": 1])
        #expect(alignment.unsupportedDeclarationText(of: "2026-q4/cut-pages-per-week") == "declared: reliability — its text does not say how")
    }

    @Test("report: the gaps line tells declared priorities apart, the orphans list names the declaration")
    func textReport() throws {
        let (plan, alignment) = try Self.aligned()
        let text = TextReport(alignment: alignment, plan: plan, quarter: Self.q4, style: ReportStyle(color: false)).render()
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.contains("Gaps  1 Win enterprise accounts"), "\(text)")
        #expect(lines.contains("      3 Hire and keep great people: 1 declared item, not supported by its text"), "\(text)")
        #expect(lines.contains { $0.hasPrefix("Orphans  2: 2026-q4/cut-pages-per-week (declared: reliability — its text does not say how)") }, "\(text)")
        #expect(lines.contains { $0.hasPrefix("2026-Q4") && $0.contains("orphans 2/2 (2 declared, unsupported)") }, "\(text)")
    }

    @Test("report --format summary: declared priorities are not 'priorities with no work'")
    func summary() throws {
        let (plan, alignment) = try Self.aligned()
        let text = SummaryReport(alignment: alignment, plan: plan, quarter: Self.q4).render()
        let gaps = try #require(text.range(of: "**Gaps**: priorities with no work in 2026-Q4\n\n- 1 Win enterprise accounts\n\n"), "\(text)")
        #expect(!text[gaps.upperBound...].hasPrefix("- "), "\(text)")
        #expect(text.contains("- 3 Hire and keep great people: 1 declared item, not supported by its text"), "\(text)")
        #expect(text.contains("2 orphans (2 declared, not supported by their text)"), "\(text)")
        #expect(text.contains("0 of 3 priorities have work (2 more declared, not supported)"), "\(text)")
    }
}
