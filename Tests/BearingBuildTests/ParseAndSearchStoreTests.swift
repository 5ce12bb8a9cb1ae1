@testable import BearingBuild
import BearingModel
import BearingParse
import BearingSite
import Foundation
import Testing

/// Parsed files (`.bearing-cache/parsed.bin`) and the search index's texts (`search.bin`) kept between runs: a build
/// answered from them writes, byte for byte, the site a build without them writes — after edits, additions, removals, a
/// new bearing.yml, and when the files are damaged or were written by another executable.
@Suite("Parse and search stores")
struct ParseAndSearchStoreTests {
    struct Workspace {
        let root: String
        let pipeline: BuildPipeline

        init() throws {
            root = try InferenceStoreTests.workspace()
            pipeline = BuildPipeline(root: root)
        }

        var parse: ParseStore { ParseStore(root: root) }
        var search: SearchStore { SearchStore(root: root) }

        /// A build into `out` with every store, as `bearing build` makes it (without the kept pages when not `pages`).
        func cached(_ out: String, pages: Bool = true) throws -> [String: Data] {
            let analysis = try BuildPipeline.align(pipeline.load(store: parse), today: "2026-11-15")
            let output = URL(fileURLWithPath: root + "/" + out)
            try pipeline.write(analysis, options: .init(), output: output, store: pages ? PageStore(root: root) : nil, search: search)
            return BuildPipelineTests.files(under: output)
        }

        /// A build with no store: the site the others must equal.
        func plain() throws -> [String: Data] {
            let output = URL(fileURLWithPath: root + "/plain-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: output) }
            try pipeline.write(try BuildPipeline.align(pipeline.load(), today: "2026-11-15"), options: .init(), output: output)
            return BuildPipelineTests.files(under: output)
        }

        func edit(_ path: String, _ change: (String) -> String) throws {
            let file = root + "/" + path
            try change(try String(contentsOfFile: file, encoding: .utf8)).write(toFile: file, atomically: true, encoding: .utf8)
        }

        func modified(_ store: String) throws -> Date? {
            try FileManager.default.attributesOfItem(atPath: store)[.modificationDate] as? Date
        }
    }

    @Test func aSecondBuildReadsBothStoresAndWritesNeitherAgain() throws {
        let ws = try Workspace()
        defer { try? FileManager.default.removeItem(atPath: ws.root) }
        let first = try ws.cached("_site")
        #expect(first == (try ws.plain()))
        #expect(ws.parse.load().count > 1)
        let parsedAt = try ws.modified(ws.parse.path), searchedAt = try ws.modified(ws.search.path)
        #expect(try ws.cached("_site") == first)
        // Rewritten only when something was parsed or cleaned: a store that did not read would be written again.
        #expect(try ws.modified(ws.parse.path) == parsedAt)
        #expect(try ws.modified(ws.search.path) == searchedAt)
    }

    @Test func afterEditsAdditionsAndRemovalsTheSiteIsTheOneWithoutStores() throws {
        let ws = try Workspace()
        defer { try? FileManager.default.removeItem(atPath: ws.root) }
        _ = try ws.cached("_site")
        try ws.edit("objectives/2026-Q1.md") { $0.replacingOccurrences(of: "## Lend hotspots", with: "## Lend more hotspots") + "\nMore text about hotspots.\n" }
        #expect(try ws.cached("_site") == (try ws.plain()))
        try "## Adult literacy\n- Priorities: sustainability\n\nEvening classes for adults learning to read.\n"
            .write(toFile: ws.root + "/objectives/2026-Q3.md", atomically: true, encoding: .utf8)
        #expect(try ws.cached("_site") == (try ws.plain()))
        try FileManager.default.removeItem(atPath: ws.root + "/objectives/2026-Q2.md")
        #expect(try ws.cached("_site") == (try ws.plain()))
        #expect(ws.parse.load().count == 2)
        // A setting that changes how files read: every file parsed again under it.
        try "ignore_headings: [\"Lend more hotspots\"]\n".write(toFile: ws.root + "/bearing.yml", atomically: true, encoding: .utf8)
        #expect(try ws.cached("_site") == (try ws.plain()))
    }

