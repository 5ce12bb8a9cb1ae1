/// Work a team declared for a priority whose text does not say how it serves it. Declaring cannot lift a score on its
/// own (docs/scoring.md, section 1): such an item keeps its text's low strength and counts as an orphan, and its
/// priority can stay a gap. But a leader reading "no priority" or "no work" takes it as "the team did not say": the
/// pages and reports name the declaration instead ("declared: reliability — its text does not say how").
extension Alignment {
    /// The item's declared links when none of its links reaches the threshold: empty for an item that serves a
    /// priority, or that declares nothing.
    public func unsupportedDeclarations(of item: String) -> [Link] {
        let links = links(of: item)
        guard !links.contains(where: { $0.strength >= Self.threshold }) else { return [] }
        return links.filter { $0.kind == .declared }
    }

    /// "declared: reliability, talent — its text does not say how", or nil when the item declares nothing unsupported.
    public func unsupportedDeclarationText(of item: String) -> String? {
        let ids = unsupportedDeclarations(of: item).map(\.priority)
        guard !ids.isEmpty else { return nil }
        return "declared: \(ids.joined(separator: ", ")) — its text does not say how"
    }

    /// "1 declared item, not supported by its text" for a gap that items of the scope declare, nil for a gap nobody
    /// declared.
    public static func declaredGapText(_ count: Int?) -> String? {
        guard let count, count > 0 else { return nil }
        return count == 1 ? "1 declared item, not supported by its text" : "\(count) declared items, not supported by their text"
    }
}
