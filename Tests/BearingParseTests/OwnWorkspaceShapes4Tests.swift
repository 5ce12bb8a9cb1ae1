import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// Shapes a new user pastes from their own tools: key-result lines run into prose or into an Obsidian note's fields
/// with no blank line, Confluence's status icons, a key result that names its baseline, and a sheet's RAG column.
@Suite("A new user's own workspace: run-on key results, wiki icons, baselines, RAG columns")
struct OwnWorkspaceShapes4Tests {
    func objectives(_ markdown: String, path: String = "objectives/2027-q1.md") -> (ObjectivesFile, [Diagnostic]) {
        ObjectivesParser().parse(read(markdown, path: path))
    }

    // MARK: Key-result lines inside a paragraph

    @Test("prose then `KR1.1 — …` lines in one paragraph: the lines are key results, and the page draws them as a list")
    func proseThenKeyResultLines() {
        let (file, _) = objectives("""
            # OKRs Q1 2027

            ## O1: Make the product fast

            Latency is the top complaint from customers this year.
            KR1.1 — Cut p95 latency from 800 ms to 300 ms, now 550 ms
            KR1.2 — Page weight from 2 MB to 1 MB, now 1.5 MB
            """)
        let objective = file.objectives.first
        #expect(objective?.keyResults.map(\.progress) == [0.5, 0.5])
        let kinds = objective?.blocks.map { block -> String in
            switch block.kind {
            case .paragraph(let content): "p " + content.plainText
            case .list(_, let items): "list \(items.count) @\(items.first?.line ?? 0)"
            default: "other"
            }
        }
        #expect(kinds == ["p Latency is the top complaint from customers this year.", "list 2 @6"])
    }

