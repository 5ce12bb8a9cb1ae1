import Foundation
import Testing
import BearingModel
@testable import BearingAlign
import BearingReport

/// Items whose text says too little to judge get no inferred link and are neither aligned nor orphans (docs/scoring.md).
@Suite struct ContentWordsTests {
    static let strategy = "# Strategy\n\n## Priorities\n\n1. **Customer results.**\n2. **Mature the platform.**\n3. **Grow careers.**\n"

    @Test("content words leave out stop words, label noise, numbers and link targets")
    func counting() {
        #expect(ContentWords.count("CEO. ") == 1)
        #expect(ContentWords.count("CEO. CEO") == 1)
        #expect(ContentWords.count("Objective 3: Q1 FY24 KR") == 0)
        #expect(ContentWords.count("[CEO](https://github.com/org/repo/issues/35711)") == 1)
        #expect(ContentWords.count("Grow careers") == 2)
        #expect(ContentWords.count("SOC 2 certification") == 2)
        #expect(ContentWords.isTooThin("VPE. "))
        #expect(!ContentWords.isTooThin("Grow careers. "))
    }

    @Test("every item of the evaluation sets has enough text, so the gate leaves `bearing eval` unchanged")
    func evaluationItemsPass() throws {
        let set = try EvaluationSet.load(from: Shared.repositoryRoot.appendingPathComponent("eval").path)
        let counts = set.organizations.flatMap(\.items).map { ContentWords.count($0.title + ". " + $0.text) }
        #expect(!counts.isEmpty)
        #expect(counts.allSatisfy { $0 > ContentWords.minimum }, "fewest content words: \(counts.min() ?? 0)")
        #expect(set.unrelated.allSatisfy { !ContentWords.isTooThin($0) })
    }

    @Test("objectives titled just \"CEO\" get no link, are not orphans and stay out of the index and effort")
    func thinObjectives() throws {
        let alignment = align(plan(["strategy.md": Self.strategy,
                                    "objectives/2026-Q4.md": "# 2026-Q4\n\n## OKRs\n\n### 1. CEO\n\n### 2. CEO\n\n### 3. Ship the customer onboarding redesign\n"]))
        let thin = alignment.items.filter { $0.title == "CEO" }
        #expect(thin.count == 2)
        for item in thin {
            #expect(alignment.links(of: item.id).isEmpty)
            let score = try #require(alignment.score(of: item.id))
            #expect(score.tooLittleText && !score.orphan)
        }
        let quarter = try #require(alignment.scope(.quarter, "2026-Q4"))
        #expect(quarter.tooLittleText == thin.map(\.id))
        #expect(quarter.orphans.allSatisfy { id in !thin.contains { $0.id == id } })
        #expect(quarter.items == 3)
        // Only the one judged objective counts: its own strength is the index, and it takes all the effort.
        let judged = try #require(alignment.items.first { $0.title.hasPrefix("Ship") })
        let strength = try #require(alignment.score(of: judged.id)).strength
        #expect(abs(quarter.alignmentIndex - 100 * strength) < 1e-9)
        #expect(quarter.shares.values.reduce(0, +) <= 1 + 1e-9)
        #expect(!quarter.nothingJudged)
    }

    @Test("a declared link on a thin item stays declared, and an initiative under it still inherits")
    func declaredStays() throws {
        let alignment = align(plan(["strategy.md": Self.strategy,
                                    "objectives/2026-Q4.md": "# 2026-Q4\n\n## OKRs\n\n### 1. CEO\n\n- Priorities: grow-careers\n\n#### Hiring\n"]))
        let objective = try #require(alignment.items.first { $0.kind == .objective })
        #expect(alignment.links(of: objective.id).map(\.kind) == [.declared])
        #expect(alignment.score(of: objective.id)?.tooLittleText == false)
        let initiative = try #require(alignment.items.first { $0.kind == .initiative })
        #expect(alignment.links(of: initiative.id).map(\.kind) == [.inherited])
        #expect(alignment.score(of: initiative.id)?.tooLittleText == false)
    }

    @Test("a roadmap with no items has no alignment index to show: \"–\", not 0/100")
    func emptyScopes() throws {
        let alignment = align(plan(["strategy.md": Self.strategy, "roadmaps/empty.md": "# Empty roadmap\n\nNothing planned yet.\n",
                                    "objectives/2026-Q4.md": "# 2026-Q4\n\n## Ship the customer onboarding redesign\n\nText.\n"]))
        let roadmap = try #require(alignment.scope(.roadmap, "empty"))
        #expect(roadmap.items == 0 && roadmap.nothingJudged)
        #expect(alignment.scope(.quarter, "2026-Q4")?.nothingJudged == false)
    }

    @Test("the reports say \"too little text to link\" apart from orphans")
    func throughTheReports() throws {
        let plan = plan(["strategy.md": Self.strategy, "objectives/2026-Q4.md": "# 2026-Q4\n\n## OKRs\n\n### 1. CEO\n\n### 2. CEO\n"])
        let alignment = align(plan)
        let q = Quarter(year: 2026, number: 4)
        let text = TextReport(alignment: alignment, plan: plan, quarter: q, style: ReportStyle(color: false)).render()
        #expect(text.contains("Too little text to link  2: 2026-q4/ceo-1, 2026-q4/ceo-2"))
        #expect(text.contains("Orphans  none"))
        #expect(text.contains("alignment –"))
        #expect(!text.contains("grow-careers ("))
        let markdown = MarkdownReport(alignment: alignment, plan: plan, quarter: q).render()
        #expect(markdown.contains("### Too little text to link"))
        #expect(!markdown.contains("Not clearly tied to a priority"))
        let json = try ReportDocument(plan: plan, alignment: alignment, quarter: q).json()
        #expect(json.contains("\"too_little_text\" : [\n    \"2026-q4/ceo-1\""))
        #expect(json.contains("\"orphans\" : [\n\n  ]") || json.contains("\"orphans\" : []"))
        let item = try #require(alignment.item("2026-q4/ceo-1"))
        #expect(ExplainReport.render(item, alignment: alignment).contains("too little text to link"))
    }
}
