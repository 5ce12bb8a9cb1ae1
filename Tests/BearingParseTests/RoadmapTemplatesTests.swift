import Testing
@testable import BearingModel
@testable import BearingParse

/// The roadmap templates people copy into a repository (a ROADMAP.md of status sections, numbered milestones with
/// task boxes, phases listed and then detailed, one milestone table): each read as a reader sees it.
@Suite struct RoadmapTemplatesTests {
    func parse(_ markdown: String) -> (Roadmap, [Diagnostic]) {
        RoadmapParser().parse(read(markdown, path: "roadmaps/r.md"))
    }

    func item(_ roadmap: Roadmap, _ title: String) -> RoadmapItem? { roadmap.items.first { $0.title == title } }

    @Test("status sections: fields after the words are fields, a name before a lower-case description is the title, an unticked box in an in-progress lane is on track, struck out is dropped")
    func statusSections() throws {
        let (roadmap, diagnostics) = parse("""
            # Project Roadmap

            ## Completed Features
            - [x] Crash recovery journal - replays writes after a crash - Completed: 2025-03-10

            ## In Progress
            - [ ] Structured errors - each names the file and a fix - Started: 2025-05-01 - ETA: 2025-07-15 - Owner: Ada Lovelace
            - [ ] Contributor guide rewrite - ETA: Q3 2025

            ## Planned Features
            - [ ] Plugin system - third-party storage backends - Priority: High

            ## Removed
            - ~~GUI installer~~ - out of scope
            """)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message))")
        #expect(roadmap.items.map(\.title) == ["Crash recovery journal", "Structured errors", "Contributor guide rewrite", "Plugin system", "GUI installer"])
        let done = try #require(item(roadmap, "Crash recovery journal"))
        #expect(done.metadata.status == .done)
        #expect(done.period == "2025-Q1")
        let errors = try #require(item(roadmap, "Structured errors"))
        #expect(errors.metadata.status == .onTrack)
        #expect(errors.metadata.due == "2025-07-15")
        #expect(errors.period == "2025-Q3")
        #expect(errors.metadata.owners == ["Ada Lovelace"])
        #expect(errors.metadata.custom.map(\.key) == ["Started"])
        #expect(errors.body.contains("each names the file and a fix"), "the description stays in the text")
        #expect(item(roadmap, "Contributor guide rewrite")?.period == "2025-Q3")
        let plugins = try #require(item(roadmap, "Plugin system"))
        #expect(plugins.metadata.status == .notStarted)
        #expect(plugins.metadata.priorities.isEmpty, "Priority: High says how much it matters, not which priority it serves")
        #expect(plugins.metadata.custom.first?.value == "High")
        #expect(item(roadmap, "GUI installer")?.metadata.status == .dropped)
    }

    @Test("crossed off is done, unless the lane says otherwise; a 'Not on the roadmap' section holds no items")
    func crossedOff() {
        let (roadmap, _) = parse("""
            # Editor roadmap

            ## Autosave
            - ~~Periodic autosave to local storage~~
            - Server-side autosave hook

            ## ~~Multiple instances~~ ✅ Shipped
            - ~~Instance isolation~~

            ## Dropped
            - ~~Desktop installer~~

            ## Not on the roadmap
            - **Native integrations for every vendor.** They come through plugins instead.
            """)
        #expect(roadmap.items.map(\.title) == ["Periodic autosave to local storage", "Server-side autosave hook", "Instance isolation", "Desktop installer"])
        #expect(roadmap.items.map(\.metadata.status) == [.done, nil, .done, .dropped])
        #expect(!roadmap.lanes.contains { $0.title.contains("~~") }, "\(roadmap.lanes.map(\.title))")
    }

    @Test("phases listed, then detailed: the list names the sections and is not a second copy of each item; 'Depends on: Nothing' names none")
    func phasesListedThenDetailed() throws {
        let (roadmap, diagnostics) = parse("""
            # Roadmap: Runtime v2

            ## Phases

            - [x] **Phase 1: Durable storage** - never lose a write
            - [ ] **Phase 2: Tooling** - editor support and better errors
            - [ ] **Phase 3: Ecosystem** - plugins and a package index

            ## Phase Details

            ### Phase 1: Durable storage
            **Goal**: Writes survive crashes and power loss
            **Depends on**: Nothing (first phase)
            **Status**: Complete

            ### Phase 2: Tooling
            **Goal**: Editors understand our files
            **Depends on**: Phase 1

            ### Phase 3: Ecosystem
            **Depends on**: None
            """)
        // The step label is a field, not a word of the title (NewUserShapes19Tests); `Depends on: Phase 1` still finds it.
        #expect(roadmap.items.map(\.title) == ["Durable storage", "Tooling", "Ecosystem"])
        #expect(roadmap.items.map { $0.metadata.custom.first { $0.key == "Phase" }?.value } == ["1", "2", "3"])
        #expect(Set(roadmap.items.map(\.id)).count == 3)
        #expect(roadmap.items.allSatisfy { $0.metadata.dependsOn.count <= 1 })
        #expect(item(roadmap, "Durable storage")?.metadata.dependsOn.isEmpty == true)
        #expect(item(roadmap, "Tooling")?.metadata.dependsOn.map(\.text) == ["Phase 1"])
        #expect(item(roadmap, "Ecosystem")?.metadata.dependsOn.isEmpty == true)
        #expect(item(roadmap, "Durable storage")?.metadata.status == .done)
        #expect(!diagnostics.contains { $0.severity == .error }, "\(diagnostics.map(\.message))")
    }

    @Test("a file whose plan is one table under its title: the rows are the items, with their status symbols and dates")
    func milestoneTable() throws {
        let (roadmap, diagnostics) = parse("""
            # Milestones

            | Milestone | Codename | Ends | Status | Focus |
            |---|---|---|---|---|
            | [v0.9](./m09.md) | Anchor | 2025-03-31 | ✅ | Storage durability |
            | [v1.0](./m10.md) | Keel | 2025-09-30 | 🟨 | Developer tooling |
            """)
        #expect(!diagnostics.contains { $0.code == .unreadRoadmapItems }, "\(diagnostics.map(\.message))")
        #expect(roadmap.items.map(\.title) == ["v0.9", "v1.0"])
        #expect(roadmap.items.map(\.metadata.status) == [.done, .atRisk])
        #expect(roadmap.items.map(\.period) == ["2025-Q1", "2025-Q3"])
    }

    @Test("a table row titled by a link and what it is about: the link is the title, the whole cell leads the text")
    func linkLedTableRow() throws {
        let (roadmap, _) = parse("""
            # Roadmap

            ## Now

            | Item | Why it matters |
            |---|---|
            | [Gemini client is broken](https://example.org/issues/392) — the client drops a field, so runs fail | One provider is down |
            | Plugin registry - a place to find plugins | Discovery |
            | Faster reloads | Big catalogs |
            """)
        #expect(roadmap.items.map(\.title) == ["Gemini client is broken", "Plugin registry", "Faster reloads"])
        let first = try #require(roadmap.items.first)
        #expect(first.body.hasPrefix("Gemini client is broken — the client drops a field, so runs fail"))
        // The text inference reads is the cell's words; the card shows the note under its header.
        #expect(first.body.contains("One provider is down") && !first.body.contains("Why it matters"))
        #expect(roadmap.items[2].body == "Big catalogs")
    }

    @Test("a status in brackets after the words is the status, not the name; a lane's 'Invariants' are shown with it, not read as items")
    func bracketStatusAndInvariants() throws {
        let (roadmap, _) = parse("""
            # Toolkit roadmap

            ## v0.2

            ### Capabilities
            1. **Runtime tables**: build a table from a spec.
            2. **Safety checks**: reject unknown types.

            ### Invariants (don't drift)
            - **Minimal.** No ORM, no query builder.
            - **Forward-only** migrations.

            ### Requests
            - Add `--limit` to the docs command (Implemented v1.1)
            - Offline mode (in progress)
            - Dark theme (planned for 2026)
            """)
        #expect(roadmap.items.map(\.title) == ["Runtime tables", "Safety checks", "Add --limit to the docs command", "Offline mode", "Dark theme"])
        #expect(roadmap.items[4].period == "2026", "a bracket that says when stays a period")
        #expect(roadmap.items[2].metadata.status == .done)
        #expect(roadmap.items[3].metadata.status == .onTrack)
        let lane = try #require(roadmap.lanes.first)
        #expect(lane.intro.contains { block in
            if case .heading(_, let content, _) = block.kind { content.plainText.hasPrefix("Invariants") } else { false }
        }, "the section is shown with its lane")
    }

    @Test("a timeline of quarter tables led by a Priority column: the Item column is the title, the priority how much it matters, the quarter heading the period")
    func quarterTablesLedByPriority() throws {
        let (roadmap, diagnostics) = parse("""
            # Project Roadmap

            ## Roadmap Timeline

            ### Q1 2026 - Foundation

            | Priority | Item | Status |
            |----------|------|--------|
            | 🔴 High | Security audit | 📋 Planned |
            | 🟢 Low | Benchmarks | ✅ Done |

            ### Q2 2026: Enhancement

            | Priority | Item | Status |
            |----------|------|--------|
            | Medium | Plugin API | 🔄 In Progress |
            """)
        #expect(!diagnostics.contains { $0.severity == .error }, "\(diagnostics.map(\.message))")
        #expect(roadmap.items.map(\.title) == ["Security audit", "Benchmarks", "Plugin API"])
        #expect(roadmap.items.map(\.period) == ["2026-Q1", "2026-Q1", "2026-Q2"])
        #expect(roadmap.items.map(\.metadata.status) == [.notStarted, .done, .onTrack])
        #expect(roadmap.items.allSatisfy { $0.metadata.priorities.isEmpty })
        #expect(roadmap.items.first?.metadata.custom.first { $0.key == "Importance" }?.value == "🔴 High")
    }

    @Test("releases as headings with their dates: the features under each are its items, due in its quarter, named before their colon")
    func releasesWithDates() {
        let (roadmap, _) = parse("""
            # Project Roadmap

            ## Upcoming Releases

            ### Version 2.3 - 2026-01-10
            **Status**: ✅ Released

            - Dark mode: every page follows the system

            ### Version 2.4 - 2026-04-01
            **Status**: 🚧 In Development

            **Planned Features**:
            - [ ] Offline editing: edit plans without a connection - Priority: High
            - [x] Faster search: index built incrementally

            ### Version 3.0 - September 1, 2026

            - [ ] Plugin marketplace: third parties publish extensions
            """)
        #expect(roadmap.items.map(\.title) == ["Dark mode", "Offline editing", "Faster search", "Plugin marketplace"])
        #expect(roadmap.items.map(\.period) == ["2026-Q1", "2026-Q2", "2026-Q2", "2026-Q3"])
        // A released version's features are done; an unticked box in one in development is not started.
        #expect(roadmap.items.map(\.metadata.status) == [.done, .notStarted, .done, .notStarted])
    }
}
