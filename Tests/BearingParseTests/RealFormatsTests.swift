import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// MDX, metadata as real teams write it, and status symbols.
@Suite("Real teams' formats")
struct RealFormatsTests {
    // MARK: MDX

    static let mdx = """
        ---
        title: FY26 Q3 plan
        ---
        import { TeamMember } from '@site/components'
        import Callout from
          '@site/callout'
        export const meta = {
          owner: 'ops',
        }

        ## Faster search (Driver: <TeamMember name="Ada Lovelace" />)

        <Callout type="info" title="Why now">
        Search is slow for large workspaces. {/* a comment */}
        </Callout>

        - Status: on-track
        - Priorities: platfrom

        ```jsx
        <Keep this="as code" />
        ```
        """

    @Test("MDX: imports, exports and JSX tags are removed, names and inner text kept, lines unchanged")
    func mdxRewrite() {
        let rewritten = MDXPreprocessor.rewrite(Self.mdx).splitLines()
        let original = Self.mdx.splitLines()
        #expect(rewritten.count == original.count)
        #expect(rewritten[3...8].allSatisfy { $0.isEmpty })
        #expect(rewritten[10] == "## Faster search (Driver: Ada Lovelace" + String(repeating: " ", count: 22) + ")")
        #expect(rewritten[12] == "Why now")
        #expect(rewritten[13] == "Search is slow for large workspaces. ")
        #expect(rewritten[14] == "")
        #expect(rewritten[20] == "<Keep this=\"as code\" />")
        // Not tags: comparisons, autolinks, e-mail, inline code.
        let prose = "a < b and <https://x.org> or <ada@x.org>, `<Code/>` and <br/> end"
        #expect(MDXPreprocessor.rewrite(prose) == "a < b and <https://x.org> or <ada@x.org>, `<Code/>` and       end")
    }

    @Test("an .mdx objectives file is scanned and read; diagnostics point at the original lines")
    func mdxWorkspace() {
        let plan = loadWorkspace(["strategy.md": minimalStrategy, "objectives/2026-Q3.mdx": Self.mdx, "objectives/_draft.mdx": "## x\n"])
        #expect(plan.files.contains("objectives/2026-Q3.mdx"))
        let objective = plan.objectives.first
        #expect(plan.objectives.count == 1)
        #expect(objective?.title == "Faster search")
        #expect(objective?.metadata.owners == ["Ada Lovelace"])
        #expect(objective?.metadata.status == .onTrack)
        let unresolved = plan.diagnostics.first { $0.code == .unresolvedReference }
        #expect(unresolved?.location.line == 18)
        #expect(unresolved?.location.column == 15)
    }

    @Test("hostile MDX does not crash: unclosed tags, strings, braces and comments")
    func mdxHostile() {
        for text in ["<A b=\"", "<A b={{{", "{/* open", "export const x = {\n", "<", "<A\n", "<A b='x' c", "</", "``` \n<A/>", "<A b=\"\n\n\"/>x"] {
            let out = MDXPreprocessor.rewrite(text)
            #expect(out.splitLines().count == text.splitLines().count)
        }
    }

    // MARK: Metadata

    func objective(_ text: String) -> (Objective?, [Diagnostic]) {
        let (file, diagnostics) = ObjectivesParser().parse(read(text, path: "objectives/2026-Q4.md"))
        return (file.objectives.first, diagnostics)
    }

    @Test("italic and bold keys, italics around the whole line, @handles", arguments: [
        "_Owners: @a, @b_", "_Owners:_ @a, @b", "*Owners*: @a and @b", "**Owners**: @a, @b", "__Owners:__ @a; @b", "- _Owners: @a, @b_",
    ])
    func emphasisedKeys(line: String) {
        let (objective, diagnostics) = objective("## Title\n\(line)\n\nProse.\n")
        #expect(objective?.metadata.owners == ["a", "b"])
        #expect(diagnostics.isEmpty)
    }

    @Test("(Driver: …) / (Owner: …) / (DRI: …) at the end of a heading is taken out of the title and kept as owner")
    func headingField() {
        let (objective, _) = objective("## Improve search (DRI: @ada)\n\nProse.\n")
        #expect(objective?.title == "Improve search")
        #expect(objective?.id == "2026-q4/improve-search")
        #expect(objective?.metadata.owners == ["ada"])
        let document = read("### Quotas **now** (Owner: [Grace](https://github.com/grace)).\n")
        #expect(dump(document.blocks) == "h3 Quotas now @1-1\nfields Owner=Grace@1:29 @1-1")
        // A parenthesis that is not an owner field stays in the title.
        #expect(dump(read("## Ship v2 (beta)\n").blocks) == "h2 Ship v2 (beta) @1-1")
        #expect(dump(read("## (Owner: Ada)\n").blocks) == "h2 (Owner: Ada) @1-1")
    }

