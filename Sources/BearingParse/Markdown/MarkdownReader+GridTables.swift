import BearingModel

/// pandoc's grid tables, what `pandoc plan.docx -o plan.md` writes for a Word table whose cells hold paragraphs or
/// lists (its own Markdown, not GitHub's):
///
///     +----------------------+----------------------+-------+
///     | Objective            | Key results          | Owner |
///     +======================+======================+=======+
///     | Make signup work in  | -   Time to first    | Dana  |
///     | a day                |     dashboard: 1 day |       |
///     |                      | -   3 connectors     |       |
///     +----------------------+----------------------+-------+
///
/// CommonMark reads one as a paragraph of pipes and dashes, so an OKR table in a Word document gave no objectives and
/// no warning. A grid whose every line keeps its column borders is read as a table: each cell's lines are Markdown of
/// their own, its paragraphs and list items the cell's lines. A grid with merged cells stays the paragraph it was.
extension MarkdownReader {
    func withGridTables(_ blocks: [Block], lines: [Substring]) -> [Block] {
        blocks.map { block in
            guard case .paragraph = block.kind, block.line >= 1, block.endLine <= lines.count, block.endLine > block.line + 1,
                  Self.isBorder(lines[block.line - 1]),
                  let table = gridTable(lines[(block.line - 1)..<block.endLine], firstLine: block.line) else { return block }
            return Block(.table(header: table.header, rows: table.rows, alignments: table.header.map { _ in .none }),
                         line: block.line, column: block.column, endLine: block.endLine)
        }
    }

    /// `+----+:===:+`: a border line, the header's (`=`) or a row's (`-`).
    static func isBorder(_ line: Substring) -> Bool {
        let text = line.trimmed
        return text.count >= 3 && text.first == "+" && text.last == "+" && text.contains(where: { $0 == "-" || $0 == "=" })
            && text.allSatisfy { "+-=:".contains($0) }
    }

    private func gridTable(_ source: ArraySlice<Substring>, firstLine: Int) -> (header: [TableCell], rows: [[TableCell]])? {
        let lines = source.map { Array(String($0).trimmingTrailingWhitespace) }
        guard let top = lines.first, Self.isBorder(source[source.startIndex]), Self.isBorder(source[source.endIndex - 1]) else { return nil }
        let bounds = top.indices.filter { top[$0] == "+" }
        guard bounds.count >= 2 else { return nil }
        // Each line is a border with its `+` where the top's are, or a row with its `|` there: anything else is a merged
        // cell (or no grid), which a table of rows cannot say.
        var groups: [(first: Int, lines: [[Character]])] = []
        var current: (first: Int, lines: [[Character]])?
        var headerRows: Int?
        for (offset, line) in lines.enumerated() {
            guard line.count == top.count else { return nil }
            if Self.isBorder(source[source.startIndex + offset]) {
                guard bounds.allSatisfy({ line[$0] == "+" }) else { return nil }
                if let row = current { groups.append(row); current = nil }
                if line.contains("="), offset > 0 {
                    guard headerRows == nil else { return nil }
                    headerRows = groups.count
                }
            } else {
                guard bounds.allSatisfy({ line[$0] == "|" }) else { return nil }
                if current == nil { current = (firstLine + offset, []) }
                current?.lines.append(line)
            }
        }
        guard current == nil, groups.count >= 2, headerRows == nil || headerRows == 1 else { return nil }
        let rows = groups.map { group in
            (0..<(bounds.count - 1)).map { column -> TableCell in
                let start = bounds[column] + 1, end = bounds[column + 1]
                // Trailing spaces pad each line to the border; two of them would be a hard line break.
                let text = group.lines.map { String(String($0[start..<end]).trimmingTrailingWhitespace) }
                return tableCell(text: text, line: group.first, column: start + 1)
            }
        }
        return (rows[0], Array(rows.dropFirst()))
    }

    /// A cell's lines, dedented and read as Markdown: its paragraphs (soft-wrapped lines joined) and list items, each a
    /// line of the cell.
    func tableCell(text: [String], line: Int, column: Int) -> TableCell {
        let indent = text.filter { !$0.trimmed.isEmpty }.map { $0.prefix { $0 == " " }.count }.min() ?? 0
        let markdown = text.map { String($0.dropFirst(min(indent, $0.prefix { $0 == " " }.count))) }.joined(separator: "\n")
        // What a cell's Markdown could warn about is said of the table's text elsewhere, if at all.
        var ignored = DiagnosticBag(path: "")
        let blocks = parseBlocks(markdown, lineOffset: line - 1, depth: 1, diagnostics: &ignored)
        var content: [Inline] = []
        func add(_ inlines: [Inline]) {
            let line = inlines.map { $0 == .softBreak ? .text(" ") : $0 }
            guard !line.isEmpty else { return }
            if !content.isEmpty { content.append(.lineBreak) }
            content += line
        }
        func visit(_ blocks: [Block]) {
            for block in blocks {
                switch block.kind {
                case .paragraph(let inlines), .heading(_, let inlines, _): add(inlines)
                case .list(_, let items): for item in items { visit(item.blocks) }
                case .quote(let inner): visit(inner)
                case .code(_, let literal): for codeLine in literal.split(separator: "\n") { add([.text(String(codeLine))]) }
                default: break
                }
            }
        }
        visit(blocks)
        return TableCell(content, line: line, column: column)
    }
}

private extension String {
    var trimmingTrailingWhitespace: Substring {
        var end = endIndex
        while end > startIndex, self[index(before: end)].isWhitespace { end = index(before: end) }
        return self[..<end]
    }
}
