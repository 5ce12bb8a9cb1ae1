import BearingModel

/// What plain cmark leaves inside paragraphs and headings that Bearing reads itself: GitHub pipe tables
/// and trailing `(Owner: …)` fields. Both are cut from the source lines, so cells and values keep their
/// file positions.
extension TreeConverter {
    /// Most paragraphs have no pipe at all; only those with one are looked at line by line.
    static func mayHoldTable(_ content: [Inline]) -> Bool {
        content.contains { inline in
            if case .text(let text) = inline { return text.utf8.contains(UInt8(ascii: "|")) }
            return false
        }
    }

    /// Line `relative` (1-based) of the parsed text.
    mutating func sourceLine(_ relative: Int) -> Substring {
        if sourceLines == nil { sourceLines = text.splitLines() }
        guard let lines = sourceLines, relative >= 1, relative <= lines.count else { return "" }
        return lines[relative - 1]
    }

    /// A row without its container markers (indentation, `>`), and the column it starts at.
    /// The paragraph's first line starts at cmark's column; later lines are stripped of spaces and quote markers.
    mutating func rowText(_ relative: Int, firstColumn: Int?) -> (text: Substring, column: Int) {
        let line = sourceLine(relative)
        if let firstColumn {
            let offset = min(max(0, firstColumn - 1), line.utf8.count)
            let start = line.utf8.index(line.startIndex, offsetBy: offset)
            return (line[start...], line.distance(from: line.startIndex, to: start) + 1)
        }
        var start = line.startIndex
        var quotes = quoteDepth
        while start < line.endIndex {
            let character = line[start]
            if character == " " || character == "\t" { start = line.index(after: start); continue }
            if character == ">" && quotes > 0 { quotes -= 1; start = line.index(after: start); continue }
            break
        }
        return (line[start...], line.distance(from: line.startIndex, to: start) + 1)
    }

    /// Splits a paragraph at its table, if it holds one: the prose before the header row stays a paragraph.
    mutating func table(in content: [Inline], from start: Int, through end: Int, column: Int, depth: Int) -> [Block]? {
        var rows: [(text: Substring, column: Int)] = []
        for relative in start...end { rows.append(rowText(relative, firstColumn: relative == start ? column : nil)) }
        var found: (index: Int, delimiter: TableSyntax.Delimiter)?
        for index in rows.indices.dropFirst() where TableSyntax.hasPipe(rows[index - 1].text) {
            if let delimiter = TableSyntax.delimiter(rows[index].text) { found = (index, delimiter); break }
        }
        guard let (delimiterIndex, delimiter) = found else { return nil }
        let headerIndex = delimiterIndex - 1
        let header = cells(rows[headerIndex], line: start + headerIndex + lineOffset)
        let delimiterLine = start + delimiterIndex + lineOffset
        var alignments: [TableAlignment] = []
        switch delimiter {
        case .valid(let read) where read.count == header.count:
            alignments = read
        case .valid(let read):
            diagnostics.warning(.tableMalformed, "the table's header has \(header.count) cells but its delimiter row has \(read.count); GitHub shows it as text",
                                line: delimiterLine, column: rows[delimiterIndex].column,
                                fix: "give the delimiter row one `---` per header cell")
        case .malformed:
            diagnostics.warning(.tableMalformed, "the table's delimiter row is not valid (each cell is `---`, `:--`, `--:` or `:-:`); GitHub shows it as text",
                                line: delimiterLine, column: rows[delimiterIndex].column,
                                fix: "write it as `|\(Array(repeating: "---", count: max(1, header.count)).joined(separator: "|"))|`")
        }
        if alignments.isEmpty { alignments = Array(repeating: .none, count: header.count) }
        var body: [[TableCell]] = []
        for index in rows.indices where index > delimiterIndex {
            body.append(cells(rows[index], line: start + index + lineOffset))
        }
        let table = Block(.table(header: header, rows: body, alignments: alignments), line: start + headerIndex + lineOffset,
                          column: rows[headerIndex].column, endLine: end + lineOffset)
        guard headerIndex > 0 else { return [table] }
        let prose = Self.leadingLines(content, count: headerIndex)
            ?? [.text(rows[..<headerIndex].map { $0.text.trimmed }.joined(separator: " "))]
        return [Block(.paragraph(prose), line: start + lineOffset, column: column, endLine: start + headerIndex - 1 + lineOffset), table]
    }

    private mutating func cells(_ row: (text: Substring, column: Int), line: Int) -> [TableCell] {
        var result: [TableCell] = []
        for cell in TableSyntax.split(row.text, column: row.column) {
            let source = String(cell.text)
            let definitions = source.contains("]") ? linkDefinitions() : ""
            result.append(TableCell(Self.breakingLines(inlineContent(source, definitions: definitions)), line: line, column: cell.column))
        }
        return result
    }

    /// A cell's `<br>` tags as line breaks: a pipe table's cell is one source line, so the tag is how Confluence, Notion
    /// and hand-written tables put lines in one ("Signed in January<br>Covers 12 schools"). Left as HTML, the cell's
    /// text glued the lines together ("Signed in JanuaryCovers 12 schools") and the site, which drops raw HTML, did too.
    static func breakingLines(_ content: [Inline]) -> [Inline] {
        guard content.contains(where: { if case .html = $0 { true } else { false } }) else { return content }
        return content.map { inline in
            guard case .html(let tag) = inline else { return inline }
            let compact = tag.lowercased().filter { !$0.isWhitespace }
            return ["<br>", "<br/>", "</br>"].contains(compact) ? .lineBreak : inline
        }
    }

