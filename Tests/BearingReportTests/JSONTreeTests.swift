import Foundation
import Testing
import TestSupport
@testable import BearingParse
@testable import BearingReport

/// The values of planning.json, `bearing export` and `bearing report --format json` that do not print
/// themselves go through `JSONWriter.encodable`; their bytes must stay exactly what JSONEncoder writes.
@Suite("JSON tree")
struct JSONTreeTests {
    struct Inner: Encodable {
        var count: Int
        var someValues: [Double]
        var nothing: [String]
        var byName: [String: Double]
        var missing: String?
        @Nullable var explicitNull: String?
        var flag: Bool
        var small: Float
        var wide: Int64
    }

    struct Outer: Encodable {
        var items: [Inner]
        var emptyObject: [String: Int]
        var itemID: String
        var myURLThing: Int
        var text: String
        var nested: [[String]]
    }

    func pretty<T: Encodable>(_ value: T) throws -> [UInt8] {
        var writer = JSONWriter()
        try writer.encodable(value)
        return writer.bytes
    }

    func foundation<T: Encodable>(_ value: T) throws -> [UInt8] { try referenceJSON(value) }

    @Test("writes the same bytes as JSONEncoder: numbers, snake_case keys, sorted keys, empty containers, escapes")
    func sameBytes() throws {
        let inner = Inner(count: 3, someValues: [1, 0.5, 1e-5, 123_456_789, 0.1 + 0.2, 1e20, -0.0, 0.0001, 1e16, 12.5, -3.25],
                          nothing: [], byName: ["Zed": 1, "abc": 2, "a_b": 3, "B": 4, "é": 5], missing: nil, explicitNull: nil,
                          flag: false, small: 0.1, wide: -9_000_000_000)
        let value = Outer(items: [inner, inner], emptyObject: [:], itemID: "q/1", myURLThing: 2,
                          text: "quote \" backslash \\ slash / tab \t newline \n bell \u{7} é 😀 \u{2028} </script>", nested: [[], ["a"]])
        #expect(try pretty(value) == foundation(value))
    }

    @Test("the example workspace's export document is byte-identical")
    func exportDocument() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let plan = WorkspaceLoader().load(root: root.path)
        let document = ExportDocument(plan)
        #expect(try pretty(document) == foundation(document))
    }
}
