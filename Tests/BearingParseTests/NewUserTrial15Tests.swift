import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// What a new user's own workspace showed when tried end to end: an objective's fields lost to one key result's
/// wording, and key-result progress read too high from tables and from a current value written before its start.
@Suite("A new user's trial: fields beside key results, baselines, durations and shares")
struct NewUserTrial15Tests {
    func objectives(_ markdown: String) -> (ObjectivesFile, [Diagnostic]) {
        ObjectivesParser().parse(read(markdown, path: "objectives/2026-Q4.md"))
    }

    func percent(_ text: String) -> Double? {
        ProgressReader.read(text, checked: nil).progress.map { ($0 * 100).rounded() }
    }

    @Test("`- Owner:` fields then `- KR1:` items, a blank line between: the fields are read whatever the key results say")
    func fieldsThenKeyResultItems() throws {
        // CommonMark makes one list of the seven items. "Run three training workshops — 2 done" has seven words
        // (the dash is one), which once tipped the count of fields against the list and lost all three.
        let (file, diagnostics) = objectives("""
            # 2026-Q4

            ## Get 10 more counties using the dashboard

            - Owner: Priya Raman
            - Priority: local-decisions
            - Status: at-risk

            - KR1: Signed agreements with 10 new counties (currently 4)
            - KR2: Weekly active users from 35 to 120, now 61
            - KR3: Run three training workshops — 2 done
            - KR4: Improve the onboarding experience
            """)
        let objective = try #require(file.objectives.first)
        #expect(objective.metadata.owners == ["Priya Raman"])
        #expect(objective.metadata.status == .atRisk)
        #expect(objective.metadata.priorities.map(\.text) == ["local-decisions"])
        #expect(objective.keyResults.count == 4)
        let rising: Double = (61 - 35) / (120 - 35)
        #expect(Array(objective.keyResults.map(\.progress).prefix(2)) == [0.4, rising])
        #expect(!diagnostics.contains { $0.code == .metadataAfterProse })
    }

    @Test("a table's Baseline column is where the measure started: falling targets read, rising ones not from zero")
    func baselineColumn() throws {
        let (file, _) = objectives("""
            # 2026-Q4

            ## Make the model trustworthy

            | Key result | Baseline | Target | Current |
            |---|---|---|---|
            | Median validation error | 1.4 | 0.9 | 1.1 |
            | Counties covered | 1,200 | 3,100 | 2,750 |
            | Data card published | no | yes | yes |
            | Stations validated | 10 | 40 | |
            """)
        let results = try #require(file.objectives.first).keyResults
        let rounded: [Double?] = results.map { result in result.progress.map { ($0 * 1000).rounded() / 1000 } }
        #expect(rounded == [0.6, 0.816, 1, nil])
        #expect(results[2].done, "a target in words that the current cell repeats is met")
    }

    @Test("without a baseline, a current value above a target whose words say lower is better is not read as met")
    func fallingTableWithoutBaseline() throws {
        let (file, _) = objectives("""
            # 2026-Q4

            ## Fix on-call

            | Key result | Target | Current |
            |---|---|---|
            | Median validation error | 0.9 | 1.1 |
            | Signups per week | 100 | 150 |
            """)
        let results = try #require(file.objectives.first).keyResults
        let progress: [Double?] = results.map(\.progress)
        #expect(progress == [nil, 1])
    }

    @Test("a duration that qualifies a share is not its target: `95% … within 15 min — currently 80%` is 84 %")
    func durationBesideShare() {
        #expect(percent("95% of alerts acknowledged within 15 min — currently 80%") == 84)
        #expect(percent("Alerts acknowledged within 15 min: 95% (currently 80%)") == 84)
        // A duration that is the target still falls: met once at or under it, unknown above it without a start.
        #expect(percent("Page load under 300 ms (currently 280 ms)") == 100)
        #expect(percent("Time to restore 1 hour, currently 3 hours") == nil)
    }

    @Test("`(now $3.10, was $4)` and `now 61, up from 35`: the start written after the current value")
    func startAfterCurrent() {
        #expect(percent("Cost per forecast down to $2.50 (now $3.10, was $4)") == 60)
        #expect(percent("Weekly active users to 120 (now 61, up from 35)") == 31)
        #expect(percent("Onboard 12 clinics; 5 done so far") == 42, "no start: a rising target counts from zero")
    }

