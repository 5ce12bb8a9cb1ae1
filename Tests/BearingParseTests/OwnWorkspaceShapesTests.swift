import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// Shapes a new user writes in their own first workspace, copied out of a document editor, a slide or a spreadsheet:
/// pillars as bold-led paragraphs, a roadmap as a board table, an OKR table with merged objective cells, key results
/// as a plain list of measures. Each one was read as nothing (or half) before.
@Suite("A new user's own workspace: editor, slide and spreadsheet shapes")
struct OwnWorkspaceShapesTests {
    func strategy(_ markdown: String) -> StrategyParser.Result {
        StrategyParser().parse(read(markdown, path: "strategy.md"))
    }

    func roadmap(_ markdown: String) -> (Roadmap, [Diagnostic]) {
        RoadmapParser().parse(read(markdown, path: "roadmaps/product.md"))
    }

    func objectives(_ markdown: String) -> (ObjectivesFile, [Diagnostic]) {
        ObjectivesParser().parse(read(markdown, path: "objectives/2027-Q1.md"))
    }

    // MARK: Pillars as bold-led paragraphs

    @Test("bold-led paragraphs under 'Pillars' are the priorities, the text after the bold their summary")
    func boldLedPillars() {
        let result = strategy("""
            # Acme Analytics — Strategy 2027

            ## Pillars

            These three pillars guide every plan.

            **1. Win small teams** — self-serve onboarding, a free tier that converts.

            **2. Trustworthy data** — accurate ingestion, no data loss.

            - Privacy by default
            - SOC 2 Type II

            **3. Efficient growth**

            Gross margin above 75%.
            """)
        let top = result.strategy.priorities.filter { $0.parent == nil }
        #expect(top.map(\.title) == ["Win small teams", "Trustworthy data", "Efficient growth"])
        #expect(top.map(\.id) == ["win-small-teams", "trustworthy-data", "efficient-growth"])
        #expect(top.map(\.summary) == ["self-serve onboarding, a free tier that converts.", "accurate ingestion, no data loss.", "Gross margin above 75%."])
        #expect(top.map(\.location.line) == [7, 9, 14])
        // The list under the second pillar is its parts, not the priorities.
        #expect(result.strategy.priorities.filter { $0.parent == "trustworthy-data" }.map(\.title) == ["Privacy by default", "SOC 2 Type II"])
        #expect(result.strategy.prioritiesIntroBlocks.count == 1)
        #expect(!result.diagnostics.contains { $0.code == .noPriorities })
    }

    @Test("a lone bold paragraph, a 'Note:' and a list before the paragraphs keep the shapes they had")
    func boldLedParagraphsNeedTwo() {
        let listed = strategy("""
            # Strategy

            ## Priorities

            - **Grow** the community.
            - **Ship** the API.

            **Note:** reviewed every quarter.

            **Owner** is the board.
            """)
        #expect(listed.strategy.priorities.map(\.title) == ["Grow", "Ship"])
        let noted = strategy("""
            # Strategy

            ## Pillars

            **Note:** these are drafts.

            **Grow the community** by meeting people.
            """)
        // One pillar and a remark: not two priorities, so the section is prose and says so.
        #expect(noted.strategy.priorities.isEmpty)
        #expect(noted.diagnostics.contains { $0.code == .noPriorities })
    }

    @Test("a table under 'Strategic pillars' gives one priority per row: first cell the title, second the summary")
    func pillarsTable() {
        let result = strategy("""
            # Strategy 2027

            ## Strategic pillars

            | Pillar | What it means | Owner |
            |---|---|---|
            | Win small teams | Self-serve onboarding, a free tier that converts | Dana |
            | Trustworthy data | No data loss, privacy by default | |
            """)
        #expect(result.strategy.priorities.map(\.title) == ["Win small teams", "Trustworthy data"])
        #expect(result.strategy.priorities.map(\.summary) == ["Self-serve onboarding, a free tier that converts", "No data loss, privacy by default"])
        #expect(result.strategy.priorities.first?.body.contains("Owner: Dana") == true)
        #expect(result.strategy.priorities.map(\.location.line) == [7, 8])
        #expect(!result.diagnostics.contains { $0.code == .noPriorities })
        // A first column that only numbers the rows is not their title.
        let numbered = strategy("# Strategy\n\n## Pillars\n\n| # | Pillar | Why |\n|---|---|---|\n| 1 | Win small teams | Growth |\n| 2 | Trustworthy data | Trust |\n")
        #expect(numbered.strategy.priorities.map(\.title) == ["Win small teams", "Trustworthy data"])
        #expect(numbered.strategy.priorities.map(\.summary) == ["Growth", "Trust"])
    }

