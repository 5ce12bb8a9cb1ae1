import BearingAlign
import BearingModel
import BearingParse
@testable import BearingSite
import Testing

/// A key result's weight on its objective's page: "weight 40%" beside its progress, with the target its bracket gave,
/// the bracket itself no longer in its words; nothing added for a key result without one.
@Suite struct KeyResultWeightPagesTests {
    static let strategy = "# Strategy\n\n## Priorities\n\n- **Adoption** — more reviewers use the tool\n"
    static let plan = """
        # 2026-Q4

        ## Win reviewers over

        - [ ] KR1: Achieve >60% approval rate by Month 3 [Target: 60%, Weight: 40%]
        - [ ] KR2: Onboard 20 review teams, 10 so far (weight 60%)
        - [ ] Runbooks for every alert 3/10
        """

    @Test("the objective page shows each weight beside its key result's progress, compactly")
    func objectivePage() throws {
        let (plan, alignment) = Site.memory(["strategy.md": Self.strategy, "objectives/2026-Q4.md": Self.plan])
        let pages = Site.text(try SiteBuilder().render(plan: plan, alignment: alignment, options: .init()))
        let page = try #require(pages.first { $0.key.hasPrefix("objectives/") && $0.value.contains("<h1>Win reviewers over</h1>") }?.value)
        #expect(page.contains("Achieve &gt;60% approval rate by Month 3 <span class=\"kr unknown\""), "\(page)")
        #expect(!page.contains("[Target: 60%"), "\(page)")
        #expect(page.contains("<span class=\"muted\">target 60% · weight 40%</span>"), "\(page)")
        #expect(page.contains("Onboard 20 review teams, 10 so far <span style=\"--p:50%\">50%</span> <span class=\"muted\">weight 60%</span>"), "\(page)")
        // (0.5 × 60 + 0.3 × 0) / 60, KR1 unmeasured and the unweighted runbooks sharing nothing of the 100% the others make.
        #expect(page.contains("0.50 weighted (2 of 3 key results measured)"), "\(page)")
        let runbooks = try #require(page.range(of: "Runbooks for every alert 3/10"))
        #expect(page[runbooks.upperBound...].prefix { $0 != "\n" } == " <span style=\"--p:30%\">30%</span>")
    }
}
