import BearingModel

/// Rewrites the MyST syntax that plain CommonMark would mangle, line for line so that every
/// source position stays true:
/// - front matter and `+++` block markers become blank lines;
/// - `:::{name} arg` colon fences become tilde fences (`~~~{name} arg`), which cmark reads as a fenced
///   block whose info string names the directive; `MarkdownReader` then turns it into a directive block;
/// - GitBook's `{% hint style="warning" %}` … `{% endhint %}` becomes the same fence around an admonition
///   (`~~~{warning}`): GitBook-synced handbooks (Thunderbird's roadmap) showed the tags as text; Notion's
///   `<aside>` … `</aside>` callout becomes a note admonition the same way;
/// - GitBook's other block tags (`GitBookTag`) become what a reader sees of them: a tab's title as a bold line over its
///   text, an embed or a content-ref as a link, a code block's title over the code, and the closing tags blank lines.
enum MySTPreprocessor {
    static func rewrite(_ lines: [Substring], frontMatterLines: Int) -> String {
        var out = lines
        for index in 0..<min(frontMatterLines, out.count) { out[index] = "" }
        var index = frontMatterLines
        while index < out.count {
            let line = out[index]
            if !mayOpen(line) {
                // Most lines: neither marker nor fence, told from the first bytes alone.
            } else if let admonition = admonition(at: index, in: out) {
                let (name, close) = (admonition.name, admonition.close)
                let body = out[(index + 1)..<close]
                let tildes = String(repeating: "~", count: max(3, longestTildeRun(in: body) + 1))
                let indent = String(line.prefix(while: { $0 == " " }))
                out[index] = Substring(indent + tildes + "{" + name + "}")
                out[close] = Substring(indent + tildes)
                index = close
            } else if let shown = GitBookTag.shown(line, next: index + 1 < out.count ? out[index + 1] : nil) {
                out[index] = Substring(shown)
            } else if isBlockMarker(line) {
                out[index] = ""
            } else if let opener = colonOpener(line) {
                let close = closingLine(for: opener.colons, in: out, after: index)
                let body = out[(index + 1)..<(close ?? out.count)]
                let tildes = String(repeating: "~", count: max(3, longestTildeRun(in: body) + 1))
                out[index] = Substring(opener.indent + tildes + opener.rest)
                if let close { out[close] = Substring(opener.indent + tildes); index = close }
                else { index = out.count }
            }
            index += 1
        }
        return out.joined(separator: "\n")
    }

    /// Notion's export writes a callout as `<aside>` and `</aside>` on lines of their own around its Markdown; CommonMark
    /// reads the opening line and the text after it as one raw HTML block, which a page without `allow_html` leaves
    /// out: the callout is a note admonition, its text read as Markdown.
    private static func isNotionCallout(_ line: Substring) -> Bool {
        line.trimmed.lowercased() == "<aside>"
    }

    /// The admonition opened at `index` (a GitBook hint or a Notion callout) and the line that closes it.
    private static func admonition(at index: Int, in lines: [Substring]) -> (name: String, close: Int)? {
        if let name = gitBookHint(lines[index]) { return gitBookHintEnd(in: lines, after: index).map { (name, $0) } }
        if isNotionCallout(lines[index]) { return asideEnd(in: lines, after: index).map { ("note", $0) } }
        return nil
    }

    private static func asideEnd(in lines: [Substring], after opener: Int) -> Int? {
        lines[(opener + 1)...].firstIndex { $0.trimmed.lowercased() == "</aside>" }
    }

    /// Whether the line starts, after at most three spaces, with `+`, `:`, `{` or `<`; only those can be rewritten.
    private static func mayOpen(_ line: Substring) -> Bool {
        var spaces = 0
        for byte in line.utf8 {
            guard byte == UInt8(ascii: " ") else {
                return byte == UInt8(ascii: "+") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "{") || byte == UInt8(ascii: "<")
            }
            spaces += 1
            if spaces > 3 { return false }
        }
        return false
    }

    /// The admonition a GitBook hint opener names (`{% hint style="info" %}` → note), nil for any other line.
    private static func gitBookHint(_ line: Substring) -> String? {
        let trimmed = line.trimmedSpaces
        guard trimmed.hasPrefix("{%"), trimmed.hasSuffix("%}"), let match = hintOpener.firstMatch(in: String(trimmed)) else { return nil }
        return hintStyles[(match[1] ?? "info").lowercased()] ?? "note"
    }

    private static let hintOpener = Pattern(#"^\{%-?\s*hint(?:\s+style\s*=\s*["']?(\w+)["']?)?\s*-?%\}$"#)
    private static let hintStyles = ["info": "note", "success": "tip", "warning": "warning", "danger": "caution"]

    /// The line of the `{% endhint %}` that closes a hint opened before `opener`; nil leaves the opener as written.
    private static func gitBookHintEnd(in lines: [Substring], after opener: Int) -> Int? {
        for index in (opener + 1)..<lines.count {
            let trimmed = lines[index].trimmedSpaces.replacingOccurrences(of: " ", with: "")
            if trimmed == "{%endhint%}" || trimmed == "{%-endhint-%}" { return index }
            if gitBookHint(lines[index]) != nil { return nil }
        }
        return nil
    }

    private static func isBlockMarker(_ line: Substring) -> Bool {
        let trimmed = line.drop(while: { $0 == " " })
        return line.count - trimmed.count <= 3 && trimmed.hasPrefix("+++")
    }

    /// `:::{note} Title` (three or more colons, up to three spaces of indent) → its parts.
    private static func colonOpener(_ line: Substring) -> (indent: String, colons: Int, rest: String)? {
        let indent = line.prefix(while: { $0 == " " })
        guard indent.count <= 3 else { return nil }
        let afterIndent = line.dropFirst(indent.count)
        let colons = afterIndent.prefix(while: { $0 == ":" }).count
        guard colons >= 3 else { return nil }
        let rest = afterIndent.dropFirst(colons)
        guard rest.hasPrefix("{"), rest.contains("}") else { return nil }
        return (String(indent), colons, String(rest))
    }

    /// The first later line made only of at least `colons` colons; nil runs the directive to the end.
    private static func closingLine(for colons: Int, in lines: [Substring], after opener: Int) -> Int? {
        for index in (opener + 1)..<lines.count {
            let trimmed = lines[index].trimmedSpaces
            if trimmed.count >= colons, trimmed.allSatisfy({ $0 == ":" }) { return index }
        }
        return nil
    }

    private static func longestTildeRun(in lines: ArraySlice<Substring>) -> Int {
        var longest = 0
        for line in lines {
            var run = 0
            for character in line {
                run = character == "~" ? run + 1 : 0
                longest = max(longest, run)
            }
        }
        return longest
    }
}

import Foundation
