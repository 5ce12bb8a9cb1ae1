import Foundation
import Testing
import BearingAlign
@testable import BearingSite

/// The alignment page's coverage and gaps, and how items with too little text to link are shown.
@Suite struct AlignmentPageTests {
    static let strategy = """
    ## Priorities

    1. **Platform.** Run one shared platform. {#platform}
       - Shared stack for every community. {#shared-stack}
       - Reliable operations and on-call. {#ops}
    2. **Careers.** Grow our people's careers. {#careers}

    """

    static func pages(_ objectives: String) throws -> [String: String] {
        let (plan, alignment) = Site.memory(["strategy.md": strategy, "objectives/2026-Q4.md": objectives])
        let files = try SiteBuilder().render(plan: plan, alignment: alignment, options: .init())
        return Site.text(files)
    }

    @Test("each sub-priority is listed under its parent with its item count, and sub-priorities without work are gaps")
    func subPriorityCoverage() throws {
        let page = try #require(try Self.pages("# 2026-Q4\n\n## Move every hub onto the shared stack\n\n- Priorities: shared-stack\n")["alignment.html"])
        #expect(page.contains("1.1 Shared stack for every community</a> — 1 item<"))
        #expect(page.contains("1.2 Reliable operations and on-call</a> — 0 items <span class=\"muted\">(gap)</span>"))
        #expect(page.contains("<p>Sub-priorities with none:</p>"))
        let gaps = try #require(page.components(separatedBy: "id=\"a-gaps\"").last?.components(separatedBy: "id=\"a-orphans\"").first)
        #expect(gaps.contains("priorities/ops.html"))
        #expect(!gaps.contains("<p>None.</p>"))
    }

    @Test("an objective with too little text is shown as such on its page and the alignment page, not as an orphan")
    func tooLittleText() throws {
        let pages = try Self.pages("# 2026-Q4\n\n## OKRs\n\n### 1. CEO\n")
        let item = try #require(pages.first { $0.key.hasPrefix("objectives/2026-q4/") }?.value, "pages: \(pages.keys.sorted())")
        #expect(item.contains("No link: too little text to link."))
        #expect(!item.contains("serves no priority clearly"))
        let page = try #require(pages["alignment.html"])
        #expect(page.contains("<span class=\"muted\" title=\"too little text to link\">+1</span>"))
        #expect(page.contains("<h3>Too little text to link</h3>"))
        let orphans = try #require(page.components(separatedBy: "id=\"a-orphans\"").last)
        #expect(orphans.contains("<p>None.</p>"))
    }

    @Test("the matrix has a row per quarter and roadmap and a column per priority, named, with counts linked to the priority's page")
    func matrix() throws {
        let objectives = "# 2026-Q4\n\n## Move every hub onto the shared stack\n\n- Priorities: shared-stack\n\n"
            + "## Grow careers\n\n- Priorities: careers\n\n## Mentoring for careers\n\n- Priorities: careers\n"
        let pages = try Self.pages(objectives)
        let page = try #require(pages["alignment.html"])
        let matrix = try #require(page.components(separatedBy: "<table class=\"matrix\">").last?.components(separatedBy: "</table>").first)
        #expect(matrix.contains("<th scope=\"col\" class=\"p\"><a href=\"priorities/platform.html\" title=\"1 Platform\">1 Platform</a>"))
        #expect(matrix.contains("<th scope=\"col\" class=\"p\"><a href=\"priorities/careers.html\" title=\"2 Careers\">2 Careers</a>"))
        // One row, 2026-Q4: 3 items, 1 serving Platform (through its sub-priority) and 2 serving Careers.
        #expect(matrix.components(separatedBy: "<th scope=\"row\">").count == 2)
        #expect(matrix.contains("<td class=\"n\">3<"))
        #expect(matrix.contains("<a href=\"priorities/platform.html#in-2026-Q4\" title=\"1 of 3 items in 2026-Q4 serve 1 Platform\">1</a>"))
        #expect(matrix.contains("<a href=\"priorities/careers.html#in-2026-Q4\" title=\"2 of 3 items in 2026-Q4 serve 2 Careers\">2</a>"))
        // The cell's link lands on the quarter's section of the priority page, which lists the item.
        let priority = try #require(pages["priorities/careers.html"])
        let section = try #require(priority.components(separatedBy: "id=\"in-2026-Q4\"").last)
        #expect(section.contains("Grow careers</a>") && section.contains("Mentoring for careers</a>"))
    }

    @Test("the matrix stays one row per quarter however many items the quarter has")
    func matrixSize() throws {
        func size(_ count: Int) throws -> Int {
            let objectives = "# 2026-Q4\n\n" + (0..<count).map { "## Careers work \($0)\n\n- Priorities: careers\n\n" }.joined()
            let page = try #require(try Self.pages(objectives)["alignment.html"])
            return try #require(page.components(separatedBy: "<table class=\"matrix\">").last?.components(separatedBy: "</table>").first).utf8.count
        }
        let small = try size(2), large = try size(200)
        #expect(large - small < 40, "the matrix grew from \(small) to \(large) bytes")
    }
}
