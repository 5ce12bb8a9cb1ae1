import Foundation
import Testing
import BearingModel
@testable import BearingSite

/// A priority written as a link keeps it on its page (trial 21, F28): its title and id are the link's text, and the
/// page leads where the strategy's author pointed, rendered as any link of the text is.
@Suite("Priority title links")
struct PriorityTitleLinkTests {
    @Test("a heading, a list item and a bold lead written as links keep them; the title and id stay plain text")
    func titleLinks() throws {
        let strategy = """
            # Strategy

            ## Priorities

            ### [Developer experience](https://example.com/dx)

            Make building easy.

            ### [Growth](objectives/2026-Q4.md)

            More users.

            ### [Unsafe](javascript:alert(1))

            Never a script.
            """
        let list = """
            # Strategy

            ## Priorities

            1. [Fostering an Open Community](initiatives/community.md)
            2. **[Training](initiatives/workshops.md):** workshops and texts
            """
        let objectives = "# 2026-Q4\n\n## Ship docs\n\nServes: growth\n\n- [ ] 3 docs, now 1\n"
        for (text, expected) in [(strategy, [("developer-experience", "Developer experience", #"<p class="title-link">See <a href="https://example.com/dx">Developer experience</a></p>"#),
                                             // A workspace file shown on the site: its page, as the text's links lead.
                                             ("growth", "Growth", #"<p class="title-link">See <a href="../quarters/2026-Q4.html">Growth</a></p>"#),
                                             ("unsafe", "Unsafe", #"<p class="title-link">See <span class="unsafe-link">Unsafe</span></p>"#)]),
                                 (list, [("fostering-an-open-community", "Fostering an Open Community",
                                          #"<p class="title-link">See <a href="initiatives/community.md">Fostering an Open Community</a></p>"#),
                                         // Still in the text shown: not repeated.
                                         ("training", "Training", #"<strong><a href="initiatives/workshops.md">Training</a>:</strong>"#)])] {
            let (plan, alignment) = Site.memory(["strategy.md": text, "objectives/2026-Q4.md": objectives])
            let files = Dictionary(try SiteBuilder().render(plan: plan, alignment: alignment, options: .init()), uniquingKeysWith: { first, _ in first })
            for (id, title, link) in expected {
                #expect(plan.strategy?.priorities.contains { $0.id == id && $0.title == title } == true, "\(id)")
                let page = String(decoding: try #require(files["priorities/\(id).html"], "\(id)"), as: UTF8.self)
                #expect(page.contains(link), "\(id)")
                #expect(page.components(separatedBy: "title-link").count <= 2, "\(id): the link once")
            }
        }
    }
}
