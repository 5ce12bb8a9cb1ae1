/// `[[Roadmap/Product Roadmap|roadmap]]`, `[[Pricing experiment]]`, `![[Pricing experiment]]`: an Obsidian, Foam or
/// Logseq link to another note, in text, shown as the words the note-taking app shows — the text after `|`, else the
/// note's name (a heading after `#` named after it) — not as the brackets it is written with. The note is no page of
/// the site, so it is no link.
package enum Wikilinks {
    package static func asText(_ text: String) -> String {
        // Byte for byte first: Foundation's `contains` over every text a page shows showed in a cold build's profile.
        // Where the bytes hold `[[` and Foundation's search finds none, the loop finds none either and returns the text.
        guard text.containsBytes("[["), text.contains("[[") else { return text }
        var out = ""
        var rest = Substring(text)
        while let open = rest.range(of: "[["), let close = rest[open.upperBound...].range(of: "]]") {
            let link = rest[open.upperBound..<close.lowerBound]
            guard !link.isEmpty, !link.contains("[") else {
                out += rest[..<open.upperBound]
                rest = rest[open.upperBound...]
                continue
            }
            var before = rest[..<open.lowerBound]
            if before.hasSuffix("!") { before = before.dropLast() }
            out += before
            out += shown(link)
            rest = rest[close.upperBound...]
        }
        return out + rest
    }

    private static func shown(_ link: Substring) -> Substring {
        if let bar = link.firstIndex(of: "|") { return link[link.index(after: bar)...] }
        let parts = link.split(separator: "#", maxSplits: 1)
        let page = parts.first.map { $0.split(separator: "/").last ?? $0 } ?? link
        return parts.count == 2 ? page + " › " + parts[1] : page
    }
}
