import BearingAlign

/// The `Encoder` behind `JSONWriter.encodable`: builds a `JSONTree`, converting property names to snake_case
/// (dictionary keys are data and stay as they are, as with JSONEncoder). Each value is printed as soon as
/// it is complete, at the indentation it will have, so the tree never holds more than one record in pieces.
final class TreeEncoder: Encoder {
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] = [:]
    let keyConversion: Bool
    /// Where this value's lines start in the printed document.
    let indent: Int
    let names: KeyNames
    var root: JSONTree?

    init(keyConversion: Bool, indent: Int = 0, names: KeyNames = KeyNames()) {
        self.keyConversion = keyConversion
        self.indent = indent
        self.names = names
    }

    /// snake_case names, converted once per document: every record repeats the same few keys.
    final class KeyNames {
        private var converted: [String: String] = [:]

        func snakeCase(_ key: String) -> String {
            if let known = converted[key] { return known }
            let name = SnakeCase.convert(key)
            converted[key] = name
            return name
        }
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let box: JSONTree.Box
        if case .object(let existing)? = root { box = existing } else { box = JSONTree.Box(); root = .object(box) }
        return KeyedEncodingContainer(Keyed<Key>(box: box, convert: keyConversion, indent: indent + 2, names: names))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let box: JSONTree.Box
        if case .array(let existing)? = root { box = existing } else { box = JSONTree.Box(); root = .array(box) }
        return Unkeyed(box: box, indent: indent + 2, names: names)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { Single(encoder: self) }

    /// One value, printed at `indent`.
    static func tree<T: Encodable>(_ value: T, indent: Int, names: KeyNames) throws -> JSONTree {
        switch value {
        case let text as String: return JSONTree.string(text)
        case let number as Double: return JSONTree.number(number)
        case let number as Float: return JSONTree.number(number)
        case let flag as Bool: return .scalar(Array((flag ? "true" : "false").utf8))
        case let number as any BinaryInteger: return .scalar(Array("\(number)".utf8))
        case let record as any JSONWritable:
            var writer = JSONWriter(level: indent)
            record.write(to: &writer)
            return .scalar(writer.bytes)
        case let dictionary as [String: any Encodable]:
            let box = JSONTree.Box()
            for (key, element) in dictionary { box.entries.append((key, try tree(element, indent: indent + 2, names: names))) }
            return printed(.object(box), indent: indent)
        default:
            let encoder = TreeEncoder(keyConversion: true, indent: indent, names: names)
            try value.encode(to: encoder)
            return printed(encoder.root ?? .object(JSONTree.Box()), indent: indent)
        }
    }

    /// The node printed into one scalar, except near the top, where the caller prints it once itself.
    private static func printed(_ node: JSONTree, indent: Int) -> JSONTree {
        if case .scalar = node { return node }
        if indent <= 2 { return node }
        var bytes: [UInt8] = []
        JSONTree.write(node, indent: indent, into: &bytes)
        return .scalar(bytes)
    }

    struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let box: JSONTree.Box
        let convert: Bool
        /// The indentation of this container's values.
        let indent: Int
        let names: KeyNames
        var codingPath: [any CodingKey] = []

        private func name(_ key: Key) -> String { convert ? names.snakeCase(key.stringValue) : key.stringValue }

        mutating func encodeNil(forKey key: Key) throws { box.entries.append((name(key), .scalar(Array("null".utf8)))) }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            box.entries.append((name(key), try TreeEncoder.tree(value, indent: indent, names: names)))
        }
        // The common leaves, printed without going through the generic path and its dynamic casts.
        mutating func encode(_ value: String, forKey key: Key) throws { box.entries.append((name(key), JSONTree.string(value))) }
        mutating func encode(_ value: Double, forKey key: Key) throws { box.entries.append((name(key), JSONTree.number(value))) }
        mutating func encode(_ value: Float, forKey key: Key) throws { box.entries.append((name(key), JSONTree.number(value))) }
        mutating func encode(_ value: Int, forKey key: Key) throws { box.entries.append((name(key), JSONTree.integer(value))) }
        mutating func encode(_ value: Bool, forKey key: Key) throws { box.entries.append((name(key), JSONTree.flag(value))) }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            let nested = JSONTree.Box()
            box.entries.append((name(key), .object(nested)))
            return KeyedEncodingContainer(Keyed<NestedKey>(box: nested, convert: convert, indent: indent + 2, names: names))
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            let nested = JSONTree.Box()
            box.entries.append((name(key), .array(nested)))
            return Unkeyed(box: nested, indent: indent + 2, names: names)
        }

        mutating func superEncoder() -> any Encoder { TreeEncoder(keyConversion: convert) }
        mutating func superEncoder(forKey key: Key) -> any Encoder { TreeEncoder(keyConversion: convert) }
    }

    struct Unkeyed: UnkeyedEncodingContainer {
        let box: JSONTree.Box
        let indent: Int
        let names: KeyNames
        var codingPath: [any CodingKey] = []
        var count: Int { box.entries.count }

        mutating func encodeNil() throws { box.entries.append(("", .scalar(Array("null".utf8)))) }
        mutating func encode<T: Encodable>(_ value: T) throws { box.entries.append(("", try TreeEncoder.tree(value, indent: indent, names: names))) }
        mutating func encode(_ value: String) throws { box.entries.append(("", JSONTree.string(value))) }
        mutating func encode(_ value: Double) throws { box.entries.append(("", JSONTree.number(value))) }
        mutating func encode(_ value: Int) throws { box.entries.append(("", JSONTree.integer(value))) }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            let nested = JSONTree.Box()
            box.entries.append(("", .object(nested)))
            return KeyedEncodingContainer(Keyed<NestedKey>(box: nested, convert: true, indent: indent + 2, names: names))
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            let nested = JSONTree.Box()
            box.entries.append(("", .array(nested)))
            return Unkeyed(box: nested, indent: indent + 2, names: names)
        }

        mutating func superEncoder() -> any Encoder { TreeEncoder(keyConversion: true) }
    }

    struct Single: SingleValueEncodingContainer {
        let encoder: TreeEncoder
        var codingPath: [any CodingKey] = []

        mutating func encodeNil() throws { encoder.root = .scalar(Array("null".utf8)) }
        mutating func encode<T: Encodable>(_ value: T) throws { encoder.root = try TreeEncoder.tree(value, indent: encoder.indent, names: encoder.names) }
        mutating func encode(_ value: String) throws { encoder.root = JSONTree.string(value) }
        mutating func encode(_ value: Double) throws { encoder.root = JSONTree.number(value) }
    }
}

