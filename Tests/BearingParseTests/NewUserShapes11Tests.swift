import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// Shapes met on an eleventh round of real files: Joystream's archived quarterly OKRs, whose "Final Score" table gives
/// `NA` to a key result left ungraded above check-in tables that scored it mid-quarter; Countable's OKR handbook page,
/// whose example objective is stated as "Objective: <sentence>"; strategies with no H2 at all, whose priorities are the
/// list a sentence introduces (the Materials Genome Foundation's plan, Countable's "Priorities" page); JupyterHub's
/// roadmap, whose "## The roadmap proper" holds "### Now", "### Soon", "### Later" beside "### Project vision" after a
/// "## Using the roadmap" section; and Chaos Toolkit's, whose "## Roadmap" holds releases ("### v1.x", "### v2.x").
/// Each snippet is written here in the real file's shape.
@Suite("New-user shapes, eleventh round")
struct NewUserShapes11Tests {
    func objectives(_ markdown: String, path: String = "objectives/2019-Q2.md") -> (ObjectivesFile, [Diagnostic]) {
        ObjectivesParser().parse(read(markdown, path: path))
    }

    // MARK: Tracking tables: a grade left out stays out

    @Test("a final-score row that marks a key result NA or x is not overruled by a mid-quarter check-in below it")
    func notGradedStaysUnknown() throws {
        let (file, _) = objectives("""
            ## Objective: `Expand platform awareness`
            - **Tracking Manager:** Martin
            - **Key Results:**
              1. `Get 500 sign ups for the mailing list (n)`
              2. `Get 75% marks on a website comprehension test (ewd)`
              3. `Publish a whitepaper`

            - **Final Score**

            | Date        | KR #1 | KR #2 | KR #3 |  Total   |
            |:-----------:|:-----:|:-----:|:-----:|:--------:|
            |30.07.19     |  0.24 |  NA   |  xxx  | **0.24** |

            - **Tracking:**

            | Date         | KR #1 | KR #2 | KR #3 |
            |--------------|:-----:|:-----:|:-----:|
            | 18.06.19     | 0.16  |  0.1  |  0.6  |
            | 02.07.19     |  NA   |  NA   |  NA   |
            | 30.07.19     | 0.24  |  0.5  |  xxx  |
            """)
        let keyResults = try #require(file.objectives.first?.keyResults)
        #expect(keyResults.map(\.progress) == [0.24, nil, nil])
    }

    @Test("an ordinary tracking table: the latest score of each key result, skipping rows that say NA, is its progress")
    func latestScoreStillRead() throws {
        let (file, _) = objectives("""
            ## Objective: `Increase building power`
            - **Key Results:**
              1. `Add 1 full time rust developer`
              2. `Dev to start work on platform forum`

            - **Tracking:**

            | Date         | KR #1 | KR #2 |
            |--------------|:-----:|:-----:|
            | 04.06.19     | 0.50  |  x    |
            | 18.06.19     | 0.60  |  1    |
            | 02.07.19     |  NA   |  NA   |
            | 16.07.19     | 0.80  |       |
            """)
        let keyResults = try #require(file.objectives.first?.keyResults)
        // KR 1: the last row; KR 2: NA on 02.07.19 is its latest word (the blank below says nothing).
        #expect(keyResults.map(\.progress) == [0.8, nil])
        let (plain, _) = objectives("""
            ## Objective: `Ship the API`
            - **Key Results:**
              1. `Partners live`
              2. `Docs written`

            | Date | KR #1 | KR #2 |
            |---|---|---|
            | 01.05.26 | 0.2 | 0.5 |
            | 01.06.26 | 0.4 | - |
            """, path: "objectives/2026-Q2.md")
        #expect(plain.objectives.first?.keyResults.map(\.progress) == [0.4, 0.5])
    }

    // MARK: A sentence after "Objective:" is the objective's statement

