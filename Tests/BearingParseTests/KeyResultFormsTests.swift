import Testing
@testable import BearingModel
@testable import BearingParse

/// Key results as real teams write them (issue 13, requirement 2), and lists that are not key results.
@Suite("Key-result forms")
struct KeyResultFormsTests {
    func parse(_ text: String, ignore: [String] = []) -> (ObjectivesFile, [Diagnostic]) {
        var config = WorkspaceConfig()
        config.ignoreHeadings = ignore
        return ObjectivesParser(config: config).parse(read(text, path: "objectives/2026-Q3.md"))
    }

    func texts(_ objective: Objective) -> [String] { objective.keyResults.map(\.text) }

    @Test("plain bullets after a key-results label: bold, plain, with a colon, KRs, measures of success, success metrics",
          arguments: ["**Key results**", "Key Results:", "**Key results:**", "KRs:", "Measures of success", "Success metrics:", "🎯 Key results"])
    func labelParagraph(_ label: String) {
        let (file, _) = parse("## Grow the community\n\nWe want more members.\n\n\(label)\n\n- Reach 40 paying members, now 12\n- Launch the forum\n\nClosing prose.\n\n- After prose\n")
        let objective = file.objectives[0]
        #expect(texts(objective) == ["Reach 40 paying members, now 12", "Launch the forum"])
        #expect(objective.keyResults[0].progress == 0.3)
        #expect(objective.keyResults[1].progress == nil)
    }

    @Test("a key-results heading (H3–H5) makes its bullets key results and is not an initiative", arguments: ["###", "####", "#####"])
    func labelHeading(_ hashes: String) {
        let (file, _) = parse("## Grow\n\n\(hashes) Key results\n\n- Reach 40 paying members => 50%\n1. Renewals: 31 of 48\n")
        let objective = file.objectives[0]
        #expect(texts(objective) == ["Reach 40 paying members => 50%", "Renewals: 31 of 48"])
        #expect(objective.keyResults.map(\.progress) == [0.5, 31.0 / 48])
        #expect(!objective.initiatives.contains { $0.title == "Key results" })
    }

    @Test("items that start with a key-result label, at any depth: GitLab's cascade")
    func prefixes() {
        let (file, _) = parse("""
            ## 1. CEO: IACV

            1. **CEO KR:** Automate Dedicated => DONE
            1. CEO KR: Close 3 of 5 pilots: 1 so far
                1. **CRO: Build strong FY21 pipeline.**
                    1. CRO KR: Onboard 12 clinics; 5 done so far ==> 40%
                    1. Not a key result, just a note
            - KR: Cut churn
            - KR1: First
            - KR 1.2 - Second
            - Key result: Third
            - Key Result 4: Fourth
            - VP Field Ops KR: Fifth
            - KRAKEN: not a label
            """)
        let objective = file.objectives[0]
        #expect(texts(objective).count == 9, "\(texts(objective))")
        #expect(objective.keyResults[0].progress == 1 && objective.keyResults[0].progressSource == .result)
        #expect(objective.keyResults[1].progress.map { abs($0 - 1.0 / 3) < 1e-9 } == true)
        #expect(objective.keyResults[2].progress == 0.4)
        #expect(!texts(objective).contains { $0.contains("KRAKEN") || $0.contains("just a note") })
    }

    @Test("\"Key results:\" as a list item of its own makes its nested items key results")
    func labelItem() {
        let (file, _) = parse("## Grow\n\n- Owner: Ada\n- Key results:\n  - Reach 40 members\n  - Launch the forum\n- A note\n")
        #expect(texts(file.objectives[0]) == ["Reach 40 members", "Launch the forum"])
    }

    @Test("nested bullets under a list-item objective: every child but metadata and checklists")
    func childrenOfListItem() throws {
        let document = read("""
            1. **Objective: Grow the community**
               - Owner: Ada
               - Reach 40 paying members, now 12
               - [x] Launch the forum
               - Tasks:
                 - [ ] Book the venue
            """)
        guard case .list(_, let items)? = document.blocks.first?.kind else { Issue.record("no list"); return }
        var diagnostics = DiagnosticBag(path: "x.md")
        let results = KeyResultCollector(path: "x.md").collect(childrenOf: items[0], diagnostics: &diagnostics)
        #expect(results.map(\.text) == ["Reach 40 paying members, now 12", "Launch the forum"])
        #expect(results.map(\.progress) == [0.3, 1])
    }

