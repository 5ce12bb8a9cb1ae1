import BearingModel
import Foundation

/// Tables written as HTML: what pandoc writes for a Word document's table whose cells hold paragraphs or lists
/// (`pandoc -t gfm`), what Confluence and many wiki exports write, and what a README uses for a cell of several lines.
/// Markdown reads them as raw HTML, so their rows were no objectives, key results or roadmap items (a warning said so)
/// and the site showed their text run together. A plain grid — one table, no cell spanning columns, nothing else in
/// the block — is read as the Markdown table it could have been: a cell's paragraphs, list items and `<br>` tags are its
/// lines, `<strong>`, `<em>`, `<code>` and `<a href>` its inline markup. A body cell spanning rows (`<td rowspan="17">
/// <strong>2025 Q4</strong></td>`, a timeframe over its features) is in each row it spans, as a reader takes it; cells
/// after a row's `</tr>` with no `<tr>` of their own make a row, as a browser draws them. Any other table stays HTML.
extension MarkdownReader {
    /// `nested`: the blocks are inside a quote or a list item, whose lines start at the container's column, not at 1.
    static func withHTMLTables(_ blocks: [Block], nested: Bool = false) -> [Block] {
        var result: [Block] = []
        var index = 0
        while index < blocks.count {
            let block = blocks[index]
            index += 1
            switch block.kind {
            case .html(var html):
                // A blank line between rows ends an HTML block in Markdown: the table goes on in the blocks after it.
                var last = block
                var parts = 1
                // Only the part just added is searched for the end: a table with a blank line after each of its thousand rows
                // is a thousand blocks.
                let opens = html.range(of: "<table", options: .caseInsensitive) != nil
                var closed = html.range(of: "</table>", options: .caseInsensitive) != nil
                while opens, !closed, index + parts - 1 < blocks.count, case .html(let more) = blocks[index + parts - 1].kind {
                    let next = blocks[index + parts - 1]
                    while html.last == "\n" { html.removeLast() }
                    html += String(repeating: "\n", count: max(1, next.line - last.endLine)) + more
                    closed = more.range(of: "</table>", options: .caseInsensitive) != nil
                    last = next
                    parts += 1
                }
                if let table = htmlTable(html, block: block, margin: nested ? block.column : 1) {
                    result += disclosed(Block(.table(header: table.header, rows: table.rows, alignments: table.header.map { _ in .none }),
                                              line: block.line, column: block.column, endLine: last.endLine), html: html,
                                          margin: nested ? block.column : 1)
                    index += parts - 1
                } else {
                    result.append(block)
                }
            case .quote(let inner):
                var quoted = block
                quoted.kind = .quote(withHTMLTables(inner, nested: true))
                result.append(quoted)
            case .list(let ordered, var items):
                // A Word or wiki table pasted under a list item ("- Key results:" over `<table>`), as a pipe table there is read.
                for item in items.indices { items[item].blocks = withHTMLTables(items[item].blocks, nested: true) }
                var listed = block
                listed.kind = .list(ordered: ordered, items: items)
                result.append(listed)
            case .directive(let name, let argument, let options, let body, let text) where !body.isEmpty:
                var directive = block
                directive.kind = .directive(name: name, argument: argument, options: options, body: withHTMLTables(body, nested: nested), text: text)
                result.append(directive)
            default:
                result.append(block)
            }
        }
        return result
    }

