import Foundation
import Testing
import TestSupport
@testable import BearingModel
@testable import BearingParse
@testable import BearingReport

/// planning.json and `bearing export` are printed by `JSONWriter` alone: every record writes its keys in
/// sorted snake_case order by hand. These tests hold the writer's layout to JSONEncoder's on plain values, and
/// every document to sorted keys and valid JSON; the golden report.json holds the whole example's bytes.
@Suite("JSON writer")
struct JSONWriterTests {
    static func foundation<T: Encodable>(_ value: T) throws -> [UInt8] { try referenceJSON(value) }

    static func written<T: JSONWritable>(_ value: T) -> [UInt8] {
        var writer = JSONWriter()
        value.write(to: &writer)
        return writer.bytes
    }

    static func expectSame(_ document: ExportDocument) throws {
        let bytes = Array(try document.json().utf8)
        #expect(unsortedKeys(in: bytes) == [])
        #expect((try? JSONSerialization.jsonObject(with: Data(bytes))) != nil, "not valid JSON")
        #expect(bytes.last == 0x0A)
    }

    /// The layout of plain values, against JSONEncoder: numbers, escapes, empty containers, data keys.
    @Test("numbers, escapes, empty and nested containers and sorted data keys are laid out as JSONEncoder lays them out")
    func primitives() throws {
        struct Reference: Encodable {
            var aList: [String], custom: [String: String], empty: [String], number: Double, numbers: [Double], shares: [String: Double], text: String?, nothing: String?
        }
        let numbers = [1, 0.5, 1e-5, 123_456_789, 0.1 + 0.2, 1e20, -0.0, 0.0001, 1e16, 12.5, -3.25]
        let custom = ["Zed": "1", "abc": "quote \" slash / é", "B": "</x>\n", "é": "", "a_b": "tab\t bell \u{7} 😀 \u{2028}"]
        let value = Reference(aList: ["a", "b"], custom: custom, empty: [], number: 0.1 + 0.2, numbers: numbers,
                              shares: ["p": 0.25, "a": 1], text: "x", nothing: nil)
        var writer = JSONWriter()
        writer.object { w in
            w.field("a_list", value.aList)
            w.field("custom", value.custom)
            w.field("empty", value.empty)
            w.field("number", value.number)
            w.key("numbers")
            w.array(numbers) { $0.number($1) }
            w.field("shares", value.shares)
            w.field("text", value.text)
        }
        #expect(writer.bytes == (try Self.foundation(value)))
        #expect(unsortedKeys(in: writer.bytes) == [])
        var nothing = JSONWriter()
        nothing.object { $0.field("nothing", nil as String?) }
        #expect(String(decoding: nothing.bytes, as: UTF8.self) == "{\n  \"nothing\" : null\n}")
    }

    @Test("the order check finds keys out of order")
    func orderCheckCanFail() {
        var writer = JSONWriter()
        writer.object { w in
            w.field("b", 1)
            w.key("nested")
            w.object { $0.field("z", 1); $0.field("a", 2) }
            w.field("a", 1)
        }
        #expect(unsortedKeys(in: writer.bytes) == ["z > a", "nested > a"])
    }

    @Test("metadata with data keys prints them sorted")
    func layout() throws {
        var metadata = Metadata()
        metadata.custom = [("Zed", "1"), ("abc", "quote \" slash / é"), ("B", "</x>\n"), ("é", "")].map { CustomField(key: $0, value: $1) }
        #expect(unsortedKeys(in: Self.written(MetadataRecord(metadata))) == [])
        #expect(unsortedKeys(in: Self.written(MetadataRecord(Metadata()))) == [])
    }

    @Test("the example workspace's export is valid JSON with sorted keys")
    func example() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        try Self.expectSame(ExportDocument(WorkspaceLoader().load(root: root.path)))
    }

    @Test("the 2i2c plan, read as roadmaps and objectives, exports valid JSON with sorted keys", .enabled(if: Corpus.isPresent, Corpus.absent))
    func corpus() throws {
        let plan = loadWorkspace([
            "strategy.md": try Corpus.text("docs/about-strategy-index_2022.md"),
            "roadmaps/plan.md": try Corpus.text("team-compass/organization/plan_2026.md"),
            "roadmaps/roadmap.md": try Corpus.text("roadmap/docs/index.md"),
            "objectives/goals.md": "---\nquarter: 2026-Q1\n---\n" + (try Corpus.text("roadmap/docs/completed.md")),
        ])
        #expect(!plan.roadmapItems.isEmpty)
        try Self.expectSame(ExportDocument(plan))
    }

    @Test("random objectives and roadmap items, every field present or absent, export valid JSON with sorted keys", arguments: [1, 2, 3] as [UInt64])
    func random(seed: UInt64) throws {
        var random = SeededGenerator(state: seed)
        func maybe(_ line: String) -> String { Bool.random(using: &random) ? line + "\n" : "" }
        let words = ["hub", "cost", "quote \"q\"", "back\\slash", "é", "<b>", "co-funding", "tab\there"]
        func text(_ count: Int) -> String { (0..<count).map { _ in words.randomElement(using: &random)! }.joined(separator: " ") }
        var objectives = "---\nquarter: 2026-Q1\n---\n# Objectives\n\n"
        var roadmap = "# Roadmap\n\n## Now\n\n"
        for index in 0..<40 {
            objectives += "## Objective \(index) \(text(2))\n\n"
            objectives += maybe("- Owner: Person \(index), Other \(text(1))") + maybe("- Team: \(text(1))") + maybe("- Status: at-risk")
                + maybe("- Priorities: platform") + maybe("- Effort: \(Int.random(in: 1...8, using: &random))")
                + maybe("- Confidence: 0.\(Int.random(in: 1...9, using: &random))") + maybe("- Due: 2026-03-0\(Int.random(in: 1...9, using: &random))")
                + maybe("- Issues: #\(index), #\(index + 1)") + maybe("- Sponsor: \(text(2))") + maybe("- Roadmap: roadmap")
            objectives += "\n\(text(12))\n\n"
            objectives += maybe("- [x] \(text(3)) from 10 to 40, now \(Int.random(in: 10...40, using: &random))") + maybe("- [ ] \(text(2)) 3/7 done")
            objectives += maybe("\n### Initiative \(index)\n\n- Owner: \(text(1))\n\n- [ ] \(text(2))")
            objectives += "\n"
            roadmap += "### Item \(index) \(text(2))\n\n" + maybe("- Status: done") + maybe("- Priorities: platform, nowhere")
                + maybe("- Depends on: item \(max(0, index - 1))") + maybe("- Objectives: objective \(index)") + maybe("- Owner: \(text(1))")
                + "\n\(text(8))\n\n"
        }
        let plan = loadWorkspace(["strategy.md": "# Strategy\n\n## Priorities\n\n1. **Platform.** One platform. {#platform}\n",
                                  "objectives/2026-Q1.md": objectives, "roadmaps/roadmap.md": roadmap])
        #expect(plan.objectives.count == 40)
        try Self.expectSame(ExportDocument(plan))
    }
}

/// JSON has no infinity: an overflow the model let through is written `null`, so the file still parses.
@Suite("JSON writer and non-finite numbers")
struct JSONNonFiniteTests {
    @Test func infinityAndNaNAreNull() throws {
        var writer = JSONWriter()
        writer.number(.infinity)
        #expect(String(decoding: writer.bytes, as: UTF8.self) == "null")
        var other = JSONWriter()
        other.number(.nan)
        #expect(String(decoding: other.bytes, as: UTF8.self) == "null")
    }
}
