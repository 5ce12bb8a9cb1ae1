import Foundation
import Testing
import TestSupport
@testable import BearingModel
@testable import BearingParse
@testable import BearingReport

/// The records that print themselves (`JSONWritable`) must print exactly what JSONEncoder prints for their
/// synthesized `Encodable` form: same keys, same order, same nulls, same numbers and escapes.
@Suite("JSON writer")
struct JSONWriterTests {
    static func foundation<T: Encodable>(_ value: T) throws -> [UInt8] { try referenceJSON(value) }

    /// Writes with the record's own `write(to:)`, never through Encodable.
    static func written<T: JSONWritable>(_ value: T) -> [UInt8] {
        var writer = JSONWriter()
        value.write(to: &writer)
        return writer.bytes
    }

    static func expectSame(_ document: ExportDocument) throws {
        for record in document.objectives {
            #expect(written(record) == (try foundation(record)), "objective \(record.id)")
            for initiative in record.initiatives { #expect(written(initiative) == (try foundation(initiative))) }
        }
        for record in document.roadmapItems { #expect(written(record) == (try foundation(record)), "roadmap item \(record.id)") }
        for record in document.diagnostics { #expect(written(record) == (try foundation(record))) }
        var writer = JSONWriter()
        try writer.encodable(document)
        #expect(writer.bytes == (try foundation(document)))
        // `bearing export` streams the same document entry by entry.
        #expect(try Array(document.json().utf8) == foundation(document) + [0x0A])
    }

    @Test("empty and nested containers, sorted data keys and escapes are laid out as JSONEncoder lays them out")
    func layout() throws {
        var metadata = Metadata()
        metadata.custom = [("Zed", "1"), ("abc", "quote \" slash / é"), ("B", "</x>\n"), ("é", "")].map { CustomField(key: $0, value: $1) }
        metadata.owners = []
        let record = MetadataRecord(metadata)
        #expect(Self.written(record) == (try Self.foundation(record)))
        let nested = MetadataRecord(Metadata())
        #expect(Self.written(nested) == (try Self.foundation(nested)))
    }

    @Test("the example workspace's records are byte-identical to JSONEncoder's")
    func example() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        try Self.expectSame(ExportDocument(WorkspaceLoader().load(root: root.path)))
    }

    @Test("the 2i2c plan, read as roadmaps and objectives, is byte-identical", .enabled(if: Corpus.isPresent, Corpus.absent))
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

    @Test("random objectives and roadmap items, every field present or absent, are byte-identical", arguments: [1, 2, 3] as [UInt64])
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
