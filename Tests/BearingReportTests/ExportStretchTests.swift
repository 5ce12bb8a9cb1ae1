import BearingAlign
import Foundation
import Testing
@testable import BearingReport

/// `bearing export --format json` carries a key result's stretch figure beside its target, only when one is written.
@Suite("Export: stretch figures")
struct ExportStretchTests {
    static let workspace = [
        "strategy.md": minimalStrategy,
        "objectives/2026-Q4.md": """
            ## Grow revenue from existing customers

            | Key result | Committed | Stretch | Current |
            |---|---|---|---|
            | Net revenue retention | 110% | 120% | 104% |
            | Expansion deals closed | 12 | | 6 |
            """,
    ]

    @Test("the stretch figure is written in the key result's figures, and left out where there is none")
    func stretch() throws {
        let json = try ExportDocument(loadWorkspace(Self.workspace)).json()
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let objective = try #require((document["objectives"] as? [[String: Any]])?.first)
        let figures = try #require(objective["key_results"] as? [[String: Any]]).map { $0["figures"] as? [String: Any] }
        #expect(figures.map { $0?["stretch"] as? String } == ["120%", nil])
        #expect(figures.map { $0?["target"] as? String } == ["110%", "12"])
        #expect(figures.last??.keys.contains("stretch") == false)
    }
}
