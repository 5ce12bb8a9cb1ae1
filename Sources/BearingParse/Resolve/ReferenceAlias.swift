import BearingModel

/// A name an item carries for others to refer to it by, besides its id and title: "Diagram short name: `CI-CD`",
/// "Code: `AUTH-1`". Milestone files name their dependencies this way (`Dependencies: `CI-CD`, `DB-API-Plan``).
enum ReferenceAlias {
    /// The last word of a field's key that makes its value a name for the item.
    static let nameWords: Set<String> = ["name", "id", "key", "code", "alias", "handle", "slug"]

    /// One code-span token (`` `DB-API-Plan` ``): no spaces, not a value that says "none".
    static func token(_ value: String) -> String? {
        let text = value.trimmed
        guard text.count > 2, text.hasPrefix("`"), text.hasSuffix("`") else { return nil }
        let inner = String(text.dropFirst().dropLast()).trimmed
        guard !inner.isEmpty, !inner.contains(where: { $0.isWhitespace || $0 == "`" }),
              inner.contains(where: \.isLetter), !MetadataValues.saysNone(inner) else { return nil }
        return inner
    }

    /// The aliases of an item's metadata: its fields whose key ends in a word for a name or code, each one token.
    static func aliases(of metadata: Metadata) -> [String] {
        metadata.custom.compactMap { field in
            guard let last = MetadataKey.normalize(field.key).split(separator: " ").last,
                  nameWords.contains(String(last)),
                  !field.value.isEmpty, !field.value.contains(where: \.isWhitespace) else { return nil }
            return field.value
        }
    }
}
