import BearingModel

/// A priority named by a tag in an item's title — "[Platform] Shared login", "Shared login (Platform)" — the way
/// teams file work under a theme without a `Priorities:` line (Kubernetes SIG Release tags its deliverables
/// "(Consumable)", "(Secure)"). Only an exact priority id or title counts, and nothing is said otherwise: a bracket
/// holds a version, a date or a note as often as a theme.
enum TitleTag {
    /// The strategy's priorities by their normalized ids and titles, made once per load: every roadmap item asks for its
    /// group, lane and roadmap title, and normalizing every priority for each of them was a twentieth of a rebuild.
    struct Names {
        let priorities: [Priority]
        /// Normalized id or title → the first priority (in strategy order) that has it, as `first(where:)` would find.
        private let byName: [String: String]

        init(_ priorities: [Priority]) {
            self.priorities = priorities
            var byName: [String: String] = [:]
            for priority in priorities {
                for name in [ReferenceIndex.normalize(priority.id), ReferenceIndex.normalize(priority.title)] where byName[name] == nil {
                    byName[name] = priority.id
                }
            }
            self.byName = byName
        }

        func id(named normalized: String) -> String? { byName[normalized] }
    }

    /// The ids of the priorities the title's tag names: one, or several when the tag lists them ("(Introspectable /
    /// Secure)", "(Reliable service, Partners build on us)") and every one of them names a priority. Empty otherwise:
    /// "(docs, examples)" is a note, and a list with one stray part declares none of it.
    static func priorities(in title: String, names priorities: Names) -> [String] {
        guard !priorities.priorities.isEmpty else { return [] }
        for tag in tags(title) {
            if let one = priority(named: tag, priorities: priorities) { return [one] }
            let parts = tag.split(whereSeparator: { "/,&;+".contains($0) }).flatMap { $0.components(separatedBy: " and ") }
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count >= 2, !parts.contains(where: \.isEmpty) else { continue }
            let ids = parts.compactMap { priority(named: $0, priorities: priorities) }
            if ids.count == parts.count, Set(ids).count == ids.count { return ids }
        }
        return []
    }

    /// The priority a heading names by its whole text (its exact title or id), as a list of them or alone.
    static func priorities(named heading: String, names: Names) -> [String] {
        priority(named: heading, priorities: names).map { [$0] } ?? []
    }

    /// The id of the priority one tag names, or nil.
    private static func priority(named tag: String, priorities names: Names) -> String? {
        let wanted = ReferenceIndex.normalize(tag)
        // A number ("(2)", "[1.3]") is a step or a count far more often than a priority's number: not read.
        guard !wanted.isEmpty, wanted.contains(where: \.isLetter) else { return nil }
        if let id = names.id(named: wanted) { return id }
        let priorities = names.priorities
        // "(B2)", "[Goal C]" beside a lettered strategy (`PriorityLetters`): its position. A lone letter ("(A)") is
        // as often an option or a footnote, so the tag must say more than the letter.
        if wanted.count > 1, priorities.first?.number.first?.isLetter == true, let label = ReferenceIndex.letterLabel(wanted),
           let match = priorities.first(where: { ReferenceIndex.numberKey($0.number) == label }) {
            return match.id
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
