import Testing
@testable import BearingParse
@testable import BearingSite

/// An Obsidian note's links to other notes, in its text: shown as the words Obsidian shows.
@Suite("Wikilinks in text")
struct WikilinksTests {
    private func html(_ markdown: String) -> String {
        HTMLRenderer().render(MarkdownReader().read(markdown, path: "-").blocks)
    }

    @Test("a wikilink shows its alias, else its note's name; an embed its name; a heading link note › heading")
    func shown() {
        #expect(html("Related: [[Roadmap/Product Roadmap|roadmap]], ![[Pricing experiment]] and [[Strategy#Reliability]].\n")
            == "<p>Related: roadmap, Pricing experiment and Strategy › Reliability.</p>\n")
    }

    @Test("brackets that are no wikilink stay as written", arguments: ["A [[ lone opening", "Arrays [[1, 2], [3]]", "Box [x] and [[]]"])
    func notLinks(_ text: String) {
        #expect(html(text + "\n") == "<p>\(HTMLRenderer.escape(text))</p>\n")
    }
}

/// A priority's summary, shown on the strategy page and the priority's own, as plain text: its wikilinks too.
@Suite("Wikilinks in a priority's summary")
struct WikilinkSummaryTests {
    @Test("an Obsidian strategy note's summary shows a wikilink's words on the strategy and priority pages")
    func summary() throws {
        let pages = try Site.pages([
            "Strategy.md": """
                # Acme Strategy 2027

                ## Priorities

                ### 1. Reliability
                Never lose a payment. See [[Incident review 2026#Root causes|the incident review]].
                """,
            "objectives/2027-Q1.md": "# Q1 2027\n\n## Make payments reliable\n- Priority: Reliability\n\n- [ ] Payment success rate from 97% to 99%, now 98%\n",
        ])
        for path in ["strategy.html", "priorities/reliability.html"] {
            let page = try #require(pages[path], "\(pages.keys.sorted())")
            #expect(page.contains("See the incident review."), "\(path)")
            #expect(!page.contains("[[Incident review"), "\(path)")
        }
    }
}
