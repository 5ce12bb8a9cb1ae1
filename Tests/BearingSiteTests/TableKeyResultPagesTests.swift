import BearingAlign
import BearingModel
import BearingParse
@testable import BearingSite
import Testing

/// Key results read from table rows, on the objective page: a Baseline/Target/Actual table showed its figures but not
/// what Bearing read from them, and an OKR sheet's objectives (rows of one table, with no text of their own) showed
/// only their grade, no key results at all.
@Suite struct TableKeyResultPagesTests {
    static func pages(_ files: [String: String]) throws -> [String: String] {
        try Site.pages(files)
    }

    static let strategy = "# Strategy\n\n## Priorities\n\n- **Reliable service** — the cluster stays up\n- **Growth** — more homes protected\n"

    static func objectivePage(_ pages: [String: String], containing title: String) throws -> String {
        try #require(pages.first { $0.key.hasPrefix("objectives/") && $0.value.contains("<h1>\(title)</h1>") }?.value)
    }

    @Test("a table of key results gets a Progress column with each row's progress, as a list of key results shows it")
    func tableProgressColumn() throws {
        let plan = """
            # 2026-Q4

            ## Hopper runs safely to end of life

            | Key result | Baseline | Target | Actual |
            |---|---|---|---|
            | Hopper availability | 99.3% | 99.5% | 98.9% |
            | Unplanned outages longer than 4 hours | 2 | 0 | 1 |
            | Racks installed | 0 | 12 | TBD |
            """
        let page = try Self.objectivePage(try Self.pages(["strategy.md": Self.strategy, "objectives/2026-Q4.md": plan]),
                                          containing: "Hopper runs safely to end of life")
        #expect(page.contains("<th>Actual<th>Progress</thead>"), "\(page)")
        #expect(page.contains("<td>98.9%<td><span style=\"--p:0%\">0%</span>"), "\(page)")
        #expect(page.contains("<td>1<td><span style=\"--p:50%\">50%</span>"), "\(page)")
        #expect(page.contains("<td>TBD<td><span class=\"kr unknown\""), "\(page)")
        #expect(!page.contains("<h2>Key results</h2>"), "the table shows them already: \(page)")
    }

    @Test("an OKR sheet's objective lists its key results with their Target and Actual figures and progress")
    func sheetObjectiveListsKeyResults() throws {
        let sheet = """
            # Growth OKRs — Q4 2026

            | # | Objective | Key Result | Owner | Target | Actual | % Complete | RAG |
            |---|---|---|---|---|---|---|---|
            | O1 | Holiday season: 90k weekly protected homes | WPH on Dec 31 | Jordan Lee | 90,000 | 78,400 | 87% | 🟢 |
            | | | Return rate on holiday orders | Jordan Lee | < 5% | n/a | | ⚪ |
            """
        let page = try Self.objectivePage(try Self.pages(["strategy.md": Self.strategy, "objectives/2026-Q4.md": sheet]),
                                          containing: "Holiday season: 90k weekly protected homes")
        #expect(page.contains("<h2>Key results</h2>"), "\(page)")
        #expect(page.contains("<li>WPH on Dec 31 <span class=\"muted\">(target 90,000, actual 78,400)</span> <span style=\"--p:87%\">87%</span>"), "\(page)")
        #expect(page.contains("<li>Return rate on holiday orders <span class=\"muted\">(target &lt; 5%)</span> <span class=\"kr unknown\""), "\(page)")
        #expect(page.contains("<dt>Grade<dd>0.87"), "the unknown row is left out of the grade, not counted as 0: \(page)")
    }
}
