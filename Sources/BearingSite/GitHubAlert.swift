import BearingModel

/// A GitHub alert or an Obsidian callout: a block quote whose first line starts `[!NOTE]`, `[!TIP]`, `[!WARNING]` and
/// the like. GitHub and Obsidian show it as a titled callout; the site shows it as the admonition MyST's `:::{note}`
/// makes, so OpenTelemetry's `> [!IMPORTANT]` and an Obsidian vault's `> [!note] Living document` no longer read as
/// the literal text "[!IMPORTANT]" or "[!note]".
struct GitHubAlert: Equatable {
    /// The admonition's name: "note", "tip", "important", "warning" or "caution", or the one an Obsidian type is
    /// drawn as ("info" as a note, "danger" as a warning).
    var name: String
    /// The callout's title: the words after the marker (Obsidian's `> [!note] Living document`), else the type's name.
    var title: String
    /// The quote's blocks after the marker line.
    var body: [Block]

    /// GitHub's five names and Obsidian's types with their aliases, each with the admonition it is drawn as. A quote
    /// starting with any other bracketed word (`[!SHOUT]`) is an ordinary quote, as it is on GitHub.
    static let names: [String: String] = [
        "note": "note", "tip": "tip", "important": "important", "warning": "warning", "caution": "caution",
        "abstract": "note", "summary": "note", "tldr": "note", "info": "note", "todo": "note", "hint": "tip",
        "success": "tip", "check": "tip", "done": "tip", "question": "note", "help": "note", "faq": "note",
        "attention": "warning", "failure": "caution", "fail": "caution", "missing": "caution", "danger": "caution",
        "error": "caution", "bug": "caution", "example": "note", "quote": "note", "cite": "note",
    ]

    /// The alert a quote is, or nil for an ordinary quote. cmark splits `[!NOTE]` into several text runs (the brackets
    /// start no link), so the leading runs are read together; what follows the marker on its line is the title, as
    /// Obsidian reads it (GitHub would show that line as text, which helps no reader).
    init?(quote blocks: [Block]) {
        guard let first = blocks.first, case .paragraph(let content) = first.kind else { return nil }
        var marker = ""
        var index = content.startIndex
        while index < content.endIndex, case .text(let text) = content[index] {
            marker += text
            index += 1
        }
        let renderedTitle: [Inline]
        if index == content.endIndex || content[index] == .softBreak || content[index] == .lineBreak {
            renderedTitle = []
        } else {
            // A title with emphasis or a link: the marker is still the leading text, the rest of the line the title.
            let lineEnd = content[index...].firstIndex { $0 == .softBreak || $0 == .lineBreak } ?? content.endIndex
            renderedTitle = Array(content[index..<lineEnd])
            index = lineEnd
        }
        let trimmed = marker.trimmed
        guard trimmed.hasPrefix("[!"), let close = trimmed.firstIndex(of: "]") else { return nil }
        // Obsidian's `[!note]-` and `[!note]+` fold the callout; the site shows it open.
        let type = trimmed[trimmed.index(trimmed.startIndex, offsetBy: 2)..<close].lowercased().trimmed
        guard let name = Self.names[type] else { return nil }
        var after = trimmed[trimmed.index(after: close)...]
        if after.first == "-" || after.first == "+" { after = after.dropFirst() }
        let textTitle = String(after).trimmed
        self.name = name
        let written = (textTitle + (renderedTitle.isEmpty ? "" : " " + renderedTitle.plainText)).trimmed
        self.title = written.isEmpty ? type.prefix(1).uppercased() + type.dropFirst() : written
        let rest = Array(content[index...].drop { $0 == .softBreak || $0 == .lineBreak })
        var body = Array(blocks.dropFirst())
        if !rest.isEmpty { body.insert(Block(.paragraph(rest), line: first.line + 1, column: first.column, endLine: first.endLine), at: 0) }
        self.body = body
    }
}
