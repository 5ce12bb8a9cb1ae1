import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// pandoc's simple and multiline tables: `pandoc plan.docx -o plan.md` writes a Word table of one paragraph a cell as a
/// multiline table, and `pandoc -t markdown` writes a short one as a simple table.
@Suite("pandoc simple and multiline tables read as tables")
struct PandocTableBlocksTests: TrialWorkspace {
    let strategy = """
        # Strategy

        ## Priorities

        1. **Self-serve growth**: sign up and see value in a day.
        2. **Enterprise reliability**: dashboards load fast and never lose data.
        """

    /// A Word table of one key result a row, as pandoc 2.17 writes it (widths from the document, two spaces' indent).
    static let wordOKRs = """
        # Q1 2027 OKRs --- Growth

          --------------------------------------------------------------------------
          Objective      Key result     Owner          Target         Status
          -------------- -------------- -------------- -------------- --------------
          Make signup    Time to first  Dana           1 day          On track
          work in a day  dashboard                                    
                         under 1 day                                  

          Make signup    3 new data     Marco          3              At risk
          work in a day  connectors                                   
                         shipped                                      

          Grow           Self-serve MRR Priya          \\$60k          On track
          self-serve     from \\$40k to                                
          revenue        \\$60k                                        
          --------------------------------------------------------------------------
        """

    @Test("a Word table converted by pandoc to a multiline table holds the objectives, their key results and owners")
    func wordTable() throws {
        let plan = load(["objectives/2027-Q1.md": Self.wordOKRs])
        let objectives = plan.objectiveFiles.flatMap(\.objectives)
        #expect(objectives.map(\.title) == ["Make signup work in a day", "Grow self-serve revenue"],
                "\(objectives.map(\.title)) \(plan.diagnostics.map(\.message))")
        #expect(objectives.map { $0.keyResults.map(\.text) } == [
            ["Time to first dashboard under 1 day", "3 new data connectors shipped"],
            ["Self-serve MRR from $40k to $60k"],
        ])
        #expect(objectives.first?.keyResults.map(\.owners) == [["Dana"], ["Marco"]])
        #expect(objectives.first?.keyResults.first?.location.line == 6)
    }

    @Test("a Word table with text after it, as every table but a file's last has: the last row over the closing rule is no heading")
    func wordTableWithTextAfter() throws {
        // cmark reads the last row's lines with the closing rule under them as a setext heading that ends at the blank
        // line after the rule, one line past the table.
        let plan = load(["objectives/2027-Q1.md": Self.wordOKRs + "\n\n  : OKRs for Q1.\n\nWe look at these again in March.\n"])
        let objectives = plan.objectiveFiles.flatMap(\.objectives)
        #expect(objectives.map(\.title) == ["Make signup work in a day", "Grow self-serve revenue"],
                "\(objectives.map(\.title)) \(plan.diagnostics.map(\.message))")
        #expect(objectives.last?.keyResults.map(\.text) == ["Self-serve MRR from $40k to $60k"])
    }

    @Test("thousands of tables, and of rules that open a table never closed, are read in linear time")
    func linearTime() {
        var lines: [String] = []
        for index in 0..<2_000 {
            lines += ["", "--", "A  B", "-- --", "A  B"]
            lines += ["", "Head  Two", "----  ----", "x\(index)    y", ""]
        }
        let started = Date()
        let document = read(lines.joined(separator: "\n"))
        let seconds = Date().timeIntervalSince(started)
        #expect(document.blocks.filter { if case .table = $0.kind { true } else { false } }.count == 2_000)
        // Quadratic, this took minutes: each unclosed rule was scanned to the end of the file, and each table looked
        // through every block.
        #expect(seconds < 20, "\(seconds) s")
    }

    @Test("a short table as `pandoc -t markdown` writes it is a roadmap's items with their team, quarter and status")
    func simpleTable() throws {
        let items = items("""
            # Roadmap

              Item                          Team      Quarter   Status
              ----------------------------- --------- --------- -------------
              Guided onboarding checklist   Growth    Q1 2027   In progress
              Usage-based billing           Billing   Q2 2027   Planned

            Table: What we build next.
            """)
        #expect(items.map(\.title) == ["Guided onboarding checklist", "Usage-based billing"], "\(items)")
        #expect(items.first?.location.line == 5)
    }

    @Test("the cells are split where the dashes start, and a header over several lines is one header")
    func blocks() throws {
        let document = read("""
            ------------------------------
            Initiative   Target
            name         quarter
            ------------ -----------------
            Shopify v2   Q1 2026, then the
                         app store

            Billing      Q2 2026
            ------------------------------

            """)
        guard case .table(let header, let rows, _)? = document.blocks.first?.kind else {
            Issue.record("no table: \(document.blocks)")
            return
        }
        #expect(document.blocks.count == 1)
        #expect(header.map(\.text) == ["Initiative name", "Target quarter"])
        #expect(rows.map { $0.map(\.text) } == [["Shopify v2", "Q1 2026, then the app store"], ["Billing", "Q2 2026"]])
        #expect(rows.map { $0.map(\.line) } == [[5, 5], [8, 8]])
    }

    @Test("prose between rules, a word across a column's start, a table with no header and a list of dashes stay as they were")
    func notTables() {
        let prose = read("""
            Our plan for the year
            ------- --- ----------
            is to grow the business.
            """)
        #expect(!prose.blocks.contains { if case .table = $0.kind { true } else { false } }, "\(prose.blocks)")
        let headerless = read("""
            ------------ ---------
            Shopify v2   Q1 2026
            Billing      Q2 2026
            ------------ ---------
            """)
        #expect(!headerless.blocks.contains { if case .table = $0.kind { true } else { false } })
        let rules = read("Notes\n\n- - -\n\nMore notes\n")
        #expect(!rules.blocks.contains { if case .table = $0.kind { true } else { false } })
    }
}

/// Target and Current cells with a unit ("1 day", "4 days") beside a key result that writes where it started.
@Suite("a key-result table's figures in a unit, counted from the start the key result writes")
struct TargetCellUnitsTests: TrialWorkspace {
    let strategy = "## Priorities\n\n- **Self-serve growth** {#growth}\n"

    @Test("from 9 days to 1 day, now 4 days, is five eighths of the way; from 3.2 s to 1 s, now 2.1 s, half")
    func fallingWithUnits() throws {
        let plan = load(["objectives/2027-Q1.md": """
            # Q1 2027

            | Objective | Key result | Target | Current | Status |
            |---|---|---|---|---|
            | Make signup work in a day | Time to first dashboard from 9 days to 1 day | 1 day | 4 days | On track |
            | Make signup work in a day | p95 dashboard load from 3.2 s to 1 s | 1 s | 2.1 s | At risk |
            """])
        let results = try #require(plan.objectiveFiles.first?.objectives.first?.keyResults)
        #expect(results.map { $0.progress.map { ($0 * 1000).rounded() / 1000 } } == [0.625, 0.5])
        #expect(!plan.codes.contains(.progressUnread), "\(plan.diagnostics.map(\.message))")
    }
}
