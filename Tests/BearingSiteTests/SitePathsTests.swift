import Testing
import TestSupport
@testable import BearingSite

/// Ids that are already safe paths skip the split-and-map; every id must map exactly as the general rule maps it.
@Suite("Site paths")
struct SitePathsTests {
    /// The general rule, as it was before the shortcuts.
    static func reference(objective id: String) -> String {
        "objectives/" + id.split(separator: "/").map { SitePaths.component(String($0)) }.joined(separator: "/") + ".html"
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
            #expect(SitePaths.objective(id) == Self.reference(objective: id), "\(id)")
            #expect(SitePaths.anchor(id) == Self.reference(anchor: id), "\(id)")
        }
    }
}
