import Foundation

/// What `JSONEncoder` writes for `value` with the settings Bearing's JSON promises to match byte for byte
/// (pretty, sorted keys, unescaped slashes, snake_case names): the reference the JSON tests compare against.
public func referenceJSON<T: Encodable>(_ value: T) throws -> [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.keyEncodingStrategy = .convertToSnakeCase
    return Array(try encoder.encode(value))
}

/// The keys of pretty-printed JSON that do not follow the key before them in their object in UTF-8 order (the
/// order JSONEncoder's `.sortedKeys` gives), as "previous > key"; empty when every object's keys are sorted.
/// Each entry of the layout is on its own line, so an object's keys are the key lines at one indentation
/// between its opening and its closing line.
public func unsortedKeys(in bytes: [UInt8]) -> [String] {
    var last: [Int: String] = [:]
    var problems: [String] = []
    for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
        let indent = line.prefix { $0 == " " }.count
        let rest = line.dropFirst(indent)
        if rest.hasPrefix("}") || rest.hasPrefix("]") {
            last = last.filter { $0.key <= indent }
            continue
        }
        guard rest.hasPrefix("\""), let end = rest.range(of: "\" : ") else { continue }
        let quoted = String(rest[..<end.lowerBound]) + "\""
        let key = (try? JSONDecoder().decode(String.self, from: Data(quoted.utf8))) ?? quoted
        if let previous = last[indent], !previous.utf8.lexicographicallyPrecedes(key.utf8) { problems.append("\(previous) > \(key)") }
        last[indent] = key
        // A nested object's keys start afresh.
        last = last.filter { $0.key <= indent }
    }
    return problems
}
