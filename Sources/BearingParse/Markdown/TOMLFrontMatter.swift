import BearingModel

/// TOML front matter between `+++` lines at the very top of a file: what Hugo writes into every page `hugo new` makes
/// (its default format) and the only front matter Zola reads. Read as CommonMark it was a paragraph of the page
/// (`date = '2026-11-02' draft = false title = 'Platform roadmap'` shown above the plan) and its `title`, `team` and
/// `weights` were lost without a word. Its values become the same `YAMLValue`s YAML front matter gives, every scalar as
/// its text (`draft = false` is "false", a date as written), tables (`[params]`, `[[menu.main]]`) as mappings, so each
/// key means what it means in YAML front matter. A line that is not TOML is reported at its line and the rest read.
enum TOMLFrontMatter {
    struct Found {
        var value: YAMLValue
        /// Lines the block takes, its `+++` fences included.
        var lineCount: Int
        var problems: [(line: Int, message: String)]
    }

    /// The block at the top of `lines`, or nil when the file does not open with `+++` closed by another `+++` over
    /// lines that read as TOML (MyST uses a lone `+++` as a block break, never over `key = value` lines).
    static func split(_ lines: [Substring]) -> Found? {
        guard let first = lines.first, first.trimmingTrailingSpace == "+++",
              let close = lines.indices.dropFirst().first(where: { lines[$0].trimmingTrailingSpace == "+++" }) else { return nil }
        let body = lines[1..<close]
        guard let opening = body.first(where: { !$0.trimmed.isEmpty && !$0.trimmed.hasPrefix("#") }),
              opening.trimmed.hasPrefix("[") || keyLine.firstMatch(in: String(opening)) != nil else { return nil }
        var parser = Parser(text: Array(body.joined(separator: "\n").unicodeScalars), firstLine: 2)
        parser.parseDocument()
        return Found(value: .mapping(parser.root, line: 2), lineCount: close + 1, problems: parser.problems)
    }

    /// `title = …`, `"quoted key" = …`, `site.title = …`: a line that opens with a key and an equals sign.
    private static let keyLine = Pattern(#"^\s*(?:[A-Za-z0-9_-]+|"[^"]*"|'[^']*')(?:\s*\.\s*(?:[A-Za-z0-9_-]+|"[^"]*"|'[^']*'))*\s*="#)

    private struct Failure: Error {
        var message: String
    }

    /// A recursive-descent reader of TOML 1.0 over the block's text, keeping each value's line.
    private struct Parser {
        let text: [Unicode.Scalar]
        var index = 0
        var line: Int
        var root: [YAMLEntry] = []
        var problems: [(line: Int, message: String)] = []
        /// The table that keys are written into: `[params]` sets it to ["params"]; an array of tables' newest element
        /// is addressed through the array's key.
        var table: [String] = []

        init(text: [Unicode.Scalar], firstLine: Int) {
            self.text = text
            line = firstLine
        }

        var current: Unicode.Scalar? { index < text.count ? text[index] : nil }

        mutating func advance() {
            if current == "\n" { line += 1 }
            index += 1
        }

        mutating func parseDocument() {
            while current != nil {
                skipBlank()
                guard let scalar = current else { return }
                let start = line
                do {
                    if scalar == "[" { try parseTableHeader() } else { try parseKeyValue() }
                    skipSpaces()
                    if current == "#" { skipComment() }
                    guard current == nil || current == "\n" else { throw Failure(message: "unexpected `\(Character(current ?? " "))` after the value") }
                } catch let failure as Failure {
                    problems.append((line: start, message: failure.message))
                    skipLine()
                } catch {}
            }
        }

        mutating func parseTableHeader() throws {
            advance()
            let array = current == "["
            if array { advance() }
            skipSpaces()
            let path = try parseKey()
            skipSpaces()
            guard current == "]" else { throw Failure(message: "a table header is not closed with `]`") }
            advance()
            if array {
                guard current == "]" else { throw Failure(message: "an array of tables is not closed with `]]`") }
                advance()
                try appendTable(at: path)
            } else {
                try ensureTable(at: path)
            }
            table = path
        }

        mutating func parseKeyValue() throws {
            let pair = try parsePair()
            try insert(pair.value, at: table + pair.path, line: pair.line)
        }

        /// `key = value`, in a table or an inline table: the key's path, its value and the key's line.
        mutating func parsePair() throws -> (path: [String], value: YAMLValue, line: Int) {
            let keyLine = line
            let path = try parseKey()
            skipSpaces()
            guard current == "=" else { throw Failure(message: "`\(path.joined(separator: "."))` has no `=` and value after it") }
            advance()
            skipSpaces()
            return (path, try parseValue(), keyLine)
        }

        /// A dotted key: bare words or quoted strings joined by dots.
        mutating func parseKey() throws -> [String] {
            var parts: [String] = []
            while true {
                skipSpaces()
                guard let scalar = current else { throw Failure(message: "a key is missing") }
                if scalar == "\"" || scalar == "'" {
                    parts.append(try parseString())
                } else {
                    var word = ""
                    while let c = current, c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "_" || c == "-" {
                        word.unicodeScalars.append(c)
                        advance()
                    }
                    guard !word.isEmpty else { throw Failure(message: "`\(Character(scalar))` cannot start a key") }
                    parts.append(word)
                }
                skipSpaces()
                guard current == "." else { return parts }
                advance()
            }
        }

        mutating func parseValue() throws -> YAMLValue {
            let valueLine = line
            guard let scalar = current, scalar != "\n" else { throw Failure(message: "a value is missing after `=`") }
            switch scalar {
            case "\"", "'": return .scalar(try parseString(), line: valueLine)
            case "[": return try parseArray()
            case "{": return try parseInlineTable()
            default:
                // Numbers, booleans, dates and times: read up to what ends a value. A date and a time may be set apart by
                // one space (`1979-05-27 07:32:00`).
                var word = ""
                while let c = current, c != ",", c != "]", c != "}", c != "\n", c != "#" {
                    if c == " " || c == "\t" {
                        let isDate = word.count == 10 && word.unicodeScalars.filter({ $0 == "-" }).count == 2
                        guard isDate, index + 1 < text.count, ("0"..."9").contains(text[index + 1]) else { break }
                    }
                    word.unicodeScalars.append(c)
                    advance()
                }
                guard !word.isEmpty, word.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || ("0"..."9").contains($0) || "+-_.:TZ ".unicodeScalars.contains($0) }) else {
                    throw Failure(message: "`\(word)` is not a TOML value: text needs quotes (`\"\(word)\"`)")
                }
                let plain = word.contains("-") || word.contains(":") ? word : word.replacingAll("_", with: "")
                guard plain == "true" || plain == "false" || plain.first.map({ $0.isNumber || $0 == "+" || $0 == "-" }) == true
                        || ["inf", "nan"].contains(plain) else {
                    throw Failure(message: "`\(word)` is not a TOML value: text needs quotes (`\"\(word)\"`)")
                }
                return .scalar(plain, line: valueLine)
            }
        }

