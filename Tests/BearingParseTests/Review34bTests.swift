import BearingModel
@testable import BearingParse
import Testing

/// Session 34's review of the reading rules from left34 and trial34: shapes of other organizations' files that the new
/// rules misread.
struct Review34bTests: TrialWorkspace {
    let strategy = """
        # Strategy

        ## Priorities

        ### Grow revenue

        Win more paying customers and expand accounts.

        ### Reliable platform

        Keep the service up and fast.

        ### Developer experience

        Make the product a joy to build on.
        """

    @Test("team lanes under a title, each opening with its owner over a list of work, stay lanes of their items")
    func fieldedLanesOverLists() throws {
        let items = items("""
            # Acme Roadmap 2026

            ## Platform
            **Owner:** @alice
            **Status:** On track

            - Migrate to Postgres 16
            - Cut build times in half
            - Retire the legacy queue

            ## Mobile
            **Owner:** @bob

            - Offline mode
            - Push notifications

            ## Web
            **Owner:** @carol

            - New dashboard
            - Dark mode
            """)
        #expect(items.map(\.title) == ["Migrate to Postgres 16", "Cut build times in half", "Retire the legacy queue",
                                       "Offline mode", "Push notifications", "New dashboard", "Dark mode"], "\(items.map(\.title))")
        #expect(Set(items.map(\.lane)) == ["Platform", "Mobile", "Web"], "\(items.map(\.lane))")
    }
}
