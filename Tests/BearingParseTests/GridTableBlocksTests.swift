import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// pandoc's grid tables, as `pandoc plan.docx -o plan.md` writes a Word table whose cells hold paragraphs or lists.
@Suite("pandoc grid tables read as tables")
struct GridTableBlocksTests: TrialWorkspace {
    let strategy = """
        # Strategy

        ## Priorities

        1. **Self-serve growth**: sign up and see value in a day.
        2. **Enterprise reliability**: dashboards load fast and never lose data.
        """

    static let wordOKRs = """
        # Q1 2026 OKRs

        +-----------------------+------------------------------+----------------+
        | Objective             | Key results                  | Owner          |
        +=======================+==============================+================+
        | Make self-serve       | -   Time to first dashboard  | Dana Whitfield |
        | signup work in a day  |     from 9 days to 1 day,    |                |
        |                       |     now 4 days               |                |
        |                       |                              |                |
        |                       | -   Three shop connectors    |                |
        |                       |     live: 2/3                |                |
        +-----------------------+------------------------------+----------------+
        | Dashboards load in    | p95 load time from 3.2 s to  | Sam Okafor     |
        | under a second        | 1 s, now 2.1 s               |                |
        +-----------------------+------------------------------+----------------+
        """

    @Test("a Word table converted by pandoc to a grid table holds the objectives, their key results and owners")
    func wordTable() throws {
        let plan = load(["objectives/2026-Q1.md": Self.wordOKRs])
        let objectives = plan.objectiveFiles.flatMap(\.objectives)
        #expect(objectives.map(\.title) == ["Make self-serve signup work in a day", "Dashboards load in under a second"],
                "\(objectives.map(\.title)) \(plan.diagnostics.map(\.message))")
        #expect(objectives.map(\.metadata.owners) == [["Dana Whitfield"], ["Sam Okafor"]])
        #expect(objectives.map { $0.keyResults.map(\.text) } == [
            ["Time to first dashboard from 9 days to 1 day, now 4 days", "Three shop connectors live: 2/3"],
            ["p95 load time from 3.2 s to 1 s, now 2.1 s"],
        ])
        #expect(objectives.first?.keyResults.first?.location.line == 6)
    }

    @Test("a grid with a merged cell, or a lone row, stays the paragraph it was")
    func mergedStays() {
        let merged = read("""
            +--------+--------+
            | Lane   | Q1     |
            +========+========+
            | Platform        |
            +--------+--------+
            | Growth | Signup |
            +--------+--------+
            """)
        #expect(merged.blocks.allSatisfy { if case .paragraph = $0.kind { true } else { false } })
        let lone = read("+------+\n| Lane |\n+------+\n")
        #expect(lone.blocks.allSatisfy { if case .paragraph = $0.kind { true } else { false } })
    }

    @Test("a headerless grid takes its first row as the header, as a pipe table's first row is")
    func headerless() throws {
        let document = read("""
            +-------------+-------------+
            | Initiative  | Quarter     |
            +-------------+-------------+
            | Shopify v2  | Q1 2026     |
            +-------------+-------------+
            """)
        guard case .table(let header, let rows, _)? = document.blocks.first?.kind else {
            Issue.record("no table: \(document.blocks)")
            return
        }
        #expect(header.map(\.text) == ["Initiative", "Quarter"])
        #expect(rows.map { $0.map(\.text) } == [["Shopify v2", "Q1 2026"]])
        #expect(rows.first?.first?.line == 4)
    }
}
