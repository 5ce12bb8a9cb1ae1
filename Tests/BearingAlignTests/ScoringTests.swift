import Foundation
import Testing
import TestSupport
import BearingModel
import BearingParse
@testable import BearingAlign

@Suite("Scores")
struct ScoringTests {
    /// Short texts (under six words) so declared links count as fully supported: every number below is by hand.
    static let fixture = [
        "strategy.md": smallStrategy,
        "objectives/2026-Q4.md": """
            ## A
            - Priorities: platform
            - Effort: 2
            - [ ] 1/2 done

            ## B
            - Priorities: shared-stack
            - [x] shipped

            ## C
            - Priorities: revenue
            - [ ] adoption 25%
            """,
    ]

    @Test("coverage, gaps, effort shares, balance, grade and pace equal hand-computed values")
    func handComputed() throws {
        let alignment = align(plan(Self.fixture))
        let quarter = try #require(alignment.scope(.quarter, "2026-Q4"))
        #expect(quarter.items == 3)
        #expect(quarter.coverage == 2.0 / 3.0)
        #expect(quarter.gaps == ["community"])
        #expect(quarter.subCoverage == 1.0 / 3.0)
        #expect(quarter.subGaps == ["ops", "memberships"])
        #expect(abs((quarter.shares["platform"] ?? 0) - 0.75) < 1e-9)
        #expect(abs((quarter.shares["revenue"] ?? 0) - 0.25) < 1e-9)
        #expect(abs((quarter.balance ?? 0) - 0.75) < 1e-9)
        #expect(abs((quarter.grade ?? 0) - (0.5 + 1 + 0.25) / 3) < 1e-9)
        #expect(quarter.gradeBand == "yellow")
        #expect(quarter.orphans.isEmpty)
        #expect(abs(quarter.alignmentIndex - 100) < 1e-9)
        // 2026-11-15 is 45 of the quarter's 92 days: 0.489 elapsed; grade 0.583 is within ten points.
        #expect(abs((quarter.pace?.elapsed ?? 0) - 45.0 / 92.0) < 1e-9)
        #expect(quarter.pace?.status == "on-pace")
        #expect(alignment.scope(.quarter, "2026-Q4").map { Scorer.band($0.grade ?? 0) } == "yellow")
    }

    @Test("two files giving the same objective id are a duplicate-id error, not a crash")
    func duplicateIDsAcrossFiles() {
        let files = ["strategy.md": smallStrategy, "objectives/2026-Q4-a.md": "## Same\ntext\n", "objectives/2026-Q4-b.md": "## Same\ntext\n"]
        let loaded = plan(files)
        #expect(loaded.diagnostics.map(\.code).contains(.duplicateID))
        #expect(align(loaded).items.count == 2)
    }

    @Test("pace: ahead, behind, finished, not started")
    func pace() {
        let scorer = Scorer(strategy: Strategy(path: "", title: ""), items: [], links: [], today: DateText.parse("2026-11-15")!)
        let q4 = Quarter(year: 2026, number: 4)!
        #expect(scorer.pace(grade: 0.9, quarter: q4).status == "ahead")
        #expect(scorer.pace(grade: 0.2, quarter: q4).status == "behind")
        #expect(scorer.pace(grade: 0.2, quarter: Quarter(year: 2026, number: 2)!).status == "finished")
        #expect(scorer.pace(grade: 0.0, quarter: Quarter(year: 2027, number: 1)!).status == "not-started")
    }

    @Test("initiatives inherit their objective's links; roadmap items inherit from the objectives they serve")
    func inheritance() throws {
        var files = Self.fixture
        files["objectives/2026-Q4.md"]! += "\n\n### Sub-work\ntext\n"
        files["roadmaps/r.md"] = "## Now\n### Thing\n- Objectives: c\n"
        let alignment = align(plan(files))
        let initiative = try #require(alignment.links(of: "2026-q4/c/sub-work").first)
        #expect(initiative.kind == .inherited && initiative.priority == "revenue" && initiative.via == "2026-q4/c")
        let parent = try #require(alignment.links(of: "2026-q4/c").first)
        #expect(abs(initiative.strength - 0.7 * parent.strength) < 1e-9)
        let item = try #require(alignment.links(of: "r/thing").first)
        #expect(item.kind == .inherited && item.priority == "revenue")
    }

    @Test("a link to a sub-priority counts for its parent")
    func rollUp() throws {
        let alignment = align(plan(Self.fixture))
        let platform = try #require(alignment.priorities.first { $0.priority == "platform" })
        #expect(platform.items == 2)
        #expect(alignment.priorities.first { $0.priority == "shared-stack" }?.items == 1)
        #expect(alignment.score(of: "2026-q4/b")?.priority == "platform")
    }

