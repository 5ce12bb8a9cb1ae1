
/// What inference proposes for items that declare no priorities (`bearing suggest`).
public struct Suggestion: Sendable, Hashable, Codable {
    public var item: String
    public var title: String
    public var path: String
    public var line: Int
    /// The top-level priority to declare: the part of inference that the evaluation set measures.
    public var priority: String
    /// The closest sub-priority, as a hint only.
    public var subPriority: String?
    public var strength: Double
    public var evidence: [String]
    /// Strong enough for `--apply` to write it, and the item has no `Priorities:` line of its own.
    public var applicable: Bool
    /// What the item's own `Priorities:` line names when none of it resolves (`runbooks` for no such priority): `--apply`
    /// adds no second line, so the fix is to correct that one.
    public var unresolved: [String] = []
}

public enum Suggestions {
    /// Only suggestions at least this strong are written by `--apply`; whatever `--threshold` says, never one below the
    /// orphan line, which would declare a link Bearing itself does not see.
    public static let applyThreshold = 0.3

    /// Objectives and roadmap items without declared (or inherited) priorities, best suggestion first per item.
    public static func make(_ alignment: Alignment, threshold: Double = applyThreshold) -> [Suggestion] {
        alignment.items.filter { $0.kind != .initiative && $0.declaredIDs.isEmpty }.compactMap { item in
            let links = alignment.links(of: item.id).filter { $0.kind == .inferred }
            guard let top = links.first(where: { alignment.strategy.parent(of: $0.priority) == nil }) else { return nil }
            let sub = links.first { alignment.strategy.parent(of: $0.priority) == top.priority }
            let unresolved = item.declared.map(\.text)
            return Suggestion(item: item.id, title: item.title, path: item.location.path, line: item.location.line, priority: top.priority,
                              subPriority: sub?.priority, strength: top.strength, evidence: top.evidence.map(\.term),
                              applicable: unresolved.isEmpty && top.strength >= max(threshold, Double(Calibration.orphanStrength)),
                              unresolved: unresolved)
        }
    }
}
