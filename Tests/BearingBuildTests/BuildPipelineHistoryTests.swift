import BearingAlign
import BearingBuild
import BearingModel
import BearingParse
import BearingReport
import BearingSite
import Foundation
import TestSupport
import Testing

/// The history stage of the pipeline, on a real git repository in a temporary folder.
@Suite("Build pipeline: history from git")
struct BuildPipelineHistoryTests {
    static let strategy = "# Strategy\n\n## Our priorities\n\n1. **Run a dependable service.** Fewer outages. {#reliability}\n"

    static func objectives(done: Int) -> String {
        "# 2026-Q1\n\n## Cut pages per week\n\n- Status: on-track\n- Priorities: reliability\n\n- [ ] Runbooks written: \(done)/8\n"
    }

    @Test("the commits that changed the plan are read, with git run in the environment given; without git, no history and no warning")
    func readsCommits() throws {
        let repo = try GitFixture()
        defer { repo.remove() }
        try repo.write(["planning/strategy.md": Self.strategy, "planning/objectives/2026-Q1.md": Self.objectives(done: 1)])
        try repo.commitAll("Plan", author: "Ada", date: "2026-01-05T10:00:00Z")
        try repo.write(["planning/objectives/2026-Q1.md": Self.objectives(done: 3)])
        try repo.commitAll("Check-in", author: "Grace", date: "2026-02-02T10:00:00Z")
        let pipeline = BuildPipeline(root: repo.root.appendingPathComponent("planning").path)
        var warnings: [String] = []
        let history = pipeline.history(vectors: Prefetch { try TokenVectors.bundled() }) { warnings.append($0) }
        #expect(history?.revisions.map(\.author) == ["Ada", "Grace"])
        #expect(history?.isShallow == false)
        #expect(warnings.isEmpty, "\(warnings)")
        // No git on the PATH given: the build goes on as outside a repository.
        let none = pipeline.history(vectors: Prefetch { try TokenVectors.bundled() }, environment: ["PATH": ""]) { warnings.append($0) }
        #expect(none == nil)
        #expect(warnings.isEmpty, "\(warnings)")
    }

    @Test("a workspace git does not track (inside a repository that ignores it) has no history, not an empty one")
    func untrackedWorkspace() throws {
        let repo = try GitFixture()
        defer { repo.remove() }
        try repo.write([".gitignore": "planning/\n", "README.md": "The project.\n"])
        try repo.commitAll("Project", author: "Ada", date: "2026-01-05T10:00:00Z")
        try repo.write(["planning/strategy.md": Self.strategy, "planning/objectives/2026-Q1.md": Self.objectives(done: 1)])
        var warnings: [String] = []
        let pipeline = BuildPipeline(root: repo.root.appendingPathComponent("planning").path)
        #expect(pipeline.history(vectors: Prefetch { try TokenVectors.bundled() }) { warnings.append($0) } == nil)
        #expect(warnings.isEmpty, "\(warnings)")
        // Once its files are committed, its history is read.
        try repo.write([".gitignore": ""])
        try repo.commitAll("Plan", author: "Grace", date: "2026-02-02T10:00:00Z")
        #expect(pipeline.history(vectors: Prefetch { try TokenVectors.bundled() }) { warnings.append($0) }?.revisions.map(\.author) == ["Grace"])
    }

