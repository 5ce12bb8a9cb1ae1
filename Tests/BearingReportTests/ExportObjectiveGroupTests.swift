import Foundation
import Testing
@testable import BearingReport

/// `bearing export --format json` carries the heading an objective is filed under, as it does a roadmap item's group.
@Suite("Export: objective group")
struct ExportObjectiveGroupTests {
    @Test("`group` is the group heading's name without its number, null under none")
    func group() throws {
        let json = try ExportDocument(loadWorkspace([
            "strategy.md": minimalStrategy,
            "objectives/2026-Q1.md": """
                ## 1. Grow revenue

                ### Objective: Win 20 new customers

                - [ ] Sign 20 customers, 5 so far

                ## 2. Reliable platform

                ### Objective: Cut incidents in half

                - [ ] Incidents from 12 to 6, now 9
                """,
            "objectives/2026-Q2.md": "## Ship the mobile app\n\n- [ ] Release 1.0\n",
        ])).json()
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let objectives = try #require(document["objectives"] as? [[String: Any]])
        #expect(objectives.map { $0["title"] as? String } == ["Win 20 new customers", "Cut incidents in half", "Ship the mobile app"])
        #expect(objectives.map { $0["group"] as? String } == ["Grow revenue", "Reliable platform", nil])
        #expect(objectives.last?["group"] is NSNull)
    }
}
