import BearingModel

/// Reads `people:` in bearing.yml: each person's name with the other spellings and handles that mean them.
///
/// ```yaml
/// people:
///   Sam Kaur: ["@sam.k", "SK"]
///   Lin Zhou: lzhou
/// ```
enum PeopleConfig {
    static func read(_ value: YAMLValue, path: String, diagnostics: inout DiagnosticBag) -> [Person] {
        guard case .mapping(let entries, _) = value else {
            diagnostics.error(.configInvalid, "`people` must map each person's name to their other spellings", line: value.line,
                              fix: "write it as `people: { \"Sam Kaur\": [\"@sam.k\", \"SK\"] }`")
            return []
        }
        var people: [Person] = []
        for entry in entries where !entry.key.trimmed.isEmpty {
            let spellings: [String]
            switch entry.value {
            case .scalar(let text, _): spellings = text.split(separator: ",").map { String($0).trimmed }
            case .sequence(let items, _): spellings = items.compactMap(\.string).map(\.trimmed)
            case .mapping:
                diagnostics.error(.configInvalid, "the spellings of `\(entry.key)` in `people` must be a list", line: entry.line,
                                  fix: "write them as `\(entry.key): [\"@handle\", \"initials\"]`")
                continue
            }
            people.append(Person(name: entry.key.trimmed, spellings: spellings.filter { !$0.isEmpty }, line: entry.line))
        }
        return withoutConflicts(people, diagnostics: &diagnostics)
    }

    /// A spelling listed for two people ties an owner to neither: it is dropped from both, with an error at the
    /// second listing, so no page guesses which one was meant.
    private static func withoutConflicts(_ people: [Person], diagnostics: inout DiagnosticBag) -> [Person] {
        var owner: [String: String] = [:]
        var conflicting: Set<String> = []
        // A name is its own person's, whatever else lists it.
        let names = Dictionary(people.map { (OwnerNames.fold($0.name), $0.name) }, uniquingKeysWith: { a, _ in a })
        for person in people {
            let own = Set([person.name] + person.spellings).map(OwnerNames.fold)
            for key in Set(own) {
                if let other = owner[key], other != person.name {
                    conflicting.insert(key)
                    let written = ([person.name] + person.spellings).first { OwnerNames.fold($0) == key } ?? key
                    let outcome = names[key].map { "it stays \($0)'s name" } ?? "an owner written so is tied to neither"
                    diagnostics.error(.configInvalid, "`\(written)` is listed for both \(other) and \(person.name) in `people`; \(outcome)",
                                      line: person.line, fix: "keep it under the one person it names")
                } else {
                    owner[key] = person.name
                }
            }
        }
        guard !conflicting.isEmpty else { return people }
        return people.map { person in
            var kept = person
            kept.spellings = person.spellings.filter { !conflicting.contains(OwnerNames.fold($0)) }
            return kept
        }
    }
}
