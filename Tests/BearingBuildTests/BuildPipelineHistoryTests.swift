import BearingAlign
import BearingBuild
import BearingModel
import BearingReport
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
}
