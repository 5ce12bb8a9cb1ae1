import BearingBuild
import BearingModel
import BearingParse
import BearingSite
import BearingStore
import Foundation
import Testing

@Suite("Build pipeline")
struct BuildPipelineTests {
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// An in-memory workspace with a parse finding (an unknown status, in 2026-Q2.md) and an alignment finding (a
    /// declared priority the text does not support, in 2026-Q1.md): the stages find them in the other order than
    /// their files sort. The declaration is the one BearingAlignTests' ScoringTests knows to be contradicted.
    static func files() throws -> [String: String] {
        let strategy = try String(contentsOf: repositoryRoot.appendingPathComponent("eval/riverbend-library/strategy.md"), encoding: .utf8)
        return [
            "/ws/strategy.md": strategy,
            "/ws/objectives/2026-Q1.md": """
                ## Lend hotspots
                - Priorities: sustainability

                Lend mobile wifi hotspots and laptops to households without broadband, and teach seniors to use email and video calls online.
                """,
            "/ws/objectives/2026-Q2.md": "## Story time\n- Status: sideways\n\nWeekly picture-book readings for toddlers and parents, with rhymes and songs.\n",
        ]
    }

    @Test("the plan's and the alignment's diagnostics are one list, sorted by place")
    func oneDiagnosticList() throws {
        let pipeline = BuildPipeline(root: "/ws", fileSystem: .memory(try Self.files()))
        let loaded = pipeline.load()
        let analysis = try pipeline.analyze(today: "2026-11-15")
        #expect(loaded.diagnostics.contains { $0.code == .unknownStatus && $0.location.path == "objectives/2026-Q2.md" })
        #expect(analysis.alignment.diagnostics.contains { $0.code == .declaredUnsupported && $0.location.path == "objectives/2026-Q1.md" })
        #expect(Set(loaded.diagnostics).isSubset(of: Set(analysis.diagnostics)))
        #expect(analysis.diagnostics == analysis.diagnostics.sorted(by: Diagnostic.ordered))
        #expect(analysis.alignment.diagnostics.allSatisfy(analysis.diagnostics.contains))
    }

    @Test("a date that is not YYYY-MM-DD stops the pipeline before anything is scored")
    func badDate() throws {
        let pipeline = BuildPipeline(root: "/ws", fileSystem: .memory(try Self.files()))
        #expect(throws: BuildPipeline.Failure.self) { try pipeline.analyze(today: "15/11/2026") }
    }

    @Test("the database is written into the site's staging folder and swapped in with the pages")
    func databaseBesidePages() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bearing-pipeline-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let pipeline = BuildPipeline(root: Self.repositoryRoot.path)
        let analysis = try pipeline.analyze(today: "2026-11-15")
        let output = folder.appendingPathComponent("site")
        let pages = try pipeline.write(analysis, options: SiteBuilder.Options(data: [.database, .json, .csv]), output: output)
        #expect(pages > 0)
        for file in ["index.html", "data/planning.db", "data/planning.json", "data/objectives.csv"] {
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(file).path), "\(file)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["site"], "no staging folder is left")
    }

    @Test("two builds of the same input are byte-identical, database included")
    func deterministic() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bearing-pipeline-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let pipeline = BuildPipeline(root: Self.repositoryRoot.path)
        let analysis = try pipeline.analyze(today: "2026-11-15")
        let options = SiteBuilder.Options(data: [.database, .json, .csv])
        for name in ["a", "b"] { try pipeline.write(analysis, options: options, output: folder.appendingPathComponent(name)) }
        let a = Self.files(under: folder.appendingPathComponent("a")), b = Self.files(under: folder.appendingPathComponent("b"))
        #expect(a.count > 40 && a.keys.sorted() == b.keys.sorted())
        for (path, data) in a { #expect(b[path] == data, "\(path) differs") }
        #expect(a["data/planning.db"] != nil && a["data/objectives.csv"] != nil)
    }

    static let dataCases: [(DataFiles, [String])] = [
        (.database, ["planning.db"]), ([.database, .json], ["planning.db", "planning.json"]),
        ([.database, .csv], ["planning.db"] + PlanningDatabase.csvTableNames.map { $0 + ".csv" }), ([], []),
    ]

    @Test("data/ holds planning.db by default, planning.json and the CSV tables on request, nothing with none", arguments: dataCases)
    func dataFiles(data: DataFiles, expected: [String]) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bearing-pipeline-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let pipeline = BuildPipeline(root: Self.repositoryRoot.path)
        try pipeline.write(try pipeline.analyze(today: "2026-11-15"), options: SiteBuilder.Options(data: data), output: folder)
        let all = Self.files(under: folder)
        let written = all.keys.filter { $0.hasPrefix("data/") }.map { String($0.dropFirst("data/".count)) }
        #expect(written.sorted() == expected.sorted())
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("data").path) == !data.isEmpty)
        if data.contains(.csv) {
            #expect(all["data/objectives.csv"].map { String(decoding: $0, as: UTF8.self).hasPrefix("id,quarter,title,") } == true)
        }
    }

    static func files(under root: URL) -> [String: Data] {
        var result: [String: Data] = [:]
        let paths = FileManager.default.subpaths(atPath: root.path) ?? []
        for path in paths {
            if let data = FileManager.default.contents(atPath: root.appendingPathComponent(path).path) { result[path] = data }
        }
        return result
    }
}
