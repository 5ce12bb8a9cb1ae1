import BearingModel
@testable import BearingParse
import Testing

/// `#### Expected Delivery: Q4 2022` as a heading inside a roadmap item: the item's field, as the line is.
struct Leftovers35FieldHeadingTests: TrialWorkspace {
    let strategy = "## Our priorities\n\n### Faster dashboards\n\nDashboards load fast.\n"

    @Test("field headings under H3 items are the items' due date, status and owner; the items stay items")
    func underItems() throws {
        let items = items("""
            # Roadmap

            ## Platform

            ### Tile-level query cache

            Cache dashboard tiles so repeated views are instant.

            #### Expected Delivery: Q4 2026

            #### Status: In progress

            #### Owner: Dana

            ### Columnar storage

            Store hot tables in columns.

            #### Target: Q1 2027

            ### Faster joins

            #### Owner: Ben
            """)
        #expect(items.map(\.title) == ["Tile-level query cache", "Columnar storage", "Faster joins"])
        #expect(items.first?.metadata.due == "Q4 2026")
        #expect(items.first?.period == "2026-Q4")
        #expect(items.first?.metadata.status == .onTrack)
        #expect(items.map(\.metadata.owners) == [["Dana"], [], ["Ben"]])
    }

    @Test("Thunderbird's H2 features under a lone title: `#### Expected Delivery: Q4 2022` dates its feature")
    func thunderbirdShape() throws {
        let items = items("""
            # Roadmap

            Below are the large projects planned for the 115 (2023) release of Thunderbird.

            ## Firefox Sync

            #### Expected Delivery: Q4 2022

            Syncing between Thunderbird installations and the Android app should work seamlessly.

            ## Unified Toolbar

            **Expected Delivery: Q4 2022**

            A single, reusable, global toolbar that is present throughout the app.
            """)
        #expect(items.map(\.title) == ["Firefox Sync", "Unified Toolbar"])
        #expect(items.map(\.period) == ["2022-Q4", "2022-Q4"])
    }

    @Test("`### Status: Done` over a list, and a field heading straight under the title, stay headings")
    func headingsThatStay() throws {
        let items = items("""
            # Roadmap

            ## Platform

            ### Status: Done

            - **Tile cache.** Cached tiles.
            - **Query planner.** Faster joins.
            """)
        #expect(items.map(\.title) == ["Tile cache", "Query planner"])
    }
}
