import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

extension Leftovers32Tests {
    /// Review 32b: the level and must-hold rules of session 32 also caught counts. "Expand to 5 new markets => 3" counts new
    /// markets, which start at none, as "10 new teammates onboarded. => 7 onboarded." does (0.6 before the rule, then
    /// unknown); "5 of 10 customers can now log in with SSO" says where it stands with "now"; "3/5 teams have adopted and
    /// will present" says what is done before what will be.
    @Test("new things after `to N`, and a fraction followed by what is so now, are counts done")
    func countsNotLevels() {
        let (file, diagnostics) = objectives("""
            # 2026-Q4

            ## Delight our customers

            - Expand to 5 new markets => 3
            - Raise NPS to 40 => 35
            - 5 of 10 customers can now log in with SSO
            - 3/5 teams have adopted and will present at the all-hands
            - 2 of 3 incidents must have a postmortem within 5 days
            """)
        let results = file.objectives.first?.keyResults ?? []
        #expect(results.map(\.progress) == [0.6, nil, 0.5, 0.6, nil])
        #expect(diagnostics.filter { $0.code == .progressUnread }.map(\.location.line) == [6, 9])
    }
}
