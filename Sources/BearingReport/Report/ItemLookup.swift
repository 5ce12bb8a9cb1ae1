import BearingAlign

/// Finds an item by id, the last part of its id, or its title (case-insensitive: whole, a unique prefix, or a unique
/// run of words anywhere in it — "staff retreat" for "Plan the 2027 staff retreat").
public enum ItemLookup {
    public static func find(_ text: String, in alignment: Alignment) -> AlignedItem? {
        let needle = text.lowercased().trimmingCharacters(in: .whitespaces)
        let items = alignment.items
        if let exact = items.first(where: { $0.id.lowercased() == needle }) { return exact }
        let steps: [(AlignedItem) -> Bool] = [
            { $0.id.lowercased().split(separator: "/").last.map(String.init) == needle },
            { $0.title.lowercased() == needle },
            { $0.title.lowercased().hasPrefix(needle) },
            { $0.title.lowercased().contains(needle) },
        ]
        for step in steps {
            let found = items.filter(step)
            if found.count == 1 { return found[0] }
        }
        return nil
    }

    /// When `find` finds no single item: the items whose titles hold every word of the text, at most five.
    public static func candidates(_ text: String, in alignment: Alignment) -> [AlignedItem] {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        guard !words.isEmpty else { return [] }
        return Array(alignment.items.filter { item in
            let title = item.title.lowercased()
            return words.allSatisfy { title.contains($0) }
        }.prefix(5))
    }
}
