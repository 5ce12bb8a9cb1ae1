import Foundation

/// A table written in raw HTML (`<table>` … `<tr><td>` … `</table>`). Public roadmaps use one where a Markdown table
/// cannot span columns (Couchers' quarterly board). Markdown reads it as markup, not as a table, so its rows are no
/// items and, without `allow_html`, the site would show nothing of it: what it says is its cells' text.
public enum HTMLTable {
    /// The rows of `html` that hold text, each as its cells' text with the tags taken out; empty when it has no rows.
    public static func rows(in html: String) -> [[String]] {
        let lower = html.lowercased()
        guard lower.containsTag("tr") || lower.containsTag("td") || lower.containsTag("th") else { return [] }
        return pieces(of: html[...], at: "tr").compactMap { row in
            let cells = pieces(of: row, at: "td", "th").map(text)
            return cells.contains(where: { !$0.isEmpty }) ? cells : nil
        }.filter { !$0.isEmpty }
    }

    /// The raw HTML blocks among `blocks` (and inside quotes and list items) that start a table, each with the rows
    /// of text of the whole table: a blank line between rows splits it into several blocks, which are counted with it.
    public static func tables(in blocks: [Block]) -> [(block: Block, rows: Int)] {
        var found: [(block: Block, rows: Int)] = []
        var open: Int?
        for block in blocks {
            switch block.kind {
            case .html(let html):
                let lower = html.lowercased()
                if lower.containsTag("table") {
                    found.append((block, 0))
                    open = found.count - 1
                }
                if let index = open { found[index].rows += rows(in: html).count }
                if lower.contains("</table") { open = nil }
            case .quote(let inner), .directive(_, _, _, let inner, _):
                found += tables(in: inner)
            case .list(_, let items):
                found += items.flatMap { tables(in: $0.blocks) }
            default:
                break
            }
        }
        return found.filter { $0.rows > 0 }
    }

    /// What follows each opening `<name …>` tag of `html`, up to the next one (or the end).
    /// `names` are two letters long, as the table tags are.
    private static func pieces(of html: Substring, at names: String...) -> [Substring] {
        var starts: [String.Index] = []
        var index = html.startIndex
        while let open = html[index...].firstIndex(of: "<") {
            let after = html.index(after: open)
            let head = html[after...].prefix(2).lowercased()
            if let name = names.first(where: { head == $0 }) {
                let next = html.index(after, offsetBy: name.count, limitedBy: html.endIndex) ?? html.endIndex
                if next == html.endIndex || html[next] == ">" || html[next].isWhitespace || html[next] == "/" { starts.append(open) }
            }
            index = after
        }
        return starts.enumerated().map { number, start in
            html[start..<(number + 1 < starts.count ? starts[number + 1] : html.endIndex)]
        }
    }

    /// `text` with its tags taken out, the usual character references read and its whitespace run together.
    package static func text(_ html: Substring) -> String {
        var out = ""
        var inTag = false
        for character in html {
            if character == "<" { inTag = true; out += " "; continue }
            if character == ">", inTag { inTag = false; continue }
            if !inTag { out.append(character) }
        }
        let references = [("&nbsp;", " "), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&apos;", "'"),
                          ("&rsquo;", "’"), ("&lsquo;", "‘"), ("&rdquo;", "”"), ("&ldquo;", "“"), ("&mdash;", "—"), ("&ndash;", "–"),
                          ("&hellip;", "…"), ("&bull;", "•"), ("&middot;", "·"), ("&rarr;", "→"), ("&times;", "×")]
        for (reference, character) in references { out = out.replacingAll(reference, with: character) }
        // "partner&#8217;s", "&#x2014;": Word, Confluence and pandoc write typographic characters as numeric references.
        if out.contains("&#") { out = numericReferencesRead(out) }
        out = out.replacingAll("&amp;", with: "&")
        return out.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

/// `text` with each `&#NNNN;` and `&#xHHHH;` reference as its character; one that names no character stays as written.
private func numericReferencesRead(_ text: String) -> String {
    var out = ""
    var rest = text[...]
    while let start = rest.range(of: "&#") {
        out += rest[..<start.lowerBound]
        let after = rest[start.upperBound...]
        let hex = after.first == "x" || after.first == "X"
        let digits = (hex ? after.dropFirst() : after).prefix { hex ? $0.isHexDigit : ($0.isASCII && $0.isNumber) }
        let end = digits.endIndex
        if !digits.isEmpty, digits.count <= 7, end < rest.endIndex, rest[end] == ";",
           let value = UInt32(digits, radix: hex ? 16 : 10), let scalar = Unicode.Scalar(value), value != 0 {
            out.unicodeScalars.append(scalar)
            rest = rest[rest.index(after: end)...]
        } else {
            out += "&#"
            rest = after
        }
    }
    return out + rest
}

private extension String {
    /// An opening `<name` tag, not another tag that starts so (`<trace>`).
    func containsTag(_ name: String) -> Bool {
        var rest = self[...]
        while let range = rest.range(of: "<" + name) {
            let next = rest[range.upperBound...].first
            if next == nil || next == ">" || next!.isWhitespace || next == "/" { return true }
            rest = rest[range.upperBound...]
        }
        return false
    }
}
