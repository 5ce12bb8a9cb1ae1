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
