import BearingModel

/// Turns HTML disclosure blocks into headings, line for line, so every source position stays true:
///
/// ```
/// <details>
///   <summary>2x-ing product comparisons</summary>
///
/// **Owner:** Natalia Amorim
/// …
/// </details>
/// ```
///
/// is a section titled by its summary, one level below the heading it is written under (`### 2x-ing product
/// comparisons` under `## Editorial`): handbooks that fold each objective or roadmap item into a `<details>` block
/// (PostHog's team pages) are read as headings would be, instead of one objective per group with every folded
/// objective's fields merged into it. The `<details>` and `</details>` lines become empty. Only blocks written at the
/// top level (not indented into a list) whose summary is one line of words are rewritten; a summary that only says how
/// to open the block ("Click to expand", "Show more", "Details") names nothing, and that block is left as it was.
enum DetailsPreprocessor {
    static func rewrite(_ text: String) -> String {
        // A `<` first, byte for byte: the case-insensitive search goes through Foundation, which every file paid for.
        guard text.containsByte(UInt8(ascii: "<")), text.range(of: "<details", options: .caseInsensitive) != nil else { return text }
        var lines = text.splitLines().map(String.init)
        var headingLevel = 1
        var open: [(level: Int, rewritten: Bool, shortcode: Bool, before: (text: Bool, introduces: Bool))] = []
        var fence: Character?
        // Whether the section under the last heading has words of its own before this point (outside rewritten blocks),
        // and whether the last of them ends with a colon, introducing what follows.
        var sectionText = false
        var introduces = false
        var index = CodeFence.frontMatterEnd(lines)
        while index < lines.count {
            let line = lines[index]
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            let indent = line.prefix(while: { $0 == " " }).count
            defer {
                if !trimmed.isEmpty, opener(trimmed) == nil, trimmed.lowercased() != "</details>",
                   fence != nil || atxLevel(trimmed) == nil || indent > 3 {
                    sectionText = true
                    introduces = trimmed.hasSuffix(":")
                }
            }
            if let marker = fence {
                if trimmed.hasPrefix(String(repeating: marker, count: 3)) { fence = nil }
            } else if indent <= 3, let first = trimmed.first, first == "`" || first == "~", trimmed.hasPrefix(String(repeating: first, count: 3)) {
                fence = first
            } else if indent <= 3, let level = atxLevel(trimmed) {
                headingLevel = level
                sectionText = false
            } else if indent <= 3, let rest = opener(trimmed) {
                let level = min(6, (open.last?.level ?? headingLevel) + 1)
                // A block after the section's own words (`## Faster search`, its description, then `<summary>Design
                // notes</summary>`) folds more about that section: it is no section of its own, or the item would
                // become a lane of its notes. Words ending with a colon ("Our objectives this quarter:") introduce the
                // blocks after them, as a group heading's intro does.
                let folded = sectionText && !introduces
                if !folded, let (summaryLine, title) = summary(after: rest, at: index, in: lines), closes(from: index + 1, in: lines) {
                    let heading = String(repeating: "#", count: level) + " " + title
                    if summaryLine == index { lines[index] = heading } else { lines[index] = ""; lines[summaryLine] = heading }
                    open.append((level, true, false, (sectionText, introduces)))
                    sectionText = false
                    index = summaryLine
                } else if trimmed.hasPrefix(HugoShortcodes.detailsOpener), let title = title(rest) {
                    // A Hugo `details` shortcode (`HugoShortcodes`) folding more of this section: its title in bold.
                    lines[index] = HugoShortcodes.bold(title.replacingOccurrences(of: "&lt;", with: "<"), previous: index > 0 ? lines[index - 1] : "",
                                                       next: index + 1 < lines.count ? lines[index + 1] : "", pad: String(repeating: " ", count: indent))
                    open.append((level - 1, false, true, (sectionText, introduces)))
                } else {
                    open.append((level - 1, false, false, (sectionText, introduces)))
                }
            } else if trimmed.lowercased() == "</details>", let last = open.popLast() {
                // The words after a folded section's block are its section's again: a second block beside it is a
                // section too.
                if last.rewritten { lines[index] = ""; (sectionText, introduces) = last.before }
                if last.shortcode { lines[index] = "" }
            }
            index += 1
        }
        return lines.joined(separator: "\n")
    }

