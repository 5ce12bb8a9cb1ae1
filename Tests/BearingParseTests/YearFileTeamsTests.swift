import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// A year of objectives written by quarter, then team, then numbered goals with their measures nested under them
/// (a shape exported from Notion and similar tools): the team heading groups the goals, each goal is an objective of
/// the quarter above, and its "Measure:" bullets are its key results.
@Suite("A year file organised by quarter, team and goal")
struct YearFileTeamsTests {
    func parse(_ markdown: String) -> ObjectivesFile {
        ObjectivesParser().parse(read(markdown, path: "objectives/2027.md")).0
    }

    static let numbered = """
        # 2027 Program Objectives

        ## Q1 2027

        ### Community programs

        1. Get the mobile clinic to more families
           - Measure: Reach 1,200 families (Q1: 340)
           - Measure: Add two new rural stops
        2. Cut missed appointments
           - Measure: Reduce no-show rate from 22% to 15%

        ### Data & evaluation

        1. Build the program outcomes dashboard
           - Measure: Dashboard live for 3 of 5 programs

        ## Q2 2027

        ### Community programs

        1. Train community health workers
           - Measure: Train 25 community health workers
        """

    @Test("each numbered goal under a team heading is an objective of the quarter, with the team set")
    func numberedGoals() {
        let file = parse(Self.numbered)
        #expect(file.objectives.map(\.title) == ["Get the mobile clinic to more families", "Cut missed appointments",
                                                  "Build the program outcomes dashboard", "Train community health workers"])
        #expect(file.objectives.map { $0.quarter?.description } == ["2027-Q1", "2027-Q1", "2027-Q1", "2027-Q2"])
        #expect(file.objectives.map(\.metadata.team) == ["Community programs", "Community programs", "Data & evaluation", "Community programs"])
    }

    @Test("a goal's nested Measure: bullets are its key results, without the label")
    func measuresAreKeyResults() {
        let file = parse(Self.numbered)
        #expect(file.objectives.first?.keyResults.map(\.text) == ["Reach 1,200 families (Q1: 340)", "Add two new rural stops"])
        #expect(file.objectives.dropFirst().first?.keyResults.map(\.text) == ["Reduce no-show rate from 22% to 15%"])
    }

    @Test("bold goals in a bulleted list are read the same way")
    func boldGoals() {
        let file = parse("""
            # 2027 Program Objectives

            ## Q1 2027

            ### Community programs

            1. **Get the mobile clinic to more families**
               - Measure: Reach 1,200 families
            - **Cut missed appointments**
              - Measure: Reduce no-show rate from 22% to 15%
            """)
        #expect(file.objectives.map(\.title) == ["Get the mobile clinic to more families", "Cut missed appointments"])
        #expect(file.objectives.map(\.metadata.team) == ["Community programs", "Community programs"])
        #expect(file.objectives.map(\.keyResults.count) == [1, 1])
    }

    @Test("a heading that says it is a team groups its goals instead of becoming an objective about the team")
    func teamWordHeading() {
        let file = parse("""
            # 2027 Program Objectives

            ## Q1 2027

            ### Community programs team

            1. Get the mobile clinic to more families
               - Measure: Reach 1,200 families
            2. Cut missed appointments
               - Measure: Reduce no-show rate from 22% to 15%
            """)
        #expect(file.objectives.map(\.title) == ["Get the mobile clinic to more families", "Cut missed appointments"])
        #expect(file.objectives.map(\.metadata.team) == ["Community programs", "Community programs"])
    }

    @Test("goal headings under a team heading are objectives of that team, not initiatives of one objective")
    func goalHeadings() {
        let file = parse("""
            # 2027 Program Objectives

            ## Q1 2027

            ### Community programs

            #### Get the mobile clinic to more families

            - Measure: Reach 1,200 families (Q1: 340)
            - Measure: Add two new rural stops

            #### Cut missed appointments

            - Measure: Reduce no-show rate from 22% to 15%
            """)
        #expect(file.objectives.map(\.title) == ["Get the mobile clinic to more families", "Cut missed appointments"])
        #expect(file.objectives.map(\.metadata.team) == ["Community programs", "Community programs"])
        #expect(file.objectives.map { $0.quarter?.description } == ["2027-Q1", "2027-Q1"])
        #expect(file.objectives.first?.keyResults.map(\.text) == ["Reach 1,200 families (Q1: 340)", "Add two new rural stops"])
        #expect(file.objectives.allSatisfy { $0.initiatives.isEmpty })
    }

    @Test("an H3 under a period holding prose and a task list is still one objective")
    func proseAndTasksStayOneObjective() {
        let file = parse("""
            # 2027 Objectives

            ## Q1 2027

            ### Launch the mobile clinic

            We will take the clinic to rural counties.

            - [ ] Buy the van
            - [x] Hire a driver
            """)
        #expect(file.objectives.map(\.title) == ["Launch the mobile clinic"])
        #expect(file.objectives.first?.keyResults.count == 2)
    }

    @Test("an H3 over a numbered list of key results with notes under them is still one objective")
    func numberedKeyResultsWithNotes() {
        let file = parse("""
            # 2027 Objectives

            ## Q1 2027

            ### Cut missed appointments

            1. Reduce no-show rate from 22% to 15%
               - the SMS pilot should help
            2. Launch SMS reminders
            """)
        #expect(file.objectives.map(\.title) == ["Cut missed appointments"])
    }

    @Test("\"Measure:\" only marks a key result with its colon: a sentence starting with the word stays a sentence")
    func measureLabel() {
        #expect(KeyResultLabel.marksItem("Measure: Reach 1,200 families"))
        #expect(KeyResultLabel.strippingLabel("Measure: Reach 1,200 families") == "Reach 1,200 families")
        #expect(KeyResultLabel.strippingLabel("Measure 2: Reach 1,200 families") == "Reach 1,200 families")
        #expect(!KeyResultLabel.marksItem("Measure the no-show rate weekly"))
        #expect(KeyResultLabel.strippingLabel("Measure the no-show rate weekly") == "Measure the no-show rate weekly")
    }
}
