import BearingModel
import Testing
@testable import BearingParse

/// The indexes kept across loads answer only for the entries they were built from.
@Suite struct ReferenceIndexesTests {
    static func entry(_ id: String, _ title: String) -> ReferenceIndex.Entry {
        ReferenceIndex.Entry(id: id, title: title, location: SourceLocation(path: "objectives/a.md", line: 1))
    }

    @Test("unchanged entries reuse the index; a renamed or added entry builds a new one that finds it")
    func keptOnlyForTheSameEntries() {
        var indexes = ReferenceIndexes()
        let first = indexes.index(kind: "objective", [Self.entry("a", "Cut toil in half"), Self.entry("b", "Grow the network")])
        #expect(first.resolve("grow") == .found("b"))
        let again = indexes.index(kind: "objective", [Self.entry("a", "Cut toil in half"), Self.entry("b", "Grow the network")])
        #expect(again.resolve("cut toil") == .found("a"))
        let renamed = indexes.index(kind: "objective", [Self.entry("a", "Cut toil in half"), Self.entry("b", "Widen the network")])
        #expect(renamed.resolve("grow") != .found("b"))
        #expect(renamed.resolve("widen") == .found("b"))
        // Kinds are kept apart: the same entries under another kind are another index.
        let items = indexes.index(kind: "roadmap item", [Self.entry("c", "Faster upgrades")])
        #expect(items.resolve("faster") == .found("c"))
        #expect(indexes.index(kind: "objective", [Self.entry("a", "Cut toil in half"), Self.entry("b", "Widen the network")]).resolve("widen") == .found("b"))
    }
}