    @Test("(Owner: …) at the end of a roadmap list item is its owner")
    func lineField() {
        let (roadmap, _) = RoadmapParser().parse(read("## Now\n\n- **Usage dashboards.** For hubs (Owner: Ada).\n", path: "roadmaps/r.md"))
        #expect(roadmap.items.first?.metadata.owners == ["Ada"])
        #expect(roadmap.items.first?.title == "Usage dashboards")
    }

    @Test("metadata after a prose paragraph is read, and a misspelt key or reference there is still reported")
    func metadataAfterProse() {
        let plan = loadWorkspace(["strategy.md": minimalStrategy, "objectives/2026-Q4.md": """
            ## Cut toil

            We will automate the routine work.

            Owner: Ada
            Status: at risk
            Priorities: platfrom
            Priortiy: revenue

            More prose.
            """])
        let objective = plan.objectives.first
        #expect(objective?.metadata.owners == ["Ada"])
        #expect(objective?.metadata.status == .atRisk)
        #expect(plan.diagnostics.contains { $0.code == .unresolvedReference && $0.location.line == 7 })
        #expect(plan.diagnostics.contains { $0.code == .unknownKey && $0.location.line == 8 })
        // The body still starts after the heading: nothing the user wrote is hidden.
        #expect(objective?.body.hasPrefix("We will automate") == true)
    }

    @Test("metadata lines ending a prose paragraph are read; one inside prose is a metadata-after-prose warning")
    func metadataInsideProse() {
        let (objective, diagnostics) = objective("""
            ## Cut toil

            We will automate the routine work.
            Owner: Ada

            We will also write it down.
            Status: done
            and tell everyone.
            """)
        #expect(objective?.metadata.owners == ["Ada"])
        #expect(objective?.metadata.status == nil)
        #expect(diagnostics.map(\.code) == [.metadataAfterProse])
        #expect(diagnostics.first?.location.line == 7)
    }

    // MARK: Status

    @Test("status words, emojis and shortcodes", arguments: [
        ("On track", Status.onTrack), ("On Target", .onTrack), ("Needs attention", .atRisk), ("At risk", .atRisk),
        ("Complete", .done), ("Completed", .done), ("In progress", .onTrack), ("Not Started", .notStarted), ("Blocked", .offTrack),
        ("Started", .onTrack), ("✅", .done), (":white_check_mark: done", .done), ("🟡", .atRisk), (":yellow_circle:", .atRisk),
        ("🔴", .offTrack), (":red_circle:", .offTrack), ("🟢 Led and supported", .onTrack), (":green_circle:", .onTrack),
        ("🚧", .onTrack), ("🔁 ongoing", .onTrack), ("❌", .dropped), (":large_orange_diamond:", .atRisk), (":red_square:", .offTrack),
        ("✔️", .done), ("🟢 At risk", .atRisk),
    ])
    func statusReading(text: String, expected: Status) {
        #expect(Status(reading: text) == expected)
    }

    @Test("unknown status text is still unknown")
    func unknownStatus() {
        #expect(Status(reading: "in limbo") == nil)
        #expect(Status(reading: "") == nil)
        #expect(Status(reading: "x") == nil)
    }

    @Test("a leading status symbol is found and cut from an item's text")
    func leadingSymbol() {
        #expect(Status.leadingSymbol(in: ":green_circle: Provide spectroscopy tools")! == (Status.onTrack, "Provide spectroscopy tools"))
        #expect(Status.leadingSymbol(in: "✅ Shipped")! == (Status.done, "Shipped"))
        #expect(Status.leadingSymbol(in: "Provide tools") == nil)
    }
}

/// Real files from the shared corpus: tables and statuses read as their SHAPE.md describes.
@Suite("Real teams' tables and statuses")
struct CorpusFormatTests {
    static let root = Corpus.root.deletingLastPathComponent()

    static func document(_ relative: String) throws -> MarkdownDocument {
        MarkdownReader().read(try String(contentsOf: root.appendingPathComponent(relative), encoding: .utf8), path: relative)
    }

