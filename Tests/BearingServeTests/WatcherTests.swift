import BearingModel
import BearingParse
@testable import BearingServe
import Foundation
import Testing

@Suite("Workspace watchers")
struct WatcherTests {
    static let list = WatchList(folders: ["objectives", "roadmaps", "theme"], files: ["bearing.yml", "strategy.md"])

    @Test("only the planning files, their folders and theme/ matter; the built site, .git and editor files do not")
    func relevance() {
        for path in ["strategy.md", "bearing.yml", "objectives/2026-Q4.md", "objectives/team/a.md", "theme/layout.mustache", "roadmaps", "./strategy.md"] {
            #expect(Self.list.isRelevant(path), "\(path)")
        }
        for path in ["_site/index.html", ".git/index", "README.md", "objectives-old/a.md", "objectives/.2026-Q4.md.swp", "objectives/2026-Q4.md~"] {
            #expect(!Self.list.isRelevant(path), "\(path)")
        }
        #expect(Self.list.fileFolders == [""])
    }

    @Test("configured paths, globs included, become watched folders")
    func fromConfig() {
        var config = WorkspaceConfig()
        config.strategyPath = "plan/strategy.md"
        config.objectivePaths = ["okrs/*.md", "./goals"]
        config.roadmapPaths = ["plan/roadmaps/q*.md"]
        let list = WatchList(config: config)
        #expect(list.folders == ["goals", "okrs", "plan/roadmaps", "theme"])
        #expect(list.files == ["bearing.yml", "plan/strategy.md"])
        #expect(list.fileFolders == ["", "plan"])
    }

    @Test("the pictures the plan's text shows are watched wherever they are, so a changed one rebuilds the site")
    func images() {
        let files = ["/ws/strategy.md": "# S\n\n![d](images/d.png)\n\n## Priorities\n\n### A\n\nText.\n",
                     "/ws/objectives/2026-Q4.md": "## O\n\n![r](https://example.com/r.png) <img src=\"../shared/o.svg\">\n"]
        let list = WatchList(plan: WorkspaceLoader(fileSystem: .memory(files)).load(root: "/ws"))
        #expect(list.files == ["bearing.yml", "images/d.png", "shared/o.svg", "strategy.md"])
        #expect(list.isRelevant("images/d.png") && list.isRelevant("shared/o.svg") && !list.isRelevant("images/other.png"))
        #expect(list.fileFolders == ["", "images", "shared"])
    }

    @Test("polling compares sizes and times: added, removed and changed files")
    func pollingDifference() {
        typealias Stamp = PollingWatcher.Stamp
        let before = ["a.md": Stamp(size: 1, modified: 1), "b.md": Stamp(size: 1, modified: 1), "c.md": Stamp(size: 1, modified: 1)]
        let after = ["a.md": Stamp(size: 1, modified: 1), "b.md": Stamp(size: 2, modified: 1), "d.md": Stamp(size: 1, modified: 1)]
        #expect(PollingWatcher.difference(before, after) == ["b.md", "c.md", "d.md"])
    }

    /// A workspace with an objectives folder, removed by the caller.
    static func workspace() throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("bearing-watch-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root + "/objectives", withIntermediateDirectories: true)
        try Data("# Strategy\n".utf8).write(to: URL(fileURLWithPath: root + "/strategy.md"))
        return root
    }

    /// Collects what a watcher reports until `expected` has all been seen (or a generous minute has passed).
    static func collect(_ watcher: any WorkspaceWatcher, until expected: Set<String>, after change: () throws -> Void) throws -> Set<String> {
        let seen = Seen()
        watcher.start { seen.add($0) }
        defer { watcher.stop() }
        try change()
        let deadline = Date().addingTimeInterval(60)
        while !expected.isSubset(of: seen.paths), Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        return seen.paths
    }

    final class Seen: @unchecked Sendable {
        private let lock = NSLock()
        private var all: Set<String> = []
        func add(_ paths: Set<String>) { lock.lock(); all.formUnion(paths); lock.unlock() }
        var paths: Set<String> { lock.lock(); defer { lock.unlock() }; return all }
    }

    #if canImport(Glibc)
    @Test("inotify sees a saved file, files in a folder created after it started, and a new theme folder; not _site")
    func inotify() throws {
        let root = try Self.workspace()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let watcher = try InotifyWatcher(root: root, list: Self.list)
        let seen = Seen()
        watcher.start { seen.add($0) }
        defer { watcher.stop() }
        func wait(for expected: Set<String>) {
            let deadline = Date().addingTimeInterval(60)
            while !expected.isSubset(of: seen.paths), Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        }
        try FileManager.default.createDirectory(atPath: root + "/_site", withIntermediateDirectories: true)
        try Data("x".utf8).write(to: URL(fileURLWithPath: root + "/_site/index.html"))
        try Data("# Strategy, edited\n".utf8).write(to: URL(fileURLWithPath: root + "/strategy.md"))
        try FileManager.default.createDirectory(atPath: root + "/objectives/team", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: root + "/theme", withIntermediateDirectories: true)
        wait(for: ["strategy.md", "objectives/team", "theme"])
        // Written only once the new folders were reported: seen only if they got watches of their own.
        try Data("## A\n".utf8).write(to: URL(fileURLWithPath: root + "/objectives/team/a.md"))
        try Data("{{content}}".utf8).write(to: URL(fileURLWithPath: root + "/theme/layout.mustache"))
        let expected: Set<String> = ["strategy.md", "objectives/team/a.md", "theme/layout.mustache"]
        wait(for: expected)
        #expect(expected.isSubset(of: seen.paths))
        #expect(!seen.paths.contains { $0.hasPrefix("_site") })
    }
    #endif

    @Test("polling sees a saved file and a new one in a new folder")
    func polling() throws {
        let root = try Self.workspace()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let watcher = PollingWatcher(root: root, list: Self.list, interval: 0.05)
        let expected: Set<String> = ["strategy.md", "objectives/team/a.md"]
        let seen = try Self.collect(watcher, until: expected) {
            try Data("# Strategy, edited at more length\n".utf8).write(to: URL(fileURLWithPath: root + "/strategy.md"))
            try FileManager.default.createDirectory(atPath: root + "/objectives/team", withIntermediateDirectories: true)
            try Data("## A\n".utf8).write(to: URL(fileURLWithPath: root + "/objectives/team/a.md"))
        }
        #expect(expected.isSubset(of: seen))
    }
}

@Suite("Site routes")
struct SiteRouteTests {
    static let files = ["index.html": Data(), "quarters/index.html": Data(), "quarters/2026-Q4.html": Data(), "assets/style.css": Data()]

    @Test("paths map like a static file server over the built folder")
    func routes() {
        #expect(SiteRoute.resolve("/", in: Self.files) == .file("index.html"))
        #expect(SiteRoute.resolve("/quarters/", in: Self.files) == .file("quarters/index.html"))
        #expect(SiteRoute.resolve("/quarters", in: Self.files) == .redirect("/quarters/"))
        #expect(SiteRoute.resolve("/quarters/2026-Q4.html", in: Self.files) == .file("quarters/2026-Q4.html"))
        #expect(SiteRoute.resolve("/quarters/2026%2DQ4.html", in: Self.files) == .file("quarters/2026-Q4.html"))
        #expect(SiteRoute.resolve("/quarters/../index.html", in: Self.files) == .notFound)
        #expect(SiteRoute.resolve("/missing.html", in: Self.files) == .notFound)
        #expect(SiteRoute.contentType(of: "assets/style.css") == "text/css; charset=utf-8")
    }
}
