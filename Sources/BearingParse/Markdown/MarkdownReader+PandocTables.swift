import BearingModel

/// pandoc's simple and multiline tables: what `pandoc plan.docx -o plan.md` writes for a Word table whose cells hold
/// one paragraph each (a multiline table: the widths come from the document), and what `pandoc -t markdown` writes
/// for a short one (a simple table):
///
///       ------------------------------------------
///       Objective      Key result     Owner
///       -------------- -------------- ----------
///       Make signup    Time to first  Dana
///       work in a day  dashboard
///
///       Grow revenue   MRR to $60k    Priya
///       ------------------------------------------
///
///       Item                          Team      Quarter
///       ----------------------------- --------- ---------
///       Guided onboarding checklist   Growth    Q1 2027
///
/// CommonMark reads either as paragraphs between thematic breaks: no objectives, no warning. The dashes under the
/// header say where the columns are. The lines are read as a table only when no word on any of them crosses from one
/// column into the next, so prose between two rules stays prose. A table with no header row (a line of dashes over its
/// rows and one under them) takes its first row as its header when that row names what the rows are (`Key result`,
/// `Objective`, `Item`): the writer typed the column names there and Word did not mark the row. A first row of data
/// stays as it was. A table indented under a
/// list item (`pandoc -t markdown` writes one so) is read within the item.
extension MarkdownReader {
    func withPandocTables(_ blocks: [Block], lines: [Substring]) -> [Block] {
        // Every such table has a line of two or more dash runs under its header, which CommonMark reads as a thematic
        // break: files without one cost one pass over their blocks.
        guard Self.holdsRule(blocks) else { return blocks }
        return pandocTables(blocks, lines: lines, scanned: lines, offset: 0, margin: 0)
    }

    /// Whether a thematic break is among the blocks, or in a list item's.
    private static func holdsRule(_ blocks: [Block]) -> Bool {
        blocks.contains { block in
            switch block.kind {
            case .thematicBreak: true
            case .list(_, let items): items.contains { holdsRule($0.blocks) }
            default: false
            }
        }
    }

    /// `scanned`: the lines the blocks are in, from line `offset + 1` of the file, each without its first `margin`
    /// columns (a list item's indentation); `lines`: the file's.
    private func pandocTables(_ blocks: [Block], lines: [Substring], scanned: [Substring], offset: Int, margin: Int) -> [Block] {
        // `pandoc -t markdown` writes a table in a list item indented under it (`-   Key results:` over the table, six
        // spaces in): read within the item, as its own text.
        let blocks = blocks.map { block -> Block in
            guard case .list(let ordered, var items) = block.kind else { return block }
            var changed = false
            for index in items.indices where Self.holdsRule(items[index].blocks) {
                let item = items[index]
                guard let column = item.blocks.first?.column, column > 1, item.line >= 1, item.endLine <= lines.count, item.line <= item.endLine else { continue }
                // The item's lines without its indentation; its first line without its marker.
                let inner = (item.line...item.endLine).map { number -> Substring in
                    let line = lines[number - 1]
                    let indent = number == item.line ? column - 1 : min(column - 1, line.prefix { $0 == " " }.count)
                    return line.dropFirst(indent)
                }
                let read = pandocTables(item.blocks, lines: lines, scanned: inner, offset: item.line - 1, margin: column - 1)
                if read != item.blocks {
                    items[index].blocks = read
                    changed = true
                }
            }
            guard changed else { return block }
            var listed = block
            listed.kind = .list(ordered: ordered, items: items)
            return listed
        }
        let tables = PandocTableScanner(lines: scanned).tables()
        guard !tables.isEmpty else { return blocks }
        // A block's last line that is not blank: cmark ends the setext heading that a row directly over the closing rule
        // makes (`  annual` over `  ------`) at the blank line after it, which is no part of the table.
        func end(_ block: Block) -> Int {
            var end = block.endLine
            while end > block.line, end - 1 < lines.count, lines[end - 1].allSatisfy({ $0 == " " || $0 == "\t" }) { end -= 1 }
            return end
        }
        // One pass over the blocks, the tables in order (a file of thousands of small tables is read in linear time):
        // the blocks that start within a table's lines become the table when they all end within them and no block
        // before runs into them.
        var result: [Block] = []
        result.reserveCapacity(blocks.count)
        var next = 0
        for found in tables {
            let firstLine = found.firstLine + offset, lastLine = found.lastLine + offset
            while next < blocks.count, blocks[next].line < firstLine {
                result.append(blocks[next])
                next += 1
            }
            if let previous = result.last, end(previous) >= firstLine { continue }
            var after = next
            while after < blocks.count, blocks[after].line <= lastLine { after += 1 }
            guard after > next, blocks[next..<after].allSatisfy({ end($0) <= lastLine }) else { continue }
            let header = found.header.map { tableCell(text: $0.lines, line: $0.line + offset, column: $0.column + margin) }
            let rows = found.rows.map { row in row.map { tableCell(text: $0.lines, line: $0.line + offset, column: $0.column + margin) } }
            result.append(Block(.table(header: header, rows: rows, alignments: header.map { _ in .none }),
                                line: firstLine, column: blocks[next].column, endLine: lastLine))
            next = after
        }
        result += blocks[next...]
        return result
    }
}

