/// Obsidian's and Logseq's tags: `#growth`, `#team/platform`, `#q1-2027`. A tag is `#` then letters, digits, `_`, `-` or
/// `/`, with a letter among them (Obsidian's own rule: `#1234` is an issue's number, no tag), standing as a word of its
/// own (`C#` is a language, `#[derive]` code).
package enum NoteTags {
    package static func isTag(_ word: Substring) -> Bool {
        guard word.count > 1, word.first == "#" else { return false }
        let name = word.dropFirst()
        return name.contains { $0.isLetter } && name.allSatisfy { $0.isLetter || $0.isNumber || "-_/".contains($0) }
    }

    /// `title` without the tags that open and close it (with `anywhere`, without every tag in it), and those tags as
    /// written. Nil when it holds none, or nothing but tags: a title must keep its words.
    package static func split(_ title: String, anywhere: Bool) -> (title: String, tags: [String])? {
        guard title.contains("#") else { return nil }
        var words = title.split(whereSeparator: { $0 == " " || $0 == "\t" })
        var tags: [String] = []
        if anywhere {
            tags = words.filter { isTag($0) }.map(String.init)
            words.removeAll { isTag($0) }
        } else {
            while let first = words.first, isTag(first) { tags.append(String(first)); words.removeFirst() }
            var closing: [String] = []
            while let last = words.last, isTag(last) { closing.insert(String(last), at: 0); words.removeLast() }
            tags += closing
        }
        guard !tags.isEmpty, words.contains(where: { $0.contains(where: \.isLetter) }) else { return nil }
        // "Usage-based pricing — #growth": a dash left with nothing after it was only the tags' separator.
        while let last = words.last, ["-", "–", "—", "|", "·"].contains(last) { words.removeLast() }
        return (words.joined(separator: " "), tags)
    }
}
