/// Turns Mustache source into `Template.Node`s. Works on UTF-8 bytes: every delimiter is ASCII.
struct TemplateParser {
    private enum Tag {
        case variable(String, escaped: Bool), open(String, inverted: Bool), close(String), comment, partial(String)

        /// Tags that disappear with their whole line when they stand alone on it.
        var canStandAlone: Bool {
            if case .variable = self { return false }
            return true
        }
    }

    private enum Piece {
        case text([UInt8])
        case tag(Tag, line: Int, indentation: [UInt8])
    }

    private let source: [UInt8]

    init(_ source: [UInt8]) { self.source = source }

    func parse() throws -> [Template.Node] {
        let pieces = try lines().flatMap(standalone)
        var stack: [(name: String, inverted: Bool, line: Int, nodes: [Template.Node])] = []
        var nodes: [Template.Node] = []
        for piece in pieces {
            switch piece {
            case .text(let bytes):
                nodes.append(.text(bytes))
            case .tag(.variable(let name, let escaped), _, _):
                nodes.append(.variable(Self.path(name), escaped: escaped))
            case .tag(.partial(let name), _, let indentation):
                nodes.append(.partial(name, indentation: indentation))
            case .tag(.comment, _, _):
                continue
            case .tag(.open(let name, let inverted), let line, _):
                stack.append((name, inverted, line, nodes))
                nodes = []
            case .tag(.close(let name), let line, _):
                guard let open = stack.popLast() else { throw Template.ParseError(line: line, message: "{{/\(name)}} closes nothing") }
                guard open.name == name else {
                    throw Template.ParseError(line: line, message: "{{/\(name)}} closes {{#\(open.name)}} opened on line \(open.line)")
                }
                let section = Template.Node.section(Self.path(name), nodes, inverted: open.inverted)
                nodes = open.nodes + [section]
            }
        }
        if let open = stack.last { throw Template.ParseError(line: open.line, message: "{{#\(open.name)}} is never closed") }
        return Self.merged(nodes)
    }

    /// The source cut into lines, each a list of text and tags.
    private func lines() throws -> [[Piece]] {
        var lines: [[Piece]] = [[]]
        var text: [UInt8] = []
        var index = 0
        var line = 1
        func flushText() { if !text.isEmpty { lines[lines.count - 1].append(.text(text)); text = [] } }
        while index < source.count {
            if source[index] == UInt8(ascii: "{"), index + 1 < source.count, source[index + 1] == UInt8(ascii: "{") {
                flushText()
                let (tag, end) = try readTag(at: index, line: line)
                lines[lines.count - 1].append(.tag(tag, line: line, indentation: []))
                line += source[index..<end].reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
                index = end
            } else {
                text.append(source[index])
                if source[index] == UInt8(ascii: "\n") {
                    flushText()
                    lines.append([])
                    line += 1
                }
                index += 1
            }
        }
        flushText()
        return lines
    }

    /// A line holding one section, comment or partial tag and only spaces is dropped but for the tag;
    /// a standalone partial keeps the line's indentation to apply to each of its lines.
    private func standalone(_ line: [Piece]) -> [Piece] {
        var tag: (Tag, Int)?
        for piece in line {
            switch piece {
            case .text(let bytes) where bytes.allSatisfy(Self.isSpace):
                continue
            case .tag(let found, let number, _) where tag == nil && found.canStandAlone:
                tag = (found, number)
            default:
                return line
            }
        }
        guard let (found, number) = tag else { return line }
        var indentation: [UInt8] = []
        if case .partial = found, case .text(let bytes)? = line.first { indentation = bytes.filter { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") } }
        return [.tag(found, line: number, indentation: indentation)]
    }

    private func readTag(at start: Int, line: Int) throws -> (Tag, Int) {
        var index = start + 2
        let triple = index < source.count && source[index] == UInt8(ascii: "{")
        if triple { index += 1 }
        let closing: [UInt8] = triple ? Array("}}}".utf8) : Array("}}".utf8)
        guard let end = find(closing, from: index) else { throw Template.ParseError(line: line, message: "a tag is never closed") }
        let inside = String(decoding: source[index..<end], as: UTF8.self)
        let after = end + closing.count
        if triple { return (.variable(Self.trimmed(inside), escaped: false), after) }
        guard let sigil = inside.first else { throw Template.ParseError(line: line, message: "an empty tag") }
        let name = Self.trimmed(String(inside.dropFirst()))
        switch sigil {
        case "#": return (.open(name, inverted: false), after)
        case "^": return (.open(name, inverted: true), after)
        case "/": return (.close(name), after)
        case "!": return (.comment, after)
        case ">": return (.partial(name), after)
        case "&": return (.variable(name, escaped: false), after)
        case "=": throw Template.ParseError(line: line, message: "changing delimiters ({{=…=}}) is not supported")
        case "$", "<": throw Template.ParseError(line: line, message: "template inheritance ({{\(sigil)…}}) is not supported")
        default: return (.variable(Self.trimmed(inside), escaped: true), after)
        }
    }

    private func find(_ needle: [UInt8], from start: Int) -> Int? {
        var index = start
        while index + needle.count <= source.count {
            if source[index] == needle[0], Array(source[index..<index + needle.count]) == needle { return index }
            index += 1
        }
        return nil
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }

    private static func trimmed(_ text: String) -> String {
        String(text.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }

    private static func path(_ name: String) -> [String] {
        name == "." ? ["."] : name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    }

    /// Adjacent texts become one node, so rendering appends fewer, longer runs.
    private static func merged(_ nodes: [Template.Node]) -> [Template.Node] {
        var result: [Template.Node] = []
        for node in nodes {
            switch node {
            case .text(let bytes):
                if case .text(let previous)? = result.last { result[result.count - 1] = .text(previous + bytes) } else { result.append(node) }
            case .section(let path, let children, let inverted):
                result.append(.section(path, merged(children), inverted: inverted))
            default:
                result.append(node)
            }
        }
        return result
    }
}
