import BearingModel
@testable import BearingSite
import Testing

/// A roadmap card says each thing once: a bullet that is only its title has no body repeating it, and a year heading
/// above quarter items is not shown beside the period that already names the year.
@Suite struct RoadmapCardTests {
    static let files = [
        "strategy.md": "# Strategy\n\n## Priorities\n\n1. **Conventions.** Semantic conventions for CI/CD. {#conventions}\n",
        "roadmaps/ci-cd.md": """
        # CI/CD SIG

        ## Deliverables

        * Semantic Convention Updates
        * [GitHub](https://github.com)
        * Specification updates, reviewed with the spec SIG
          before each release

        ## Timeline

        ### 2024

        - [x] Q1 Focus
          - [x] Kickoff
        - [ ] Q2 Focus

        ## 2025

        ### Q1

        - [x] Concept formed

        ### Q2 2025

        - [ ] Team formed

        """,
    ]

    static func page() throws -> String {
        let (plan, alignment) = Site.memory(files)
        let rendered = try SiteBuilder().render(plan: plan, alignment: alignment, options: .init())
        return try #require(rendered.first { $0.0 == "roadmaps/ci-cd.html" }.map { String(decoding: $0.1, as: UTF8.self) })
    }

    static func card(_ title: String, in page: String) throws -> Substring {
        let start = try #require(page.range(of: "<h3>\(title)</h3>"))
        let end = try #require(page[start.upperBound...].range(of: "</article>"))
        return page[start.upperBound..<end.lowerBound]
    }

    @Test("a bullet that is only its title has no body repeating it; one that is a link is the card's linked title; one that says more keeps its text")
    func titleNotRepeated() throws {
        let page = try Self.page()
        #expect(!(try Self.card("Semantic Convention Updates", in: page)).contains("prose"))
        #expect(!(try Self.card("<a href=\"https://github.com\">GitHub</a>", in: page)).contains("prose"))
        let longer = try #require(page.range(of: "Specification updates, reviewed with the spec SIG"))
        #expect(page[longer.upperBound...].contains("before each release"))
    }

    @Test("a year heading over quarter items is not shown beside their period")
    func yearGroupNotRepeated() throws {
        let q1 = try Self.card("Q1 Focus", in: try Self.page())
        #expect(q1.contains("<span class=\"period\">2024-Q1</span>"))
        #expect(!q1.contains("<span class=\"muted\">2024</span>"), "\(q1)")
    }

    @Test("a quarter heading under a year lane is not shown beside the period it names (Nosana's `## 2021` / `### Q1`)")
    func quarterGroupNotRepeated() throws {
        let page = try Self.page()
        for title in ["Concept formed", "Team formed"] {
            let card = try Self.card(title, in: page)
            #expect(card.contains("<span class=\"period\">2025-Q"), "\(card)")
            #expect(!card.contains("<span class=\"muted\">Q"), "\(card)")
        }
    }
}
