import Foundation
import Testing
import BearingModel
import BearingAlign
import BearingReport
import BearingStore
@testable import BearingSite

@Suite("Site build")
struct SiteBuildTests {
    @Test("two builds of the same input are byte-identical (with the database: BuildPipelineTests)")
    func deterministic() throws {
        let (plan, alignment) = Site.example()
        let folder = try Site.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let options = SiteBuilder.Options(data: [.database, .json])
        try SiteBuilder().build(plan: plan, alignment: alignment, options: options, output: folder.appendingPathComponent("a"))
        try SiteBuilder().build(plan: plan, alignment: alignment, options: options, output: folder.appendingPathComponent("b"))
        let a = Site.files(under: folder.appendingPathComponent("a")), b = Site.files(under: folder.appendingPathComponent("b"))
        #expect(a.count > 40)
        #expect(Set(a.keys) == Set(b.keys))
        for (path, data) in a { #expect(b[path] == data, "\(path) differs") }
        #expect(a["data/planning.json"] != nil && a["index.html"] != nil)
    }

    static let lists: [(String, DataFiles?)] = [
        ("json,csv", [.database, .json, .csv]), ("db", .database), ("JSON", [.database, .json]), ("db, csv", [.database, .csv]),
        ("none", []), ("none,json", nil), ("xml", nil), ("", nil), (",", nil),
    ]

    @Test("--data parses a list beside planning.db, or none", arguments: lists)
    func dataList(list: String, expected: DataFiles?) {
        #expect(DataFiles(list: list) == expected)
    }

    @Test("a build that fails half-way leaves the previous site untouched and no temporary folder behind")
    func atomic() throws {
        let (plan, alignment) = Site.example()
        let folder = try Site.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("_site")
        try SiteBuilder().build(plan: plan, alignment: alignment, options: .init(), output: output)
        let before = Site.files(under: output)
        var failing = SiteBuilder()
        // Fails on one page in the middle of the build (writes run in parallel, so "half-way" is a file, not a count).
        failing.writer.writeFile = { bytes, path, _ in
            if path.hasSuffix("quarters/2026-Q3.html") { throw CocoaError(.fileWriteOutOfSpace) }
            try OutputWriter.write(bytes, to: path)
        }
        var changed = plan
        changed.objectiveFiles[0].objectives[0].title = "Something else entirely"
        #expect(throws: WriteError.self) {
            try failing.build(plan: changed, alignment: alignment, options: .init(), output: output)
        }
        #expect(Site.files(under: output) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["_site"])
    }

