import BearingModel
import Foundation

/// Text a generator or a writer leaves where content will go: "_No funding information yet._", "TBD", "To be added.",
/// "Coming soon". A section holding only such text says nothing about work: a roadmap's "## Funding" over it is no
/// item of its own (it was one, an orphan with links inferred from "To be added").
enum PlaceholderProse {
    /// True when a paragraph's words are only a placeholder.
    static func isPlaceholder(_ text: String) -> Bool {
        let words = text.trimmed.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ".!…*_ ()[]"))
        guard !words.isEmpty, words.count <= 60 else { return false }
        if MetadataValues.saysNone(words) || phrases.contains(words) { return true }
        return pattern.matches(words)
    }

    private static let phrases: Set<String> = [
        "to be added", "to be determined", "to be defined", "to be decided", "to be confirmed", "to be announced",
        "to be written", "to be filled in", "to be completed", "to be updated", "tbc", "tbd later", "coming soon",
        "more to come", "details to follow", "details to come", "more details to come", "placeholder", "todo", "lorem ipsum",
        "empty", "nothing here", "nothing here yet", "not yet defined", "not defined yet", "to come",
    ]

    /// "No funding information yet", "No items so far", "Nothing planned yet", "No details at this time".
    private static let pattern = Pattern(#"^(?:no|nothing)(?: [a-z]+){0,3} (?:yet|so far|at this time|at the moment|for now)$"#)
}
