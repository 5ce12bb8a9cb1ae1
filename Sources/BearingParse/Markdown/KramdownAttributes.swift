import BearingModel

/// kramdown's attribute lists and extensions (`{:data-ga-name="our values"}` glued to a link, `{:.no_toc}` under a
/// heading, `{:toc}`, `{::comment}`) are instructions to a Jekyll or Middleman site, never words of the plan.
/// GitLab's handbook writes one after almost every link; shown as text they cluttered every page, and their words
/// ("data", "name", "location", "body") were read as the item's. CommonMark keeps them as text, so they are taken
/// out of the text here, and a paragraph that held nothing else goes with them.
enum KramdownAttributes {
    private static let attribute = Pattern(#"\{::?[^{}\n]*\}"#)

    /// `content` without attribute lists; nil when it held nothing else (the paragraph is dropped).
    static func strip(_ content: [Inline]) -> [Inline]? {
        // Most text holds no "{:": answered by one scan before any expression runs.
        guard content.contains(where: holdsMarker) else { return content }
        let stripped = content.compactMap(strip)
        let text = stripped.plainText
        if text.allSatisfy(\.isWhitespace) { return nil }
        return stripped
    }

    /// A kramdown table of contents (`- TOC` then `{:toc}`): the generated contents, not an item of the plan.
    static func isTableOfContents(_ content: [Inline]) -> Bool {
        content.contains { if case .text(let text) = $0 { text.containsBytes("{:toc}") } else { false } }
    }

    private static func holdsMarker(_ inline: Inline) -> Bool {
        switch inline {
        case .text(let text): text.containsBytes("{:")
        case .emphasis(let content), .strong(let content), .link(_, let content): content.contains(where: holdsMarker)
        default: false
        }
    }

    private static func strip(_ inline: Inline) -> Inline? {
        switch inline {
        case .text(let text) where text.containsBytes("{:"):
            var rest = ""
            var from = text.startIndex
            for range in attribute.allRanges(in: text) {
                rest += text[from..<range.lowerBound]
                from = range.upperBound
            }
            rest += text[from...]
            return rest.isEmpty ? nil : .text(rest)
        case .emphasis(let content): return .emphasis(content.compactMap(strip))
        case .strong(let content): return .strong(content.compactMap(strip))
        case .link(let destination, let content): return .link(destination: destination, content: content.compactMap(strip))
        default: return inline
        }
    }
}
