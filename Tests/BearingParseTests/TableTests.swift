import Testing
@testable import BearingModel
@testable import BearingParse

@Suite("Tables")
struct TableTests {
    @Test("a pipe table under prose is cut from its paragraph; cells keep inline text, lines and columns")
    func tableInParagraph() {
        let document = read("""
            Intro line.
            | Objective | Owner |
            |:--|--:|
            | **Ship** the `API` | @ada |
            | Short row |
            """)
        #expect(dump(document.blocks) == """
            p Intro line. @1-1
            table @2-5
              th Objective@2:3 | Owner@2:15
              tr Ship the API@4:3 | @ada@4:24
              tr Short row@5:3
            """)
        guard case .table(_, let rows, let alignments) = document.blocks[1].kind else { Issue.record("no table"); return }
        #expect(alignments == [.left, .right])
        #expect(rows[0][0].content == [.strong([.text("Ship")]), .text(" the "), .code("API")])
        #expect(document.diagnostics.isEmpty)
    }

    @Test("tables inside list items and quotes, escaped pipes, and no leading pipe")
    func nestedTables() {
        let document = read("""
            - item

              a | b
              --|--
              x \\| y | z

            > | k | v |
            > |---|---|
            > | Owner | Ada |
            """)
        #expect(dump(document.blocks) == """
            ul @1-6
              li @1
                p item @1-1
                table @3-5
                  th a@3:3 | b@3:7
                  tr x | y@5:3 | z@5:12
            quote @7-9
              table @7-9
                th k@7:5 | v@7:9
                tr Owner@9:5 | Ada@9:13
            """)
    }

    @Test("a paragraph with pipes but no delimiter row stays a paragraph")
    func notATable() {
        #expect(dump(read("a | b\nc | d\n").blocks) == "p a | b c | d @1-2")
        #expect(dump(read("Options: a|b\n- list\n").blocks).hasPrefix("p Options: a|b @1-1"))
    }

    @Test("gitlab's malformed delimiter row is read, with a table-malformed warning at its line")
    func malformed() {
        let document = read("""
            | Part of flywheel | Key Performance Indicator (KPI) | Department |
            |-------------- ---|---------------------------------|------------|
            | More Users | Stage Monthly Active Users | Product |
            """)
        guard case .table(let header, let rows, _)? = document.blocks.first?.kind else { Issue.record("no table"); return }
        #expect(header.count == 3 && rows.count == 1)
        #expect(document.diagnostics.map(\.code) == [.tableMalformed])
        #expect(document.diagnostics.first?.location.line == 2)
        // A header and delimiter of different widths is malformed too.
        #expect(read("| a | b |\n|---|\n| 1 | 2 |\n").diagnostics.map(\.code) == [.tableMalformed])
    }

    @Test("hostile tables do not crash: only pipes, only delimiters, huge rows")
    func hostile() {
        for text in ["|\n|-|\n|", "||||\n|-|-|-|\n", "|---|\n|---|\n|---|", "| a |\n| - |\n" + String(repeating: "|x", count: 5000),
                     "> | a |\n> |:-:|\n> " + String(repeating: "\\", count: 100)] {
            _ = read(text)
        }
    }

    @Test("a two-column key/value table under a heading is the item's metadata")
    func keyValueMetadata() {
        let (file, diagnostics) = ObjectivesParser().parse(read("""
            ## Cut toil

            | Owner | Ada, @grace |
            |---|---|
            | **Status** | 🟡 At risk |
            | Priortiy | platform |

            Prose.
            """, path: "objectives/2026-Q4.md"))
        let metadata = file.objectives.first?.metadata
        #expect(metadata?.owners == ["Ada", "grace"])
        #expect(metadata?.status == .atRisk)
        #expect(diagnostics.contains { $0.code == .unknownKey && $0.location.line == 6 })
    }

    @Test("a table whose first column is a title gives items with their metadata from the other columns")
    func itemsTable() {
        let document = read("""
            | Initiative | Owner | Status | Due |
            |---|---|---|---|
            | **Usage dashboards** | @ada | ✅ | 2026-03-31 |
            | Quotas | Grace and Linus | :yellow_circle: | |
            """)
        guard let block = document.blocks.first, let items = PlanTable.items(in: block) else { Issue.record("not an items table"); return }
        #expect(items.map(\.title) == ["Usage dashboards", "Quotas"])
        var bag = DiagnosticBag(path: document.path)
        let reader = MetadataReader(document: document)
        let first = reader.metadata(from: items[0].fields, diagnostics: &bag)
        let second = reader.metadata(from: items[1].fields, diagnostics: &bag)
        #expect(first.owners == ["ada"] && first.status == .done && first.due == "2026-03-31")
        #expect(second.owners == ["Grace", "Linus"] && second.status == .atRisk)
        #expect(items[1].fields.first?.line == 4)
        #expect(PlanTable.looksLikePlan(block))
        #expect(!PlanTable.looksLikePlan(read("| Alias | Company |\n|---|---|\n| @a | IBM |\n").blocks[0]))
    }

    @Test("a key-result table gives key results with their status and progress cells")
    func keyResultTable() {
        let document = read("""
            | Key result | Status | Progress |
            |---|---|---|
            | Hours on manual operations from 40 to 20 | On track | 30% |
            | Routine tickets answered | Needs attention | |
            """)
        let rows = PlanTable.keyResults(in: document.blocks[0]) ?? []
        #expect(rows.map(\.text) == ["Hours on manual operations from 40 to 20", "Routine tickets answered"])
        #expect(rows.map(\.status) == [.onTrack, .atRisk])
        #expect(rows.map(\.progressText) == ["30%", nil])
        #expect(rows.first?.cell.line == 3)
    }
}

@Suite("Key-result tables in objectives")
struct KeyResultTableTests {
    @Test("rows of a key-result table under an objective are its key results, with status and progress")
    func objectiveKeyResults() {
        let (file, _) = ObjectivesParser().parse(read("""
            ## Secure the ecosystems

            | Key result | Status | Progress |
            |---|---|---|
            | Fund ten organizations | Completed | |
            | Scan 2,000 projects | On target | 1200/2000 |
            | Publish attestations | Not started | |
            """, path: "objectives/2026-Q4.md"))
        let results = file.objectives.first?.keyResults ?? []
        #expect(results.map(\.text) == ["Fund ten organizations", "Scan 2,000 projects", "Publish attestations"])
        #expect(results.map(\.done) == [true, false, false])
        #expect(results.map(\.progress) == [1, 0.6, 0])
        #expect(results.map(\.progressSource) == [.checkbox, .ratio, .checkbox])
        #expect(results.map(\.location.line) == [5, 6, 7])
    }
}
