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

    /// Fields a roadmap item's title label became (`TitleLabel.roadmapStep`): "Milestone: 1", "Phase: 2".
    static let stepWords: Set<String> = ["milestone", "phase", "step", "stage", "part", "task"]
    private static let stepValue = Pattern(#"^(?:[0-9]+(?:\.[0-9]+)*|MS?[0-9]+(?:\.[0-9]+)?)$"#, caseInsensitive: false)

    /// A roadmap item's title as the file writes it, with the step label its title gave up ("Phase 1: Durable storage"
    /// for "Durable storage" and `Phase: 1`): references find items by it, so `Depends on: Phase 1` finds the one phase
    /// of its roadmap, and two roadmaps' "Phase 1" stay ambiguous as they were.
    static func writtenTitle(_ title: String, metadata: Metadata) -> String {
        guard let field = metadata.custom.first(where: { stepWords.contains($0.key.lowercased()) && stepValue.matches($0.value) }) else { return title }
        let label = field.value.first?.isNumber == true ? "\(field.key) \(field.value)" : field.value
        return "\(label): \(title)"
    }

    /// The id the item had while its title kept its step label, so that links made with it still find it.
    static func formerID(_ id: String, title: String, explicitID: Bool, metadata: Metadata) -> [String] {
        let written = writtenTitle(title, metadata: metadata)
        guard !explicitID, written != title, let slash = id.lastIndex(of: "/") else { return [] }
        return [String(id[...slash]) + Slug.make(written)]
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
