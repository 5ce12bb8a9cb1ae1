import BearingModel

extension MarkdownDocument {
    /// A plan pasted from a word processor (Google Docs, Word, Notion) numbers its key results by hand, each line its own
    /// paragraph with the number escaped so Markdown makes no list of it (`1\. Beta live with 5 customers`); read as
    /// written, an objective had no key results and nothing said so. Two or more such paragraphs in a row (numbered or
    /// bulleted, `\- …`) are one list here; any other file is returned as it is.
    package func withHandNumberedLists() -> MarkdownDocument {
        var pasted = self
        pasted.blocks = Self.handNumberedLists(blocks, lines: lines)
        return pasted
    }

    /// Runs of two or more paragraphs that each start with a hand-written number or bullet (`1\. …`, `2\) …`, `\- …`:
    /// the escape a word processor writes so Markdown does not make a list) become one list of those paragraphs.
    static func handNumberedLists(_ blocks: [Block], lines: [Substring]) -> [Block] {
        var result: [Block] = []
        var run: [(block: Block, marker: Int)] = []
        func flush() {
            if run.count >= 2 {
                let ordered = run.allSatisfy { $0.marker > 1 }
                let items = run.map { entry -> ListItem in
                    ListItem(blocks: [withoutMarker(entry.block, length: entry.marker)], line: entry.block.line,
                             column: entry.block.column, endLine: entry.block.endLine)
                }
                result.append(Block(.list(ordered: ordered, items: items), line: run[0].block.line, column: run[0].block.column,
                                    endLine: run[run.count - 1].block.endLine))
            } else {
                result += run.map(\.block)
            }
            run = []
        }
        for block in blocks {
            if case .paragraph = block.kind, block.line >= 1, block.line <= lines.count, let marker = handMarker(lines[block.line - 1]) {
                run.append((block, marker))
            } else {
                flush()
                result.append(block)
            }
        }
        flush()
        return result
    }

    /// The length of the marker as the paragraph's text shows it ("1. " is 3, "- " is 2) when the source line starts with
    /// an escaped one (`1\. `, `12\) `, `\- `, `\* `), else nil.
    private static func handMarker(_ line: Substring) -> Int? {
        let text = line.drop { $0 == " " }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, digits.count <= 2 {
            let rest = text.dropFirst(digits.count)
            guard rest.hasPrefix("\\.") || rest.hasPrefix("\\)"), rest.dropFirst(2).first == " " else { return nil }
            return digits.count + 2
        }
        // A bullet's marker is the one character the paragraph shows ("-").
        guard text.hasPrefix("\\-") || text.hasPrefix("\\*") || text.hasPrefix("\\+"), text.dropFirst(2).first == " " else { return nil }
        return 1
    }

    /// The paragraph with its first `length` characters of text (the marker) and the spaces after them removed. The
    /// escape makes its own text node, so the marker may span several.
    private static func withoutMarker(_ block: Block, length: Int) -> Block {
        guard case .paragraph(var content) = block.kind else { return block }
        var remaining = length
        while remaining > 0, case .text(let first)? = content.first {
            if first.count <= remaining {
                remaining -= first.count
                content.removeFirst()
            } else {
                content[0] = .text(String(first.dropFirst(remaining)))
                remaining = 0
            }
        }
        while case .text(let first)? = content.first, first.first == " " {
            let kept = first.drop { $0 == " " }
            if kept.isEmpty { content.removeFirst() } else { content[0] = .text(String(kept)) }
        }
        var stripped = block
        stripped.kind = .paragraph(content)
        return stripped
    }
}
