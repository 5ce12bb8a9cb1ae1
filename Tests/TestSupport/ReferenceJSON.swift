import Foundation

/// What `JSONEncoder` writes for `value` with the settings Bearing's JSON promises to match byte for byte
/// (pretty, sorted keys, unescaped slashes, snake_case names): the reference the JSON tests compare against.
public func referenceJSON<T: Encodable>(_ value: T) throws -> [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.keyEncodingStrategy = .convertToSnakeCase
    return Array(try encoder.encode(value))
}
