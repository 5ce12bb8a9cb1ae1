import BearingModel

/// Fields written after an objective's title on its own line: "O1. Improve onboarding (Priorities: strong-governance)",
/// "O2. Cut the workload — Priorities: livelihoods, Status: at risk". An objective written as one line of a paragraph has
/// nowhere else to carry them, so they are its metadata, not words of its title.
/// Only keys that say how the work is planned are read so ("(after: the launch)" stays words of the title); a misspelt one
/// ("(Priorites: …)") is peeled too, so its unknown-key warning says what it looks like.
enum TitleFields {
    /// A trailing "(Key: value)" or " — Key: value" (after a dash), with the key as group 1 or 3 and its value as 2 or 4.
    private static let trailing = Pattern(
        #"\s*(?:\(\s*(\p{L}[\p{L} ]{1,28}?)\s*:\s*([^()]+?)\s*\)|\s(?:-{1,2}|–|—)\s*(\p{L}[\p{L} ]{1,28}?)\s*:\s*([^()—–]+?))\s*$"#)

    private static let planningKeys: Set<MetadataKey> = [.priorities, .status, .due, .confidence, .effort, .team, .issues, .objectives,
                                                         .roadmaps, .dependsOn]
    /// Spellings of those keys that are as often plain words in a title.
    private static let plainWords: Set<String> = ["after", "end", "ends", "finish", "begin", "begins", "state", "size", "epic", "tracking",
                                                  "objective", "start", "starts", "estimate"]

    /// The title without its trailing fields, and the fields in the order written. `sourceLine` is the file's text of
    /// `line`, to give each value its column.
    static func split(_ text: String, line: Int, sourceLine: Substring?) -> (title: String, fields: [MetadataReader.Line]) {
        var title = text
        var fields: [MetadataReader.Line] = []
        while let groups = trailing.firstMatch(in: title), let range = trailing.firstRange(in: title),
              let key = (groups[1] ?? groups[3])?.trimmed, let value = (groups[2] ?? groups[4])?.trimmed, isPlanningKey(key, value: value) {
            let rest = String(title[..<range.lowerBound]).trimmed
            guard rest.contains(where: \.isLetter) else { break }
            let column = sourceLine.flatMap { source in source.range(of: value).map { source.distance(from: source.startIndex, to: $0.lowerBound) + 1 } } ?? 1
            fields.insert(MetadataReader.Line(key: key, value: value, line: line, valueColumn: column, endLine: line), at: 0)
            title = rest
        }
        return (title, fields)
    }

    private static func isPlanningKey(_ key: String, value: String) -> Bool {
        let normalized = MetadataKey.normalize(key)
        if plainWords.contains(normalized) { return false }
        if let known = MetadataKey(spelling: key) { return planningKeys.contains(known) }
        return MetadataReader.nearKey(key, value: value).flatMap { MetadataKey(spelling: $0) }.map { planningKeys.contains($0) } ?? false
    }
}
