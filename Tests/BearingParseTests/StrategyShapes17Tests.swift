import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// Strategies and objectives files in shapes met on a seventeenth round of real files: a mission or values section with
/// H3s of its own beside the real priorities; priorities as a table with their measures; a project's strategy whose H3
/// problems end with a question about the company behind it (Libraries.io); a nonprofit's plan of H4 objectives under a
/// "Goal:" statement and no H2 (Public Lab); a mission page whose "Non-goals" list is no priority (Universal Blue);
/// OKR files that state their cycle in a table under the title, name the team and north star in headings, and keep
/// "Key Metrics" tables beside their key results. Each snippet is written here in the real file's shape.
@Suite("Strategy shapes, seventeenth round")
struct StrategyShapes17Tests {
    func strategy(_ markdown: String) -> (Strategy, [Diagnostic]) {
        let result = StrategyParser().parse(read(markdown, path: "strategy.md"))
        return (result.strategy, result.diagnostics)
    }

    func objectives(_ markdown: String, path: String = "objectives/platform.md") -> (ObjectivesFile, [Diagnostic]) {
        ObjectivesParser().parse(read(markdown, path: path))
    }

    // MARK: Mission, vision and values with H3s of their own

    @Test("H3s under Mission and Values are context; the priorities are the H3s under Strategic priorities", arguments: [
        "Strategic priorities", "Focus areas", "Pillars", "Goals",
    ])
    func missionHeadingsAreNotPriorities(heading: String) {
        let (parsed, diagnostics) = strategy("""
            # Strategy 2027

            ## Mission

            ### Who we serve

            Researchers who run shared computing.

            ## Values

            ### Openness

            We work in the open.

            ## \(heading)

            ### Reliable infrastructure

            Keep every hub running.

            ### Sustainable funding

            Grow memberships.
            """)
        #expect(parsed.priorities.map(\.title) == ["Reliable infrastructure", "Sustainable funding"])
        #expect(parsed.sections.map(\.title) == ["Mission", "Values"])
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty)
    }

    @Test("a Vision section of H3s loses to a list of Goals after it")
    func visionLosesToGoals() {
        let (parsed, _) = strategy("""
            # Strategy

            ## Vision

            ### A platform everyone can run

            ## Goals

            - **Grow the community.** More contributors.
            - **Stable releases.** Every quarter.
            """)
        #expect(parsed.priorities.map(\.title) == ["Grow the community", "Stable releases"])
    }

    // MARK: Priorities as a table with their measures

    @Test("each row of a priority table is a priority; its indicator is its text, not another priority")
    func priorityTable() {
        let (parsed, diagnostics) = strategy("""
            # Strategy

            ## Purpose

            We help clinics run on time.

            ## Key priorities

            | Key Priority | Performance Indicator |
            |---|---|
            | Grow the customer base | 200 paying clinics by year end |
            | Reliable scheduling | 99.9% uptime each month |
            """)
        #expect(parsed.priorities.map(\.title) == ["Grow the customer base", "Reliable scheduling"])
        #expect(parsed.priorities.first?.body.contains("200 paying clinics") == true)
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty)
    }

    @Test("a pillar table's outcome is the summary and its KPI joins the text under its header")
    func pillarOutcomeKPI() {
        let (parsed, _) = strategy("""
            # Strategy

            ## Pillars

            | Pillar | Outcome | KPI |
            |---|---|---|
            | Self-serve onboarding | Clinics start alone | 80% without a call |
            | Reliability | Nothing goes down | 99.9% uptime |
            """)
        #expect(parsed.priorities.map(\.title) == ["Self-serve onboarding", "Reliability"])
        #expect(parsed.priorities.first?.summary == "Clinics start alone")
        #expect(parsed.priorities.first?.body.contains("KPI: 80% without a call") == true)
    }

    // MARK: Headings about the page among the priorities

    @Test("a question among the H3 priorities is a section of the strategy, not a priority")
    func questionIsContext() {
        let (parsed, _) = strategy("""
            ## Strategy
            *Our mission is to raise the quality of all software.*

            Specifically we tackle three distinct problems:

            ### Discovery
            _Helping people make faster, more informed decisions._

            ### Maintainability
            _Helping maintainers understand more._

            ### Sustainability
            _Supporting undervalued software._

            ### Who are Tidelift?
            In October 2017 the maintainers joined a new company.
            """)
        #expect(parsed.priorities.map(\.title) == ["Discovery", "Maintainability", "Sustainability"])
        #expect(parsed.sections.map(\.title) == ["Who are Tidelift?"])
        #expect(parsed.sections.first?.body.contains("October 2017") == true)
    }

    @Test("H4 objectives under the title with no H2 are the priorities; the one 'Goal:' heading above them is context")
    func deeperLeadingHeadings() {
        let (parsed, diagnostics) = strategy("""
            # Strategic Plan

            by the staff and board

            #### **Goal:** We support community science base-building.

            ---

            #### Objective 1: We make it easier for communities to lead investigations.

            Better onboarding and a connection hub.

            #### Objective 2: We develop community leadership in science.

            Skill-building and training.

            #### Objective 3: We build alliances with other like-minded organizations.

            Sharing strategies.
            """)
        #expect(parsed.priorities.map(\.title) == ["We make it easier for communities to lead investigations",
                                                   "We develop community leadership in science",
                                                   "We build alliances with other like-minded organizations"])
        #expect(parsed.sections.map(\.title) == ["Goal: We support community science base-building"])
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty)
    }

    @Test("headings that each carry the same 'Goal:' label are all priorities")
    func goalLabelsEverywhereArePriorities() {
        let (parsed, _) = strategy("""
            # Strategy

            ## Priorities

            ### Goal: Grow the community

            ### Goal: Ship stable releases

            ### Goal: Fund the maintainers
            """)
        #expect(parsed.priorities.count == 3)
    }

    @Test("a Non-goals section is never the priorities, however it is named")
    func nonGoalsAreNotPriorities() {
        for heading in ["Project Non-goals", "Non goals", "Anti-goals", "Out of scope goals"] {
            let (parsed, diagnostics) = strategy("""
                # Mission

                ## Commitment to the ecosystem

                Improve the upstream experience.

                ## \(heading)

                - Building a custom distribution
                - Custom installers
                """)
            #expect(parsed.priorities.isEmpty, "\(heading)")
            #expect(diagnostics.contains { $0.code == .noPriorities }, "\(heading)")
            #expect(parsed.sections.map(\.title).contains(heading))
        }
    }

    @Test("with real goals beside them, the goals are the priorities and the non-goals stay context")
    func goalsBesideNonGoals() {
        let (parsed, _) = strategy("""
            # Strategy

            ## Non-goals

            - A custom distribution

            ## Goals

            - Upstream first
            - Long-term sustainability
            """)
        #expect(parsed.priorities.map(\.title) == ["Upstream first", "Long-term sustainability"])
    }

    // MARK: The objectives file's period and team in a table or fields

    @Test("a cycle, quarter or period in a table under the title is the file's period", arguments: [
        ("| | |\n|---|---|\n| **Cycle** | Q2 2026 |\n| **Team** | Platform |", "2026-Q2"),
        ("| Quarter | Q3 2026 |\n|---|---|\n| Owner | Ada |", "2026-Q3"),
        ("| Field | Value |\n|---|---|\n| Period | H1 2027 |", "2027-H1"),
        ("**Period:** Q4 2026  \n**Team:** Platform", "2026-Q4"),
    ])
    func periodFromTitleTable(intro: String, expected: String) {
        let (file, diagnostics) = objectives("""
            # Platform OKRs

            \(intro)

            ## Faster builds

            - [ ] Build time from 20 to 5 minutes, now 12
            """)
        #expect(file.quarter?.description == expected)
        #expect(file.objectives.first?.quarter?.description == expected)
        #expect(!diagnostics.contains { $0.code == .noQuarter })
    }

    @Test("a Team row in the title table is the file's team")
    func teamFromTitleTable() {
        let (file, _) = objectives("""
            # OKRs

            | **Cycle** | Q2 2026 |
            |---|---|
            | **Team** | Platform |

            ## Faster builds
            """)
        #expect(file.team == "Platform")
    }

    @Test("a 'Team:' heading over the objectives is their team and a 'North Star:' heading is the introduction, neither an objective")
    func teamAndNorthStarHeadings() {
        let (file, diagnostics) = objectives("""
            # Q2 2026 OKRs

            ## North Star: Every clinic books in under a minute

            ## Team: Platform

            ## Faster builds

            - [ ] Cache hit rate 80%

            ## Fewer pages

            - [ ] Pages from 20 to 5 a week, now 9
            """)
        #expect(file.objectives.map(\.title) == ["Faster builds", "Fewer pages"])
        #expect(file.objectives.allSatisfy { $0.metadata.team == "Platform" })
        #expect(file.intro.contains("North Star: Every clinic books in under a minute"))
        #expect(!diagnostics.contains { $0.code == .emptyObjective })
    }

    @Test("a 'North Star:' heading before numbered objectives is shown as the introduction, not skipped")
    func northStarBeforeNumberedObjectives() {
        let (file, _) = objectives("""
            # Q2 2026 OKRs

            ## North Star: Every clinic books in under a minute

            ## Objective 1: Faster builds

            - [ ] Cache hit rate 80%
            """)
        #expect(file.objectives.map(\.title) == ["Faster builds"])
        #expect(file.intro.contains("Every clinic books in under a minute"))
    }

    // MARK: Key metrics beside key results

    static let metricsBeside = """
        # Q3 2026 OKRs

        ## Objective: Make onboarding self-serve

        ### Key results

        - [ ] 50% of clinics onboard without a call
        - [ ] Time to first booking from 5 days to 1 day, now 3

        ### Key Metrics

        | Metric | Target | Current |
        |---|---|---|
        | Weekly active clinics | 400 | 310 |
        | Support tickets per clinic | 0.5 | 0.9 |

        ## Health metrics

        | Metric | Target |
        |---|---|
        | Uptime | 99.9% |
        """

    @Test("a Key Metrics table beside the key results is the objective's text, not more key results; Health metrics is no objective")
    func metricsBesideKeyResults() {
        let (file, _) = objectives(Self.metricsBeside, path: "objectives/2026-Q3.md")
        #expect(file.objectives.map(\.title) == ["Make onboarding self-serve"])
        let objective = file.objectives.first
        #expect(objective?.keyResults.map(\.text) == ["50% of clinics onboard without a call", "Time to first booking from 5 days to 1 day, now 3"])
        #expect(objective?.initiatives.isEmpty == true)
        #expect(objective?.body.contains("Weekly active clinics") == true)
    }

    @Test("an objective whose only measures are a KPIs table takes its rows as key results", arguments: ["KPIs", "Key Metrics", "Health metrics"])
    func metricsAloneAreKeyResults(heading: String) {
        let (file, _) = objectives("""
            ## Keep the service healthy

            ### \(heading)

            | Metric | Target | Current |
            |---|---|---|
            | Uptime | 99.9% | 99.95% |
            | p95 latency | 300 ms | 280 ms |
            """, path: "objectives/2026-Q3.md")
        #expect(file.objectives.first?.keyResults.map(\.text) == ["Uptime", "p95 latency"])
    }

    @Test("a metric heading's words: which figures, not what to achieve")
    func namesMetrics() {
        for title in ["Key Metrics", "KPIs", "Health metrics", "North Star metric", "Team KPIs", "🎯 Guardrail metrics"] {
            #expect(KeyResultLabel.namesMetrics(title), "\(title)")
        }
        for title in ["Improve health metrics", "Success metrics", "Metrics dashboard for clinics", "Key results"] {
            #expect(!KeyResultLabel.namesMetrics(title), "\(title)")
        }
    }
}

