import Foundation
import Testing
import BearingModel
import BearingAlign
@testable import BearingSite

/// `--out` can only replace a Bearing site, and a build cleans up after one that was killed.
@Suite("Output safety")
struct OutputSafetyTests {
    /// Every file, folder and link under `root`, with file bytes and link targets, so "untouched" can be checked exactly.
    static func tree(_ root: URL) -> [String: String] {
        var result: [String: String] = [:]
        let manager = FileManager.default
        func walk(_ relative: String) {
            let full = relative.isEmpty ? root.path : root.path + "/" + relative
            switch PathKind(full) {
            case .link: result[relative] = "link → " + ((try? manager.destinationOfSymbolicLink(atPath: full)) ?? "?")
            case .folder:
                result[relative] = "folder"
                for child in (try? manager.contentsOfDirectory(atPath: full)) ?? [] { walk(relative.isEmpty ? child : relative + "/" + child) }
            case .other: result[relative] = "file " + (manager.contents(atPath: full)?.base64EncodedString() ?? "?")
            case .missing: break
            }
        }
        walk("")
        return result
    }

    static func build(_ output: URL, writer: OutputWriter = OutputWriter()) throws {
        let (plan, alignment) = Site.example()
        var builder = SiteBuilder()
        builder.writer = writer
        // The database is BearingBuild's to write; a stand-in keeps the site's shape, which earlier sites are known by.
        try builder.build(plan: plan, alignment: alignment, options: .init(), output: output) { staging in
            try staging.write("data/planning.db", Array("stand-in".utf8))
        }
    }

