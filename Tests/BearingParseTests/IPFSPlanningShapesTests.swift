import Testing
@testable import BearingModel
@testable import BearingParse

/// IPFS planned 2019 in public: a project roadmap whose "2019 Priority" section explains its single priority under bold
/// labels beside "2019 Epics", working groups' OKR pages (`- **O: …**` lists, sheets exported as tables with a Priority
/// column of P0–P4 badges) and working-group roadmaps whose milestones read "`M (P0)`: …". Each snippet keeps the shape
/// of the file it comes from (ipfs/roadmap, ipfs/team-mgmt), in a planning team's own words.
@Suite("IPFS's planning files")
struct IPFSPlanningShapesTests {
    @Test("bold labels that explain a single priority are its prose: the epics beside it are the priorities")
    func explainedPriorityBesideEpics() {
        let result = StrategyParser().parse(read("""
            # 2027 Clinic Roadmap

            ## 2027 Priority

            We will focus our efforts for 2027 on a single priority: **📅 Scheduling**.

            At the same time, we will keep supporting **🤝 Community Growth** where we can.

            **Why setting a single priority?**

            To land complete, polished improvements.

            **Sorting Function Explanation**

            > **D** = Difficulty, **E** = Ecosystem Growth, **I** = Importance

            Each goal was scored from 1 to 5 on each axis.

            **February Roadmap Update**

            We narrowed from three priorities to one in early Q1.

            ## 2027 Epics

            ### 1. Scheduling becomes production ready

            Solid APIs and an audit.

            ### 2. Support the growing community

            Docs, meetups and grants.
            """, path: "strategy.md"))
        #expect(result.strategy.priorities.map(\.title) == ["Scheduling becomes production ready", "Support the growing community"])
        #expect(!result.diagnostics.contains { $0.severity == .error })
    }

    @Test("bold-led priorities that name what to achieve stay priorities, updates among them")
    func boldLedPrioritiesStay() {
        let result = StrategyParser().parse(read("""
            # Strategy

            ## Priorities

            **Seamless updates** — every device on the latest release within a week.

            **Clinic onboarding** — a new clinic live in a day.

            **Clear release notes** — every release says what changed for clinics.
            """, path: "strategy.md"))
        #expect(result.strategy.priorities.map(\.title) == ["Seamless updates", "Clinic onboarding", "Clear release notes"])
    }

    @Test("an objective labelled `O:` is titled by its words")
    func objectiveLetterLabel() {
        let (file, _) = ObjectivesParser().parse(read("""
            # Project Operations OKRs

            ## 2027 Q4
            - **O: Clinic network prepared for 2028 growth**
              - Onboard 4+ new contributors with skills around testing and docs
              - Complete the async/await refactor

            - **O: Level-up day-to-day operations**
              - Communications runbook covers all common situations
            """, path: "objectives/project.md"))
        #expect(file.objectives.map(\.title) == ["Clinic network prepared for 2028 growth", "Level-up day-to-day operations"])
        #expect(file.objectives.first?.keyResults.count == 2)
    }

    @Test("a Priority column of P0–P4 badges or bold marks ranks each key result of a scored OKR sheet; names beside an objective own it")
    func rankedKeyResultRows() throws {
        let (file, _) = ObjectivesParser().parse(read("""
            # Scheduling team OKRs

            ## 2027 Q3
            |  **Scheduling** | **Priority** | **Owner** | **Mid-Q Actual** | **Mid-Q Projection** | **End-Q** |
            | :---: | :---: | :---: | --- | --- | --- |
            |  **1 Calendars ship on a schedule (Ada)** |  |  |  |  |  |
            |  Ship a release policy | ![P0](https://example.org/badges/p0.svg) | ada |  |  |  |
            |  Document lead maintainers | **P1** | lin | 0.5 | 1 |  |
            |  Tidy the issue labels | P2 |  |  |  |  |
            |  Rework the website | high | grace |  |  |  |
            |  **2 Self-serve signup (Beta)** |  |  |  |  |  |
            |  Launch the signup page | P1 | lin |  |  |  |
            """, path: "objectives/scheduling.md"))
        let objective = try #require(file.objectives.first)
        // The names in brackets beside the objective, in a sheet with an Owner column, are who answers for it.
        #expect(file.objectives.map(\.title) == ["Calendars ship on a schedule", "Self-serve signup (Beta)"])
        #expect(objective.metadata.owners == ["Ada"])
        #expect(objective.keyResults.map(\.text) == ["Ship a release policy", "Document lead maintainers", "Tidy the issue labels", "Rework the website"])
        #expect(objective.keyResults.map(\.priority) == ["P0", "P1", "P2", nil])
        #expect(objective.keyResults.map(\.progress) == [nil, 0.5, nil, nil])
    }

