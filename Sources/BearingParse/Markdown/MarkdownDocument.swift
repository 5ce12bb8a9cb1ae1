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
