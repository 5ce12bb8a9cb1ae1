import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// Shapes met on a seventeenth round of real roadmaps: a numbered table of work with a Description column and no
/// title column; work written as labelled field bullets; a bullet whose ticked sub-bullets are its progress; lanes
/// named by a plan's own clock ("Weeks 0–8", "Phase 1 (Months 1-3)"); "Resolved", "Deferred", "Won't do" and "Parked"
/// sections; and a storage project's component backlogs, each a "Source repositories" list of links beside a
/// "Backlogs" label over the work. Each snippet is written here in the real file's shape.
@Suite("New-user shapes, seventeenth round")
struct NewUserShapes17Tests {
    func roadmap(_ markdown: String) -> (Roadmap, [Diagnostic]) {
        RoadmapParser().parse(read(markdown, path: "roadmaps/plan.md"))
    }

    @Test("a numbered table with a Description column is read as items, the description their title")
    func numberedDescriptionTable() {
        let (roadmap, _) = roadmap("""
            # Roadmap

            ## 2027

            | # | Description | Issue | Notes |
            |---|-------------|-------|-------|
            | 1 | Support for streaming uploads | #123 | needs design |
            | 2 | Rewrite the scheduler | #130 | |
            """)
        #expect(roadmap.items.map(\.title) == ["Support for streaming uploads", "Rewrite the scheduler"])
        #expect(roadmap.items.first?.lane == "2027")
    }

    @Test("a status legend headed Description stays a table, not items")
    func legendIsNotItems() {
        let (roadmap, _) = roadmap("""
            # Roadmap

            ## Now

            - **Faster builds.** Cache everything.

            | Status | Description |
            |---|---|
            | Todo | Planned work, not yet started |
            | Done | Completed and closed |
            """)
        #expect(roadmap.items.map(\.title) == ["Faster builds"])
    }

    @Test("work written as labelled field bullets is one item per naming field, the other bullets its fields")
    func fieldBullets() {
        let (roadmap, _) = roadmap("""
            # Roadmap

            ## Now

            - **Objective**: Improve onboarding
            - **Owner**: @x
            - **Key results**:
              - Time to first build under 10 minutes

            - **Objective**: Stabilize the API
            - **Owner**: @y
            - **Status**: at risk
            """)
        #expect(roadmap.items.map(\.title) == ["Improve onboarding", "Stabilize the API"])
        #expect(roadmap.items.first?.metadata.owners == ["x"])
        #expect(roadmap.items.last?.metadata.status == .atRisk)
        #expect(roadmap.items.first?.body.contains("Time to first build") == true)
    }

    @Test("a bullet over ticked subtasks is one item whose subtasks give its status")
    func subtasksAreProgress() {
        let (roadmap, _) = roadmap("""
            # Roadmap

            ## Now

            - Plugin system
              - ✅ Define plugin API
              - [x] Document plugin hooks
            - Better error messages
              - [x] Parser errors
              - [ ] Type errors
            - Faster startup
              - [ ] Profile
            """)
        #expect(roadmap.items.map(\.title) == ["Plugin system", "Better error messages", "Faster startup"])
        // Nothing ticked yet: not started.
        #expect(roadmap.items.map(\.metadata.status) == [.done, .onTrack, .notStarted])
    }

    @Test("lanes named by the plan's own clock are periods")
    func relativePeriodLanes() {
        let (roadmap, _) = roadmap("""
            # Roadmap

            ## Weeks 0–8

            - **Set up the project.** Repos and CI.

            ## Phase 1 (Months 1-3)

            - **Ship the prototype.** A demo.

            ## Sprint 3

            - **Polish.** Bugs.

            ## Phase out the old API

            - **Remove v1 endpoints.** Gone.
            """)
        #expect(roadmap.lanes.map(\.kind) == [.period, .period, .period, .theme])
        #expect(roadmap.items.count == 4)
    }

    @Test("Resolved, Deferred, Won't do and Parked sections are lanes whose items are done or not planned")
    func settledLanes() {
        let (roadmap, _) = roadmap("""
            # Roadmap

            ## Planned

            - **Faster builds.** Cache everything.

            ## Resolved

            - **Crash on startup.** Fixed in 1.2.

            ## Deferred

            - **Windows support.** Not this year.

            ## Won't do

            - **IE11 support.** Never.

            ## Parked

            - **Mobile app.** Maybe later.
            """)
        #expect(roadmap.lanes.map(\.title) == ["Planned", "Resolved", "Deferred", "Won't do", "Parked"])
        #expect(roadmap.items.map(\.metadata.status) == [nil, .done, .dropped, .dropped, .dropped])
    }

