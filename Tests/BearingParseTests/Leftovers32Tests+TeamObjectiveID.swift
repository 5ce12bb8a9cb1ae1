import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

extension Leftovers32Tests {
    /// Review 31a: the team-objective-id rule held for "## Company" above "## Sales" but a file that lists the team's
    /// objectives first and the company's after them failed `check` with a duplicate-id error; and the note said
    /// "Marketing & Events's".
    @Test("a company objective after a team's of the same title keeps the id, the team's gets its team, in either order")
    func companyAfterTeam() {
        let plan = loadWorkspace(["strategy.md": minimalStrategy, "objectives/2026-Q4.md": """
            # Q4 2026 OKRs

            ## Marketing & Events

            1. **OBJECTIVE: Make the product valuable to every clinic**
               - KR: 12 clinic events held

            ## Company

            1. **OBJECTIVE: Make the product valuable to every clinic**
               - KR: 40 clinics live
            """])
        #expect(plan.errors.isEmpty, "\(plan.errors)")
        #expect(plan.objectives.map(\.id) == ["2026-q4/make-the-product-valuable-to-every-clinic-marketing-events",
                                              "2026-q4/make-the-product-valuable-to-every-clinic"])
        let notes = plan.diagnostics.filter { $0.code == .teamObjectiveID }
        #expect(notes.map(\.location.line) == [5])
        #expect(notes.first?.message.contains("'s") == false, "\(notes)")
        #expect(notes.first?.message.contains("team Marketing & Events") == true, "\(notes)")
    }
}
