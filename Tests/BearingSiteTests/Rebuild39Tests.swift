import Foundation
import Testing
@testable import BearingSite
import TestSupport

/// Session 39's rebuild work rewrote how the search index writes its numbers and how items are gathered by where they
/// sit (the search groups, the alignment matrix): the same pages, with less work per item.
@Suite struct Rebuild39Tests {
    @Test("ids of three base-36 digits and more are written whole, digit by digit")
    func longIDs() {
        let entries: [SearchIndex.Entry] = (0..<1300).map { n in
            .init(title: "T\(n)", href: "q/t\(n).html", owners: [String(format: "Owner %04d", n)], priorities: [], body: "")
        }
        let script = String(decoding: SearchIndex.script(priorities: [], groups: [.init(label: "q", kind: "objective", entries: entries)]), as: UTF8.self)
        // Every owner once, so in alphabetical order: Owner 0035 is "z", 0036 "10", 1295 "zz", 1296 "100".
        #expect(script.contains("[\"T35\",\"z\"]"))
        #expect(script.contains("[\"T36\",\"10\"]"))
        #expect(script.contains("[\"T1295\",\"zz\"]"))
        #expect(script.contains("[\"T1296\",\"100\"]"))
        #expect(script.contains("[\"T1299\",\"103\"]"))
        for n in [0, 1, 35, 36, 37, 71, 1295, 1296, 1299] {
            #expect(script.contains("[\"T\(n)\",\"\(String(n, radix: 36))\"]"), "T\(n)")
        }
    }

    static let strategy = """
    ## Priorities

    1. **Platform.** Run one shared platform. {#platform}
    2. **Careers.** Grow our people's careers. {#careers}

    """

    /// A quarter's objectives in two files with another quarter's file between them: the items of 2026-Q4 do not come
    /// one after another.
    static func interleaved() throws -> [String: String] {
        try Site.pages([
            "strategy.md": strategy,
            "objectives/a.md": "# 2026-Q4\n\n## Move every hub onto the shared platform\n\n- Priorities: platform\n\n## Retire the old clusters\n\n- Priorities: platform\n",
            "objectives/b.md": "# 2026-Q3\n\n## Plan the shared platform\n\n- Priorities: platform\n",
            "objectives/c.md": "# 2026-Q4\n\n## Mentor every new engineer\n\n- Priorities: careers\n",
        ])
    }

    @Test("the search page groups a quarter's objectives from every file, wherever they come in the plan")
    func searchGroupsInterleaved() throws {
        let pages = try Self.interleaved()
        let page = try #require(pages["search.html"])
        #expect(page.contains("2026-Q4 <span class=\"muted\">3 objectives</span>"))
        #expect(page.contains("2026-Q3 <span class=\"muted\">1 objective</span>"))
        let index = try #require(pages["assets/search-index.js"])
        #expect(index.components(separatedBy: "\"label\":\"2026-Q4\"").count == 2)
        // Newest quarter first.
        let q4 = try #require(index.range(of: "\"label\":\"2026-Q4\"")), q3 = try #require(index.range(of: "\"label\":\"2026-Q3\""))
        #expect(q4.lowerBound < q3.lowerBound)
    }

    @Test("the alignment matrix counts a quarter's objectives from every file in one row")
    func matrixInterleaved() throws {
        let page = try #require(try Self.interleaved()["alignment.html"])
        #expect(page.contains("title=\"2 of 3 items in 2026-Q4 serve 1 Platform\""))
        #expect(page.contains("title=\"1 of 3 items in 2026-Q4 serve 2 Careers\""))
        #expect(page.contains("title=\"1 of 1 items in 2026-Q3 serve 1 Platform\""))
        #expect(page.components(separatedBy: ">2026-Q4</a>").count == 2)
    }
}
