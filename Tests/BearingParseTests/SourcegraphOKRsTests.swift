import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// Sourcegraph's public OKR pages (handbook/company/goals, and the format its handbook sets: "1. **Title or team:
/// Objective as 1 sentence.**" over "1. Title or team KR: Key result. => Outcome.").
@Suite("Reading Sourcegraph's OKR pages")
struct SourcegraphOKRsTests {
    static let strategy = "# Strategy\n\n## Priorities\n\n1. **Enterprise.** Win the largest enterprises.\n2. **Team.** A company that thrives.\n"

    @Test("a key result labelled by a team whose later words are lowercase is read, its team its owner")
    func lowercaseTeamLabel() throws {
        let plan = loadWorkspace(["strategy.md": Self.strategy, "objectives/2019-Q4.md": """
            # CY19-Q4 OKRs

            1. **VP Engineering: Solve Big Code problems for the largest enterprises.**
               1. Code intel KR: Support LSIF-based code intel in targeted languages (Go, TypeScript, Python, Java). => Go and TypeScript done.
               1. Distribution KR: 3 customers run the new Kubernetes deployment. => 1 of 3.
            """])
        let objective = try #require(plan.objectives.first)
        #expect(objective.keyResults.map(\.text) == ["Support LSIF-based code intel in targeted languages (Go, TypeScript, Python, Java). => Go and TypeScript done.",
                                                   "3 customers run the new Kubernetes deployment. => 1 of 3."])
        #expect(objective.keyResults.map(\.owners) == [["Code intel"], ["Distribution"]])
        #expect(KeyResultLabel.strippingLabel("Cloud infra KR 2: Cut cost 20%") == "Cut cost 20%")
        #expect(KeyResultLabel.strippingLabel("Sales (Closing Deals) KR: Close $N IARR") == "Close $N IARR")
        #expect(KeyResultLabel.owner(in: "Sales (Closing Deals) KR: Close $N IARR") == "Sales (Closing Deals)")
        // Without a colon or dash after the label, lowercase words before "KR" are the key result's own words.
        #expect(KeyResultLabel.strippingLabel("Increase weekly KR 3 reviews") == "Increase weekly KR 3 reviews")
        #expect(!KeyResultLabel.hasPrefix("Increase weekly KR 3 reviews"))
    }

    @Test("a sentence about a key result, with a pronoun, article or helping verb before KR, names no owner (counter-case)",
          arguments: ["We will track each KR: weekly in the review", "Reduce the tech debt KR: lower open bugs 20%",
                      "Our growth team (EMEA) KR - grow signups", "Review every KR - in the weekly sync"])
    func sentenceBeforeKR(text: String) {
        #expect(KeyResultLabel.owner(in: text) == nil)
        #expect(KeyResultLabel.strippingLabel(text) == text)
        #expect(!KeyResultLabel.hasPrefix(text))
    }

    @Test("a count after the arrow is where the measure stands against the target before it",
          arguments: [("10 new teammates onboarded. => 7 onboarded.", 0.7), ("Publish 4 customer stories. => 1.", 0.25),
                      ("Hire 4 engineers => 3 hired", 0.75), ("Ship 3 customer stories => 3 of 3", 1.0)])
    func resultCount(text: String, expected: Double) {
        let reading = ProgressReader.read(text, checked: nil)
        #expect(reading.progress.map { ($0 * 100).rounded() / 100 } == expected, "\(reading)")
        #expect(reading.source == .result)
    }

    @Test("a result with no count, or a count no target stands against, stays unread (counter-case)")
    func unreadResults() {
        #expect(ProgressReader.read("Support LSIF in targeted languages => Go and TypeScript done.", checked: nil).progress == nil)
        #expect(ProgressReader.read("Ship the redesign by March => 2 weeks late", checked: nil).progress == nil)
        // Two figures before the arrow: which one the count stands against is not said.
        #expect(ProgressReader.read("2 blog posts hit the top 5 in Hacker News. => 1.", checked: nil).progress == nil)
        // Lower is better: a count is no share of the target.
        #expect(ProgressReader.read("Cut open incidents to 10 => 14", checked: nil).progress == nil)
    }

    @Test("a year or a span of time after the arrow, or a target that is a span of time, is no count (counter-case)",
          arguments: ["Hire 5 engineers => 2026", "Launch in 3 markets => 2025.", "Ship the beta in 4 weeks => 3 weeks late",
                      "Onboard 20 users => 5 days", "Grow to 10 customers => 12 ms", "Ship the beta in 4 weeks => 3"])
    func resultCountIsNoTime(text: String) {
        #expect(ProgressReader.read(text, checked: nil).progress == nil, "\(ProgressReader.read(text, checked: nil))")
    }

    @Test("a count with its noun after the arrow is still read, a year-sized count with a noun too")
    func resultCountStillRead() {
        #expect(ProgressReader.read("Close 3 deals by 2026-09-30 => 2 closed", checked: nil).progress.map { ($0 * 100).rounded() } == 67)
        #expect(ProgressReader.read("Reach 4000 signups => 2025 signups", checked: nil).progress.map { ($0 * 100).rounded() } == 51)
    }
}

