import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// Plans kept in an Obsidian vault: a note per objective with its properties in front matter, Dataview's inline
/// fields, the Tasks plugin's dates and statuses, a Kanban plugin board as the roadmap, comments and block ids.
@Suite("Obsidian notes read as Obsidian shows them")
struct ObsidianVaultTests: TrialWorkspace {
    let strategy = """
        ---
        tags: [strategy]
        ---
        # Acme Strategy 2027

        ## Priorities

        ### 1. Self-serve growth
        Grow revenue from teams who sign up on their own. ^growth

        ### 2. Reliability
        Never lose or double-charge a payment.

        ### 3. Enterprise readiness
        Meet the security needs of companies with 500 seats. %% revisit after the SOC 2 audit %%
        """

    static let growth = """
        ---
        type: objective
        quarter: 2027-Q1
        owner: "[[Dana Lee]]"
        priority: "[[Strategy#1. Self-serve growth|Self-serve growth]]"
        status: on-track
        tags:
          - okr
        ---

        # Grow self-serve revenue

        ## Key results
        - [ ] Trial-to-paid conversion from 4% to 6% [current:: 5%] [owner:: [[Sam Ortiz]]]
        - [x] Launch the new pricing page ✅ 2027-01-20
        - [ ] Sign 3 self-serve annual plans (current:: 1)
        """

    static let reliability = """
        ---
        quarter: 2027-Q1
        owner: "[[Priya Shah]]"
        priority: [[Reliability]]
        ---

        # Make payments boringly reliable

        ## Key results
        - [ ] Payment success rate from 97.1% to 99.5% [current:: 98.9%] #status/at-risk
        - [/] Move the card vault to the new region 📅 2027-03-15
        - [-] SCIM provisioning ❌ 2027-02-01
        - [ ] SOC 2 Type II report issued 📅 2027-03-31 ⏫ %% ask Lee %%
        """

    @Test("a note's properties are its objective's fields: owner, priority through a wikilink, status")
    func properties() throws {
        let plan = load(["objectives/2027-Q1/Grow self-serve revenue.md": Self.growth,
                         "objectives/2027-Q1/Make payments boringly reliable.md": Self.reliability])
        #expect(plan.errors.isEmpty, "\(plan.diagnostics.map { "\($0.location.line): \($0.message)" })")
        let objectives = plan.objectiveFiles.flatMap(\.objectives).sorted { $0.title < $1.title }
        #expect(objectives.map(\.title) == ["Grow self-serve revenue", "Make payments boringly reliable"])
        #expect(objectives.map(\.metadata.owners) == [["Dana Lee"], ["Priya Shah"]])
        #expect(objectives.map(\.resolved.priorities) == [["self-serve-growth"], ["reliability"]])
        #expect(objectives.map(\.metadata.status) == [.onTrack, nil])
    }

    @Test("front matter's priority, status and due date are fields: status and due only of a file's one objective")
    func frontMatterFields() throws {
        let plan = load([
            "objectives/reliable.md": """
                ---
                quarter: 2027-Q1
                priority: Reliability
                status: at risk
                due: 2027-03-20
                confidence: 0.6
                ---

                # Make payments boringly reliable

                - [ ] Payment success rate from 97.1% to 99.5%, now 98.9%
                """,
            "objectives/2027-Q1-growth.md": """
                ---
                status: draft
                priorities: [Self-serve growth]
                ---

                # Growth OKRs

                ## Grow self-serve revenue
                - [ ] Self-serve ARR from $1.2M to $2M, now $1.5M

                ## Win back churned teams
                - Priority: Enterprise readiness
                - [ ] 20 churned teams back on a paid plan, now 4
                """,
        ])
        #expect(plan.errors.isEmpty, "\(plan.diagnostics.map { "\($0.location.line): \($0.message)" })")
        let objectives = plan.objectiveFiles.flatMap(\.objectives).sorted { $0.title < $1.title }
        #expect(objectives.map(\.title) == ["Grow self-serve revenue", "Make payments boringly reliable", "Win back churned teams"])
        #expect(objectives.map(\.resolved.priorities) == [["self-serve-growth"], ["reliability"], ["enterprise-readiness"]])
        #expect(objectives.map(\.metadata.status) == [nil, .atRisk, nil])
        #expect(objectives.map(\.metadata.due) == [nil, "2027-03-20", nil])
        #expect(objectives[1].metadata.confidence == 0.6)
    }