/// Priority tables whose second column measures them, and whose title cells say more than a title (OSI's board plan).
@Suite("Strategy shapes, seventeenth round: measured priority tables")
struct MeasuredPriorityTableTests {
    func strategy(_ markdown: String) -> Strategy {
        StrategyParser().parse(read(markdown, path: "strategy.md")).strategy
    }

    @Test("an indicator or success-criteria column is each priority's success signal, not its summary", arguments: [
        "Performance Indicator", "Measure", "Measurement(s) / Success Criteria", "KPI",
    ])
    func measureColumnIsSuccessSignal(header: String) {
        let parsed = strategy("""
            # Strategy

            ## Key priorities

            | Key Priority | \(header) |
            |---|---|
            | Grow the customer base | 200 paying clinics by year end |
            | Reliable scheduling | 99.9% uptime each month |
            """)
        #expect(parsed.priorities.map(\.title) == ["Grow the customer base", "Reliable scheduling"])
        #expect(parsed.priorities.map(\.successSignal) == ["200 paying clinics by year end", "99.9% uptime each month"])
        #expect(parsed.priorities.first?.summary == nil)
    }

    @Test("a pillar table's KPI column is the success signal beside the outcome as summary")
    func outcomeAndKPI() {
        let parsed = strategy("""
            # Strategy

            ## Pillars

            | Pillar | Outcome | KPI |
            |---|---|---|
            | Reliability | Nothing goes down | 99.9% uptime |
            """)
        #expect(parsed.priorities.first?.summary == "Nothing goes down")
        #expect(parsed.priorities.first?.successSignal == "99.9% uptime")
    }

