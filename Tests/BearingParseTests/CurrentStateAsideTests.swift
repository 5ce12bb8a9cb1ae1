import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// A roadmap that opens with how things stand — "## Current state", "## Status quo", "## Where we are today" — before
/// its Now / Next / Later lanes: a reader sees the starting point the lanes change, not work. Read as a lane, its
/// bullets were a third of the roadmap's items and took a third of every priority's effort.
@Suite("A roadmap's current state is no lane of work")
struct CurrentStateAsideTests {
    func items(_ roadmap: String) -> [RoadmapItem] {
        let files = ["/ws/strategy.md": "## Priorities\n\n- **Platform** {#platform}\n", "/ws/roadmaps/product.md": roadmap]
        return WorkspaceLoader(fileSystem: .memory(files)).load(root: "/ws").roadmaps.flatMap(\.items)
    }

    @Test("the current state's bullets are not items; the lanes after it are", arguments: [
        "Current state", "Current state (as of 2026-08-19)", "Current State Analysis", "Status quo", "Where we are today",
    ])
    func currentState(_ heading: String) {
        let found = items("""
            # Product roadmap

            ## \(heading)

            - Hubs are upgraded by hand, one at a time, by the on-call engineer.
            - Billing runs on a spreadsheet exported monthly.

            ## Now (2026-Q4)

            - **Automated hub upgrades** — roll out upgrades to every hub with one command.
            - **Usage-based invoices** — invoices computed from metered usage.

            ## Next

            - Self-serve community onboarding
            """)
        #expect(found.map(\.title) == ["Automated hub upgrades", "Usage-based invoices", "Self-serve community onboarding"])
    }

    @Test("a lane of work in progress is still a lane")
    func currentWork() {
        let found = items("# Roadmap\n\n## Current work\n\n- Automated hub upgrades\n\n## Next\n\n- Usage-based invoices\n")
        #expect(found.map(\.title) == ["Automated hub upgrades", "Usage-based invoices"])
    }
}
