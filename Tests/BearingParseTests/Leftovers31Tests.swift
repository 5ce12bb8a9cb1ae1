import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// Session 31's leftovers of earlier sessions' misreadings, each in the shape of the file it was seen in.
@Suite("Leftovers 31: misreadings left by earlier sessions")
struct Leftovers31Tests {
    func objectives(_ markdown: String, config: WorkspaceConfig = WorkspaceConfig()) -> (ObjectivesFile, [Diagnostic]) {
        ObjectivesParser(config: config).parse(read(markdown, path: "objectives/2026-Q4.md"))
    }

    func roadmap(_ markdown: String) -> (Roadmap, [Diagnostic]) {
        RoadmapParser().parse(read(markdown, path: "roadmaps/product.md"))
    }

    /// A team's checklist of key results, ticked off as roadmap bullets are: "- ✅ Done" after a dash was read on a
    /// roadmap bullet (left 30) but stayed in a key result's words, which read as not started.
    @Test("a status set off after a key result's words is its status, and its words count over the box")
    func keyResultTrailingStatus() {
        let (file, _) = objectives("""
            # 2026-Q4

            ## Grow enterprise revenue

            - [ ] Ship the SSO connector - ✅ Done
            - [ ] Migrar la facturación — Completado
            - [ ] Launch the pricing page – in progress
            - [x] Publish the partner guide | done
            - [ ] Pricing - new
            - [ ] Close 5 enterprise deals: 2 of 5
            """)
        let results = file.objectives.first?.keyResults ?? []
        #expect(results.map(\.text) == ["Ship the SSO connector", "Migrar la facturación", "Launch the pricing page",
                                        "Publish the partner guide", "Pricing - new", "Close 5 enterprise deals: 2 of 5"])
        #expect(results.map(\.status) == [.done, .done, .onTrack, .done, nil, nil])
        #expect(results.map(\.done) == [true, true, false, true, false, false])
        #expect(results.map(\.progress) == [1, 1, 0, 1, 0, 0.4])
    }

    /// Review 30: "~Old dashboard~ dropped" kept "dropped" in its title, on a roadmap and as a key result, and the roadmap
    /// read the crossed-off item as done.
    @Test("a status after struck-out words says why they are struck, and is no word of the name")
    func statusAfterStruckText() {
        let (plan, _) = roadmap("""
            # Roadmap

            ## Now

            - ~Old dashboard~ dropped
            - ~~Legacy export~~ (dropped)
            - ~~Partner portal~~ — cancelled
            - ~~Audit log~~ shipped
            - ~~Usage alerts~~
            """)
        #expect(plan.items.map(\.title) == ["Old dashboard", "Legacy export", "Partner portal", "Audit log", "Usage alerts"])
        #expect(plan.items.map(\.metadata.status) == [.dropped, .dropped, .dropped, .done, .done])

        let (file, _) = objectives("""
            # 2026-Q4

            ## Grow enterprise revenue

            - [ ] ~Old dashboard~ dropped
            - [ ] ~~Legacy export~~ — cancelled
            - [ ] Close 5 enterprise deals: 2 of 5
            """)
        let results = file.objectives.first?.keyResults ?? []
        #expect(results.map(\.text) == ["~Old dashboard~", "~~Legacy export~~", "Close 5 enterprise deals: 2 of 5"])
        #expect(results.map(\.status) == [.dropped, .dropped, nil])
    }

    /// Site 30: "Effort: L" was kept only as 3; trial 29: "Effort: 2-3 hours" was "neither a number nor a size", warned
    /// and dropped, though "Effort: 2 hours" counts 2.
    @Test("effort is kept as written beside the number it counts; a range of hours counts its middle")
    func effortAsWritten() {
        let (file, diagnostics) = objectives("""
            # 2026-Q4

            ## Grow enterprise revenue

            Effort: L

            - [ ] Close 5 enterprise deals

            ## Fix the dashboard navigation

            Effort: 2-3 hours

            - [ ] Ship the new menu

            ## Tidy the backlog

            Effort: 2 weeks

            - [ ] Close 40 stale issues

            ## Rewrite the importer

            Effort: huge

            - [ ] Import the 2025 files
            """)
        #expect(file.objectives.map(\.metadata.effort) == [3, 2.5, 2, nil])
        #expect(file.objectives.map(\.metadata.effortWritten) == ["L", "2-3 hours", "2 weeks", nil])
        #expect(diagnostics.filter { $0.code == .invalidValue }.map(\.location.line) == [23], "\(diagnostics.map(\.message))")
    }

    /// Trial 30's product vision as an OKR file (mersalokr): seventeen targets and no current value, one of them
    /// "KR3.3 Every approval decision has attached clinical evidence and an audit record (100%)." — read as done, so the
    /// quarter's grade was "1.00 (1 of 17 key results measured)", from a target.
    @Test("(100%) after words that say every one restates the target; a part, or a whole after other words, is a result")
    func restatedWhole() {
        let (file, diagnostics) = objectives("""
            # HBMP — Success metrics & OKRs

            ### Objective 3 — Controlled, auditable approvals

            - **KR3.1** 100% of high-cost/controlled services routed through the approval workflow (no out-of-band approvals).
            - **KR3.2** Median approval TAT ≤ 24h; ≥ 80% within SLA.
            - **KR3.3** Every approval decision has attached clinical evidence and an audit record (100%).
            """)
        #expect(file.objectives.first?.keyResults.map(\.progress) == [nil, nil, nil])
        // One warning for a file of targets, as for any plan with no current value yet.
        #expect(diagnostics.filter { $0.code == .progressUnread }.count == 1, "\(diagnostics.map(\.message))")
        #expect(ProgressReader.read("Every service migrated to the new cluster (60%)", checked: nil).progress == 0.6)
        #expect(ProgressReader.read("Gitaly: Ship v1.0 and turn off NFS (100%)", checked: nil).progress == 1)
        #expect(ProgressReader.read("Every approval decision has an audit record (100%)", checked: true).progress == 1)
    }

    /// Left 30: task items under an objective's own aside heading ("### Blockers", "### Follow-ups", "### Risiken") were
    /// its key results; "### Risks" and "### Notes" were already read as asides.
    @Test("task items under an objective's blockers, follow-ups, decisions or a translated aside are no key results", arguments: [
        "Blockers", "Follow-ups", "Decisions", "Learnings", "Parking lot", "Ideas", "Risiken", "Riesgos", "Notas", "Nächste Schritte",
    ])
    func asideTaskItems(_ heading: String) {
        let (file, _) = objectives("""
            # 2026-Q4

            ## Grow enterprise revenue

            - [ ] Close 5 enterprise deals
            - [ ] Launch the pricing page

            ### \(heading)

            - [ ] Legal review may slip
            """)
        #expect(file.objectives.map(\.title) == ["Grow enterprise revenue"])
        #expect(file.objectives.first?.keyResults.map(\.text) == ["Close 5 enterprise deals", "Launch the pricing page"])
        #expect(file.objectives.first?.body.contains("Legal review may slip") == true)
    }

    /// Trial 29's German "Q4 Roadmap — Toobix-Unified": `## Ziele (Q4)` under a title with no year was the period "Q4"
    /// of no year, though the file opens "Aktualisiert: 2025-10-30 19:46:20".
    @Test("a quarter without a year takes the year of the date the roadmap says it was updated, or of its front matter's date")
    func yearOfUpdate() {
        let (plan, _) = roadmap("""
            # Q4 Roadmap — Toobix-Unified

            Aktualisiert: 2025-10-30 19:46:20

            ## Ziele (Q4)
            - Stabilisierung → Ziel: Level Stable bis Ende Q4
            - Security-Basics (AuthN/AuthZ, Secrets-Handling)

            ## Meilensteine
            - M1 (Woche 1–2): Health-Endpoints, zentrales Logging, Basis-Dashboards
            """)
        #expect(plan.items.prefix(2).map(\.period) == ["2025-Q4", "2025-Q4"])
        let (dated, _) = roadmap("---\ndate: 2026-01-12\n---\n# Roadmap\n\n## Now (Q1)\n\n- Ship the importer\n")
        #expect(dated.items.map(\.period) == ["2026-Q1"])
        // Another heading's year is no answer for a quarter without one: after Q4 2025, "Q1" may be 2026's.
        let (headed, _) = roadmap("# Roadmap\n\nLast updated: 2025-10-30\n\n## Q4 2025\n\n- Ship the importer\n\n## Q1\n\n- Ship the exporter\n")
        #expect(headed.items.map(\.period) == ["2025-Q4", "Q1"])
    }
}
