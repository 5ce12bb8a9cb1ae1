/// A parsed Markdown file: front matter, blocks with source positions, and the original lines.
package struct MarkdownDocument: Sendable {
    package var path: String
    package var frontMatter: YAMLValue?
    package var blocks: [Block]
    /// The file's lines as written, for cutting out the Markdown of a section.
    package var lines: [Substring]
    /// Findings made while reading (bad front matter, excessive nesting).
    package var diagnostics: [Diagnostic]

    /// The original Markdown of lines `first...last` (1-based), trimmed of blank lines at both ends.
    package func source(from first: Int, through last: Int) -> String {
        let lower = max(first, 1) - 1
        let upper = min(last, lines.count)
        guard lower < upper else { return "" }
        var slice = lines[lower..<upper]
        while let head = slice.first, head.allSatisfy(\.isWhitespace) { slice = slice.dropFirst() }
        while let tail = slice.last, tail.allSatisfy(\.isWhitespace) { slice = slice.dropLast() }
        return slice.joined(separator: "\n")
    }

    /// The document title: front matter `title:`, else the first H1.
    package var title: String? {
        if let title = frontMatter?["title"]?.string, !title.isEmpty { return title }
        for block in blocks {
            if case .heading(1, let content, _) = block.kind { return content.plainText.trimmed }
        }
        return nil
    }
}


import BearingModel
import Foundation

extension MarkdownDocument {
    /// The parsed blocks of lines `first...last`, the same part of the file `source(from:through:)` cuts out, so an
    /// item keeps its body as parsed rather than as text to be parsed again. A list that starts before the range
    /// (metadata items, then key results) keeps the items inside it; a quote or an item that holds the range gives
    /// the blocks inside it; any other block that crosses an end is kept whole, so no text is lost.
    package func blocks(from first: Int, through last: Int) -> [Block] {
        Self.blocks(blocks, from: max(first, 1), through: last)
    }

    static func blocks(_ blocks: [Block], from first: Int, through last: Int) -> [Block] {
        guard first <= last else { return [] }
        var kept: [Block] = []
        for block in blocks where block.endLine >= first && block.line <= last {
            if block.line >= first && block.endLine <= last {
                kept.append(block)
                continue
            }
            switch block.kind {
            case .list(let ordered, let items):
                let inside = items.filter { $0.line >= first && $0.endLine <= last }
                if !inside.isEmpty {
                    kept.append(Block(.list(ordered: ordered, items: inside), line: inside[0].line, column: inside[0].column,
                                      endLine: inside[inside.count - 1].endLine))
                } else {
                    for item in items where item.endLine >= first && item.line <= last {
                        kept += Self.blocks(item.blocks, from: first, through: last)
                    }
                }
            case .quote(let inner):
                kept += Self.blocks(inner, from: first, through: last)
            default:
                kept.append(block)
            }
        }
        return kept
    }
}
