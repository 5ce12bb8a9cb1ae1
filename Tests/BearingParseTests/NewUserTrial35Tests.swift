import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// A new user's thirty-fifth trial: PostHog's handbook team pages (`contents/teams/*/objectives.mdx`), whose teams
/// write their quarter's objectives each in their own shape — folded `<details>` blocks under group headings, bold
/// "Objective N:" lines ending with a `<TeamMember />` tag, deliverables with the person after a dash, a period heading
/// at the objectives' own level.
@Suite("Real planning files: a new user's trial (35)")
struct NewUserTrial35Tests {
    static let strategy = "# Strategy\n\n## Priorities\n\n1. **Product.** Engineers love the product.\n2. **Growth.** Word of mouth.\n"

    /// The content team's page: H2 groups, each objective folded into `<details>` with its `<summary>` as the title and
    /// `**Owner:**` (once as a `mailto:` link) under it.
    static let content = """
        ---
        quarter: 2025-Q4
        ---

        ## Editorial

        <details>
          <summary>2x-ing product comparisons</summary>

        **Owner:** Natalia Amorim

        **Motivation:** Comparisons should be a reliable entry point for search and LLMs.

        **What we'll ship:**

        * Audit and refresh most popular comparisons  
        * Ship missing error tracking comparisons

        **We'll know we're successful when:**

        * Every major competitor has an up-to-date comparison article.

        </details>

        <details>
          <summary>Better high-level messaging</summary>

        **Owner:** [Ian Vanagas](mailto:ian@example.com)

        **What we'll ship:**

        - A marketing handbook page with key messaging

        **We'll know we're successful when:**

        - We hear that messaging back from users

        </details>

        ## Video

        <details>
          <summary>Changelog videos</summary>

        **Owner:** Jordo

        **What we'll ship:**

        * Changelog videos every two weeks

        **We'll know we're successful when**:

        * Consistent engagement on social channels

        </details>

        <details>
        <summary>Click to expand</summary>

        Notes kept for the team.

        </details>
        """