    static var present: Bool { FileManager.default.fileExists(atPath: root.appendingPathComponent("openssf").path) }

    static func tables(_ blocks: [Block]) -> [Block] {
        blocks.flatMap { block -> [Block] in
            switch block.kind {
            case .table: [block]
            case .list(_, let items): tables(items.flatMap(\.blocks))
            case .quote(let inner), .directive(_, _, _, let inner, _): tables(inner)
            default: []
            }
        }
    }

    @Test("OpenSSF 2024: 4 objectives and 11 key results with their statuses", .enabled(if: present, "../shared/corpus is absent"))
    func openssf2024() throws {
        let document = try Self.document("openssf/tac/TI-reports/2024/2024-Q4-Alpha-Omega.md")
        let rows = Self.tables(document.blocks).compactMap(PlanTable.keyResults(in:)).flatMap { $0 }
        #expect(rows.count == 11)
        #expect(Set(rows.compactMap(\.objective)).count == 4)
        #expect(rows.filter { $0.status == .onTrack }.count == 9)
        #expect(rows.filter { $0.status == .done }.count == 1)
        #expect(rows.first { $0.text.hasPrefix("KR 2.1") }?.status == .notStarted)
        #expect(rows.allSatisfy { $0.status != nil })
        #expect(document.diagnostics.isEmpty)
    }

    @Test("OpenSSF 2025: the header is the first objective, separators repeat, 16 key results", .enabled(if: present, "../shared/corpus is absent"))
    func openssf2025() throws {
        let document = try Self.document("openssf/tac/TI-reports/2025/2025-Q3-Alpha-Omega.md")
        let rows = Self.tables(document.blocks).compactMap(PlanTable.keyResults(in:)).flatMap { $0 }
        #expect(rows.count == 16)
        #expect(Set(rows.compactMap(\.objective)).count == 4)
        #expect(rows.first?.objective?.hasPrefix("Objective #1") == true)
        let counts = Dictionary(grouping: rows.compactMap(\.status), by: { $0 }).mapValues(\.count)
        // In Progress 7 + On Target 4 + Started 3 are on track; Completed 1; Not Started 1.
        #expect(counts == [.onTrack: 14, .done: 1, .notStarted: 1])
    }

    @Test("GitLab's strategy KPI table has a malformed delimiter: read, and warned about at its line", .enabled(if: present, "../shared/corpus is absent"))
    func gitlabKPI() throws {
        let document = try Self.document("gitlab/www-gitlab-com/company/strategy/index.html.md")
        let malformed = document.diagnostics.filter { $0.code == .tableMalformed }
        #expect(malformed.map(\.location.line) == [178])
        let kpis = Self.tables(document.blocks).compactMap(PlanTable.keyResults(in:)).flatMap { $0 }
        #expect(kpis.count == 6)
        #expect(kpis.first?.text.hasPrefix("Stage Monthly Active Users") == true)
    }

    @Test("astropy's roadmap items start with status shortcodes: green 9, orange 9, red 12", .enabled(if: present, "../shared/corpus is absent"))
    func astropy() throws {
        let document = try Self.document("astropy/astropy-project/roadmap/roadmap.md")
        var counts: [Status: Int] = [:]
        for block in document.blocks {
            guard case .list(_, let items) = block.kind else { continue }
            for item in items {
                if let (status, _) = Status.leadingSymbol(in: item.blocks.first?.plainText ?? "") { counts[status, default: 0] += 1 }
            }
        }
        #expect(counts == [.onTrack: 9, .atRisk: 9, .offTrack: 12])
    }

    @Test("every table in the corpus is read without a crash, and none but GitLab's is malformed", .enabled(if: present, "../shared/corpus is absent"))
    func allTables() throws {
        let files = FileManager.default.enumerator(atPath: Self.root.path)?.compactMap { $0 as? String }
            .filter { $0.hasSuffix(".md") }.sorted() ?? []
        var tables = 0
        var malformed: [String] = []
        for file in files {
            let document = try Self.document(file)
            tables += Self.tables(document.blocks).count
            malformed += document.diagnostics.filter { $0.code == .tableMalformed }.map { "\(file):\($0.location.line)" }
        }
        #expect(tables >= 12)
        #expect(malformed == ["gitlab/www-gitlab-com/company/strategy/index.html.md:178"])
    }
}
