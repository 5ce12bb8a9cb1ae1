import BearingModel

/// Google-style OKRs mark each objective committed (met in full, graded against 1.0) or aspirational (stretched for; 0.7
/// is a good grade), in brackets or after a dash at either end of its title: "Answer every query (committed)",
/// "[Aspirational] Land on the moon", "Improve onboarding — aspirational". The mark is what kind of objective it is, kept
/// as its `Commitment` field, not a word of its title. "Moonshot", "stretch" and "roofshot" are aspirational.
enum CommitmentMarker {
    /// The field an objective's commitment is kept in (`metadata.custom`), as a writer who spells it out names it.
    static let key = Commitment.fieldKey

    /// `text` without a commitment marker at its start or end, and the commitment it gave ("committed" or "aspirational").
    /// A title that is nothing but the marker keeps it.
    static func strip(_ text: String) -> (rest: String, commitment: String?) {
        for pattern in [bracketedEnd, dashedEnd, bracketedStart, labelledStart] {
            guard let groups = pattern.firstMatch(in: text), let word = groups[1], let range = pattern.firstRange(in: text) else { continue }
            var rest = text
            rest.removeSubrange(range)
            rest = rest.trimmed
            guard rest.contains(where: \.isLetter) else { continue }
            return (rest, kind(word))
        }
        // "Objective 1 (Committed): Launch …", "O2 [committed] Cut latency": the mark between the label and the title.
        if let groups = afterLabel.firstMatch(in: text), let label = groups[1], let word = groups[2], let range = afterLabel.firstRange(in: text) {
            return (label + String(text[range.upperBound...]), kind(word))
        }
        return (text, nil)
    }

    /// A heading's plain text, where a commitment word set off as code at either end ("Grow signups `aspirational`", as
    /// templates tag an objective's kind) is written in brackets, as `strip` reads it: plain text drops the backticks,
    /// and a bare word at the end would stay a word of the title.
    static func headingText(_ content: [Inline]) -> String {
        var inlines = withoutBackToTop(content)
        let written = { (inline: Inline) -> Bool in if case .text(let text) = inline { !text.trimmed.isEmpty } else { true } }
        for index in [inlines.lastIndex(where: written), inlines.firstIndex(where: written)].compactMap({ $0 }) {
            if case .code(let code) = inlines[index], Commitment(word: code.trimmed) != nil { inlines[index] = .text("(\(code.trimmed))") }
        }
        return inlines.plainText.trimmed
    }

    /// `## v0.1.0 - Initial Release ✅ <a href="#roadmap">↑ Top</a>`, `## Usage [⬆](#contents)`: a link back up the page
    /// that ends a heading is the page's navigation, not words of the heading's name.
    static func withoutBackToTop(_ content: [Inline]) -> [Inline] {
        var inlines = content
        while let last = inlines.last, case .text(let text) = last, text.trimmed.isEmpty { inlines.removeLast() }
        if case .link(let destination, let words)? = inlines.last, destination.hasPrefix("#"), isBackToTop(words.plainText) {
            inlines.removeLast()
        } else if inlines.count >= 3, case .html(let close) = inlines[inlines.count - 1], close.lowercased().hasPrefix("</a"),
                  case .html(let open) = inlines[inlines.count - 3], open.lowercased().hasPrefix("<a "),
                  open.replacingOccurrences(of: " ", with: "").lowercased().contains("href=\"#"),
                  case .text(let words) = inlines[inlines.count - 2], isBackToTop(words) {
            inlines.removeLast(3)
        } else {
            return content
        }
        return inlines
    }

    /// "↑ Top", "⬆️", "Back to top", "top": words (or only an arrow) that send the reader back up the page.
    private static func isBackToTop(_ text: String) -> Bool {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter }).joined(separator: " ")
        let arrows = text.unicodeScalars.contains { "↑⬆🔝⇧⤴︎▲^".unicodeScalars.contains($0) }
        return ["top", "back to top", "to top", "return to top", "go to top", "back to the top", "scroll to top"].contains(words)
            || (words.isEmpty && arrows)
    }

    /// "Nice to haves" (PostHog's billing team lists four under "### Nice to haves" after each person's objectives) says
    /// what "stretch" says: done if time allows. Written as "stretch" so headings read it as that word.
    static func spelledStretch(_ lower: String) -> String {
        guard lower.contains("nice") else { return lower }
        var text = lower
        for phrase in ["nice-to-haves", "nice to haves", "nice-to-have", "nice to have"] {
            text = text.replacingOccurrences(of: phrase, with: "stretch")
        }
        return text
    }

    /// The kind a heading over objectives names ("## Committed OKRs", "## Aspirational goals", "## Moonshots", "### Nice
    /// to haves"), or nil.
    static func named(in heading: String) -> String? {
        let words = Set(spelledStretch(heading.lowercased()).split { !$0.isLetter }.map(String.init))
        if words.contains("committed") { return "committed" }
        let aspirational: Set<String> = ["aspirational", "moonshot", "moonshots", "stretch", "roofshot", "roofshots"]
        return words.isDisjoint(with: aspirational) ? nil : "aspirational"
    }

    /// "committed" or "aspirational" for a marker's word.
    private static func kind(_ word: String) -> String {
        word.lowercased().hasPrefix("commit") ? "committed" : "aspirational"
    }

    /// The field to keep `commitment` in, unless the objective already says what kind it is in a field of its own
    /// ("Type: Committed", "OKR type: aspirational").
    static func fill(_ metadata: inout Metadata, commitment: String?) {
        guard let commitment else { return }
        let says = metadata.custom.contains { field in
            field.key.lowercased() == key.lowercased() || Commitment(word: field.value.trimmed) != nil
        }
        if !says { metadata.custom.append(CustomField(key: key, value: commitment)) }
    }

    private static let word = #"(committed|commit|aspirational|moonshot|roofshot|stretch(?: goal)?)(?:\s+(?:okr|objective|goal))?"#
    /// "… (committed)", "… [Aspirational]", "… (stretch goal)".
    private static let bracketedEnd = Pattern(#"\s*[(\[]\s*"# + word + #"\s*[)\]]\s*$"#, needs: ["commit", "aspiration", "moonshot", "roofshot", "stretch"])
    /// "… — aspirational", "… - committed", "… | stretch".
    private static let dashedEnd = Pattern(#"\s+(?:-{1,2}|–|—|\|)\s*"# + word + #"\s*$"#, needs: ["commit", "aspiration", "moonshot", "roofshot", "stretch"])
    /// "(moonshot) …", "[Committed] …".
    private static let bracketedStart = Pattern(#"^\s*[(\[]\s*"# + word + #"\s*[)\]]\s*"#, first: "([")
    /// "Objective 1 (Committed):", "O2 [committed]", "Outcome (aspirational):": a label, then the mark in brackets.
    private static let afterLabel = Pattern(
        #"^((?:(?:objective|outcome|goal|okr)\s*#?\s*)?(?:[a-z]{0,3}[0-9]+(?:\.[0-9]+)*)|objective|outcome|goal|okr)\s*[(\[]\s*"# + word + #"\s*[)\]]"#,
        needs: ["commit", "aspiration", "moonshot", "roofshot", "stretch"])
    /// "Committed: …", "Aspirational – …": the kind written as a label before the title.
    private static let labelledStart = Pattern(#"^\s*"# + word + #"\s*(?::|-{1,2}\s|–|—)\s*"#, first: "carms",
                                               needs: ["commit", "aspiration", "moonshot", "roofshot", "stretch"])
}
