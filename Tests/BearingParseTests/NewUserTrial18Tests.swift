import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// What a community trust's workspace showed: strategic aims lettered A–C with outcomes listed as "A1. …" under an
/// "Outcomes" label, and team plans that say what they serve the ways people write it ("Supports: Goal A",
/// "Contributes to: B1", "Priority area: A2").
@Suite("New users' trials: a trust's lettered aims and the words its plans link with")
struct NewUserTrial18Tests {
    static let strategy = """
        # Riverside Community Trust — Strategy 2026–2029

        ## Strategic aims

        ### Strategic aim A – Reach more families
        More families know about us and can get to us.

        **Outcomes**
        - A1. Families in the three outlying villages use our services
        - A2. Referrals from GPs and schools double

        ### Strategic aim B – Financial sustainability
        A stable, diverse income so we can plan ahead.

        **Outcomes**
        - B1. Unrestricted reserves cover six months of costs
        - B2. No single funder is more than 30% of income
        """

    @Test("'- A1. Families …' under an Outcomes label is outcome A1 titled by its words")
    func listedOutcomes() {
        let priorities = StrategyParser().parse(read(Self.strategy, path: "strategy.md")).strategy.priorities
        #expect(priorities.map(\.number) == ["A", "A1", "A2", "B", "B1", "B2"])
        #expect(priorities.map(\.title) == ["Reach more families", "Families in the three outlying villages use our services",
                                            "Referrals from GPs and schools double", "Financial sustainability",
                                            "Unrestricted reserves cover six months of costs", "No single funder is more than 30% of income"])
    }

    @Test("'Supports:', 'Contributes to:', 'Priority area:' and 'Aim:' link what they name; a sentence under them stays a field")
    func linkingWords() {
        let plan = loadWorkspace(["strategy.md": Self.strategy, "objectives/2026-Q3.md": """
            # Q3 2026

            ## Open a pop-up advice point in Northfield village
            Supports: Goal A
            Owner: Priya

            ## Apply for lottery funding
            Contributes to: B1
            Owner: Sam

            ## GP referral pilot
            Priority area: A2
            Owner: Priya

            ## Cut waiting times at the drop-in
            Aim: halve the time families wait to be seen
            Owner: Jo
            """])
        #expect(plan.diagnostics.filter { $0.severity == .error }.isEmpty)
        // A listed outcome keeps its label as its id ("b1"), as before its title was read from the words after it.
        #expect(plan.objectives.map(\.resolved.priorities) == [["reach-more-families"], ["b1"], ["a2"], []])
        #expect(plan.objectives[3].metadata.priorities.isEmpty)
    }

    @Test("beside a numbered strategy, 'Supports: 2' links and 'Goal: grow the club' stays the objective's aim")
    func numberedStrategy() {
        let plan = loadWorkspace(["strategy.md": """
            # Strategy

            ## Priorities

            1. **Reliability.** Keep it running.
            2. **Growth.** More members.
            """, "objectives/2026-Q3.md": """
            # Q3 2026

            ## Member drive
            Supports: 2
            Owner: Sam

            ## Social nights
            Goal: grow the club by word of mouth
            Owner: Jo
            """])
        #expect(plan.diagnostics.filter { $0.severity == .error }.isEmpty)
        #expect(plan.objectives.map(\.resolved.priorities) == [["growth"], []])
        #expect(plan.objectives[1].metadata.priorities.isEmpty)
    }
}