    @Test("`(owner: @mkhan, priority: open data)` after a title: each field is read, none is an owner named \"priority\"")
    func severalFieldsInParentheses() throws {
        let (file, _) = objectives("""
            # 2026-Q4

            1. **Reduce data pipeline failures** (owner: @mkhan, @jo; priority: open data)
            2. **Publish the county dashboard** (Status: at risk)
            3. **Hire a designer** (owner: Ada)
            """)
        let titles = file.objectives.map(\.title)
        #expect(titles == ["Reduce data pipeline failures", "Publish the county dashboard", "Hire a designer"])
        #expect(file.objectives.first?.metadata.owners == ["mkhan", "jo"])
        #expect(file.objectives.first?.metadata.priorities.map(\.text) == ["open data"])
        #expect(file.objectives.dropFirst().first?.metadata.status == .atRisk)
        #expect(file.objectives.last?.metadata.owners == ["Ada"])
    }

    @Test("a roadmap saved in objectives/ (`## Now`, `## Later`, no quarter) is read as a roadmap, with a warning")
    func roadmapAmongObjectives() throws {
        let plan = loadWorkspace([
            "strategy.md": minimalStrategy,
            "objectives/partnerships-roadmap.md": """
                # Partnerships roadmap

                ## Now

                ### Sign the county data agreement

                ## Later

                - **Open a second regional office.** After the pilot.
                """,
        ])
        #expect(plan.objectiveFiles.flatMap(\.objectives).isEmpty)
        let roadmap = try #require(plan.roadmaps.first)
        #expect(roadmap.items.map(\.title) == ["Sign the county data agreement", "Open a second regional office"])
        let warning = try #require(plan.diagnostics.first { $0.code == .misplacedFile })
        #expect(warning.location.line == 3)
        #expect(!plan.codes.contains(.noQuarter))
    }

    @Test("a file of objectives under lane-like headings that names its quarter stays objectives")
    func objectivesNamedByQuarterStay() {
        let plan = loadWorkspace([
            "strategy.md": minimalStrategy,
            "objectives/2026-Q4.md": "# 2026-Q4\n\n## Now\n\nShip the shared stack.\n\n## Next\n\nGrow memberships.\n",
        ])
        #expect(plan.objectiveFiles.flatMap(\.objectives).map(\.title) == ["Now", "Next"])
        #expect(plan.roadmaps.isEmpty)
    }

    @Test("`Aligns to: Priority 2` and `Pillar #1` name priorities by their position, as `2` and `P1` do")
    func priorityByWordAndNumber() {
        let plan = loadWorkspace([
            "strategy.md": minimalStrategy,
            "objectives/2026-Q4.md": """
                # 2026-Q4

                ## Grow memberships

                Aligns to: Priority 2

                ## Share the stack

                Priority: Pillar #1
                """,
        ])
        let objectives = plan.objectiveFiles.flatMap(\.objectives)
        #expect(objectives.map(\.resolved.priorities) == [["revenue"], ["platform"]])
        #expect(plan.errors.isEmpty)
    }

    @Test("an unclosed `[` in front matter is reported on its own line, not on the line where YAML gave up")
    func unclosedFlowSequenceLine() throws {
        let document = read("---\nquarter: 2026-Q4\nowner: [data team\nteam: platform\n---\n# Q4\n", path: "objectives/q4.md")
        let problem = try #require(document.diagnostics.first { $0.code == .frontMatterInvalid })
        #expect(problem.location.line == 3, "\(problem)")
    }

    @Test("`KR1a:`, `KR1.b:` and `KR-3:` are key-result labels, as `KR1.1:` is: none of those items is lost")
    func letteredAndDashedLabels() throws {
        let (file, _) = objectives("""
            # 2027-Q1

            ## Hit availability

            - KR1.1: Move Postgres primary to multi-AZ — 80%
            - KR1a: Rotate secrets — 30%
            - KR1.b: Retire cron — 40%
            - KR-3: Faster deploys — 10%
            """)
        let results = try #require(file.objectives.first).keyResults
        #expect(results.map(\.text) == ["Move Postgres primary to multi-AZ — 80%", "Rotate secrets — 30%", "Retire cron — 40%", "Faster deploys — 10%"])
        #expect(results.map(\.progress) == [0.8, 0.3, 0.4, 0.1])
        #expect(KeyResultLabel.hasPrefix("KRs: the list below") == false, "a plural is a label for a list, not one key result")
    }

    @Test("a status after the figure (`80% 🟢`, `80% :green_circle:`, `60% (on track)`) leaves the figure readable")
    func statusAfterFigure() {
        #expect(percent("Move Postgres primary to multi-AZ — 80% 🟢") == 80)
        #expect(percent("Move Postgres primary to multi-AZ — 80% :green_circle:") == 80)
        #expect(percent("Collect audit evidence — 60% (on track)") == 60)
        #expect(percent("Hire 2 engineers (at risk)") == nil, "a status after a target is no figure of progress")
    }