    /// A sheet's objective rows name a platform or a language in brackets as often as people: "(Linux)", "(Python,
    /// Ruby)" beside rows owned by ada and lin are part of the titles. IPFS's "(Alan, Steven)", "(David)" are read as
    /// people because its Owner cells are theirs (alanshaw, daviddias).
    @Test("names in brackets on a sheet's objective rows are owners only when the Owner cells name them")
    func bracketsThatAreNoOwners() throws {
        let (file, _) = ObjectivesParser().parse(read("""
            # Platform team OKRs

            ## 2027 Q3
            |  **Platform** | **Priority** | **Owner** | **Mid-Q Actual** | **End-Q** |
            | :---: | :---: | :---: | --- | --- |
            |  **1 Ship ARM builds of the agent (Linux)** |  |  |  |  |
            |  Publish ARM packages | P0 | ada | 0.5 |  |
            |  **2 Support the new runtimes (Python, Ruby)** |  |  |  |  |
            |  Run the suite on both runtimes | P1 | lin |  |  |
            """, path: "objectives/platform.md"))
        #expect(file.objectives.map(\.title) == ["Ship ARM builds of the agent (Linux)", "Support the new runtimes (Python, Ruby)"])
        // Each objective is its rows' owner's, as in any sheet whose rows all name the same person.
        #expect(file.objectives.map(\.metadata.owners) == [["ada"], ["lin"]], "\(file.objectives.map(\.metadata.owners))")
    }

    func roadmap(_ markdown: String) -> Roadmap {
        RoadmapParser().parse(read(markdown, path: "roadmaps/scheduling.md")).0
    }

    @Test("`M (P0)`: before a milestone is its rank, and a quarter before it when it is due")
    func milestoneRank() throws {
        let roadmap = self.roadmap("""
            # Scheduling Working Group 2027 Roadmap

            ## Milestones

            ### Reliable calendars

            - `M (P0)`: Calendars can be shared between clinics
              - Permissions per calendar
            - `M (P1)`: Reminders reach 99% of patients
            - `Q1 - M (P0)`: Scheduling is usable without the legacy sync
            """)
        let items = roadmap.items
        #expect(items.map(\.title) == ["Calendars can be shared between clinics", "Reminders reach 99% of patients",
                                       "Scheduling is usable without the legacy sync"])
        #expect(items.map { $0.metadata.custom.first { $0.key == "Rank" }?.value } == ["P0", "P1", "P0"])
        #expect(items.last?.period == "2027-Q1")
        #expect(items.allSatisfy { $0.metadata.priorities.isEmpty })
    }

    @Test("a timeline of empty quarters, the team's responsibilities and a call to get involved hold no items")
    func timelineAndAsides() {
        let roadmap = self.roadmap("""
            # Scheduling Working Group 2027 Roadmap

            ### Responsibilities include:
            * Implement new features in the scheduler
            * Support clinics, fixing bugs and improving stability

            ## Milestones

            - `M (P0)`: Calendars can be shared between clinics

            ## Timeline

            - Q1
            - Q2
            - Q3
            - Q4

            ## Want to get involved?

            - File an issue with questions, or make a PR to suggest an alternative
            - Want to help make this happen? Join the weekly call

            ## **Previous Updates**

            * [Q2 2027](https://example.org/reports/2027-Q2.md)
            * [Q4 2026 (== Q1 2027)](https://example.org/reports/2026-Q4.md)
            * [April 2026](https://example.org/slides/april)

            ## Future plans

            - Investigate the calendar module system (mid 2028)
            """)
        #expect(roadmap.items.map(\.title) == ["Calendars can be shared between clinics", "Investigate the calendar module system"])
    }
}
