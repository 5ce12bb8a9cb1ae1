import BearingModel
@testable import BearingParse
import Testing

/// Session 39's rebuild work changed how two resolving passes skip what they need not touch: ids folded to lowercase
/// only when they have a capital letter or go beyond ASCII, and zero rank codes looked for before a file is gathered.
@Suite struct Rebuild39ParseTests {
    @Test("ids differing only in case are one id, in ASCII and beyond it; lowercase ASCII ids are kept as they are")
    func foldedIDs() {
        #expect(DuplicateIDs.Namespace.folded("2026-q4/hiring") == "2026-q4/hiring")
        #expect(DuplicateIDs.Namespace.folded("Launch") == "launch")
        #expect(DuplicateIDs.Namespace.folded("ÄRGER-q1") == "ärger-q1")
        let plan = loadWorkspace([
            "strategy.md": minimalStrategy,
            "roadmaps/r.md": "## Now\n\n### Launch {#Launch}\n\n### Again {#launch}\n\n### Ärger {#Ärger}\n\n### Once more {#ärger}\n",
        ])
        #expect(plan.errors.filter { $0.code == .duplicateID }.count == 2, "\(plan.errors)")
        #expect(Set(plan.roadmapItems.map { $0.id.lowercased() }).count == 4)
    }

    @Test("a zero code is a rank in the file that writes it; another file's codes still link, with no warning")
    func zeroRankInOneFile() throws {
        let plan = loadWorkspace([
            "strategy.md": "# Strategy\n\n## Our priorities\n\n1. **Faster dashboards.** {#p1}\n2. **Reliable platform.** {#p2}\n",
            "roadmaps/a.md": "## Now\n\n### Tile cache\n\n- Priorities: p1\n\n### Drills\n\n- Priority: P0\n",
            "roadmaps/b.md": "## Now\n\n### Columnar storage\n\n- Priorities: p2\n",
        ])
        let a = try #require(plan.roadmaps.first { $0.path == "roadmaps/a.md" }), b = try #require(plan.roadmaps.first { $0.path == "roadmaps/b.md" })
        #expect(a.items.map { $0.metadata.custom.first { $0.key == "Rank" }?.value } == [nil, "P0"])
        #expect(a.items.map(\.resolved.priorities) == [["p1"], []])
        #expect(b.items.map(\.resolved.priorities) == [["p2"]])
        let warnings = plan.diagnostics.filter { $0.code == .priorityRanks }
        #expect(warnings.count == 1, "\(plan.diagnostics)")
        #expect(warnings.first?.location.path == "roadmaps/a.md")
    }
}
