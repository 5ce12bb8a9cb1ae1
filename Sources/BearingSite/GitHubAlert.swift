import BearingModel

/// A GitHub alert: a block quote whose first line is only `[!NOTE]`, `[!TIP]`, `[!IMPORTANT]`, `[!WARNING]` or
/// `[!CAUTION]`. GitHub shows it as a titled callout; the site shows it as the admonition MyST's `:::{note}` makes, so
/// OpenTelemetry's `> [!IMPORTANT]` no longer reads as the literal text "[!IMPORTANT]".
struct GitHubAlert: Equatable {
    /// The admonition's name: "note", "tip", "important", "warning" or "caution".
    var name: String
    /// The quote's blocks after the marker line.
    var body: [Block]

    static let names: Set<String> = ["note", "tip", "important", "warning", "caution"]

    /// The alert a quote is, or nil for an ordinary quote. cmark splits `[!NOTE]` into several text runs (the brackets
    /// start no link), so the leading runs are read together.
    init?(quote blocks: [Block]) {
        guard let first = blocks.first, case .paragraph(let content) = first.kind else { return nil }
        var marker = ""
        var index = content.startIndex
        while index < content.endIndex, case .text(let text) = content[index] {
            marker += text
            index += 1
        }
        // GitHub reads the marker only when it is alone on its line: `> [!NOTE] Read this` is an ordinary quote.
        guard index == content.endIndex || content[index] == .softBreak || content[index] == .lineBreak else { return nil }
        let trimmed = marker.trimmed
        guard trimmed.hasPrefix("[!"), trimmed.hasSuffix("]"), trimmed.count > 3 else { return nil }
        let name = trimmed.dropFirst(2).dropLast().lowercased()
        guard Self.names.contains(name) else { return nil }
        self.name = name
        let rest = Array(content[index...].drop { $0 == .softBreak || $0 == .lineBreak })
        var body = Array(blocks.dropFirst())
        if !rest.isEmpty { body.insert(Block(.paragraph(rest), line: first.line + 1, column: first.column, endLine: first.endLine), at: 0) }
        self.body = body
    }
}