    @Test("a checklist is not key results: task items under Tasks / Next actions / Done when grade nothing",
          arguments: ["**Tasks**", "Next actions:", "Definition of done:", "Done when:", "### Checklist", "#### Next steps"])
    func checklists(_ label: String) {
        let (file, diagnostics) = parse("## Ship the forum\n\nProse.\n\n\(label)\n\n- [x] Pick the software\n- [ ] Migrate the list\n")
        #expect(file.objectives[0].keyResults.isEmpty)
        #expect(diagnostics.isEmpty)
    }

    @Test("plain bullets without a label are prose, not key results")
    func proseBullets() {
        let (file, _) = parse("## Grow\n\nWhy:\n\n- Members fund the hubs\n- 24/7 support matters\n")
        #expect(file.objectives[0].keyResults.isEmpty)
    }

    @Test("key results outside any objective are warned about, a to-do list in the introduction is not")
    func unattached() {
        let (_, diagnostics) = parse("# Q3\n\nKey results:\n\n- Reach 40 members\n\n- [ ] Book the offsite\n\n## Grow\n\nText.\n")
        #expect(diagnostics.filter { $0.code == .keyResultsUnread }.map(\.location.line) == [5])
        let (_, quiet) = parse("# Q3\n\n- [ ] Book the offsite\n\n## Grow\n\nText.\n")
        #expect(quiet.isEmpty)
        let (_, ignored) = parse("## Notes\n\n- KR: Reach 40 members\n\n## Grow\n\nText.\n", ignore: ["Notes"])
        #expect(ignored.contains { $0.code == .keyResultsUnread })
    }

    @Test("a key-results label with prose after it is warned about; with a table after it, the table's rows are read")
    func labelWithoutList() {
        let (prose, warned) = parse("## Grow\n\n**Key results**\n\nWe will grow the forum.\n")
        #expect(prose.objectives[0].keyResults.isEmpty)
        #expect(warned.map(\.code) == [.keyResultsUnread])
        #expect(warned.first?.location.line == 3)
        let (file, diagnostics) = parse("## Grow\n\n**Key results**\n\n| KR | Status |\n|---|---|\n| Reach 40 | On target |\n")
        #expect(file.objectives[0].keyResults.map(\.text) == ["Reach 40"])
        // "Reach 40" states a target and no current value, in a cell as in a bullet: "On target" says how it goes, not how far.
        #expect(diagnostics.map(\.code) == [.progressUnread])
    }

    @Test("`- [ ]Text` is read as a task item and warned about")
    func gluedBox() {
        let (file, diagnostics) = parse("## Grow\n\n- [ ]Launch the forum\n- [x]Pick the software\n")
        #expect(texts(file.objectives[0]) == ["Launch the forum", "Pick the software"])
        #expect(file.objectives[0].keyResults.map(\.done) == [false, true])
        #expect(diagnostics.filter { $0.code == .taskMarkerSpace }.count == 2)
    }

    @Test("a target without a current value is unknown and warned; checked, it is done; the grade leaves it out")
    func targetOnly() {
        let (file, diagnostics) = parse("## Hire\n\n- [ ] Hire 2 engineers\n- [x] Hire 2 designers\n- [ ] Uptime 99.9%\n- [ ] 24/7 support coverage\n")
        let results = file.objectives[0].keyResults
        #expect(results.map(\.progress) == [nil, 1, nil, 0])
        #expect(diagnostics.filter { $0.code == .progressUnread }.map(\.location.line) == [3, 5])
    }
}

extension KeyResultFormsTests {
    @Test("an objective headed Timeline or Tasks is a checklist; a key-result table's rows are key results")
    func checklistObjectiveAndTable() {
        let (file, _) = parse("## Timeline\n\n### 2024\n\n- [x] Q1 Focus\n    - [ ] OTEP Approval\n")
        #expect(file.objectives[0].keyResults.isEmpty)
        let (table, diagnostics) = parse("## O1\n\n| **Objective #1: Grow** | |\n|-|-|\n| **KR1.1**: Reach 40 | On Target |\n")
        #expect(table.objectives[0].keyResults.count == 1)
        #expect(diagnostics.map(\.code) == [.progressUnread])
    }
}

