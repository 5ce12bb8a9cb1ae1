import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// A strategy whose priorities are one list among the section's text: PostHog's "Strategy overview" sums its goal in one
/// numbered list, says how it helps teams in another, lists what it must build in a third (with points under each), and
/// asks two questions as H3s after them. A reader takes the third list for the priorities and the rest for their text.
@Suite("Priorities: the list among a section's text and questions")
struct PrioritiesListAmongTextTests {
    static let vision = """
        ---
        title: Strategy overview
        ---

        ## Mission

        **_“Increase the number of successful products in the world”_**

        ## Long-term vision (for 2026)

        **Where do we want to get to?**

        In 2026: _The leading product teams use PostHog to build the best products._

        We go public with $100M ARR from the following:

        1) 1,000 companies building successful products with us, paying $25K each
        2) 500 companies building successful products with us, paying $50K each

        **How do we help others build successful products?**

        * Product teams identify the biggest problems and opportunities, then act upon them - all in PostHog.
        * All of their product and customer data is in PostHog, so there are no blind spots.

        **From where we are today, what do we need to build to get there?**

        1. Become the tool that product teams can't live without
           * **Seniority**:
             * We want all the individual contributors to **love** PostHog.
        2. We become the core data platform for all their customer and product needs. We replace the data warehouse.
           * We should build the all key imports and exports that are needed.
        3. Ultra-streamlined and product-led sales motion
        4. Apps

        ### What should we be working on today?

        We set quarterly OKRs to keep us on track.

        ### How should we prioritize between competing directions?

        **High-growth startups vs. Enterprise**
        """

    @Test("question H3s over a section's list: the list with points under it is the priorities, the questions its sections")
    func listUnderQuestions() {
        let result = StrategyParser().parse(read(Self.vision, path: "strategy.md"))
        let strategy = result.strategy
        #expect(strategy.topLevel.map(\.title) == ["Become the tool that product teams can't live without",
                                                   "We become the core data platform for all their customer and product needs",
                                                   "Ultra-streamlined and product-led sales motion", "Apps"])
        #expect(strategy.sections.map(\.title).contains("What should we be working on today?"))
        #expect(strategy.sections.map(\.title).contains("How should we prioritize between competing directions?"))
        // The section's other text — the ARR sum, how it helps — is shown with the priorities, before them.
        let intro = strategy.prioritiesIntroBlocks.map { $0.line }
        #expect(intro.count >= 5, "\(intro)")
        #expect(!result.diagnostics.contains { $0.severity == .error }, "\(result.diagnostics.map(\.message))")
    }

    @Test("question H3s with no list in the section stay its priorities, as before")
    func questionsAloneArePriorities() {
        let strategy = StrategyParser().parse(read("""
            # Strategy

            ## Our priorities

            ### How do we grow the community?

            More contributors.

            ### How do we fund the work?

            Grants and members.
            """, path: "strategy.md")).strategy
        #expect(strategy.topLevel.map(\.title) == ["How do we grow the community?", "How do we fund the work?"])
    }

    @Test("a bold question is no priority of the paragraph shape: it leads into what answers it")
    func boldQuestionIsNoLead() {
        let strategy = StrategyParser().parse(read("""
            # Strategy

            ## Strategy

            **Where do we want to be?**

            The default tool for clinics.

            **How will we get there?**

            1. **Self-serve onboarding** — clinics start alone.
            2. **Reliable scheduling** — no lost bookings.
            """, path: "strategy.md")).strategy
        #expect(strategy.topLevel.map(\.title) == ["Self-serve onboarding", "Reliable scheduling"])
        #expect(strategy.prioritiesIntroBlocks.count == 3)
    }

    @Test("text before and after a priorities list is kept: shown before and after the priorities")
    func textAroundTheList() {
        let strategy = StrategyParser().parse(read("""
            # Strategy

            ## Our priorities

            We chose these at the offsite.

            1. **Grow revenue** — sell more.
            2. **Cut costs** — spend less.

            We review them every quarter.
            """, path: "strategy.md")).strategy
        #expect(strategy.topLevel.count == 2)
        #expect(strategy.prioritiesIntroBlocks.map(\.line) == [5])
        #expect(strategy.prioritiesAfterBlocks.map(\.line) == [10])
    }

    @Test("of several lists, the one with points under its items is the priorities; else the first")
    func structuredListChosen() {
        let strategy = StrategyParser().parse(read("""
            # Strategy

            ## Our priorities

            - Updated: March
            - Owner: the board

            1. **Grow revenue** — sell more.
               - Two new regions
            2. **Cut costs** — spend less.
            """, path: "strategy.md")).strategy
        #expect(strategy.topLevel.map(\.title) == ["Grow revenue", "Cut costs"])
        let plain = StrategyParser().parse(read("""
            # Strategy

            ## Our priorities

            - Grow revenue
            - Cut costs

            * Hire two engineers
            * Open an office
            """, path: "strategy.md")).strategy
        #expect(plain.topLevel.map(\.title) == ["Grow revenue", "Cut costs"])
    }
}
