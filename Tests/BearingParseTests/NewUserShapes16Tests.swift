import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// Shapes met on a sixteenth round of real files: a small game studio's OKR page with quarter and year H3s whose
/// objectives are plain lines each over its bullets of key results; a student team's OKRs whose key-result tables number
/// each row `| **KR 1** | …the key result… |`; and a project's OKR list whose key results each carry a nested
/// `Status: Achieved.` line. Each snippet is written here in the real file's shape.
@Suite("New-user shapes, sixteenth round")
struct NewUserShapes16Tests {
    func objectives(_ markdown: String, path: String = "objectives/okrs.md") -> (ObjectivesFile, [Diagnostic]) {
        ObjectivesParser().parse(read(markdown, path: path))
    }

    // MARK: Plain title lines over their key results, under period headings

    static let titleLines = """
        # Objectives and Key Results

        ## Quarterly
        ### Q1 2027
        Beta of the level editor
        - Levels playable in the browser
        - Share a level by link

        Grow the weekly stream!
        - 10 streams
        - 3 guest streams

        ### Q2 2027
        Run a community game jam (or join one)

        ## Yearly
        ### 2027
        Build a small, loyal community
        - 20 contributors from outside the team
        - 15 regulars on the forum

        Find funding
        - Describe 3 ways to fund the work

        Write a design paper
        """

    @Test("plain title lines each over a list are the objectives, the bullets their key results, in their own period")
    func titleLinesOverLists() {
        let (file, _) = objectives(Self.titleLines)
        let titles = file.objectives.map(\.title)
        #expect(titles == ["Beta of the level editor", "Grow the weekly stream!", "Run a community game jam (or join one)",
                           "Build a small, loyal community", "Find funding", "Write a design paper"])
        let editor = file.objectives.first { $0.title == "Beta of the level editor" }
        #expect(editor?.keyResults.map(\.text) == ["Levels playable in the browser", "Share a level by link"])
        #expect(editor?.quarter == Quarter.find(in: "Q1 2027"))
        let jam = file.objectives.first { $0.title.hasPrefix("Run a community game jam") }
        #expect(jam?.quarter == Quarter.find(in: "Q2 2027"))
        #expect(file.objectives.first { $0.title == "Find funding" }?.keyResults.count == 1)
    }

    @Test("one lead-in line over one list stays the text it introduces: its bullets are the objectives")
    func oneLeadInLineIsNotAnObjective() {
        let (file, _) = objectives("""
            ## Q3 2027
            Our focus this quarter
            - Ship the level editor
            - Grow the weekly stream
            """)
        #expect(file.objectives.map(\.title) == ["Ship the level editor", "Grow the weekly stream"])
    }

    @Test("a period heading with only prose is an objective planned in that period, and its warning does not ask for the period alone")
    func proseUnderAPeriodIsInThatPeriod() {
        let (file, diagnostics) = objectives("""
            ## Q1 2027

            ### Ship the editor

            Make levels playable online.

            ### Q2 2027

            We will run a game jam. It should bring in new players.

            Then we review what we learned.
            """)
        let jam = file.objectives.first { $0.title == "Q2 2027" }
        #expect(jam?.quarter == Quarter.find(in: "Q2 2027"))
        let warning = diagnostics.first { $0.code == .periodHeading }
        #expect(warning != nil)
        #expect(warning?.fix?.contains("period alone") == false)
    }

    // MARK: Key-result tables that number their rows

    static let numberedTable = """
        ---
        quarter: 2027-Q2
        ---

        ## Validate places at city scale

        | KR | Target |
        |----|--------|
        | **KR 1** | Validate at least 500 places in one city. |
        | **KR 2** | Reach 90% precision on a sampled ground truth. |
        """

    @Test("`| **KR 1** | the key result |`: the label numbers the row, the key result is the next column's words")
    func numberedKeyResultRows() {
        let (file, _) = objectives(Self.numberedTable)
        #expect(file.objectives.first?.keyResults.map(\.text) == ["Validate at least 500 places in one city.",
                                                                   "Reach 90% precision on a sampled ground truth."])
    }

    // MARK: A nested status line under each key result

    @Test("`- Status: Achieved. Received 83%…` under a key result marks it done")
    func nestedStatusMarksDone() {
        let (file, _) = objectives("""
            ---
            quarter: 2027-Q1
            ---

            ## Resolve place conflation

            - KR1 — Build a normalized dataset with under 10% parsing errors
              - Status: Achieved. Received 0% parsing errors.
            - KR2 — Reach 80% accuracy with rules
              - Status: In progress.
            """)
        let results = file.objectives.first?.keyResults ?? []
        #expect(results.count == 2)
        #expect(results.first?.done == true)
        #expect(results.first?.progress == 1)
        #expect(results.last?.done == false)
    }

    // MARK: An objective written as labelled parts

    static let partHeadings = """
        ---
        quarter: 2027-Q2
        ---

        ## Team OKR — Shared Q2 Goal

        ### Objective
        **Prove that the pipeline improves the places data for one real city.**

        ### Key Results

        | KR | Target |
        |----|--------|
        | **KR 1** | Validate 500 places in one city. |

        ## Individual OKR — Backend

        ### Owner: Ada Lovelace

        ### Objective
        Build the backend that stores validation results.

        ### Key Results

        #### Storage

        | KR | Target |
        |----|--------|
        | **KR 1** | Store 500 records without slowing down. |
        """

    @Test("'### Objective', '### Key Results' and '### Owner: …' are parts of the H2 objective, not initiatives or a period's objectives")
    func partHeadings() {
        let (file, _) = objectives(Self.partHeadings)
        #expect(file.objectives.map(\.title) == ["Team OKR — Shared Q2 Goal", "Individual OKR — Backend"])
        #expect(file.objectives.allSatisfy { $0.initiatives.isEmpty })
        #expect(file.objectives.first?.keyResults.map(\.text) == ["Validate 500 places in one city."])
        #expect(file.objectives.last?.metadata.owners == ["Ada Lovelace"])
        #expect(file.objectives.last?.keyResults.count == 1)
    }

    // MARK: A plan pasted inside a code fence

    @Test("a file whose plan is inside a ``` fence says so, not how objectives are written")
    func fencedPlan() {
        let (file, diagnostics) = objectives("""
            ---
            quarter: 2027-Q1
            ---

            ```
            # Project OKRs

            **Objective:** Resolve place conflation.

            - **KR1 — Dataset** with under 10% parsing errors
            ```
            """)
        #expect(file.objectives.isEmpty)
        let warning = diagnostics.first { $0.code == .noObjectives }
        #expect(warning?.message.contains("code block") == true)
        #expect(warning?.location.line == 5)
    }
}
