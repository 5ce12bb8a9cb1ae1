import BearingModel
@testable import BearingSite
import Testing

/// The objective page says which heading the objective is filed under, and adds nothing for one under none.
@Suite struct ObjectiveGroupPageTests {
    @Test("a grouped objective's facts show its group; an ungrouped one's page has no Group fact")
    func groupFact() throws {
        let pages = try Site.pages([
            "strategy.md": "# Strategy\n\n## Priorities\n\n1. **Grow revenue.** Sell more. {#revenue}\n",
            "objectives/2026-Q1.md": "## 1. Grow revenue\n\n### Objective: Win 20 new customers\n\n- [ ] Sign 20 customers, 5 so far\n",
            "objectives/2026-Q2.md": "## Ship the mobile app\n\n- [ ] Release 1.0\n",
        ])
        let grouped = try #require(pages.first { $0.key.hasPrefix("objectives/2026-q1/") }?.value)
        #expect(grouped.contains("<dt>Group<dd>Grow revenue</div>"), "\(grouped)")
        let plain = try #require(pages.first { $0.key.hasPrefix("objectives/2026-q2/") }?.value)
        #expect(!plain.contains("<dt>Group"))
    }
}