    @Test("a strategy of H1 sections only ('# Mission', '# Our priorities', '# Values') finds its priorities and keeps the others")
    func strategyOfTopHeadings() {
        let result = strategy("# Mission\n\nMake analytics affordable.\n\n# Our priorities\n\n1. **Win small teams.** Self-serve.\n2. **Trustworthy data.** No loss.\n\n# Values\n\nBe kind.\n")
        #expect(result.strategy.priorities.map(\.title) == ["Win small teams", "Trustworthy data"])
        #expect(result.strategy.sections.map(\.title) == ["Mission", "Values"])
        #expect(!result.diagnostics.contains { $0.code == .noPriorities })
    }

    // MARK: A roadmap as a board table

    @Test("a Now | Next | Later table is three lanes, each non-empty cell an item, a <br> between two items")
    func boardTable() {
        let (roadmap, diagnostics) = roadmap("""
            # Product roadmap

            | Now | Next | Later |
            |---|---|---|
            | Guided setup wizard | Usage-based pricing | Warehouse sync |
            | Event replay queue<br>Status page | SOC 2 Type II | |
            """)
        #expect(roadmap.lanes.map(\.title) == ["Now", "Next", "Later"])
        #expect(roadmap.lanes.map(\.kind) == [.horizon, .horizon, .horizon])
        #expect(roadmap.items.map(\.title) == ["Guided setup wizard", "Event replay queue", "Status page", "Usage-based pricing",
                                               "SOC 2 Type II", "Warehouse sync"])
        #expect(roadmap.items.map(\.lane) == ["Now", "Now", "Now", "Next", "Next", "Later"])
        #expect(roadmap.items.map(\.location.line) == [5, 6, 6, 5, 6, 5])
        // Each item's text is its own cell, not the row.
        #expect(roadmap.items[0].body == "Guided setup wizard")
        #expect(roadmap.intro.isEmpty)
        #expect(!diagnostics.contains { $0.code == .noRoadmapItems || $0.code == .unreadRoadmapItems })
    }

    @Test("a first column of themes groups the board's items; quarter and Done columns give periods and status")
    func themedBoardWithPeriods() {
        let (roadmap, _) = roadmap("""
            # Roadmap 2027

            ## Platform

            We plan by quarter.

            | Area | Done | Q1 2027 | Q2 2027 |
            |---|---|---|---|
            | Onboarding | Invite flow | ✅ Setup wizard | Templates |
            | Billing | | Usage pricing | Invoices in EUR |
            """)
        #expect(roadmap.lanes.map(\.title) == ["Done", "Q1 2027", "Q2 2027"])
        #expect(roadmap.lanes.first?.intro.isEmpty == false)
        let byTitle = Dictionary(uniqueKeysWithValues: roadmap.items.map { ($0.title, $0) })
        #expect(byTitle["Invite flow"]?.metadata.status == .done)
        #expect(byTitle["Setup wizard"]?.metadata.status == .done)
        #expect(byTitle["Usage pricing"]?.period == "2027-Q1")
        #expect(byTitle["Invoices in EUR"]?.period == "2027-Q2")
        #expect(byTitle["Invoices in EUR"]?.group == "Billing")
        #expect(roadmap.lanes[2].groups.map(\.title) == ["Onboarding", "Billing"])
    }

    @Test("a Mermaid gantt chart is the roadmap: sections are lanes, tasks items with status, period and due date")
    func mermaidGantt() {
        let (roadmap, diagnostics) = roadmap("""
            # 2027 roadmap

            ```mermaid
            gantt
                title Platform 2027
                dateFormat  YYYY-MM-DD
                section Reliability
                Multi-region failover     :done,    a1, 2027-01-05, 45d
                Chaos testing             :active,  a2, after a1, 30d
                section Growth
                Usage-based billing       :         b1, 2027-04-01, 2027-05-31
                Self-serve SSO            :crit,    b2, 2027-07-01, 2w
            ```
            """)
        #expect(roadmap.lanes.map(\.title) == ["Reliability", "Growth"])
        #expect(roadmap.items.map(\.title) == ["Multi-region failover", "Chaos testing", "Usage-based billing", "Self-serve SSO"])
        #expect(roadmap.items.map(\.metadata.status) == [.done, .onTrack, nil, nil])
        #expect(roadmap.items.map(\.period) == ["2027-Q1", "2027-Q1", "2027-Q2", "2027-Q3"])
        // a1 runs 45 days from 5 January, through 18 February (Mermaid's end is exclusive); a2 starts on the 19th and runs
        // 30 days; an end written as a date is the date written.
        #expect(roadmap.items.map(\.metadata.due) == ["2027-02-18", "2027-03-20", "2027-05-31", "2027-07-14"])
        #expect(roadmap.items.map(\.location.line) == [8, 9, 11, 12])
        #expect(!diagnostics.contains { $0.code == .noRoadmapItems })
        // Any other Mermaid chart stays a code block, and the file says it has no items.
        let (flow, flowDiagnostics) = self.roadmap("# Roadmap\n\n```mermaid\ngraph TD\n  A --> B\n```\n")
        #expect(flow.items.isEmpty)
        #expect(flowDiagnostics.contains { $0.code == .noRoadmapItems })
    }

    @Test("a gantt task whose dates cannot be meant (13th month, '1e308d', 'nand', ends before it starts) keeps its title without dates")
    func ganttNonsenseDates() {
        let (roadmap, _) = roadmap("""
            # R

            ```mermaid
            gantt
                section A
                Huge      :a1, 2027-01-05, 1e308d
                NaN       :a2, 2027-01-05, nand
                Bad date  :a3, 2027-13-45, 3d
                Backwards :a4, 2027-03-01, 2027-02-01
                Loop      :a5, after a5, 3d
            ```
            """)
        #expect(roadmap.items.map(\.title) == ["Huge", "NaN", "Bad date", "Backwards", "Loop"])
        #expect(roadmap.items.map(\.metadata.due) == [nil, nil, nil, nil, nil])
        #expect(roadmap.items.map(\.period) == ["2027-Q1", "2027-Q1", nil, "2027-Q1", nil])
    }

    @Test("a table whose columns are not lanes is not a board")
    func ordinaryTableIsNoBoard() {
        let (roadmap, _) = roadmap("""
            # Roadmap

            ## Now

            | Owner | Team | Notes |
            |---|---|---|
            | Ada | Core | fine |
            """)
        #expect(roadmap.items.isEmpty)
        #expect(roadmap.lanes.map(\.title) == ["Now"])
    }

    // MARK: A tracker's table pasted in

    @Test("a Title, Name or Summary column is the items' titles when another column is a plan's (Status, Assignees, Iteration)")
    func trackerTables() {
        let (roadmap, diagnostics) = roadmap("""
            # Platform roadmap

            ## Q1 2027

            | Title | Assignees | Status | Iteration |
            |---|---|---|---|
            | Multi-region failover | @ana | In Progress | Sprint 3 |

            ## Q2 2027

            | Name | Owner | Status |
            |---|---|---|
            | SSO for enterprise | Cy | Not started |

            ## Q3 2027

            | Summary | Status | Milestone |
            |---|---|---|
            | Audit log export | Backlog | v2.0 |
            """)
        #expect(roadmap.items.map(\.title) == ["Multi-region failover", "SSO for enterprise", "Audit log export"])
        #expect(roadmap.items.map(\.metadata.status) == [.onTrack, .notStarted, .notStarted])
        #expect(roadmap.items.first?.metadata.owners == ["ana"])
        #expect(!diagnostics.contains { $0.code == .noRoadmapItems })
        let (file, _) = objectives("""
            # 2027-Q1

            | Name | Owner | Status |
            |---|---|---|
            | Cut p95 latency to 200 ms | Ana | On track |
            """)
        #expect(file.objectives.map(\.title) == ["Cut p95 latency to 200 ms"])
        #expect(file.objectives.first?.metadata.owners == ["Ana"])
    }

    @Test("a Name column beside no plan column is a roster, not items")
    func rosterIsNoPlan() {
        let (roadmap, _) = roadmap("""
            # Roadmap

            ## Now

            - **Faster builds**

            | Name | Role | Email |
            |---|---|---|
            | Ana | Lead | ana@example.org |
            """)
        #expect(roadmap.items.map(\.title) == ["Faster builds"])
    }

    // MARK: An OKR table with merged objective cells

    @Test("a row whose objective cell is empty carries on the objective above it; 'done' under Progress is done")
    func mergedObjectiveCells() {
        let (file, _) = objectives("""
            # Q1 2027 OKRs

            | Objective | Key result | Owner | Progress |
            |---|---|---|---|
            | Make onboarding self-serve | Time to first chart under 5 minutes | Dana | 40% |
            | | 60% of signups send an event in week 1 | Dana | 25% |
            | Stop losing events | Zero data-loss incidents | Lee | done |
            | Cut infra cost | Cost per million events from $1.20 to $0.85 | Sam | $1.05 |
            """)
        #expect(file.objectives.map(\.title) == ["Make onboarding self-serve", "Stop losing events", "Cut infra cost"])
        #expect(file.objectives.map { $0.keyResults.count } == [2, 1, 1])
        #expect(file.objectives[0].keyResults.map(\.progress) == [0.4, 0.25])
        #expect(file.objectives[1].keyResults.first?.done == true)
        // The figure alone under Progress is where the cost stands: (1.20 − 1.05) / (1.20 − 0.85).
        let cost = file.objectives[2].keyResults.first
        #expect(cost?.progressSource == .range)
        #expect(abs((cost?.progress ?? 0) - 0.4286) < 0.001)
    }

    @Test("a tick after a key result's words (exported from a doc or a sheet) marks it done, and leaves its text")
    func trailingTick() {
        let (file, _) = objectives("""
            # **Q2 2027 OKRs**

            ### **Objective 1: Make support a growth channel**

            *   **KR1:** 30 upsell leads from support per month
            *   **KR2:** Launch in\\-app chat for EU customers ✅
            *   **KR3:** Publish the pricing page :white_check_mark:
            *   **KR4:** Hire a support lead ✓
            """)
        let results = file.objectives.first?.keyResults ?? []
        #expect(results.map(\.text) == ["30 upsell leads from support per month", "Launch in-app chat for EU customers", "Publish the pricing page",
                                         "Hire a support lead"])
        #expect(results.map(\.done) == [false, true, true, true])
        #expect(results.map(\.progress) == [nil, 1, 1, 1])
        // A sheet's ✓ in a Status column is done too.
        #expect(Status.symbols(in: "✓").0 == .done)
    }

    @Test("a title that names a team beside its OKRs ('– Support team', 'Support Team:') gives the objectives that team",
          arguments: ["Q2 2027 OKRs – Support team", "Support team OKRs — Q2 2027", "Support Team: Q2 2027 OKRs", "Q2 2027 Support OKRs"])
    func teamInTitle(_ title: String) {
        // In a file whose name names no period: a name that does (this suite's 2027-Q1.md) wins over the title.
        let (file, _) = ObjectivesParser().parse(read("# \(title)\n\n### Objective 1: Resolve tickets fast\n\n- KR1: Median first response under 2 hours\n",
                                                      path: "objectives/support.md"))
        #expect(file.objectives.map(\.metadata.team) == ["Support"])
        #expect(file.objectives.map { $0.quarter?.description } == ["2027-Q2"])
    }

    @Test("a title with a period and no team word names no team; 'OKRs 2017 Acme' stays the organization's label")
    func noTeamInTitle() {
        for title in ["Q2 2027 OKRs", "2027 OKRs Acme"] {
            let (file, _) = objectives("# \(title)\n\n### Objective 1: Resolve tickets fast\n\n- KR1: Median first response under 2 hours\n")
            #expect(file.objectives.map(\.metadata.team) == [nil], "\(title)")
        }
    }

    @Test("'KR1.1: …' lines pasted without bullets are key results, each at its own line, and the page lists them")
    func keyResultLinesWithoutBullets() {
        let (file, _) = objectives("""
            # Engineering OKRs Q1 2027

            ## O1: Improve reliability
            KR1.1: 99.95% uptime
            KR1.2: MTTR < 30 min
            KR1.3: Zero Sev1 incidents ✅

            ## O2: Grow self-serve revenue

            KR2.1 — $1.2M ARR from self-serve (now $0.8M)
            This one matters most.
            """)
        #expect(file.objectives.map { $0.keyResults.map(\.text) } == [
            ["99.95% uptime", "MTTR < 30 min", "Zero Sev1 incidents"], ["$1.2M ARR from self-serve (now $0.8M)"],
        ])
        #expect(file.objectives[0].keyResults.map(\.location.line) == [4, 5, 6])
        #expect(file.objectives[0].keyResults.map(\.done) == [false, false, true])
        // A paragraph of key-result lines only is drawn as their list; one with other lines stays as written.
        #expect(file.objectives[0].blocks.contains { if case .list = $0.kind { true } else { false } })
        #expect(file.objectives[1].blocks.contains { if case .paragraph = $0.kind { true } else { false } })
    }

    @Test("a quarter written out or as its months ('Jan–Mar 2027', 'Quarter 1, 2027', 'third quarter of 2027') is that quarter",
          arguments: [("Jan–Mar 2027", "2027-Q1"), ("January - March 2027", "2027-Q1"), ("Quarter 1, 2027", "2027-Q1"),
                      ("Third quarter of 2027", "2027-Q3"), ("2nd Quarter 2027", "2027-Q2"), ("Oct-Dec 2026", "2026-Q4"),
                      ("Feb–Apr 2027", "2027")])
    func writtenOutQuarter(_ title: String, _ expected: String) {
        let file = ObjectivesParser().parse(read("# OKRs \(title)\n\n## Improve reliability\n\n- [ ] 99.95% uptime\n", path: "objectives/plan.md")).0
        #expect(file.objectives.map { $0.quarter?.description } == [expected])
    }

    @Test("a service level with its current value says it is met or not, not that the current value is missing")
    func serviceLevelWithCurrentValue() {
        let (file, diagnostics) = objectives("# 2027-Q1\n\n## Reliability\n\n- [ ] 99.95% uptime (currently 99.9%)\n- [ ] 99.95% uptime\n")
        #expect(file.objectives.first?.keyResults.map(\.progress) == [nil, nil])
        let messages = diagnostics.filter { $0.code == .progressUnread }.map(\.message)
        #expect(messages.count == 2)
        #expect(messages.first?.contains("met or not") == true)
        #expect(messages.last?.contains("no current value") == true)
    }

    @Test("objectives written as H1s ('# Objective 1: …', '# Objective 2: …') are each an objective; an H1 and '# Notes' stay one")
    func objectivesAsTopHeadings() {
        let (file, _) = objectives("# Objective 1: Grow activation\n\n- KR1: Activation to 60% (now 45%)\n\n# Objective 2: Cut churn\n\n- KR1: Churn below 2%\n")
        #expect(file.objectives.map(\.title) == ["Grow activation", "Cut churn"])
        #expect(file.objectives.map { $0.keyResults.count } == [1, 1])
        #expect(file.objectives.map(\.location.line) == [1, 5])
        let (one, _) = objectives("# Launch the partner API\n\nWe open the API to partners.\n\n- [ ] 5 partners live\n\n# Notes\n\nSee the RFC.\n")
        #expect(one.objectives.map(\.title) == ["Launch the partner API"])
    }

    @Test("'# OKRs 2027' over quarter sections plans those quarters, not an empty 2027 that becomes the current period")
    func fileYearOverQuarterSections() {
        let (file, _) = ObjectivesParser().parse(read("""
            # OKRs 2027

            Our plan for the year.

            ## Q1 2027

            ### Ship the partner API

            ## Q2 2027

            ### Open the EU region
            """, path: "objectives/okrs.md"))
        #expect(file.quarter?.description == "2027")
        let plan = Plan(config: WorkspaceConfig(), objectiveFiles: [file], roadmaps: [], diagnostics: [])
        #expect(plan.quarters.map(\.description) == ["2027-Q1", "2027-Q2"])
        // Its introduction is shown on the first of its objectives' periods.
        #expect(Plan.introQuarter(of: file)?.description == "2027-Q1")
    }

    // MARK: Key results as a plain list of measures

    @Test("a plain list of measures under an objective is its key results, even in a file that does not say OKRs")
    func measuredListIsKeyResults() {
        let (file, _) = objectives("""
            # 2027-Q1

            ## Cut infra cost

            Owner: Sam

            - Cost per million events from $1.20 to $0.85, now $1.05
            - p95 ingestion latency under 200 ms
            - Zero data-loss incidents

            ## Write the handbook

            - Onboarding chapter
            - A page on the release train
            """)
        #expect(file.objectives.map { $0.keyResults.map(\.text) } == [
            ["Cost per million events from $1.20 to $0.85, now $1.05", "p95 ingestion latency under 200 ms", "Zero data-loss incidents"], [],
        ])
    }
}
