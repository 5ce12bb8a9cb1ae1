import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

extension Leftovers32Tests {
    /// Review 31b: a key result with its start and current value as bullets under it (as a team's tracking page nests
    /// them) was unknown and the bullets were shown nowhere, while the same lines run into its words were read.
    @Test("nested Baseline and Current bullets under a key result are its start and where it stands")
    func nestedBaselineAndCurrent() {
        let (file, diagnostics) = objectives("""
            # 2026-Q4

            ## Make the product fast

            - [ ] Reduce p95 latency to 200 ms
              - Baseline: 450 ms
              - Current: 300 ms
            - [ ] Grow weekly active teams to 40
              - Current: 10
              - Owner: Ada Lovelace
            - [ ] Publish the performance guide
              - Baseline: none
            """)
        let results = file.objectives.first?.keyResults ?? []
        #expect(results.map(\.text) == ["Reduce p95 latency to 200 ms", "Grow weekly active teams to 40", "Publish the performance guide"])
        #expect(results.map { $0.progress.map { ($0 * 100).rounded() } } == [60, 25, 0])
        #expect(results[0].figures == KeyResultFigures(baseline: "450 ms", current: "300 ms"))
        #expect(results[1].figures == KeyResultFigures(current: "10"))
        #expect(results[1].owners == ["Ada Lovelace"])
        #expect(!diagnostics.contains { $0.code == .progressUnread && $0.location.line < 10 }, "\(diagnostics)")
    }
}
