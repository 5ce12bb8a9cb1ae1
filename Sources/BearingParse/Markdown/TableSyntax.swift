import BearingModel

/// GitHub pipe-table syntax, read from source lines. Plain cmark (CommonMark without GFM extensions)
/// leaves a table as one paragraph whose lines are its rows; `MarkdownReader` finds the delimiter row
/// (`|---|:--:|`) in such a paragraph and asks this type to cut the rows into cells.
enum TableSyntax {
    /// How a candidate delimiter row reads.
    enum Delimiter: Equatable {
        /// A valid GFM delimiter row, with the alignment of each column.
        case valid([TableAlignment])
        /// Only `|`, `-`, `:` and spaces, but not a valid row (`|-------------- ---|`): GitHub shows the
        /// table as text, so Bearing reads it and warns.
        case malformed(cells: Int)
    }

    /// Reads `row` (container markers already removed) as a delimiter row, or nil when it is not one.
    static func delimiter(_ row: Substring) -> Delimiter? {
        var hasPipe = false
        var dashes = 0
        for character in row {
            switch character {
            case "|": hasPipe = true
            case "-": dashes += 1
            case ":", " ", "\t": break
            default: return nil
            }
        }
        // Without a pipe, dashes are a list marker, a setext underline or a thematic break, never a table.
        guard dashes > 0, hasPipe else { return nil }
        let cells = split(row, column: 1).map { $0.text.trimmed }
        var alignments: [TableAlignment] = []
        for cell in cells {
            guard !cell.isEmpty, cell.contains("-"), !cell.contains(" "), !cell.dropFirst().dropLast().contains(":") else {
                return .malformed(cells: cells.count)
            }
            switch (cell.hasPrefix(":"), cell.hasSuffix(":")) {
            case (true, true): alignments.append(.center)
            case (true, false): alignments.append(.left)
            case (false, true): alignments.append(.right)
            case (false, false): alignments.append(.none)
            }
        }
        return .valid(alignments)
    }

    /// A row cut into cells at unescaped pipes; a leading and a trailing pipe are optional, as on GitHub.
    /// `column` is the 1-based column of `row`'s first character, so each cell knows where it starts.
    static func split(_ row: Substring, column: Int) -> [(text: Substring, column: Int)] {
        var cells: [(text: Substring, column: Int)] = []
        var start = row.startIndex
        var startColumn = column
        var index = row.startIndex
        var offset = column
        var escaped = false
        var first = true
        while index < row.endIndex {
            let character = row[index]
            if escaped {
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "|" {
                let cell = row[start..<index]
                // The text before a leading pipe is not a cell.
                if !(first && cell.allSatisfy({ $0 == " " || $0 == "\t" })) { cells.append((cell, startColumn)) }
                first = false
                start = row.index(after: index)
                startColumn = offset + 1
            }
            index = row.index(after: index)
            offset += 1
        }
        let last = row[start...]
        if !last.allSatisfy({ $0 == " " || $0 == "\t" }) || cells.isEmpty { cells.append((last, startColumn)) }
        // Each cell's column points at its first visible character.
        return cells.map { cell in
            let leading = cell.text.prefix(while: { $0 == " " || $0 == "\t" }).count
            return (cell.text, cell.column + leading)
        }
    }

    /// Whether `row` can be a table row: it has an unescaped pipe.
    static func hasPipe(_ row: Substring) -> Bool {
        var escaped = false
        for character in row {
            if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == "|" { return true }
        }
        return false
    }
}