    /// The header row and the body rows of the one plain table `html` holds, each row as wide as the header (cells
    /// missing at a row's end are empty, extra ones dropped, as in a pipe table); nil for anything else.
    /// `margin`: the column the block's later lines start at (a list item's or a quote's content column).
    static func htmlTable(_ html: String, block: Block, margin: Int = 1) -> (header: [TableCell], rows: [[TableCell]])? {
        guard let open = html.range(of: "<table", options: .caseInsensitive),
              let close = html.range(of: "</table>", options: [.caseInsensitive, .backwards]), open.upperBound <= close.lowerBound,
              html[open.upperBound...].range(of: "<table", options: .caseInsensitive) == nil, !columnSpans.matches(html),
              HTMLTable.text(html[..<open.lowerBound]).isEmpty || isDisclosure(html[..<open.lowerBound]),
              HTMLTable.text(html[close.upperBound...]).isEmpty || isRule(html[close.upperBound...]) else { return nil }
        let grid = html[open.upperBound..<close.lowerBound]
        var rows: [[TableCell]] = []
        // Each cell's line and column, counted on from the cell before: a table of thousands of rows, or one written on a
        // single line, is read in one pass, not once more from its start for every cell.
        var cursor = html.startIndex, line = block.line, column = 0, firstLine = true
        // Cells spanning rows, by their column: the cell, and how many rows below it it still fills.
        var spanning: [Int: (cell: TableCell, left: Int)] = [:]
        for row in rowPieces(of: grid) {
            let written = pieces(of: row, opening: ["td", "th"]).map { piece -> (cell: TableCell, rows: Int) in
                while cursor < piece.startIndex {
                    if html[cursor] == "\n" { line += 1; column = 0; firstLine = false } else { column += 1 }
                    cursor = html.index(after: cursor)
                }
                let contentStart = piece.firstIndex(of: ">").map { piece.index(after: $0) } ?? piece.endIndex
                return (TableCell(inlines(of: piece[contentStart...]), line: line, column: (firstLine ? block.column : margin) + column),
                        rowSpan(piece[..<contentStart]))
            }
            guard !written.isEmpty else { continue }
            // A header cell spanning rows heads a table of two header rows, which a grid of one header cannot say.
            if rows.isEmpty, written.contains(where: { $0.rows > 1 }) { return nil }
            var cells: [TableCell] = []
            var next = written.makeIterator()
            var pending = next.next()
            while pending != nil || spanning.keys.contains(where: { $0 >= cells.count }) {
                if let carried = spanning[cells.count] {
                    cells.append(carried.cell)
                    if carried.left > 1 { spanning[cells.count - 1] = (carried.cell, carried.left - 1) } else { spanning[cells.count - 1] = nil }
                } else if let cell = pending {
                    if cell.rows > 1 { spanning[cells.count] = (cell.cell, cell.rows - 1) }
                    cells.append(cell.cell)
                    pending = next.next()
                } else {
                    // A gap before a spanning cell further right: an empty cell, as the browser leaves it.
                    cells.append(TableCell([], line: line, column: 1))
                }
            }
            rows.append(cells)
        }
        guard let header = rows.first, rows.count >= 2, header.contains(where: { !$0.content.isEmpty }) else { return nil }
        let width = header.count
        let body = rows.dropFirst().map { row in
            Array(row.prefix(width)) + (row.count < width ? (row.count..<width).map { _ in TableCell([], line: row.last?.line ?? block.line, column: 1) } : [])
        }
        return (header, body)
    }

    /// `<details>` and its `<summary>Key results</summary>` with the table folded in it and no blank line between (a
    /// team page's folded key results): nothing but the disclosure's tags and its summary's words.
    private static func isDisclosure(_ html: Substring) -> Bool {
        guard let details = html.range(of: "<details", options: .caseInsensitive) else { return false }
        var rest = String(html[details.lowerBound...])
        if let open = rest.range(of: "<summary", options: .caseInsensitive), let close = rest.range(of: "</summary>", options: .caseInsensitive),
           open.upperBound <= close.lowerBound {
            rest = String(rest[..<open.lowerBound]) + String(rest[close.upperBound...])
        }
        return HTMLTable.text(html[..<details.lowerBound]).isEmpty && HTMLTable.text(rest[...]).isEmpty
    }

    /// The table read from `html`, between the `<details>` and `<summary>` before it and the `</details>` after it when
    /// it is folded in a disclosure: those stay HTML blocks of their own at their lines, as they are when a blank line
    /// parts them from the table.
    private static func disclosed(_ table: Block, html: String, margin: Int) -> [Block] {
        guard let open = html.range(of: "<table", options: .caseInsensitive),
              let close = html.range(of: "</table>", options: [.caseInsensitive, .backwards]),
              html[..<open.lowerBound].range(of: "<details", options: .caseInsensitive) != nil else { return [table] }
        let before = html[..<open.lowerBound]
        let lines = { (text: Substring) in text.reduce(0) { $0 + ($1 == "\n" ? 1 : 0) } }
        var blocks: [Block] = []
        var read = table
        read.line = table.line + lines(before)
        if read.line > table.line {
            read.column = margin + before.reversed().prefix { $0 != "\n" }.count
            var summary = before
            while summary.last == "\n" || summary.last == " " { summary.removeLast() }
            blocks.append(Block(.html(String(summary)), line: table.line, column: table.column, endLine: table.line + lines(summary)))
        } else {
            read.column = table.column + before.count
            blocks.append(Block(.html(String(before)), line: table.line, column: table.column, endLine: table.line))
        }
        let after = html[close.upperBound...]
        read.endLine = read.line + lines(html[open.lowerBound..<close.upperBound])
        blocks.append(read)
        if after.range(of: "</details", options: .caseInsensitive) != nil {
            let start = read.endLine + lines(after.prefix { $0 == "\n" || $0 == " " })
            blocks.append(Block(.html(String(after.drop { $0 == "\n" || $0 == " " })), line: start, column: margin, endLine: max(start, table.endLine)))
        } else {
            read.endLine = table.endLine
            blocks[blocks.count - 1] = read
        }
        return blocks
    }