    private static func atxLevel(_ trimmed: String) -> Int? {
        let hashes = trimmed.prefix(while: { $0 == "#" }).count
        guard (1...6).contains(hashes) else { return nil }
        let after = trimmed.dropFirst(hashes)
        return after.isEmpty || after.first == " " || after.first == "\t" ? hashes : nil
    }

    /// What follows `<details>` or `<details open>` on its line; nil when the line opens no disclosure block.
    private static func opener(_ trimmed: String) -> Substring? {
        guard let match = detailsTag.firstMatchWithRange(in: trimmed) else { return nil }
        return trimmed[match.range.upperBound...]
    }

    /// The line holding the block's `<summary>` (the opener's own, or the next one written) and its title.
    private static func summary(after rest: Substring, at index: Int, in lines: [String]) -> (Int, String)? {
        if !rest.trimmingCharacters(in: .whitespaces).isEmpty { return title(rest).map { (index, $0) } }
        var next = index + 1
        while next < lines.count, lines[next].trimmingCharacters(in: .whitespaces).isEmpty { next += 1 }
        guard next < lines.count, next - index <= 2 else { return nil }
        return title(Substring(lines[next])).map { (next, $0) }
    }

    private static func title(_ text: Substring) -> String? {
        guard let match = summaryTag.firstMatch(in: String(text)), let inner = match[1] else { return nil }
        var title = inner
        for range in innerTag.allRanges(in: title).reversed() { title.replaceSubrange(range, with: "") }
        title = title.trimmingCharacters(in: .whitespaces)
        return namesSomething(title) ? title : nil
    }

    /// Whether a disclosure block's title names what it holds ("2x-ing product comparisons"), not only how to open it
    /// ("Click to expand", "Details").
    static func namesSomething(_ title: String) -> Bool {
        let lower = title.lowercased()
        return title.contains(where: \.isLetter) && !genericSummaries.contains(lower) && !openingWords.contains(where: { lower.hasPrefix($0 + " ") })
    }

    /// Whether the block is closed further down and holds no heading of its own: an unclosed `<details>` is left alone,
    /// and so is one folding whole sections (`<summary>✅ v1.0 MVP — shipped</summary>` over `### Phase 1: …`), whose
    /// headings already say what is in it.
    private static func closes(from start: Int, in lines: [String]) -> Bool {
        var depth = 1
        var fence: Character?
        for line in lines[min(start, lines.count)...] {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if let marker = fence {
                if trimmed.hasPrefix(String(repeating: marker, count: 3)) { fence = nil }
                continue
            }
            if let first = trimmed.first, first == "`" || first == "~", trimmed.hasPrefix(String(repeating: first, count: 3)) { fence = first; continue }
            if line.prefix(while: { $0 == " " }).count <= 3, atxLevel(trimmed) != nil { return false }
            let lower = trimmed.lowercased()
            if detailsTag.matches(lower) { depth += 1 }
            if lower.hasSuffix("</details>") { depth -= 1; if depth == 0 { return true } }
        }
        return false
    }

    private static let detailsTag = Pattern(#"^<details(?:\s[^<>]*)?>"#)
    private static let summaryTag = Pattern(#"^\s*<summary(?:\s[^<>]*)?>(.*)</summary>\s*$"#)
    private static let innerTag = Pattern(#"</?[A-Za-z][^<>]*>"#)
    private static let genericSummaries: Set<String> = [
        "details", "more", "more details", "more info", "more information", "show", "expand", "spoiler", "full text", "toggle",
    ]
    private static let openingWords = ["click", "tap", "expand", "show", "see", "view", "toggle", "open", "read"]
}
