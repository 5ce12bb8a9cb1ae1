import BearingParse
import Foundation
import TestSupport
import Testing

/// The history walk: revisions from one `git log`, file versions parsed once by blob.
@Suite("repository history")
struct RepositoryHistoryTests {
    @Test("each revision is served from the walk, and an unchanged file is parsed once")
    func parsedOncePerBlob() throws {
        let repo = try GitFixture()
        defer { repo.remove() }
        let strategy = "# Strategy\n\n## Priorities\n\n1. **Reliability.** Fewer outages. {#reliability}\n"
        try repo.write(["strategy.md": strategy, "objectives/2026-Q1.md": "# 2026-Q1\n\n## One\n\n- Status: on-track\n"])
        try repo.commitAll("one")
        try repo.write(["objectives/2026-Q1.md": "# 2026-Q1\n\n## One\n\n- Status: at-risk\n"])
        try repo.commitAll("two")
        try repo.write(["notes.txt": "not the plan\n"])
        try repo.commitAll("three, no Markdown")
        try repo.write(["objectives/2026-Q1.md": "# 2026-Q1\n\n## One\n\n- Status: on-track\n"])
        try repo.commitAll("four, back to the first version")
        let history = try GitRepository(workspace: repo.root.path).history()
        #expect(history.commits.count == 3)
        #expect(!history.isShallow)
        let cache = ParseCache()
        var statuses: [String] = []
        history.forEachRevision { _, tree in
            let plan = WorkspaceLoader(fileSystem: tree.fileSystem(root: repo.root.path), cache: cache).load(root: repo.root.path)
            statuses.append(plan.objectives.first?.metadata.status?.rawValue ?? "none")
        }
        #expect(statuses == ["on-track", "at-risk", "on-track"])
        // The strategy once, the objectives file's two distinct blobs once each.
        #expect(cache.misses == 3)
    }

    @Test("with the plan's paths, a commit that changed only other Markdown (a handbook page) is no revision, and a folder named like a pattern is literal")
    func onlyThePlansPaths() throws {
        let repo = try GitFixture()
        defer { repo.remove() }
        try repo.write(["strategy.md": "# Strategy\n", "objectives/2026-Q1.md": "# 2026-Q1\n\n## One\n", "handbook/values.md": "# Values\n"])
        try repo.commitAll("one")
        for number in 1...3 {
            try repo.write(["handbook/values.md": "# Values\n\nEdit \(number).\n"])
            try repo.commitAll("handbook edit \(number)")
        }
        try repo.write(["objectives/2026-Q1.md": "# 2026-Q1\n\n## One\n\n- Status: at-risk\n", "[plans]/x.md": "# X\n"])
        try repo.commitAll("the plan moves")
        try repo.write(["[plans]/x.md": "# X, edited\n"])
        try repo.commitAll("a folder whose name is a glob pattern")
        let repository = try GitRepository(workspace: repo.root.path)
        #expect(try repository.history().commits.count == 6)
        #expect(try repository.history(paths: ["bearing.yml", "strategy.md", "objectives", "roadmaps"]).commits.count == 2)
        // `[plans]` is a folder's name, not a character class matching `p`, `l`…
        #expect(try repository.history(paths: ["[plans]"]).commits.count == 2)
    }
}