/// Finds pandoc's simple and multiline tables in a file's lines, by the rules of pandoc's manual ("Tables").
struct PandocTableScanner {
    struct Cell { var lines: [String]; var line: Int; var column: Int }
    struct Table { var firstLine: Int; var lastLine: Int; var header: [Cell]; var rows: [[Cell]] }

    let lines: [[Character]]

    init(lines: [Substring]) {
        self.lines = lines.map { Array($0.reversed().drop(while: { $0 == " " || $0 == "\t" }).reversed()) }
    }

    func tables() -> [Table] {
        var found: [Table] = []
        var index = 1
        while index < lines.count {
            if let columns = Self.dashRuns(lines[index]), columns.count >= 2, let table = table(separator: index, columns: columns) {
                found.append(table)
                index = table.lastLine
            } else {
                index += 1
            }
        }
        return found
    }

    /// The runs of a line made of dashes and spaces only, indented at most three spaces (more is code), each at
    /// least two dashes long.
    static func dashRuns(_ line: [Character]) -> [Range<Int>]? {
        guard let start = line.firstIndex(where: { $0 != " " }), start <= 3, line.allSatisfy({ $0 == "-" || $0 == " " }) else { return nil }
        var runs: [Range<Int>] = []
        var position = start
        while position < line.count {
            guard line[position] == "-" else { position += 1; continue }
            let end = line[position...].firstIndex(of: " ") ?? line.count
            guard end - position >= 2 else { return nil }
            runs.append(position..<end)
            position = end
        }
        return runs
    }

    private func isBlank(_ index: Int) -> Bool { index < 0 || index >= lines.count || lines[index].isEmpty }

    /// The table whose header is over the dashes at `separator` (0-based), if the lines around it are one.
    private func table(separator: Int, columns: [Range<Int>]) -> Table? {
        // The header: the text lines just above the dashes. Over a multiline table's header is a rule of one run.
        var top = separator - 1
        while top >= 0, !isBlank(top), Self.dashRuns(lines[top]) == nil { top -= 1 }
        let headerLines = (top + 1)..<separator
        guard !headerLines.isEmpty else { return isBlank(separator - 1) ? headerless(opening: separator, columns: columns) : nil }
        let multiline = top >= 0 && Self.dashRuns(lines[top])?.count == 1 && isBlank(top - 1)
        guard multiline || (headerLines.count == 1 && isBlank(top)) else { return nil }
        guard let header = row(headerLines.lowerBound...(headerLines.upperBound - 1), columns: columns) else { return nil }

        var rows: [[Cell]] = []
        var index = separator + 1
        var last: Int
        if multiline {
            // Rows of one or more lines, a blank line between two, up to the closing rule of one run.
            var rowLines: [Int] = []
            while true {
                guard index < lines.count else { return nil }
                if let runs = Self.dashRuns(lines[index]), runs.count == 1 {
                    if isBlank(index + 1) { break }
                    // Another multiline table's top rule (a rule after a blank line, text under it): this table was
                    // never closed. Stopping there keeps a file of such shapes linear, each line scanned once.
                    if isBlank(index - 1) { return nil }
                }
                if isBlank(index) {
                    if !rowLines.isEmpty { guard let cells = row(rowLines[0]...rowLines[rowLines.count - 1], columns: columns) else { return nil }; rows.append(cells) }
                    rowLines = []
                } else {
                    rowLines.append(index)
                }
                index += 1
            }
            if !rowLines.isEmpty { guard let cells = row(rowLines[0]...rowLines[rowLines.count - 1], columns: columns) else { return nil }; rows.append(cells) }
            last = index
        } else {
            // One line a row, up to a blank line or a closing line of dashes.
            while index < lines.count, !isBlank(index), Self.dashRuns(lines[index]) == nil {
                guard let cells = row(index...index, columns: columns) else { return nil }
                rows.append(cells)
                index += 1
            }
            last = index - 1
            if index < lines.count, Self.dashRuns(lines[index]) != nil, isBlank(index + 1) { last = index }
        }
        guard !rows.isEmpty else { return nil }
        return Table(firstLine: (multiline ? top : separator - 1) + 1, lastLine: last + 1, header: header, rows: rows)
    }

