import Testing
@testable import BearingModel
@testable import BearingParse

/// The ROADMAP.md a project keeps beside its code, as a new user drops it into `roadmaps/`: often only a list of the
/// work, with a section of what the project will not do, and bullets that start with marks rather than words.
@Suite("A project's own ROADMAP.md: a bare list of work, a 'not planned' section, bullets led by marks")
struct ProjectRoadmapShapesTests {
    func roadmap(_ markdown: String, path: String = "roadmaps/roadmap.md") -> (Roadmap, [Diagnostic]) {
        RoadmapParser().parse(read(markdown, path: path))
    }

    @Test("a file that is only a list of work is one lane of those items, not 'no roadmap items'")
    func bareList() {
        let (roadmap, diagnostics) = roadmap("""
            - implement basic server and client
            - implement SemanticTokens
            - use `TreeTransform` to simplify `DependentNameResolver`
            """)
        #expect(roadmap.items.map(\.title) == ["implement basic server and client", "implement SemanticTokens",
                                              "use TreeTransform to simplify DependentNameResolver"])
        #expect(roadmap.lanes.count == 1)
        #expect(!diagnostics.contains { $0.code == .noRoadmapItems })
    }

    @Test("a titled list with a sentence before it is one lane too")
    func titledList() {
        let (roadmap, _) = roadmap("""
            # Docs site roadmap

            Things we plan to do, roughly in order:

            - Search across versions
            - Dark theme
            """)
        #expect(roadmap.items.map(\.title) == ["Search across versions", "Dark theme"])
        #expect(roadmap.title == "Docs site roadmap")
    }

    @Test("a list that only links elsewhere, or a table of contents, is not the work: the warning stays")
    func linkListsAreNotWork() {
        let (links, linkDiagnostics) = roadmap("""
            # Roadmap

            - [Project board](https://github.com/orgs/example/projects/1)
            - [Milestones](https://github.com/example/tool/milestones)
            """)
        #expect(links.items.isEmpty)
        #expect(linkDiagnostics.contains { $0.code == .noRoadmapItems })
        let (contents, _) = roadmap("""
            # Roadmap

            - [Now](#now)
            - [Later](#later)
            """)
        #expect(contents.items.isEmpty)
    }

    @Test("a section of what the project will not do is no lane, wherever its title says so")
    func notPlannedSections() {
        let (roadmap, _) = roadmap("""
            # Roadmap

            ## Next

            - Cloud sync

            ## Non-Features (Out of Scope)

            - **Collaborative real-time editing** (not a docs competitor).

            ## Things that are non-goals for 2027

            - A plugin store
            """)
        #expect(roadmap.items.map(\.title) == ["Cloud sync"])
        #expect(roadmap.lanes.map(\.title) == ["Next"])
    }

    @Test("a bullet led by marks ('!! at start of line…') is titled by its words, not by the marks")
    func marksBeforeWords() {
        let (roadmap, _) = roadmap("""
            # Roadmap

            ## Ideas

            * !! at start of a line may make an alert box
            * ?? sync settings between machines
            * Extract docstrings. Then JSDoc.
            """)
        #expect(roadmap.items.map(\.title) == ["!! at start of a line may make an alert box", "?? sync settings between machines",
                                              "Extract docstrings"])
    }

    @Test("'Known limitations' under the current version says what does not work yet; it is no group of work")
    func limitationsAreNotWork() {
        let (roadmap, _) = roadmap("""
            # Roadmap

            ## Current version — v0.1.3

            ### Known limitations
            - PDF extraction requires text-layer PDFs
            - LSTM modelling requires CAMELS gauges

            ## Near-term — v0.2.x

            - [ ] Improved PDF extraction (OCR fallback for scanned PDFs)
            """)
        #expect(roadmap.items.map(\.title) == ["Improved PDF extraction (OCR fallback for scanned PDFs)"])
    }

    @Test("a title that introduces the list below it ('# Next version feature preview:') names the roadmap without its colon")
    func titleWithColon() {
        let (roadmap, _) = roadmap("""
            # Next version feature preview:

            We will add the following features in 0.8.0:

            * The web interface supports logging in with a password.
            * Add the `-logs` flag to show logs on the command line.
            """)
        #expect(roadmap.title == "Next version feature preview")
        #expect(roadmap.items.count == 2)
    }

    @Test("lists each under a short label and no headings ('Immediate:', 'Longer term:') are a lane per label")
    func labelledLists() {
        let (roadmap, _) = roadmap("""

            Immediate:
            * Catalog documentation and testing
            * Fix cluster join

            Longer term:
            * Ensure concurrent resizes don't clobber each other
            * Collect (and render?) migration status
            """)
        #expect(roadmap.lanes.map(\.title) == ["Immediate", "Longer term"])
        #expect(roadmap.items.map(\.lane) == ["Immediate", "Immediate", "Longer term", "Longer term"])
        let (bold, _) = self.roadmap("""
            # Plan

            We keep this short.

            **Next up**

            - Dark theme
            - Export to PDF

            **Someday**

            - Plugins
            """)
        #expect(bold.lanes.map(\.title) == ["Next up", "Someday"])
        #expect(bold.items.map(\.title) == ["Dark theme", "Export to PDF", "Plugins"])
        #expect(!bold.intro.isEmpty)
    }

    @Test("a release heading with its date in brackets, fields and labelled lists groups its features, each an item in its period")
    func releaseTemplate() {
        let (roadmap, diagnostics) = roadmap("""
            # Roadmap

            ## Completed Features

            ### v1.0.0 (2026-09-14)
            - Core sync engine
            - Full test coverage

            ## Planned Features

            ### v1.1.0 (Q1 2027) - Next Minor Release

            **Status:** In Development

            **Focus:** Usability improvements

            **Planned Features:**
            - [ ] Conflict viewer - show both sides of a sync conflict
            - [x] Config file validation with line numbers

            **Documentation:**
            - [ ] Tutorial for common workflows

            ### v1.2.0 (Q2 2027) - Minor Release

            **Status:** Planning

            **Planned Features:**
            - [ ] Delta uploads for large files
            """)
        #expect(roadmap.items.map(\.title) == ["Core sync engine", "Full test coverage", "Conflict viewer",
                                              "Config file validation with line numbers", "Tutorial for common workflows",
                                              "Delta uploads for large files"])
        #expect(roadmap.items.map { $0.period ?? "" } == ["2026-Q3", "2026-Q3", "2027-Q1", "2027-Q1", "2027-Q1", "2027-Q2"])
        #expect(roadmap.items.map(\.metadata.status) == [Status.done, .done, .notStarted, .done, .notStarted, .notStarted])
        #expect(roadmap.items[2].group == "v1.1.0 (Q1 2027) - Next Minor Release")
        #expect(!diagnostics.contains { $0.code == .unknownStatus })
    }

    @Test("statuses a release template writes: 'Planning', 'Under consideration', 'In design', 'Investigating'")
    func templateStatuses() {
        #expect(Status(reading: "Planning") == .notStarted)
        #expect(Status(reading: "Under Consideration") == .notStarted)
        #expect(Status(reading: "Pending") == .notStarted)
        #expect(Status(reading: "In design") == .onTrack)
        #expect(Status(reading: "Investigating") == .onTrack)
    }

    @Test("a list defining terms ('**Major releases (x.0.0):** Annually') is how the project works, not work; '**Search:** Q3 2027' is an item")
    func definitionListsAreNotWork() {
        let (roadmap, _) = roadmap("""
            # Roadmap

            ## Project Status

            **Current Focus:** Stability and bug fixes

            **Release Cadence:**
            - **Major releases (x.0.0):** Annually
            - **Minor releases (1.x.0):** Quarterly
            - **Patch releases (1.0.x):** As needed

            ## Next

            - **Search:** Q3 2027
            - **Dark mode:** shipped
            """)
        #expect(roadmap.items.map(\.title) == ["Search", "Dark mode"])
    }
}
