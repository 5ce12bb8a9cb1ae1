/// A Markdown block converted out of cmark's tree, with the lines it spans (1-based, inclusive).
public struct Block: Hashable, Sendable {
    public var kind: Kind
    public var line: Int
    public var column: Int
    public var endLine: Int

    public indirect enum Kind: Hashable, Sendable {
        /// `label` is the heading's id: a trailing `{#id}` (already removed from `content`), or the anchor of the
        /// item the heading starts, set when the item is parsed (`ItemAnchor`).
        case heading(level: Int, content: [Inline], label: String?)
        case paragraph([Inline])
        case list(ordered: Bool, items: [ListItem])
        case quote([Block])
        case code(info: String, text: String)
        /// A MyST directive (`:::{note}` or `` ```{admonition} ``); `body` holds parsed Markdown
        /// for container directives, and is empty for literal ones (code, math…), whose text is in `text`.
        case directive(name: String, argument: String, options: [String: String], body: [Block], text: String)
        /// A MyST target label `(id)=`, which names the heading after it.
        case label(String)
        case html(String)
        case thematicBreak
        /// A GitHub pipe table. Rows may be shorter or longer than the header: cells are kept as written.
        case table(header: [TableCell], rows: [[TableCell]], alignments: [TableAlignment])
        /// Metadata written inside a heading or a line, such as `(Driver: Ada)`, taken out of its text.
        /// It follows the block it was written in and spans that block's line.
        case fields([InlineField])
    }

    public init(_ kind: Kind, line: Int, column: Int = 1, endLine: Int) {
        self.kind = kind
        self.line = line
        self.column = column
        self.endLine = endLine
    }
}

/// One item of a Markdown list.
public struct ListItem: Hashable, Sendable {
    public var blocks: [Block]
    /// nil for an ordinary item; false for `[ ]` and true for `[x]` task items (the marker is removed from `blocks`).
    public var task: Bool?
    /// True for `[ ]Text`, a task marker with no space after it: read as a task item, and warned about.
    public var taskMarkerGlued = false
    /// A trailing `{#id}` on the item's first paragraph, removed from its text.
    public var label: String?
    public var line: Int
    public var column: Int
    public var endLine: Int
    /// The number an ordered list's first item is written with when it is not 1 (`5.` after a label that parts a
    /// numbered list, "**Upcoming:**" over items 5 to 10): the list counts on from it, as the reader sees it. nil otherwise.
    public var number: Int?

    package init(blocks: [Block], task: Bool? = nil, taskMarkerGlued: Bool = false, label: String? = nil, line: Int, column: Int, endLine: Int,
                 number: Int? = nil) {
        self.blocks = blocks
        self.number = number
        self.task = task
        self.taskMarkerGlued = taskMarkerGlued
        self.label = label
        self.line = line
        self.column = column
        self.endLine = endLine
    }
}

/// One cell of a table: its inline content and where it starts in the file.
public struct TableCell: Hashable, Sendable {
    public var content: [Inline]
    public var line: Int
    public var column: Int

    public init(_ content: [Inline], line: Int, column: Int) {
        self.content = content
        self.line = line
        self.column = column
    }

    /// The cell as a reader sees it.
    public var text: String { content.plainText.trimmed }
}

/// A table column's alignment, from its delimiter cell (`:--`, `:-:`, `--:`).
public enum TableAlignment: String, Hashable, Sendable {
    case none, left, center, right
}

/// A `key: value` pair written inside other text, such as `(Owner: Ada)` at the end of a heading.
public struct InlineField: Hashable, Sendable {
    public var key: String
    public var value: String
    public var line: Int
    public var valueColumn: Int

    package init(key: String, value: String, line: Int, valueColumn: Int) {
        self.key = key
        self.value = value
        self.line = line
        self.valueColumn = valueColumn
    }
}

/// Inline content, enough to find bold titles and to get plain text; rendering works from the source lines.
public indirect enum Inline: Hashable, Sendable {
    case text(String)
    case code(String)
    case emphasis([Inline])
    case strong([Inline])
    case link(destination: String, content: [Inline])
    case image(source: String, content: [Inline])
    case html(String)
    case softBreak
    case lineBreak
}

extension Array where Element == Inline {
    /// The text as a reader sees it, with soft breaks as spaces.
    public var plainText: String {
        var out = ""
        for inline in self { inline.appendPlainText(to: &out) }
        return out
    }

    /// The content split at its line breaks, soft or hard: the lines as they were written.
    public var lines: [[Inline]] {
        var lines: [[Inline]] = [[]]
        for inline in self {
            if inline == .softBreak || inline == .lineBreak { lines.append([]) } else { lines[lines.count - 1].append(inline) }
        }
        return lines
    }
}

extension Inline {
    package func appendPlainText(to out: inout String) {
        switch self {
        case .text(let text), .code(let text): out += text
        case .emphasis(let content), .strong(let content), .link(_, let content), .image(_, let content):
            for inline in content { inline.appendPlainText(to: &out) }
        case .html: break
        case .softBreak, .lineBreak: out += " "
        }
    }
}

extension Block {
    /// Plain text of the block and everything inside it.
    public var plainText: String {
        switch kind {
        case .heading(_, let content, _), .paragraph(let content): content.plainText
        case .list(_, let items): items.map { $0.blocks.map(\.plainText).joined(separator: " ") }.joined(separator: " ")
        case .quote(let blocks): blocks.map(\.plainText).joined(separator: " ")
        case .directive(_, let argument, _, let body, let text):
            ([argument] + (body.isEmpty ? [text] : body.map(\.plainText))).joined(separator: " ")
        case .table(let header, let rows, _): ([header] + rows).flatMap { $0.map(\.text) }.filter { !$0.isEmpty }.joined(separator: " ")
        case .code, .label, .html, .thematicBreak, .fields: ""
        }
    }
}
