import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// A VA team's goal tracker: sprint goals in `| Sprint Goal | QP Goal | … | End of Sprint Status |` tables and quarterly
/// priorities in `| Priority ID | Description | … |` tables were dropped without a word, while the sprint's approval
/// checklist became its key results.
@Suite("Goal tables headed 'Sprint Goal' or 'Priority ID | Description', and approval checklists")
struct GoalTablesTests {
    static let tracker = """
        # Goal tracker 2026 Q4

        ## Sprint 5

        | Sprint Goal | QP Goal  | Reason if Not Complete | Update Date | End of Sprint Status |
        |--|--|--|--|--|
        | UX: Define the path (PDF or HTML) for the debt letter | QP1 |--|02/25/25|Completed|
        | ENG: Have an Alpha version of the Wizard live on staging | QP2 | CAIA shifted plan | 02/24/25 | Blocked |

        **_Approvals:_**
        - [x] VA PO approved the Sprint Goals (03/25/25)
        - [x] OCTO approved the Sprint Goals (03/25/25)

        ## Financial management goals

        | Priority ID | Description | S.Epic | Relevant Dates | Notes
        |---|---|---|---|---|
        | QP1 | **Asynchronous Email Pattern:** Implement 3 email templates | [#105235](https://github.com/x/y/issues/105235) | Implement ASAP | Tied to OCTO |
        | QP2 | Launch the debt letter wizard | | May 2026 | |
        """

    @Test("a `Sprint Goal` column names the rows, and `End of Sprint Status` is their status")
    func sprintGoals() throws {
        let (file, _) = ObjectivesParser().parse(read(Self.tracker, path: "objectives/goal-tracker.md"))
        let sprint = try #require(file.objectives.first { $0.title == "Sprint 5" })
        #expect(sprint.initiatives.map(\.title) == ["UX: Define the path (PDF or HTML) for the debt letter",
                                                    "ENG: Have an Alpha version of the Wizard live on staging"])
        #expect(sprint.initiatives.map(\.metadata.status) == [.done, .offTrack])
        #expect(sprint.keyResults.isEmpty, "approvals are no key results: \(sprint.keyResults.map(\.text))")
    }

    @Test("a `Description` column after a `Priority ID` column names the rows: under a goals heading, the quarter's objectives")
    func describedPriorities() throws {
        let (file, _) = ObjectivesParser().parse(read(Self.tracker, path: "objectives/goal-tracker.md"))
        #expect(file.objectives.map(\.title) == ["Sprint 5", "Asynchronous Email Pattern: Implement 3 email templates", "Launch the debt letter wizard"])
    }
}
