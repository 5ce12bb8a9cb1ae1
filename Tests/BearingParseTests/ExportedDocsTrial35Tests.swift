import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// Plans written in a word processor or a wiki and exported to Markdown, as new users bring them: Google Docs'
/// "Download → Markdown" escapes any punctuation that might read as syntax (`1\. **Self\-serve growth**`, `0\)`), and
/// Notion's export names each page's file after its title and a 32-digit page id, with a database of key results as a
/// `| Name | Current | Target | Status |` table.
@Suite("New users' plans: Google Docs and Notion exports (trial 35)")
struct ExportedDocsTrial35Tests: TrialWorkspace {
    /// Google Docs writes `1\.` when the number was typed rather than made by a list, and `\-` for every hyphen that
    /// might start a list item; each priority is its own paragraph.
    let strategy = """
        # **Acme Analytics — Strategy 2026**

        ## **Our priorities**

        1\\. **Self\\-serve growth**: let a store owner sign up and see value in a day, without talking to sales.

        2\\. **Enterprise reliability**: dashboards load fast and never lose data.

        3\\. **Decision intelligence**: forecasts and recommendations a merchant can act on.

        ## **What we will not do**

        * Build a point\\-of\\-sale system.
        """

    @Test("hand-numbered priority paragraphs with escaped numbers are the strategy's priorities")
    func escapedNumberedPriorities() throws {
        let plan = load([:])
        #expect((plan.strategy?.priorities ?? []).map(\.title) == ["Self-serve growth", "Enterprise reliability", "Decision intelligence"],
                "\((plan.strategy?.priorities ?? []).map(\.title)) \(plan.diagnostics.map(\.message))")
        #expect(!plan.codes.contains(.noPriorities))
    }

    @Test("a field's value is read without the export's backslash escapes")
    func escapedFieldValue() throws {
        let plan = load(["objectives/2026-Q1.md": """
            # **Q1 2026 OKRs — Product & Engineering**

            ## **Objective 1: Make self\\-serve signup work in a day**

            **Priority:** Self\\-serve growth  
            **Owner:** [Dana Whitfield](mailto:dana@acme.example)  

            * **KR1:** Time from signup to first dashboard from 9 days to 1 day, now 4 days
            """])
        let objective = try #require(plan.objectiveFiles.first?.objectives.first)
        #expect(objective.title == "Make self-serve signup work in a day")
        #expect(objective.resolved.priorities == ["self-serve-growth"], "\(objective.resolved.priorities) \(plan.diagnostics.map(\.message))")
        #expect(plan.errors.isEmpty, "\(plan.errors.map(\.message))")
        // Google Docs writes a person chip as a link to their address; the owner is the name.
        #expect(objective.metadata.owners == ["Dana Whitfield"])
    }

    @Test("the file's facts under its title show a person chip as the name")
    func introFieldsShowNames() throws {
        let plan = load(["objectives/2026-Q1.md": """
            # **Q1 2026 OKRs**

            **Owner:** [Marco Silva](mailto:marco@acme.example)  
            **Version:** 1\\.2

            ## **Objective 1: Make signup work in a day**

            * KR1: Time to first dashboard from 9 days to 1 day, now 4 days
            """])
        let file = try #require(plan.objectiveFiles.first)
        let fields = file.introBlocks.flatMap { block -> [InlineField] in if case .fields(let fields) = block.kind { fields } else { [] } }
        #expect(fields.map(\.value) == ["Marco Silva", "1.2"], "\(file.introBlocks)")
    }

    @Test("an escape before a letter, or inside code, is text")
    func escapesKept() {
        #expect(BackslashEscapes.removed(from: #"ACME\dana"#) == #"ACME\dana"#)
        #expect(BackslashEscapes.removed(from: #"`a\-b` and a\-b"#) == #"`a\-b` and a-b"#)
        #expect(BackslashEscapes.removed(from: #"1\. \(now 0\) \\ \*"#) == #"1. (now 0) \ *"#)
    }

    @Test("Notion's page id after a file's name is no part of its id or title")
    func notionFileName() throws {
        let plan = load(["roadmaps/Roadmap 9a8b7c6d5e4f30211a2b3c4d5e6f7a8b.md": """
            | Name | Status | Team | Owner | Quarter |
            | --- | --- | --- | --- | --- |
            | Shopify connector v2 | In progress | Integrations | Lee Chen | Q1 2026 |
            """])
        let roadmap = try #require(plan.roadmaps.first)
        #expect(roadmap.id == "roadmap")
        #expect(roadmap.items.map(\.id) == ["roadmap/shopify-connector-v2"])
        #expect(FileName.withoutExportID("Plan 2026 abc") == "Plan 2026 abc")
        #expect(FileName.withoutExportID("9a8b7c6d5e4f30211a2b3c4d5e6f7a8b") == "9a8b7c6d5e4f30211a2b3c4d5e6f7a8b")
    }

    @Test("two teams' Notion pages both called Roadmap are told apart by their folders, not a duplicate-id error")
    func notionRoadmapsOfTwoTeams() throws {
        let page = { (item: String) in """
            # Roadmap

            ## Now

            - **\(item)** — the work. Status: on track
            """ }
        let plan = load([
            "roadmaps/Growth 1f2e3d4c5b6a79801f2e3d4c5b6a7980/Roadmap 9a8b7c6d5e4f30211a2b3c4d5e6f7a8b.md": page("Signup revamp"),
            "roadmaps/Platform 2f2e3d4c5b6a79801f2e3d4c5b6a7980/Roadmap 0a8b7c6d5e4f30211a2b3c4d5e6f7a8b.md": page("Query cache"),
        ])
        #expect(Set(plan.roadmaps.map(\.id)) == ["roadmap", "platform-roadmap"] || Set(plan.roadmaps.map(\.id)) == ["roadmap", "growth-roadmap"],
                "\(plan.roadmaps.map(\.id))")
        #expect(!plan.diagnostics.contains { $0.code == .duplicateID }, "\(plan.diagnostics.map(\.message))")
        // Without page ids, two files of one name in two folders (a site's sections) are told apart the same way: no
        // one wrote either id.
        let plain = load(["roadmaps/a/roadmap.md": page("Signup revamp"), "roadmaps/b/roadmap.md": page("Query cache")])
        #expect(!plain.diagnostics.contains { $0.code == .duplicateID })
        #expect(Set(plain.roadmaps.map(\.id)) == ["roadmap", "b-roadmap"])
    }

    /// A Notion page per objective (its properties as `Key: value` lines), with its key results as an inline database.
    static let notionObjective = """
        # Dashboards load in under a second for enterprise accounts

        Owner: Sam Okafor
        Quarter: Q1 2026
        Status: At risk
        Strategic priority: Enterprise reliability

        ## Key results

        | Name | Baseline | Current | Target | Status |
        | --- | --- | --- | --- | --- |
        | p95 dashboard load (s) | 3.2 | 2.1 | 1 | At risk |
        | Monthly uptime (%) | 99.5 | 99.8 | 99.9 | On track |
        """

    @Test("a Name column beside Target and Current under a Key results label holds key results with figures")
    func notionKeyResultTable() throws {
        let plan = load(["objectives/OKRs Q1 2026 3f2a9c1d8e7b4a6c9d0e1f2a3b4c5d6e/Dashboards load a1b2c3d4e5f60718293a4b5c6d7e8f90.md": Self.notionObjective])
        let objective = try #require(plan.objectiveFiles.flatMap(\.objectives).first)
        #expect(objective.keyResults.map(\.text) == ["p95 dashboard load (s)", "Monthly uptime (%)"])
        #expect(objective.keyResults.map { $0.progress.map { ($0 * 100).rounded() / 100 } } == [0.5, 0.75], "\(plan.diagnostics.map(\.message))")
        // The Target column is the key results' target, not a due date.
        #expect(!plan.codes.contains(.invalidValue), "\(plan.diagnostics.map(\.message))")
        #expect(objective.metadata.due == nil)
    }

    @Test("Notion's parent page of links to the objectives' pages is their index, noted, not a plan kept elsewhere")
    func notionIndexPage() throws {
        let plan = load([
            "objectives/OKRs Q1 2026 3f2a9c1d8e7b4a6c9d0e1f2a3b4c5d6e.md": """
                # OKRs Q1 2026

                [Dashboards load in under a second](OKRs%20Q1%202026%203f2a9c1d8e7b4a6c9d0e1f2a3b4c5d6e/Dashboards%20load%20a1b2c3d4e5f60718293a4b5c6d7e8f90.md)
                """,
            "objectives/OKRs Q1 2026 3f2a9c1d8e7b4a6c9d0e1f2a3b4c5d6e/Dashboards load a1b2c3d4e5f60718293a4b5c6d7e8f90.md": Self.notionObjective,
        ])
        let index = try #require(plan.diagnostics.first { $0.code == .noObjectives })
        #expect(index.severity == .note, "\(index.message)")
        #expect(index.message.contains("index of 1 Markdown page"))
        #expect(plan.objectiveFiles.flatMap(\.objectives).map(\.title) == ["Dashboards load in under a second for enterprise accounts"])
        // A page of links to a spreadsheet still says the plan is kept elsewhere.
        let elsewhere = load(["objectives/2026-Q1.md": "# OKRs Q1 2026\n\n[Our OKRs](https://docs.google.com/spreadsheets/d/abc)\n"])
        #expect(elsewhere.diagnostics.first { $0.code == .noObjectives }?.severity == .warning)
    }

    @Test("a Name column with a target but no current or baseline column stays a table of titles")
    func namedTableWithoutFigures() throws {
        let plan = load(["objectives/2026-Q1.md": """
            # Q1 2026

            ## Ship the forecast beta

            Owner: Ana Ruiz

            ### Key results

            | Name | Owner | Status |
            | --- | --- | --- |
            | Beta live with 10 stores | Ana Ruiz | Done |
            """])
        let objective = try #require(plan.objectiveFiles.first?.objectives.first)
        #expect(objective.keyResults.map(\.text) == ["Beta live with 10 stores"])
        #expect(objective.keyResults.first?.done == true)
    }
}
