import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

extension Leftovers32Tests {
    func roadmap(_ markdown: String) -> (Roadmap, [Diagnostic]) {
        RoadmapParser().parse(read(markdown, path: "roadmaps/product.md"))
    }

    /// Review 31a: a generated roadmap colours its urgency lanes ("## High Priority 🔴", "## Medium Priority 🟡") and each
    /// item by how it stands; the lane's circle was every item's status, so `- 🟢 Audit logs` under the red lane read off
    /// track.
    @Test("a coloured circle in a heading that names an urgency is its colour, not its items' status")
    func urgencyLaneCircle() {
        let (plan, _) = roadmap("""
            # Product roadmap

            ## High Priority 🔴

            - 🟢 Audit logs
            - 🟡 Team workspaces
            - Export to CSV

            ## Now

            ### Low Priority 🟢

            - Dark mode
            - 🔴 Billing migration

            ## Blocked 🔴

            - Partner API
            """)
        #expect(plan.items.map(\.title) == ["Audit logs", "Team workspaces", "Export to CSV", "Dark mode", "Billing migration", "Partner API"])
        #expect(plan.items.map(\.metadata.status) == [.onTrack, .atRisk, nil, nil, .offTrack, .offTrack])
    }
}
