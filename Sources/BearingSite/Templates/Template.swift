/// A Mustache template compiled once into a tree, so rendering walks nodes instead of re-reading text.
/// Supported: `{{name}}`, `{{{name}}}` and `{{&name}}`, dotted names and `{{.}}`, sections, inverted
/// sections, comments and partials, with the spec's standalone-line rules. Delimiter changes and
/// template inheritance are reported as errors rather than rendered wrongly.
struct Template: Sendable {
    indirect enum Node: Sendable {
        case text([UInt8])
        case variable([String], escaped: Bool)
        case section([String], [Node], inverted: Bool)
        case partial(String, indentation: [UInt8])
    }

    struct ParseError: Error, CustomStringConvertible {
        var line: Int
        var message: String
        var description: String { "line \(line): \(message)" }
    }

    let nodes: [Node]

    init(_ source: String) throws {
        nodes = try TemplateParser(Array(source.utf8)).parse()
    }
}
