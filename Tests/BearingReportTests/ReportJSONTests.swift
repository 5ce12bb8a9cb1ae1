import Foundation
import Testing
import TestSupport
import BearingParse
@testable import BearingAlign
import BearingReport

/// planning.json and `bearing report --format json`: links and item scores print themselves (`JSONWritable`);
/// the whole report must stay what JSONEncoder prints for it.
@Suite("Report JSON")
struct ReportJSONTests {
    func foundation<T: Encodable>(_ value: T) throws -> [UInt8] { try referenceJSON(value) }

    @Test("the example's report, whole and per quarter, is byte-identical to JSONEncoder's")
    func example() throws {
        let plan = WorkspaceLoader().load(root: Shared.repositoryRoot.path)
        let alignment = align(plan)
        #expect(alignment.links.contains { $0.via == nil } && alignment.links.contains { $0.via != nil })
        for quarter in [nil] + plan.quarters.map(Optional.some) {
            let document = ReportDocument(plan: plan, alignment: alignment, quarter: quarter)
            #expect(try document.jsonBytes() == foundation(document) + [0x0A], "quarter \(quarter?.description ?? "all")")
        }
    }

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
