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
}
