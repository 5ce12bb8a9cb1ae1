import BearingAlign
import BearingBuild
import BearingModel
import BearingParse
import BearingReport
import BearingSite
import Foundation
import TestSupport
import Testing

/// Key results kept in pages of their own (Notion's key-results database) are each at line 1 of their own file: the
/// objective's page matched their history's sparklines and stale flags to them by line alone, so each showed the others'.
@Suite("Notion key-result pages keep their own trends and stale flags on the objective's page")
struct KeyResultPageNotesTests {
    static let strategy = "# Strategy\n\n## Priorities\n\n1. **Self-serve growth**: sign up and see value in a day.\n"
    static let folder = "objectives/OKRs 5e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b/"
    static let objective = folder + "Objectives 1a2b3c4d5e6f708192a3b4c5d6e7f809/Grow self-serve revenue 0a1b2c3d4e5f60718293a4b5c6d7e8f1.md"
    static let mrr = folder + "Key Results 2b3c4d5e6f708192a3b4c5d6e7f8091a/MRR to $60k 1b2c3d4e5f60718293a4b5c6d7e8f90b.md"
    static let deals = folder + "Key Results 2b3c4d5e6f708192a3b4c5d6e7f8091a/Close 10 expansion deals 1b2c3d4e5f60718293a4b5c6d7e8f90c.md"
    static let objectiveLink = "../Objectives%201a2b3c4d5e6f708192a3b4c5d6e7f809/Grow%20self-serve%20revenue%200a1b2c3d4e5f60718293a4b5c6d7e8f1.md"

    static func mrrPage(_ current: Int) -> String {
        "# MRR to $60k\n\nObjective: Grow self-serve revenue (\(objectiveLink))\nCurrent Value: \(current)\nStart Value: 40000\nTarget Value: 60000\nStatus: On track\n"
    }

    @Test("the key result that moved has its sparkline, the one that did not its stale flag, each beside its own line")
    func notesByFile() throws {
        let repo = try GitFixture()
        defer { repo.remove() }
        try repo.write([
            "planning/strategy.md": Self.strategy,
            "planning/" + Self.objective: """
                # Grow self-serve revenue

                Key Results: MRR to $60k (../Key%20Results%202b3c4d5e6f708192a3b4c5d6e7f8091a/MRR%20to%20%2460k%201b2c3d4e5f60718293a4b5c6d7e8f90b.md), Close 10 expansion deals (../Key%20Results%202b3c4d5e6f708192a3b4c5d6e7f8091a/Close%2010%20expansion%20deals%201b2c3d4e5f60718293a4b5c6d7e8f90c.md)
                Owner: Priya Raman
                Quarter: Q1 2027

                """,
            "planning/" + Self.mrr: Self.mrrPage(42000),
            "planning/" + Self.deals: "# Close 10 expansion deals\n\nObjective: Grow self-serve revenue (\(Self.objectiveLink))\nCurrent Value: 4\nTarget Value: 10\nStatus: On track\n",
        ])
        try repo.commitAll("Plan", author: "Ada", date: "2027-01-05T10:00:00Z")
        try repo.write(["planning/" + Self.mrr: Self.mrrPage(48000)])
        try repo.commitAll("Check-in", author: "Grace", date: "2027-02-05T10:00:00Z")
        let root = repo.root.appendingPathComponent("planning").path
        let history = try #require(BuildPipeline(root: root).history(vectors: Prefetch { try TokenVectors.bundled() }) { _ in })
        var build = IncrementalBuild(root: root, today: "2027-03-10", vectors: try TokenVectors.bundled())
        let result = build.build(changed: nil, options: SiteBuilder.Options(history: history))
        let page = try #require(result.files?.first { $0.0 == "objectives/2027-q1/grow-self-serve-revenue.html" }?.1)
        let html = String(decoding: page, as: UTF8.self)
        let items = html.components(separatedBy: "<li").filter { $0.contains("MRR to $60k") || $0.contains("Close 10 expansion deals") }
        let mrr = try #require(items.first { $0.contains("MRR to $60k") })
        let deals = try #require(items.first { $0.contains("Close 10 expansion deals") })
        #expect(mrr.contains("<svg"), "\(mrr)")
        #expect(!deals.contains("<svg"), "\(deals)")
        #expect(deals.contains("stale: unchanged since 2027-01-05"), "\(deals)")
        #expect(!mrr.contains("stale"), "\(mrr)")
    }
}
