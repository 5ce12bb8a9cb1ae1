import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// Parsed files kept on disk between runs (`ParsedFiles+Bytes`): what is read back must be what was parsed, to the
/// last field, or a warm build would differ from a full one.
@Suite("Parsed files as bytes")
struct ParsedFilesBytesTests {
    static let shared = Corpus.root.deletingLastPathComponent()

    /// Every Markdown file of the shared corpus, read as a roadmap and as objectives, beside a strategy.
    static func corpusWorkspace() throws -> [String: String] {
        var files = ["strategy.md": minimalStrategy]
        let walker = FileManager.default.enumerator(atPath: shared.path)
        while let relative = walker?.nextObject() as? String {
            guard relative.hasSuffix(".md"), !relative.hasSuffix("SHAPE.md") else { continue }
            let text = try String(contentsOf: shared.appendingPathComponent(relative), encoding: .utf8)
            let name = relative.replacingOccurrences(of: "/", with: "-")
            files["roadmaps/" + name] = text
            files["objectives/" + name] = text
        }
        return files
    }

    static func load(_ files: [String: String], parsed: inout ParsedFiles) -> Plan {
        let disk = FileSystem.memory(Dictionary(uniqueKeysWithValues: files.map { ("/ws/" + $0.key, $0.value) }))
        return WorkspaceLoader(fileSystem: disk).load(root: "/ws", parsed: &parsed)
    }

    @Test("every corpus file reads back as parsed, and a load from the copy parses nothing and gives the same plan",
          .enabled(if: FileManager.default.fileExists(atPath: shared.path), "../shared/corpus is not beside the repository; skipped"))
    func corpusRoundTrip() throws {
        let files = try Self.corpusWorkspace()
        var parsed = ParsedFiles()
        let plan = Self.load(files, parsed: &parsed)
        #expect(parsed.latestChanges == files.count - 1)
        let bytes = try #require(parsed.bytes(stamp: "test"))
        let copy = try #require(ParsedFiles(bytes: bytes, stamp: "test"))
        // The strategy is parsed every time; everything else is kept.
        #expect(copy.count == files.count - 1)
        for (path, entry) in copy.entries {
            let original = try #require(parsed.entries[path])
            #expect(entry.text == original.text && entry.digest == original.digest, "\(path)")
            #expect(entry.diagnostics == original.diagnostics, "\(path)")
            switch (entry.result, original.result) {
            case (.objectives(let read), .objectives(let written)): #expect(read == written, "\(path)")
            case (.roadmap(let read), .roadmap(let written)): #expect(read == written, "\(path)")
            case (.skipped, .skipped): break
            default: Issue.record("\(path): read back as another kind of file")
            }
        }
        // What `==` does not compare (a custom field's location) is compared as the bytes it is written as: encoded
        // again from the models read, and copied from the bytes read (`Entry.encoded`).
        let models = ParsedFiles(entries: copy.entries.mapValues { entry in
            var entry = entry
            entry.encoded = nil
            return entry
        }, config: copy.config)
        #expect(models.bytes(stamp: "test") == bytes)
        #expect(copy.bytes(stamp: "test") == bytes)
        var reloaded = copy
        let again = Self.load(files, parsed: &reloaded)
        #expect(reloaded.latestChanges == 0)
        #expect(again.objectiveFiles == plan.objectiveFiles)
        #expect(again.roadmaps == plan.roadmaps)
        #expect(again.strategy == plan.strategy)
        #expect(again.diagnostics == plan.diagnostics)
    }

