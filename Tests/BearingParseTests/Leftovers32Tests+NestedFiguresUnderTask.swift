import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

extension Leftovers32Tests {
    /// Review 32b: "- KR1: Raise NPS" over Baseline 30 / Current 35 / Target 40 bullets read 0.5, but the same key result as
    /// an open task item, "- [ ] Raise NPS" over the same bullets, read 0 from its empty box: the figures under it say
    /// where it stands, as they do when its words name the target ("- [ ] Reduce p95 latency to 200 ms").
    @Test("nested figures under an open task item whose words state no figure are its progress, not the empty box")
    func nestedFiguresUnderTask() {
        let (file, _) = objectives("""
            # 2026-Q4

            ## Delight our customers

            - [ ] Raise NPS
              - Baseline: 30
              - Current: 35
              - Target: 40
            - [ ] Ship SSO
            - [x] Publish the pricing page
              - Current: draft
            """)
        let results = file.objectives.first?.keyResults ?? []
        #expect(results.map(\.progress) == [0.5, 0, 1])
        #expect(results.map(\.progressSource) == [.range, .checkbox, .checkbox])
    }
}
