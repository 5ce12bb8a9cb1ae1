import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// Symbolic links on a real disk: followed inside the workspace, refused (with a warning) out of it.
@Suite("Symbolic links")
struct SymlinkTests {
    /// A workspace folder and a sibling folder outside it, removed at the end.
    struct Scratch {
        let base: URL
        var workspace: URL { base.appendingPathComponent("ws") }
        var outside: URL { base.appendingPathComponent("outside") }

        init() throws {
            base = FileManager.default.temporaryDirectory.appendingPathComponent("bearing-links-\(UUID().uuidString)")
            for folder in ["ws/objectives", "ws/team", "outside/deep"] {
                try FileManager.default.createDirectory(at: base.appendingPathComponent(folder), withIntermediateDirectories: true)
            }
            try write("ws/strategy.md", minimalStrategy)
            try write("ws/objectives/2026-Q4.md", "## Ship it\n- Priorities: platform\n")
            try write("ws/team/2026-Q3.md", "## Team work\n- Priorities: revenue\n")
            try write("outside/2026-Q1.md", "## Secret plan\nhunter2\n")
            try write("outside/deep/2026-Q2.md", "## Deep secret\nhunter3\n")
        }

        func write(_ relative: String, _ text: String) throws {
            try Data(text.utf8).write(to: base.appendingPathComponent(relative))
        }

        /// A link at `relative` (inside the workspace) whose content is `destination`, as `ln -s` writes it.
        func link(_ relative: String, to destination: String) throws {
            try FileManager.default.createSymbolicLink(atPath: workspace.appendingPathComponent(relative).path,
                                                       withDestinationPath: destination)
        }

        func load() -> Plan { WorkspaceLoader().load(root: workspace.path) }
        func remove() { try? FileManager.default.removeItem(at: base) }
    }

    @Test("a file or folder linked from outside the workspace is not read, and a warning names each link")
    func outsideLinks() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.link("objectives/2026-Q1.md", to: scratch.outside.appendingPathComponent("2026-Q1.md").path)
        try scratch.link("objectives/ext", to: "../../outside")
        let plan = scratch.load()
        let warned = plan.diagnostics.filter { $0.code == .linkOutsideWorkspace }.map(\.location.path).sorted()
        #expect(warned == ["objectives/2026-Q1.md", "objectives/ext"])
        #expect(plan.objectives.map(\.title) == ["Ship it"])
        #expect(!plan.files.contains { $0.contains("2026-Q1") || $0.contains("ext/") })
    }

    @Test("links inside the workspace are read, and a file reached twice is read once under its own name")
    func insideLinks() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.link("objectives/team", to: "../team")
        try scratch.link("objectives/a-current.md", to: "2026-Q4.md")
        let plan = scratch.load()
        #expect(plan.objectives.map(\.title).sorted() == ["Ship it", "Team work"])
        #expect(plan.files.contains("objectives/team/2026-Q3.md"))
        #expect(!plan.files.contains("objectives/a-current.md"))
        #expect(!plan.diagnostics.contains { $0.code == .duplicateID || $0.code == .linkOutsideWorkspace })
    }

    @Test("a folder linked to its own parent ends, and a broken link is an error naming it")
    func loopsAndBrokenLinks() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.link("objectives/loop", to: "../objectives")
        try scratch.link("objectives/self", to: ".")
        try scratch.link("objectives/broken.md", to: "missing.md")
        let plan = scratch.load()
        #expect(plan.objectives.map(\.title) == ["Ship it"])
        let broken = plan.diagnostics.first { $0.location.path == "objectives/broken.md" }
        #expect(broken?.code == .unreadableFile)
        #expect(broken?.message.contains("link") == true)
    }

    @Test("a link to a pipe or a folder named .md is an error, not a hang")
    func notRegular() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        #expect(mkfifo(scratch.workspace.appendingPathComponent("pipe").path, 0o644) == 0)
        try scratch.link("objectives/2026-Q1.md", to: "../pipe")
        try scratch.link("objectives/2026-Q2.md", to: "../team")
        let plan = scratch.load()
        let errors = plan.diagnostics.filter { $0.code == .unreadableFile }.map(\.location.path).sorted()
        #expect(errors == ["objectives/2026-Q1.md", "objectives/2026-Q2.md"])
        #expect(plan.objectives.map(\.title) == ["Ship it"])
    }

    @Test("bearing.yml linked from outside is not read")
    func outsideConfig() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("outside/bearing.yml", "title: Borrowed\n")
        try scratch.link("bearing.yml", to: "../outside/bearing.yml")
        let plan = scratch.load()
        #expect(plan.config.title == nil)
        #expect(plan.diagnostics.contains { $0.code == .linkOutsideWorkspace && $0.location.path == "bearing.yml" })
    }
    @Test("objectives/ itself a link out of the workspace is an error: the plan would lose every objective (trial 25b)")
    func configuredFolderOutside() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try FileManager.default.removeItem(at: scratch.workspace.appendingPathComponent("objectives"))
        try scratch.link("objectives", to: scratch.outside.path)
        let plan = scratch.load()
        let lost = plan.diagnostics.filter { $0.code == .linkOutsideWorkspace }
        #expect(lost.map(\.severity) == [.error] && lost.first?.location.path == "objectives", "\(plan.diagnostics)")
        #expect(lost.first?.message.contains("none of the objectives") == true, "\(lost)")
        #expect(plan.objectives.isEmpty)
    }

    @Test("a strategy linked from outside is an error too; a link further down a folder stays a warning")
    func configuredStrategyOutside() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("outside/strategy.md", minimalStrategy)
        try FileManager.default.removeItem(at: scratch.workspace.appendingPathComponent("strategy.md"))
        try scratch.link("strategy.md", to: "../outside/strategy.md")
        try scratch.link("objectives/ext", to: "../../outside")
        let plan = scratch.load()
        let severities = Dictionary(plan.diagnostics.filter { $0.code == .linkOutsideWorkspace }.map { ($0.location.path, $0.severity) },
                                    uniquingKeysWith: { first, _ in first })
        #expect(severities == ["strategy.md": .error, "objectives/ext": .warning], "\(plan.diagnostics)")
    }
}