        mutating func parseArray() throws -> YAMLValue {
            let arrayLine = line
            advance()
            var items: [YAMLValue] = []
            while true {
                skipBlank()
                guard let scalar = current else { throw Failure(message: "an array is not closed with `]`") }
                if scalar == "]" { advance(); return .sequence(items, line: arrayLine) }
                items.append(try parseValue())
                skipBlank()
                if current == "," { advance() } else if current != "]" { throw Failure(message: "array items are set apart by commas") }
            }
        }

        mutating func parseInlineTable() throws -> YAMLValue {
            let tableLine = line
            advance()
            var entries: [YAMLEntry] = []
            skipSpaces()
            if current == "}" { advance(); return .mapping(entries, line: tableLine) }
            while true {
                skipSpaces()
                let pair = try parsePair()
                try Self.insert(pair.value, at: pair.path[...], line: pair.line, into: &entries)
                skipSpaces()
                if current == "}" { advance(); return .mapping(entries, line: tableLine) }
                guard current == "," else { throw Failure(message: "an inline table is not closed with `}`") }
                advance()
            }
        }

        /// A basic (`"…"`, with escapes), literal (`'…'`) or multi-line (`"""…"""`, `'''…'''`) string.
        mutating func parseString() throws -> String {
            guard let quote = current else { return "" }
            let multiline = index + 2 < text.count && text[index + 1] == quote && text[index + 2] == quote
            advance()
            if multiline {
                advance()
                advance()
                if current == "\n" { advance() }
            }
            var value = ""
            while true {
                guard let c = current else { throw Failure(message: "a string is not closed with \(quote)") }
                if c == quote {
                    if !multiline { advance(); return value }
                    if index + 2 < text.count, text[index + 1] == quote, text[index + 2] == quote {
                        advance(); advance(); advance()
                        // Up to two quotes may end the string's own text (`""""` closes after one).
                        while current == quote { value.unicodeScalars.append(quote); advance() }
                        return value
                    }
                } else if c == "\n", !multiline {
                    throw Failure(message: "a string is not closed with \(quote) on its line")
                } else if c == "\\", quote == "\"" {
                    advance()
                    try escape(into: &value, multiline: multiline)
                    continue
                }
                value.unicodeScalars.append(c)
                advance()
            }
        }