    @Test func storesOfAnotherExecutableOrDamagedAreEmpty() throws {
        let ws = try Workspace()
        defer { try? FileManager.default.removeItem(atPath: ws.root) }
        _ = try ws.cached("_site")
        let folder = ws.root + "/" + InferenceStore.folderName
        #expect(ParseStore(folder: folder, build: "another").load().count == 0)
        #expect(SearchStore(folder: folder, build: "another").load().count == 0)
        #expect(ParseStore(folder: folder, build: nil).load().count == 0)
        for path in [ws.parse.path, ws.search.path] {
            let bytes = try #require(FileManager.default.contents(atPath: path))
            try bytes.prefix(bytes.count / 2).write(to: URL(fileURLWithPath: path))
        }
        #expect(ws.parse.load().count == 0)
        #expect(ws.search.load().count == 0)
        #expect(try ws.cached("_site") == (try ws.plain()))
    }

    /// `bearing check` says "file is UTF-16 … re-save it as UTF-8 (`iconv -f UTF-16 -t UTF-8`)"; after the user did, the
    /// text was the one kept and the warning came back from parsed.bin on every run. Likewise a byte that is not UTF-8,
    /// saved again by an editor as U+FFFD: the same text, and an error the file no longer has.
    @Test func aFileReSavedAsUTF8LosesWhatItsOldBytesWereFoundToBe() throws {
        let ws = try Workspace()
        defer { try? FileManager.default.removeItem(atPath: ws.root) }
        let path = ws.root + "/objectives/2026-Q1.md"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        func codes() -> [DiagnosticCode] { ws.pipeline.load(store: ws.parse).diagnostics.map(\.code) }
        try (Data([0xFF, 0xFE]) + #require(text.data(using: .utf16LittleEndian))).write(to: URL(fileURLWithPath: path))
        #expect(codes().contains(.utf16File))
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(!codes().contains(.utf16File))
        #expect(ws.pipeline.load(store: ws.parse).diagnostics == ws.pipeline.load().diagnostics)

        let at = try #require(text.range(of: "hotspots")).lowerBound
        try (Data(text[..<at].utf8) + Data([0xFF]) + Data(text[at...].utf8)).write(to: URL(fileURLWithPath: path))
        #expect(codes().contains(.notUTF8))
        try (String(text[..<at]) + "\u{FFFD}" + String(text[at...])).write(toFile: path, atomically: true, encoding: .utf8)
        #expect(!codes().contains(.notUTF8))
        #expect(ws.pipeline.load(store: ws.parse).diagnostics == ws.pipeline.load().diagnostics)
    }

    /// An editor that saves "café" decomposed (e + U+0301, as macOS file names and some tools do) changes the file's
    /// bytes but not its text by Swift's `==`: the kept model and search texts, composed, were written into the site.
    /// (Without kept pages: their keys hash text as Swift's `Hasher` does, by `==` too.)
    @Test func aFileRenormalizedIsReadAgainByteForByte() throws {
        let ws = try Workspace()
        defer { try? FileManager.default.removeItem(atPath: ws.root) }
        let path = "objectives/2026-Q1.md"
        try ws.edit(path) { ($0.replacingOccurrences(of: "## Lend hotspots", with: "## Lend café hotspots") + "\nThe café lends them.\n")
            .precomposedStringWithCanonicalMapping }
        _ = try ws.cached("_site", pages: false)
        // The search index's texts alone: the file parsed again, its texts cleaned from search.bin.
        try ws.edit(path) { $0.decomposedStringWithCanonicalMapping }
        try FileManager.default.removeItem(atPath: ws.parse.path)
        let decomposed = try ws.cached("_site", pages: false)
        #expect(decomposed == (try ws.plain()))
        #expect(decomposed.values.contains { $0.range(of: Data("cafe\u{301}".utf8)) != nil })
        // Both stores.
        try ws.edit(path) { $0.precomposedStringWithCanonicalMapping }
        #expect(try ws.cached("_site", pages: false) == (try ws.plain()))
    }
}
