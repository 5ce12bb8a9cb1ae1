import BearingModel

/// Turns an `.mdx` file into Markdown that cmark reads, keeping every line where it was:
/// - `import` / `export` statements (with their continuation lines) become empty lines;
/// - JSX tags (`<Callout type="info">`, `</Callout>`, `<TeamMember name="Ada"/>`, `<>`) are removed, the text
///   between them is kept, and so are the attributes that carry names (`name=`, `title=`, `label=`, `author=`…):
///   `(Driver: <TeamMember name="Ada"/>)` reads as `(Driver: Ada)`;
/// - `{/* comments */}` are removed.
/// Code (fenced blocks and inline code spans) is left alone. Text inside a line is replaced by spaces, so the
/// rest of the line keeps its columns, except at the start or end of a line, where spaces would change what
/// cmark reads (four leading spaces are code; two trailing ones a line break) and the tag is removed instead.
enum MDXPreprocessor {
    /// Attributes whose string value is text a reader sees: a person, a title, a label.
    static let keptAttributes: Set<String> = [
        "name", "title", "label", "author", "authors", "owner", "owners", "driver", "person", "user", "username",
        "handle", "github", "alt", "text", "children", "value", "status",
    ]

    static func rewrite(_ text: String) -> String {
        var lines = text.splitLines().map(Array.init)
        var code = Array(repeating: false, count: lines.count)
        markStatementsAndCode(&lines, code: &code)
        for index in lines.indices where !code[index] { lines[index] = trailingOwners(lines[index]) }
        var scanner = TagScanner(lines: lines, code: code)
        scanner.run()
        return scanner.lines.map { String($0) }.joined(separator: "\n")
    }

    /// `#### Ship a Java SDK <TeamMember name="Ada" photo />`: person tags that end a heading name the people who own it,
    /// as PostHog's handbook writes its objectives. They become `(Owners: Ada, …)`, which the title reader takes out of the
    /// title; a name inside the heading's words stays there.
    /// So do person tags that end a bold title line (`**Objective 1: Spread the load <TeamMember name="Ada" />**`, the
    /// data team's page): the bold closes before them and the names follow it, `**Objective 1: Spread the load** (Owners:
    /// Ada)`, keeping the line's trailing hard break.
    static func trailingOwners(_ line: [Character]) -> [Character] {
        let text = String(line)
        // "- Add configuration as code – <TeamMember name="Hugues Pouillot" />": a list item whose person tags follow a
        // dash after its words names who does that item, as `— @hugues` does.
        if line.first != "#", let match = dashedPeople.firstMatchWithRange(in: text), listItem.matches(text) {
            let names = personName.allMatches(in: String(text[match.range])).compactMap { $0[1] ?? $0[2] }
            guard !names.isEmpty else { return line }
            return Array(String(text[..<match.range.lowerBound]) + " (Owners: " + names.joined(separator: ", ") + ")")
        }
        if line.first != "#" {
            guard line.contains("*") || line.contains("_"), let match = trailingBoldPeople.firstMatchWithRange(in: text),
                  let close = match.groups[1], let breakSpaces = match.groups[2] else { return line }
            let head = String(text[..<match.range.lowerBound])
            guard head.contains(close), !endsInSentence(head) else { return line }
            let names = personName.allMatches(in: String(text[match.range])).compactMap { $0[1] ?? $0[2] }
            guard !names.isEmpty else { return line }
            return Array(head + close + " (Owners: " + names.joined(separator: ", ") + ")" + breakSpaces)
        }
        guard let match = trailingPeople.firstMatchWithRange(in: text), !endsInSentence(String(text[..<match.range.lowerBound])) else {
            return line
        }
        let names = personName.allMatches(in: String(text[match.range])).compactMap { $0[1] ?? $0[2] }
        guard !names.isEmpty else { return line }
        return Array(String(text[..<match.range.lowerBound]) + " (Owners: " + names.joined(separator: ", ") + ")")
    }

