import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// Roadmaps as a new user's twenty-fourth trial found them: to-do bullets labelled with conventional-commit types, one
/// table row per quarter whose work column is not called "Goals", file paths in code spans, season periods, and
/// sections about how the plan is run.
@Suite("Roadmaps: a new user's trial (24)")
struct RoadmapTrial24Tests {
    func parse(_ text: String, path: String = "roadmaps/roadmap.md") -> (Roadmap, [Diagnostic]) {
        RoadmapParser().parse(read(text, path: path))
    }

    func items(_ body: String) -> [RoadmapItem] {
        parse("# Roadmap\n\n\(body)\n").0.items
    }

    // MARK: a checklist beside heading items

    @Test("a checklist straight under a lane with heading items is work, however long its entries")
    func longChecklistBesideHeadings() {
        let found = items("""
            ## Phases

            - [x] Phase 10: DigitalOcean Provisioning (1/1 plan) — completed 2026-02-08
            - [x] Phase 11: DNS Cutover & Decommission (2/2 plans) — completed 2026-02-09

            ### v3.0 Federation Test

            Turn the server into a federated web of trust.
            """)
        #expect(found.map(\.title).contains("DNS Cutover & Decommission"), "\(found.map(\.title))")
        #expect(found.count == 3, "\(found.map(\.title))")
    }

    // MARK: F1, conventional-commit labels

