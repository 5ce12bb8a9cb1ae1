import Testing
import TestSupport
@testable import BearingSite

/// Ids that are already safe paths skip the split-and-map; every id must map exactly as the general rule maps it.
@Suite("Site paths")
struct SitePathsTests {
    /// The general rule, as it was before the shortcuts (for ids with no `.html` folder or over-long part).
    static func reference(objective id: String) -> String {
        // An id with no part (`/`) once gave the hidden file `objectives/.html`.
        "objectives/" + (id.split(separator: "/").isEmpty ? "x" : id.split(separator: "/").map { SitePaths.component(String($0)) }.joined(separator: "/")) + ".html"
    }

    static func reference(anchor id: String) -> String {
        "item-" + SitePaths.component(id.split(separator: "/", omittingEmptySubsequences: false).joined(separator: "--"))
    }

    @Test("objective paths and anchors match the general rule on awkward and random ids")
    func shortcuts() {
        var random = SeededGenerator(state: 7)
        let pieces = ["a", "Z9", "/", "//", ".", ".x", "-", "_", " ", "é", "\r", "q/", "2026-q4", ".."]
        var ids = ["", "/", "a", ".a", "a/.b", "a//b", "/a", "a/", "2026-q4/cut-toil", "x.y/z", "..", "a/..", "é/b"]
        for _ in 0..<2_000 { ids.append((0..<Int.random(in: 1...5, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()) }
        for id in ids {
            #expect("objectives/" + SitePaths.path(id) + ".html" == Self.reference(objective: id), "\(id)")
            #expect(SitePaths.anchor(id) == Self.reference(anchor: id), "\(id)")
        }
    }

    @Test("two ids that map to one file get distinct files, ignoring case; `index` stays the list page's")
    func injective() {
        let paths = SitePaths.assign(["a+b", "a-b", "A-B", "a b", "a-b-2", "index", "x/y", "x.html/y", "x"], reserved: ["index"])
        #expect(paths["a+b"] == "a-b")
        #expect(paths["a-b"] == "a-b-2")
        #expect(paths["A-B"] == "A-B-3")
        #expect(paths["a b"] == "a-b-4")
        #expect(paths["a-b-2"] == "a-b-2-2")
        #expect(paths["index"] == "index-2")
        #expect(paths["x.html/y"] == "x.html-/y")
        #expect(Set(paths.values.map { $0.lowercased() }).count == paths.count)
    }

    @Test("no part of a path exceeds 255 bytes, and long ids sharing a beginning stay apart")
    func capped() {
        let long = String(repeating: "a", count: 300), longer = long + "b"
        let paths = SitePaths.assign([long, longer, long + "/" + long, "q/" + long, "q/" + long + "+", "q/" + long + "-"])
        #expect(Set(paths.values).count == 6)
        for path in paths.values {
            #expect(path.split(separator: "/").allSatisfy { $0.utf8.count + ".html".utf8.count <= 255 }, "\(path)")
        }
        #expect(paths[long]?.hasPrefix(String(repeating: "a", count: 200)) == true)
    }
}
