/// Everything one kind of reference can point at, and the rules for finding it:
/// exact id, position (`2`, `2.1`, `P2.1`), the part of an id after its last `/`, exact title,
/// unique title prefix, and finally the reference's words as prefixes of the title's words, in order.
struct ReferenceIndex {
    struct Entry {
        var id: String
        var number: String?
        var title: String
        var location: SourceLocation
    }

    enum Resolution: Equatable {
        case found(String)
        case ambiguous([String])
        case missing(suggestion: String?)
    }

    let kind: String
    private(set) var entries: [Entry] = []
    private var byID: [String: Int] = [:]

    init(kind: String) { self.kind = kind }

    /// Adds an entry; returns the entry it collides with when the id is already taken.
    mutating func add(_ entry: Entry) -> Entry? {
        let key = entry.id.lowercased()
        if let existing = byID[key] { return entries[existing] }
        byID[key] = entries.count
        entries.append(entry)
        return nil
    }

    func resolve(_ reference: String, preferring prefix: String? = nil) -> Resolution {
        let needle = Self.normalize(reference)
        guard !needle.isEmpty else { return .missing(suggestion: nil) }
        if let index = byID[needle] { return .found(entries[index].id) }
        let positional = Self.positional(needle)
        if let positional, let entry = entries.first(where: { $0.number == positional }) { return .found(entry.id) }
        let steps: [(Entry) -> Bool] = [
            { $0.id.lowercased().split(separator: "/").last.map(String.init) == needle },
            { Self.normalize($0.title) == needle },
            { Self.normalize($0.title).hasPrefix(needle) || $0.id.lowercased().hasPrefix(needle) },
            { Self.wordsInOrder(needle, in: Self.normalize($0.title)) },
        ]
        for matches in steps {
            var found = entries.filter(matches)
            if found.count > 1, let prefix {
                let preferred = found.filter { $0.id.lowercased().hasPrefix(prefix.lowercased()) }
                if preferred.count == 1 { found = preferred }
            }
            if found.count == 1 { return .found(found[0].id) }
            if found.count > 1 { return .ambiguous(found.map(\.id)) }
        }
        let candidates = entries.map(\.id) + entries.map { Self.normalize($0.title) }
        let guess = DidYouMean.best(needle, among: candidates).flatMap { guess in
            entries.first { $0.id == guess || Self.normalize($0.title) == guess }?.id
        }
        return .missing(suggestion: guess)
    }

    func entry(_ id: String) -> Entry? { byID[id.lowercased()].map { entries[$0] } }

    /// Lowercased, quotes and trailing punctuation removed, runs of spaces collapsed.
    static func normalize(_ text: String) -> String {
        let stripped = text.trimmingCharacters(in: CharacterSet(charactersIn: " \t\"'“”‘’`.:"))
        return stripped.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// "2", "2.1", "p2.1", "#2" → "2" / "2.1"; nil when the text is not positional.
    static func positional(_ text: String) -> String? {
        var body = Substring(text)
        if body.hasPrefix("p") || body.hasPrefix("#") { body = body.dropFirst() }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard !parts.isEmpty, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }) else { return nil }
        return parts.map { String(Int($0) ?? 0) }.joined(separator: ".")
    }

    /// Each word of `needle` is a prefix of a later word of `title`, in order ("grow reliable revenue").
    static func wordsInOrder(_ needle: String, in title: String) -> Bool {
        let wanted = needle.split(separator: " ")
        guard wanted.count >= 2 else { return false }
        var words = title.split(separator: " ")[...]
        for word in wanted {
            guard let index = words.firstIndex(where: { $0.hasPrefix(word) }) else { return false }
            words = words[(index + 1)...]
        }
        return true
    }
}

import Foundation
