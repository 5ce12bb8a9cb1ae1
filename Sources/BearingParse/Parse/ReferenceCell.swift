import BearingModel

/// A table cell that points to where the work is written up rather than saying what it is: a cell under an RFC,
/// Documentation, Docs, Spec, Issue, PR or Links column, or a cell of nothing but short links ("[Overview](…),
/// [HOWTO](…), [REST API](…), [CLI](…)"), Jekyll's `[Specification]({% link docs/… %})` among them. The card shows it
/// under its header; it is no text of the work to infer from. Hyperledger Grid's "Product" row was linked to the
/// "Developer experience" priority by its "RFC", "Overview" and "API" links, 1.00, over "Supply chain data model".
enum ReferenceCell {
    static func isReference(header: String, cell: TableCell) -> Bool {
        if isLinksOnly(cell) { return true }
        guard referenceHeaders.contains(headerKey(header)) else { return false }
        // Under such a header, a link or a name ("RFC #5", "ADR-12") is a reference; a sentence says what the work is.
        return cell.content.contains { if case .link = $0 { true } else { false } }
            || cell.text.split(whereSeparator: \.isWhitespace).count <= shortLink
    }

    /// Headers of a column of references.
    static let referenceHeaders: Set<String> = [
        "rfc", "rfcs", "documentation", "docs", "doc", "documents", "spec", "specs", "specification", "specifications",
        "design doc", "design docs", "design document", "link", "links", "url", "urls", "reference", "references", "refs",
        "pr", "prs", "pull request", "pull requests", "issue", "issues", "tracking issue", "tracking issues", "ticket",
        "tickets", "kep", "keps", "adr", "adrs", "discussion", "discussions", "resources", "more info", "more information",
        "see also", "further reading",
    ]

    /// "RFC #", "Docs:", "**Documentation**": the header's words, lowercased.
    static func headerKey(_ header: String) -> String {
        header.lowercased().split(whereSeparator: { !$0.isLetter }).joined(separator: " ")
    }

    /// Every part of the cell a link whose text is at most `shortLink` words, with only separators between them.
    static func isLinksOnly(_ cell: TableCell) -> Bool {
        var links = 0
        for inline in cell.content {
            switch inline {
            case .link(_, let content):
                guard content.plainText.split(whereSeparator: \.isWhitespace).count <= shortLink else { return false }
                links += 1
            case .text(let text):
                // `[Specification]({% link docs/0.1/x.md %})`: a target with spaces is no CommonMark link, so the text is literal.
                var rest = text
                for range in literalLink.allRanges(in: text).reversed() { rest.removeSubrange(range) }
                if rest.count != text.count { links += 1 }
                guard rest.allSatisfy({ $0.isWhitespace || ",;/|·•-–—".contains($0) }) || rest.trimmed.lowercased() == "and" else { return false }
            case .softBreak, .lineBreak: continue
            default: return false
            }
        }
        return links > 0
    }

    /// Link text longer than this says what the work is ("[Improve onboarding for new contributors](…)").
    static let shortLink = 3

    private static let literalLink = Pattern(#"\[[^\]\n]{1,40}\]\([^)\n]*\)"#, needs: ["]("])
}
