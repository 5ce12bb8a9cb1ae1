import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// Session 30's leftovers of "nothing the user wrote is deleted or silently ignored", each in the shape of the file it
/// was seen in.
@Suite("Leftovers 30: what was written and not shown")
struct Leftovers30Tests {
    func roadmap(_ markdown: String) -> (Roadmap, [Diagnostic]) {
        RoadmapParser().parse(read(markdown, path: "roadmaps/table.md"))
    }

    // A product lead's CSV-minded roadmap (user29 "b"): the table names each row's quarter, and a "## Later" list follows.
    static let quarterTable = """
        # Platform roadmap 2027

        | Item | Quarter | Owner | Status | Priority | Notes |
        |------|---------|-------|--------|----------|-------|
        | SSO for Okta | 2027-Q1 | Ana | In progress | enterprise | customers asked |
        | Audit log export | 2027-Q1 | Ben | Not started | enterprise | |
        | Excel import v2 | 2027-Q2 | Lina | Planned | self-serve | |
        | Smart conflict detection | 2027-Q3 | | Idea | quality | research first |

        ## Later

        - Dark mode
        - Offline mode for tablets
        """

    @Test("a table whose rows name their quarter, above the first lane, is read: its rows in lanes of their quarters, before the file's own")
    func quarterTableBeforeLanes() {
        let (roadmap, diagnostics) = roadmap(Self.quarterTable)
        #expect(!diagnostics.contains { $0.code == .unreadRoadmapItems }, "\(diagnostics.map(\.message))")
        #expect(roadmap.lanes.map(\.title) == ["2027-Q1", "2027-Q2", "2027-Q3", "Later"])
        #expect(roadmap.items.map(\.title) == ["SSO for Okta", "Audit log export", "Excel import v2", "Smart conflict detection",
                                               "Dark mode", "Offline mode for tablets"])
        #expect(roadmap.items.map(\.lane) == ["2027-Q1", "2027-Q1", "2027-Q2", "2027-Q3", "Later", "Later"])
        #expect(roadmap.items.prefix(4).map(\.period) == ["2027-Q1", "2027-Q1", "2027-Q2", "2027-Q3"])
        #expect(roadmap.items.first?.metadata.owners == ["Ana"])
        #expect(roadmap.items.first?.metadata.status == .onTrack)
    }

    @Test("a row with no quarter in such a table is in a lane named after the page; a table with no period column stays unread and said")
    func undatedRowsAndUndatedTables() {
        let (roadmap, diagnostics) = roadmap(Self.quarterTable.replacingOccurrences(of: "| Audit log export | 2027-Q1 |", with: "| Audit log export | |"))
        #expect(roadmap.lanes.map(\.title) == ["2027-Q1", "2027-Q2", "2027-Q3", "Platform roadmap 2027", "Later"])
        #expect(roadmap.items.first { $0.title == "Audit log export" }?.lane == "Platform roadmap 2027")
        #expect(!diagnostics.contains { $0.code == .unreadRoadmapItems })
        let (plain, said) = self.roadmap("""
            # Platform roadmap

            | Item | Owner | Status |
            |------|-------|--------|
            | SSO for Okta | Ana | In progress |
            | Audit log export | Ben | Not started |

            ## Later

            - Dark mode
            """)
        #expect(plain.items.map(\.title) == ["Dark mode"])
        #expect(said.map(\.code) == [.unreadRoadmapItems])
    }

    func objectives(_ markdown: String, config: WorkspaceConfig = WorkspaceConfig()) -> (ObjectivesFile, [Diagnostic]) {
        ObjectivesParser(config: config).parse(read(markdown, path: "objectives/2026-Q4.md"))
    }

    // Review 29's quarterly file: "## Up Next" is a report's section; its own checklist comes before the H3s under it.
    static let upNext = """
        # Objectives for 2026-Q4

        ## Make the service dependable

        - **Owner:** Ada
        - **Status:** on-track
        - **Priorities:** reliability

        - [ ] Pages per week from 12 to 3, now 7

        ## Up Next

        - [ ] Alerts with a runbook: 18 of 24
        - [x] Incidents with a postmortem: 80%

        ### Hiring

        We hire two SREs in January.

        ### Budget

        Flat.

        ## Risks

        - The pager may stay noisy.
        """

    @Test("an aside that opens with its own checklist over H3s is shown whole as the file's notes; its H3s are no objectives")
    func checklistAsideOverHeadings() {
        let (file, diagnostics) = objectives(Self.upNext)
        #expect(file.objectives.map(\.title) == ["Make the service dependable"])
        let lines = Self.upNext.components(separatedBy: "\n")
        func line(_ text: String) -> Int { (lines.firstIndex { $0.contains(text) } ?? -1) + 1 }
        let noted = { (number: Int) in file.notes.contains { $0.line <= number && number <= $0.endLine } }
        for expected in ["## Up Next", "Alerts with a runbook", "Incidents with a postmortem", "### Hiring", "two SREs", "### Budget", "## Risks"] {
            #expect(noted(line(expected)), "\(expected)")
        }
        // Said at the heading: a checklist there may be key results under an unlucky title.
        #expect(diagnostics.contains { $0.code == .skippedSection && $0.location.line == line("## Up Next") })
    }

    @Test("a status heading over objective headings, with no list of its own, still gives them its status (counter-case)")
    func statusContainerStays() {
        let (file, _) = objectives("""
            # Objectives for 2026-Q4

            ## In progress

            ### Make the service dependable

            - [ ] Pages per week from 12 to 3, now 7

            ### Let customers start on their own

            - [ ] Sign-ups from 10% to 50%, now 20%
            """)
        #expect(file.objectives.map(\.title) == ["Make the service dependable", "Let customers start on their own"])
        #expect(file.objectives.allSatisfy { $0.metadata.status == .onTrack })
    }

    @Test("a period lane over two status H3s keeps its period; the H3s are its groups and give their status")
    func statusGroupsInPeriodLane() {
        let (plan, _) = roadmap("""
            # Product roadmap

            ## Q3 2026

            ### In progress

            - Guided setup wizard
            - SSO for Okta

            ### Done

            - Import from Excel

            ## Q4 2026

            - Audit log export
            """)
        #expect(plan.lanes.map(\.title) == ["Q3 2026", "Q4 2026"])
        #expect(plan.items.map(\.period) == ["2026-Q3", "2026-Q3", "2026-Q3", "2026-Q4"])
        #expect(plan.items.map(\.group) == ["In progress", "In progress", "Done", nil])
        #expect(plan.items.map(\.metadata.status) == [.onTrack, .onTrack, .done, nil])
        // A horizon H2 over status H3s still gives way to them (JupyterHub's "## The roadmap proper" over Now/Soon/Later).
        let (proper, _) = roadmap("# Roadmap\n\n## The roadmap proper\n\n### Now\n\n- Ship it\n\n### Later\n\n- Then this\n")
        #expect(proper.lanes.map(\.title) == ["Now", "Later"])
    }

    @Test("a file of asides alone says it has no objectives and that its sections are shown, not that it links elsewhere")
    func onlyAsides() throws {
        let text = """
            # Objectives for 2026-Q4

            ## Overview

            We have not set this quarter's objectives yet; the team meets on 12 October.

            ## Notes

            - Last quarter's scores are in the review.
            """
        let (file, diagnostics) = objectives(text)
        #expect(file.objectives.isEmpty)
        let warning = try #require(diagnostics.first { $0.code == .noObjectives })
        #expect(!warning.message.contains("link"), "\(warning.message)")
        #expect(warning.message.contains("“Overview”, “Notes”") && warning.message.contains("shown"), "\(warning.message)")
        #expect(file.notes.contains { $0.line == 5 })
        // One left out by ignore_headings is said so.
        var config = WorkspaceConfig()
        config.ignoreHeadings = ["Notes"]
        let (_, ignoring) = objectives(text, config: config)
        #expect(ignoring.first { $0.code == .noObjectives }?.message.contains("“Notes” is left out by `ignore_headings`") == true)
        // A period that does link to its plan elsewhere keeps its own warning (counter-case).
        let (_, pointer) = objectives("# Objectives for 2026-Q4\n\nFind the OKRs for 2026-Q4 at the [sheet](https://example.com/okrs).\n")
        #expect(pointer.first { $0.code == .noObjectives }?.message.contains("link to plans kept elsewhere") == true)
    }

    @Test("a team's file with an overview, one objective with its owner and priorities, and risks is that objective, not one titled by the H1")
    func teamTitleWithAsides() {
        let (file, _) = objectives("""
            # Alpha team Q4


            ## Overview

            Overview text.


            ## Make the service dependable

            - **Owner:** Ada
            - **Status:** on-track
            - **Priorities:** reliability

            - [ ] Pages per week from 12 to 3, now 7
            - [x] On-call rotation

            ### Up Next

            Alpha next steps.

            ## Risks

            - Alpha risk one
            """)
        #expect(file.objectives.map(\.title) == ["Make the service dependable"])
        #expect(file.objectives.first?.metadata.owners == ["Ada"])
        #expect(file.objectives.first?.metadata.priorities.map(\.text) == ["reliability"])
        #expect(file.notes.contains { $0.line == 4 } && file.notes.contains { $0.line == 22 })
    }

    @Test("a status after a dash at the end of a bullet is its status, not words of its title, and counts over the box")
    func trailingStatusInBullets() {
        let (plan, _) = roadmap("""
            # Roadmap

            ## ✅ FASE 7: SERVICIOS (CERTIFICADOS)
            > **ESTADO:** ✅ **COMPLETADO (Entregables Finales Generados)**

            - [x] Generar RFQs blindados (`cocinar_rfqs.ps1`) - ✅ Completado
            - [x] Generar Ejecutivos HTML (`cocinar_ejecutivos.ps1`) - ✅ Completado

            ## Next

            - [ ] Ship v2 - ✅ Completed
            - Search export | in progress
            - Pricing - new
            """)
        #expect(plan.items.map(\.title) == ["Generar RFQs blindados", "Generar Ejecutivos HTML", "Ship v2", "Search export", "Pricing - new"])
        #expect(plan.items.map(\.metadata.status) == [.done, .done, .done, .onTrack, nil])
    }

    @Test("a single-tilde strikethrough is crossed off as ~~…~~ is; crossed off and never ticked is dropped")
    func singleTildeStrikethrough() {
        let (plan, _) = roadmap("""
            # Roadmap

            ### v0.3 (Current Release)
            - [ ] Built-in Feedback Form
            - [ ] ~Custom Category Names~ <!-- Strikethrough: we're not doing it anymoreeee -->
            - [x] Sorting Applies to Subtasks too
            - [ ] ~~Dark theme~~

            ## Future

            - ~Kanban board~
            - Time blocks ~2 weeks of work
            """)
        #expect(plan.items.map(\.title) == ["Built-in Feedback Form", "Custom Category Names", "Sorting Applies to Subtasks too", "Dark theme",
                                             "Kanban board", "Time blocks ~2 weeks of work"])
        #expect(plan.items.map(\.metadata.status) == [.notStarted, .dropped, .done, .dropped, .done, nil])
    }
}