    @Test("a rebuild links unchanged files from the previous site and writes changed ones anew")
    func reusesUnchangedFiles() throws {
        let (plan, alignment) = Site.example()
        let folder = try Site.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("_site")
        func inode(_ path: String) throws -> UInt64 {
            try #require(try FileManager.default.attributesOfItem(atPath: output.appendingPathComponent(path).path)[.systemFileNumber] as? UInt64)
        }
        try SiteBuilder().build(plan: plan, alignment: alignment, options: .init(), output: output)
        let objective = SitePaths(plan: plan).objective(plan.objectives[0].id)
        let (scoring, page) = (try inode("scoring.html"), try inode(objective))
        var changed = plan
        changed.objectiveFiles[0].objectives[0].title = "Something else entirely"
        try SiteBuilder().build(plan: changed, alignment: alignment, options: .init(), output: output)
        #expect(try inode("scoring.html") == scoring)
        #expect(try inode(objective) != page)
        #expect(try String(contentsOf: output.appendingPathComponent(objective), encoding: .utf8).contains("Something else entirely"))
        // The rebuild, with its linked and streamed files, is exactly a fresh build and exactly the in-memory render.
        let fresh = folder.appendingPathComponent("fresh")
        try SiteBuilder().build(plan: changed, alignment: alignment, options: .init(), output: fresh)
        let rebuilt = Site.files(under: output), plain = Site.files(under: fresh)
        #expect(Set(rebuilt.keys) == Set(plain.keys))
        for (path, data) in plain { #expect(rebuilt[path] == data, "\(path) differs from a fresh build") }
        for (path, data) in try SiteBuilder().render(plan: changed, alignment: alignment, options: .init()) {
            #expect(rebuilt[path] == data, "\(path) differs from the in-memory render")
        }
    }

    @Test("a successful rebuild replaces the site completely, marker included")
    func replaces() throws {
        let (plan, alignment) = Site.example()
        let folder = try Site.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("_site")
        try SiteBuilder().build(plan: plan, alignment: alignment, options: .init(), output: output)
        // A page of Bearing's an earlier build wrote (a removed objective's); what the user adds at the top is kept
        // (`SiteOutputNamesTests`).
        try Data("stale".utf8).write(to: output.appendingPathComponent("objectives/stale.html"))
        try SiteBuilder().build(plan: plan, alignment: alignment, options: .init(), output: output)
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("objectives/stale.html").path))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("index.html").path))
        #expect(Site.files(under: output)[SiteMarker.name] == Data(SiteMarker.bytes))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["_site"])
    }

    /// The in-memory render holds every file but the database and the CSV tables, so these are added when written;
    /// a page linking to a data file the build did not write fails here.
    @Test("every page loads only files of the site, and every internal link resolves, data files included",
          arguments: [DataFiles.database, [.database, .json, .csv], []])
    func internalLinks(data: DataFiles) throws {
        let (plan, alignment) = Site.example()
        let files = try SiteBuilder().render(plan: plan, alignment: alignment, options: .init(data: data))
        var paths = Set(files.map(\.0))
        if data.contains(.database) { paths.insert("data/planning.db") }
        if data.contains(.csv) { paths.formUnion(PlanningDatabase.csvTableNames.map { "data/\($0).csv" }) }
        #expect(paths.contains("data/planning.json") == data.contains(.json))
        let footer = try #require(files.first { $0.0 == "index.html" }.map { String(decoding: $0.1, as: UTF8.self) })
        #expect(footer.contains("href=\"data/planning.db\"") == data.contains(.database))
        #expect(footer.contains("href=\"data/planning.json\"") == data.contains(.json))
        let pattern = try NSRegularExpression(pattern: #"<(\w+)[^>]*?\s(href|src|action)="([^"]*)""#)
        for (path, data) in files where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            for match in pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
                let element = String(html[Range(match.range(at: 1), in: html)!])
                let target = String(html[Range(match.range(at: 3), in: html)!])
                // A link to another site is not a request; anything the page loads must come from the site itself.
                if element == "a", target.hasPrefix("https://") || target.hasPrefix("http://") || target.hasPrefix("mailto:") { continue }
                if element == "link", target.hasPrefix("https://"), html.contains("rel=\"canonical\" href=\"\(target)\"") { continue }
                #expect(!target.hasPrefix("/") && !target.contains("://"), "\(path) loads from outside: <\(element)> \(target)")
                let file = target.split(separator: "#", omittingEmptySubsequences: false)[0]
                guard !file.isEmpty else { continue }
                let resolved = URL(fileURLWithPath: "/site/" + path).deletingLastPathComponent().appendingPathComponent(String(file)).standardized.path
                #expect(paths.contains(String(resolved.dropFirst("/site/".count))), "\(path): broken link \(target)")
            }
        }
    }

    @Test("the workspace's theme folder overrides a template")
    func theme() throws {
        let (plan, alignment) = Site.example()
        let theme = try Site.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: theme) }
        try "<h1>Our own dashboard for {{site_title}}</h1>".write(to: theme.appendingPathComponent("dashboard.mustache"), atomically: true, encoding: .utf8)
        let files = try SiteBuilder().render(plan: plan, alignment: alignment, options: .init(themeFolder: theme.path))
        let index = String(decoding: files.first { $0.0 == "index.html" }!.1, as: UTF8.self)
        #expect(index.contains("<h1>Our own dashboard for Community Cloud — planning</h1>"))
        #expect(index.contains("<nav aria-label=\"Main\">"))
    }

    @Test("the scoring page's source is docs/scoring.md")
    func scoringDocument() throws {
        let shipped = try SiteBuilder.resource("scoring", "md")
        let docs = try String(contentsOf: Site.repositoryRoot.appendingPathComponent("docs/scoring.md"), encoding: .utf8)
        #expect(shipped == docs, "copy docs/scoring.md to Sources/BearingSite/Resources/scoring.md")
    }

    @Test("initiatives that share a title each keep their own anchor on the objective page")
    func initiativeAnchors() throws {
        let objectives = "## Cut toil\n\nText.\n\n" + String(repeating: "### Upgrades\n\n- Owner: Jo\n\n", count: 3)
        let (plan, alignment) = Site.memory(["strategy.md": "## Priorities\n\n1. **One.** {#one}\n", "objectives/2026-Q4.md": objectives])
        let files = try SiteBuilder().render(plan: plan, alignment: alignment, options: .init(showProblems: true))
        let page = String(decoding: try #require(files.first { $0.0 == "objectives/2026-q4/cut-toil.html" }).1, as: UTF8.self)
        for id in ["upgrades", "upgrades-2", "upgrades-3"] {
            #expect(page.contains("id=\"item-2026-q4--cut-toil--\(id)\""), "\(id)")
        }
    }

    @Test("the dashboard lists every error; other pages the first ten and a link to the dashboard")
    func manyProblems() throws {
        let objectives = (1...15).map { "## Objective \($0)\n- Priorities: nope\($0)\n" }.joined(separator: "\n")
        let (plan, alignment) = Site.memory(["strategy.md": "## Priorities\n\n1. **One.** {#one}\n", "objectives/2026-Q4.md": objectives])
        let files = try SiteBuilder().render(plan: plan, alignment: alignment, options: .init(showProblems: true))
        func page(_ path: String) -> String { String(decoding: files.first { $0.0 == path }!.1, as: UTF8.self) }
        #expect(page("index.html").components(separatedBy: "[unresolved-reference]").count - 1 == 15)
        #expect(!page("index.html").contains("more: <a"))
        let strategy = page("strategy.html")
        #expect(strategy.components(separatedBy: "[unresolved-reference]").count - 1 == SiteRender.problemsPerPage)
        #expect(strategy.contains("… and 5 more: <a href=\"index.html#problems-title\">"))
        // Open on the dashboard; closed on the other pages, whose content would otherwise start a screen further down.
        #expect(page("index.html").contains("<details class=\"problems\" open>"))
        #expect(strategy.contains("<details class=\"problems\">"))
    }

    @Test("--allow-errors shows the errors on the site; --stamp and --base-url appear only when asked")
    func options() throws {
        let (plan, alignment) = Site.memory(["strategy.md": "## Priorities\n\n1. **One.** {#one}\n", "objectives/2026-Q4.md": "## A\n- Priorities: onr\n"])
        let plain = try SiteBuilder().render(plan: plan, alignment: alignment, options: .init())
        let plainIndex = String(decoding: plain.first { $0.0 == "index.html" }!.1, as: UTF8.self)
        #expect(!plainIndex.contains("problems-title") && !plainIndex.contains("canonical"))
        let shown = try SiteBuilder().render(plan: plan, alignment: alignment, options: .init(baseURL: "https://plans.example.org/team", stamp: "2026-11-24T10:00:00Z", showProblems: true))
        let index = String(decoding: shown.first { $0.0 == "index.html" }!.1, as: UTF8.self)
        #expect(index.contains("This site was built with 1 problem in the plan"))
        #expect(index.contains("unknown priority <code>onr</code>"))
        // The same did-you-mean as `bearing check` prints.
        #expect(index.contains("<span class=\"fix\">did you mean <code>one</code> (“One”)?</span>"))
        // The valid ids once, under the list (ProblemsBannerTests).
        #expect(index.contains("<summary>Valid priority ids (1)</summary>\n<p><code>one</code> </p>"))
        #expect(index.contains("on 2026-11-24T10:00:00Z"))
        #expect(index.contains("<link rel=\"canonical\" href=\"https://plans.example.org/team/index.html\">"))
    }
}

@Suite("Removing a retired site")
struct RemoveTreeTests {
    @Test("removes every file and folder, on both cores, and never follows a symbolic link out of the tree")
    func removesWithoutFollowingLinks() throws {
        let folder = try Site.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let manager = FileManager.default
        let outside = folder.appendingPathComponent("outside")
        try manager.createDirectory(at: outside, withIntermediateDirectories: true)
        try Data("keep".utf8).write(to: outside.appendingPathComponent("keep.txt"))
        let site = folder.appendingPathComponent("site")
        for path in ["index.html", "objectives/2026-q4/a.html", "objectives/2026-q4/b.html", "objectives/2027-q1/c.html", "data/planning.db", "assets/x/y.css"] {
            let url = site.appendingPathComponent(path)
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(path.utf8).write(to: url)
        }
        try manager.createSymbolicLink(at: site.appendingPathComponent("linked"), withDestinationURL: outside)
        try manager.createSymbolicLink(at: site.appendingPathComponent("objectives/linked"), withDestinationURL: outside)
        OutputWriter.removeTree(site.path)
        #expect(!manager.fileExists(atPath: site.path))
        #expect(try String(contentsOf: outside.appendingPathComponent("keep.txt"), encoding: .utf8) == "keep")
    }
}