    /// "**Ship the new SDKs with help from <TeamMember name="Ana" />**": words that end with a word that wants a name after
    /// it (a preposition, "and") take the tag as the sentence's own, so it stays in the title rather than naming its owner.
    private static func endsInSentence(_ head: String) -> Bool {
        let last = head.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "*" || $0 == "_" }).last.map { $0.lowercased() } ?? ""
        return sentenceWords.contains(last)
    }

    private static let sentenceWords: Set<String> = [
        "from", "with", "and", "or", "to", "for", "of", "thanks", "via", "including", "ask", "contact", "&",
    ]
    private static let personTag = #"<[A-Z][A-Za-z0-9]*(?:Member|Person|User|Author|Owner|Profile|Avatar)\b[^<>]*/>"#
    private static let trailingPeople = Pattern(#"(?:\s*"# + personTag + #")+\s*$"#, caseInsensitive: false)
    private static let dashedPeople = Pattern(#"\s+[-–—]\s*(?:"# + personTag + #"\s*)+$"#, caseInsensitive: false)
    private static let listItem = Pattern(#"^\s*(?:[-*+]|[0-9]{1,9}[.)])\s+\S"#)
    private static let trailingBoldPeople = Pattern(#"(?:\s*"# + personTag + #")+\s*(\*\*|__)([ \t]*)$"#, caseInsensitive: false)
    private static let personName = Pattern(#"\bname=(?:"([^"]*)"|\{"([^"]*)"\})"#)

    /// Blanks `import`/`export` statements and marks fenced code lines, which are left untouched.
    private static func markStatementsAndCode(_ lines: inout [[Character]], code: inout [Bool]) {
        var fence: (character: Character, count: Int)?
        var openBrackets = 0
        var continued = false
        var index = 0
        // YAML front matter is not MDX.
        if lines.first.map({ String($0).trimmed == "---" }) == true {
            index = 1
            while index < lines.count, !["---", "..."].contains(String(lines[index]).trimmed) { index += 1 }
            index += 1
        }
        while index < lines.count {
            let line = lines[index]
            let trimmed = String(line).trimmed
            if let open = fence {
                code[index] = true
                if trimmed.allSatisfy({ $0 == open.character }), trimmed.count >= open.count { fence = nil }
            } else if let marker = trimmed.first, marker == "`" || marker == "~", trimmed.prefix(while: { $0 == marker }).count >= 3 {
                fence = (marker, trimmed.prefix(while: { $0 == marker }).count)
                code[index] = true
            } else if continued || line.first != " " && (trimmed.hasPrefix("import ") || trimmed.hasPrefix("import{")
                        || trimmed.hasPrefix("export ")) {
                openBrackets = max(0, openBrackets + bracketBalance(line))
                // `import Callout from` goes on with the module on the next line.
                continued = openBrackets > 0 || ["from", ",", "=", "=>"].contains { trimmed.hasSuffix($0) }
                lines[index] = []
            }
            index += 1
        }
    }

    /// Opening minus closing brackets on a line, outside string literals.
    private static func bracketBalance(_ line: [Character]) -> Int {
        var balance = 0
        var quote: Character?
        for character in line {
            if let open = quote { if character == open { quote = nil }; continue }
            switch character {
            case "\"", "'", "`": quote = character
            case "{", "(", "[": balance += 1
            case "}", ")", "]": balance -= 1
            default: break
            }
        }
        return balance
    }
}

/// Walks the text character by character (tags may span lines), replacing tags and comments.
private struct TagScanner {
    var lines: [[Character]]
    let code: [Bool]

    mutating func run() {
        var line = 0
        var column = 0
        while line < lines.count {
            if code[line] || column >= lines[line].count { line += 1; column = 0; continue }
            let character = lines[line][column]
            if character == "`" {
                column = afterCodeSpan(line: line, column: column)
            } else if character == "<", let end = tagEnd(line: line, column: column) {
                (line, column) = replace(from: (line, column), to: end.position, with: end.kept)
            } else if character == "{", let end = commentEnd(line: line, column: column) {
                (line, column) = replace(from: (line, column), to: end, with: "")
            } else {
                column += 1
            }
        }
    }

    /// Inline code runs to the next backtick run of the same length on the line; an unmatched run is text.
    private func afterCodeSpan(line: Int, column: Int) -> Int {
        let text = lines[line]
        var run = 0
        while column + run < text.count, text[column + run] == "`" { run += 1 }
        var index = column + run
        while index < text.count {
            if text[index] == "`" {
                var other = 0
                while index + other < text.count, text[index + other] == "`" { other += 1 }
                if other == run { return index + other }
                index += other
            } else {
                index += 1
            }
        }
        return column + run
    }

    /// A cursor over the characters after a position, across lines (a newline reads as "\n").
    private struct Cursor {
        var line: Int
        var column: Int
    }

    private func peek(_ cursor: Cursor) -> Character? {
        guard cursor.line < lines.count else { return nil }
        if cursor.column < lines[cursor.line].count { return lines[cursor.line][cursor.column] }
        return cursor.line + 1 < lines.count ? "\n" : nil
    }

    private func advance(_ cursor: inout Cursor) {
        if cursor.column < lines[cursor.line].count { cursor.column += 1 } else { cursor.line += 1; cursor.column = 0 }
    }

    private static func isNameCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || "_.:-".contains(character)
    }

    /// Where a JSX tag starting at `<` ends, and the text it keeps; nil when it is not a tag (`a < b`, `<https://…>`).
    private func tagEnd(line: Int, column: Int) -> (position: (Int, Int), kept: String)? {
        var cursor = Cursor(line: line, column: column + 1)
        if peek(cursor) == "/" { advance(&cursor) }
        if peek(cursor) == ">" { advance(&cursor); return ((cursor.line, cursor.column), "") }
        guard let first = peek(cursor), first.isLetter else { return nil }
        while let next = peek(cursor), Self.isNameCharacter(next) { advance(&cursor) }
        var kept: [String] = []
        while true {
            while let next = peek(cursor), next == " " || next == "\t" || next == "\n" { advance(&cursor) }
            guard let next = peek(cursor) else { return nil }
            if next == ">" { advance(&cursor); break }
            if next == "/" {
                advance(&cursor)
                guard peek(cursor) == ">" else { return nil }
                advance(&cursor)
                break
            }
            if next == "{" {
                guard skipExpression(&cursor) != nil else { return nil }
                continue
            }
            guard next.isLetter else { return nil }
            var name = ""
            while let character = peek(cursor), Self.isNameCharacter(character) { name.append(character); advance(&cursor) }
            guard peek(cursor) == "=" else { continue }
            advance(&cursor)
            switch peek(cursor) {
            case "\""?, "'"?:
                guard let value = readString(&cursor) else { return nil }
                if MDXPreprocessor.keptAttributes.contains(name.lowercased()), !value.trimmed.isEmpty { kept.append(value.trimmed) }
            case "{"?:
                guard let value = skipExpression(&cursor) else { return nil }
                // `name={"Ada"}` is a string too.
                let inner = value.trimmed
                if MDXPreprocessor.keptAttributes.contains(name.lowercased()), inner.count >= 2,
                   let quote = inner.first, quote == "\"" || quote == "'", inner.last == quote {
                    kept.append(String(inner.dropFirst().dropLast()))
                }
            default:
                return nil
            }
        }
        return ((cursor.line, cursor.column), kept.joined(separator: ", "))
    }

    private func readString(_ cursor: inout Cursor) -> String? {
        guard let quote = peek(cursor) else { return nil }
        advance(&cursor)
        var value = ""
        while let character = peek(cursor) {
            advance(&cursor)
            if character == quote { return value }
            value.append(character == "\n" ? " " : character)
        }
        return nil
    }

    /// Skips a balanced `{…}` and returns what was inside.
    private func skipExpression(_ cursor: inout Cursor) -> String? {
        var depth = 0
        var inside = ""
        while let character = peek(cursor) {
            advance(&cursor)
            if character == "\"" || character == "'" || character == "`" {
                var quoted = ""
                while let next = peek(cursor) {
                    advance(&cursor)
                    if next == character { break }
                    quoted.append(next)
                }
                inside += String(character) + quoted + String(character)
                continue
            }
            if character == "{" { depth += 1; if depth == 1 { continue } }
            if character == "}" { depth -= 1; if depth == 0 { return inside } }
            inside.append(character)
        }
        return nil
    }

    /// `{/* … */}` ends after its closing brace.
    private func commentEnd(line: Int, column: Int) -> (Int, Int)? {
        var cursor = Cursor(line: line, column: column + 1)
        while peek(cursor) == " " { advance(&cursor) }
        guard peek(cursor) == "/" else { return nil }
        advance(&cursor)
        guard peek(cursor) == "*" else { return nil }
        var previous: Character = " "
        while let character = peek(cursor) {
            advance(&cursor)
            if previous == "*", character == "/" {
                while peek(cursor) == " " { advance(&cursor) }
                guard peek(cursor) == "}" else { return nil }
                advance(&cursor)
                return (cursor.line, cursor.column)
            }
            previous = character
        }
        return nil
    }

    /// Replaces the span with `kept` then spaces; newlines inside stay, so line numbers do not move.
    /// At the start or end of a line the span is removed outright (see `MDXPreprocessor`).
    /// Returns where scanning continues.
    private mutating func replace(from start: (Int, Int), to end: (Int, Int), with kept: String) -> (Int, Int) {
        var resume = end
        for line in start.0...min(end.0, lines.count - 1) {
            let from = line == start.0 ? start.1 : 0
            let to = line == end.0 ? min(end.1, lines[line].count) : lines[line].count
            guard from <= to else { continue }
            let before = lines[line][..<from]
            let after = lines[line][to...]
            // A tag that closes a bold or italic span (`**Ship it <Badge />**`) is at the end of the line too: spaces
            // before the closing `**` would leave the span open.
            let atEdge = before.allSatisfy { $0 == " " || $0 == "\t" } || after.allSatisfy { " \t*_".contains($0) }
            let text = line == start.0 ? Array(kept) : []
            let padding = atEdge ? [] : Array(repeating: Character(" "), count: max(0, (to - from) - text.count))
            lines[line] = Array(before) + text + padding + Array(after)
            if line == end.0 { resume = (line, before.count + text.count + padding.count) }
        }
        return resume
    }
}
