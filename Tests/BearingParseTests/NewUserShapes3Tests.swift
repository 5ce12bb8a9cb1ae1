import Testing
@testable import BearingModel
@testable import BearingParse

/// Shapes met by trying Bearing as a new user on a third round of public planning files outside the corpus: a
/// programme's goals written one per file in a year folder, each a design document (H1 title, a metadata table,
/// Summary, Motivation, Team asks, Funding, FAQ); a release roadmap whose bullets end in a progress marker
/// (`**[40%]**`) and which lists its non-goals; and an initiatives table whose champions are reference links.
/// Each snippet is written here in the same shape.
@Suite("New-user shapes, third round")
struct NewUserShapes3Tests {
    func roadmap(_ markdown: String) -> (Roadmap, [Diagnostic]) {
        RoadmapParser().parse(read(markdown, path: "roadmaps/r.md"))
    }

    @Test("a goal file in a year folder plans that year, not a quarter it never had")
    func yearFolder() {
        let (file, diagnostics) = ObjectivesParser().parse(read("""
            # Faster clinic search

            Search should answer in under a second.
            """, path: "objectives/2026/search.md"))
        #expect(file.quarter?.description == "2026")
        #expect(file.objectives.map { $0.quarter?.description } == ["2026"])
        #expect(!diagnostics.contains { $0.code == .noQuarter })
    }

    @Test("a goal written as one document is one objective; its Team asks and Funding sections are parts of it")
    func oneDocumentGoal() {
        let (file, diagnostics) = ObjectivesParser().parse(read("""
            # Stabilize the export format

            | Metadata         |                 |
            |:-----------------|-----------------|
            | Point of contact | @ada            |
            | Status           | on track        |

            ## Summary

            Ship a stable export format clinics can rely on.

            ## Motivation

            Exports break whenever we change the schema.

            ## Team asks

            | Team    | Support level | Notes   |
            | ------- | ------------- | ------- |
            | storage | Small         | Reviews |

            ### Support needed from the project

            Reviews from the storage team.

            ## Funding

            No funding is needed.

            ## Frequently asked questions

            None yet.
            """, path: "objectives/2026/export.md"))
        #expect(file.objectives.map(\.title) == ["Stabilize the export format"])
        #expect(file.objectives.first?.metadata.owners == ["ada"])
        #expect(file.objectives.first?.metadata.status == .onTrack)
        // Nothing the goal says is dropped: the sections stay in its text.
        #expect(file.objectives.first?.body.contains("No funding is needed.") == true)
        #expect(file.objectives.first?.body.contains("| storage | Small") == true)
        #expect(!diagnostics.contains { $0.code == .duplicateID })
    }

    @Test("an OKR file that opens with a summary is still a file of objectives")
    func summaryThenObjectives() {
        let (file, _) = ObjectivesParser().parse(read("""
            # Platform OKRs

            ## Summary

            A quarter about speed.

            ## Faster builds

            CI should take minutes.

            ## Fewer pages at night

            Alerts that matter.
            """, path: "objectives/2026-Q1.md"))
        #expect(file.objectives.map(\.title) == ["Faster builds", "Fewer pages at night"])
        // A report whose activities sit under their own heading is a file of those activities.
        let (report, _) = ObjectivesParser().parse(read("""
            # 2026 Q1 working group update

            ## Overview

            A quiet quarter.

            ## Activities Summary

            ### Activity #1: Publish the disclosure guide

            Drafted and reviewed.

            ### Activity #2: Run the maintainer survey

            Two hundred answers.

            ## Decisions Made This Quarter

            None.

            ## Appendix

            Links.
            """, path: "objectives/2026-Q1-wg.md"))
        #expect(report.objectives.map(\.title) == ["Publish the disclosure guide", "Run the maintainer survey"])
    }

    @Test("a trailing `**[40%]**` is the item's progress: left out of the title, done at 100 %, in progress below")
    func progressMarkers() {
        let (roadmap, _) = self.roadmap("""
            # Roadmap

            ## Version 0.2
            - GPX import **[40%]**
            - keyboard zoom **[100%]**
            - refactored drawing (for easier upkeep) **[80% - uncommitted]**
            - track statistics
            """)
        #expect(roadmap.items.map(\.title) == ["GPX import", "keyboard zoom", "refactored drawing (for easier upkeep)", "track statistics"])
        #expect(roadmap.items.map(\.metadata.status) == [.onTrack, .done, .onTrack, nil])
        // The figure is still in the item's text.
        #expect(roadmap.items.first?.body.contains("[40%]") == true)
    }

    @Test("a full stop inside brackets ends no title, and a long title is not cut inside a bracket")
    func bracketsInTitles() {
        let (roadmap, _) = self.roadmap("""
            # Roadmap

            ## Later
            - bookmarks (a.k.a. saved places)
            - street routing (phone apps, web maps and many desktop tools do that pretty well – or use the paper maps that still exist)
            """)
        #expect(roadmap.items.map(\.title) == ["bookmarks (a.k.a. saved places)", "street routing"])
    }

    @Test("a \"Non-Goals\" section lists what the roadmap will not do: it holds no items, and its text is kept for the page")
    func nonGoals() {
        let (roadmap, _) = self.roadmap("""
            # Roadmap

            This roadmap may change at any time.

            ## Version 1.0
            - stable file formats

            ## Non-Goals
            - map data editing (another tool does that)

            ## Out of scope
            - turn-by-turn routing
            """)
        #expect(roadmap.items.map(\.title) == ["stable file formats"])
        // Neither the introduction nor the sections without items are lost: the roadmap's page shows them.
        #expect(dump(roadmap.intro).contains("This roadmap may change"))
        let notes = dump(roadmap.notes)
        #expect(notes.contains("Non-Goals") && notes.contains("map data editing") && notes.contains("turn-by-turn routing"))
    }

    @Test("a reference link in a table cell reads as its text: `[Ada Lovelace][ada]` is the owner Ada Lovelace")
    func referenceLinksInCells() {
        let (roadmap, _) = self.roadmap("""
            # Strategic initiatives

            ## Current initiatives

            | Initiative      | Champion               | Links                          |
            | --------------- | ---------------------- | ------------------------------ |
            | Faster startup  | [Ada Lovelace][ada]    | <https://example.org/issues/1> |
            | Shared calendar | [Grace Hopper][grace]  |                                |

            [ada]: https://example.org/ada
            [grace]: https://example.org/grace
            """)
        #expect(roadmap.items.map(\.title) == ["Faster startup", "Shared calendar"])
        #expect(roadmap.items.map(\.metadata.owners) == [["Ada Lovelace"], ["Grace Hopper"]])
    }
}
