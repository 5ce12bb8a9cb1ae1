import Testing
@testable import BearingModel
@testable import BearingParse

/// More of the ROADMAP.md files projects keep beside their code: phase headings marked finished mid-title, sections
/// of principles and design decisions beside the work, release bullets over the work they hold, marks after a title,
/// and `Depends on:` lines that explain themselves.
@Suite("A project's own ROADMAP.md, second round: marks mid-title, statements beside the work, labels over the work")
struct ProjectRoadmapShapes2Tests {
    func roadmap(_ markdown: String, path: String = "roadmaps/roadmap.md") -> (Roadmap, [Diagnostic]) {
        RoadmapParser().parse(read(markdown, path: path))
    }

    @Test("a mark between the words of a lane's title leaves one space, not three")
    func markMidTitle() {
        let (roadmap, _) = roadmap("""
            # Package manager roadmap

            ## Phase 0: Project bootstrap ✓ (COMPLETE)
            - Vision and architecture documentation
            - Core concepts settled

            ## Phase 1: Dependency resolution ⏳ in progress
            - Graph construction
            """)
        #expect(roadmap.lanes.map(\.title) == ["Phase 0: Project bootstrap (COMPLETE)", "Phase 1: Dependency resolution in progress"])
        #expect(roadmap.items.map(\.metadata.status) == [Status.done, .done, .onTrack])
    }

    @Test("principles and design decisions named at the end of a title, and what is NOT planned, are not lanes")
    func statementsBesideTheWork() {
        let (roadmap, _) = roadmap("""
            # Roadmap

            ## Roadmap Principles
            - Treat harvested content as untrusted data
            - Keep model output proposal-only

            ## Milestone 1: Bundle reliability
            - Candidate bundle preflight
            - Producer receipts with digests

            ## Design decisions
            - Storage records carry the data pointer and a refcount
            - External storage is non-owning

            ## Things that are NOT planned
            - An account system
            - Server-side storage of audio
            """)
        #expect(roadmap.lanes.map(\.title) == ["Milestone 1: Bundle reliability"])
        #expect(roadmap.items.map(\.title) == ["Candidate bundle preflight", "Producer receipts with digests"])
        // Shown with the roadmap, not dropped.
        #expect(roadmap.notes.count >= 6)
    }

    @Test("a theme named 'Decision support' and a report's 'Activities summary' are still work")
    func wordsThatStayLanes() {
        let (roadmap, _) = roadmap("""
            # Roadmap

            ## Decision support
            - Scenario comparison view

            ## Activities summary
            - Weekly digest
            """)
        #expect(roadmap.items.map(\.title) == ["Scenario comparison view", "Weekly digest"])
    }

    @Test("release bullets over the work they hold: the releases group the nested bullets, which are the items")
    func releaseBullets() {
        let (roadmap, _) = roadmap("""
            # Roadmap

            - 2.1.7-beta1
              - basic core functionality
              - memory monitoring
            - 2.1.7-beta2
              - cpu monitoring
            - 2.1.7 (same release as the platform)
              - iops monitoring
            """)
        #expect(roadmap.items.map(\.title) == ["basic core functionality", "memory monitoring", "cpu monitoring", "iops monitoring"])
        #expect(roadmap.items.map(\.group) == ["2.1.7-beta1", "2.1.7-beta1", "2.1.7-beta2", "2.1.7 (same release as the platform)"])
    }