/// An engineer's OKR tracking page: objectives with a key-result table each, then "## Weekly Check-in Template" over
/// "### Week [X] - [Date]" and placeholder task items. The template was read as a third objective, "Weekly Check-in
/// Template", with "Task 1" and "Task 2" as its key results.
@Suite("A template section below the title")
struct TemplateSectionTests {
    @Test("a section named a template that holds placeholders is no objective; an objective about templates is (counter-case)")
    func templateSection() {
        let plan = loadWorkspace(["strategy.md": "# S\n\n## Priorities\n\n1. **Security.** Secure code.\n", "objectives/2024-Q1.md": """
            # OKR Progress Tracking

            ## Objective 1: Master Security Fundamentals

            | Key Result | Target | Status | Progress |
            |------------|--------|--------|----------|
            | Complete Security Training | Week 4 | ✅ Done | 100% |
            | Fix Security Issues | Week 6 | 🟡 In Progress | 50% |

            ## Weekly Check-in Template

            ### Week [X] - [Date]

            **Completed This Week:**
            - [ ] Task 1
            - [ ] Task 2
            """, "objectives/2024-Q2.md": """
            # Q2 2024

            ## Ship reusable project templates

            - [ ] 2 of 4 templates published

            ## Release notes template

            Version [X] — [Date]

            - [ ] Task 1

            ## Publish the onboarding template

            - [ ] 1 of 2 guides published
            """])
        #expect(plan.objectives.map(\.title) == ["Master Security Fundamentals", "Ship reusable project templates", "Publish the onboarding template"])
    }

    @Test("an objective about a template that names one thing in brackets stays an objective (counter-case)")
    func templateObjectiveWithOneBracket() {
        let plan = loadWorkspace(["strategy.md": "# S\n\n## Priorities\n\n1. **Docs.** Good docs.\n", "objectives/2026-Q3.md": """
            # Q3 2026 OKRs

            ## Ship the RFC Template

            - KR: 3 teams use it => 1
            - KR: Link it from [Docs]

            ## Improve hiring

            - KR: 5 hires => 2
            """])
        #expect(plan.objectives.map(\.title) == ["Ship the RFC Template", "Improve hiring"])
        #expect(plan.objectives.first?.keyResults.count == 2)
    }
}

/// A project's test-metrics summary: each objective's `| Metric | Target | Achieved | Status |` table marks rows ✅, ⚠️
/// or ❌. The cross was read as "dropped", as on a roadmap's item, and the missed key result was shown struck through.
@Suite("A cross in a key result's Status cell")
struct KeyResultCrossTests {
    @Test("a cross alone says the target was missed: off track, not dropped; a cross on a roadmap item stays dropped (counter-case)")
    func crossIsMissed() throws {
        let plan = loadWorkspace(["strategy.md": "# S\n\n## Priorities\n\n1. **Trust.** Alerts people trust.\n", "objectives/2026-Q3.md": """
            # Q3 2026 test metrics

            ### Objective 1: Multi-Feed Correlation
            | Metric | Target | Achieved | Status |
            |--------|--------|----------|--------|
            | Coverage | >80% | 95% | ✅ |
            | Data Completeness | >70% | 65% | ❌ |
            | Deduplication | >90% | 85% | ✖️ |
            """, "roadmaps/product.md": "# Roadmap\n\n## Later\n\n- ❌ Desktop app\n"])
        let objective = try #require(plan.objectives.first)
        #expect(objective.keyResults.map(\.status) == [.done, .offTrack, .offTrack])
        #expect(plan.roadmaps.first?.items.first?.metadata.status == .dropped)
    }
}
