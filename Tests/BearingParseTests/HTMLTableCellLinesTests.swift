import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// What `<br>` lines and HTML cells hold in other organizations' tables: a sentence wrapped by hand, a field under a key
/// result, a status per line, a `<` that is a comparison, typographic characters written as references.
@Suite("Cell lines and HTML cell text")
struct HTMLTableCellLinesTests: TrialWorkspace {
    let strategy = """
        # Strategy

        ## Priorities

        1. **Growth**: more users.
        2. **Reliability**: fewer outages.
        """

    @Test("a key-result cell's wrapped sentence and field lines stay with their key result; list lines are key results")
    func wrappedLinesAndFields() throws {
        let plan = load(["objectives/2026-Q1.md": """
            # Q1 2026 OKRs

            | Objective | Key results | Owner |
            | --- | --- | --- |
            | Grow weekly actives | Increase weekly active users from 10k<br>to 15k by the end of the quarter | Dana |
            | Checkout is fast | Reduce p95 checkout latency<br>Owner: @sam | Sam |
            | Support SLAs | First response under 4h<br>CSAT above 90% | Kim |
            | Partners | 20 partners signed,<br>of which 5 in Europe<br>KR 2: two partner webinars | Lee |
            """])
        let objectives = plan.objectiveFiles.flatMap(\.objectives)
        #expect(objectives.map { $0.keyResults.map(\.text) } == [
            ["Increase weekly active users from 10k to 15k by the end of the quarter"],
            ["Reduce p95 checkout latency Owner: @sam"],
            ["First response under 4h", "CSAT above 90%"],
            ["20 partners signed, of which 5 in Europe", "two partner webinars"],
        ], "\(objectives.map { $0.keyResults.map(\.text) })")
        #expect(objectives.map(\.metadata.owners) == [["Dana"], ["Sam"], ["Kim"], ["Lee"]])
        // The Owner cell is the objective's, as it is beside one key result.
        #expect(objectives[2].keyResults.allSatisfy { $0.owners.isEmpty }, "\(objectives[2].keyResults.map(\.owners))")
    }

    @Test("a status cell of as many lines as the key results gives each its own")
    func statusPerLine() throws {
        let plan = load(["objectives/2026-Q2.md": """
            # Q2 2026 OKRs

            | Objective | Key results | Status |
            | --- | --- | --- |
            | Grow | KR1: 15k WAU<br>KR2: 20 new partners | On track<br>At risk |
            """])
        let objective = try #require(plan.objectiveFiles.flatMap(\.objectives).first)
        #expect(objective.keyResults.map(\.status) == [.onTrack, .atRisk], "\(plan.diagnostics.map(\.message))")
        #expect(!plan.diagnostics.contains { $0.code == .unknownStatus }, "\(plan.diagnostics.map(\.message))")
    }

    @Test("a `<` in an HTML cell is text, also in a last cell left unclosed")
    func lessThanInCell() throws {
        let document = read("""
            # Q1

            <table>
            <tr><th>Objective<th>Key results
            <tr><td>Keep latency < 200ms for checkout</td><td>p95 < 200 ms
            </table>
            """)
        let table = try #require(document.blocks.first { if case .table = $0.kind { true } else { false } })
        guard case .table(_, let rows, _) = table.kind else { return }
        #expect(rows.first?.map(\.text) == ["Keep latency < 200ms for checkout", "p95 < 200 ms"])
    }

    @Test("an image in an HTML cell (badges side by side, a legend) is kept as an image")
    func imagesInCells() throws {
        let document = read("""
            <table>
            <tr><td><img src="https://img.shields.io/badge/ci-passing-green" alt="CI"></td><td><img src="logo.png"></td></tr>
            <tr><td>🔴</td><td>At risk</td></tr>
            </table>
            """)
        let table = try #require(document.blocks.first { if case .table = $0.kind { true } else { false } })
        guard case .table(let header, _, _) = table.kind else { return }
        #expect(header.map(\.content) == [[.image(source: "https://img.shields.io/badge/ci-passing-green", content: [.text("CI")])],
                                          [.image(source: "logo.png", content: [])]])
    }

    @Test("a long HTML table, on one line or with a blank line after each row, keeps every cell's place")
    func longTables() throws {
        let rows = (1...1500).map { "<tr><td>Initiative \($0)</td><td>Platform</td></tr>" }
        let oneLine = read("# Roadmap\n\n<table><tr><th>Initiative</th><th>Team</th></tr>" + rows.joined() + "</table>\n")
        let table = try #require(oneLine.blocks.first { if case .table = $0.kind { true } else { false } })
        guard case .table(let header, let body, _) = table.kind else { return }
        #expect(header.first?.column == 12 && body.count == 1500)
        #expect(body.last?.first.map { ($0.line, $0.column, $0.text) } ?? (0, 0, "") == (3, 73896, "Initiative 1500"))
        let spaced = read("# Roadmap\n\n<table>\n<tr><th>Initiative</th><th>Team</th></tr>\n\n" + rows.joined(separator: "\n\n") + "\n</table>\n")
        let blocks = spaced.blocks.filter { if case .table = $0.kind { true } else { false } }
        guard case .table(_, let spacedBody, _)? = blocks.first?.kind else { Issue.record("no table"); return }
        #expect(blocks.count == 1 && spacedBody.count == 1500 && spacedBody.last?.first?.line == 6 + 1499 * 2)
    }

    @Test("numeric and typographic character references in HTML cells are their characters")
    func characterReferences() throws {
        let document = read("""
            <table>
            <tr><th>Objective</th><th>Key results</th></tr>
            <tr><td>Ship the partner&#8217;s API &mdash; v2</td><td>p95 &lt; 200 ms &#x2014; now 250 ms &amp;#8217;</td></tr>
            </table>
            """)
        let table = try #require(document.blocks.first { if case .table = $0.kind { true } else { false } })
        guard case .table(_, let rows, _) = table.kind else { return }
        #expect(rows.first?.map(\.text) == ["Ship the partner’s API — v2", "p95 < 200 ms — now 250 ms &#8217;"])
    }
}
