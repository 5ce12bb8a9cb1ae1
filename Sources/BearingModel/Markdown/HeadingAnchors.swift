/// The anchors GitHub gives a file's headings, and the headings its MyST targets (`(our-values)=`) name: where the
/// file's own links (`[see below](#about-this-document)`, a table of contents, `[values](our-values)`) lead, so that
/// they find on the site what they find on GitHub and in a MyST build.
public struct HeadingAnchors: Hashable, Sendable {
    /// Every heading's anchor by line: GitHub's slug of its text, with `-1`, `-2`… after a slug an earlier heading of
    /// the file already has. Headings inside quotes, lists and directives count too, as on GitHub.
    public var byLine: [Int: String] = [:]
    /// Each MyST target by name, with the line of the heading it stands before (its own line when no heading follows).
    public var labels: [String: Int] = [:]

    public init() {}

    /// The anchors of a file's blocks, read in document order.
    public init(_ blocks: [Block]) {
        var counts: [String: Int] = [:]
        func walk(_ blocks: [Block]) {
            for (index, block) in blocks.enumerated() {
                switch block.kind {
                case .heading(_, let content, _):
                    let slug = Self.slug(content.plainText)
                    var anchor = slug
                    if let seen = counts[slug] {
                        anchor = "\(slug)-\(seen)"
                        counts[slug] = seen + 1
                    } else {
                        counts[slug] = 1
                    }
                    if byLine[block.line] == nil { byLine[block.line] = anchor }
                case .label(let name):
                    let next = blocks.dropFirst(index + 1).first { if case .label = $0.kind { false } else { true } }
                    let named = next.flatMap { if case .heading = $0.kind { $0.line } else { nil } }
                    if labels[name] == nil { labels[name] = named ?? block.line }
                case .quote(let inner): walk(inner)
                case .list(_, let items): for item in items { walk(item.blocks) }
                case .directive(_, _, _, let body, _): walk(body)
                default: break
                }
            }
        }
        walk(blocks)
    }

    /// GitHub's slug of a heading's text: lower case, every character that is no letter, mark, digit, `_`, `-` or
    /// space left out (Ruby's `\p{Word}`, as GitHub reads it), each space a `-` ("Automate the *renewal* runbook" →
    /// `automate-the-renewal-runbook`, "Infrastructure, Documentation" → `infrastructure-documentation`).
    public static func slug(_ text: String) -> String {
        var out = ""
        for scalar in text.trimmed.lowercased().unicodeScalars {
            if scalar == " " { out.append("-"); continue }
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                 .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .connectorPunctuation:
                out.unicodeScalars.append(scalar)
            default:
                if scalar == "-" { out.append("-") }
            }
        }
        return out
    }
}
