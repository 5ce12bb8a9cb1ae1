import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// A new user's twenty-fifth trial: a real strategy page with no priorities heading (PostHog's "Strategy overview",
/// one "## TL;DR" over "### Context", "### Mission", "### Long Term Vision (for 2023)"), and a table roadmap whose
/// RFC and Documentation cells are links (Hyperledger Grid's).
@Suite("Strategy and table text: a new user's trial (25)")
struct StrategyTrial25Tests {
    static let posthog = """
        ---
        title: Strategy overview
        sidebar: Handbook
        ---

        # Strategy overview

        ## TL;DR
        Our mission is to **_“Increase the number of successful products in the world”_**. Our first step is to prove product market fit with 5 reference customers.

        ### Context

        We’ve grown a lot, but the majority of our users use us *despite* a bad experience.

        ### Mission

        **_“Increase the number of successful products in the world”_**

        ### Long Term Vision (for 2023)

        **_“Everyone building a product has a clear path to making it successful without losing control of their data”_**

        ### Target Audience (for 2021)

        Our customers are a combination of users, businesses and the products themselves.

        ### First Milestone (Now until Friday 6th Aug)

        **Goals**

        *   **We have 5 reference customers in our focus segment**
            *   **Setting up and maintaining PostHog on customer controlled infrastructure is fast and easy**
            *   **Our customers deeply understand their activation funnel to grow their product**
        """

    @Test("a page whose one H2 is 'TL;DR' over Context/Mission/Vision H3s names no priorities, and says so (F16)")
    func tldrIsNoPriority() {
        let result = StrategyParser().parse(read(Self.posthog, path: "strategy.md"))
        #expect(result.strategy.priorities.isEmpty, "\(result.strategy.priorities.map(\.title))")
        let error = result.diagnostics.first { $0.code == .noPriorities }
        #expect(error?.severity == .error, "\(result.diagnostics.map(\.message))")
        // Nothing is lost: the page's sections are still its context.
        #expect(result.strategy.sections.map(\.title).contains("TL;DR"))
    }

    @Test("framing headings are context, never priorities; statements and real priority names are not framing (F16)")
    func framingHeadings() {
        for framing in ["TL;DR", "Summary", "Executive summary", "Context", "Mission", "Our Mission", "Long Term Vision (for 2023)",
                        "Vision", "Values", "Mission, vision and values", "Target Audience (for 2021)", "Overview", "Background"] {
            #expect(FramingHeading.matches(framing), "\(framing)")
        }
        for priority in ["Growth", "First Milestone (Now until Friday 6th Aug)", "Mission 1: Services people can use first time",
                         "Developer experience", "Why this matters to customers",
                         "The OpenSSF is a trusted partner to affiliated open source foundations and projects"] {
            #expect(!FramingHeading.matches(priority), "\(priority)")
        }
        // Among a priorities section's H3s, a framing one is a section of the page.
        let strategy = StrategyParser().parse(read("""
            # Strategy

            ## Our priorities

            ### Context

            We are a small team.

            ### Self-hosting

            Deployment in under five minutes.

            ### Funnels

            Customers understand their activation funnel.
            """, path: "strategy.md")).strategy
        #expect(strategy.topLevel.map(\.title) == ["Self-hosting", "Funnels"])
        #expect(strategy.sections.map(\.title).contains("Context"))
    }

    static let grid = """
        # Roadmap

        ## Past Releases

        ### Grid 0.1

        | Feature | Status | RFC | Documentation |
        | ------- | ------ | --- | ------------- |
        | Location | *Complete* | [RFC #20](https://github.com/splintercommunity/grid-rfcs/blob/main/text/0020-location.md) | [Specification]({% link docs/0.1/grid_location_smart_contract_specification.md %}) |
        | Product | *Complete* | [RFC #5](https://github.com/splintercommunity/grid-rfcs/blob/main/text/0005-product.md) |  [Overview]({% link docs/0.1/grid_product.md %}), [HOWTO]({% link docs/0.1/creating_products.md %}), [REST&nbsp;API](/docs/0.1/api/#tag/Product), [CLI]({% link docs/0.1/references/cli/grid-product-create.1.md %}) |
        | Batch Tracking | *Under Development* | - | Track batches of goods across organizations |
        """

    @Test("RFC and Documentation cells, and cells of links, are shown with the item but are not its text (F11)")
    func referenceCellsAreNotText() throws {
        let (roadmap, _) = RoadmapParser().parse(read(Self.grid, path: "roadmaps/roadmap.md"))
        let product = try #require(roadmap.items.first { $0.title == "Product" })
        #expect(!product.body.contains("RFC") && !product.body.contains("Overview") && !product.body.contains("API"), "\(product.body)")
        let shown = product.blocks.map(\.plainText).joined()
        #expect(shown.contains("RFC #5") && shown.contains("Overview"), "\(shown)")
        let location = try #require(roadmap.items.first { $0.title == "Location" })
        #expect(!location.body.contains("Specification"), "\(location.body)")
        // A Documentation cell of words says what the work is: it stays the item's text.
        let batch = try #require(roadmap.items.first { $0.title == "Batch Tracking" })
        #expect(batch.body.contains("Track batches of goods"), "\(batch.body)")
        #expect(ReferenceCell.isLinksOnly(TableCell([.link(destination: "https://x", content: [.text("Improve onboarding for new contributors")])], line: 1, column: 1)) == false)
    }
}
