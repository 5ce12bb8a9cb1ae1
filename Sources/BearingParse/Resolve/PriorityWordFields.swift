import BearingModel

/// A field named with the strategy's own word for its priorities (`Mission: 1, 3.3` or `**Mission:** Mission 1` beside a
/// strategy of missions, `Pillar: Reliability` beside one of pillars) is the item's priority references, read as a
/// `Priorities:` field is. Kept as a custom field, it was shown and never linked, and `suggest --apply` wrote a second
/// field under it.
enum PriorityWordFields {
    /// Moves such fields of `metadata` into its priorities. A value that reads as a sentence and names no priority
    /// ("Goal: Help every resident get online", beside a strategy of goals) states the item's aim and stays a field.
    static func take(_ metadata: inout Metadata, words: Set<String>, index: ReferenceIndex) {
        guard !words.isEmpty, !metadata.custom.isEmpty else { return }
        var kept: [CustomField] = []
        for field in metadata.custom {
            guard words.contains(MetadataKey.normalize(field.key)), let location = field.location else {
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
            if references.isEmpty || (!names && !short) {
                kept.append(field)
            } else {
                metadata.priorities += references
            }
        }
        metadata.custom = kept
    }
}
