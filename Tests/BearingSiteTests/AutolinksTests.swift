import BearingParse
@testable import BearingSite
import Testing

/// Bare URLs are links on the site, as on GitHub (GFM "extended autolinks"); trial 22 F13, kubernetes/sig-release.
struct AutolinksTests {
    private func html(_ markdown: String, allowHTML: Bool = false) -> String {
        HTMLRenderer(allowHTML: allowHTML).render(MarkdownReader().read(markdown, path: "-").blocks)
    }

    @Test("a bare issue URL on its own line is a link")
    func issueLine() {
        let page = html("1. **Formalize supported release platforms**\n\n   https://github.com/kubernetes/sig-release/issues/1337\n")
        #expect(page.contains("<a href=\"https://github.com/kubernetes/sig-release/issues/1337\">https://github.com/kubernetes/sig-release/issues/1337</a>"), "\(page)")
    }

    @Test("the GFM spec's cases: trailing punctuation, parentheses, entities, www., word starts")
    func specCases() {
        func links(_ text: String) -> [String] { Autolinks.matches(in: text).map(\.href) }
        #expect(links("Visit www.commonmark.org/help for more.") == ["http://www.commonmark.org/help"])
        #expect(links("Visit www.commonmark.org.") == ["http://www.commonmark.org"])
        #expect(links("Visit www.commonmark.org/a.b.") == ["http://www.commonmark.org/a.b"])
        #expect(links("www.google.com/search?q=Markup+(business)") == ["http://www.google.com/search?q=Markup+(business)"])
        #expect(links("www.google.com/search?q=Markup+(business)))") == ["http://www.google.com/search?q=Markup+(business)"])
        #expect(links("(www.google.com/search?q=Markup+(business))") == ["http://www.google.com/search?q=Markup+(business)"])
        #expect(links("www.google.com/search?q=commonmark&hl=en") == ["http://www.google.com/search?q=commonmark&hl=en"])
        #expect(links("www.google.com/search?q=commonmark&hl;") == ["http://www.google.com/search?q=commonmark"])
        #expect(links("www.commonmark.org/he<lp") == ["http://www.commonmark.org/he"])
        #expect(links("http://commonmark.org\n\n(Visit https://encrypted.google.com/search?q=Markup+(business))")
                == ["http://commonmark.org", "https://encrypted.google.com/search?q=Markup+(business)"])
        #expect(links("HTTPS://Example.org/x, then") == ["HTTPS://Example.org/x"])
        #expect(links("no link: http://localhost/x, www.x_y.com, email@www.example.org, xhttps://a.org").isEmpty)
        #expect(links("Plain text with no address at all.").isEmpty)
    }

    @Test("text already in a link, in code or in a raw <a> is not linked again; the address is escaped")
    func notTwice() {
        #expect(html("[https://example.org](https://example.org)\n").components(separatedBy: "<a ").count == 2)
        #expect(!html("`https://example.org`\n").contains("<a "))
        #expect(html("<a href=\"https://x.org\">https://x.org</a> and https://y.org\n", allowHTML: true).components(separatedBy: "<a ").count == 3)
        let page = html("see https://example.org/?a=1&c=d\"e\"f now\n")
        #expect(page.contains("<a href=\"https://example.org/?a=1&amp;c=d"), "\(page)")
        #expect(!page.contains("c=d\"e"), "\(page)")
        #expect(page.contains(">https://example.org/?a=1&amp;c=d&quot;e&quot;f</a> now"), "\(page)")
    }
}
