import Foundation
import Testing

/// `bearing build --out` through the binary: what it refuses, links, a build killed midway, two builds at once.
@Suite("build --out")
struct BuildOutputTests {
    /// A copy of the example workspace at `<folder>/ws`, with a file beside it that no build may touch.
    static func workspace() throws -> (folder: URL, workspace: URL) {
        let manager = FileManager.default
        let folder = manager.temporaryDirectory.appendingPathComponent("bearing-out-\(UUID().uuidString)")
        let workspace = folder.appendingPathComponent("ws")
        try manager.createDirectory(at: workspace, withIntermediateDirectories: true)
        for name in ["strategy.md", "objectives", "roadmaps", "bearing.yml"] {
            try manager.copyItem(at: Bearing.packageRoot.appendingPathComponent(name), to: workspace.appendingPathComponent(name))
        }
        try Data("beside the workspace".utf8).write(to: folder.appendingPathComponent("beside.txt"))
        return (folder, workspace)
    }

    /// Every file, folder and link under `root`, with file bytes and link targets.
    static func tree(_ root: URL) -> [String: String] {
        var result: [String: String] = [:]
        let manager = FileManager.default
        func walk(_ relative: String) {
            let full = relative.isEmpty ? root.path : root.path + "/" + relative
            guard let attributes = try? manager.attributesOfItem(atPath: full) else { return }
            switch attributes[.type] as? FileAttributeType {
            case .typeSymbolicLink?: result[relative] = "link → " + ((try? manager.destinationOfSymbolicLink(atPath: full)) ?? "?")
            case .typeDirectory?:
                result[relative] = "folder"
                for child in (try? manager.contentsOfDirectory(atPath: full)) ?? [] { walk(relative.isEmpty ? child : relative + "/" + child) }
            default: result[relative] = "file " + (manager.contents(atPath: full)?.base64EncodedString() ?? "?")
            }
        }
        walk("")
        return result
    }

    /// The refused outputs, as written by a user in the workspace; @workspace and @parent stand for absolute paths.
    static let refusedOutputs = ["strategy.md", "objectives", "objectives/new", "objectives/2026-Q4.md", "roadmaps", "theme", ".", "..", "../..",
                                 "notes", "strategy.md/site", "@workspace", "@parent", "@parent/", "@parent/ws/.."]