    /// A table with no header row, as pandoc writes a Word or Google Docs table whose first row is not marked as its
    /// header: a line of dash runs after a blank line, the rows (one line each; or, with a blank line between two,
    /// one or more lines each), and a line of as many dash runs before a blank line. Its first row is the header when it
    /// is what the table's writer typed as the column names: every cell written, one naming what the rows are.
    private func headerless(opening: Int, columns: [Range<Int>]) -> Table? {
        var index = opening + 1
        // Up to the next line of dashes: each line is looked at once for each table's opening, and stops there.
        while index < lines.count, Self.dashRuns(lines[index]) == nil {
            // Two blank lines in a row end any table.
            if isBlank(index), isBlank(index + 1) { return nil }
            index += 1
        }
        guard index < lines.count, Self.dashRuns(lines[index])?.count == columns.count, isBlank(index + 1) else { return nil }
        let closing = index
        guard closing - opening >= 3, !isBlank(opening + 1), !isBlank(closing - 1) else { return nil }
        var rows: [[Cell]] = []
        if ((opening + 1)..<closing).contains(where: isBlank) {
            var first = opening + 1
            for line in (opening + 1)...closing where line == closing || isBlank(line) {
                guard let cells = row(first...(line - 1), columns: columns) else { return nil }
                rows.append(cells)
                first = line + 1
            }
        } else {
            for line in (opening + 1)..<closing {
                guard let cells = row(line...line, columns: columns) else { return nil }
                rows.append(cells)
            }
        }
        guard rows.count >= 2, rows[0].allSatisfy({ $0.lines.contains { !$0.trimmed.isEmpty } }), rows[0].contains(where: Self.namesRows)
        else { return nil }
        return Table(firstLine: opening + 1, lastLine: closing + 1, header: rows[0], rows: Array(rows.dropFirst()))
    }

    /// A first row's cell that names what the rows are (`Key result`, `Objective`, `Item`, `Name`): the row is the
    /// table's header. A first row of data (`Shopify v2   Q1 2026`) names none, and could be a header only by guessing.
    private static func namesRows(_ cell: Cell) -> Bool {
        var key = cell.lines.map { $0.trimmed }.filter { !$0.isEmpty }.joined(separator: " ").lowercased()
        while let last = key.last, last == ":" || last == "*" { key.removeLast() }
        while let first = key.first, first == "*" { key.removeFirst() }
        return PlanTable.titleHeaders.contains(key) || PlanTable.keyResultHeaders.contains(key) || PlanTable.nameHeaders.contains(key)
    }

    /// The cells of the lines `range` (0-based), split where the dash runs start; nil when a word on any line
    /// crosses into the next column or starts left of the first, which a table's lines never do.
    private func row(_ range: ClosedRange<Int>, columns: [Range<Int>]) -> [Cell]? {
        for index in range {
            let line = lines[index]
            guard !line.prefix(columns[0].lowerBound).contains(where: { $0 != " " }) else { return nil }
            for column in columns.dropFirst() where column.lowerBound < line.count {
                guard line[column.lowerBound - 1] == " " else { return nil }
            }
        }
        return columns.indices.map { position in
            let start = columns[position].lowerBound
            let end = position + 1 < columns.count ? columns[position + 1].lowerBound : Int.max
            let text = range.map { index -> String in
                let line = lines[index]
                guard start < line.count else { return "" }
                return String(line[start..<min(end, line.count)]).trimmingSuffix(while: { $0 == " " })
            }
            return Cell(lines: text, line: range.lowerBound + 1, column: start + 1)
        }
    }
}

private extension String {
    func trimmingSuffix(while predicate: (Character) -> Bool) -> String {
        var end = endIndex
        while end > startIndex, predicate(self[index(before: end)]) { end = index(before: end) }
        return String(self[..<end])
    }
}
