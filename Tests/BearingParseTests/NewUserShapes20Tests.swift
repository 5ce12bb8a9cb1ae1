import Testing
@testable import BearingModel
@testable import BearingParse

/// Shapes a twentieth round of new-user trials wrote: a strategy's ids written dotted where the priority is described
/// or led in bold (`{#growth.retention}`), a lane with plain bullets beside its heading items, and an objective's kind
/// written alone under its heading (`Type: Committed`).
@Suite("New-user shapes, twentieth round")
struct NewUserShapes20Tests {
    static let objectives = """
        # Objectives 2026-Q1

        ## Reduce churn

        Priorities: growth.retention

        - [ ] Monthly churn from 4% to 2%, now 3%
        """

    // MARK: Written ids

    @Test("a priority listed, then described under a heading with a dotted id, keeps the id written there")
    func describedID() {
        let plan = loadWorkspace(["strategy.md": """
            # Strategy

            ## Our priorities

            1. Growth: retention
            2. Growth: acquisition

            ## Growth: retention {#growth.retention}

            Keep the customers we have.

            ## Growth: acquisition {#growth.acquisition}

            Win new customers.
            """, "objectives/2026-Q1.md": Self.objectives])
        #expect(plan.strategy?.priorities.map(\.id) == ["growth.retention", "growth.acquisition"])
        #expect(plan.strategy?.priorities.map(\.summary) == ["Keep the customers we have.", "Win new customers."])
        #expect(plan.objectives.first?.resolved.priorities == ["growth.retention"])
        #expect(plan.errors.isEmpty, "\(plan.errors)")
    }

    @Test("a bold-led priority paragraph ending in a dotted id keeps that id, and the id is no part of its summary")
    func boldLedID() {
        let plan = loadWorkspace(["strategy.md": """
            # Strategy

            ## Our priorities

            **Growth: retention** {#growth.retention}

            Keep the customers we have.

            **Growth: acquisition** {#growth.acquisition}

            Win new customers.
            """, "objectives/2026-Q1.md": Self.objectives])
        #expect(plan.strategy?.priorities.map(\.id) == ["growth.retention", "growth.acquisition"])
        #expect(plan.strategy?.priorities.map(\.summary) == ["Keep the customers we have.", "Win new customers."])
        #expect(plan.objectives.first?.resolved.priorities == ["growth.retention"])
        #expect(plan.errors.isEmpty, "\(plan.errors)")
    }

    @Test("an id written where the priority is listed wins over one on its description")
    func listedIDWins() {
        let plan = loadWorkspace(["strategy.md": """
            # Strategy

            ## Our priorities

            1. Growth: retention {#retain}

            ## Growth: retention {#growth.retention}

            Keep the customers we have.
            """])
        #expect(plan.strategy?.priorities.map(\.id) == ["retain"])
    }
}
