import BearingModel
import Foundation
import Yams

/// A YAML value with the line it starts on, so config and front-matter findings point at `file:line`.
/// Yams stays behind this type: no Yams node leaves the module.
package indirect enum YAMLValue: Hashable, Sendable {
    case scalar(String, line: Int)
    case sequence([YAMLValue], line: Int)
    case mapping([YAMLEntry], line: Int)

    package var line: Int {
        switch self {
        case .scalar(_, let line), .sequence(_, let line), .mapping(_, let line): line
        }
    }

    package var string: String? {
        if case .scalar(let text, _) = self { return text }
        return nil
    }

    /// A scalar, or a sequence of scalars joined with ", " (for `owners: [a, b]` and `owners: a, b` alike).
    package var listText: String? {
        switch self {
        case .scalar(let text, _): text
        case .sequence(let items, _): items.compactMap(\.string).joined(separator: ", ")
        case .mapping: nil
        }
    }

    package var entries: [YAMLEntry] {
        if case .mapping(let entries, _) = self { return entries }
        return []
    }

    package subscript(key: String) -> YAMLValue? {
        entries.first { $0.key.lowercased() == key.lowercased() }?.value
    }
}

package struct YAMLEntry: Hashable, Sendable {
    package var key: String
    package var value: YAMLValue
    package var line: Int
}

/// Reads YAML text into a `YAMLValue`, turning every failure into a located message.
enum YAMLReader {
    /// Deeper flow nesting than this is refused before parsing: Yams composes recursively.
    static let maxDepth = 64
    static let maxBytes = 256 * 1024

    struct Failure: Error {
        var message: String
        var line: Int
    }

    /// `lineOffset` is added to every line so positions are those of the enclosing file.
    static func read(_ text: String, lineOffset: Int = 0) -> Result<YAMLValue?, Failure> {
        if text.utf8.count > maxBytes {
            return .failure(Failure(message: "YAML block is larger than \(maxBytes / 1024) KiB", line: lineOffset + 1))
        }
        if let line = lineOfExcessiveNesting(text) {
            return .failure(Failure(message: "YAML nests deeper than \(maxDepth) levels", line: lineOffset + line))
        }
        if var excess = YAMLAliasBudget.excess(in: text) {
            excess.line += lineOffset
            return .failure(excess)
        }
        do {
            // UTF-8 named outright: Yams' default reads the whole process environment on every call.
            guard let node = try Yams.compose(yaml: text, .default, .default, .utf8) else { return .success(nil) }
            return .success(convert(node, lineOffset: lineOffset, depth: 0))
        } catch {
            return .failure(failure(for: error, lineOffset: lineOffset))
        }
    }

    /// A composing error as a located message.
    static func failure(for error: any Error, lineOffset: Int) -> Failure {
        guard let error = error as? YamlError else { return Failure(message: "\(error)", line: lineOffset + 1) }
        return describe(error, lineOffset: lineOffset)
    }

    private static func convert(_ node: Node, lineOffset: Int, depth: Int) -> YAMLValue {
        let line = lineOffset + (node.mark?.line ?? 1)
        guard depth < maxDepth else { return .scalar("", line: line) }
        switch node {
        case .scalar(let scalar):
            return .scalar(scalar.string, line: line)
        case .sequence(let sequence):
            return .sequence(sequence.map { convert($0, lineOffset: lineOffset, depth: depth + 1) }, line: line)
        case .mapping(let mapping):
            let entries = mapping.map { key, value in
                YAMLEntry(key: key.string ?? "", value: convert(value, lineOffset: lineOffset, depth: depth + 1),
                          line: lineOffset + (key.mark?.line ?? 1))
            }
            return .mapping(entries, line: line)
        case .alias:
            return .scalar("", line: line)
        }
    }

    private static func describe(_ error: YamlError, lineOffset: Int) -> Failure {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let detail = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
            // An unclosed `[`, `{` or quote is found where the text ends, lines later; the line to fix is where it opened.
            let opened = context.flatMap { $0.text.contains("flow") || $0.text.contains("quoted") ? $0.mark.line : nil }
            return Failure(message: detail, line: lineOffset + (opened ?? mark.line))
        case .reader(let problem, _, _, _):
            return Failure(message: problem, line: lineOffset + 1)
        default:
            return Failure(message: "\(error)", line: lineOffset + 1)
        }
    }

    /// The line where `[`/`{` flow nesting or block indentation first exceeds `maxDepth`, if it does.
    private static func lineOfExcessiveNesting(_ text: String) -> Int? {
        var depth = 0
        var line = 1
        var quote: Character?
        for character in text {
            if character == "\n" || character == "\r\n" { line += 1; continue }
            if let open = quote { if character == open { quote = nil }; continue }
            switch character {
            case "\"", "'": quote = character
            case "[", "{": depth += 1; if depth > maxDepth { return line }
            case "]", "}": depth = max(0, depth - 1)
            default: break
            }
        }
        return nil
    }
}
