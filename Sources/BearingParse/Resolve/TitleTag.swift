import BearingModel

/// A priority named by a tag in an item's title — "[Platform] Shared login", "Shared login (Platform)" — the way
/// teams file work under a theme without a `Priorities:` line (Kubernetes SIG Release tags its deliverables
/// "(Consumable)", "(Secure)"). Only an exact priority id or title counts, and nothing is said otherwise: a bracket
/// holds a version, a date or a note as often as a theme.
enum TitleTag {
    /// The id of the priority the title's tag names, or nil.
    static func priority(in title: String, priorities: [Priority]) -> String? {
        guard !priorities.isEmpty else { return nil }
        for tag in tags(title) {
            let wanted = ReferenceIndex.normalize(tag)
            // A number ("(2)", "[1.3]") is a step or a count far more often than a priority's number: not read.
            guard !wanted.isEmpty, wanted.contains(where: \.isLetter) else { continue }
            if let match = priorities.first(where: { ReferenceIndex.normalize($0.id) == wanted || ReferenceIndex.normalize($0.title) == wanted }) {
                return match.id
            }
            // "(B2)", "[Goal C]" beside a lettered strategy (`PriorityLetters`): its position. A lone letter ("(A)") is
            // as often an option or a footnote, so the tag must say more than the letter.
            if wanted.count > 1, priorities.first?.number.first?.isLetter == true, let label = ReferenceIndex.letterLabel(wanted),
               let match = priorities.first(where: { ReferenceIndex.numberKey($0.number) == label }) {
                return match.id
            }
        }
        return nil
    }

    /// The bracketed text at the start of the title and in brackets or parentheses at its end.
    static func tags(_ title: String) -> [String] {
        // Most titles have no bracket at all; Foundation's trim, for every item on every load, cost more than the rest.
        guard title.utf8.contains(where: { $0 == UInt8(ascii: "[") || $0 == UInt8(ascii: ")") || $0 == UInt8(ascii: "]") }) else { return [] }
        let text = title.trimmingCharacters(in: .whitespaces)
        var found: [String] = []
        if text.hasPrefix("["), let close = text.firstIndex(of: "]") {
            found.append(String(text[text.index(after: text.startIndex)..<close]))
        }
        for (open, close) in [("(", ")"), ("[", "]")] where text.hasSuffix(close) {
            if let start = text.lastIndex(of: Character(open)) {
                found.append(String(text[text.index(after: start)..<text.index(before: text.endIndex)]))
            }
        }
        return found
    }
}
