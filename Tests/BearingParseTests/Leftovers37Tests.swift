import BearingModel
@testable import BearingParse
import Testing

/// Session 36's leftovers, each in the shape the tool that writes it gives: Notion's Markdown export of related OKR
/// databases and of a Roadmap database, pandoc's tables from Word and Google Docs, hand-written objectives files.
@Suite("session 36's leftovers: Notion relations and dates, pandoc tables, lone measures, rank codes")
struct Leftovers37Tests: TrialWorkspace {
    let strategy = """
        # Strategy

        ## Priorities

        1. **Self-serve growth**: sign up and see value in a day.
        2. **Enterprise reliability**: dashboards load fast and never lose data.
        """

    static let objectives = "objectives/OKRs 5e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b/Objectives 1a2b3c4d5e6f708192a3b4c5d6e7f809"
    static let keyResults = "objectives/OKRs 5e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b/Key Results 2b3c4d5e6f708192a3b4c5d6e7f8091a"
    static let growPath = "../Objectives%201a2b3c4d5e6f708192a3b4c5d6e7f809/Grow%20self-serve%20revenue%200a1b2c3d4e5f60718293a4b5c6d7e8f1.md"
    static let winPath = "../Objectives%201a2b3c4d5e6f708192a3b4c5d6e7f809/Win%20enterprise%20accounts%200a1b2c3d4e5f60718293a4b5c6d7e8f2.md"
    static let dealsPath = "../Key%20Results%202b3c4d5e6f708192a3b4c5d6e7f8091a/Close%2010%20expansion%20deals%201b2c3d4e5f60718293a4b5c6d7e8f90c.md"
    static let socPath = "../Key%20Results%202b3c4d5e6f708192a3b4c5d6e7f8091a/SOC%202%20report%20signed%201b2c3d4e5f60718293a4b5c6d7e8f90d.md"

    /// Two objectives' pages that both name the expansion deals' page in their relation, as Notion shows a key result
    /// related to both.
    static var sharedKeyResult: [String: String] {
        [
            objectives + "/Grow self-serve revenue 0a1b2c3d4e5f60718293a4b5c6d7e8f1.md": """
                # Grow self-serve revenue

                Key Results: Close 10 expansion deals (\(dealsPath))
                Owner: Priya Raman
                Quarter: Q1 2027
                """,
            objectives + "/Win enterprise accounts 0a1b2c3d4e5f60718293a4b5c6d7e8f2.md": """
                # Win enterprise accounts

                Key Results: Close 10 expansion deals (\(dealsPath)), SOC 2 report signed (\(socPath))
                Owner: Sam Okafor
                Quarter: Q1 2027
                """,
            keyResults + "/Close 10 expansion deals 1b2c3d4e5f60718293a4b5c6d7e8f90c.md": """
                # Close 10 expansion deals

                Objective: Grow self-serve revenue (\(growPath)), Win enterprise accounts (\(winPath))
                Current Value: 4
                Target Value: 10
                Owner: Sam Okafor
                """,
            // Its objective first among its properties, and nothing Bearing knows after it but figures.
            keyResults + "/SOC 2 report signed 1b2c3d4e5f60718293a4b5c6d7e8f90d.md": """
                # SOC 2 report signed

                Objective: Win enterprise accounts (\(winPath))
                Current Value: 0
                Target Value: 1
                """,
        ]
    }

    @Test("a key result's page related to two objectives is a key result of each, with its figures; no objective of its own")
    func keyResultOfTwoObjectives() throws {
        let plan = load(Self.sharedKeyResult)
        #expect(plan.diagnostics.filter { $0.severity != .note }.isEmpty, "\(plan.diagnostics.map { "\($0.location.line): \($0.message)" })")
        let objectives = plan.objectiveFiles.flatMap(\.objectives)
        #expect(objectives.map(\.title) == ["Grow self-serve revenue", "Win enterprise accounts"])
        #expect(objectives.map { $0.keyResults.map(\.text) } == [["Close 10 expansion deals"], ["Close 10 expansion deals", "SOC 2 report signed"]])
        #expect(objectives.map { $0.keyResults.first?.progress } == [0.4, 0.4])
        #expect(objectives.map { $0.keyResults.first?.owners } == [["Sam Okafor"], ["Sam Okafor"]])
        #expect(objectives[1].keyResults.last?.figures?.target == "1")
    }

    @Test("a key result's page related to two objectives, one of them not exported, is under the other and says so")
    func keyResultOfTwoObjectivesOneMissing() throws {
        var files = Self.sharedKeyResult
        files.removeValue(forKey: Self.objectives + "/Grow self-serve revenue 0a1b2c3d4e5f60718293a4b5c6d7e8f1.md")
        let plan = load(files)
        let objectives = plan.objectiveFiles.flatMap(\.objectives)
        #expect(objectives.map(\.title) == ["Win enterprise accounts"])
        #expect(objectives.first?.keyResults.map(\.progress) == [0.4, 0])
        let warning = try #require(plan.diagnostics.first { $0.code == .unresolvedReference })
        #expect(warning.message.contains("\"Grow self-serve revenue\"") && warning.message.contains("other objectives only"), "\(warning.message)")
        #expect(warning.location.line == 3)
        #expect(plan.errors.isEmpty)
    }

