/// Rewrites the MyST syntax that plain CommonMark would mangle, line for line so that every
/// source position stays true:
/// - front matter and `+++` block markers become blank lines;
/// - `:::{name} arg` colon fences become tilde fences (`~~~{name} arg`), which cmark reads as a fenced
///   block whose info string names the directive; `MarkdownReader` then turns it into a directive block.
enum MySTPreprocessor {
    static func rewrite(_ lines: [Substring], frontMatterLines: Int) -> String {
        var out = lines.map(String.init)
        for index in 0..<min(frontMatterLines, out.count) { out[index] = "" }
        var index = frontMatterLines
        while index < out.count {
            let line = out[index]
            if isBlockMarker(line) {
                out[index] = ""
            } else if let opener = colonOpener(line) {
                let close = closingLine(for: opener.colons, in: out, after: index)
                let body = out[(index + 1)..<(close ?? out.count)]
                let tildes = String(repeating: "~", count: max(3, longestTildeRun(in: body) + 1))
                out[index] = opener.indent + tildes + opener.rest
                if let close { out[close] = opener.indent + tildes; index = close }
                else { index = out.count }
            }
            index += 1
        }
        return out.joined(separator: "\n")
    }

    private static func isBlockMarker(_ line: String) -> Bool {
        let trimmed = line.drop(while: { $0 == " " })
        return line.count - trimmed.count <= 3 && trimmed.hasPrefix("+++")
    }

    /// `:::{note} Title` (three or more colons, up to three spaces of indent) → its parts.
    private static func colonOpener(_ line: String) -> (indent: String, colons: Int, rest: String)? {
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
    private static func closingLine(for colons: Int, in lines: [String], after opener: Int) -> Int? {
        for index in (opener + 1)..<lines.count {
            let trimmed = lines[index].trimmedSpaces
            if trimmed.count >= colons, trimmed.allSatisfy({ $0 == ":" }) { return index }
        }
        return nil
    }

    private static func longestTildeRun(in lines: ArraySlice<String>) -> Int {
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
