import BearingModel

/// Text that is written literally rather than said: a code span, a file path, an address. A date or a period inside it
/// (`docs/tasks/2025-q4-backlog.md`, `https://…/2026-03/notes`) names a file, not when the work is due.
enum LiteralText {
    /// The code spans of a line, nested ones too.
    static func codeSpans(in content: [Inline]) -> [String] {
        var found: [String] = []
        func visit(_ inlines: [Inline]) {
            for inline in inlines {
                switch inline {
                case .code(let code): found.append(code)
                case .strong(let inner), .emphasis(let inner): visit(inner)
                case .link(_, let inner): visit(inner)
                default: continue
                }
            }
        }
        visit(content)
        return found
    }

    /// Whether `text`, found as a date or period in a line, is or lies in a code span of that line, or is a path or
    /// an address: it then says no time.
    static func isLiteral(_ text: String, codeSpans: [String]) -> Bool {
        let trimmed = text.trimmed
        guard !trimmed.isEmpty else { return false }
        if codeSpans.contains(where: { $0.contains(trimmed) || trimmed.contains($0) && $0.contains(where: \.isNumber) }) { return true }
        if isPathOrAddress(trimmed) { return true }
        // "see notes/2026-q1/summary.md": the only time in the words is inside a path.
        let words = trimmed.split(whereSeparator: \.isWhitespace).map(String.init)
        guard words.count > 1, words.contains(where: isPathOrAddress) else { return false }
        let rest = words.filter { !isPathOrAddress($0) }.joined(separator: " ")
        return PeriodText.firstYear(rest) == nil && Quarter.find(in: rest) == nil
    }

    /// "docs/tasks/2025-q4-backlog.md", "notes-2026-03.md", "https://example.com/2026/q1": a file's or a page's name.
    /// "12/31/2026", "Q1/Q2 2026" and "Dec. 2026" are times.
    static func isPathOrAddress(_ text: String) -> Bool {
        if text.contains("://") { return true }
        guard !text.contains(where: \.isWhitespace) else { return false }
        if fileName.matches(text) { return true }
        // Segments of a path: at least one a word of four letters or more that is no month ("docs/2026-q1").
        let segments = text.split(whereSeparator: { $0 == "/" || $0 == "\\" })
        return segments.count >= 2 && segments.contains { segment in
            segment.count >= 4 && segment.allSatisfy { $0.isLetter || $0 == "_" || $0 == "-" } && !segment.contains(where: \.isUppercase)
                && PeriodText.normalize(String(segment), year: 2000) == nil
        }
    }

    /// A name ending with a file extension: "backlog.md", "plan-2026-q1.yaml".
    private static let fileName = Pattern(#"[A-Za-z0-9_-]\.(?:md|markdown|mdx|txt|ya?ml|json|toml|csv|pdf|html?|rst|adoc|org|docx?|xlsx?|png|jpe?g|svg|swift|py|js|ts|go|rs)$"#)
}
