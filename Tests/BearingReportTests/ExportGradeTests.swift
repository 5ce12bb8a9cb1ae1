import BearingAlign
import Foundation
import Testing
@testable import BearingReport

/// `bearing export --format json` carries the grade the site shows beside an objective, with how much of it was measured:
/// "1.00 (1 of 3 key results measured)" on the page is `grade`, `key_results_measured` and `grade_coverage` here, both
/// from `Grade`.
@Suite("Export: grade coverage")
struct ExportGradeTests {
    static let workspace = [
        "strategy.md": minimalStrategy,
        "objectives/2026-Q4.md": """
            ## Cut toil

            - [x] Retire the old queue
            - [ ] 99.9% uptime
            - [ ] 50% of alerts resolved without a page

            ### Upgrades

            - [ ] 3/4 clusters upgraded

            ## Grow revenue

            - [ ] Members from 10 to 20, now 15
            - [ ] 4/8 renewals signed
            """,
    ]

    func objectives() throws -> [[String: Any]] {
        let json = try ExportDocument(loadWorkspace(Self.workspace)).json()
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        return try #require(document["objectives"] as? [[String: Any]])
    }

    @Test("an objective graded on two key results of four says so, as the site does")
    func partialCoverage() throws {
        let toil = try #require(try objectives().first { $0["title"] as? String == "Cut toil" })
        #expect(toil["key_results_measured"] as? Int == 2)
        #expect(toil["grade_coverage"] as? String == "2 of 4 key results measured")
        #expect(toil["grade"] as? Double == 0.875)
        let upgrades = try #require((toil["initiatives"] as? [[String: Any]])?.first)
        #expect(upgrades["grade"] as? Double == 0.75)
        #expect(upgrades["grade_coverage"] is NSNull)
        #expect(upgrades["key_results_measured"] as? Int == 1)
    }

    @Test("a grade that covers every key result has no coverage note")
    func fullCoverage() throws {
        let revenue = try #require(try objectives().first { $0["title"] as? String == "Grow revenue" })
        #expect(revenue["grade"] as? Double == 0.5)
        #expect(revenue["key_results_measured"] as? Int == 2)
        #expect(revenue["grade_coverage"] is NSNull)
    }

    @Test("the export's coverage is the text the site shows for the same objective")
    func sameAsSite() throws {
        let plan = loadWorkspace(Self.workspace)
        let item = try #require(AlignedItem.collect(plan).first { $0.title == "Cut toil" })
        let toil = try #require(try objectives().first { $0["title"] as? String == "Cut toil" })
        #expect(toil["grade_coverage"] as? String == item.gradeCoverage)
        #expect(toil["grade"] as? Double == item.progress)
    }
}
