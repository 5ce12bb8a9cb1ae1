import BearingAlign
import BearingModel

/// A JSON value before it is printed, laid out exactly as `JSONEncoder` lays it out with
/// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` and `.convertToSnakeCase` (tests compare the two on
/// whole documents): the form `TreeEncoder` gives the `Encodable` values that do not print themselves.
/// Objects keep their entries until printing, when they are sorted.
enum JSONTree {
    case scalar([UInt8])
    case object(Box)
    case array(Box)

    final class Box {
        var entries: [(key: String, value: JSONTree)] = []
    }

    static func write<Output: ByteOutput>(_ node: JSONTree, indent: Int, into out: inout Output) {
        switch node {
        case .scalar(let bytes):
            out.append(contentsOf: bytes)
        case .object(let box), .array(let box):
            let isObject: Bool
            if case .object = node { isObject = true } else { isObject = false }
            out.append(isObject ? UInt8(ascii: "{") : UInt8(ascii: "["))
            out.append(0x0A)
            let entries = isObject ? box.entries.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) } : box.entries
            var key: [UInt8] = []
            for (index, entry) in entries.enumerated() {
                if index > 0 { out.append(contentsOf: [UInt8(ascii: ","), 0x0A]) }
                out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent + 2))
                if isObject {
                    key.removeAll(keepingCapacity: true)
                    JSONText.append(entry.key, to: &key, forScript: false)
                    out.append(contentsOf: key)
                    out.append(contentsOf: " : ".utf8)
                }
                write(entry.value, indent: indent + 2, into: &out)
            }
            out.append(0x0A)
            out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent))
            out.append(isObject ? UInt8(ascii: "}") : UInt8(ascii: "]"))
        }
    }

    static func string(_ text: String) -> JSONTree {
        var out: [UInt8] = []
        JSONText.append(text, to: &out, forScript: false)
        return .scalar(out)
    }

    /// Swift's shortest round-trip form, without a trailing `.0`, as JSONEncoder writes it.
    static func number(_ value: Double) -> JSONTree { .scalar(Array(numberText(value).utf8)) }

    static func numberText(_ value: Double) -> String {
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }

    static func number(_ value: Float) -> JSONTree {
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        return .scalar(Array(text.utf8))
    }

    static func integer(_ value: Int) -> JSONTree { .scalar(Array(String(value).utf8)) }

    static func flag(_ value: Bool) -> JSONTree { .scalar(Array((value ? "true" : "false").utf8)) }
}