    /// `</table>` with a rule on the next line (`---`, no blank line between, so Markdown keeps it in the HTML block):
    /// the page's divider after the table, not words of it.
    private static func isRule(_ after: Substring) -> Bool {
        let text = after.trimmingCharacters(in: .whitespacesAndNewlines)
        guard text.count >= 3, let first = text.first, "-*_".contains(first) else { return false }
        return text.allSatisfy { $0 == first || $0 == " " }
    }

    /// `colspan="2"`: a cell over several columns, which a grid of rows cannot say.
    private static let columnSpans = Pattern(#"colspan\s*=\s*["']?\s*(?:[2-9]|\d{2,})"#, needs: ["span"])

    /// How many rows a cell's opening tag (`<td rowspan="17">`) says it spans: 1 unless it says more, at most 1,000.
    private static func rowSpan(_ tag: Substring) -> Int {
        guard let name = tag.range(of: "rowspan", options: .caseInsensitive) else { return 1 }
        let digits = tag[name.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\"" || $0 == "'" }.prefix { $0.isASCII && $0.isNumber }
        return min(max(Int(digits) ?? 1, 1), 1_000)
    }

    /// The table's rows: what follows each `<tr>` up to its `</tr>` (or the next `<tr>`), and cells written after a
    /// `</tr>` with no `<tr>` before them (Azure DevOps' roadmap opens a timeframe's rows with `<td rowspan>` alone),
    /// which a browser puts in a row of their own.
    private static func rowPieces(of grid: Substring) -> [Substring] {
        var bounds: [String.Index] = [grid.startIndex]
        var index = grid.startIndex
        while let open = grid[index...].firstIndex(of: "<") {
            let after = grid.index(after: open)
            let closing = grid[after...].first == "/"
            let nameStart = closing ? grid.index(after: after) : after
            let name = grid[nameStart...].prefix { $0.isLetter || $0.isNumber }.lowercased()
            if name == "tr" {
                if closing, let end = grid[open...].firstIndex(of: ">") { bounds.append(grid.index(after: end)) } else if !closing { bounds.append(open) }
            }
            index = after
        }
        bounds.append(grid.endIndex)
        return zip(bounds, bounds.dropFirst()).compactMap { start, end in start < end ? grid[start..<end] : nil }
    }

    /// What follows each opening tag named in `names` (`<tr>`, `<tr class="odd">`), up to the next one or the end;
    /// closing tags and tags that only start so (`<track>`, `<thead>`) are not openings.
    private static func pieces(of html: Substring, opening names: [String]) -> [Substring] {
        var starts: [String.Index] = []
        var index = html.startIndex
        while let open = html[index...].firstIndex(of: "<") {
            let after = html.index(after: open)
            let name = html[after...].prefix { $0.isLetter || $0.isNumber }.lowercased()
            if names.contains(name) { starts.append(open) }
            index = after
        }
        return starts.indices.map { number in html[starts[number]..<(number + 1 < starts.count ? starts[number + 1] : html.endIndex)] }
    }

    /// A cell's inline content: its blocks' boundaries (`</p><p>`, `<li>`, `<br>`) as line breaks, `<strong>`, `<em>`,
    /// `<code>` and `<a href>` as those inlines, other tags left out and character references read.
    static func inlines(of html: Substring) -> [Inline] {
        enum Container { case strong, emphasis, code, link(String?) }
        var stack: [(container: Container?, content: [Inline])] = [(nil, [])]
        var pendingBreak = false
        var pendingSpace = false
        func append(_ inline: Inline) {
            let started = !stack.allSatisfy { $0.content.isEmpty }
            if pendingBreak, started { stack[stack.count - 1].content.append(.lineBreak) }
            else if pendingSpace, started { stack[stack.count - 1].content.append(.text(" ")) }
            pendingBreak = false
            pendingSpace = false
            stack[stack.count - 1].content.append(inline)
        }
        func open(_ container: Container) {
            // A space before `<strong>` stays before it.
            if pendingSpace || pendingBreak { append(.text("")) }
            stack.append((container, []))
        }
        func close(_ matches: (Container) -> Bool) {
            guard let depth = stack.lastIndex(where: { $0.container.map(matches) ?? false }) else { return }
            while stack.count > depth {
                let (container, content) = stack.removeLast()
                let merged = joined(content)
                let inline: Inline? = switch container {
                case .strong: merged.isEmpty ? nil : .strong(merged)
                case .emphasis: merged.isEmpty ? nil : .emphasis(merged)
                case .code: merged.isEmpty ? nil : .code(merged.plainText)
                case .link(let destination): destination.map { .link(destination: $0, content: merged) } ?? (merged.isEmpty ? nil : .text(merged.plainText))
                case nil: nil
                }
                let space = pendingSpace
                pendingSpace = false
                if let inline { stack[stack.count - 1].content.append(inline) }
                pendingSpace = space
            }
        }
        var index = html.startIndex
        while index < html.endIndex {
            let character = html[index]
            // A tag opens with a letter, `/` or `!` after the `<`; "latency < 200 ms" is text, and a `<` with no `>` after it
            // (an unclosed last cell) is text too, not a tag that would never end.
            if character == "<", let after = html[html.index(after: index)...].first, after.isLetter || after == "/" || after == "!",
               let end = html[index...].firstIndex(of: ">") {
                let tag = html[html.index(after: index)..<end]
                let closing = tag.hasPrefix("/")
                let name = tag.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }.lowercased()
                switch name {
                case "br", "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre":
                    pendingBreak = true
                case "strong", "b":
                    if closing { close { if case .strong = $0 { true } else { false } } } else { open(.strong) }
                case "em", "i":
                    if closing { close { if case .emphasis = $0 { true } else { false } } } else { open(.emphasis) }
                case "code":
                    if closing { close { if case .code = $0 { true } else { false } } } else { open(.code) }
                case "img":
                    // A badge or a picture side by side with another: the image, not nothing.
                    if !closing, let source = attribute("src", in: tag) {
                        append(.image(source: source, content: attribute("alt", in: tag).map { [.text(HTMLTable.text($0[...]))] } ?? []))
                    }
                case "a":
                    if closing { close { if case .link = $0 { true } else { false } } } else { open(.link(attribute("href", in: tag))) }
                default:
                    break
                }
                index = html.index(after: end)
                continue
            }
            if character.isWhitespace {
                pendingSpace = true
                index = html.index(after: index)
                continue
            }
            var run = String(character)
            index = html.index(after: index)
            while index < html.endIndex, html[index] != "<", !html[index].isWhitespace {
                run.append(html[index])
                index = html.index(after: index)
            }
            append(.text(HTMLTable.text(run.replacingAll("<", with: "&lt;")[...])))
        }
        while stack.count > 1 { close { _ in true } }
        return joined(stack[0].content)
    }

    /// Adjacent text runs as one, and no empty ones.
    private static func joined(_ content: [Inline]) -> [Inline] {
        var result: [Inline] = []
        for inline in content {
            if case .text(let text) = inline {
                if text.isEmpty { continue }
                if case .text(let before)? = result.last { result[result.count - 1] = .text(before + text); continue }
            }
            result.append(inline)
        }
        return result
    }

    private static func attribute(_ name: String, in tag: Substring) -> String? {
        guard let range = tag.range(of: name + "=", options: .caseInsensitive) else { return nil }
        var value = tag[range.upperBound...]
        if let quote = value.first, quote == "\"" || quote == "'" {
            value = value.dropFirst().prefix { $0 != quote }
        } else {
            value = value.prefix { !$0.isWhitespace && $0 != ">" }
        }
        return value.isEmpty ? nil : String(value)
    }
}
