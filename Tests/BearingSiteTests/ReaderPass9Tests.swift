import BearingModel
@testable import BearingSite
import Testing

/// What a leader reads on the pages of a plan as real files left it: a plan whose last quarter ended years ago (GitLab's
/// OKR pages stop at FY2024-Q1) is not "in" that quarter; a quarter with no linked work, or an even split, has no
/// priority that "gets the largest share"; the grade chart's caption does not call every quarter the current one; and a
/// roadmap's lead-in between two lists (napari's "The following items were completed recently:") stays above the
/// items it introduces.
@Suite struct ReaderPass9Tests {
    static let strategy = "# Strategy\n\n## Priorities\n\n1. **Revenue.** Grow revenue from customers. {#revenue}\n"
        + "2. **Platform.** Mature the platform for every team. {#platform}\n"

    static func pages(_ files: [String: String]) throws -> [String: String] {
        let (plan, alignment) = Site.memory(files)
        return Dictionary(try SiteBuilder().render(plan: plan, alignment: alignment, options: .init()).map { ($0.0, String(decoding: $0.1, as: UTF8.self)) },
                          uniquingKeysWith: { a, _ in a })
    }

    /// Two quarters of 2023, read on 2026-11-24: the later one, all three objectives only a title, is the latest.
    static let ended = [
        "strategy.md": strategy,
        "objectives/2023-Q1.md": """
            # 2023-Q1

            ## Grow revenue from customers

            - **Priorities:** revenue

            - [ ] New customers: 10 of 20

            ## Mature the platform

            - **Priorities:** platform

            - [x] Upgrades automated for every team

            """,
        "objectives/2023-Q2.md": "# 2023-Q2\n\n## CEO\n\n## CEO\n",
    ]

    @Test("a plan whose last quarter has ended says so, on the dashboard and the review, rather than standing in it")
    func latestQuarterEnded() throws {
        let pages = try Self.pages(Self.ended)
        let dashboard = try #require(pages["index.html"])
        #expect(dashboard.contains("As of 2026-11-24; the latest quarter, 2023-Q2, ended on 2023-06-30."), "\(dashboard.prefix(3000))")
        #expect(!dashboard.contains(", in 2023-Q2"))
        let review = try #require(pages["review.html"])
        #expect(review.contains("the latest quarter, 2023-Q2, ended on 2023-06-30."))
        #expect(review.contains(">The latest quarter, ended</h2>"))
        #expect(!review.contains("This quarter so far"))
    }

    @Test("a plan under way still stands in its quarter")
    func quarterUnderWay() throws {
        var files = Self.ended
        files["objectives/2026-Q4.md"] = files["objectives/2023-Q1.md"]?.replacingOccurrences(of: "2023-Q1", with: "2026-Q4")
        let pages = try Self.pages(files)
        #expect(try #require(pages["index.html"]).contains("As of 2026-11-24, in 2026-Q4."))
        let review = try #require(pages["review.html"])
        #expect(review.contains(">This quarter so far</h2>"), "\(review.components(separatedBy: "<h2").dropFirst().map { $0.prefix(80) })")
    }

    @Test("a quarter with no linked work has no priority with the largest share; an even split names both")
    func largestShare() throws {
        let pages = try Self.pages(Self.ended)
        let dashboard = try #require(pages["index.html"])
        #expect(dashboard.contains("In 2023-Q2 no work is linked to a priority."))
        #expect(!dashboard.contains("largest share goes to"))
        // 2023-Q1's report is about 2023-Q1: one objective for each priority.
        let report = try #require(pages["reports/2023-Q1.html"])
        #expect(report.contains("In 2023-Q1 the largest share is split evenly between Revenue and Platform."), "\(report)")
    }

    @Test("the grade chart's caption lists ended quarters' grades, not 'the current quarter's progress'")
    func gradeCaption() throws {
        let dashboard = try #require(try Self.pages(Self.ended)["index.html"])
        #expect(dashboard.contains("Grades of ended quarters on the 0.0–1.0 scale, with bands at 0.4 and 0.7: 2023-Q1"))
        #expect(!dashboard.contains("current quarter&#39;s progress"))
    }

    @Test("a lead-in between a group's lists stays above the items it introduces")
    func leadInsInPlace() throws {
        let pages = try Self.pages([
            "strategy.md": Self.strategy,
            "roadmaps/roadmap.md": """
                # Roadmap

                ## Timeline

                ### 2025

                The following items are active priorities for the project:

                - Modular canvas for the platform

                The following items were completed recently:

                - Shape triangulation performance

                Our next priorities are:

                - Instanced rendering performance

                """,
        ])
        let page = try #require(pages["roadmaps/roadmap.html"])
        let order = ["active priorities", "<h3>Modular canvas for the platform</h3>", "completed recently",
                     "<h3>Shape triangulation performance</h3>", "Our next priorities", "<h3>Instanced rendering performance</h3>"]
        let positions = try order.map { try #require(page.range(of: $0), "\($0) missing").lowerBound }
        #expect(positions == positions.sorted(), "\(page)")
        #expect(page.components(separatedBy: "completed recently").count == 2)
    }
}
