import BearingModel

/// Fenced divs of three or more colons, which sites built with other tools than MkDocs write: Docusaurus's admonitions
/// (`:::tip[Title]` or `:::tip Title` … `:::`), Pandoc's fenced divs (`::: warning` … `:::`, `::: columns`, nested
/// `::: Danger` inside `::: Warning ::::::`) and Quarto's callouts (`::: {.callout-note title="Risk"}`). Read as
/// CommonMark their fences are words of the page. `MkDocsMarkup` rewrites them with what this tells: what a fence
/// opens and which line closes it. MyST's `:::{note}` is a directive, left to `MySTPreprocessor`.
enum ColonDiv {
    /// What a line of three or more colons opens.
    enum Opener: Equatable {
        /// MyST's `:::{note}`, left to `MySTPreprocessor`.
        case directive
        /// An admonition: Docusaurus's `:::tip[Title]` and `:::tip Title`, Pandoc's `::: warning`, Quarto's
        /// `::: {.callout-note title="Risk"}`; the type the callout is drawn as and its title.
        case callout(type: String, title: String?)
        /// Any other Pandoc div (`::: columns`, `::: {.column width="40%"}`, `::: {#refs}`).
        case div
    }

    /// `:::tip`, `:::tip[Title]`, `:::tip Title` (Docusaurus), `::: warning` (a Pandoc div, whose opening fence may end
    /// in colons too: `::: Warning ::::::`): colons, a word, a title.
    private static let colonWord = Pattern(#"^([A-Za-z][\w-]*)(?:\[(.*)\])?(?: +(.*))?$"#)
    private static let quotedTitle = Pattern(#"(?:^|\s)title\s*=\s*(?:"([^"]*)"|'([^']*)')"#)
    /// The admonitions Quarto's callouts are (`::: {.callout-tip}`).
    private static let quartoCallouts: Set<String> = ["note", "tip", "warning", "caution", "important"]

    /// What the line opens, or nil when it opens nothing (a closing fence, mkdocstrings' `::: package.module` and
    /// `::: my_module`). A fence is indented at most `deepestIndent` spaces: three at the margin, more inside a list item.
    static func opener(_ line: String, deepestIndent: Int = 3) -> Opener? {
        let indent = line.prefix { $0 == " " }.count
        guard indent <= deepestIndent else { return nil }
        let afterIndent = line.dropFirst(indent)
        guard afterIndent.prefix(while: { $0 == ":" }).count >= 3 else { return nil }
        var rest = afterIndent.drop { $0 == ":" }.trimmed
        if rest.hasSuffix(":") { rest = String(rest.reversed().drop { $0 == ":" }.reversed()).trimmed }
        guard !rest.isEmpty else { return nil }
        if rest.first == "{" {
            guard rest.hasSuffix("}") else { return nil }
            let inner = rest.dropFirst().dropLast().trimmed
            // `{note}` names a MyST directive; `{.note}`, `{#id}`, `{key="value"}` are a Pandoc div's attributes.
            guard inner.first == "." || inner.first == "#" || inner.contains("=") else { return .directive }
            let classes = inner.split(whereSeparator: \.isWhitespace).filter { $0.first == "." }.map { $0.dropFirst().lowercased() }
            let title = quotedTitle.firstMatch(in: inner).flatMap { ($0[1] ?? $0[2])?.trimmed }.flatMap { $0.isEmpty ? nil : $0 }
            if let type = classes.lazy.compactMap({ calloutType($0) }).first { return .callout(type: type, title: title) }
            return .div
        }
        guard let match = colonWord.firstMatch(in: rest), let word = match[1] else { return nil }
        // `::: my_module`: mkdocstrings documents a Python module there, with no closing fence; no div has such a class.
        if word.contains("_"), match[2] == nil, match[3] == nil { return nil }
        let title = (match[2] ?? match[3]).map { $0.trimmed }.flatMap { $0.isEmpty ? nil : $0 }
        if let type = calloutType(word.lowercased()) { return .callout(type: type, title: title) }
        // A word no site draws as an admonition: a Pandoc div's class (`::: columns`); with a title, Docusaurus's
        // admonition of a type Bearing does not know, drawn as a note under its title.
        return title.map { .callout(type: "note", title: $0) } ?? .div
    }

    /// The callout type a div's class or an admonition's word is drawn as: one of Material's types, or Quarto's
    /// `callout-note`.
    private static func calloutType(_ word: String) -> String? {
        if MkDocsMarkup.types.contains(word) { return word }
        if word.hasPrefix("callout-"), quartoCallouts.contains(String(word.dropFirst(8))) { return String(word.dropFirst(8)) }
        return nil
    }

    /// The line of colons that closes the block opened at `opener`: the first line of three or more colons alone that
    /// closes no block opened inside it (Pandoc nests `::: Danger` … `:::` inside `::: Warning` … `::::::`, Docusaurus
    /// `:::note` inside `::::danger`), outside fenced code. Nil when nothing closes it: the opener is left as written.
    static func close(_ lines: [String], after opener: Int, deepestIndent: Int = 3) -> Int? {
        var depth = 0
        var fence = CodeFence()
        for index in (opener + 1)..<lines.count {
            let line = lines[index]
            if fence.holds(line) { continue }
            let trimmed = line.trimmed
            guard trimmed.hasPrefix(":::"), line.prefix(while: { $0 == " " }).count <= deepestIndent else { continue }
            if trimmed.allSatisfy({ $0 == ":" }) {
                if depth == 0 { return index }
                depth -= 1
            } else if self.opener(line, deepestIndent: deepestIndent) != nil, !autodoc(lines, at: index) {
                depth += 1
            }
        }
        return nil
    }

    /// Whether the fence at `index` is mkdocstrings' (`::: bearing` over indented `options:`), which nothing closes.
    private static func autodoc(_ lines: [String], at index: Int) -> Bool {
        guard index + 1 < lines.count else { return false }
        let next = lines[index + 1]
        let key = next.trimmed
        return next.hasPrefix("  ") && (key.hasPrefix("options:") || key.hasPrefix("handler:") || key.hasPrefix("selection:"))
    }

    /// How deep a fence at `index` may be indented: three spaces at the margin; inside a list item (`1. Ship it` over a
    /// blank line and `    :::tip`), three more than where the item's text starts, as Docusaurus nests an admonition in a
    /// list.
    static func deepestIndent(at index: Int, in lines: [String]) -> Int {
        let indent = lines[index].prefix { $0 == " " }.count
        guard indent > 3 else { return 3 }
        for above in lines[..<index].reversed() {
            let trimmed = above.trimmed
            if trimmed.isEmpty { continue }
            let own = above.prefix { $0 == " " }.count
            guard own < indent else { continue }
            guard let content = listContentColumn(above), content <= indent else { return 3 }
            return content + 3
        }
        return 3
    }

    /// The column where a list item's text starts (`- x` 2, `10. x` 4, `   * x` 5), nil for a line that is no list item.
    private static func listContentColumn(_ line: String) -> Int? {
        let indent = line.prefix { $0 == " " }.count
        let rest = line.dropFirst(indent)
        var marker = 0
        if let first = rest.first, "-*+".contains(first) {
            marker = 1
        } else {
            let digits = rest.prefix { $0.isNumber }.count
            guard digits > 0, digits <= 9, let after = rest.dropFirst(digits).first, after == "." || after == ")" else { return nil }
            marker = digits + 1
        }
        let spaces = rest.dropFirst(marker).prefix { $0 == " " }.count
        guard spaces >= 1 else { return nil }
        return indent + marker + min(spaces, 4)
    }
}