/// JSONEncoder's `.convertToSnakeCase`: words split before capitals, an acronym kept as one word
/// ("myURLThing" → "my_url_thing"). Keys are few and repeat; the conversion is cheap enough uncached.
enum SnakeCase {
    static func convert(_ key: String) -> String {
        // Property names are ASCII: the same rule on bytes, without Unicode property lookups (40 % of encoding).
        if key.utf8.allSatisfy({ $0 < 0x80 }) {
            let bytes = Array(key.utf8)
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 4)
            for (index, byte) in bytes.enumerated() {
                let upper = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")
                if upper, index > 0 {
                    let previousIsUpper = bytes[index - 1] >= UInt8(ascii: "A") && bytes[index - 1] <= UInt8(ascii: "Z")
                    let nextIsLower = index + 1 < bytes.count && bytes[index + 1] >= UInt8(ascii: "a") && bytes[index + 1] <= UInt8(ascii: "z")
                    if !previousIsUpper || nextIsLower { out.append(UInt8(ascii: "_")) }
                }
                out.append(upper ? byte + 32 : byte)
            }
            return String(decoding: out, as: UTF8.self)
        }
        let characters = Array(key)
        guard characters.count > 1 else { return key.lowercased() }
        var words: [String] = []
        var current = String(characters[0])
        for index in 1..<characters.count {
            let character = characters[index]
            if character.isUppercase {
                let previousIsUpper = characters[index - 1].isUppercase
                let nextIsLower = index + 1 < characters.count && characters[index + 1].isLowercase
                if !previousIsUpper || nextIsLower {
                    words.append(current)
                    current = ""
                }
            }
            current.append(character)
        }
        words.append(current)
        return words.map { $0.lowercased() }.joined(separator: "_")
    }
}
