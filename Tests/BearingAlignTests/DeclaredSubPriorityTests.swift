import Testing
@testable import BearingAlign

/// `Priorities: platform` names a priority, not which of its sub-priorities the work serves: the text's closest one
/// under it is inferred, so sub-priority coverage reflects declared work too.
@Suite("Sub-priorities of declared links")
struct DeclaredSubPriorityTests {
    static let objectives = """
        ## Page nobody at night
        - Priorities: platform

        Automate the upgrades, the restarts and the on-call runbooks so that operations stay reliable and nobody
        is paged at night for routine incidents.

        ## Keep the stack tidy
        - Priorities: platform, ops

        Automate the upgrades, the restarts and the on-call runbooks so that operations stay reliable and nobody
        is paged at night for routine incidents.
        """

    @Test("a declared top-level priority gains the closest sub-priority under it; a declared sub-priority is kept as written")
    func inferredUnderDeclared() {
        let alignment = align(plan(["strategy.md": smallStrategy, "objectives/2026-Q4.md": Self.objectives]))
        let night = alignment.links(of: "2026-q4/page-nobody-at-night")
        #expect(night.map(\.priority) == ["platform", "ops"])
        #expect(night.map(\.kind) == [.declared, .inferred])
        #expect(night.last?.explanation.hasPrefix("sub-priority of declared platform") == true)
        let tidy = alignment.links(of: "2026-q4/keep-the-stack-tidy")
        #expect(tidy.map(\.kind) == [.declared, .declared], "the item names a sub-priority itself: nothing is added")
    }

    static let teamStrategy = """
        # Strategy

        ## Priorities

        ### 1. Open data {#open-data}

        Anyone can find and reuse our datasets.

        - Every dataset has a data card {#data-cards}
        - The public API stays up {#uptime}

        ### 2. A team that lasts {#team}

        People stay, grow and don't burn out.

        - Clear career ladders for scientists and engineers {#ladders}
        - On-call that is shared fairly {#on-call}
        """

    @Test("a title too short to judge a declaration still gets its declared priority's closest sub-priority, which then is no gap")
    func shortTitleFillsSubPriority() {
        let objectives = """
            ## Publish career ladders
            - Priorities: team
            """
        let alignment = align(plan(["strategy.md": Self.teamStrategy, "objectives/2026-Q4.md": objectives]))
        let links = alignment.links(of: "2026-q4/publish-career-ladders")
        #expect(links.map(\.priority) == ["team", "ladders"])
        #expect(links.map(\.kind) == [.declared, .inferred])
        let quarter = alignment.scope(.quarter, "2026-Q4")
        #expect(quarter?.subGaps.contains("ladders") == false)
        #expect(quarter?.subGaps.contains("on-call") == true)
    }
}
