import BearingModel

/// The strategy's own word for its priorities ("missions", "pillars", "bets"): from the word before each priority's
/// number ("### Mission 1: …", "### Pillar 2 – …") and from the priorities heading ("## Our missions"). Teams name the
/// field that links their work with the same word (`Mission: 1, 3.3`), so a field so named refers to priorities.
enum PriorityWords {
    static func of(_ section: Section) -> [String] {
        var words: [String] = []
        // "### Mission 1: …" on most of the priorities: the label word they are numbered with.
        let labels = section.subsections.compactMap { labelWord($0.title) }
        if let common = Set(labels).first(where: { word in labels.filter { $0 == word }.count * 2 >= section.subsections.count }) {
            words.append(common)
        }
        // "## Our missions", "## Strategic pillars": the heading's last word, when the heading is only that word with
        // qualifiers. "Priorities" needs nothing: every "Priority" field refers to priorities already.
        let heading = PrioritiesSection.spaced(section.title).split(separator: " ").map(String.init)
        if let last = heading.last, heading.count <= 3, !last.hasPrefix("priorit"),
           heading.dropLast().allSatisfy({ qualifiers.contains($0) }), !["strategy", "vision", "strategic"].contains(last) {
            words.append(singular(last))
        }
        var forms: [String] = []
        for word in words where !forms.contains(word) { forms += [word, plural(word)] }
        return forms
    }

    private static let qualifiers: Set<String> = ["our", "the", "strategic", "key", "main", "core", "focus", "goal", "five", "four", "three", "six"]

    /// "Mission 1: Services…" → "mission"; nil when no label word numbers the title.
    static func labelWord(_ title: String) -> String? {
        let text = TitleText.clean(title).trimmed
        guard let match = labelled.firstMatch(in: text) ?? lettered.firstMatch(in: text), let word = match[1] else { return nil }
        return word.lowercased().split(separator: " ").joined(separator: " ")
    }

    /// "Goal A: …", "Strategic aim (B) – …": a lettered strategy's label word (`PriorityLetters`); a capital alone.
    private static let lettered = Pattern(#"^([A-Za-z]+(?: [A-Za-z]+)?)\s+\(?[A-Z]\)?\s*(?::|-{1,3}|–|—|\.(?=\s)|\))"#, caseInsensitive: false)

    private static let labelled = Pattern(#"^([A-Za-z]+(?: [A-Za-z]+)?)\s*#?\s*\d+(?:\.\d+)*\s*(?::|-{1,3}|–|—|\.(?=\s)|\))"#)

    static func singular(_ word: String) -> String {
        if word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
        if word.hasSuffix("s"), !word.hasSuffix("ss") { return String(word.dropLast()) }
        return word
    }

    static func plural(_ word: String) -> String {
        if word.hasSuffix("y"), let before = word.dropLast().last, !"aeiou".contains(before) { return String(word.dropLast()) + "ies" }
        return word + "s"
    }
}
