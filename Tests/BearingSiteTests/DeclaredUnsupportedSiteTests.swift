@testable import BearingAlign
import BearingModel
@testable import BearingSite
import Testing

/// A declared priority the text does not support is shown as declared, not as "no priority" (trial 25b, F1): on the
/// quarter page's row, a roadmap card and the dashboard's gaps and orphans.
@Suite struct DeclaredUnsupportedSiteTests {
    static let files = [
        "strategy.md": """
        ## Priorities

        1. **Win enterprise accounts** {#enterprise}
        2. **Reliable platform** {#reliability}
        3. **Hire and keep great people** {#talent}
        """,
        "objectives/2026-Q4.md": """
        # Q4 2026

        ## Engagement survey
        - Priorities: talent

        Run the annual survey, act on top 3 themes.

        - [ ] participation 85%
        """,
        "roadmaps/people.md": """
        # People

        ## Now

        ### Engagement survey follow-up
        - Priorities: talent

        Run the annual survey again, act on top 3 themes.
        """,
    ]

    static func pages() throws -> [String: String] {
        let (plan, alignment) = Site.memory(files)
        // The premise: the declared links are below the threshold.
        #expect(alignment.links(of: "2026-q4/engagement-survey").allSatisfy { $0.strength < 0.25 })
        let rendered = try SiteBuilder().render(plan: plan, alignment: alignment, options: .init())
        return Site.text(rendered)
    }

    @Test("the quarter page's row shows the declared priority and that its text does not say how, not 'no priority'")
    func quarterRow() throws {
        let page = try #require(try Self.pages()["quarters/2026-Q4.html"])
        let row = try #require(page.range(of: "Engagement survey</a>").map { page[$0.upperBound...].prefix { $0 != "\n" } })
        #expect(!row.contains("no priority"), "\(row)")
        #expect(row.contains("class=\"chip declared unsupported\""), "\(row)")
        #expect(row.contains(">3 Hire and keep great people</a> declared — its text does not say how"), "\(row)")
    }

    @Test("the quarter page's first line does not count a priority with declared work among those without work (trial 26a)")
    func quarterSummary() throws {
        let page = try #require(try Self.pages()["quarters/2026-Q4.html"])
        // Talent's only work declares it, its text not saying how: the row says "declared — its text does not say how".
        #expect(page.contains("<p class=\"lede\">1 objective, 2 priorities without work, 1 with only declared work — its text does not say how."), "\(page)")
        #expect(!page.contains("3 priorities without work"), "\(page)")
    }

    @Test("the quarter's first line: every case of gaps, declared or not")
    func gapWords() {
        func scope(_ gaps: [String], declared: [String: Int]) -> ScopeScore {
            var scope = ScopeScore(kind: .quarter, key: "2026-Q4", items: 2, alignmentIndex: 50, coverage: 0, subCoverage: 1, gaps: gaps, subGaps: [],
                                   orphans: [], orphanShare: 0, tooLittleText: [], shares: [:])
            scope.declaredGaps = declared
            return scope
        }
        #expect(SiteContent.gapWords(scope([], declared: [:])) == "every priority has work")
        #expect(SiteContent.gapWords(scope(["a"], declared: [:])) == "1 priority without work")
        #expect(SiteContent.gapWords(scope(["a"], declared: ["a": 1])) == "no priority without work, 1 with only declared work — its text does not say how")
        #expect(SiteContent.gapWords(scope(["a", "b", "c"], declared: ["b": 1, "c": 2]))
                == "1 priority without work, 2 with only declared work — their text does not say how")
    }

    @Test("a roadmap card shows its declared chip, not 'no priority'")
    func roadmapCard() throws {
        let page = try #require(try Self.pages()["roadmaps/people.html"])
        let start = try #require(page.range(of: "<h3>Engagement survey follow-up</h3>"))
        let end = try #require(page[start.upperBound...].range(of: "</article>"))
        let card = page[start.upperBound..<end.lowerBound]
        #expect(!card.contains("no priority"), "\(card)")
        #expect(card.contains("class=\"chip declared unsupported\""), "\(card)")
        #expect(card.contains("declared — its text does not say how"), "\(card)")
    }

    @Test("the dashboard notes a gap that work declares, and the declaration beside an orphan")
    func dashboard() throws {
        let page = try #require(try Self.pages()["index.html"])
        #expect(page.contains("3 Hire and keep great people</a> <span class=\"muted\">— 1 declared item, not supported by its text</span>")
                || page.contains("— 2 declared items, not supported by their text</span>"), "\(page)")
        #expect(page.contains("declared: 3 Hire and keep great people — its text does not say how"), "\(page)")
        #expect(page.contains("Priorities with no work in 2026-Q4, or only declared work whose text does not say how it serves them:"), "\(page)")
    }
}
