import Foundation
import Testing
import TestSupport
import BearingParse
@testable import BearingAlign
import BearingReport

/// planning.json and `bearing report --format json` are printed by `JSONWriter` alone: keys sorted, valid JSON
/// (the golden report.json of the CLI tests holds the example's bytes); optionals of the scores left out when nil.
@Suite("Report JSON")
struct ReportJSONTests {
    func foundation<T: Encodable>(_ value: T) throws -> [UInt8] { try referenceJSON(value) }

    @Test("the example's report, whole and per quarter, is valid JSON with sorted keys")
    func example() throws {
        let plan = WorkspaceLoader().load(root: Shared.repositoryRoot.path)
        let alignment = align(plan)
        #expect(alignment.links.contains { $0.via == nil } && alignment.links.contains { $0.via != nil })
        for quarter in [nil] + plan.quarters.map(Optional.some) {
            let document = ReportDocument(plan: plan, alignment: alignment, quarter: quarter)
            let bytes = try document.jsonBytes()
            #expect(unsortedKeys(in: bytes) == [], "quarter \(quarter?.description ?? "all")")
            #expect((try? JSONSerialization.jsonObject(with: Data(bytes))) != nil, "quarter \(quarter?.description ?? "all")")
        }
    }

    /// The written form against JSONEncoder on the score values themselves: the nil keys are left out, not null.
    @Test("an item score without a link leaves out its priority and link kind, as JSONEncoder does")
    func unlinked() throws {
        let scores = [ItemScore(item: "q/a", kind: .roadmapItem, strength: 0, priority: nil, linkKind: nil, orphan: true, tooLittleText: false, terms: []),
                      ItemScore(item: "q/c", kind: .objective, strength: 0, priority: nil, linkKind: nil, orphan: false, tooLittleText: true, terms: []),
                      ItemScore(item: "q/b \"é\"", kind: .objective, strength: 0.1234, priority: "p", linkKind: .declared, orphan: false, tooLittleText: false,
                                terms: ["x", "y"])]
        for score in scores {
            var writer = JSONWriter()
            score.write(to: &writer)
            #expect(writer.bytes == (try foundation(score)))
        }
    }
}
