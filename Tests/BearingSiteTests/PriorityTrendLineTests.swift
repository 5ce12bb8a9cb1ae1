import BearingAlign
import BearingModel
import BearingParse
@testable import BearingSite
import Testing

/// A priority page's trend line runs up to the current quarter, as its direction does; the dashboard's heatmap keeps
/// the planned quarters, marked planned (docs/scoring.md).
@Suite struct PriorityTrendLineTests {
    static let strategy = """
        # Strategy

        ## Priorities

        1. **Platform.** Run one shared platform. {#platform}
        2. **Revenue.** Grow recurring revenue. {#revenue}
        """

    static func objective(_ title: String, _ priority: String) -> String { "## \(title)\n- Priorities: \(priority)\n\n" }

    @Test("the priority page draws the quarters that have started; a planned one is not part of its trend")
    func plannedQuartersLeftOutOfTheLine() throws {
        let files = [
            "strategy.md": Self.strategy,
            "objectives/2026-Q3.md": Self.objective("Run the shared platform", "platform") + Self.objective("Grow memberships", "revenue"),
            "objectives/2026-Q4.md": Self.objective("Harden the shared platform", "platform") + Self.objective("Renew memberships", "revenue"),
            "objectives/2027-Q2.md": Self.objective("Price memberships", "revenue"),
            // A quarter only a roadmap item names has no quarter of objectives to call it planned.
            "roadmaps/r.md": "## 2027-Q3\n\n### Membership portal\n\n- Priorities: revenue\n",
        ]
        let (plan, alignment) = Site.memory(files)
        let revenue = try #require(alignment.priorities.first { $0.priority == "revenue" })
        #expect(revenue.trend.map(\.quarter) == ["2026-Q3", "2026-Q4", "2027-Q2", "2027-Q3"])
        let pages = try SiteBuilder().render(plan: plan, alignment: alignment, options: .init())
        let page = String(decoding: try #require(pages.first { $0.0 == "priorities/revenue.html" }).1, as: UTF8.self)
        #expect(page.contains("Share of effort per quarter (steady): 2026-Q3 50%, 2026-Q4 50%."), "\(page)")
        let index = String(decoding: try #require(pages.first { $0.0 == "index.html" }).1, as: UTF8.self)
        #expect(index.contains("<th scope=\"col\">2027-Q2 <span class=\"muted\">planned</span>"))
    }
}