    @Test("a bullet that names a collection of work and ends in a colon groups the bullets beneath; any other is an item")
    func labelBullets() {
        let (roadmap, _) = roadmap("""
            # Roadmap

            ## Phase 0: Technical alpha
            - **Key Activities**:
              - **Compatibility**: audit every contract for block-height logic
              - **Documentation overhaul**: align every README with the architecture
            - Planned features:
              - ❌ Multicore version
              - QUIC
            - SQLite schema with core tables:
              - `troves` - package metadata
              - `changesets` - operation history
            - Ship the CLI
              - with completions
            """)
        #expect(roadmap.items.map(\.title) == ["Compatibility", "Documentation overhaul", "Multicore version", "QUIC",
                                              "SQLite schema with core tables", "Ship the CLI"])
        #expect(roadmap.items.map(\.group) == ["Key Activities", "Key Activities", "Planned features", "Planned features", nil, nil])
        #expect(roadmap.items[2].metadata.status == .dropped)
    }

    @Test("a mark after a heading item's title, or right after a bullet's bold title, is its status; 'P0-2' is one code")
    func marksAfterTheTitle() {
        let (headings, _) = roadmap("""
            # Roadmap

            ## Phase 1 — Results depth

            ### M-1.3 — Sortable columns in Results ✅

            Click a header to sort.

            ### M-1.6 — Analyse without a session

            Pick a folder directly.

            ### ✅ P0-2 — Wire the errors tab

            Show scan errors.
            """)
        #expect(headings.items.map(\.title) == ["M-1.3 — Sortable columns in Results", "M-1.6 — Analyse without a session",
                                               "P0-2 — Wire the errors tab"])
        #expect(headings.items.map(\.metadata.status) == [Status.done, nil, .done])
        let (bullets, _) = roadmap("""
            # Roadmap

            ## Short term (v0.5.x)
            - **v0.5.1** ✅ — performance baseline and debug capture toggle
            - **v0.5.2** in progress — transcription timing picker
            - **v0.5.3** — hands-free mode
            - **Sentry integration** — client and server error monitoring
            """)
        #expect(bullets.items.map(\.title) == ["v0.5.1", "v0.5.2", "v0.5.3", "Sentry integration"])
        #expect(bullets.items.map(\.metadata.status) == [Status.done, .onTrack, nil, nil])
    }

    @Test("'Depends on: M-3.1 (WebView2 infrastructure)' links M-3.1, not M-3.10; a file in code is no dependency")
    func dependencyRemarks() {
        let plan = loadWorkspace([
            "strategy.md": "# Strategy\n\n## Priorities\n\n- **Platform.** Build it.\n",
            "roadmaps/desktop.md": """
                # Desktop roadmap

                ## Phase 3 — Visualization

                ### M-3.1 — Treemap visualization

                Draw the folder sizes as a treemap.

                ### M-3.2 — File type donut chart

                **Depends on:** M-3.1 (WebView2 infrastructure, charts)

                Replace the flat tab.

                ### M-3.10 — Dark theme selector

                Follow the system.

                ### M-3.11 — Hash digests

                **Dependencies:** `crypto/crypto.go` (DigestDefault already exists), `utils/bytes.go` (LongToBytes, Merge)

                Add the digest helpers.
                """,
        ])
        #expect(!plan.diagnostics.contains { $0.severity == .error }, "\(plan.diagnostics.filter { $0.severity == .error })")
        let donut = plan.roadmapItems.first { $0.title.hasPrefix("M-3.2") }
        let treemap = plan.roadmapItems.first { $0.title.hasPrefix("M-3.1 ") }
        #expect(donut?.resolved.dependsOn == [treemap?.id].compactMap { $0 })
        #expect(plan.roadmapItems.first { $0.title.hasPrefix("M-3.11") }?.resolved.dependsOn == [])
    }

    @Test("a table row whose theme cell is left empty is more of the row above, not a row dropped unread")
    func mergedThemeCells() {
        let (roadmap, _) = roadmap("""
            # Registry roadmap

            ## Current roadmap

            |Theme|Description|Timeline|
            |--|--|--|
            |Edge|Optimize data transfer to edge nodes|2026 H2|
            ||Create a lightweight build with a reduced feature set|2026 H2|
            |Networking|Support dual-stack IPv6/IPv4 pods|Future|
            """)
        #expect(roadmap.items.map(\.title) == ["Edge", "Networking"])
        #expect(roadmap.items.first?.body.contains("Create a lightweight build with a reduced feature set") == true)
    }
}
