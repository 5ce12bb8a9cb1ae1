import BearingModel

/// A field named with the strategy's own word for its priorities (`Mission: 1, 3.3` or `**Mission:** Mission 1` beside a
/// strategy of missions, `Pillar: Reliability` beside one of pillars) is the item's priority references, read as a
/// `Priorities:` field is. Kept as a custom field, it was shown and never linked, and `suggest --apply` wrote a second
/// field under it.
enum PriorityWordFields {
    /// Field names that say which priority the work serves in any strategy ("Supports: Goal B", "Contributes to: B1",
    /// "Priority area: A2"), read as references only when every value names a priority. A goal slate's "Working
    /// towards" / "Long-term ambition" / "Theme" column (`| 2024 goal | Working towards | Owner |`) says the same of each row.
    static let linkingWords: Set<String> = ["supports", "supporting", "contributes to", "contributing to", "strategic aim",
                                             "strategic aims", "aim", "aims", "priority area", "priority areas", "goal", "goals",
                                             "working towards", "working toward", "works towards", "works toward", "towards",
                                             "long term ambition", "long term ambitions", "ambition", "ambitions", "theme", "themes"]

    /// Moves such fields of `metadata` into its priorities. A value that reads as a sentence and names no priority
    /// ("Goal: Help every resident get online", beside a strategy of goals) states the item's aim and stays a field.
    static func take(_ metadata: inout Metadata, words: Set<String>, index: ReferenceIndex) {
        guard !metadata.custom.isEmpty, !index.entries.isEmpty else { return }
        var kept: [CustomField] = []
        for field in metadata.custom {
            let key = MetadataKey.normalize(field.key)
            let own = words.contains(key)
            guard own || linkingWords.contains(key), let location = field.location else {
                kept.append(field)
                continue
            }
            var values = MetadataValues(line: MetadataReader.Line(key: field.key, value: field.value, line: location.line,
                                                                  valueColumn: location.column, endLine: location.line),
                                        path: location.path)
            let references = values.references()
            let names = references.contains { reference in
                if case .missing = index.resolve(reference.text) { return false }
                return true
            }
            let short = references.allSatisfy { $0.text.split(separator: " ").count <= 3 }
            // A word any strategy's work uses to say what it serves ("Supports: Goal B") links only what resolves:
            // "Aim: cut waiting times" is the item's aim.
            let resolves = references.allSatisfy { reference in
                switch index.resolve(reference.text) {
                case .found, .family: true
                default: false
                }
            }
            // Under the strategy's own word, a value that names no priority is still a reference when it is written
            // as one ("Mission: 7", "Pillar: reliabilty", close to a priority): reported, not lost. "Goals: Paper 1
            // (preclinical only?)" in a plan template is the item's aim.
            let shaped = references.allSatisfy { Self.writtenAsReference($0, words: words, index: index) }
            if references.isEmpty || (own ? !names && !(short && shaped) : !resolves) {
                kept.append(field)
            } else {
                metadata.priorities += references
            }
        }
        metadata.custom = kept
    }

    /// A number or letter label ("3.3", "B2"), the strategy's word and one ("Goal 1", "Mission 3"), an id
    /// (`self-serve`), or a name close enough to a priority's for a did-you-mean.
    private static func writtenAsReference(_ reference: Reference, words: Set<String>, index: ReferenceIndex) -> Bool {
        let written = reference.written ?? reference.text
        guard !written.contains(where: { "?!".contains($0) }) else { return false }
        let text = reference.text.trimmed
        if label.matches(text) { return true }
        let parts = text.lowercased().split(separator: " ").map(String.init)
        if parts.count == 2, words.contains(parts[0]) || linkingWords.contains(parts[0]), label.matches(parts[1]) { return true }
        if parts.count == 1, text.contains("-") || text.contains("_") { return true }
        if case .missing(let suggestion) = index.resolve(text) { return suggestion != nil }
        return true
    }

    private static let label = Pattern(#"^(?:[0-9]+(?:\.[0-9]+)*|[A-Za-z][0-9]+(?:\.[0-9]+)*|[A-Z])$"#, caseInsensitive: false)
}