    @Test("the strategy's versions are read from history; serve's incremental build scores an ended quarter against the one in force then")
    func strategyVersions() throws {
        let repo = try GitFixture()
        defer { repo.remove() }
        let grown = Self.strategy + "2. **Keep costs down.** Cheaper hosting. {#costs}\n"
        try repo.write(["planning/strategy.md": Self.strategy, "planning/objectives/2026-Q1.md": Self.objectives(done: 8)])
        try repo.commitAll("Plan", author: "Ada", date: "2026-01-05T10:00:00Z")
        try repo.write(["planning/objectives/2026-Q1.md": Self.objectives(done: 8) + "\nMore notes.\n"])
        try repo.commitAll("Notes", author: "Ada", date: "2026-02-05T10:00:00Z")
        try repo.write(["planning/strategy.md": grown])
        try repo.commitAll("Costs", author: "Ana Ruiz", date: "2026-05-04T10:00:00Z")
        let root = repo.root.appendingPathComponent("planning").path
        let history = try #require(BuildPipeline(root: root).history(vectors: Prefetch { try TokenVectors.bundled() }) { _ in })
        // Three revisions, two versions of the strategy: the notes changed no priority.
        #expect(history.revisions.count == 3)
        #expect(history.strategies.map(\.commit.author) == ["Ada", "Ana Ruiz"])
        #expect(history.strategies.map { $0.strategy.topLevel.count } == [1, 2])

        var build = IncrementalBuild(root: root, today: "2026-06-01", vectors: try TokenVectors.bundled())
        let result = build.build(changed: nil, options: SiteBuilder.Options(history: history))
        // Q1 ended under the one-priority strategy: covered in full, where today's two priorities would give half.
        #expect(result.alignment?.scope(.quarter, "2026-Q1")?.coverage == 1)
        #expect(result.alignment?.periods?.scoredAgainst == ["2026-Q1": 0])
        let page = try #require(result.files?.first { $0.0 == "quarters/2026-Q1.html" }?.1)
        #expect(String(decoding: page, as: UTF8.self).contains("Scored against the strategy in force then"))
        var again = IncrementalBuild(root: root, today: "2026-06-01", vectors: try TokenVectors.bundled())
        #expect(again.build(changed: nil).alignment?.scope(.quarter, "2026-Q1")?.coverage == 0.5)
    }

    @Test("a walk from a day starts with the plan as it stood then: the same stale key results as the whole history, from fewer revisions")
    func walkFromADay() throws {
        let repo = try GitFixture()
        defer { repo.remove() }
        func quarter(_ done: Int, _ other: Int) -> String {
            "# 2026-Q2\n\n## Cut pages per week\n\n- Status: on-track\n- Priorities: reliability\n\n- [ ] Runbooks written: \(done)/8\n- [ ] Alerts reviewed: \(other)/10\n"
        }
        try repo.write(["planning/strategy.md": Self.strategy, "planning/objectives/2026-Q2.md": quarter(0, 0), "planning/notes.md": "x\n"])
        try repo.commitAll("Plan", author: "Ada", date: "2026-01-05T10:00:00Z")
        try repo.write(["planning/objectives/2026-Q2.md": quarter(1, 2)])
        try repo.commitAll("Early", author: "Grace", date: "2026-02-02T10:00:00Z")
        try repo.write(["planning/objectives/2026-Q2.md": quarter(1, 4)])
        try repo.commitAll("In the quarter", author: "Grace", date: "2026-04-20T10:00:00Z")
        let pipeline = BuildPipeline(root: repo.root.appendingPathComponent("planning").path)
        let plan = pipeline.load()
        let today = try #require(DateText.parse("2026-05-20"))
        let start = try #require(plan.quarters.first).dateInterval.start
        var warnings: [String] = []
        let whole = try #require(pipeline.history(vectors: Prefetch { try TokenVectors.bundled() }, config: plan.config, linking: false) { warnings.append($0) })
        let recent = try #require(pipeline.history(vectors: Prefetch { try TokenVectors.bundled() }, config: plan.config, linking: false, from: start) { warnings.append($0) })
        #expect(warnings.isEmpty, "\(warnings)")
        #expect(whole.revisions.map(\.author) == ["Ada", "Grace", "Grace"])
        // The last commit before the quarter (as it stood), then the quarter's own.
        #expect(recent.revisions.map(\.author) == ["Grace", "Grace"])
        let stale = { (history: PlanHistory) in
            PlanTrends(history: history, until: today.addingTimeInterval(86_400)).staleKeyResults(in: plan, today: today, afterWeeks: 6)
                .map { "\($0.diagnostic.location.line) \($0.diagnostic.message)" }
        }
        #expect(stale(whole) == stale(recent))
        #expect(stale(whole).count == 1, "\(stale(whole))")
    }
}
