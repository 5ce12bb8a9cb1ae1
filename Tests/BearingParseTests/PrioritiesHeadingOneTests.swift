import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// A strategy written with H1 sections, its priorities the H2s under "# Priorities" ("# Our pillars",
/// "# Strategic priorities"): read as written, the H2s were context and the page had no priorities.
@Suite("Priorities as H2s under an H1")
struct PrioritiesHeadingOneTests {
    func strategy(_ markdown: String, heading: [String] = []) -> StrategyParser.Result {
        var config = WorkspaceConfig()
        config.prioritiesHeadings = heading
        return StrategyParser(config: config).parse(read(markdown, path: "strategy.md"))
    }

    static func page(_ heading: String) -> String {
        """
        # Acme strategy 2026

        We build tools for clinics.

        # \(heading)

        These are the three things we do this year.

        ## Grow mid-size clinics

        Win clinics with 10-50 staff through self-serve onboarding.

        - Self-serve onboarding
        - Partner referrals

        ## Reliable platform

        Keep the platform up and fast.

        ## Open by default

        Publish what we build.

        # How we work

        ## Principles

        We ship small changes.
        """
    }

    @Test("'# Priorities', '# Strategic priorities', '# Our pillars', '# Goals' over H2s: each H2 is a priority",
          arguments: ["Priorities", "Strategic priorities", "Our pillars", "Goals", "Our focus areas"])
    func headingNames(_ heading: String) {
        let result = strategy(Self.page(heading))
        let strategy = result.strategy
        #expect(strategy.priorities.filter { $0.parent == nil }.map(\.title) == ["Grow mid-size clinics", "Reliable platform", "Open by default"])
        #expect(strategy.priorities.filter { $0.parent == "grow-mid-size-clinics" }.map(\.title) == ["Self-serve onboarding", "Partner referrals"])
        #expect(strategy.priorities.first?.location.line == 9)
        #expect(!result.diagnostics.contains { $0.code == .noPriorities })
        #expect(strategy.title == "Acme strategy 2026")
        // The next H1 ends the last priority: it is a section of the page, holding its own H2.
        let last = strategy.priorities.first { $0.id == "open-by-default" }
        #expect(last?.body == "Publish what we build.")
        #expect(strategy.sections.map(\.title) == ["How we work"])
        #expect(strategy.sections.first?.body.contains("We ship small changes.") == true)
        #expect(strategy.prioritiesIntroBlocks.count == 1)
    }

    @Test("a page titled '# Our priorities' whose H2s are the priorities keeps its title")
    func titledPage() {
        let result = strategy("""
            # Our priorities

            ## Grow mid-size clinics

            Win clinics with 10-50 staff.

            ## Reliable platform

            Keep it up.
            """)
        #expect(result.strategy.priorities.map(\.title) == ["Grow mid-size clinics", "Reliable platform"])
        #expect(result.strategy.title == "Our priorities")
        #expect(result.diagnostics.isEmpty)
    }

    @Test("'## Priority 1: …' H2s under '# Priorities' are each a priority, not one priority of bullets")
    func numberedH2s() {
        let result = strategy("""
            # Plan

            Intro.

            # Priorities

            ## Priority 1: Growth

            - More clinics
            - More regions

            ## Priority 2: Retention

            - Fewer churned clinics
            """)
        #expect(result.strategy.priorities.filter { $0.parent == nil }.map(\.title) == ["Growth", "Retention"])
    }

    @Test("a priorities H2 stays the section: under the title, under another H1, or named in priorities_heading")
    func existingShapesStay() {
        let underTitle = strategy("""
            # Strategic priorities 2026

            ## Context

            We are small.

            ## Our priorities

            1. **Grow.** More clinics.
            2. **Keep.** Fewer losses.
            """)
        #expect(underTitle.strategy.priorities.map(\.title) == ["Grow", "Keep"])
        #expect(underTitle.strategy.sections.map(\.title) == ["Context"])
        let elsewhere = strategy("""
            # Plan

            # Goals

            ## Context

            Text.

            # Strategy

            ## Our priorities

            - **Grow.** More clinics.
            """)
        #expect(elsewhere.strategy.priorities.map(\.title) == ["Grow"])
        let configured = strategy("""
            # Plan

            # Our pillars

            ## Bets we make

            - **Grow.** More clinics.
            - **Keep.** Fewer losses.

            ## Other

            Text.
            """, heading: ["Bets we make"])
        #expect(configured.strategy.priorities.map(\.title) == ["Grow", "Keep"])
    }

    @Test("a page titled 'Goals and strategy' whose H2s are prose is not made of priorities: the error stays")
    func titleNamedLikeGoals() {
        let result = strategy("""
            # Goals and strategy

            ## The challenge

            Communities face a choice.

            ## Our approach

            We share a platform.
            """)
        #expect(result.strategy.priorities.isEmpty)
        #expect(result.diagnostics.contains { $0.code == .noPriorities })
    }
}
