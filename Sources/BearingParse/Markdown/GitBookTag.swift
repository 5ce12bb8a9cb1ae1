import BearingModel

/// GitBook's Liquid block tags, as a GitBook-synced handbook writes them into its Markdown (Thunderbird's roadmap embeds
/// its bugs with `{% embed url="…" %}`). GitBook draws them; on any other page they showed as text. Each tag line is
/// rewritten alone, line for line, into what a reader of the page sees of it, and what the tags wrap stays the page's
/// Markdown (a tab's list is still read as work):
/// - `{% tab title="Linux" %}`: the tab's title as a bold line (with a line break when text follows it on the next line);
/// - `{% embed url="…" %}`, and `{% content-ref url="…" %}` with nothing of its own inside: a link to the address;
/// - `{% code title="deploy.sh" %}`: the title as a bold line over the code; without one, a blank line;
/// - `{% tabs %}` and every closing tag (`{% endtab %}`, `{% endembed %}`…): blank lines.
/// `{% hint %}` is an admonition (`MySTPreprocessor`); other Liquid (`{% include %}`, `{% if %}`) is left as written.
enum GitBookTag {
    /// The line to write for `line` when it is one of these tags, else nil. `next` is the line after it.
    static func shown(_ line: Substring, next: Substring?) -> String? {
        let trimmed = line.trimmedSpaces
        guard trimmed.hasPrefix("{%"), trimmed.hasSuffix("%}"), let match = tag.firstMatch(in: trimmed), let name = match[1]?.lowercased()
        else { return nil }
        let indent = String(line.prefix(while: { $0 == " " }))
        let attributes = match[2] ?? ""
        switch name {
        case "tabs", "endtabs", "endtab", "endembed", "endcontent-ref", "endcode":
            return ""
        case "tab":
            guard let title = value(of: "title", in: attributes), !title.isEmpty else { return "" }
            return indent + "**" + escaped(title) + "**" + (continuesParagraph(next) ? "\\" : "")
        case "embed":
            guard let url = value(of: "url", in: attributes), !url.isEmpty else { return "" }
            return indent + link(url)
        case "content-ref":
            guard let url = value(of: "url", in: attributes), !url.isEmpty else { return "" }
            // GitBook writes the page's link inside (`[roadmap.md](roadmap.md)`): then that line is the link.
            if let next, !next.trimmedSpaces.isEmpty, !isClosing(next, "content-ref") { return "" }
            return indent + link(url)
        case "code":
            guard let title = value(of: "title", in: attributes), !title.isEmpty else { return "" }
            return indent + "**" + escaped(title) + "**"
        default:
            return nil
        }
    }

    private static let tag = Pattern(#"^\{%-?\s*(tabs|endtabs|tab|endtab|embed|endembed|content-ref|endcontent-ref|code|endcode)\b(.*?)-?%\}$"#)

    private static func value(of name: String, in attributes: String) -> String? {
        guard let match = (name == "url" ? url : title).firstMatch(in: attributes) else { return nil }
        return (match[1] ?? match[2] ?? match[3])?.trimmed
    }

    private static let url = Pattern(#"\burl\s*=\s*(?:"([^"]*)"|'([^']*)'|(\S+))"#)
    private static let title = Pattern(#"\btitle\s*=\s*(?:"([^"]*)"|'([^']*)'|(\S+))"#)

    private static func isClosing(_ line: Substring, _ name: String) -> Bool {
        line.trimmedSpaces.replacingOccurrences(of: " ", with: "").lowercased().hasPrefix("{%end" + name)
    }

    /// `[https://…](https://…)`: the address as the link's text, since a tag gives nothing else to call it.
    private static func link(_ url: String) -> String {
        let destination = url.contains(" ") ? "<" + url + ">" : url
        return "[" + escaped(url) + "](" + destination + ")"
    }

    /// Markdown's marks in a title or address made literal, so `**` around it stays one bold run.
    private static func escaped(_ text: String) -> String {
        var out = ""
        for character in text {
            if "*_[]`\\<>".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }

    /// Whether `next` would run on as the same paragraph (plain text), so the title needs a line break to stand alone.
    private static func continuesParagraph(_ next: Substring?) -> Bool {
        guard let next else { return false }
        let text = next.trimmedSpaces
        guard let first = text.first, next.prefix(while: { $0 == " " }).count <= 3 else { return false }
        if "#>|`~{<".contains(first) { return false }
        if ["- ", "* ", "+ "].contains(where: text.hasPrefix) || text == "-" || text == "*" || text == "+" { return false }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, digits.count <= 9, let mark = text.dropFirst(digits.count).first, mark == "." || mark == ")" { return false }
        return !(text.allSatisfy { $0 == "-" || $0 == "=" || $0 == "*" || $0 == "_" || $0 == " " })
    }
}