    @Test("`KR` lines then a closing sentence in one paragraph: the list, then the sentence, each line where it was")
    func keyResultLinesThenProse() {
        let (file, _) = objectives("""
            # OKRs Q1 2027

            ## O5: Faster builds

            KR5.1 — Cut CI time from 40 min to 10 min, now 25 min
            KR5.2 — Flaky tests from 30 to 0, now 12
            These two matter most; we review them weekly.
            """)
        let objective = file.objectives.first
        #expect(objective?.keyResults.count == 2)
        #expect(objective?.blocks.count == 2)
        if case .list(_, let items)? = objective?.blocks.first?.kind { #expect(items.map(\.line) == [5, 6]) } else { Issue.record("no list") }
        if case .paragraph? = objective?.blocks.last?.kind { #expect(objective?.blocks.last?.line == 7) } else { Issue.record("no paragraph") }
    }

    // MARK: Obsidian fields run into key results

    @Test("`Priority:: growth` and `Owner:: Dana` run straight into `KR4.1:` lines: the fields are metadata, the lines key results")
    func obsidianFieldsThenKeyResults() {
        let (file, diagnostics) = objectives("""
            # OKRs Q1 2027

            ## O4: Hire

            Priority:: growth
            Owner:: Dana
            KR4.1: Hire 3 engineers (now 1)
            KR4.2: Hire 2 designers (now 1)
            """)
        let objective = file.objectives.first
        #expect(objective?.metadata.priorities.map(\.text) == ["growth"])
        #expect(objective?.metadata.owners == ["Dana"])
        #expect(objective?.keyResults.map(\.text) == ["Hire 3 engineers (now 1)", "Hire 2 designers (now 1)"])
        #expect(!diagnostics.contains { $0.code == .metadataAfterProse })
        // The fields are not shown again as prose above the key results.
        #expect(objective?.blocks.count == 1)
    }

    // MARK: Confluence icons

    @Test("Confluence's `(/)`, `(!)`, `(x)` in a key result are shown as the symbols they stand for, not as markup")
    func wikiIcons() {
        let (file, _) = objectives("""
            # OKRs Q1 2027

            ## O2: Keep the platform up

            - KR2.1: (/) Migrate all services to the new cluster
            - KR2.2: (!) Pager load under 5 pages a week
            - KR2.3: Retire the old cluster (x)
            """)
        let results = file.objectives.first?.keyResults ?? []
        #expect(results.map(\.text) == ["Migrate all services to the new cluster", "⚠️ Pager load under 5 pages a week", "Retire the old cluster ❌"])
        #expect(results.first?.done == true)
        #expect(Status.showingWikiIcons("Multiply f(x) by (x)") == "Multiply f(x) by ❌")
        #expect(Status.showingWikiIcons("see (x)-axis") == "see (x)-axis")
    }

    @Test("a task box after the label (`KR3.1: [x] Launch …`) is the key result's box")
    func boxAfterLabel() {
        let (file, _) = objectives("# OKRs Q1 2027\n\n## Grow revenue\n\n- KR3.1: [x] Launch the team plan\n- KR3.2: [ ] Sign 40 new teams\n")
        let results = file.objectives.first?.keyResults ?? []
        #expect(results.map(\.text) == ["Launch the team plan", "Sign 40 new teams"])
        #expect(results.map(\.done) == [true, false])
        #expect(results.first?.progress == 1)
    }

    // MARK: Baselines

    @Test("'baseline 450 ms' and 'Baseline: 10' are where the measure started: the target counts from them")
    func baseline() {
        let falling = ProgressReader.read("p95 latency 300 ms (baseline 450 ms, now 380 ms)", checked: nil)
        #expect(abs((falling.progress ?? -1) - 70.0 / 150.0) < 0.0001)
        #expect(falling.source == .range)
        #expect(ProgressReader.read("Reach 40 paying teams. Baseline: 10. Now 25", checked: nil).progress == 0.5)
        #expect(ProgressReader.read("NPS to 50 (starting value 30, currently 40)", checked: nil).progress == 0.5)
        // "2 MB to 1 MB, now 1.5 MB": the figure before "to" is the start, as after "from"; a lone "to 10k" is a target.
        #expect(ProgressReader.read("Page weight 2 MB to 1 MB, now 1.5 MB", checked: nil).progress == 0.5)
        #expect(ProgressReader.read("Grow MAU to 10k (currently 4k)", checked: nil).progress == 0.4)
        // Without a current value the baseline alone says nothing about progress.
        #expect(ProgressReader.read("p95 latency 300 ms (baseline 450 ms)", checked: nil).progress == nil)
    }

    // MARK: A sheet's RAG column

    @Test("a RAG column (Red/Amber/Green, 🔴🟠🟢) is the objective's status when nothing else gives one")
    func ragColumn() {
        let (file, _) = objectives("""
            # OKRs Q2 2027

            | Objective | Owner | Status | RAG |
            |---|---|---|---|
            | Ship the mobile app | Ana | | Amber |
            | Open the EU region | Ben | | 🔴 |
            | Launch partner program | Cy | | Green |
            | Hire a designer | Dee | Done | Red |
            """, path: "objectives/2027-q2.md")
        #expect(file.objectives.map(\.metadata.status) == [.atRisk, .offTrack, .onTrack, .done])
        // A RAG beside a written status is kept, not dropped.
        #expect(file.objectives.last?.metadata.custom.map(\.key) == ["RAG"])
    }

    // MARK: Objectives named by their label

    @Test("`Objectives: O1, O2` on a roadmap item names the objectives labelled so in its quarter; a label two fit is an error")
    func objectiveLabels() {
        let plan = loadWorkspace([
            "strategy.md": minimalStrategy,
            "objectives/2027-q1.md": "# OKRs Q1 2027\n\n## O1: Make the product fast\n\nServes: platform\n\n## O2: Keep the platform up\n\nServes: ops\n",
            "objectives/2027-q2.md": "# OKRs Q2 2027\n\n## O1: Open the EU region\n\nServes: revenue\n",
            "roadmaps/2027.md": """
                # Roadmap 2027

                ## Q1 2027

                ### Edge cache

                Objectives: O1, O2

                ## Q2 2027

                ### EU data centre

                Objectives: O1

                ## Later

                ### Billing v2

                Objectives: O1
                """,
        ])
        let items = Dictionary(uniqueKeysWithValues: plan.roadmaps.flatMap(\.items).map { ($0.title, $0.resolved.objectives) })
        #expect(items["Edge cache"] == ["2027-q1/make-the-product-fast", "2027-q1/keep-the-platform-up"])
        #expect(items["EU data centre"] == ["2027-q2/open-the-eu-region"])
        #expect(items["Billing v2"] == [])
        let ambiguous = plan.diagnostics.filter { $0.code == .ambiguousReference }
        #expect(ambiguous.count == 1)
        #expect(ambiguous.first?.message.contains("`O1` is the label of 2") == true)
        #expect(ambiguous.first?.location.line == 19)
        #expect(!plan.diagnostics.contains { $0.code == .unresolvedReference })
    }
}