    @Test("pages without Notion's ids: a key result's page whose first property relates it to its objective is that key result")
    func keyResultPageWithoutIDs() throws {
        let plan = load([
            "objectives/okrs/Reliability.md": """
                # Be reliable

                Key Results: p95 load under 1 s (p95.md)
                Quarter: Q1 2027
                """,
            "objectives/okrs/p95.md": """
                # p95 load under 1 s

                Objective: Be reliable (Reliability.md)
                Current Value: 2.1
                Start Value: 3.2
                Target Value: 1
                """,
        ])
        #expect(plan.errors.isEmpty, "\(plan.errors.map(\.message))")
        let objectives = plan.objectiveFiles.flatMap(\.objectives)
        #expect(objectives.map(\.title) == ["Be reliable"])
        #expect(objectives.first?.keyResults.map(\.text) == ["p95 load under 1 s"])
        #expect(objectives.first?.keyResults.first?.progress.map { abs($0 - 0.5) < 0.001 } == true)
    }

    @Test("an `Objective: …` line that names no page is still an objective's label")
    func objectiveLabelStays() throws {
        let plan = load(["objectives/2027-Q1.md": """
            # Plan for Q1 2027

            Objective: Be reliable
            Current Value: 2.1
            """])
        #expect(plan.objectiveFiles.flatMap(\.objectives).map(\.title) == ["Be reliable"])
    }

