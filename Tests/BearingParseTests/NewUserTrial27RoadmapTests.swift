import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// A get-shit-done ROADMAP.md a new user brought in trial 27: its last phase depends on "Phases 7-9", its milestones
/// are plain bullets ("v1.0 MVP -- Phases 1-2 (shipped …)") and a progress table restates every phase.
@Suite("New users' phased roadmap (trial 27)")
struct NewUserTrial27RoadmapTests: TrialWorkspace {
    let strategy = "## Priorities\n\n- **Developer experience** {#devex}\n- **Secure by default** {#security}\n"

    @Test("`Depends on: Phases 7-9 (…)` names each of the three phases, not one item called “Phases 7-9”", arguments: [
        "Phases 7-9 (all features exist; theme applied in one pass)", "Phases 7–9", "Phases 7 through 9", "phases 7 to 9",
    ])
    func phaseRange(_ written: String) throws {
        let plan = load(["roadmaps/ROADMAP.md": """
            # Roadmap: TimeQuest

            ## Phase Details

            ### Phase 7: Adaptive Difficulty
            **Goal**: The game adapts to the player's skill
            **Depends on**: Phase 6 (v2.0 complete)

            ### Phase 8: Calendar Intelligence
            **Goal**: Routines follow the real schedule
            **Depends on**: Phase 7 (schema must be stable)

            ### Phase 9: Spotify Integration
            **Goal**: Music becomes a time cue
            **Depends on**: Phase 7

            ### Phase 10: UI/Brand Refresh
            **Goal**: Every screen looks like a modern teen app
            **Depends on**: \(written)
            """])
        let errors = plan.diagnostics.filter { $0.severity == .error }
        // "Phase 6" names a phase this excerpt leaves out; every other reference resolves.
        #expect(errors.map(\.message) == ["unknown roadmap item `Phase 6 (v2.0 complete)`"], "\(errors)")
        let refresh = try #require(plan.roadmaps.first?.items.last)
        #expect(refresh.title == "UI/Brand Refresh")
        #expect(refresh.resolved.dependsOn == ["roadmap/adaptive-difficulty", "roadmap/calendar-intelligence", "roadmap/spotify-integration"],
                "\(refresh.resolved.dependsOn)")
    }

    @Test("counter-cases: an item titled with a range is found whole; an unknown phase in a range is still an error")
    func phaseRangeCounterCases() throws {
        let plan = load(["roadmaps/r.md": """
            # Roadmap

            ## Now

            ### Phases 1-2 retrospective
            Owner: Ada

            ### Phase 1: Foundation

            ### Phase 2: Runbooks

            ## Next

            ### Report
            Depends on: Phases 1-2 retrospective

            ### Launch
            Depends on: Phases 2-3
            """])
        let items = plan.roadmaps.first?.items ?? []
        let report = try #require(items.first { $0.title == "Report" })
        #expect(report.resolved.dependsOn == ["r/phases-1-2-retrospective"], "\(report.resolved.dependsOn)")
        let launch = try #require(items.first { $0.title == "Launch" })
        #expect(launch.resolved.dependsOn == ["r/runbooks"], "\(launch.resolved.dependsOn)")
        #expect(plan.diagnostics.filter { $0.severity == .error }.map(\.message) == ["unknown roadmap item `Phase 3`"], "\(plan.diagnostics)")
    }

    static let gsd = """
        # Roadmap: TimeQuest

        ## Milestones

        - v1.0 MVP -- Phases 1-2 (shipped 2026-02-13)
        - v2.0 Adaptive & Connected -- Phases 3-4 (in progress)

        ## Phases

        - [x] Phase 1: Playable Foundation (3/3 plans) -- completed 2026-02-13
        - [x] Phase 2: Engagement Layer (3/3 plans) -- completed 2026-02-13

        ### v2.0 Adaptive & Connected (In Progress)

        - [x] **Phase 3: Adaptive Difficulty** - Game calibrates challenge per task
        - [ ] **Phase 4: Spotify Integration** - Music serves as a time cue

        ## Phase Details

        ### Phase 3: Adaptive Difficulty
        **Goal**: The game adapts to the player's skill
        **Depends on**: Phase 2
        **Plans:** 2 plans -- completed 2026-02-14

        ### Phase 4: Spotify Integration
        **Goal**: Music becomes a time cue
        **Depends on**: Phase 3
        **Plans:** 4 plans

        ## Progress

        | Phase | Milestone | Plans Complete | Status | Completed |
        |-------|-----------|---------------|--------|-----------|
        | 1. Playable Foundation | v1.0 | 3/3 | Complete | 2026-02-13 |
        | 2. Engagement Layer | v1.0 | 3/3 | Complete | 2026-02-13 |
        | 3. Adaptive Difficulty | v2.0 | 2/2 | Complete | 2026-02-14 |
        | 4. Spotify Integration | v2.0 | 0/4 | Not started | - |
        """

    @Test("a phased roadmap's milestones, phase list, details and progress table count each milestone and phase once")
    func progressTableRestatesPhases() throws {
        let (roadmap, diagnostics) = RoadmapParser().parse(read(Self.gsd, path: "roadmaps/ROADMAP.md"))
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(roadmap.items.map(\.title) == ["v1.0 MVP", "v2.0 Adaptive & Connected", "Playable Foundation", "Engagement Layer",
                                                "Adaptive Difficulty", "Spotify Integration"], "\(roadmap.items.map(\.title))")
        // The phases a milestone covers are a field of it, not words of its name.
        let mvp = try #require(roadmap.items.first)
        #expect(mvp.metadata.custom.contains { $0.key == "Phases" && $0.value == "1-2" } && mvp.metadata.status == .done)
        // The table's row is the same phase: its cells fill in the phase's fields.
        let foundation = try #require(roadmap.items.first { $0.title == "Playable Foundation" })
        #expect(foundation.metadata.custom.contains { $0.key == "Plans Complete" && $0.value == "3/3" }, "\(foundation.metadata.custom)")
        let spotify = try #require(roadmap.items.first { $0.title == "Spotify Integration" })
        #expect(spotify.metadata.status == .notStarted && spotify.lane == "Phase Details")
    }

    @Test("counter-case: a numbered row in a column of items, not of phases, keeps its number in its title")
    func numberedRowOutsideAPhaseColumn() {
        let (roadmap, _) = RoadmapParser().parse(read("""
            # Roadmap

            ## Now

            | Item | Status |
            |------|--------|
            | 1. Playable Foundation | Done |
            | 2FA for admins | Planned |
            """, path: "roadmaps/r.md"))
        #expect(roadmap.items.map(\.title) == ["1. Playable Foundation", "2FA for admins"], "\(roadmap.items.map(\.title))")
    }

    @Test("a milestone code in a Milestone column (`**M1 - Multi-DB ingestion**`) is the step, as in a heading; its old id still finds it")
    func milestoneCodeInTable() throws {
        let plan = load(["roadmaps/2025-Q4.md": """
            # StateTrace Roadmap

            ## Q4 2025

            | Milestone | Task board ID | Target date | Owner |
            |----------|---------------|-------------|-------|
            | **M1 - Multi-DB ingestion foundation** | ST-B-010 | **2025-10-14** | Ingestion Engineer |
            | **M2 - Routing discovery baseline** | ST-A-007 | **2025-11-15** | Program Owner |

            ## Later

            ### Routing dashboards
            Depends on: M2, 2025-q4/m1-multi-db-ingestion-foundation
            """])
        let items = plan.roadmaps.first?.items ?? []
        let first = try #require(items.first, "\(plan.diagnostics)")
        #expect(first.title == "Multi-DB ingestion foundation" && first.metadata.custom.first?.key == "Milestone" && first.metadata.custom.first?.value == "M1",
                "\(first.title) \(first.metadata.custom)")
        #expect(first.metadata.due == "2025-10-14" && first.metadata.owners == ["Ingestion Engineer"])
        let dashboards = try #require(items.last)
        #expect(dashboards.resolved.dependsOn == ["2025-q4/routing-discovery-baseline", "2025-q4/multi-db-ingestion-foundation"], "\(dashboards.resolved.dependsOn)")
        #expect(!plan.diagnostics.contains { $0.severity == .error }, "\(plan.diagnostics)")
    }

    @Test("a table cell that starts with “- ” or “1. ” is inline text: its <br> a line break and its code spans code, as GitHub shows it",
          arguments: ["- Finalise the queue<br>- Ship `Maintain.psm1`", "1. Finalise the queue<br>2. Ship `Maintain.psm1`"])
    func cellWithLeadingMarker(_ cell: String) throws {
        let document = read("""
            | Milestone | Scope highlights |
            |-----------|------------------|
            | M1 | \(cell) |
            """)
        guard case .table(_, let rows, _)? = document.blocks.first?.kind else { Issue.record("no table: \(document.blocks)"); return }
        let content = rows[0][1].content
        #expect(content.contains(.lineBreak) && content.contains(.code("Maintain.psm1")), "\(content)")
        #expect(rows[0][1].text.hasPrefix(String(cell.prefix(3))), "\(rows[0][1].text)")
    }
}