    @Test("a component's Source repositories links are not work, and its Backlogs label groups the items beneath")
    func componentBacklogs() {
        let (roadmap, _) = roadmap("""
            # Roadmap

            ## Current

            ### Jiva
            - Source repositories
              - https://github.com/example/jiva
              - https://github.com/example/jiva-operator
            - Backlogs
              - Consolidate the CSI driver into one repo
              - Automate the migration of volumes

            # Getting involved with Contributions

            - [Join the community meetings](https://example.com/meetings)
            """)
        #expect(roadmap.items.map(\.title) == ["Consolidate the CSI driver into one repo", "Automate the migration of volumes"])
    }
}

extension NewUserShapes17Tests {
    @Test("a phase's own Status line is the status of the work under it")
    func phaseStatusLine() {
        let (roadmap, _) = roadmap("""
            # Roadmap

            ## Phase 1

            **Status:** In Progress

            ### GRPC API

            Top-down design of the API.

            ## Phase 3

            This phase adds the image spec.

            **Status:** Not Started

            ### Distribution
            """)
        #expect(roadmap.items.map(\.title) == ["GRPC API", "Distribution"])
        #expect(roadmap.items.map(\.metadata.status) == [.onTrack, .notStarted])
    }

    @Test("an objective written as labelled field bullets is one objective with its owner and key results")
    func objectiveFieldBullets() {
        let (file, diagnostics) = ObjectivesParser().parse(read("""
            # OKRs Q1 2027

            - **Objective**: Improve onboarding
            - **Owner**: @x
            - **Key results**:
              - [ ] Time to first build under 10 minutes
              - [x] 50 new contributors

            - **Objective**: Stabilize the API
            - **Owner**: @y
            """, path: "objectives/2027-Q1.md"))
        #expect(file.objectives.map(\.title) == ["Improve onboarding", "Stabilize the API"])
        #expect(file.objectives.first?.metadata.owners == ["x"])
        #expect(file.objectives.first?.keyResults.map(\.text) == ["Time to first build under 10 minutes", "50 new contributors"])
        #expect(!diagnostics.contains { $0.severity == .error })
    }
}

extension NewUserShapes17Tests {
    @Test("a status typed in brackets before a bullet's words is its status, not part of its title")
    func bracketedStatus() {
        let (roadmap, _) = roadmap("""
            # Roadmap

            ## Current

            - [Done] Move the Backup/Restore API to v1
            - [In-progress] Expose prometheus metrics
            - [Design doc] Multi-arch builds
            - [x] Enable multi-arch builds
            """)
        #expect(roadmap.items.map(\.title) == ["Move the Backup/Restore API to v1", "Expose prometheus metrics",
                                               "[Design doc] Multi-arch builds", "Enable multi-arch builds"])
        #expect(roadmap.items.map(\.metadata.status) == [.done, .onTrack, nil, .done])
    }
}

extension NewUserShapes17Tests {
    @Test("an H1 after the lanes over its own H3s is a lane of its own; an H1 over H2s only heads them")
    func laterH1s() {
        let (roadmap, _) = roadmap("""
            # Strategic Goals

            # 2024

            ## Community Engagement

            - **Host office hours.** Monthly.

            # 2022

            ### Grow the community

            Run two meetups.
            """)
        #expect(roadmap.lanes.map(\.title) == ["Community Engagement", "2022"])
        #expect(roadmap.items.map(\.lane) == ["Community Engagement", "2022"])
    }
}

extension NewUserShapes17Tests {
    @Test("a Description column beside an owner or due column titles the rows; beside a label column it is a glossary")
    func describedTables() {
        let (planned, _) = roadmap("""
            # Roadmap

            ## Next

            | Description | Owner | Due |
            |---|---|---|
            | Offline docs bundle | @ana | 2027-03-01 |
            """)
        #expect(planned.items.map(\.title) == ["Offline docs bundle"])
        #expect(planned.items.first?.metadata.owners == ["ana"])
        let (glossary, _) = roadmap("""
            # Roadmap

            ## Next

            - **Faster builds.** Cache everything.

            | Label | Description |
            |---|---|
            | P0 | Must ship this quarter |
            """)
        #expect(glossary.items.map(\.title) == ["Faster builds"])
    }

    @Test("a board column headed Deferred or Won't do is a lane of dropped work")
    func droppedBoardColumns() {
        let (roadmap, _) = roadmap("""
            # Roadmap

            | Now | Deferred | Won't do |
            |---|---|---|
            | Faster builds | Windows support | IE11 support |
            """)
        #expect(roadmap.lanes.map(\.title) == ["Now", "Deferred", "Won't do"])
        #expect(roadmap.items.map(\.metadata.status) == [nil, .dropped, .dropped])
    }
}