    @Test("a lane whose first bullet is `feat:` keeps all its items: the type is no misspelt Team field")
    func featFirstKeepsTheLane() {
        for type in ["feat", "test", "style"] {
            let (roadmap, diagnostics) = parse("""
                # Roadmap

                ## Next

                * \(type): partner API keys can be rotated
                * Onboarding guide for new customers
                * Runbooks for every alert
                """)
            #expect(roadmap.items.map(\.title) == ["partner API keys can be rotated", "Onboarding guide for new customers", "Runbooks for every alert"],
                    "\(type)")
            #expect(!diagnostics.contains { $0.code == .noRoadmapItems }, "\(type)")
        }
    }

    @Test("the words after a commit type are the title, and the type is kept as the item's Type field")
    func commitTypeIsAField() {
        let found = items("""
            ## Backlog (unscheduled)

            * bug: trailing # in code duplicated
            * refactor(core)!: convert array_key_exists() to `??`
            * fix: tokens expire too early
            * docs: a guide for self-hosting
            """)
        #expect(found.map(\.title) == ["trailing # in code duplicated", "convert array_key_exists() to ??", "tokens expire too early",
                                       "a guide for self-hosting"])
        #expect(found.map { $0.metadata.custom.first { $0.key == "Type" }?.value } == ["bug", "refactor(core)!", "fix", "docs"])
        // The label stays in the item's text, as written.
        #expect(found[0].body.contains("bug: trailing"))
    }

    @Test("a capitalized word before a colon is still the writer's name for the item, not a commit type")
    func capitalizedWordsStayNames() {
        #expect(CommitTypeLabel.leading("Test: Q3 2026 load test plan") == nil)
        #expect(CommitTypeLabel.leading("feature flags: rollout") == nil)
        #expect(CommitTypeLabel.leading("FIX: crash on start")?.label == "fix")
        #expect(MetadataReader.nearKey("feat", value: "partner keys") == nil)
        #expect(MetadataReader.nearKey("Tesm", value: "Platform") == "team")
    }

    // MARK: F2, one table row per quarter

    @Test("a table led by a quarter column reads its first column of words as the titles, whatever its header")
    func quarterTableHeaders() {
        for header in ["Key objectives", "Key deliverables", "Scope", "Focus", "Highlights", "Description", "What", "Release",
                       "Target version", "Objectifs clés"] {
            let (roadmap, diagnostics) = parse("""
                # Roadmap 2026

                | Quarter | \(header) |
                |---------|-----------|
                | Q1 2026 | Trading sandbox MVP with a demo CLI |
                | Q2 2026 | Market connectors for Binance and IBKR |
                """)
            #expect(roadmap.items.map(\.title) == ["Trading sandbox MVP with a demo CLI", "Market connectors for Binance and IBKR"], "\(header)")
            #expect(roadmap.items.map(\.period) == ["2026-Q1", "2026-Q2"], "\(header)")
            #expect(diagnostics.isEmpty, "\(header)")
        }
    }

    @Test("the French roadmap's table is its plan, its version and window are fields, and its governance section an aside")
    func frenchQuarterTable() {
        let (roadmap, _) = parse("""
            # Feuille de route 2025 → 2026

            | Trimestre | Version cible | Fenêtre | Objectifs clés |
            |-----------|---------------|---------|----------------|
            | T4 2025   | v0.4.0        | Déc. 2025 | Parcours utilisateur complet, documentation OpenAPI. |
            | T1 2026   | v0.5.0        | Mars 2026 | MVP trading sandbox : persistance des stratégies, CLI de démonstration. |

            ## Gouvernance et suivi

            - Le comité roadmap se réunit au démarrage de chaque trimestre (`docs/tasks/2025-q4-backlog.md`).
            """)
        #expect(roadmap.items.map(\.title) == ["Parcours utilisateur complet, documentation OpenAPI", "MVP trading sandbox"])
        #expect(roadmap.items.map(\.period) == ["2025-Q4", "2026-Q1"])
        #expect(roadmap.items[0].metadata.custom.map(\.key) == ["Version cible", "Fenêtre"])
        #expect(!roadmap.items.contains { $0.title.contains("comité") })
    }

    @Test("a table by quarter with no column of work is said at its own line, with its rows counted")
    func unreadQuarterTable() {
        let (roadmap, diagnostics) = parse("""
            # Roadmap 2026

            | Quarter | Version | Window |
            |---------|---------|--------|
            | Q1 2026 | v1.0    | Mar 2026 |
            | Q2 2026 | v1.1    | Jun 2026 |
            """)
        #expect(roadmap.items.isEmpty)
        #expect(diagnostics.map(\.code) == [.unreadRoadmapItems])
        #expect(diagnostics.first?.location.line == 3)
        #expect(diagnostics.first?.message.contains("2 rows") == true)
    }

    @Test("governance, process and history sections are asides in roadmaps, and a lane of governance work stays a lane")
    func planRunningAsides() {
        let found = items("""
            ## Project History

            - Four pilot projects completed in 2025 with partner cities.

            ## Governance

            - The roadmap committee meets every quarter.

            ## Process

            - Each milestone is reviewed by the steering group.

            ## Governance, Management, and Personnel

            - Recruit for unfilled team positions.

            ## Next

            - Print edition
            """)
        #expect(found.map(\.title) == ["Recruit for unfilled team positions", "Print edition"])
        #expect(RoadmapHeading.isAside("Gouvernance et suivi"))
        #expect(!RoadmapHeading.isAside("Governance improvements"))
    }

    // MARK: F7, paths and code spans

    @Test("a date in a code span or a path is neither the item's period nor its due date")
    func pathsAreNoDates() {
        let found = items("""
            ## Now

            - The team publishes the backlog (`docs/tasks/2025-q4-backlog.md`).
            - Write the notes: `2026-Q3`
            - Publish the report (see notes/2026-q1/summary.md)
            - Ship the Windows installer (Q3 2026)
            """)
        #expect(found.map(\.title) == ["The team publishes the backlog", "Write the notes: 2026-Q3", "Publish the report (see notes/2026-q1/summary.md)",
                                       "Ship the Windows installer"])
        #expect(found.map(\.metadata.due) == [nil, nil, nil, "Q3 2026"])
        #expect(found.map(\.period) == [nil, nil, nil, "2026-Q3"])
    }

    @Test("a path or address is never a due date")
    func literalText() {
        #expect(LiteralText.isPathOrAddress("docs/tasks/2025-q4-backlog.md"))
        #expect(LiteralText.isPathOrAddress("https://example.com/2026/q1"))
        #expect(LiteralText.isPathOrAddress("notes-2026-03.md"))
        #expect(!LiteralText.isPathOrAddress("12/31/2026"))
        #expect(!LiteralText.isPathOrAddress("Q1/Q2 2026"))
        #expect(!LiteralText.isPathOrAddress("Dec. 2026"))
        #expect(!LiteralText.isPathOrAddress("2026-Q3"))
    }

    // MARK: F9, seasons

    @Test("a season and a year give the northern hemisphere's quarter, and the bracket leaves the title")
    func seasons() {
        let found = items("""
            ## Anticipated Work

            ### MVP (summer 2026)
            All four core chapters complete in English.

            ### v1.0 (fall 2026)
            Cookbooks added based on the pilot projects.

            ### v1.0+ (spring 2027):
            Translations.

            ## Later

            - Print edition (winter 2027)
            - Audio book (autumn 2027)
            """)
        #expect(found.map(\.title) == ["MVP", "v1.0", "v1.0+", "Print edition", "Audio book"])
        #expect(found.map(\.period) == ["2026-Q3", "2026-Q4", "2027-Q2", "2027-Q1", "2027-Q4"])
        #expect(Set(found.map(\.id)).count == 5)
        #expect(RoadmapPeriod.season("Summer 2026") == "2026-Q3")
        #expect(RoadmapPeriod.season("Spring term 2026") == nil)
        #expect(RoadmapPeriod.heading("Fall 2026", year: nil) == "2026-Q4")
    }
}