    /// Lines of the text that define a link reference (`[ada]: https://github.com/ada`), joined, read once.
    private mutating func linkDefinitions() -> String {
        if let referenceDefinitions { return referenceDefinitions }
        if sourceLines == nil { sourceLines = text.splitLines() }
        let found = (sourceLines ?? []).filter { Self.linkDefinition.matches(String($0)) }.joined(separator: "\n")
        referenceDefinitions = found
        return found
    }

    private static let linkDefinition = Pattern(#"^ {0,3}\[[^\]]+\]:\s*\S+"#)

    /// The inlines of the paragraph's first `count` lines, or nil when soft breaks do not mark its lines.
    static func leadingLines(_ content: [Inline], count: Int) -> [Inline]? {
        var breaks = 0
        for (index, inline) in content.enumerated() {
            if case .softBreak = inline { breaks += 1 } else if case .lineBreak = inline { breaks += 1 } else { continue }
            if breaks == count { return Array(content[..<index]) }
        }
        return nil
    }

    /// The keys that start fields written in parentheses at the end of a heading or paragraph: who owns it, and
    /// the few fields people write beside a title (`(owner: @mkhan, priority: open data)`, `(Status: at risk)`).
    static let fieldKeys: Set<String> = ["driver", "drivers", "owner", "owners", "dri", "lead", "leads", "led by", "champion",
                                         "priority", "priorities", "aligns to", "status", "team", "due", "eta"]

    /// `Title (Driver: Ada)` → `Title` and the field `Driver: Ada`; `Title (owner: @a, priority: growth)` → `Title` and
    /// both fields. Each value's column comes from the source line. `line` is the file line the content ends on.
    mutating func trailingField(_ content: [Inline], line: Int) -> ([Inline], [InlineField]) {
        // Cheap test first: only content whose last visible character is `)` (or `).`) can end in a field.
        guard case .text(let last)? = content.last, last.trimmed.hasSuffix(")") || last.trimmed.hasSuffix(").") else {
            return (content, [])
        }
        let plain = content.plainText
        guard let match = Self.fieldPattern.firstMatch(in: plain), let key = match[1], let written = match[2],
              Self.fieldKeys.contains(MetadataKey.normalize(key)), let range = plain.range(of: "(" + key, options: .backwards) else {
            return (content, [])
        }
        let cut = plain.distance(from: plain.startIndex, to: range.lowerBound)
        let kept = Self.truncate(content, toLength: cut)
        guard !kept.plainText.trimmed.isEmpty else { return (content, []) }
        let source = sourceLine(line - lineOffset)
        let fields = Self.splitFields(key: key, written: written).map { key, value in
            let valueColumn = source.range(of: value, options: .backwards).map { source.distance(from: source.startIndex, to: $0.lowerBound) + 1 } ?? 1
            return InlineField(key: key, value: value, line: line, valueColumn: valueColumn)
        }
        return (kept, fields)
    }

    /// `@mkhan, @jo, priority: open data` after `owner:` → the owners, then the priority: a part that starts with a known
    /// key starts the next field; any other part belongs to the field before it.
    static func splitFields(key: String, written: String) -> [(String, String)] {
        var fields: [(String, String)] = [(key, "")]
        for part in written.split(whereSeparator: { $0 == "," || $0 == ";" }) {
            if let colon = part.firstIndex(of: ":"), MetadataKey(spelling: String(part[..<colon]).trimmed) != nil {
                fields.append((String(part[..<colon]).trimmed, String(part[part.index(after: colon)...]).trimmed))
            } else {
                let last = fields.count - 1
                fields[last].1 += (fields[last].1.isEmpty ? "" : ", ") + part.trimmed
            }
        }
        return fields.filter { !$0.1.isEmpty }
    }

    /// `(Key: value)` at the very end, optionally followed by a full stop.
    private static let fieldPattern = Pattern(#"\(\s*([A-Za-z][A-Za-z ]{1,12}?)\s*:\s*([^()]+?)\s*\)\.?\s*$"#)

    /// The first `length` characters of `content`'s plain text, as inlines; trailing spaces are dropped.
    static func truncate(_ content: [Inline], toLength length: Int) -> [Inline] {
        var result: [Inline] = []
        var remaining = length
        for inline in content where remaining > 0 {
            var piece = ""
            inline.appendPlainText(to: &piece)
            if piece.count <= remaining {
                result.append(inline)
                remaining -= piece.count
                continue
            }
            switch inline {
            case .text(let text): result.append(.text(String(text.prefix(remaining))))
            case .emphasis(let inner): result.append(.emphasis(truncate(inner, toLength: remaining)))
            case .strong(let inner): result.append(.strong(truncate(inner, toLength: remaining)))
            default: break
            }
            remaining = 0
        }
        while case .text(let text)? = result.last {
            let trimmed = text.trimmed
            if trimmed.isEmpty { result.removeLast(); continue }
            if trimmed != text { result[result.count - 1] = .text(text.dropLastSpaces()) }
            break
        }
        while case .softBreak? = result.last { result.removeLast() }
        return result
    }
}

private extension String {
    func dropLastSpaces() -> String {
        var result = self
        while let last = result.last, last == " " || last == "\t" { result.removeLast() }
        return result
    }
}
