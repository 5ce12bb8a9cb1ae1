/// Reads the metadata block at the top of an item's body: `Key: value` lines in one paragraph,
/// or a bullet list of them; keys are case-insensitive and may be bold (`**Owner:** Ada`).
struct MetadataReader {
    let document: MarkdownDocument

    /// One `key: value` line with where its value starts.
    struct Line {
        var key: String
        var value: String
        var line: Int
        var valueColumn: Int
        /// The last line the metadata entry occupies.
        var endLine: Int
    }

    /// The metadata from `blocks`' first block, and the last line it took (nil when there is none).
    func read(_ blocks: [Block], diagnostics: inout DiagnosticBag) -> (Metadata, endLine: Int?) {
        guard let first = blocks.first, let lines = metadataLines(first) else { return (Metadata(), nil) }
        var metadata = Metadata()
        for line in lines { apply(line, to: &metadata, diagnostics: &diagnostics) }
        return (metadata, lines.last?.endLine)
    }

    /// The block's `key: value` lines if most keys are known (or nearly so).
    /// "Most" keeps prose lists such as `- **Roadmap**: … / - **Development**: …` from being read as metadata,
    /// while a block of known keys may still carry a few custom ones. In a list only the leading items count:
    /// CommonMark joins `- Owner: …` and the `- [ ] …` key results after it into one list.
    func metadataLines(_ block: Block) -> [Line]? {
        var lines: [Line] = []
        switch block.kind {
        case .paragraph:
            for number in block.line...block.endLine {
                guard let line = parse(lineNumber: number, stripBullet: false) else { return nil }
                lines.append(line)
            }
        case .list(_, let items):
            for item in items {
                guard item.task == nil, item.blocks.count == 1, item.line == item.endLine || isSingleLine(item),
                      var line = parse(lineNumber: item.line, stripBullet: true) else { break }
                line.endLine = lastTextLine(item)
                lines.append(line)
            }
        default:
            return nil
        }
        let recognised = lines.filter { MetadataKey(spelling: $0.key) != nil || Self.nearKey($0.key) != nil }.count
        return !lines.isEmpty && recognised * 2 > lines.count ? lines : nil
    }

    /// The item's last line that is not blank (cmark's end line can include the blank line after it).
    private func lastTextLine(_ item: ListItem) -> Int {
        var line = item.endLine
        while line > item.line, line <= document.lines.count, document.lines[line - 1].allSatisfy(\.isWhitespace) { line -= 1 }
        return line
    }

    /// A list item whose text is one line (cmark's end line can include a following blank line).
    private func isSingleLine(_ item: ListItem) -> Bool {
        (item.line + 1...item.endLine).allSatisfy { $0 > document.lines.count || document.lines[$0 - 1].allSatisfy(\.isWhitespace) }
    }

    /// Parses one source line as `key: value`, with optional bullet and bold markers around the key.
    func parse(lineNumber: Int, stripBullet: Bool) -> Line? {
        guard lineNumber >= 1, lineNumber <= document.lines.count else { return nil }
        let raw = document.lines[lineNumber - 1]
        var text = raw.drop(while: { $0 == " " || $0 == "\t" || $0 == ">" })
        if stripBullet, let marker = text.first, "-*+".contains(marker) {
            text = text.dropFirst().drop(while: { $0 == " " })
        }
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let key = text[..<colon].filter { $0 != "*" && $0 != "_" }.trimmed
        var valueStart = text.index(after: colon)
        while valueStart < text.endIndex, "*_ \t".contains(text[valueStart]) { valueStart = text.index(after: valueStart) }
        var value = text[valueStart...].trimmed
        while value.hasSuffix("**") || value.hasSuffix("__") { value = String(value.dropLast(2)).trimmed }
        guard Self.isKey(key), !value.isEmpty else { return nil }
        let column = raw.distance(from: raw.startIndex, to: valueStart) + 1
        return Line(key: key, value: value, line: lineNumber, valueColumn: column, endLine: lineNumber)
    }

    /// A plausible key: one to four words of letters, at most 30 characters, starting with a letter.
    static func isKey(_ key: String) -> Bool {
        guard let first = key.first, first.isLetter, key.count <= 30, key.split(separator: " ").count <= 4 else { return false }
        return key.allSatisfy { $0.isLetter || $0.isNumber || " -/()'".contains($0) }
    }

    /// A known spelling within typo distance of `key`, for "did you mean".
    static func nearKey(_ key: String) -> String? {
        let normalized = MetadataKey.normalize(key)
        guard normalized.count >= 4 else { return nil }
        let candidates = MetadataKey.spellings.keys.filter { abs($0.count - normalized.count) <= 2 }.sorted()
        guard let guess = DidYouMean.best(normalized, among: candidates),
              DidYouMean.editDistance(normalized, guess, limit: 3) <= 2 else { return nil }
        return guess
    }

    private func apply(_ line: Line, to metadata: inout Metadata, diagnostics: inout DiagnosticBag) {
        guard let key = MetadataKey(spelling: line.key) else {
            metadata.custom.append(CustomField(key: line.key, value: line.value))
            if let guess = Self.nearKey(line.key) {
                diagnostics.warning(.unknownKey, "unknown metadata key `\(line.key)`; kept as a custom field", line: line.line,
                                    fix: "did you mean `\(guess.capitalized)`?")
            }
            return
        }
        var values = MetadataValues(line: line, path: document.path)
        switch key {
        case .owners: metadata.owners += values.names()
        case .team: metadata.team = line.value
        case .status: metadata.status = values.status(diagnostics: &diagnostics)
        case .priorities: metadata.priorities += values.references()
        case .confidence: metadata.confidence = values.confidence(diagnostics: &diagnostics)
        case .effort: metadata.effort = values.effort(diagnostics: &diagnostics)
        case .roadmaps: metadata.roadmaps += values.references()
        case .issues: metadata.issues += values.issues()
        case .due: metadata.due = values.due(diagnostics: &diagnostics)
        case .dependsOn: metadata.dependsOn += values.references()
        case .objectives: metadata.objectives += values.references()
        }
    }
}
