import BearingAlign

/// Finds an item by id, the last part of its id, or its title (case-insensitive, unique prefix).
public enum ItemLookup {
    public static func find(_ text: String, in alignment: Alignment) -> AlignedItem? {
        let needle = text.lowercased().trimmingCharacters(in: .whitespaces)
        let items = alignment.items
        if let exact = items.first(where: { $0.id.lowercased() == needle }) { return exact }
        let steps: [(AlignedItem) -> Bool] = [
            { $0.id.lowercased().split(separator: "/").last.map(String.init) == needle },
            { $0.title.lowercased() == needle },
            { $0.title.lowercased().hasPrefix(needle) },
        ]
        for step in steps {
            let found = items.filter(step)
            if found.count == 1 { return found[0] }
        }
        return nil
    }
}
