import BearingModel

/// A conventional-commit type before the words of a to-do or roadmap bullet, as developers label their work:
/// `feat: partner API keys can be rotated`, `fix(auth)!: tokens expire`, `bug: trailing # in code duplicated`. The
/// label says what kind of work it is; the words after it are the work. It is no `Key: value` field ("feat" is not a
/// misspelt "team", nor "test" a misspelt "start"), and never the item's whole title.
enum CommitTypeLabel {
    /// The types of the Conventional Commits convention and Angular's, with `bug` as issue trackers say it.
    static let types: Set<String> = ["feat", "feature", "fix", "bug", "bugfix", "docs", "doc", "refactor", "test", "tests", "chore",
                                     "perf", "style", "build", "ci"]

    /// `feat`, `fix(api)`, `feat(api)!`: a type, an optional scope and an optional breaking mark.
    private static let label = Pattern(#"^([A-Za-z]+)(\([^()\s][^()]{0,30}\))?(!)?:\s+(\S.*)$"#)

    /// Whether a field key is a commit type ("feat", "fix(api)!"), which names no field.
    static func isType(_ key: String) -> Bool {
        var word = key.trimmed
        if word.hasSuffix("!") { word.removeLast() }
        if word.hasSuffix(")"), let open = word.firstIndex(of: "(") { word = String(word[..<open]) }
        return types.contains(word.lowercased())
    }

    /// The label as written ("feat", "fix(api)!") and the words after it; nil when the text does not start with one.
    /// The type must be lower case as commit messages write it, or all capitals ("BUG:"): "Test: Q3 2026" or
    /// "Build: the new pipeline" read as words a writer chose, not a commit label.
    static func leading(_ text: String) -> (label: String, rest: String)? {
        guard let match = label.firstMatch(in: text), let type = match[1], let rest = match[4]?.trimmed, !rest.isEmpty,
              types.contains(type.lowercased()), type == type.lowercased() || type == type.uppercased() else { return nil }
        return (type.lowercased() + (match[2] ?? "") + (match[3] ?? ""), rest)
    }
}
