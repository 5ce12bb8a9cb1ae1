/// Zola's shortcodes, read as `HugoShortcodes` reads Hugo's: `{{ name(key="value", …) }}` is drawn where it stands
/// (`{{ youtube(id="…") }}`, a footnote mark), and `{% name(…) %}` … `{% end %}` wraps a body (`{% note(title="Heads
/// up") %}`, tabi's `{% admonition(type="warning") %}`, Duckquill's `{% alert(note=true) %}`, `{% details(summary="…")
/// %}`). Read as CommonMark they were words of the page, and a `{% end %}` right under a list ran on into its last item's
/// title ("SSO {% end %}"). Zola's arguments are all named; a call with a bare or quoted argument (`{{ url_for('x') }}`,
/// a template engine's, not Zola's) is no shortcode and stays as written, and so does a commented one (`{{/* … */}}`).
extension HugoShortcodes.Token {
    /// The Zola shortcode at `open` (`{{` or `{%`), and where to look on from.
    static func zola(in text: String, open: String.Index, line: Int) -> (HugoShortcodes.Token?, String.Index) {
        let body = text[text.index(after: open)] == "%"
        var index = text.index(open, offsetBy: 2)
        func skipSpaces() { while index < text.endIndex, text[index] == " " || text[index] == "\t" { index = text.index(after: index) } }
        skipSpaces()
        if text[index...].hasPrefix("/*") {
            return (nil, text.range(of: body ? "*/%}" : "*/}}", range: index..<text.endIndex)?.upperBound ?? text.endIndex)
        }
        let nameStart = index
        while index < text.endIndex, text[index].isASCII, text[index].isLetter || text[index].isNumber || text[index] == "_" {
            index = text.index(after: index)
        }
        let name = String(text[nameStart..<index])
        guard let first = name.first, first.isLetter || first == "_" else { return (nil, index) }
        skipSpaces()
        let closer = body ? "%}" : "}}"
        if body, name == "end", text[index...].hasPrefix(closer) {
            let range = open..<text.index(index, offsetBy: 2)
            return (HugoShortcodes.Token(line: line, range: range, name: "end", closing: true, selfClosing: false, positional: [], named: [:],
                                         alone: alone(range, in: text), zola: true), range.upperBound)
        }
        guard index < text.endIndex, text[index] == "(" else { return (nil, index) }
        // Looking on from where the arguments stopped being Zola's keeps a long line of unclosed calls linear.
        let (arguments, after) = arguments(text, from: index)
        guard let named = arguments else { return (nil, after) }
        index = after
        skipSpaces()
        guard text[index...].hasPrefix(closer) else { return (nil, after) }
        let range = open..<text.index(index, offsetBy: 2)
        return (HugoShortcodes.Token(line: line, range: range, name: name.lowercased(), closing: false, selfClosing: !body, positional: [],
                                     named: named, alone: alone(range, in: text), zola: true), range.upperBound)
    }

    /// `(type="warning", title='Risks', open=true, tags=["a", "b"])` from its opening bracket: each argument by its
    /// lowercased name, quotes taken off a string (an array is kept as written), and the index after the closing
    /// bracket; no arguments, with where reading stopped, when one has no name (not Zola's call) or the bracket is never
    /// closed on the line.
    private static func arguments(_ text: String, from open: String.Index) -> ([String: String]?, String.Index) {
        var named: [String: String] = [:]
        var key = ""
        var value = ""
        var inValue = false
        var depth = 0
        func finish() -> Bool {
            let name = key.trimmed
            defer { key = ""; value = ""; inValue = false }
            if name.isEmpty, !inValue { return true }
            guard inValue, let first = name.first, first.isLetter || first == "_",
                  name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) else { return false }
            named[name.lowercased()] = value.trimmed
            return true
        }
        var index = text.index(after: open)
        while index < text.endIndex {
            let character = text[index]
            if character == "\"" || character == "'" || character == "`" {
                guard inValue else { return (nil, index) }
                var end = text.index(after: index)
                var quoted = ""
                while end < text.endIndex, text[end] != character {
                    if character == "\"", text[end] == "\\", text.index(after: end) < text.endIndex { end = text.index(after: end) }
                    quoted.append(text[end])
                    end = text.index(after: end)
                }
                guard end < text.endIndex else { return (nil, end) }
                value += depth > 0 ? String(character) + quoted + String(character) : quoted
                index = text.index(after: end)
                continue
            }
            switch character {
            case ")" where depth == 0:
                return finish() ? (named, text.index(after: index)) : (nil, index)
            case "," where depth == 0:
                guard finish() else { return (nil, index) }
            case "=" where depth == 0 && !inValue:
                inValue = true
            case "(", "[":
                depth += 1
                value.append(character)
            case ")", "]":
                depth -= 1
                value.append(character)
            default:
                if inValue { value.append(character) } else { key.append(character) }
            }
            index = text.index(after: index)
        }
        return (nil, index)
    }
}

extension HugoShortcodes {
    /// The page's own parameters, as Hugo's `param` shortcode finds them first: a top-level key of its front matter
    /// (YAML or TOML), or one under `params`. Only plain values: a list or a table is no words to put in a sentence.
    struct PageParams {
        private let lines: ArraySlice<String>
        private let toml: Bool

        init(lines: [String], end: Int) {
            toml = end > 0 && lines[0].trimmed == "+++"
            self.lines = end >= 2 ? lines[1..<(end - 1)] : []
        }

        func value(_ key: String) -> String? {
            let wanted = key.lowercased()
            var table: String?
            for line in lines {
                let text = line.trimmed
                guard !text.isEmpty, !text.hasPrefix("#") else { continue }
                let indented = line.first == " " || line.first == "\t"
                if toml, text.hasPrefix("[") {
                    table = String(text.dropFirst().prefix { $0 != "]" }).trimmed.lowercased()
                    continue
                }
                if !toml, !indented { table = text.lowercased().hasPrefix("params:") ? "params" : nil }
                guard toml ? (table == nil || table == "params") : (!indented || table == "params") else { continue }
                guard let separator = text.firstIndex(of: toml ? "=" : ":") else { continue }
                var name = text[..<separator].trimmed
                if let quote = name.first, quote == "\"" || quote == "'", name.count >= 2, name.last == quote { name = String(name.dropFirst().dropLast()) }
                guard name.lowercased() == wanted else { continue }
                var written = text[text.index(after: separator)...].trimmed
                if let quote = written.first, quote == "\"" || quote == "'" {
                    // `version = '3.1' # the next one`: the quoted words, not the comment after them.
                    guard let close = written.dropFirst().firstIndex(of: quote) else { return nil }
                    written = String(written[written.index(after: written.startIndex)..<close])
                } else if let comment = written.range(of: " #") {
                    written = String(written[..<comment.lowerBound]).trimmed
                }
                guard !written.isEmpty, !"[{|>".contains(written.first ?? "["), !written.contains("\n") else { return nil }
                return written
            }
            return nil
        }
    }
}
