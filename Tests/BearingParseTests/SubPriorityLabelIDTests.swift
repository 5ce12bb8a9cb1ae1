import Testing
@testable import BearingModel
@testable import BearingParse

/// A sub-priority listed under its label (`- 1a. Open clubs in the north`) is titled by its words, and the label stays
/// its id: objectives name it by the label (`Priority: 1a`), and those references resolved while the label was misread as
/// the title. Titling it by its words must not break them.
@Suite("Sub-priority labels stay their ids")
struct SubPriorityLabelIDTests {
    @Test("'Priority: 1a' names the sub-priority listed as '- 1a. Open clubs in the north'")
    func digitLetterLabel() {
        let plan = loadWorkspace(["strategy.md": """
            # Strategy

            ## Goals

            1. **Reach more children.**
               - 1a. Open clubs in the north
               - 1b. Train volunteers
            2. **Grow income.**
            """, "objectives/2027-Q1.md": """
            # Q1 2027

            ## Open clubs
            Priority: 1a

            - 3 clubs open (now 1)

            ## Volunteer course
            Priorities: 1b, 2
            """])
        #expect(plan.strategy?.priorities.map(\.title) == ["Reach more children", "Open clubs in the north", "Train volunteers", "Grow income"])
        #expect(plan.diagnostics.filter { $0.severity == .error }.isEmpty)
        #expect(plan.objectives.map(\.resolved.priorities) == [["1a"], ["1b", "grow-income"]])
    }
}