    @Test("`Objective: <a sentence>.` in an objective's body is its statement, not a reference that stops the build")
    func objectiveStatementIsProse() throws {
        let plan = loadWorkspace([
            "strategy.md": "# Strategy\n\n## Priorities\n\n- **Grow the community**\n",
            "objectives/2020-Q3.md": """
                ## Examples (HTML Comment Box)

                Objective: Help more people receive comments on their websites.

                The best Key Results quantify our objective with strong evidence:
                  * 50% more traffic on our homepage.
                """,
        ])
        #expect(!plan.codes.contains(.unresolvedReference))
        let objective = try #require(plan.objectiveFiles.first?.objectives.first)
        #expect(objective.metadata.objectives.isEmpty)
        #expect(objective.body.contains("Objective: Help more people receive comments on their websites."))
    }

    @Test("a reference written as ids or a title is still read, and still an error when it names nothing")
    func objectiveReferenceStillRead() throws {
        let plan = loadWorkspace([
            "strategy.md": "# Strategy\n\n## Priorities\n\n- **Grow the community**\n",
            "objectives/2020-Q3.md": "## Ship the API\n\nOwner: Ada\n",
            "roadmaps/plan.md": """
                ## Now

                ### Public API
                Objective: Ship the API

                ### Docs site
                Objective: Unknown thing
                """,
        ])
        let items = try #require(plan.roadmaps.first?.items)
        #expect(items.map { $0.metadata.objectives.map(\.text) } == [["Ship the API"], ["Unknown thing"]])
        #expect(plan.diagnostics.filter { $0.code == .unresolvedReference }.count == 1)
    }

    // MARK: Priorities a sentence introduces, in a strategy with no H2