    @Test("an edited file is parsed again; a removed one is forgotten")
    func editsAndRemovals() throws {
        var files = ["strategy.md": minimalStrategy, "roadmaps/a.md": "# A\n\n## Now\n\n- Ship it\n",
                     "roadmaps/b.md": "# B\n\n## Next\n\n- Plan it\n"]
        var parsed = ParsedFiles()
        _ = Self.load(files, parsed: &parsed)
        let bytes = try #require(parsed.bytes(stamp: "s"))
        var copy = try #require(ParsedFiles(bytes: bytes, stamp: "s"))
        files["roadmaps/a.md"] = "# A\n\n## Now\n\n- Ship it today\n"
        files["roadmaps/b.md"] = nil
        let plan = Self.load(files, parsed: &copy)
        #expect(plan.roadmaps.flatMap(\.items).map(\.title) == ["Ship it today"])
        // The edited file and the removed one (the strategy is parsed every time and never kept).
        #expect(copy.latestChanges == 2)
        #expect(copy.count == 2)
        // Written again from one entry copied as read and one encoded anew, the file reads back whole.
        let mixed = try #require(copy.bytes(stamp: "s"))
        let again = try #require(ParsedFiles(bytes: mixed, stamp: "s"))
        for (path, entry) in copy.entries where entry.isKeptOnDisk {
            #expect(again.entries[path]?.text == entry.text, "\(path)")
            #expect(again.entries[path]?.diagnostics == entry.diagnostics, "\(path)")
        }
        #expect(again.count == copy.entries.values.filter(\.isKeptOnDisk).count)
    }

    @Test("bytes cut short, under another stamp or damaged never read as files")
    func damagedBytes() throws {
        var parsed = ParsedFiles()
        _ = Self.load(["strategy.md": minimalStrategy, "objectives/2026-q1.md": "# Q1 2026\n\n## Grow\n\n- KR: 40% → 60%\n",
                       "roadmaps/r.md": "# R\n\n## Now\n\n- **Ship** — due 2026-03-01\n"], parsed: &parsed)
        let bytes = try #require(parsed.bytes(stamp: "one"))
        #expect(ParsedFiles(bytes: bytes, stamp: "two") == nil)
        for cut in stride(from: 0, to: bytes.count, by: 7) {
            #expect(ParsedFiles(bytes: Array(bytes[..<cut]), stamp: "one") == nil)
        }
        #expect(ParsedFiles(bytes: bytes + [0], stamp: "one") == nil)
        // A changed byte anywhere, a letter of a title included: the checksum refuses it.
        for position in bytes.indices {
            var damaged = bytes
            damaged[position] ^= 1 << UInt8(position % 8)
            #expect(ParsedFiles(bytes: damaged, stamp: "one") == nil, "byte \(position)")
        }
    }

    /// A stored property added to a model type must be added to `ModelBytes+Plan.swift` / `ModelBytes+Blocks.swift`
    /// (and the store's `format` bumped): a field the bytes leave out would read back empty after a warm build.
    @Test("the bytes know every stored property of the parsed model")
    func storedProperties() {
        let location = SourceLocation(path: "p")
        let counts: [(Any, Int)] = [
            (ObjectivesFile(path: "p", title: "t", intro: "", objectives: []), 10),
            (KeyResultPage(keyResult: KeyResult(text: "k", done: false, progressSource: .unknown, location: location), objectiveTitle: "o",
                           objectivePath: nil, location: location), 5),
            (Objective(id: "o", title: "t", metadata: Metadata(), keyResults: [], initiatives: [], body: "", location: location,
                       explicitID: false).fields, 14),
            (Initiative(id: "i", title: "t", metadata: Metadata(), keyResults: [], body: "", location: location), 8),
            (KeyResult(text: "k", done: false, progressSource: .unknown, location: location), 10),
            (KeyResultFigures(), 4), (Metadata(), 13), (Reference("r", at: location), 4), (CustomField(key: "k", value: "v"), 3),
            (ResolvedReferences(), 7), (location, 3), (Quarter(year: 2026, number: 1)!, 4),
            (Roadmap(id: "r", path: "p", title: "t", lanes: [], items: []), 9),
            (Lane(title: "l", kind: .horizon, location: location), 7), (LaneGroup(title: "g", intro: []), 2),
            (RoadmapItem(id: "i", roadmap: "r", lane: "l", title: "t", metadata: Metadata(), body: "", location: location,
                         explicitID: false), 14),
            (Block(.thematicBreak, line: 1, endLine: 1), 4), (ListItem(blocks: [], line: 1, column: 1, endLine: 1), 8),
            (TableCell([], line: 1, column: 1), 3), (InlineField(key: "k", value: "v", line: 1, valueColumn: 1), 4),
            (HeadingAnchors(), 2), (Diagnostic(.note, .skippedFile, "m", at: location), 6), (ReferenceCandidates(kind: "k", ids: []), 2),
        ]
        for (value, count) in counts {
            #expect(Mirror(reflecting: value).children.count == count, "\(type(of: value))")
        }
    }
}
