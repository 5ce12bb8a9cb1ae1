import BearingModel
@testable import BearingParse
import Testing

/// Session 35's roadmap leftovers: Kata's Progress Summary and `Current` status, a Total row, and a bullet's team and
/// owner after dashes.
struct Leftovers36RoadmapTests: TrialWorkspace {
    let strategy = "## Our priorities\n\n### Ship faster\n\nReleases go out weekly.\n"

    @Test("Kata's Progress Summary restates the milestones, which are groups of phases: no item of its own, and `Current` is in progress")
    func progressSummaryOfGroups() throws {
        let plan = load(["roadmaps/ROADMAP.md": """
            # Roadmap: Kata

            ## Current Milestone

            ### v1.4.1 Issue Execution (In Progress)

            #### Phase 1: PR → Issue Closure

            **Goal:** All PR-creating workflows close their issues.

            #### Phase 2: Issue Execution Workflow

            **Goal:** Structured execution path when working on an issue.

            ## Planned Milestones

            ### v1.5.0 Phase Management (Planned)

            #### Phase 1: Phase Organization

            **Goal:** Organize phase artifacts into state directories.

            ## Progress Summary

            | Milestone | Phases | Plans | Status   | Shipped    |
            | --------- | ------ | ----- | -------- | ---------- |
            | v1.4.1    | 2      | 1     | Current  | —          |
            | v1.5.0    | 1      | TBD   | Planned  | —          |
            """])
        let items = plan.roadmaps.flatMap(\.items)
        #expect(items.map(\.title) == ["PR → Issue Closure", "Issue Execution Workflow", "Phase Organization"])
        #expect(!plan.codes.contains(.unknownStatus), "\(plan.diagnostics)")
    }

    @Test("a table of milestones that are not groups of the file stays items; `Status: Current` is on track")
    func summaryWithoutGroups() throws {
        let plan = load(["roadmaps/roadmap.md": """
            # Roadmap

            ## Milestones

            | Milestone | Phases | Status |
            |---|---|---|
            | v1.4.1 | 2 | Current |
            | v1.5.0 | 1 | Planned |
            """])
        let items = plan.roadmaps.flatMap(\.items)
        #expect(items.map(\.title) == ["v1.4.1", "v1.5.0"])
        #expect(items.map(\.metadata.status) == [.onTrack, .notStarted])
    }

    @Test("a Total row sums the rows above it: not an item, so its effort is not counted twice")
    func totalRow() throws {
        let items = items("""
            # 2026 roadmap

            ## Q1 2026

            | Initiative | Owner | Effort | Status |
            |---|---|---|---|
            | Columnar storage | Dana | 6 weeks | In progress |
            | Query cache | Lee | 4 weeks | Not started |
            | **Total** | | **10 weeks** | |
            """)
        #expect(items.map(\.title) == ["Columnar storage", "Query cache"])
        #expect(items.map(\.metadata.effort) == [6, 4])
    }

    @Test("`**Guided onboarding checklist** - Growth - Dana`: the team, then the owner")
    func teamAndOwnerAfterDashes() throws {
        let items = items("""
            # 2026 roadmap

            ## Now

            - **Guided onboarding checklist** - Growth - Dana
            - **Faster imports** — Ingestion — @sam
            - **Self-serve SSO** - Identity
            - **Hands-free mode** - in-flight - see the design doc
            - **Search export** - Backend - Q3
            """)
        #expect(items.map(\.title) == ["Guided onboarding checklist", "Faster imports", "Self-serve SSO", "Hands-free mode", "Search export"])
        #expect(items.map(\.metadata.team) == ["Growth", "Ingestion", nil, nil, nil])
        #expect(items.map(\.metadata.owners) == [["Dana"], ["sam"], [], [], []])
    }

    @Test("`#### Details` under an H3 item is a label over its notes: the H3 stays an item and a field after it is read")
    func detailsHeading() throws {
        let items = items("""
            # Roadmap

            ## Platform

            ### Tile-level query cache

            Cache dashboard tiles so repeated views are instant.

            #### Status: In progress

            #### Details

            Tiles are keyed by query hash.

            ### Columnar storage

            Store hot tables in columns.

            #### Details

            Move the event tables to a columnar layout.

            #### Owner: Dana
            """)
        #expect(items.map(\.title) == ["Tile-level query cache", "Columnar storage"])
        #expect(items.map(\.metadata.status) == [.onTrack, nil])
        #expect(items.map(\.metadata.owners) == [[], ["Dana"]])
        #expect(items.last?.body.contains("Move the event tables to a columnar layout.") == true)
        #expect(items.allSatisfy { $0.group == nil })
    }
}
