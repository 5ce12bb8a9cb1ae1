import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

extension Leftovers32Tests {
    /// Left 31: a team's checklist of key results crosses one off without a box — "- ~~Partner portal~~ — cancelled" — and
    /// it was a note between them, on no page; with a box it was read as dropped.
    @Test("a struck-out bullet with why it was struck, among task-item key results, is a dropped key result")
    func crossedOffAmongTasks() {
        let (file, _) = objectives("""
            # 2026-Q4

            ## Grow enterprise revenue

            - [x] Ship the SSO connector
            - ~~Partner portal~~ — cancelled
            - [ ] Close 5 enterprise deals: 2 of 5
            - Talk to Ada about the pricing page
            """)
        let results = file.objectives.first?.keyResults ?? []
        #expect(results.map(\.text) == ["Ship the SSO connector", "~~Partner portal~~", "Close 5 enterprise deals: 2 of 5"])
        #expect(results.map(\.status) == [nil, .dropped, nil])
    }
}
