import BearingModel

/// Obsidian and Logseq tags written at the end of a line ("Self-serve onboarding #growth #q1"): they file the note,
/// they are not part of the sentence a leader reads as a priority's one-line summary. The priority's text below keeps
/// them as written.
enum TrailingTags {
    static func removed(from text: String) -> String {
        var words = text.split(separator: " ", omittingEmptySubsequences: false)
        while words.count > 1, let last = words.last, isTag(last) { words.removeLast() }
        return words.joined(separator: " ").trimmed
    }

    /// `#growth`, `#status/at-risk`, `#q1-2027`: a hash and a word with a letter in it; `#1` and `#` alone are text.
    static func isTag(_ word: Substring) -> Bool { NoteTags.isTag(word) }
}