        mutating func escape(into value: inout String, multiline: Bool) throws {
            guard let c = current else { throw Failure(message: "a string ends in `\\`") }
            let simple: [Unicode.Scalar: Unicode.Scalar] = ["b": "\u{8}", "t": "\t", "n": "\n", "f": "\u{C}", "r": "\r", "\"": "\"", "\\": "\\", "e": "\u{1B}"]
            if let mapped = simple[c] { value.unicodeScalars.append(mapped); advance(); return }
            if c == "u" || c == "U" {
                let width = c == "u" ? 4 : 8
                advance()
                var hex = ""
                for _ in 0..<width { if let d = current { hex.unicodeScalars.append(d); advance() } }
                guard let code = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(code) else { throw Failure(message: "`\\\(c)\(hex)` is no character") }
                value.unicodeScalars.append(scalar)
                return
            }
            // A backslash ending a line of a multi-line string joins it to the next, dropping the blanks between.
            if multiline, c == " " || c == "\t" || c == "\n" {
                while let blank = current, blank == " " || blank == "\t" || blank == "\n" { advance() }
                return
            }
            throw Failure(message: "`\\\(Character(c))` is no escape TOML knows")
        }

        mutating func skipSpaces() {
            while let c = current, c == " " || c == "\t" { advance() }
        }

        /// Blanks, newlines and comments between values.
        mutating func skipBlank() {
            while let c = current {
                if c == " " || c == "\t" || c == "\n" || c == "\r" { advance() } else if c == "#" { skipComment() } else { return }
            }
        }

        mutating func skipComment() {
            while let c = current, c != "\n" { _ = c; advance() }
        }

        mutating func skipLine() {
            skipComment()
            if current == "\n" { advance() }
        }

        mutating func insert(_ value: YAMLValue, at path: [String], line: Int) throws {
            try Self.insert(value, at: path[...], line: line, into: &root)
        }

        mutating func ensureTable(at path: [String]) throws {
            try Self.insert(nil, at: path[...], line: line, into: &root)
        }

        mutating func appendTable(at path: [String]) throws {
            try Self.append(at: path[...], line: line, into: &root)
        }

        /// Writes `value` at `path` below `entries`, making the tables on the way; into an array of tables, the newest
        /// element. With no value, only makes the tables (a `[table]` header). A key written twice is a problem.
        static func insert(_ value: YAMLValue?, at path: ArraySlice<String>, line: Int, into entries: inout [YAMLEntry]) throws {
            guard let key = path.first else { return }
            let rest = path.dropFirst()
            guard let found = entries.firstIndex(where: { $0.key == key }) else {
                if rest.isEmpty {
                    entries.append(YAMLEntry(key: key, value: value ?? .mapping([], line: line), line: line))
                } else {
                    var inner: [YAMLEntry] = []
                    try insert(value, at: rest, line: line, into: &inner)
                    entries.append(YAMLEntry(key: key, value: .mapping(inner, line: line), line: line))
                }
                return
            }
            switch entries[found].value {
            case .mapping(var inner, let at) where !rest.isEmpty:
                try insert(value, at: rest, line: line, into: &inner)
                entries[found].value = .mapping(inner, line: at)
            case .sequence(var items, let at) where !rest.isEmpty:
                guard case .mapping(var inner, let itemLine)? = items.last else { throw Failure(message: "`\(key)` is written twice (first at line \(entries[found].line))") }
                try insert(value, at: rest, line: line, into: &inner)
                items[items.count - 1] = .mapping(inner, line: itemLine)
                entries[found].value = .sequence(items, line: at)
            case .mapping where value == nil && rest.isEmpty:
                return
            default:
                throw Failure(message: "`\(key)` is written twice (first at line \(entries[found].line))")
            }
        }

        /// A new element of the array of tables at `path` (`[[menu.main]]`).
        static func append(at path: ArraySlice<String>, line: Int, into entries: inout [YAMLEntry]) throws {
            guard let key = path.first else { return }
            let rest = path.dropFirst()
            let found = entries.firstIndex { $0.key == key }
            if rest.isEmpty {
                guard let found else {
                    entries.append(YAMLEntry(key: key, value: .sequence([.mapping([], line: line)], line: line), line: line))
                    return
                }
                guard case .sequence(var items, let at) = entries[found].value else {
                    throw Failure(message: "`\(key)` is written twice (first at line \(entries[found].line))")
                }
                items.append(.mapping([], line: line))
                entries[found].value = .sequence(items, line: at)
                return
            }
            guard let found else {
                var inner: [YAMLEntry] = []
                try append(at: rest, line: line, into: &inner)
                entries.append(YAMLEntry(key: key, value: .mapping(inner, line: line), line: line))
                return
            }
            switch entries[found].value {
            case .mapping(var inner, let at):
                try append(at: rest, line: line, into: &inner)
                entries[found].value = .mapping(inner, line: at)
            case .sequence(var items, let at):
                guard case .mapping(var inner, let itemLine)? = items.last else { throw Failure(message: "`\(key)` is written twice (first at line \(entries[found].line))") }
                try append(at: rest, line: line, into: &inner)
                items[items.count - 1] = .mapping(inner, line: itemLine)
                entries[found].value = .sequence(items, line: at)
            default:
                throw Failure(message: "`\(key)` is written twice (first at line \(entries[found].line))")
            }
        }
    }
}