    @Test("with no priorities section, the list a sentence introduces as the priorities is read; the text around it stays", arguments: [
        """
        # Executive Summary

        The Foundation is prioritizing three goals to promote open science:

        1. Fostering an Open Community and Culture
        2. Advancing the quality of open tools
        3. Provide training for an open economy

        More specifically, these goals are reflected in on-going initiatives that include:
        1. Community activities that increase meetings.
        """,
        """
        This page is archived.
        # Priorities

        This is an ordered list of priorities when doing work for clients.

        1. Fostering an Open Community and Culture. If a service is down, restore it first.
        2. Advancing the quality of open tools. Check emails twice per day.
        3. Provide training for an open economy
        """,
    ])
    func introducedPriorities(markdown: String) {
        let result = StrategyParser().parse(read(markdown, path: "strategy.md"))
        #expect(result.strategy.priorities.map(\.title) == [
            "Fostering an Open Community and Culture", "Advancing the quality of open tools", "Provide training for an open economy",
        ])
        #expect(!result.diagnostics.contains { $0.code == .noPriorities })
        // The lead-in and any other list stay in the introduction; the priorities' list is shown once, as priorities.
        let intro = result.strategy.introBlocks.map(\.plainText).joined(separator: "\n")
        #expect(intro.contains("priorit"))
        #expect(!intro.contains("Advancing the quality"))
    }

    @Test("a list no sentence calls the priorities is not taken for them, and a priorities section still wins")
    func otherListsUnchanged() {
        let plain = StrategyParser().parse(read("# Our plan\n\nWe will do these things:\n\n1. Ship the API\n2. Grow\n", path: "strategy.md"))
        #expect(plain.strategy.priorities.isEmpty)
        #expect(plain.diagnostics.contains { $0.code == .noPriorities })
        let sectioned = StrategyParser().parse(read("""
            # Strategy

            Our priorities this year, in short:

            - Speed
            - Care

            ## Priorities

            1. **Platform**
            2. **Community**
            """, path: "strategy.md"))
        #expect(sectioned.strategy.priorities.map(\.title) == ["Platform", "Community"])
        #expect(sectioned.strategy.introBlocks.count == 2)
    }

    // MARK: Lanes under one "roadmap proper" heading

    @Test("horizon H3s under one H2 are lanes even beside a vision H3 and after a section on using the roadmap")
    func horizonsBesideVision() throws {
        let (roadmap, diagnostics) = RoadmapParser().parse(read("""
            # The JupyterHub roadmap

            ## Using the roadmap

            ### Sharing Feedback on the Roadmap

            Please do so by submitting an issue.

            ### What do we mean by "next step"?

            - **now**, concrete/actionable step that is ready for someone to start work on.
            - **soon**, less concrete/actionable step that is going to happen soon
            - **later**, abstract ideas or tasks, need a lot of discussion

            ### Reviewing and Updating the Roadmap

            The roadmap will get updated as time passes.

            ## The roadmap proper

            ### Project vision

            JupyterHub is a dependable tool used by humans.

            ### Now

            These "Now" items are considered active areas of focus for the project:

            - HubShare - a sharing service for use with JupyterHub.
              - Users should be able to push a project to other users.

            ### Soon

            - resource monitoring and management:
              - (prometheus?) API for resource monitoring

            ### Later

            - real-time collaboration
            """, path: "roadmaps/roadmap.md"))
        #expect(roadmap.items.map(\.lane) == ["Now", "Soon", "Later"])
        #expect(roadmap.items.map(\.title) == ["HubShare", "resource monitoring and management", "real-time collaboration"])
        #expect(roadmap.lanes.map(\.title) == ["Now", "Soon", "Later"])
        // The sections about the roadmap are kept as its notes, not dropped.
        let notes = roadmap.notes.map(\.plainText).joined(separator: "\n")
        #expect(notes.contains("JupyterHub is a dependable tool used by humans."))
        #expect(notes.contains("submitting an issue"))
        #expect(!diagnostics.contains { $0.severity == .error })
    }

    @Test("release H3s under one H2 are lanes; their H4 groups and task items are the work")
    func releasesAsLanes() {
        let (roadmap, _) = RoadmapParser().parse(read("""
            # Chaos Toolkit Roadmap

            ## Governance

            The Chaos Toolkit is an open project with a semi BDFL approach.

            ## Roadmap

            In this section, we will link to future milestones.

            ### v1.x

            #### Novelties

            * [x] command line flags to pass variables as a file
            * [ ] improve json format logging [#173][173]

            #### Deprecation

            * [x] the notification API in favour to more specific internal events

            ### v2.x

            To be defined :)

            [173]: https://github.com/chaostoolkit/chaostoolkit/issues/173
            """, path: "roadmaps/ROADMAP.md"))
        #expect(roadmap.items.map(\.title) == [
            "command line flags to pass variables as a file", "improve json format logging",
            "the notification API in favour to more specific internal events",
        ])
        #expect(Set(roadmap.items.map(\.lane)) == ["v1.x"])
        #expect(roadmap.items.map(\.metadata.status) == [Status.done, .notStarted, .done])
        // "Governance" describes the project: it is no item, even with "v2.x" a lane of prose only.
        #expect(!roadmap.items.contains { $0.title == "Governance" || $0.title == "v2.x" })
        #expect(roadmap.lanes.map(\.title).contains("v2.x"))
    }

    @Test("theme H3s under an H2, a lone release H3, and lanes named for the roadmap's contents are read as before")
    func ordinaryRoadmapsUnchanged() {
        let (themes, _) = RoadmapParser().parse(read("""
            ## Now

            ### Faster builds
            Cut build time in half.

            ### Project vision
            Make builds boring.

            ### Better docs
            Rewrite the tutorial.
            """, path: "roadmaps/plan.md"))
        #expect(themes.items.map(\.title).contains("Faster builds") && themes.items.map(\.title).contains("Better docs"))
        #expect(Set(themes.items.map(\.lane)) == ["Now"])
        let (release, _) = RoadmapParser().parse(read("""
            ## Roadmap

            ### v1.x
            - [ ] Ship it

            ### Community growth
            - [ ] Meetups
            """, path: "roadmaps/plan.md"))
        #expect(Set(release.items.map(\.lane)) == ["Roadmap"])
        #expect(RoadmapHeading.isAside("Upcoming roadmap items") == false)
        #expect(RoadmapHeading.isAside("Existing roadmap") == false)
        #expect(RoadmapHeading.isAside("Using the roadmap"))
        #expect(RoadmapHeading.isRelease("v1.x") && RoadmapHeading.isRelease("Release 2.0") && RoadmapHeading.isRelease("1.9"))
        #expect(!RoadmapHeading.isRelease("2024") && !RoadmapHeading.isRelease("v for vendetta"))
    }
}
