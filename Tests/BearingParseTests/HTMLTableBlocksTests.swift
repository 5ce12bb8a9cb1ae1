import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// Tables written as HTML, as `pandoc -t gfm` writes a Word document's table whose cells hold paragraphs or lists, and
/// as wiki exports and READMEs write them: a plain grid is read as a Markdown table.
@Suite("HTML tables read as tables")
struct HTMLTableBlocksTests: TrialWorkspace {
    let strategy = """
        # Strategy

        ## Priorities

        1. **Self-serve growth**: sign up and see value in a day.
        2. **Enterprise reliability**: dashboards load fast and never lose data.
        """

    /// pandoc's output for a Word table with a list of key results in a cell.
    static let pandocObjectives = """
        # Q1 2026 OKRs

        <table>
        <colgroup>
        <col style="width: 40%" />
        <col style="width: 40%" />
        <col style="width: 20%" />
        </colgroup>
        <thead>
        <tr class="header">
        <th>Objective</th>
        <th>Key results</th>
        <th>Owner</th>
        </tr>
        </thead>
        <tbody>
        <tr class="odd">
        <td><p>Make self-serve signup work in a day</p>
        <p><em>Priority: Self-serve growth</em></p></td>
        <td><ul>
        <li><p>Time to first dashboard from 9 days to 1 day, now 4 days</p></li>
        <li><p>Three shop connectors live: 2/3</p></li>
        </ul></td>
        <td>Dana Whitfield</td>
        </tr>
        <tr class="even">
        <td>Dashboards load in under a second</td>
        <td>p95 load time from 3.2 s to 1 s, now 2.1 s</td>
        <td><a href="mailto:sam@acme.example">Sam Okafor</a></td>
        </tr>
        </tbody>
        </table>
        """

    @Test("a Word table exported by pandoc as HTML holds the objectives, their key results and owners")
    func pandocObjectiveTable() throws {
        let plan = load(["objectives/2026-Q1.md": Self.pandocObjectives])
        let objectives = plan.objectiveFiles.flatMap(\.objectives)
        #expect(objectives.map(\.title) == ["Make self-serve signup work in a day", "Dashboards load in under a second"],
                "\(objectives.map(\.title)) \(plan.diagnostics.map(\.message))")
        #expect(objectives.map(\.metadata.owners) == [["Dana Whitfield"], ["Sam Okafor"]])
        #expect(objectives.first?.keyResults.count == 2, "\(objectives.first?.keyResults.map(\.text) ?? [])")
        #expect(!plan.diagnostics.contains { $0.message.contains("HTML table") }, "\(plan.diagnostics.map(\.message))")
    }

    @Test("a Markdown table's key-result cell of `<br>` lines is one key result per line; a title cell's field lines are fields")
    func brLinesInMarkdownTable() throws {
        let plan = load(["objectives/2026-Q1.md": """
            # Q1 2026 OKRs

            | Objective | Key results | Owner |
            | --- | --- | --- |
            | Make signup work in a day<br>*Priority: Self-serve growth* | - Time to first dashboard from 9 days to 1 day, now 4 days<br>- Three shop connectors live: 2/3 | Dana |
            | Dashboards load fast | p95 from 3.2 s to 1 s, now 2.1 s<br> | Sam |
            """])
        let objectives = plan.objectiveFiles.flatMap(\.objectives)
        #expect(objectives.map(\.title) == ["Make signup work in a day", "Dashboards load fast"])
        #expect(objectives.first?.resolved.priorities == ["self-serve-growth"], "\(plan.diagnostics.map(\.message))")
        #expect(objectives.map { $0.keyResults.map(\.text) } == [
            ["Time to first dashboard from 9 days to 1 day, now 4 days", "Three shop connectors live: 2/3"],
            ["p95 from 3.2 s to 1 s, now 2.1 s"],
        ])
        #expect(objectives.first?.keyResults.map(\.progress) == [0.625, 2.0 / 3.0])
    }

    @Test("cells keep their place in the file, their lines, and their inline markup")
    func cellsAndPositions() throws {
        let document = read("""
            # Roadmap

            <table>
              <tr><th>Initiative</th><th>Owner</th><th>Quarter</th></tr>
              <tr><td><strong>Shopify</strong> connector &amp; sync</td><td>Lee Chen</td><td>Q1 2026</td></tr>

              <tr><td>Columnar storage<br>for hot tables</td><td>Sam</td><td>Q2 2026</td></tr>
            </table>
            """)
        let table = try #require(document.blocks.first { if case .table = $0.kind { true } else { false } })
        guard case .table(let header, let rows, _) = table.kind else { return }
        #expect(header.map(\.text) == ["Initiative", "Owner", "Quarter"])
        #expect(rows.count == 2)
        #expect(rows[0][0].content == [.strong([.text("Shopify")]), .text(" connector & sync")])
        #expect(rows[1][0].content == [.text("Columnar storage"), .lineBreak, .text("for hot tables")])
        #expect(rows[0][1].line == 5 && rows[1][2].line == 7, "\(rows.map { $0.map(\.line) })")
        #expect(table.line == 3 && table.endLine == 8)
    }

    @Test("a table with cells over several columns, or a lone row, stays HTML and is warned about")
    func spannedTableStays() throws {
        let (roadmap, diagnostics) = RoadmapParser().parse(read("""
            # 2025 Roadmap

            <table>
              <tr><th>Lane</th><th colspan="2">2025</th></tr>
              <tr><td>New Features</td><td>Push Notifications</td><td>Store</td></tr>
            </table>
            """, path: "roadmaps/2025.md"))
        #expect(roadmap.items.isEmpty)
        #expect(diagnostics.contains { $0.message.contains("HTML table") })
        let lone = read("<table><tr><td>Grow revenue</td><td>£15k a month</td></tr></table>\n")
        #expect(lone.blocks.allSatisfy { if case .html = $0.kind { true } else { false } })
    }

    @Test("a roadmap's HTML table is its items")
    func roadmapTable() throws {
        let items = load(["roadmaps/2026.md": """
            # Roadmap 2026

            <table>
            <tr><th>Initiative</th><th>Team</th><th>Owner</th><th>Status</th><th>Quarter</th></tr>
            <tr><td>Shopify connector v2</td><td>Integrations</td><td>Lee Chen</td><td>In progress</td><td>Q1 2026</td></tr>
            <tr><td>Tile-level query cache</td><td>Platform</td><td>Sam Okafor</td><td>Not started</td><td>Q2 2026</td></tr>
            </table>
            """]).roadmaps.first?.items ?? []
        #expect(items.map(\.title) == ["Shopify connector v2", "Tile-level query cache"])
        #expect(items.map(\.metadata.owners) == [["Lee Chen"], ["Sam Okafor"]])
        #expect(items.map(\.metadata.status) == [.onTrack, .notStarted])
    }
}
