import BearingModel
@testable import BearingParse
import Testing

/// Shared P-codes that a roadmap's items read as ranks: one note per file says so, where a writer meaning positions looks.
struct Leftovers35RankNoteTests: TrialWorkspace {
    let strategy = "## Our priorities\n\n### Faster dashboards\n\nDashboards load fast.\n\n### Reliable platform\n\nFewer incidents.\n"

    @Test("P1 on two items and P2 on a third are ranks, and a note at the first code says why nothing linked by position")
    func sharedCodes() throws {
        let plan = load(["roadmaps/roadmap.md": """
            # Roadmap

            ## Now

            ### Tile cache

            Priority: P1

            ### Columnar storage

            Priority: P1

            ### Incident drills

            Priority: P2
            """])
        let items = try #require(plan.roadmaps.first?.items)
        #expect(items.map { $0.metadata.custom.first { $0.key == "Rank" }?.value } == ["P1", "P1", "P2"])
        let notes = plan.diagnostics.filter { $0.code == .priorityRanks }
        #expect(notes.count == 1, "\(plan.diagnostics)")
        #expect(notes.first?.severity == .note)
        #expect(notes.first?.location == SourceLocation(path: "roadmaps/roadmap.md", line: 7, column: 11))
        #expect(notes.first?.message.contains("`P1`, `P2`") == true, "\(notes)")
    }

    @Test("one or two codes still link by position, with no note; P0 alone (no position) ranks without one")
    func noNote() throws {
        let linked = load(["roadmaps/roadmap.md": "# Roadmap\n\n## Now\n\n### Tile cache\n\nPriority: P1\n\n### Drills\n\nPriority: P2\n"])
        #expect(linked.roadmaps.first?.items.map(\.resolved.priorities) == [["faster-dashboards"], ["reliable-platform"]])
        #expect(!linked.codes.contains(.priorityRanks))
        let zero = load(["roadmaps/roadmap.md": "# Roadmap\n\n## Now\n\n### Tile cache\n\nPriority: P0\n"])
        #expect(!zero.codes.contains(.priorityRanks), "\(zero.diagnostics)")
    }

    @Test("a strategy whose priorities' ids are codes (`{#p1}`) is named by them: shared `Priorities: p1` links, no rank, no note")
    func codedIDs() throws {
        let plan = loadWorkspace([
            "strategy.md": "# Strategy\n\n## Our priorities\n\n1. **Faster dashboards.** {#p1}\n2. **Reliable platform.** {#p2}\n",
            "roadmaps/roadmap.md": "## Now\n\n### A\n\n- Priorities: p1\n\n### B\n\n- Priorities: p1\n\n### C\n\n- Priorities: p2\n",
        ])
        #expect(plan.roadmaps.first?.items.map(\.resolved.priorities) == [["p1"], ["p1"], ["p2"]])
        #expect(!plan.codes.contains(.priorityRanks))
    }
}
