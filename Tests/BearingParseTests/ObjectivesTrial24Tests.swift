import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// Trial 24, F4, F5, F6 and F10: team headings over objective bullets with ranked key results, empty team sections, a
/// goal slate's tables and notes, and quarterly goals written in the strategy.
@Suite("Objectives: team bullets, empty teams, goal slates, goals in the strategy (trial 24)")
struct ObjectivesTrial24Tests {
    func objectives(_ markdown: String, path: String = "objectives/2026-Q4.md") -> (ObjectivesFile, [Diagnostic]) {
        ObjectivesParser().parse(read(markdown, path: path))
    }

    static let strategy = """
        # Strategy

        ## Our priorities

        1. **Reliable service.** Nothing our customers rely on goes down. {#reliability}
        2. **Self-serve onboarding.** A new customer starts without calling us. {#self-serve}
        3. **Partners build on us.** {#partners}
        """

    // MARK: F4

    @Test("a team heading over objective bullets: the team is the heading, objectives the bullets, key results the ranked ones",
          arguments: ["### Developer Community:", "### Developer Community"])
    func teamOverObjectiveBullets(heading: String) {
        let (file, diagnostics) = objectives("""
            # OKRs

            ## Q4 2026

            \(heading)

            * Grow a network of partner developers
              * [P0] Identify 20 partners and invite them
              * [P1] Meet 10 of them
            * Publish blog posts at a regular pace
              * [P1] Publish 8 blog posts
            """)
        #expect(file.objectives.map(\.title) == ["Grow a network of partner developers", "Publish blog posts at a regular pace"])
        #expect(file.objectives.allSatisfy { $0.metadata.team == "Developer Community" })
        #expect(file.objectives.first?.keyResults.map(\.text) == ["Identify 20 partners and invite them", "Meet 10 of them"])
        #expect(file.objectives.first?.keyResults.map(\.priority) == ["P0", "P1"])
        #expect(!diagnostics.contains { $0.code == .keyResultsUnread })
    }

    @Test("a label heading over a flat list: each item is an objective of that team; \"Vision:\" is context, not a team")
    func labelHeadingOverFlatList() {
        let (file, _) = objectives("""
            # OKRs

            ## Q4 2026

            ### Vision:

            * Being the leader of AI on Code

            ### Product:

            * Launch of hosted playground
            * Launch of deduplication of code
            """)
        #expect(file.objectives.map(\.title) == ["Launch of hosted playground", "Launch of deduplication of code"])
        #expect(file.objectives.allSatisfy { $0.metadata.team == "Product" })
    }

    @Test("an objective heading over a plain list of key results with notes nested under them stays one objective")
    func objectiveHeadingStays() {
        let (file, diagnostics) = objectives("""
            # OKRs

            ## Q4 2026

            ### Make the service dependable

            * Every alert has a runbook
              * Start with the paging alerts
              * Then the rest
            * Upgrades need no maintenance window
              * Blue-green deploys
            """)
        #expect(file.objectives.map(\.title) == ["Make the service dependable"])
        #expect(file.objectives.first?.keyResults.map(\.text) == ["Every alert has a runbook", "Upgrades need no maintenance window"])
        #expect(file.objectives.first?.metadata.team == nil)
        #expect(!diagnostics.contains { $0.code == .keyResultsUnread })
    }

    @Test("an owner's heading over an OKR cascade stays one objective")
    func cascadeStays() {
        let (file, _) = objectives("""
            # Q4 2026

            ### CEO: Grow incremental ACV according to plan.

            * VPE
              * Support: Achieved 94.5% CSAT across all customer tickets for Q3.
              * Services: 95% on CSAT, 95% on Premium SLAs
            * CMO: Achieve 3x IACV in Q4 pipeline
              * Content: Increase sessions on blog posts. 5% month over month.
              * Content: Measure pipe-to-spend. 10% MoM.
            """)
        #expect(file.objectives.count == 1)
        #expect(file.objectives.first?.title.hasPrefix("Grow incremental ACV") == true)
    }

    @Test("ranked bullets nested under a key result are said, not dropped in silence")
    func nestedRankedBulletsWarned() {
        let (_, diagnostics) = objectives("""
            # OKRs

            ## Q4 2026

            ### Make the service dependable and grow the partner network this quarter

            * Grow a network of partner developers
              * [P0] Identify 20 partners and invite them
              * Notes go here
            * Upgrades need no maintenance window
            """)
        let unread = diagnostics.filter { $0.code == .keyResultsUnread }
        #expect(unread.map(\.location.line) == [8], "\(unread.map(\.message))")
        #expect(unread.first?.message.contains("1 bullet nested under the key result \"Grow a network of partner developers\"") == true)
    }

    // MARK: F5

