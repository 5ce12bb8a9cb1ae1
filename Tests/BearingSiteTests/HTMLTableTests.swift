import BearingParse
import Testing
@testable import BearingSite

@Suite("HTML tables")
struct HTMLTableTests {
    @Test("tables render as escaped HTML tables with alignment")
    func rendering() {
        let html = HTMLRenderer().render(MarkdownReader().read("| Q&A <b> | B |\n|:-:|---|\n| <script>x</script> | [l](javascript:alert(1)) |\n", path: "-").blocks)
        #expect(html.contains("<table>"))
        #expect(html.contains("<th style=\"text-align:center\">Q&amp;A <th>B</thead>"))
        #expect(!html.contains("<script>"))
        #expect(!html.contains("javascript:"))
    }
}

@Suite("Link addresses")
struct LinkAddressTests {
    @Test("what an href cannot hold is percent-encoded, as a browser sends it; well-formed addresses are untouched")
    func wellFormed() {
        #expect(HTMLRenderer.wellFormed("https://gitlab.com/groups/gitlab-org/-/issues?label_name[]=docs%3AOKR18Q3")
                == "https://gitlab.com/groups/gitlab-org/-/issues?label_name%5B%5D=docs%3AOKR18Q3")
        #expect(HTMLRenderer.wellFormed("/handbook/product/#communication#recording-videos") == "/handbook/product/#communication%23recording-videos")
        #expect(HTMLRenderer.wellFormed("https://example.org/a%zz b") == "https://example.org/a%25zz%20b")
        #expect(HTMLRenderer.wellFormed("http://[::1]:8080/x?a=[1]") == "http://[::1]:8080/x?a=%5B1%5D")
        for plain in ["https://example.org/a/b?c=d&e=f#g", "../objectives/2026-q4/x.html", "mailto:ada@example.org", "#item-a"] {
            #expect(HTMLRenderer.wellFormed(plain) == plain)
        }
        let html = HTMLRenderer().render(MarkdownReader().read("[issues](https://gitlab.com/issues?label_name[]=S2)\n", path: "-").blocks)
        #expect(html.contains("href=\"https://gitlab.com/issues?label_name%5B%5D=S2\""))
    }
}

@Suite("Raw HTML tables without allow_html")
struct RawHTMLTableTextTests {
    /// A plain grid is read as a table (`MarkdownReader.withHTMLTables`); one with a cell over two columns stays HTML.
    @Test("a raw HTML table shows its cells' text, escaped, instead of nothing; with allow_html it passes")
    func shownAsText() {
        let markdown = "# Roadmap\n\n<table>\n  <tr><th colspan=\"2\">Lane</th><th>Q1 2025</th></tr>\n  <tr><td>New Features</td><td>✅ Push &amp; <b>Notifications</b> &lt;script&gt;</td></tr>\n</table>\n"
        let blocks = MarkdownReader().read(markdown, path: "-").blocks
        let html = HTMLRenderer().render(blocks)
        #expect(html.contains("<tr><td>Lane<td>Q1 2025"))
        #expect(html.contains("<tr><td>New Features<td>✅ Push &amp; Notifications &lt;script&gt;"))
        #expect(!html.contains("raw HTML omitted"))
        #expect(!html.contains("<b>"))
        var allowing = HTMLRenderer()
        allowing.allowHTML = true
        #expect(allowing.render(blocks).contains("<b>Notifications</b>"))
    }

    @Test("a plain HTML grid is rendered as the site's table, its markup escaped")
    func plainGridAsTable() {
        let markdown = "<table>\n  <tr><th>Lane</th><th>Q1 2025</th></tr>\n  <tr><td>New Features</td><td>✅ Push &amp; <b>Notifications</b> &lt;script&gt;</td></tr>\n</table>\n"
        let html = HTMLRenderer().render(MarkdownReader().read(markdown, path: "-").blocks)
        #expect(html.contains("<th>Lane"), "\(html)")
        #expect(html.contains("<strong>Notifications</strong> &lt;script&gt;"), "\(html)")
        #expect(!html.contains("<script>"))
    }
}