    @Test("each refused --out exits 2 with one line and leaves everything byte-identical")
    func refused() throws {
        // One workspace for all: a refused build changes nothing, which is what each run checks.
        let (folder, workspace) = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: workspace.appendingPathComponent("notes"), withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: workspace.appendingPathComponent("notes/todo.md"))
        #expect(try Bearing.run(["build"], in: workspace).status == 0)
        let before = Self.tree(folder)
        for out in Self.refusedOutputs {
            let argument = out.replacingOccurrences(of: "@workspace", with: workspace.path).replacingOccurrences(of: "@parent", with: folder.path)
            let run = try Bearing.run(["build", "--out", argument], in: workspace)
            #expect(run.status == 2, "\(out): \(run.stderr)")
            #expect(run.stderr.hasPrefix("bearing build: refusing to build into "), "\(out): \(run.stderr)")
            #expect(run.stderr.filter { $0 == "\n" }.count == 1, "\(out): \(run.stderr)")
            #expect(Self.tree(folder) == before, "\(out)")
        }
    }

    @Test("a symbolic link as --out keeps being a link, with the site behind it and what was beside its target kept")
    func linked() throws {
        let (folder, workspace) = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let manager = FileManager.default
        try manager.createDirectory(at: folder.appendingPathComponent("www"), withIntermediateDirectories: true)
        try Data("keep".utf8).write(to: folder.appendingPathComponent("www/keep.txt"))
        try manager.createSymbolicLink(atPath: workspace.appendingPathComponent("_site").path, withDestinationPath: "../www/plans")
        for _ in 0..<2 { #expect(try Bearing.run(["build"], in: workspace).status == 0) }
        #expect(try manager.destinationOfSymbolicLink(atPath: workspace.appendingPathComponent("_site").path) == "../www/plans")
        #expect(manager.fileExists(atPath: folder.appendingPathComponent("www/plans/index.html").path))
        #expect(try manager.contentsOfDirectory(atPath: folder.appendingPathComponent("www").path).sorted() == ["keep.txt", "plans"])
        #expect(try String(contentsOf: folder.appendingPathComponent("www/keep.txt"), encoding: .utf8) == "keep")
        // The cache folder is Bearing's own (docs/site.md); nothing else is added beside the workspace's files.
        #expect(try manager.contentsOfDirectory(atPath: workspace.path).sorted() == [".bearing-cache", "_site", "bearing.yml", "objectives", "roadmaps", "strategy.md"])
    }

    /// Starts `bearing build` with the test pause in `pause` (see BuildCommand), its standard error into a file.
    static func start(_ workspace: URL, pause: URL?, stderr: URL) throws -> Process {
        let process = Process()
        process.executableURL = BearingBinary.executable
        process.arguments = ["build"]
        process.currentDirectoryURL = workspace
        var environment = ProcessInfo.processInfo.environment
        environment["BEARING_TEST_PAUSE_AFTER_STAGING"] = pause?.path
        process.environment = environment
        _ = FileManager.default.createFile(atPath: stderr.path, contents: nil)
        process.standardError = try FileHandle(forWritingTo: stderr)
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Waits until `condition` holds or `process` has ended; a bound only against hanging the suite, not a timing.
    static func wait(for process: Process, until condition: () -> Bool) throws {
        for _ in 0..<6000 where !condition() {
            #expect(process.isRunning, "the build ended before it was expected to")
            if !process.isRunning { return }
            usleep(20_000)
        }
        try #require(condition())
    }

    @Test("a build killed with SIGKILL midway leaves the previous site byte-identical; the next build removes its leftovers")
    func killed() throws {
        let (folder, workspace) = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try Bearing.run(["build"], in: workspace).status == 0)
        let site = workspace.appendingPathComponent("_site")
        let before = Self.tree(site)
        let text = try String(contentsOf: workspace.appendingPathComponent("objectives/2026-Q4.md"), encoding: .utf8)
        try (text + "\n## A new objective of the quarter\n").write(to: workspace.appendingPathComponent("objectives/2026-Q4.md"), atomically: true, encoding: .utf8)
        let pause = folder.appendingPathComponent("pause")
        try FileManager.default.createDirectory(at: pause, withIntermediateDirectories: true)
        let build = try Self.start(workspace, pause: pause, stderr: folder.appendingPathComponent("killed.txt"))
        try Self.wait(for: build, until: { FileManager.default.fileExists(atPath: pause.appendingPathComponent("paused").path) })
        kill(build.processIdentifier, SIGKILL)
        build.waitUntilExit()
        #expect(build.terminationReason == .uncaughtSignal)
        #expect(Self.tree(site) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: workspace.path).filter { $0.hasPrefix("._site.") }.sorted()
        #expect(leftovers == ["._site.building", "._site.lock"])
        let next = try Bearing.run(["build"], in: workspace)
        #expect(next.status == 0, "\(next.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: workspace.path).filter { $0.hasPrefix(".") && $0 != ".bearing-cache" } == [])
        #expect(try String(contentsOf: site.appendingPathComponent("quarters/2026-Q4.html"), encoding: .utf8).contains("A new objective of the quarter"))
    }

    @Test("two builds into one output run one after the other and both finish with a correct site")
    func concurrent() throws {
        let (folder, workspace) = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pause = folder.appendingPathComponent("pause")
        try FileManager.default.createDirectory(at: pause, withIntermediateDirectories: true)
        let first = try Self.start(workspace, pause: pause, stderr: folder.appendingPathComponent("first.txt"))
        try Self.wait(for: first, until: { FileManager.default.fileExists(atPath: pause.appendingPathComponent("paused").path) })
        let secondLog = folder.appendingPathComponent("second.txt")
        let second = try Self.start(workspace, pause: nil, stderr: secondLog)
        try Self.wait(for: second, until: { ((try? String(contentsOf: secondLog, encoding: .utf8)) ?? "").contains("waiting for another build") })
        _ = FileManager.default.createFile(atPath: pause.appendingPathComponent("resume").path, contents: nil)
        first.waitUntilExit()
        second.waitUntilExit()
        #expect(first.terminationStatus == 0 && second.terminationStatus == 0)
        // Both wrote the same site; it equals a build made alone.
        #expect(try Bearing.run(["build", "--out", "alone"], in: workspace).status == 0)
        #expect(Self.tree(workspace.appendingPathComponent("_site")) == Self.tree(workspace.appendingPathComponent("alone")))
        #expect(try FileManager.default.contentsOfDirectory(atPath: workspace.path).filter { $0.hasPrefix(".") && $0 != ".bearing-cache" } == [])
    }

    @Test("a file-system failure during the build is one line, and the previous site stays")
    func failureIsOneLine() throws {
        let (folder, workspace) = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try Bearing.run(["build"], in: workspace).status == 0)
        let before = Self.tree(workspace.appendingPathComponent("_site"))
        // A folder where a theme template should be a file: reading it fails.
        try FileManager.default.createDirectory(at: workspace.appendingPathComponent("theme/list.mustache"), withIntermediateDirectories: true)
        // --today, so the example's pinned date adds no warning line.
        let run = try Bearing.run(["build", "--today", "2026-11-24"], in: workspace)
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("bearing build: cannot read \(workspace.path)/theme/list.mustache: is a directory; "), "\(run.stderr)")
        #expect(run.stderr.filter { $0 == "\n" }.count == 1 && !run.stderr.contains("Domain"), "\(run.stderr)")
        #expect(Self.tree(workspace.appendingPathComponent("_site")) == before)
    }
}