    @Test("a file, a folder Bearing did not build, and a folder under a file are refused and left as they were")
    func refusals() throws {
        let folder = try Site.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("notes".utf8).write(to: folder.appendingPathComponent("notes.md"))
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("mine"), withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: folder.appendingPathComponent("mine/index.html"))
        let before = Self.tree(folder)
        for output in ["notes.md", "mine", "notes.md/site"] {
            #expect(throws: OutputRefusal.self, "\(output)") { try Self.build(folder.appendingPathComponent(output)) }
        }
        #expect(Self.tree(folder) == before)
    }

    @Test("a site from an earlier version, without the marker, is refused too, with a way out")
    func earlierSite() throws {
        let folder = try Site.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("_site")
        try Self.build(output)
        try FileManager.default.removeItem(at: output.appendingPathComponent(SiteMarker.name))
        let before = Self.tree(folder)
        let refusal = try #require(throws: OutputRefusal.self) { try Self.build(output) }
        #expect(refusal.description.contains("earlier versions of Bearing") && refusal.description.contains("rm -r \(output.path)"))
        #expect(Self.tree(folder) == before)
    }

    @Test("an empty folder and a missing one are built into, and the site carries the marker")
    func emptyOrMissing() throws {
        let folder = try Site.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("empty"), withIntermediateDirectories: true)
        for output in ["empty", "new/deeper"] {
            try Self.build(folder.appendingPathComponent(output))
            #expect(SiteMarker.isPresent(in: folder.appendingPathComponent(output).path))
        }
    }

    @Test("the workspace, a folder holding it, and a folder inside or holding a source folder are refused")
    func workspaceAndSources() throws {
        let folder = try Site.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let workspace = folder.appendingPathComponent("ws").path
        try FileManager.default.createDirectory(atPath: workspace + "/plans/okrs", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: folder.path + "/shared/roadmaps", withIntermediateDirectories: true)
        var config = WorkspaceConfig()
        config.objectivePaths = ["plans/okrs"]
        config.roadmapPaths = [folder.path + "/shared/roadmaps"]
        let guarding = OutputGuard(workspace: workspace, config: config)
        var whole = WorkspaceConfig()
        whole.objectivePaths = ["."]
        #expect(try OutputGuard(workspace: workspace, config: whole).check(workspace + "/_site") == workspace + "/_site")
        let refused = [workspace, workspace + "/.", workspace + "/..", folder.path, "/", workspace + "/plans/okrs", workspace + "/plans/okrs/site",
                       workspace + "/plans", workspace + "/theme", workspace + "/theme/x", folder.path + "/shared", folder.path + "/shared/roadmaps/x",
                       workspace + "/strategy.md"]
        for output in refused {
            #expect(throws: OutputRefusal.self, "\(output)") { try guarding.check(output) }
        }
        for output in [workspace + "/_site", workspace + "/plans/site", workspace + "/objectives", folder.path + "/site"] {
            #expect(try guarding.check(output) == OutputGuard.lexical(output), "\(output)")
        }
        // The default objectives folder is not a source when bearing.yml names others.
        #expect(throws: OutputRefusal.self) { try OutputGuard(workspace: workspace, config: WorkspaceConfig()).check(workspace + "/objectives") }
    }

    @Test("links are resolved before the rules apply, including links to folders not made yet and loops")
    func links() throws {
        let folder = try Site.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let manager = FileManager.default
        let workspace = folder.appendingPathComponent("ws").path
        try manager.createDirectory(atPath: workspace + "/objectives", withIntermediateDirectories: true)
        try manager.createSymbolicLink(atPath: workspace + "/up", withDestinationPath: "..")
        try manager.createSymbolicLink(atPath: workspace + "/okr", withDestinationPath: "objectives")
        try manager.createSymbolicLink(atPath: workspace + "/later", withDestinationPath: "../published/site")
        try manager.createSymbolicLink(atPath: workspace + "/loop", withDestinationPath: "loop")
        let guarding = OutputGuard(workspace: workspace, config: WorkspaceConfig())
        for output in ["up", "up/ws", "okr", "okr/site", "loop", "up/ws/okr"] {
            #expect(throws: OutputRefusal.self, "\(output)") { try guarding.check(workspace + "/" + output) }
        }
        #expect(try guarding.check(workspace + "/later") == folder.path + "/published/site")
        #expect(OutputGuard.resolve(workspace + "/up/ws/okr/../_site") == workspace + "/_site")
    }

    @Test("a linked output gets the site behind the link; the link stays, and what is beside its target is kept")
    func linkedOutput() throws {
        let folder = try Site.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let manager = FileManager.default
        let published = folder.appendingPathComponent("published")
        try manager.createDirectory(at: published.appendingPathComponent("site"), withIntermediateDirectories: true)
        try Data("keep".utf8).write(to: published.appendingPathComponent("keep.txt"))
        let output = folder.appendingPathComponent("_site")
        try manager.createSymbolicLink(atPath: output.path, withDestinationPath: "published/site")
        try Self.build(output)
        try Self.build(output)
        #expect(PathKind(output.path) == .link)
        #expect(SiteMarker.isPresent(in: published.appendingPathComponent("site").path))
        #expect(try manager.contentsOfDirectory(atPath: published.path).sorted() == ["keep.txt", "site"])
        #expect(try String(contentsOf: published.appendingPathComponent("keep.txt"), encoding: .utf8) == "keep")
        // A link to someone else's folder is refused, and nothing behind it changes.
        try manager.removeItem(at: output)
        try manager.createSymbolicLink(atPath: output.path, withDestinationPath: "published")
        let before = Self.tree(folder)
        #expect(throws: OutputRefusal.self) { try Self.build(output) }
        #expect(Self.tree(folder) == before)
    }

    @Test("leftovers of killed builds are removed, this version's and earlier ones', and nothing else")
    func leftovers() throws {
        let folder = try Site.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let manager = FileManager.default
        let output = folder.appendingPathComponent("_site")
        try Self.build(output)
        let alive = ProcessInfo.processInfo.processIdentifier
        // Far above any pid_max, so no process has it.
        let gone = Int32.max - 1
        let marked = ["._site.building", "._site.previous"]
        let unmarked = ["._site.building-\(gone)", "._site.previous-\(gone)"]
        let kept = ["._site.building-\(alive)", "._site.building-notes", "._other.building", "notes"]
        for name in marked + unmarked + kept {
            try manager.createDirectory(at: folder.appendingPathComponent(name + "/objectives"), withIntermediateDirectories: true)
            try Data(name.utf8).write(to: folder.appendingPathComponent(name + "/objectives/a.html"))
        }
        for name in marked { try Data(SiteMarker.bytes).write(to: folder.appendingPathComponent(name + "/" + SiteMarker.name)) }
        try Self.build(output)
        #expect(try manager.contentsOfDirectory(atPath: folder.path).sorted() == (["_site"] + kept).sorted())
    }

    @Test("a staging folder in the way that Bearing did not make is left alone, with a one-line error")
    func foreignStaging() throws {
        let folder = try Site.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let staging = folder.appendingPathComponent("._site.building")
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: staging.appendingPathComponent("mine.txt"))
        let before = Self.tree(folder)
        let error = try #require(throws: WriteError.self) { try Self.build(folder.appendingPathComponent("_site")) }
        #expect(error.description.contains("._site.building is in the way"))
        #expect(Self.tree(folder) == before)
    }

    @Test("a build killed between its two renames loses nothing: the next build puts the previous site back first")
    func killedBetweenRenames() throws {
        let folder = try Site.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let manager = FileManager.default
        let output = folder.appendingPathComponent("_site")
        try Self.build(output)
        let before = Self.tree(output)
        // What the kill leaves: the previous site retired, the new one staged, nothing at the output.
        try manager.moveItem(at: output, to: folder.appendingPathComponent("._site.previous"))
        try Self.build(folder.appendingPathComponent("new"))
        try manager.moveItem(at: folder.appendingPathComponent("new"), to: folder.appendingPathComponent("._site.building"))
        var failing = OutputWriter()
        failing.writeFile = { _, _, _ in throw CocoaError(.fileWriteOutOfSpace) }
        #expect(throws: WriteError.self) { try Self.build(output, writer: failing) }
        #expect(Self.tree(output) == before)
        #expect(try manager.contentsOfDirectory(atPath: folder.path) == ["_site"])
    }

    @Test("a retired site a build was killed removing is removed, not put back")
    func killedWhileRemoving() throws {
        let folder = try Site.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("_site")
        try Self.build(output)
        try FileManager.default.moveItem(at: output, to: folder.appendingPathComponent("._site.previous"))
        try FileManager.default.removeItem(at: folder.appendingPathComponent("._site.previous/objectives"))
        var failing = OutputWriter()
        failing.writeFile = { _, _, _ in throw CocoaError(.fileWriteOutOfSpace) }
        #expect(throws: WriteError.self) { try Self.build(output, writer: failing) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [])
    }

    @Test("a second build into the same output waits for the first; past the bound it fails with one line and touches nothing")
    func lock() throws {
        let folder = try Site.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("_site")
        try Self.build(output)
        let before = Self.tree(folder)
        let held = try BuildLock.acquire(folder.path + "/._site.lock", output: output.path, timeout: 0) { _ in }
        var waiting = OutputWriter()
        waiting.lockTimeout = 0
        let error = try #require(throws: WriteError.self) { try Self.build(output, writer: waiting) }
        #expect(error.description.contains("another build into it is still running"))
        #expect(!error.description.contains("\n"))
        #expect(Self.tree(folder).filter { $0.key != "._site.lock" } == before)
        held.release()
        try Self.build(output)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["_site"])
    }

    @Test("file-system failures are one line: what, where, why, what to do", arguments: [
        (CocoaError(.fileWriteOutOfSpace) as any Error, "no space left on device; free some disk space"),
        (NSError(domain: NSCocoaErrorDomain, code: 512, userInfo: [NSUnderlyingErrorKey: NSError(domain: NSPOSIXErrorDomain, code: Int(EBUSY))]), "busy; it is in use"),
        (POSIXError(.EACCES), "permission denied; check the permissions"),
        (NSError(domain: NSCocoaErrorDomain, code: 512, userInfo: [NSUnderlyingErrorKey: POSIXError(.EISDIR)]), "is a directory; something else is in the way"),
        (NSError(domain: NSCocoaErrorDomain, code: 512), "error 512; fix that and build again"),
    ])
    func oneLine(error: any Error, expected: String) throws {
        let folder = try Site.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var failing = OutputWriter()
        failing.writeFile = { bytes, path, _ in
            if path.hasSuffix("quarters/2026-Q3.html") { throw error }
            try OutputWriter.write(bytes, to: path)
        }
        let thrown = try #require(throws: WriteError.self) { try Self.build(folder.appendingPathComponent("_site"), writer: failing) }
        #expect(thrown.description.hasPrefix("cannot write \(folder.path)/._site.building/quarters/2026-Q3.html: "))
        #expect(thrown.description.contains(expected), "\(thrown)")
        #expect(!thrown.description.contains("\n") && !thrown.description.contains("Domain"))
    }

    @Test("an error that names its file is told as that file's failure, in one line")
    func namedFile() {
        let error = NSError(domain: NSCocoaErrorDomain, code: CocoaError.fileReadUnknown.rawValue,
                            userInfo: [NSFilePathErrorKey: "/ws/theme/list.mustache", NSUnderlyingErrorKey: NSError(domain: NSPOSIXErrorDomain, code: Int(EISDIR))])
        #expect(WriteError(during: "build the site into", at: "/ws/_site", error).description
                == "cannot read /ws/theme/list.mustache: is a directory; something else is in the way there; move it away and build again")
        #expect(WriteError(during: "build the site into", at: "/ws/_site", CocoaError(.fileReadCorruptFile)).description
                == "cannot build the site into /ws/_site: a file is not UTF-8 text; fix that and build again")
    }

    @Test("a relative output above a relative workspace is named as the folder it is, not as /")
    func relativeAboveWorkspace() throws {
        // `bearing build --workspace planning --out ..` from the repository root: was "refusing to build into / (a link to /repo)".
        let here = FileManager.default.currentDirectoryPath
        #expect(OutputGuard.lexical("planning/..") == here)
        #expect(OutputGuard.lexical("planning/../site") == here + "/site")
        let guarding = OutputGuard(workspace: here + "/Sources", config: WorkspaceConfig())
        #expect(throws: OutputRefusal.self) { try guarding.check("Sources/..") }
        do { _ = try guarding.check("Sources/..") } catch let refusal as OutputRefusal {
            #expect(refusal.description.hasPrefix("refusing to build into \(here):"), "\(refusal.description)")
        }
    }
}