extension KeyResultFormsTests {
    @Test("a bold \"Objective 1:\" paragraph is an objective and the list after it its key results; a list of \"KR1:\" items alone is never objectives")
    func keyResultListIsNotObjectives() {
        let (file, diagnostics) = parse("""
            # Q1 2026 OKRs

            **Objective 1: Ship the public API**

            - KR1: 3 of 5 partners live
            - KR2: Docs for every endpoint

            **Grow contributors**
            - 10 new contributors, 4 so far
            """)
        #expect(file.objectives.map(\.title) == ["Ship the public API", "Grow contributors"])
        #expect(file.objectives.map { $0.keyResults.map(\.progress) } == [[0.6, nil], [0.4]])
        #expect(!diagnostics.contains { $0.code == .keyResultsUnread })
        let (alone, warned) = parse("# Q1 2026 OKRs\n\nSome prose.\n\n- KR1: 3 of 5 partners live\n- KR2: Docs for every endpoint\n")
        #expect(alone.objectives.isEmpty)
        #expect(warned.contains { $0.code == .keyResultsUnread && $0.location.line == 5 })
        // Objectives listed under the same heading are still read.
        #expect(parse("# Q1 2026 OKRs\n\n- Ship the public API\n- Cut support load\n").0.objectives.count == 2)
    }
}

extension KeyResultFormsTests {
    @Test("a heading that starts with a key-result label is one key result, its Progress or Current and Target bullets its figures")
    func keyResultHeadings() {
        let (file, diagnostics) = parse("""
            ## Objective 1: Delight developers

            ### Key Result 1.1: Time to first API call from 30 to 5 minutes
            - **Target:** 5 minutes
            - **Progress:** 70% 🟡
            - **Owner:** Kim

            #### KR 1.2: Paying SDK teams
            - Target: 40
            - Current: 10

            ### KR 1.3: Satisfaction above 8
            - Status: ✅

            ### Docs rewrite
            - Owner: Lee
            """)
        let objective = file.objectives[0]
        // The label and its number are how the template marks a key result, not its words (`KeyResultLabel.strippingLabel`).
        #expect(texts(objective) == ["Time to first API call from 30 to 5 minutes", "Paying SDK teams", "Satisfaction above 8"])
        #expect(objective.keyResults.map(\.progress) == [0.7, 0.25, 1])
        #expect(objective.keyResults.map(\.done) == [false, false, true])
        #expect(objective.initiatives.map(\.title) == ["Docs rewrite"])
        #expect(diagnostics.filter { $0.code == .progressUnread }.isEmpty)
    }

    @Test("a key-result table with Target and Actual columns reads progress as the actual value against the target")
    func targetAndActualColumns() {
        let (file, _) = parse("""
            ## Make deploys boring

            | Key Result | Target | Actual | Status |
            |---|---|---|---|
            | KR 1.1: Deploys per week without incident | 20 | 14 | On Track |
            | KR 1.2: Signed contracts | 3 | | At Risk |
            """)
        #expect(file.objectives[0].keyResults.map(\.progress) == [0.7, nil])
    }
}

@Suite("Key-result headings from OKR templates, their figures")
struct KeyResultHeadingFiguresTests {
    @Test("a status symbol before the Progress figure, a Baseline bullet, and a heading's own start are read")
    func symbolFirstAndStarts() {
        let (file, diagnostics) = KeyResultFormsTests().parse("""
            ## Objective 2: Make the platform boringly reliable

            ### Key Result 2.1: Cut first-response time
            - **Progress:** 🔴 30%

            ### Key Result 2.2: Cut median support first-response time from 6h to 1h
            - **Target:** 1 hour
            - **Current:** 2.5 hours

            ### Key Result 2.3: Error rate
            - **Baseline:** 4%
            - **Target:** 1%
            - **Current:** 2.5%
            """)
        // 2.2: from 6 to 1, now 2.5 is 0.7 of the way; without the start a falling target is unknown.
        #expect(file.objectives[0].keyResults.map(\.progress) == [0.3, 0.7, 0.5])
        #expect(diagnostics.filter { $0.code == .progressUnread }.isEmpty)
    }
}