    @Test("an impossible day in a Notion Date range, a Due or a Start field is a warning at its place, not kept unsaid")
    func impossibleDays() throws {
        let folder = "roadmaps/Roadmap 9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d"
        let plan = load([
            folder + "/Guided onboarding 1a2b3c4d5e6f708192a3b4c5d6e7f801.md": """
                # Guided onboarding

                Assign: Dana Lee
                Date: February 30, 2027 → March 20, 2027
                Quarter: Q1 2027
                """,
            folder + "/SSO for enterprise 1a2b3c4d5e6f708192a3b4c5d6e7f802.md": """
                # SSO for enterprise

                Assign: Sam Okafor
                Date: 2027/02/01 → 2027/13/40
                Quarter: Q1 2027
                """,
            "roadmaps/platform.md": """
                # Platform

                ## Now

                ### Billing v2

                Start: 2027-02-30
                Due: 31 April 2027

                ### Query cache

                Start: March 1, 2027
                Due: March 31, 2027
                """,
        ])
        let warnings = plan.diagnostics.filter { $0.code == .invalidValue }
            .map { "\($0.location.path.split(separator: "/").last ?? ""):\($0.location.line):\($0.location.column) \($0.message)" }
        #expect(warnings == [
            "Guided onboarding 1a2b3c4d5e6f708192a3b4c5d6e7f801.md:4:7 start date `February 30, 2027` is not a day of the calendar: February 2027 has no day 30",
            "SSO for enterprise 1a2b3c4d5e6f708192a3b4c5d6e7f802.md:4:20 due date `2027/13/40` is not a day of the calendar: there is no month 13",
            "platform.md:7:8 start date `2027-02-30` is not a day of the calendar: February 2027 has no day 30",
            "platform.md:8:6 due date `31 April 2027` is not a day of the calendar: April 2027 has no day 31",
        ], "\(warnings)")
        // Kept as written: the warning says what to correct.
        #expect(plan.roadmaps.flatMap(\.items).first { $0.title == "Guided onboarding" }?.metadata.due == "March 20, 2027")
    }

    @Test("a Google Docs table pandoc writes with no header row: its first row names the columns, so it is the header")
    func headerlessPandocTable() throws {
        // `pandoc plan.docx -o plan.md` of a table whose first row is not marked as a header (pandoc 2.17).
        let plan = load(["objectives/2027-Q1.md": """
            # Q1 2027 OKRs

            ## Grow self-serve revenue

            Owner: Priya

              ----------------- ----------------- ----------------- -----------------
              Key result        Start             Target            Current

              MRR               40000             60000             48000

              Self-serve        0                 100               30
              upgrades                                              
              ----------------- ----------------- ----------------- -----------------

            ## Make dashboards fast

              ----------------------- ---------- ----------
              Key result              Target     Current
              p95 load in seconds     1          2
              ----------------------- ---------- ----------
            """])
        let objectives = plan.objectiveFiles.flatMap(\.objectives)
        #expect(objectives.map { $0.keyResults.map(\.text) } == [["MRR", "Self-serve upgrades"], ["p95 load in seconds"]])
        #expect(objectives[0].keyResults.map(\.progress) == [0.4, 0.3])
        #expect(objectives[0].keyResults.map(\.location.line) == [10, 12])
    }

    @Test("a headerless table whose first row is data stays as it was")
    func headerlessDataTable() throws {
        let document = MarkdownReader().read("""
            # Notes

            ------------ ---------
            Shopify v2   Q1 2026

            Billing      Q2 2026
            ------------ ---------
            """, path: "roadmaps/r.md")
        #expect(!document.blocks.contains { if case .table = $0.kind { true } else { false } })
    }

    @Test("a table `pandoc -t markdown` writes under a list item is read there")
    func pandocTableInListItem() throws {
        let plan = load(["objectives/2027-Q1.md": """
            # Q1 2027 OKRs

            ## Grow self-serve revenue

            -   Owner: Priya

            -   Key results:

                  Key result            Target   Current
                  --------------------- -------- ---------
                  MRR to \\$60k          60000    48000
                  Self-serve upgrades   100      30
            """])
        let objective = try #require(plan.objectiveFiles.flatMap(\.objectives).first)
        #expect(objective.keyResults.map(\.text) == ["MRR to $60k", "Self-serve upgrades"])
        #expect(objective.keyResults.map(\.progress) == [0.8, 0.3])
        #expect(objective.keyResults.map { [$0.location.line, $0.location.column] } == [[11, 7], [12, 7]])
    }

    @Test("one bullet under an objective that says where its measure stands is its key result, in a file that names no OKRs")
    func loneMeasuredBullet() throws {
        let plan = load(["objectives/2027-Q1.md": """
            # Plan for Q1 2027

            ## Refresh the docs

            Owner: Dana

            - Docs cover 30 topics, now 12

            ## Hire a support lead

            - Ask the community who they would want
            """])
        let objectives = plan.objectiveFiles.flatMap(\.objectives)
        #expect(objectives.map { $0.keyResults.map(\.text) } == [["Docs cover 30 topics, now 12"], []])
        #expect(objectives.first?.keyResults.first?.progress == 0.4)
    }

    @Test("`## Alice: Ship the new editor` is Alice's objective when bearing.yml's people: names her; an area before a colon is not")
    func personBeforeColon() throws {
        let file = """
            # Q1 2027 objectives

            ## Alice: Ship the new editor

            - Editor used by 40 of 100 pilot teams

            ## Search: Better ranking

            - Click-through from 20% to 30%, now 24%

            ## Bob Chen: Cut page load time

            Owner: Dana

            - p95 from 3 s to 1 s, now 2 s
            """
        let plan = load(["bearing.yml": "people:\n  Alice Wong: [Alice]\n  Bob Chen: []\n", "objectives/2027-Q1.md": file])
        let objectives = plan.objectiveFiles.flatMap(\.objectives)
        #expect(objectives.map(\.title) == ["Ship the new editor", "Search: Better ranking", "Cut page load time"])
        #expect(objectives.map(\.metadata.owners) == [["Alice Wong"], [], ["Dana"]])
        // The id the heading's words made still names it.
        #expect(objectives.first?.aliases.contains("2027-q1/alice-ship-the-new-editor") == true, "\(objectives.first?.aliases ?? [])")
        // Without `people:`, a name cannot be told from an area: the heading is the title, as written.
        let unnamed = load(["objectives/2027-Q1.md": file]).objectiveFiles.flatMap(\.objectives)
        #expect(unnamed.map(\.title) == ["Alice: Ship the new editor", "Search: Better ranking", "Bob Chen: Cut page load time"])
        #expect(unnamed.map(\.metadata.owners) == [[], [], ["Dana"]])
    }

    @Test("the P0 rank warning names only the file's other `Priority:` codes, not a `Priorities: p1` that links")
    func rankWarningNamesRankFieldsOnly() throws {
        let plan = loadWorkspace([
            "strategy.md": "# Strategy\n\n## Priorities\n\n### Self-serve growth {#p1}\n\nSign up fast.\n\n### Enterprise reliability {#p2}\n\nNo data lost.\n",
            "objectives/2027-Q1.md": """
                # Q1 2027 objectives

                ## Fix the login outage

                Priority: P0

                ## Grow self-serve revenue

                Priorities: p1

                ## Make dashboards fast

                Priority: P2
                """,
        ])
        let warning = try #require(plan.diagnostics.first { $0.code == .priorityRanks })
        #expect(warning.message.contains("this file's `P2` still names"), "\(warning.message)")
        #expect(!warning.message.contains("`P1`"), "\(warning.message)")
        // Only a `Priorities: p1` beside the P0: nothing else to name.
        let linked = loadWorkspace([
            "strategy.md": "# Strategy\n\n## Priorities\n\n### Self-serve growth {#p1}\n\nSign up fast.\n",
            "objectives/2027-Q1.md": "# Q1 2027\n\n## Fix the login outage\n\nPriority: P0\n\n## Grow revenue\n\nPriorities: p1\n",
        ])
        let alone = try #require(linked.diagnostics.first { $0.code == .priorityRanks })
        #expect(!alone.message.contains("still name"), "\(alone.message)")
        #expect(linked.objectiveFiles.flatMap(\.objectives).last?.resolved.priorities == ["p1"])
    }
}
