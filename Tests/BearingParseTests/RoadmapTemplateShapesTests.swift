import Testing
@testable import BearingModel
@testable import BearingParse

/// Roadmaps filled in from the templates teams copy: milestones as headings a level deeper than the lane (`## Major
/// Milestones` over `#### Milestone 1: …`), milestone headings under the title with no lanes at all, and a quarterly
/// roadmap whose title names its quarter over theme sections that name none.
@Suite("Roadmaps from templates: milestone headings at any depth, the quarter in the title")
struct RoadmapTemplateShapesTests {
    func roadmap(_ markdown: String, path: String = "roadmaps/roadmap.md") -> (Roadmap, [Diagnostic]) {
        RoadmapParser().parse(read(markdown, path: path))
    }

    @Test("H4 milestones straight under an H2 lane are items with their fields, their goals their text")
    func skippedLevelMilestones() {
        let (roadmap, diagnostics) = roadmap("""
            # Roadmap: Member app

            ## Major Milestones

            #### Milestone 1: Public beta
            **Target Date:** 2027-03-31  
            **Status:** In Progress

            **Goals:**
            - 500 beta members
            - App store rating 4+

            #### Milestone 2: General availability
            **Target Date:** 2027-06-30  
            **Status:** Not Started

            ## Other work

            - Volunteer booking
            """)
        // The step label is a field, not a word of the title (NewUserShapes19Tests).
        #expect(roadmap.items.map(\.title) == ["Public beta", "General availability", "Volunteer booking"])
        #expect(roadmap.items.map { $0.metadata.custom.first { $0.key == "Milestone" }?.value } == ["1", "2", nil])
        #expect(roadmap.items.map(\.metadata.due) == ["2027-03-31", "2027-06-30", nil])
        #expect(roadmap.items.map(\.metadata.status) == [Status.onTrack, .notStarted, nil])
        #expect(roadmap.items.map(\.period) == ["2027-Q1", "2027-Q2", nil])
        #expect(diagnostics.filter { $0.severity == .warning }.isEmpty)
    }

    @Test("an H3 item with its own fields keeps an H4 of notes as its text, not an item")
    func fieldedItemKeepsSubheadings() {
        let (roadmap, _) = roadmap("""
            # Roadmap

            ## Now

            ### Faster sync
            Owner: Ada

            #### Design notes
            Some notes.

            ### Offline mode
            Owner: Tom
            """)
        #expect(roadmap.items.map(\.title) == ["Faster sync", "Offline mode"])
    }

    @Test("a theme H3 whose H4s carry their own fields stays a group of those items")
    func fieldedGroupOfFieldedItems() {
        let (roadmap, _) = roadmap("""
            # Roadmap

            ## Now

            ### Search
            Status: In progress

            #### Faster index
            Owner: Ada

            #### Fuzzy matching
            Owner: Tom
            """)
        #expect(roadmap.items.map(\.title) == ["Faster index", "Fuzzy matching"])
        #expect(roadmap.items.map(\.metadata.owners) == [["Ada"], ["Tom"]])
    }

    @Test("milestone H3s under the title with no lanes are the roadmap's items, in one lane named after it")
    func milestoneHeadingsWithoutLanes() {
        let (roadmap, diagnostics) = roadmap("""
            # Delivery milestones

            ### Milestone 1: Public beta
            **Target Date:** 2027-03-31  
            **Status:** In Progress

            Beta for 500 members.

            ### Milestone 2: General availability
            **Target Date:** 2027-06-30  
            **Status:** Not Started
            """)
        #expect(roadmap.lanes.map(\.title) == ["Delivery milestones"])
        #expect(roadmap.items.map(\.title) == ["Public beta", "General availability"])
        #expect(roadmap.items.map(\.metadata.status) == [Status.onTrack, .notStarted])
        #expect(!diagnostics.contains { $0.code == .noRoadmapItems })
    }

    @Test("H3 horizons under a lone title stay lanes (no fields of their own)")
    func horizonH3sStayLanes() {
        let (roadmap, _) = roadmap("""
            # Roadmap

            ### Short term (1-4 months)
            - Faster sync

            ### Long term
            - Plugins
            """)
        #expect(roadmap.lanes.map(\.title) == ["Short term (1-4 months)", "Long term"])
        #expect(roadmap.items.map(\.title) == ["Faster sync", "Plugins"])
    }

    @Test("a quarterly roadmap's title gives its quarter to work in theme sections that name no period")
    func quarterInTitle() {
        let (roadmap, _) = roadmap("""
            # Quarterly Roadmap – Q2 2027

            ## Initiatives

            ### Member portal redesign
            - **Status**: In Progress
            - **Owner**: Priya

            ## Later

            - Web chat
            """)
        #expect(roadmap.items.map(\.title) == ["Member portal redesign", "Web chat"])
        // "Later" is a horizon after the quarter, not in it.
        #expect(roadmap.items.map(\.period) == ["2027-Q2", nil])
    }

    @Test("a year in the title is not every item's period: a 2027 roadmap's later lanes reach past it")
    func yearInTitleIsNotAPeriod() {
        let (roadmap, _) = roadmap("""
            # Product roadmap 2027

            ## Platform

            - Faster sync
            """)
        #expect(roadmap.items.map(\.period) == [nil])
    }
}