    @Test("a title cell of a sentence and its source is titled by the sentence; the source is its text")
    func sentenceTitleCell() {
        let parsed = strategy("""
            # Board and Teams Planning Timeline 2017-2018

            ## Vision

            * The global software industry committed to open source.

            ## Mission

            *Promote and protect open source software.*

            ## Objectives

            | Objective | Measurement(s) / Success Criteria |
            |---|---|
            | World-wide acknowledgement of the OSI as the sole steward of the Open Source Definition. (Board workshop, OSCON 2014.) | (How do we know when this is complete?) |
            | Global adoption of a set of guidelines (based on OSD) for open collaboration. (Board workshop, OSCON 2014.) | (How do we know when this is complete?) |

            ## November

            * Face-to-face Board Meeting
            """)
        #expect(parsed.priorities.map(\.title) == ["World-wide acknowledgement of the OSI as the sole steward of the Open Source Definition",
                                                   "Global adoption of a set of guidelines (based on OSD) for open collaboration"])
        #expect(parsed.priorities.first?.summary == "(Board workshop, OSCON 2014.)")
        #expect(parsed.sections.map(\.title) == ["Vision", "Mission", "November"])
    }
}

/// A mission page whose sections are its commitments, each a list, beside what it rules out (Universal Blue's Bluefin).
@Suite("Strategy shapes, seventeenth round: mission pages")
struct MissionPageTests {
    static let bluefin = """
        ---
        title: Mission
        ---

        :::info[Mission Statement]

        Accelerate operating system development by integrating with the cloud native ecosystem.

        :::

        ## Commitment to the Ecosystem

        - Focus on improving the upstream experience with existing distributions:
          - Flathub
          - Homebrew
        - Actively encourage upstream contribution by intentionally limiting scope

        ## Community and Project

        - Strive to be a well-managed open-source project.
        - Goal to join a foundation or cooperative.

        ## Project Non-goals

        - The project will be brutal about making things out of scope.
        """

    @Test("each commitment section of a mission page is a priority, its bullets the parts; the non-goals and the statement stay")
    func commitmentsArePriorities() {
        let result = StrategyParser().parse(read(Self.bluefin, path: "strategy.md"))
        let top = result.strategy.priorities.filter { $0.parent == nil }
        #expect(top.map(\.title) == ["Commitment to the Ecosystem", "Community and Project"])
        #expect(result.strategy.priorities.filter { $0.parent == top.first?.id }.count == 2)
        #expect(result.strategy.sections.map(\.title) == ["Project Non-goals"])
        #expect(dump(result.strategy.introBlocks).contains("Accelerate operating system development"))
        #expect(!result.diagnostics.contains { $0.code == .noPriorities })
    }

    @Test("a mission page with a prose section is an ordinary page: no section is taken for a priority")
    func proseSectionKeepsTheRule() {
        let result = StrategyParser().parse(read("""
            # Our mission

            ## Where we come from

            We started in 2019.

            ## Commitments

            - Upstream first
            """, path: "strategy.md"))
        #expect(!result.strategy.priorities.contains { $0.title == "Where we come from" })
    }
}