    @Test("empty headings beside a team section are empty team sections: one warning, no objectives")
    func emptyTeamSections() {
        let (file, diagnostics) = objectives("""
            # Q4 2026 OKRs

            ## Sales

            ## Partner Operations (Finance, Legal)

            ## Engineering

            1. **OBJECTIVE: Make the service dependable**
               - KR: Every alert has a runbook
               - KR: Upgrades need no maintenance window

            ## Marketing
            """)
        #expect(file.objectives.map(\.title) == ["Make the service dependable"])
        #expect(file.objectives.first?.metadata.team == "Engineering")
        let empty = diagnostics.filter { $0.code == .emptyObjective }
        #expect(empty.count == 1)
        #expect(empty.first?.location.line == 3)
        #expect(empty.first?.message == "3 team sections are empty, so they hold no objectives: \"Sales\", \"Partner Operations (Finance, Legal)\", \"Marketing\"")
    }

    @Test("an empty heading beside objective headings stays an objective with its warning")
    func emptyObjectiveBesideObjectives() {
        let (file, diagnostics) = objectives("""
            # Q4 2026

            ## Hiring

            ## Make the service dependable

            - KR: Every alert has a runbook
            """)
        #expect(file.objectives.map(\.title) == ["Hiring", "Make the service dependable"])
        #expect(diagnostics.filter { $0.code == .emptyObjective }.map(\.message) == ["objective \"Hiring\" has no text, metadata or key results"])
    }

    // MARK: F6

    static let slate = """
        # The 2026H2 goal slate

        ## Accepted goals

        | 2026 goal                     | Working towards       | Owner |
        | ----------------------------- | --------------------- | ----- |
        | Publish the partner API guide | Self-serve onboarding | ana   |

        Some notes to highlight:

        * The partner goal has some unfunded elements that are likely out of scope.
        * 

        ## Goals under discussion

        | 2026 goal                | Long-term ambition | Owner |
        | ------------------------ | ------------------ | ----- |
        | Runbooks for every alert | Reliable service   | bo    |
        | Zero-downtime upgrades   |                    | cy    |

        """

    @Test("a goal slate: every row is an objective, notes and an empty bullet are not, status headings name no team")
    func goalSlate() {
        let (file, _) = objectives(Self.slate, path: "objectives/2026H2.md")
        #expect(file.objectives.map(\.title) == ["Publish the partner API guide", "Runbooks for every alert", "Zero-downtime upgrades"])
        #expect(file.objectives.allSatisfy { $0.metadata.team == nil })
    }

    @Test("slate headings are containers", arguments: [
        "Accepted goals", "Top candidate goals", "Goals under discussion", "Goals under review", "Candidate goals", "Proposed goals",
    ])
    func slateHeadings(title: String) {
        #expect(HeadingRole.classify(title, level: 2, year: 2026, config: WorkspaceConfig()) == .container)
    }

    @Test("a Working towards / Long-term ambition cell that names a priority is a declared link")
    func workingTowardsDeclares() {
        let plan = WorkspaceLoader(fileSystem: .memory([
            "/ws/strategy.md": Data(Self.strategy.utf8),
            "/ws/objectives/2026H2.md": Data(Self.slate.utf8),
        ])).load(root: "/ws")
        let byTitle = Dictionary(uniqueKeysWithValues: plan.objectives.map { ($0.title, $0) })
        #expect(byTitle["Publish the partner API guide"]?.resolved.priorities == ["self-serve"])
        #expect(byTitle["Runbooks for every alert"]?.resolved.priorities == ["reliability"])
        #expect(byTitle["Publish the partner API guide"]?.metadata.custom.isEmpty == true)
        #expect(!plan.diagnostics.contains { $0.code == .unresolvedReference })
    }

    @Test("suggest --apply says a table row has no place for a Priorities line")
    func tableRowCannotTakeALine() {
        let result = PrioritiesLineWriter.insert("reliability", forItemAt: 18, in: Self.slate, path: "objectives/2026H2.md")
        #expect(result == .failure(.tableRow(line: 18)))
        if case .failure(let failure) = result { #expect(failure.description.contains("is a table row")) }
    }

    // MARK: F10

    @Test("quarterly goals written in the strategy are said at their heading, with the file they belong in")
    func goalsInStrategy() {
        let result = StrategyParser().parse(read("""
            # Strategy

            ## Goals

            ### Q4 2026

            - [x] Runbooks for every alert
            - [ ] First 10 self-serve signups

            ## Priorities

            1. **Reliable service** - Nothing our customers rely on goes down.
            2. **Self-serve onboarding** - A new customer starts without calling us.

            ## Roadmap

            ### Q1 2027

            - Partner API
            """, path: "strategy.md"))
        #expect(result.strategy.priorities.count == 2)
        let unread = result.diagnostics.filter { $0.code == .unreadObjectives }
        #expect(unread.map(\.location.line) == [5])
        #expect(unread.first?.message == "2 goals under \"Q4 2026\" are not read: the strategy holds the priorities, and objectives are read from objectives/")
        #expect(unread.first?.fix?.contains("objectives/2026-Q4.md") == true)
    }
}
