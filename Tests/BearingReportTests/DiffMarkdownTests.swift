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
