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
        return Dictionary(files.map { ($0.0, String(decoding: $0.1, as: UTF8.self)) }, uniquingKeysWith: { a, _ in a })
    }

    @Test("each sub-priority is listed under its parent with its item count, and sub-priorities without work are gaps")
    func subPriorityCoverage() throws {
        let page = try #require(try Self.pages("# 2026-Q4\n\n## Move every hub onto the shared stack\n\n- Priorities: shared-stack\n")["alignment.html"])
        #expect(page.contains("1.1 Shared stack for every community</a> — 1 item</li>"))
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
        #expect(page.contains("class=\"thin\""))
        #expect(page.contains("<h3>Too little text to link</h3>"))
        let orphans = try #require(page.components(separatedBy: "id=\"a-orphans\"").last)
        #expect(orphans.contains("<p>None.</p>"))
    }
}
