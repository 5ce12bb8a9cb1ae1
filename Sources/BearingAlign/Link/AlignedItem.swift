import BearingCore

/// Objectives, initiatives and roadmap items seen alike: what linking and scoring need of each.
public struct AlignedItem: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case objective, initiative
        case roadmapItem = "roadmap-item"
    }

    public var id: String
    public var kind: Kind
    public var title: String
    /// Title and body: what inference reads.
    public var text: String
    public var quarter: Quarter?
    public var roadmap: String?
    /// The objective an initiative belongs to.
    public var parent: String?
    /// Declared priority ids (top-level or sub), resolved.
    public var declared: [Reference]
    public var declaredIDs: [String]
    /// Objectives a roadmap item serves.
    public var serves: [String]
    public var effort: Double
    /// Mean key-result progress (objectives and initiatives with key results), else nil.
    public var progress: Double?
    public var status: Status?
    public var owners: [String]
    public var location: SourceLocation

    /// Objectives and roadmap items are what coverage and effort count; initiatives belong to their objective.
    public var isCounted: Bool { kind != .initiative }

    public static func collect(_ plan: Plan) -> [AlignedItem] {
        var items: [AlignedItem] = []
        for objective in plan.objectives {
            items.append(AlignedItem(
                id: objective.id, kind: .objective, title: objective.title, text: objective.title + ". " + objective.body,
                quarter: objective.quarter, roadmap: nil, parent: nil, declared: objective.metadata.priorities,
                declaredIDs: objective.resolved.priorities, serves: [], effort: objective.metadata.effort ?? 1,
                progress: progress(objective.keyResults, status: objective.metadata.status), status: objective.metadata.status,
                owners: objective.metadata.owners, location: objective.location))
            for initiative in objective.initiatives {
                items.append(AlignedItem(
                    id: initiative.id, kind: .initiative, title: initiative.title, text: initiative.title + ". " + initiative.body,
                    quarter: objective.quarter, roadmap: nil, parent: objective.id, declared: initiative.metadata.priorities,
                    declaredIDs: initiative.resolved.priorities, serves: [], effort: initiative.metadata.effort ?? 1,
                    progress: progress(initiative.keyResults, status: initiative.metadata.status), status: initiative.metadata.status,
                    owners: initiative.metadata.owners, location: initiative.location))
            }
        }
        for item in plan.roadmapItems {
            items.append(AlignedItem(
                id: item.id, kind: .roadmapItem, title: item.title, text: item.title + ". " + item.body,
                quarter: item.period.flatMap(Quarter.find(in:)), roadmap: item.roadmap, parent: nil, declared: item.metadata.priorities,
                declaredIDs: item.resolved.priorities, serves: item.resolved.objectives, effort: item.metadata.effort ?? 1,
                progress: item.metadata.status == .done ? 1 : nil, status: item.metadata.status,
                owners: item.metadata.owners, location: item.location))
        }
        return items
    }

    /// Google-style objective grade: the mean of its key results; without any, done counts as 1.
    static func progress(_ keyResults: [KeyResult], status: Status?) -> Double? {
        if !keyResults.isEmpty { return keyResults.map(\.progress).reduce(0, +) / Double(keyResults.count) }
        return status == .done ? 1 : nil
    }
}
