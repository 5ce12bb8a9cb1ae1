import BearingModel

/// Writes blocks built in code (a report) as Markdown: blocks separated by a blank line, text as it is.
/// Only the kinds a report builds are written; the others are left out.
package enum MarkdownText {
    package static func write(_ blocks: [Block]) -> String {
        blocks.map(block).joined(separator: "\n\n") + "\n"
    }

    static func block(_ block: Block) -> String {
        switch block.kind {
        case .heading(let level, let content, _): String(repeating: "#", count: max(1, min(6, level))) + " " + inline(content)
        case .paragraph(let content): inline(content)
        case .list(let ordered, let items):
            items.enumerated().map { index, item in
                (ordered ? "\(index + 1). " : "- ") + item.blocks.map(Self.block).joined(separator: "\n\n")
            }.joined(separator: "\n")
        default: ""
        }
    }

    static func inline(_ content: [Inline]) -> String {
        content.map { item in
            switch item {
            case .text(let text), .html(let text): text
            case .code(let code): "`\(code)`"
            case .emphasis(let inner): "_\(inline(inner))_"
            case .strong(let inner): "**\(inline(inner))**"
            case .link(let destination, let inner): "[\(inline(inner))](\(destination))"
            case .image(let source, let inner): "![\(inline(inner))](\(source))"
            case .softBreak: "\n"
            case .lineBreak: "  \n"
            }
        }.joined()
    }
}