    @Test("a declaration the text contradicts is a warning, never an error")
    func declaredUnsupported() throws {
        let strategy = try String(contentsOf: Shared.repositoryRoot.appendingPathComponent("eval/riverbend-library/strategy.md"), encoding: .utf8)
        let alignment = align(plan([
            "strategy.md": strategy,
            "objectives/2026-Q1.md": """
                ## Lend hotspots
                - Priorities: sustainability

                Lend mobile wifi hotspots and laptops to households without broadband, and teach seniors to use email and video calls online.

                ## Story time
                Weekly picture-book readings for toddlers and parents, with rhymes and songs.
                """,
        ]))
        let warning = try #require(alignment.diagnostics.first)
        #expect(warning.code == .declaredUnsupported && warning.severity == .warning)
        #expect(warning.message.hasPrefix("declared sustainability, but the text reads like digital"))
        #expect(warning.location.line == 2)
    }

    @Test("an empty strategy aligns nothing and does not crash")
    func noStrategy() {
        let alignment = align(plan(["objectives/2026-Q4.md": "## A\ntext\n"]))
        #expect(alignment.links.isEmpty && alignment.scopes.isEmpty)
    }
}

@Suite("Score properties")
struct ScorePropertyTests {
    static let phrases = ["automate upgrades", "hub reliability", "membership renewals", "pricing for campuses", "co-fund features",
                          "teach instructors", "upstream contributions", "share credit", "office party", "grant writing", "open roadmap",
                          "data catalog", "support tickets", "on-call rota", "sales pipeline"]

    /// Random plans over the example strategy: random texts, declarations, efforts and key results.
    static func randomPlan(seed: UInt64) throws -> Plan {
        var generator = SeededGenerator(state: seed)
        let strategy = try String(contentsOf: Shared.repositoryRoot.appendingPathComponent("strategy.md"), encoding: .utf8)
        let ids = ["platform", "revenue", "co-creation", "open", "service", "between", "upstream-first"]
        var objectives = ""
        for index in 0..<Int.random(in: 1...12, using: &generator) {
            objectives += "## Objective \(index) \(phrases.randomElement(using: &generator)!)\n"
            if Bool.random(using: &generator) { objectives += "- Priorities: \(ids.randomElement(using: &generator)!)\n" }
            objectives += "- Effort: \(Int.random(in: 1...5, using: &generator))\n\n"
            objectives += (0..<Int.random(in: 0...6, using: &generator)).map { _ in phrases.randomElement(using: &generator)! }.joined(separator: ", ") + ".\n\n"
            objectives += "- [\(Bool.random(using: &generator) ? "x" : " ")] \(Int.random(in: 0...10, using: &generator))/10 done\n\n"
        }
        return plan(["strategy.md": strategy, "objectives/2026-Q\(Int.random(in: 1...4, using: &generator)).md": objectives])
    }

