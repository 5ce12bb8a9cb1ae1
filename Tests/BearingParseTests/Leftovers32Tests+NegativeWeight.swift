import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

extension Leftovers32Tests {
    /// Review 31b: "(weight -20%)" stayed in the key result's words and no warning said the weight was not read; a weight
    /// of 20 % beside it was then shared as if the other were not written.
    @Test("a weight below zero is taken out of the words and warned; the key result counts as one given no weight")
    func negativeWeight() {
        let (file, diagnostics) = objectives("""
            # 2026-Q4

            ## Grow enterprise revenue

            - [ ] Close 5 enterprise deals: 2 of 5 (weight -20%)
            - [ ] Ship the SSO connector: 3 of 4 [Weight: 40%]
            """)
        let results = file.objectives.first?.keyResults ?? []
        #expect(results.map(\.text) == ["Close 5 enterprise deals: 2 of 5", "Ship the SSO connector: 3 of 4"])
        #expect(results.map(\.weight) == [nil, KeyResultWeight(value: 40, percent: true)])
        let warned = diagnostics.filter { $0.code == .keyResultWeights && $0.message.contains("-20%") }
        #expect(warned.map(\.location.line) == [5], "\(diagnostics)")
    }
}