    @Test("`<details>` blocks under group headings are objectives titled by their `<summary>`, each with its own owner (.mdx and .md)")
    func foldedObjectives() throws {
        for path in ["objectives/content.mdx", "objectives/content.md"] {
            let plan = loadWorkspace(["strategy.md": Self.strategy, path: Self.content])
            #expect(plan.objectives.map(\.title) == ["2x-ing product comparisons", "Better high-level messaging", "Changelog videos"],
                    "\(path): \(plan.objectives.map(\.title))")
            #expect(plan.objectives.map(\.metadata.owners) == [["Natalia Amorim"], ["Ian Vanagas"], ["Jordo"]], "\(path)")
            #expect(plan.objectives.map(\.group) == ["Editorial", "Editorial", "Video"], "\(path)")
            #expect(plan.objectives.map(\.keyResults.count) == [2, 1, 1], "\(path)")
            // "Click to expand" names no work: that block stays the text it was.
            #expect(!plan.objectives.contains { $0.title.contains("Click") })
            #expect(plan.errorCount == 0, "\(plan.diagnostics)")
        }
    }

    @Test("a `<details>` line keeps every line where it was: the summary's heading is at its line")
    func foldedLines() throws {
        let document = read(Self.content, path: "objectives/content.md")
        let headings = document.blocks.compactMap { block -> (Int, Int)? in
            if case .heading(let level, _, _) = block.kind { (level, block.line) } else { nil }
        }
        #expect(headings.map(\.0) == [2, 3, 3, 2, 3], "\(headings)")
        #expect(headings.map(\.1) == [5, 8, 26, 40, 43], "\(headings)")
    }

    /// The data team's page: a mission and its list, then the sentence that names the quarter, then bold
    /// "Objective N:" lines whose person tag sits inside the bold, ended by a hard break before their fields.
    static let clickhouse = """
        **Data Team's Mission at PostHog**

        Data Team's mission is to provide a storage and query engine that meets these requirements:
        - Maintain and optimize our current ClickHouse deployment
        - Storage is durable

        In service of this mission, our objectives for Q2 2026 are:

        **Objective 1: Spread load across purpose driven clusters <TeamMember name="Rory Shanks" />**  
        Motivation: One workload scales all others  
        What we will ship:

        * OPs cluster for all observability workloads  
        * Sessions cluster

        **Objective 2: No one customer affects another customer <TeamMember name="Paweł Szczur" />**  
        Motivation: A single expensive customer can affect all others  
        What we will ship:

        * Every single query is tagged
        """

    @Test("bold `Objective N:` lines whose `<TeamMember />` closes the bold are objectives owned by that person, in the quarter the announcing sentence names")
    func boldObjectivesWithPeople() throws {
        let plan = loadWorkspace(["strategy.md": Self.strategy, "objectives/clickhouse.mdx": Self.clickhouse])
        #expect(plan.objectives.map(\.title) == ["Spread load across purpose driven clusters", "No one customer affects another customer"],
                "\(plan.objectives.map(\.title))")
        #expect(plan.objectives.map(\.metadata.owners) == [["Rory Shanks"], ["Paweł Szczur"]])
        #expect(plan.objectives.map(\.keyResults.count) == [2, 1])
        #expect(plan.objectives.map { $0.quarter?.description } == ["2026-Q2", "2026-Q2"])
        #expect(!plan.diagnostics.contains { $0.code == .noQuarter || $0.code == .noObjectives }, "\(plan.diagnostics)")
    }

    @Test("a deliverable ending `– <TeamMember name=… />` is that person's; the name leaves its words")
    func dashedPeople() throws {
        let plan = loadWorkspace(["strategy.md": Self.strategy, "objectives/error-tracking.mdx": """
            ### Q4 2026 objectives

            #### Objective 3: Make bills predictable (Owner: <TeamMember name="Cory Slater" />)

            **Motivation:** Customers should not receive unexpectedly high bills.

            **What we'll ship:**

            - Complete the design for automatic rate limiting – <TeamMember name="Cory Slater" />
            - Define subscription pricing with the APM team – <TeamMember name="Ada Lovelace" /> <TeamMember name="Lin" />
            - Evaluate tags with <TeamMember name="Lin" />
            """])
        let objective = try #require(plan.objectives.first)
        #expect(objective.title == "Make bills predictable")
        #expect(objective.metadata.owners == ["Cory Slater"])
        #expect(objective.keyResults.map(\.text) == ["Complete the design for automatic rate limiting",
                                                     "Define subscription pricing with the APM team", "Evaluate tags with Lin"],
                "\(objective.keyResults.map(\.text))")
        #expect(objective.keyResults.map(\.owners) == [["Cory Slater"], ["Ada Lovelace", "Lin"], []])
    }

    @Test("`### Q4 2024 Objectives` over a paragraph, then `### Objective 1: …` at its level: the period, not an objective")
    func periodHeadingBesideObjectives() throws {
        let (file, diagnostics) = ObjectivesParser().parse(read("""
            ### Q4 2024 Objectives

            This quarter, we're focusing on more feature improvements to help users analyze experiments.

            ### Objective 1: Finish HogQL rewrite

            We will migrate Experiments to HogQL.

            ### Objective 2: Reusable experiment metrics

            We will add metric sets that users can save and reuse.
            """, path: "objectives/experiments.mdx"))
        #expect(file.objectives.map(\.title) == ["Finish HogQL rewrite", "Reusable experiment metrics"], "\(file.objectives.map(\.title))")
        #expect(file.objectives.map { $0.quarter?.description } == ["2024-Q4", "2024-Q4"])
        #expect(!diagnostics.contains { $0.code == .periodHeading }, "\(diagnostics)")
    }

    /// A get-shit-done roadmap kept over several milestones (Kata's `.planning/ROADMAP.md`): each milestone numbers its
    /// phases from 1 again, and shipped milestones are folded into `<details>` blocks of ticked phases.
    static let kata = """
        # Roadmap: Kata

        ## Current Milestone

        ### v1.4.1 Issue Execution (In Progress)

        #### Phase 1: PR → Issue Closure

        **Goal:** All PR-creating workflows properly close their associated GitHub Issues.

        #### Phase 2: Issue Execution Workflow

        **Goal:** Structured execution path when working on an issue.
        **Dependencies:** Phase 1

        ## Planned Milestones

        ### v1.5.0 Phase Management (Planned)

        #### Phase 1: Phase Organization

        **Goal:** Organize phase artifacts into state directories.

        #### Phase 2: Phase Movement

        **Goal:** Enable flexible phase reorganization.
        **Dependencies:** Phase 1

        ## Completed Milestones

        <details>
        <summary>v1.4.0 GitHub Issue Sync — SHIPPED 2026-02-01</summary>

        - [x] Phase 1: Issue Model Foundation (6/6 plans) — completed 2026-01-31
        - [x] Phase 2: GitHub Issue Sync (5/5 plans) — completed 2026-02-01

        </details>

        ## Progress Summary

        | Milestone | Phases | Plans | Status   | Shipped    |
        | --------- | ------ | ----- | -------- | ---------- |
        | v1.4.0    | 2      | 11    | Shipped  | 2026-02-01 |
        | v1.5.0    | 2      | TBD   | Planned  | —          |
        """

    @Test("phases numbered again in each milestone are each their own item; `Dependencies: Phase 1` is the phase of its own milestone")
    func milestonesNumberPhasesAgain() throws {
        let plan = loadWorkspace(["strategy.md": Self.strategy, "roadmaps/ROADMAP.md": Self.kata])
        let items = try #require(plan.roadmaps.first?.items)
        // The progress summary's rows are its milestones, which are the file's groups of phases: they sum the groups up
        // and are no items of their own (session 36: they counted in effort beside the phases).
        #expect(items.map(\.title) == ["PR → Issue Closure", "Issue Execution Workflow", "Phase Organization", "Phase Movement",
                                       "Issue Model Foundation", "GitHub Issue Sync"], "\(items.map(\.title))")
        // The current and planned phases are not done: the shipped milestone's phase 1 and 2 are other work.
        #expect(items.map { $0.metadata.status?.rawValue } == [nil, nil, nil, nil, "done", "done"])
        #expect(items.map(\.group) == ["v1.4.1 Issue Execution (In Progress)", "v1.4.1 Issue Execution (In Progress)",
                                       "v1.5.0 Phase Management (Planned)", "v1.5.0 Phase Management (Planned)",
                                       "v1.4.0 GitHub Issue Sync — SHIPPED 2026-02-01", "v1.4.0 GitHub Issue Sync — SHIPPED 2026-02-01"])
        #expect(items[1].resolved.dependsOn == [items[0].id])
        #expect(items[3].resolved.dependsOn == [items[2].id])
        #expect(plan.errorCount == 0, "\(plan.diagnostics)")
    }
}