    @Test("every score is in range", arguments: 0..<20)
    func inRange(seed: Int) throws {
        let alignment = align(try Self.randomPlan(seed: UInt64(seed)))
        for link in alignment.links { #expect((0...1).contains(link.strength)) }
        for score in alignment.itemScores { #expect((0...1).contains(score.strength)) }
        for scope in alignment.scopes {
            #expect((0...100).contains(scope.alignmentIndex))
            for value in [scope.coverage, scope.subCoverage, scope.orphanShare] { #expect((0...1).contains(value)) }
            for value in [scope.balance, scope.grade, scope.pace?.elapsed].compactMap({ $0 }) { #expect((0...1).contains(value)) }
            #expect(scope.shares.values.allSatisfy { (0...1).contains($0) })
        }
        for metrics in alignment.priorities { #expect((0...1).contains(metrics.effortShare)) }
        for inference in alignment.inferences.values {
            #expect(inference.ranking.allSatisfy { (0...1).contains($0.strength) })
        }
    }

    /// What an objective is linked to, as comparable values.
    static func linkValues(_ alignment: Alignment, _ id: String) -> [String] {
        alignment.links(of: id).map { "\($0.priority) \($0.kind.rawValue) \($0.strength)" }
    }

    @Test("an item's links and strengths do not change when other items are added, removed or reordered", arguments: 0..<10)
    func linksDependOnTheItemAlone(seed: Int) throws {
        let plan = try Self.randomPlan(seed: UInt64(seed))
        let full = align(plan)
        var generator = SeededGenerator(state: UInt64(seed) &+ 99)
        for (f, file) in plan.objectiveFiles.enumerated() {
            // Reordered, with some of the others removed.
            var other = plan
            var kept = file.objectives.shuffled(using: &generator)
            if kept.count > 1 { kept.removeLast(Int.random(in: 0..<kept.count, using: &generator)) }
            other.objectiveFiles = [plan.objectiveFiles[f]]
            other.objectiveFiles[0].objectives = kept
            let smaller = align(other)
            for objective in kept {
                #expect(Self.linkValues(full, objective.id) == Self.linkValues(smaller, objective.id), "\(objective.id)")
            }
            // The full plan is this one with every other item added, so the comparison covers adding as well.
        }
    }

    @Test("declaring a priority the text does not support cannot lift an item above the orphan line", arguments: 0..<10)
    func declaringCannotLift(seed: Int) throws {
        let before = try Self.randomPlan(seed: UInt64(seed))
        for (f, file) in before.objectiveFiles.enumerated() {
            for (o, objective) in file.objectives.enumerated() {
                for priority in ["platform", "revenue", "co-creation", "open"] where !objective.resolved.priorities.contains(priority) {
                    var after = before
                    after.objectiveFiles[f].objectives[o].resolved.priorities = [priority]
                    after.objectiveFiles[f].objectives[o].metadata.priorities = [Reference(priority, at: objective.location)]
                    let aligned = align(after)
                    guard let link = aligned.links(of: objective.id).first(where: { $0.priority == priority }),
                          let inference = aligned.inferences[objective.id], let match = inference.score(of: priority) else { continue }
                    if match.strength < Calibration.orphanStrength, (objective.title + objective.body).split(separator: " ").count >= 12 {
                        #expect(link.strength < Scorer.threshold, "\(objective.id) declared \(priority): \(link.strength)")
                    }
                }
                break
            }
        }
    }

    @Test("dropped work serves no priority: a priority only it names is a gap, and it takes no share of effort or grade")
    func droppedWorkIsNotCounted() throws {
        let alignment = align(plan([
            "strategy.md": smallStrategy,
            "objectives/2026-Q4.md": """
                ## A
                - Priorities: platform
                - [ ] 1/2 done

                ## C
                - Priorities: revenue
                - Status: dropped
                - [ ] adoption 25%
                """,
        ]))
        let quarter = try #require(alignment.scope(.quarter, "2026-Q4"))
        #expect(quarter.items == 1)
        #expect(quarter.gaps == ["revenue", "community"])
        #expect(quarter.shares["revenue"] == nil)
        #expect(quarter.grade == 0.5)
        #expect(alignment.items.filter(\.isCounted).count == 2, "still listed as the plan's work")
    }

    @Test("an item that declares a priority is reported as declared there, even when an inferred sub-priority link is its strongest")
    func declaredPriorityNamesItsKind() throws {
        let alignment = align(plan([
            "strategy.md": smallStrategy,
            "objectives/2026-Q4.md": """
                ## Reliable operations for every hub

                Priorities: platform

                Reliable operations: on-call runbooks, alerts and tested restores, so operations stay reliable.
                """,
        ]))
        let item = try #require(alignment.items.first)
        let links = alignment.links(of: item.id)
        let declared = try #require(links.first { $0.kind == .declared })
        // "ops" sorts before "platform", so among equally strong links the sub-priority's is the item's best.
        let sub = try #require(links.first { $0.priority == "ops" })
        #expect(sub.kind == .inferred && sub.strength >= declared.strength, "the case under test: \(links)")
        let score = try #require(alignment.score(of: item.id))
        #expect(score.priority == "platform")
        #expect(score.linkKind == .declared)
    }

    @Test("an objective well behind the calendar that nobody marked at risk is behind pace; a marked or close one is not")
    func behindPace() throws {
        let alignment = align(plan([
            "strategy.md": smallStrategy,
            "objectives/2026-Q4.md": """
                ## Launch virtual cards
                - Priorities: revenue
                - [ ] 1/5 issuers signed

                ## Harden the payment run
                - Priorities: platform
                - Status: at-risk
                - [ ] 1/5 runbooks written

                ## Grow memberships
                - Priorities: memberships
                - [ ] 2/5 signed
                """,
        ]), today: "2026-11-15")
        let paces = alignment.items.filter { $0.kind == .objective }.map { alignment.behindPace($0).map { ($0 * 100).rounded() } }
        #expect(paces == [49, nil, nil], "0.20 at 49 % is behind; the at-risk one is listed already; 0.40 is within 0.25")
        let early = align(plan(["strategy.md": smallStrategy, "objectives/2026-Q4.md": "## Launch virtual cards\n- [ ] 0/5 issuers signed\n"]),
                          today: "2026-10-20")
        #expect(early.items.allSatisfy { early.behindPace($0) == nil }, "in the first third a low grade is work not yet started")
    }
}
