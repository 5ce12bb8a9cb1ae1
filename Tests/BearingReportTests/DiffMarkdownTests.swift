import BearingAlign
import BearingModel
import Foundation
import Testing
@testable import BearingReport

@Suite("Diff comment")
struct DiffMarkdownTests {
    static func diff(objectives: Int, titleLength: Int) -> (PlanDiff, [String: String]) {
        let base = loadWorkspace(["strategy.md": diffStrategy])
        let body = (0..<objectives).map { n in
            let title = "Objective \(n) " + String(repeating: "platform reliability 1 < 2 | 3 ", count: titleLength / 30)
            return "## \(title)\n\n- Status: at-risk\n- Priorities: platform\n\nRun the shared platform reliably.\n"
        }.joined(separator: "\n")
        let head = loadWorkspace(["strategy.md": diffStrategy, "objectives/2026-Q4.md": "# 2026-Q4\n\n" + body])
        let (a, b) = (align(base), align(head))
        var titles: [String: String] = [:]
        for item in b.items { titles[item.id] = item.title }
        for priority in b.strategy.priorities { titles[priority.id] = priority.title }
        return (PlanDiff(base: (base, a, "main", String(repeating: "a", count: 40)), head: (head, b, "working tree", nil)), titles)
    }

    @Test("a short diff is shown whole, unfolded, with the marker and the headline first")
    func short() {
        let (diff, titles) = Self.diff(objectives: 3, titleLength: 30)
        let text = DiffMarkdown(diff: diff, titles: titles).render()
        #expect(text.hasPrefix("<!-- bearing:diff -->\n### Bearing: Alignment – → "))
        #expect(text.contains("· +3 objectives · 0 new orphans · 0 new errors\n"))
        #expect(!text.contains("<details>"))
        #expect(text.contains("✅ gap closed"))
        // What the user wrote cannot open HTML or break the table.
        #expect(text.contains("1 &lt; 2 \\| 3") && !text.contains("1 < 2"))
    }

    @Test("long lists are folded; a huge change stays under 64 KB with a note saying it was shortened")
    func long() {
        let (diff, titles) = Self.diff(objectives: 900, titleLength: 100)
        let text = DiffMarkdown(diff: diff, titles: titles).render()
        #expect(text.utf8.count <= DiffMarkdown.defaultLimit)
        #expect(text.hasPrefix(DiffMarkdown.marker))
        #expect(text.contains("<details><summary>900 changes</summary>"))
        #expect(text.contains("more (shortened to fit a comment"))
        #expect(text.components(separatedBy: "<details>").count == text.components(separatedBy: "</details>").count)
        // The last resort cuts at a line, whatever the limit.
        let tiny = DiffMarkdown(diff: diff, titles: titles, limit: 2_000).render()
        #expect(tiny.utf8.count <= 2_000 && tiny.hasPrefix(DiffMarkdown.marker) && tiny.contains("the rest was cut"))
    }
}

let diffStrategy = """
# Strategy

## Priorities

1. **Platform.** Run one shared platform. {#platform}
   - Shared stack for every community. {#shared-stack}
   - Reliable operations. {#ops}
2. **Revenue.** Grow recurring revenue. {#revenue}
   - Memberships cover core services. {#memberships}
3. **Community.** Co-create with communities. {#community}
"""

/// Trial 22, F15: renaming a priority (its id derived from its title) is one row, not a new priority and a removed one.
@Suite struct DiffRenamedPriorityTests {
    static func strategy(_ first: String) -> String {
        "# Strategy\n\n## Priorities\n\n1. **\(first).** Ship the video platform people watch.\n2. **Awareness.** Make the platform known.\n"
    }

    @Test func renamedPriorityIsOneRow() throws {
        let work = "# 2026-Q4\n\n## Launch the player\n\n- Priorities: 1\n\nShip the video player.\n"
        let base = loadWorkspace(["strategy.md": Self.strategy("Launch a functional, upgradable video platform"), "objectives/2026-Q4.md": work])
        let head = loadWorkspace(["strategy.md": Self.strategy("Launch a community-governed video platform"), "objectives/2026-Q4.md": work])
        let diff = PlanDiff(base: (base, align(base), "main", nil), head: (head, align(head), "working tree", nil))
        let rows = diff.priorities.filter { $0.title.contains("video platform") }
        #expect(rows.count == 1, "\(diff.priorities)")
        let row = try #require(rows.first)
        #expect(row.renamedFrom == "Launch a functional, upgradable video platform")
        #expect(row.itemsBefore == row.itemsAfter && row.itemsBefore != nil)
        let text = DiffMarkdown(diff: diff, titles: [:]).render()
        #expect(text.contains("renamed from “Launch a functional, upgradable video platform”"), "\(text)")
        #expect(!text.contains("new priority") && !text.contains("priority removed"), "\(text)")
    }
}

/// Trial 24b, F10: a sub-priority's row showed "0% → 0%" beside its items; shares are the top-level priorities'.
@Suite struct DiffSubPriorityShareTests {
    @Test("a sub-priority's row has no share; its parent's has one")
    func subPriorityShare() {
        let base = loadWorkspace(["strategy.md": diffStrategy])
        let head = loadWorkspace(["strategy.md": diffStrategy, "objectives/2026-Q4.md": """
            # 2026-Q4

            ## Run the shared stack for every community

            - Priorities: shared-stack
            """])
        let diff = PlanDiff(base: (base, align(base), "main", nil), head: (head, align(head), "working tree", nil))
        let sub = diff.priorities.first { $0.id == "shared-stack" }
        #expect(sub != nil && sub?.shareBefore == nil && sub?.shareAfter == nil)
        #expect(diff.priorities.first { $0.id == "platform" }?.shareAfter != nil)
        let text = DiffMarkdown(diff: diff, titles: [:]).render()
        #expect(text.contains("| ↳ Shared stack for every community | 0 → 1 | – → – |"), "\(text)")
    }
}
