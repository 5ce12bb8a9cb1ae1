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
