import BearingModel
@testable import BearingSite
import Testing

/// One goals file that plans several years (TODO Group's `goals.md`: "# 📌 2026", "# 📌 2025", … newest first) has a
/// period per year: each gets its page and its scores, and the dashboard stands in the year holding today and speaks of
/// years, not quarters. (It had none: the dashboard scored no period at all, or an empty report's quarter.)
@Suite struct PeriodsInOneFileTests {
    static let files = [
        "strategy.md": "# Strategy\n\n## Priorities\n\n1. **Leadership.** Grow and sustain leadership roles in the community. {#leadership}\n"
            + "2. **Resources.** Keep community resources current and easy to navigate. {#resources}\n",
        "objectives/goals.md": """
            # 📌 2026

            ## Grow and Sustain Leadership Roles

            - [ ] Launch a mentorship program for new leaders in the community
            - [x] Publish the leadership roles and how to take one on

            # 📌 2025

            ## ➡️ Keep TODO resources current

            - [x] Review every guide in the resources repository and fix stale links

            """,
    ]

    @Test("each year of a goals file is a period with its page; the dashboard is in the year holding today")
    func yearsOfOneFile() throws {
        let (plan, alignment) = Site.memory(Self.files)
        #expect(plan.quarters.map(\.description) == ["2025", "2026"])
        #expect(alignment.currentQuarter?.description == "2026")
        let pages = Dictionary(try SiteBuilder().render(plan: plan, alignment: alignment, options: .init()).map { ($0.0, String(decoding: $0.1, as: UTF8.self)) },
                               uniquingKeysWith: { a, _ in a })
        let year = try #require(pages["quarters/2026.html"])
        #expect(year.contains(">Grow and Sustain Leadership Roles</a>"))
        #expect(!year.contains("Keep TODO resources current"))
        #expect(try #require(pages["quarters/2025.html"]).contains(">Keep TODO resources current</a>"))
        let dashboard = try #require(pages["index.html"])
        #expect(dashboard.contains(", in 2026. 2 objectives across 2 periods."), "\(dashboard.prefix(3000))")
        #expect(dashboard.contains("of the year gone"))
        #expect(!dashboard.contains("of the quarter gone"))
        let review = try #require(pages["review.html"])
        #expect(review.contains("of the year gone") && !review.contains("of the quarter gone"))
    }
}
