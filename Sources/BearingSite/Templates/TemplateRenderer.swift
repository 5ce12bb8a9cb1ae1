/// Renders compiled templates into UTF-8 bytes. Names resolve against a stack of values, innermost first,
/// as Mustache specifies; `{{name}}` escapes `& < > " '` and `{{{name}}}` does not.
struct TemplateRenderer: Sendable {
    let templates: [String: Template]

    /// State of one rendering: output, the context stack, and the indentation owed to a standalone partial's next line.
    private struct Output {
        var bytes: [UInt8] = []
        var stack: [TemplateValue] = []
        var indentation: [UInt8] = []
        var atLineStart = false

        mutating func append(text: [UInt8]) {
            guard !indentation.isEmpty else { bytes.append(contentsOf: text); return }
            for byte in text {
                if atLineStart { bytes.append(contentsOf: indentation); atLineStart = false }
                bytes.append(byte)
                if byte == UInt8(ascii: "\n") { atLineStart = true }
            }
        }

        mutating func append(escaping text: String) {
            if atLineStart, !indentation.isEmpty { bytes.append(contentsOf: indentation); atLineStart = false }
            HTMLEscape.append(text, to: &bytes)
        }

        mutating func append(raw text: String) {
            if atLineStart, !indentation.isEmpty { bytes.append(contentsOf: indentation); atLineStart = false }
            bytes.append(contentsOf: text.utf8)
        }
    }

    /// The named template rendered with `context`; an unknown name renders nothing.
    func render(_ name: String, _ context: TemplateValue, capacity: Int = 4096) -> [UInt8] {
        guard let template = templates[name] else { return [] }
        var output = Output()
        output.bytes.reserveCapacity(capacity)
        output.stack = [context]
        render(template.nodes, &output, depth: 0)
        return output.bytes
    }

    private func render(_ nodes: [Template.Node], _ output: inout Output, depth: Int) {
        for node in nodes {
            switch node {
            case .text(let bytes):
                output.append(text: bytes)
            case .variable(let path, let escaped):
                guard let value = Self.lookup(path, output.stack) else { continue }
                let text: String
                switch value {
                case .text(let string): text = string
                case .number(let number): text = String(number)
                case .flag(let flag): text = flag ? "true" : "false"
                case .list, .object: continue
                }
                if escaped { output.append(escaping: text) } else { output.append(raw: text) }
            case .section(let path, let children, let inverted):
                let value = Self.lookup(path, output.stack)
                if inverted {
                    if !(value?.isTruthy ?? false) { render(children, &output, depth: depth) }
                    continue
                }
                guard let value, value.isTruthy else { continue }
                switch value {
                case .list(let elements):
                    for element in elements {
                        output.stack.append(element)
                        render(children, &output, depth: depth)
                        output.stack.removeLast()
                    }
                case .flag:
                    render(children, &output, depth: depth)
                default:
                    output.stack.append(value)
                    render(children, &output, depth: depth)
                    output.stack.removeLast()
                }
            case .partial(let name, let indentation):
                // A partial that includes itself stops at a depth no real template reaches.
                guard let partial = templates[name], depth < 64 else { continue }
                let outer = output.indentation
                output.indentation = outer + indentation
                if !indentation.isEmpty { output.atLineStart = true }
                render(partial.nodes, &output, depth: depth + 1)
                output.indentation = outer
                if !indentation.isEmpty { output.atLineStart = false }
            }
        }
    }

    private static func lookup(_ path: [String], _ stack: [TemplateValue]) -> TemplateValue? {
        guard let first = path.first else { return nil }
        if first == "." { return stack.last }
        for context in stack.reversed() {
            guard var value = context[first] else { continue }
            for key in path.dropFirst() {
                guard let next = value[key] else { return nil }
                value = next
            }
            return value
        }
        return nil
    }
}
