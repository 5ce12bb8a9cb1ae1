import BearingModel

/// What a site's Markdown says about how a page is drawn rather than what it says: Material for MkDocs' icon
/// shortcodes (`:material-github:`, `:octicons-check-16:`, `:fontawesome-solid-flag:`, `:simple-gitlab:`), which are
/// pictures on the site and words nowhere; attribute lists (Python-Markdown's `{ .md-button }`, kramdown's
/// `{:data-ga-name="our values"}`), which style what they are glued to; and snippet includes (`--8<-- "notes.md"`),
/// which name another file to paste in. Taken out of a line, the words the site shows are left.
enum SiteMarkup {
    private static let iconSets = ["material", "octicons", "fontawesome", "simple"]

    /// A cheap test for anything `removed(from:)` takes out.
    static func mayHold(_ text: String) -> Bool {
        text.containsBytes("--8<--") || text.containsBytes("{.") || text.containsBytes("{ .") || text.containsBytes("{:")
            || text.containsBytes("=lazy") || iconSets.contains { text.containsBytes(of: ":" + $0 + "-") }
    }

    /// The line without icon shortcodes (and an attribute list glued to one, `:octicons-check-16:{ .green }`), and a
    /// snippet include line (`--8<-- "part.md"`) as nothing: the page it pastes is another file, not this one's words.
    static func removed(from line: String) -> String {
        if line.trimmed.hasPrefix("--8<--") { return "" }
        // A div's or a directive's fence left as written (one nothing closes) keeps its attributes.
        if line.trimmed.hasPrefix(":::") { return line }
        var line = line
        if line.contains(":"), iconSets.contains(where: { line.contains(":" + $0 + "-") }) { line = removing(icon, from: line) }
        if line.contains("{"), line.contains("=") || line.contains(".") { line = removingAttributeLists(from: line) }
        return line
    }

    /// The line without its attribute lists: those glued to what they style (`[Results](results.md){ .md-button }`,
    /// `![Map](map.png){ loading=lazy }`, `[text]{.smallcaps}`, `**New**{ .badge }`, a second list glued to the first, as GitLab's handbook chains
    /// `{:data-ga-name="our values"}{:data-ga-location="body"}`) and one ending the line (a heading's
    /// or a paragraph's, `## Goals {.unnumbered}`). Braces inside the words, after a space (`{x=5} units`), or in code
    /// (`` `{ .md-button }` ``) are the page's words and stay.
    private static func removingAttributeLists(from line: String) -> String {
        let ranges = attributeList.allRanges(in: line).filter { range in
            let bytes = Array(line[..<range.lowerBound].utf8)
            if bytes.filter({ $0 == UInt8(ascii: "`") }).count % 2 == 1 { return false }
            let atEnd = line[range.upperBound...].allSatisfy { $0 == " " || $0 == "\t" }
            let glued = line[range].first == "{" && bytes.last.map { ")]*_`>}".utf8.contains($0) } == true
            return atEnd || glued
        }
        return ranges.reversed().reduce(line) { text, range in
            var text = text
            text.removeSubrange(range)
            return text
        }
    }

    private static func removing(_ pattern: Pattern, from line: String) -> String {
        pattern.allRanges(in: line).reversed().reduce(line) { text, range in
            var text = text
            text.removeSubrange(range)
            return text
        }
    }

    private static let icon = Pattern(#":(?:material|octicons|fontawesome|simple)-[a-z0-9-]+:(?:\{[^{}\n]*\})? ?"#)
    /// Python-Markdown's attribute list after a link, an image or a heading (`{ .md-button }`, `{: target="_blank" }`,
    /// `{ loading=lazy }`), and kramdown's (`{:data-ga-name="our values"}`): how the site draws it, never words. One
    /// naming an id (`{#launch}`) is left: Bearing reads a heading's id from it.
    private static let attributeList = Pattern(#" ?\{:? *(?:\.[\w-]+|[\w-]+=(?:"[^"]*"|'[^']*'|[^\s{}"']+))(?: +(?:\.[\w-]+|[\w-]+=(?:"[^"]*"|'[^']*'|[^\s{}"']+)))* *\}"#)
}
