import Foundation
import Testing
import BearingAlign
@testable import BearingSite
import TestSupport

/// An objective serves what its initiatives serve: a sub-priority an initiative works on is covered, counted once
/// for the objective, and the initiative is what its page lists (the shape `bearing init` writes).
@Suite struct InitiativeCoverageTests {
    static let strategy = """
    # Strategy

    ## Priorities

    1. **Reliable service.** Nothing our customers rely on goes down. {#reliability}
       - Every alert has a runbook and an owner. {#runbooks}
       - Upgrades need no maintenance window. {#upgrades}
    2. **Self-serve onboarding.** A new customer starts without calling us. {#self-serve}

    """

    static let objectives = """
    # 2026-Q4

    ## Make the service dependable

    - Owner: Ada Lovelace
    - Priorities: runbooks

    Write a runbook for every alert and give each one an owner.

    ### Upgrades without downtime

    - Owner: Grace Hopper
    - Priorities: upgrades

    Roll out new versions to every customer without a maintenance window.

    ## Let customers start on their own

    - Owner: Lin Chen
    - Priorities: self-serve

    A sign-up flow that needs no call with us.

    """

    @Test("a sub-priority served only by an initiative is no gap, counts one item, and its page lists the initiative")
    func initiativeCoversItsSubPriority() throws {
        let (plan, alignment) = Site.memory(["strategy.md": Self.strategy, "objectives/2026-Q4.md": Self.objectives])
        #expect(plan.errorCount == 0, "\(plan.diagnostics.map(\.message))")
        let quarter = try #require(alignment.scope(.quarter, "2026-Q4"))
        #expect(quarter.subGaps.isEmpty, "\(quarter.subGaps)")
        #expect(quarter.subCoverage == 1)
        #expect(quarter.items == 2, "initiatives are not items of their own")
        #expect(alignment.priorities.first { $0.priority == "upgrades" }?.items == 1)
        let files = try SiteBuilder().render(plan: plan, alignment: alignment, options: .init())
        let pages = Site.text(files)
        let upgrades = try #require(pages["priorities/upgrades.html"])
        #expect(upgrades.contains(">Upgrades without downtime</a>"))
        #expect(!upgrades.contains("Nothing serves this priority yet"))
        #expect(upgrades.contains(">1</span> <span class=\"kpi-label\">item serves it<"))
        // The parent priority's page lists the objective, not the initiative again.
        let reliability = try #require(pages["priorities/reliability.html"])
        #expect(reliability.contains(">Make the service dependable</a>"))
        #expect(!reliability.contains(">Upgrades without downtime</a>"))
        #expect(!(try #require(pages["index.html"])).contains("Sub-priorities with none"))
    }

    @Test("an objective whose own lines say little but whose initiative serves a priority is not an orphan")
    func initiativeWorkIsNotOrphan() throws {
        let objectives = """
        # 2026-Q4

        ## Bake sale

        - Owner: Ada Lovelace

        Apple pie, cherry tart, banana bread, lemon drizzle, carrot cake, brownies, scones with jam and clotted cream, and iced tea.

        ### Zero-downtime upgrades

        - Owner: Grace Hopper
        - Priorities: upgrades

        Roll out new versions without a maintenance window.

        """
        let (plan, alignment) = Site.memory(["strategy.md": Self.strategy, "objectives/2026-Q4.md": objectives])
        #expect(plan.errorCount == 0, "\(plan.diagnostics.map(\.message))")
        let objective = try #require(alignment.items.first { $0.kind == .objective })
        #expect(objective.title == "Bake sale")
        let score = try #require(alignment.score(of: objective.id))
        #expect(score.strength < Alignment.threshold, "the objective's own text links weakly: \(score.strength)")
        #expect(!score.orphan)
        #expect(!score.tooLittleText)
        let quarter = try #require(alignment.scope(.quarter, "2026-Q4"))
        #expect(quarter.orphans.isEmpty, "\(quarter.orphans)")
    }
}
