import BearingModel

/// A strategy that letters its priorities ("### Goal A: Grow our member base", "## (B) Financial sustainability",
/// "### Strategic aim C – Great service") and numbers their parts under the letter ("#### A.1 Rural outreach",
/// "#### A2: Online sign-up"). The letters are the strategy's own positions, so they become the priorities' numbers
/// ("A", "A.1") everywhere a position is shown, and the labels leave the titles as "Pillar 2:" does (`TitleLabel`).
///
/// Only a strategy whose every top-level priority carries a letter, in order from A (or a) with one label word, is
/// lettered: "A better world" or a lone "Plan B: …" among unlabelled priorities is a title.
enum PriorityLetters {
    /// Relabels the priorities in place when the strategy letters them; ids derived from titles follow the shorter
    /// titles, and references written with the old ids still resolve (`ReferenceIndex`).
    static func apply(_ priorities: inout [Priority]) {
        let tops = priorities.indices.filter { priorities[$0].parent == nil }
        guard tops.count >= 2 else { return }
        let labels = tops.compactMap { top(priorities[$0].title) }
        guard labels.count == tops.count, let first = labels.first?.letter, first == "A" || first == "a",
              Set(labels.map { $0.word?.lowercased() }).count == 1 else { return }
        for (offset, label) in labels.enumerated() {
            guard let expected = first.unicodeScalars.first.flatMap({ Unicode.Scalar($0.value + UInt32(offset)) }),
                  label.letter == Character(expected) else { return }
        }
        var renamed: [String: String] = [:]
        var letters: [String: Character] = [:]
        for (index, label) in zip(tops, labels) {
            var priority = priorities[index]
            let old = priority.id
            if !label.rest.isEmpty { priority.title = label.rest }
            if !priority.explicitID { priority.id = Slug.make(priority.title) }
            priority.number = String(label.letter)
            renamed[old] = priority.id
            letters[priority.id] = label.letter
            priorities[index] = priority
        }
        for index in priorities.indices {
            guard let oldParent = priorities[index].parent, let parent = renamed[oldParent], let letter = letters[parent] else { continue }
            var priority = priorities[index]
            priority.parent = parent
            let ordinal = priority.number.split(separator: ".").last.map(String.init) ?? "1"
            // "- A1. Families in the villages …" gave the title after the label; the label is in the text it came from.
            if let part = part(priority.title, under: letter)
                ?? priority.summary.flatMap({ part($0, under: letter) }).map({ ($0.separator, $0.digits, "") }) {
                priority.number = "\(letter)\(part.separator)\(part.digits)"
                if !part.rest.isEmpty {
                    priority.title = part.rest
                    if !priority.explicitID { priority.id = Slug.make(part.rest) }
                }
            } else {
                priority.number = "\(letter).\(ordinal)"
            }
            priorities[index] = priority
        }
    }

    struct Label: Equatable {
        var word: String?
        var letter: Character
        var rest: String
    }

    /// "Goal A: Grow …", "Strategic aim B – …", "A. Grow …", "(A) Grow …", "A) Grow …" → the letter, the word before
    /// it and the title after it; nil for any other title.
    static func top(_ title: String) -> Label? {
        for pattern in [labelled, parenthesised] {
            guard let match = pattern.firstMatch(in: title.trimmed), let letter = match[2]?.first else { continue }
            return Label(word: match[1]?.trimmed.nilIfEmpty, letter: letter, rest: match[3]?.trimmed ?? "")
        }
        return nil
    }

    private static let labelled = Pattern(#"^(?:([A-Za-z]+(?: [A-Za-z]+)?)\s+)?([A-Za-z])\s*(?::|-{1,3}|–|—|\.|\))(?:\s+(.*))?$"#)
    private static let parenthesised = Pattern(#"^(?:([A-Za-z]+(?: [A-Za-z]+)?)\s+)?\(([A-Za-z])\)\s*(?::|-{1,3}|–|—|\.)?(?:\s*(.*))?$"#)

    /// "A.1 Rural outreach", "A1: Rural outreach", "Outcome A.2 – …", "(A.3) …" under goal A → "." / "" as written,
    /// the number and the title; nil when the title is not numbered under `letter`.
    static func part(_ title: String, under letter: Character) -> (separator: String, digits: String, rest: String)? {
        guard let match = partPattern.firstMatch(in: title.trimmed), let written = match[1]?.first,
              written.lowercased() == letter.lowercased(), let digits = match[3] else { return nil }
        return (match[2] == "" ? "" : ".", digits, match[4]?.trimmed ?? "")
    }

    private static let partPattern = Pattern(
        #"^(?:[A-Za-z]+(?: [A-Za-z]+)?\s+)?\(?([A-Za-z])([.\-]?)(\d+(?:\.\d+)*)\)?\s*(?::|-{1,3}|–|—|\.|\))?(?:\s+(.*))?$"#)
}
