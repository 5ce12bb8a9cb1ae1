import BearingAlign
import Foundation
import Testing
@testable import BearingReport

/// `bearing export --format json` carries a key result's weight as written, only when it has one, and the objective's
/// grade is the weighted one the site shows.
@Suite("Export: key result weights")
struct ExportWeightTests {
    static let workspace = [
        "strategy.md": minimalStrategy,
        "objectives/2026-Q4.md": """
            ## Win reviewers over

            - KR1: Achieve >60% approval rate by Month 3 [Target: 60%, Weight: 40%]
            - KR2: Onboard 20 review teams, 10 so far [Weight: 40%]
            - KR3: Guides 4/4 [Weight: 20%]
            - KR4: Reviewer survey sent
            """,
    ]

    @Test("weights are written as written, only on weighted key results, and weigh the grade")
    func weights() throws {
        let json = try ExportDocument(loadWorkspace(Self.workspace)).json()
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let objective = try #require((document["objectives"] as? [[String: Any]])?.first)
        let results = try #require(objective["key_results"] as? [[String: Any]])
        #expect(results.map { $0["weight"] as? String } == ["40%", "40%", "20%", nil])
        #expect(results.last?.keys.contains("weight") == false)
        #expect((results.first?["figures"] as? [String: Any])?["target"] as? String == "60%")
        #expect(results.first?["text"] as? String == "Achieve >60% approval rate by Month 3")
        // KR1 states no current value and KR4 no figure: (0.5 × 40 + 1.0 × 20) / 60.
        #expect(objective["grade"] as? Double == 0.6667)
        #expect(objective["grade_coverage"] as? String == "2 of 4 key results measured")
    }
}