    @Test("Dataview's inline fields give a key result its current value and owner")
    func inlineFields() throws {
        let plan = load(["objectives/2027-Q1/Grow self-serve revenue.md": Self.growth])
        let keyResults = try #require(plan.objectiveFiles.first?.objectives.first?.keyResults)
        #expect(keyResults.map(\.text) == ["Trial-to-paid conversion from 4% to 6% (current: 5%)", "Launch the new pricing page",
                                           "Sign 3 self-serve annual plans (current: 1)"])
        #expect(keyResults[0].progress == 0.5)
        #expect(keyResults[0].owners == ["Sam Ortiz"])
        #expect(keyResults[1].done)
        #expect(abs((keyResults[2].progress ?? 0) - 1.0 / 3) < 0.01)
    }

    @Test("the Tasks plugin's statuses, dates and tags say how a key result stands; comments are left out")
    func tasks() throws {
        let plan = load(["objectives/2027-Q1/Make payments boringly reliable.md": Self.reliability])
        #expect(plan.errors.isEmpty, "\(plan.diagnostics.map { "\($0.location.line): \($0.message)" })")
        let keyResults = try #require(plan.objectiveFiles.first?.objectives.first?.keyResults)
        #expect(keyResults.map(\.text) == ["Payment success rate from 97.1% to 99.5% (current: 98.9%)", "Move the card vault to the new region",
                                           "SCIM provisioning", "SOC 2 Type II report issued"])
        #expect(keyResults.map(\.status) == [.atRisk, .onTrack, .dropped, nil])
        #expect(abs((keyResults[0].progress ?? 0) - 0.75) < 0.01)
        #expect(keyResults.map(\.location.line) == [10, 11, 12, 13])
        let growth = try #require(plan.strategy?.priorities.first)
        #expect(growth.summary == "Grow revenue from teams who sign up on their own.")
        #expect(plan.strategy?.priorities.last?.summary == "Meet the security needs of companies with 500 seats.")
    }

    @Test("a Kanban board's lanes are lanes, its cards items with their due dates, owners and statuses; its settings are left out")
    func kanban() throws {
        let items = items("""
            ---

            kanban-plugin: board

            ---

            ## Backlog

            - [ ] Usage-based pricing @{2027-05-01}
            - [ ] Audit log export [[Priya Shah]]


            ## In progress

            - [ ] Card vault region move @{2027-03-15}<br>Owner: [[Priya Shah]]
            - [ ] Self-serve checkout redesign


            ## Done

            **Complete**
            - [x] New pricing page @{2027-01-20}




            %% kanban:settings
            ```
            {"kanban-plugin":"board","list-collapse":[false,false,false]}
            ```
            %%
            """)
        #expect(items.map(\.title) == ["Usage-based pricing", "Audit log export Priya Shah", "Card vault region move", "Self-serve checkout redesign",
                                       "New pricing page"])
        #expect(items.map(\.lane) == ["Backlog", "Backlog", "In progress", "In progress", "Done"])
        #expect(items.map(\.metadata.due) == ["2027-05-01", nil, "2027-03-15", nil, "2027-01-20"])
        #expect(items[2].metadata.owners == ["Priya Shah"])
        #expect(items.map(\.metadata.status) == [.notStarted, .notStarted, .onTrack, .onTrack, .done])
    }

    @Test("a note titled Strategy.md is the workspace's strategy")
    func capitalisedStrategy() throws {
        let files = ["Strategy.md": strategy, "objectives/2027-Q1.md": "# Q1 2027\n\n## Ship billing v2\n\n- [ ] Invoices sent on day 1\n"]
        let fileSystem = FileSystem.memory(Dictionary(uniqueKeysWithValues: files.map { ("/ws/" + $0.key, $0.value) }))
        #expect(WorkspaceLoader(fileSystem: fileSystem).findWorkspace(from: "/ws/objectives") == "/ws")
        let plan = WorkspaceLoader(fileSystem: fileSystem).load(root: "/ws")
        #expect(!plan.codes.contains(.missingStrategy))
        #expect(plan.strategy?.priorities.count == 3)
    }

    @Test("text that only looks like Obsidian's stays as written")
    func lookalikes() throws {
        let plan = load(["roadmaps/roadmap.md": """
            # Roadmap

            ## Shipped

            - Faster search ✅ 2026-11-02
            - Checkout conversion 🔼 12% after the redesign
            - Use `std::vector` in the parser [C++]

            ```
            %% not a comment
            ```
            """])
        let items = plan.roadmaps.first?.items ?? []
        #expect(items.map(\.title) == ["Faster search", "Checkout conversion 🔼 12% after the redesign", "Use std::vector in the parser [C++]"])
        #expect(items.first?.metadata.status == .done)
    }
}

/// What the vault's key results showed of every plan's: a start, a target and a labelled current value, and a field
/// as the last sentence after another.
@Suite("A labelled current value after a range, and a status sentence after an owner field")
struct LabelledCurrentTests: TrialWorkspace {
    let strategy = "## Priorities\n\n- **Reliability** {#reliability}\n"

    @Test("`from A to B (current: C)` is the distance covered, as `now C` is", arguments: [
        ("Payment success rate from 97.1% to 99.5% (current: 98.9%)", 0.75),
        ("Payment success rate from 97.1% to 99.5%. Current: 98.9%", 0.75),
        ("Cut p95 latency from 800 ms to 200 ms (actual = 500 ms)", 0.5),
        ("Raise NPS from 30 to 40, current value is 35", 0.5),
    ])
    func labelledCurrent(_ text: String, _ expected: Double) {
        let reading = ProgressReader.read(text, checked: false)
        #expect(reading.source == .range)
        #expect(abs((reading.progress ?? -1) - expected) < 0.001)
    }

    @Test("`— Owner: Sam Ortiz. Status: at risk` names Sam Ortiz, at risk")
    func statusSentence() throws {
        let plan = load(["objectives/2027-Q1.md": """
            # Q1 2027

            ## Make payments reliable
            - [ ] Self-serve ARR from $1.2M to $2M (current is $1.5M) — Owner: Sam Ortiz. Status: at risk
            """])
        let keyResult = try #require(plan.objectiveFiles.first?.objectives.first?.keyResults.first)
        #expect(keyResult.owners == ["Sam Ortiz"])
        #expect(keyResult.status == .atRisk)
        #expect(keyResult.text == "Self-serve ARR from $1.2M to $2M (current is $1.5M)")
    }
}
