import BearingModel
import BearingParse
import Foundation
import TestSupport
import Testing

/// Reading a workspace from a git revision, without a checkout, through the same loader as the disk.
@Suite("Revision reader")
struct RevisionTreeTests {
    static let files = [
        "README.md": "# Not the workspace\n",
        "plan/bearing.yml": "title: Plan\n",
        "plan/strategy.md": "# Strategy\n\n## Priorities\n\n1. **Run a dependable service.** {#reliability}\n2. **Grow revenue.** {#revenue}\n",
        "plan/objectives/2026-Q4.md": "# 2026-Q4\n\n## Cut pages\n\n- Status: at-risk\n- Priorities: reliability\n\n- [ ] Pages 4/10\n",
        "plan/objectives/notes/.hidden.md": "## Hidden objective\n",
        "plan/.drafts/2026-Q4.md": "## Draft\n",
        "plan/roadmaps/platform.md": "## Now\n\n### Alerts\n- Priorities: reliability\n",
        "plan/theme/logo.png": "\u{89}PNG not read up front",
    ]

    static func repository() throws -> GitFixture {
        let repo = try GitFixture()
        try repo.write(files)
        try repo.commitAll("plan")
        return repo
    }

    @Test("lists the workspace's files relative to it and reads them from the object store")
    func listsAndReads() throws {
        let repo = try Self.repository()
        defer { repo.remove() }
        let repository = try GitRepository(workspace: repo.root.appendingPathComponent("plan").path)
        #expect(repository.workspacePrefix == "plan/")
        let tree = try repository.tree(at: "HEAD")
        #expect(tree.paths == [".drafts/2026-Q4.md", "bearing.yml", "objectives/2026-Q4.md", "objectives/notes/.hidden.md",
                               "roadmaps/platform.md", "strategy.md", "theme/logo.png"])
        #expect(String(decoding: try tree.read("bearing.yml"), as: UTF8.self) == "title: Plan\n")
        // Read on demand, not in the batch.
        #expect(String(decoding: try tree.read("theme/logo.png"), as: UTF8.self) == Self.files["plan/theme/logo.png"])
        #expect(throws: (any Error).self) { try tree.read("missing.md") }
        #expect(tree.commit == (try repo.git("rev-parse", "HEAD")))
    }

    @Test("the loader reads a revision as it reads the same files on disk, and never touches the working tree")
    func sameAsDisk() throws {
        let repo = try Self.repository()
        defer { repo.remove() }
        let root = repo.root.appendingPathComponent("plan").standardizedFileURL.path
        let onDisk = WorkspaceLoader().load(root: root)
        // The working tree moves on; the revision does not.
        try repo.write(["plan/objectives/2026-Q4.md": "## Something else\n"])
        let fileSystem = try GitRepository(workspace: root).tree(at: "HEAD").fileSystem(root: root)
        let fromGit = WorkspaceLoader(fileSystem: fileSystem).load(root: root)
        #expect(fromGit.objectiveFiles == onDisk.objectiveFiles && fromGit.roadmaps == onDisk.roadmaps && fromGit.strategy == onDisk.strategy)
        #expect(fromGit.diagnostics == onDisk.diagnostics && fromGit.files == onDisk.files && fromGit.config == onDisk.config)
        #expect(fromGit.objectives.map(\.title) == ["Cut pages"])
        #expect(fromGit.inputFingerprint == onDisk.inputFingerprint)
        #expect(try String(contentsOfFile: root + "/objectives/2026-Q4.md", encoding: .utf8) == "## Something else\n")
    }

    @Test("symbolic links are followed inside the revision; a link out of the workspace is refused as on disk")
    func links() throws {
        let repo = try Self.repository()
        defer { repo.remove() }
        let plan = repo.root.appendingPathComponent("plan")
        try FileManager.default.createSymbolicLink(atPath: plan.path + "/roadmaps/linked.md", withDestinationPath: "platform.md")
        try FileManager.default.createSymbolicLink(atPath: plan.path + "/roadmaps/outside.md", withDestinationPath: "../../README.md")
        try repo.commitAll("links")
        let root = plan.standardizedFileURL.path
        let onDisk = WorkspaceLoader().load(root: root)
        let fromGit = WorkspaceLoader(fileSystem: try GitRepository(workspace: root).tree(at: "HEAD").fileSystem(root: root)).load(root: root)
        #expect(fromGit.diagnostics.map(\.code) == onDisk.diagnostics.map(\.code))
        #expect(fromGit.diagnostics.contains { $0.location.path == "roadmaps/outside.md" })
        #expect(fromGit.roadmaps.map(\.id) == onDisk.roadmaps.map(\.id))
    }
}
