import Foundation

/// Markdown tables as the text a reader takes from them: each body row's cells in order ("Counties using it, 3, 10."),
/// without the header row and the delimiter row under it, which lay the table out and say nothing of the work.
enum TableText {
    static func cells(_ text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var out: [String] = []
        out.reserveCapacity(lines.count)
        var inTable = false
        for (index, line) in lines.enumerated() {
            if isDelimiter(line), index > 0, isRow(lines[index - 1]) {
                // The header row went out as a line of text just before: it is the table's, take it back.
                if !out.isEmpty { out.removeLast() }
                inTable = true
                continue
            }
            if inTable, isRow(line) {
                out.append(rowText(line))
                continue
            }
            inTable = false
            out.append(String(line))
        }
        return out.joined(separator: "\n")
    }

    /// A line with an unescaped pipe: a table row, when a delimiter row follows its first one.
    static func isRow(_ line: Substring) -> Bool { !cellsOf(line).isEmpty && line.contains("|") }

    /// `|---|:--:|`, `--- | ---`: only pipes, colons, dashes and spaces, with a pipe and a dash.
    static func isDelimiter(_ line: Substring) -> Bool {
        var pipe = false, dash = false
        for byte in line.utf8 {
            switch byte {
            case UInt8(ascii: "|"): pipe = true
            case UInt8(ascii: "-"): dash = true
            case UInt8(ascii: ":"), UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"): break
            default: return false
            }
        }
        return pipe && dash
    }

    /// The row's non-empty cells joined as a sentence's parts, ending with a full stop unless the last one has its own.
    static func rowText(_ line: Substring) -> String {
        let text = cellsOf(line).joined(separator: ", ")
        guard let last = text.last, !".!?;:".contains(last) else { return text }
        return text + "."
    }

    /// The row's cells, trimmed, empty ones left out; `\|` is a pipe inside a cell.
    static func cellsOf(_ line: Substring) -> [String] {
        var cells: [String] = [], current = "", escaped = false
        for character in line {
            if character == "|" && !escaped {
                cells.append(current)
                current = ""
            } else {
                current.append(character)
            }
            escaped = character == "\\" && !escaped
        }
        cells.append(current)
        return cells.map { $0.replacingOccurrences(of: "\\|", with: "|").trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
