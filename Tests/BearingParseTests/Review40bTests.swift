import Testing
@testable import BearingModel
@testable import BearingParse

/// Review of session 40's reading rules against ordinary shapes of other organizations' files.
@Suite("Review 40b: session 40's rules on other shapes")
struct Review40bTests {
    @Test("a risk register or decision log of bold items, each with its owner and date, stays the objective's text, no initiatives")
    func risksAndDecisionsWithOwnersAreNoInitiatives() {
        let (file, diagnostics) = ObjectivesParser().parse(read("""
            # Q1 2026 objectives

            ## Objective 1: Faster builds

            Priorities: Reliability

            - Build time under 5 minutes
            - Flaky tests below 1%

            **Risks:**

            - **Vendor delay on runners**
              - Owner: Alice
              - Due: 2026-03-01
            - **Budget cut**
              - Owner: Bob
              - Status: at risk

            ## Objective 2: Decisions made

            Key results:

            - Two decisions recorded

            **Decisions:**

            - **Use Postgres**
              - Owner: Carol
              - Date: 2026-01-10
            - **Drop IE11**
              - Owner: Dan
              - Date: 2026-01-12
            """, path: "objectives/2026-Q1.md"))
        #expect(file.objectives.count == 2)
        #expect(file.objectives.allSatisfy { $0.initiatives.isEmpty }, "\(file.objectives.map { ($0.title, $0.initiatives.map(\.title)) })")
        #expect(file.objectives.first?.keyResults.count == 2)
        #expect(!diagnostics.contains { $0.code == .unknownKey }, "\(diagnostics.map(\.message))")
    }
}

extension Review40bTests {
    @Test("a tick under a platform's column says the feature works there, not how its work stands; a NEW badge is no status")
    func picturesOutsideStateColumnsAreNoStatus() {
        let (roadmap, _) = RoadmapParser().parse(read("""
            ## Now

            ### Mobile

            | Feature | iOS | Android | Quarter |
            |---|---|---|---|
            | Push | ![Done](img/check.png) | ![Blocked](img/cross.png) | 2026 Q1 |
            | Sync | ![Done](img/check.png) | ![Done](img/check.png) | ![Done](img/check.png) 2025 Q4 |
            | ![NEW](img/new.svg) Dark mode | | | 2026 Q2 |
            """, path: "roadmaps/mobile.md"))
        let status = Dictionary(roadmap.items.map { ($0.title, $0.metadata.status) }, uniquingKeysWith: { first, _ in first })
        #expect(roadmap.items.count == 3, "\(roadmap.items.map(\.title))")
        #expect(status["Push"] == .some(nil), "\(status)")
        // What the ticks say stays the row's, as written.
        #expect(roadmap.items.first?.metadata.custom.first { $0.key == "Android" }?.value == "Blocked", "\(String(describing: roadmap.items.first?.metadata.custom))")
        // Under the Quarter column the tick is the row's status, as Azure DevOps draws it.
        #expect(status["Sync"] == .done, "\(status)")
        #expect(status["NEW Dark mode"] == .some(nil), "\(status)")
    }
}

extension Review40bTests {
    @Test("a heading whose checklist says its steps stays one piece of work beside its milestones' table, its id kept")
    func checklistBesideMilestonesStaysOneItem() {
        let (roadmap, _) = RoadmapParser().parse(read("""
            # Platform roadmap

            ## Now

            ### Project Phoenix

            Rebuild the build farm.

            - [ ] Pick a vendor
            - [ ] Migrate the runners

            | Milestone | Date |
            |---|---|
            | Design review | 2026-01-15 |
            | Pilot | 2026-02-20 |
            | Rollout | 2026-03-30 |
            """, path: "roadmaps/platform.md"))
        #expect(roadmap.items.map(\.id) == ["platform/project-phoenix"], "\(roadmap.items.map(\.id))")
    }
}

extension Review40bTests {
    @Test("a team charter's '## Next actions' to-do list is no priorities section: the strategy still says it has none")
    func nextActionsListIsNoPriorities() {
        let result = StrategyParser().parse(read("""
            # Team charter

            ## Mission

            Make builds fast.

            ## Our work

            ### Reliability

            Keep the service up.

            ## Next actions

            - Book the offsite
            - Send the survey
            """, path: "strategy.md"))
        #expect(result.strategy.priorities.isEmpty, "\(result.strategy.priorities.map(\.title))")
        #expect(result.diagnostics.contains { $0.code == .noPriorities && !$0.message.contains("Next actions") }, "\(result.diagnostics.map(\.message))")
    }
}

extension Review40bTests {
    @Test("a '##tag' line right under a paragraph's words is more of them, no heading; one standing apart still is")
    func hashesUnderWordsAreNoHeading() {
        #expect(HeadingWithoutSpace.rewrite("# Q1\n\nNotes:\n##winning #team\n") == "# Q1\n\nNotes:\n##winning #team\n")
        #expect(HeadingWithoutSpace.rewrite("1. Cut build time\n   ##hashtag-ish\n") == "1. Cut build time\n   ##hashtag-ish\n")
        #expect(HeadingWithoutSpace.rewrite("# Q1\n\n##Goals\n\nText.\n") == "# Q1\n\n## Goals\n\nText.\n")
        #expect(HeadingWithoutSpace.rewrite("### Principle: A\n####Action 01: B\n") == "### Principle: A\n#### Action 01: B\n")
    }
}