    @Test("a file's team (front matter `team:`, a Team field above the objectives) is each objective's team unless it names one")
    func fileTeamIsTheObjectivesTeam() {
        let (file, _) = objectives("""
            ---
            quarter: 2027-Q1
            team: Payments
            ---
            # Payments OKRs

            ## Make the payment run boringly reliable

            ## Launch virtual cards

            Team: Cards
            """)
        #expect(file.objectives.map(\.metadata.team) == ["Payments", "Cards"])
    }

    @Test("pasted from a word processor: bold `Objective N:` lines are objectives, hand-numbered `1\\.` paragraphs their key results")
    func pastedBoldObjectives() throws {
        let (file, _) = objectives(#"""
            # **Integrations Team OKRs — Q1 2027**

            **Team lead:** Sofia Reyes

            **Objective 1: Ship the Business Central connector**

            **Priority:** ERP ecosystem

            **Key results**

            1\. Beta connector live with 5 design partners (currently 4 of 5)

            2\. Connector setup time from 16 to 4 hours, now 9

            **Objective 2: Launch the partner program**

            **Key results**

            1\. Sign 6 implementation partners — 5/6

            2\. Certification course published \- done ✅
            """#)
        #expect(file.objectives.map(\.title) == ["Ship the Business Central connector", "Launch the partner program"])
        let first = try #require(file.objectives.first)
        #expect(first.metadata.priorities.map(\.text) == ["ERP ecosystem"])
        #expect(first.keyResults.map(\.text) == ["Beta connector live with 5 design partners (currently 4 of 5)",
                                                  "Connector setup time from 16 to 4 hours, now 9"])
        #expect(first.keyResults.first?.progress == 0.8)
        #expect(file.objectives.last?.keyResults.map(\.progress) == [5.0 / 6, 1])
    }

    @Test("a bold objective line inside a headed objective stays its text; a lone hand-numbered paragraph stays a paragraph")
    func boldLinesThatAreNotObjectives() {
        let (headed, _) = objectives("# Q1 2027\n\n## Grow revenue\n\n**Objective 2: not a heading here**\n\n- [ ] Sign 4 deals\n")
        #expect(headed.objectives.map(\.title) == ["Grow revenue"])
        let (plain, _) = objectives("# Q1 2027\n\n**Important: read this first**\n\nWe plan by quarter.\n")
        #expect(plain.objectives.map(\.title) != ["read this first"])
        let lone = read("# Q1\n\n1\\. One line that starts with a number.\n\nThen prose.\n").withHandNumberedLists()
        #expect(!lone.blocks.contains { if case .list = $0.kind { true } else { false } }, "one hand-numbered paragraph alone stays a paragraph")
    }

    @Test("`Confidence: 6/10` is a score out of ten (0.6), not an unreadable value")
    func confidenceOutOfTen() {
        let (file, diagnostics) = objectives("# 2026-Q4\n\n## Ship it\n\nConfidence: 6/10\n\n## Grow it\n\nConfidence: 11/10\n")
        #expect(file.objectives.map(\.metadata.confidence) == [0.6, nil])
        #expect(diagnostics.filter { $0.code == .invalidValue }.map(\.location.line) == [9])
    }

    @Test("a sub-priority led by a label that only numbers it (`Objective 1.1: Expand …`) is titled by its words")
    func labelOnlyLeadIn() {
        let strategy = StrategyParser().parse(read("""
            # Strategic Plan 2026–2028

            ## Strategic Goals

            ### Goal 1: Reach more families

            - Objective 1.1: Expand mobile clinic visits to the three rural counties.
            - Objective 1.2: Raise childhood immunization rates in partner clinics.
            - **Access:** Keep clinic hours that working parents can use.
            """, path: "strategy.md"))
        let titles = strategy.strategy.priorities.filter { $0.parent != nil }.map(\.title)
        #expect(titles == ["Expand mobile clinic visits to the three rural counties", "Raise childhood immunization rates in partner clinics", "Access"])
    }

    @Test("`N of M` after a word of state and a preposition is where it stands: `live for 3 of 5 programs` is 60 %")
    func ofAfterState() {
        #expect(percent("Dashboard live for 3 of 5 programs") == 60)
        #expect(percent("Dashboard live in 3 of 5 programs") == 60)
        #expect(percent("Dashboard live at 3 of 5 programs") == 60)
        #expect(percent("Close 3 of 5 pilots") == nil, "after a verb it is a target")
    }
}
