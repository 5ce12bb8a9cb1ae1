import BearingModel

/// Objectives, initiatives and roadmap items seen alike: what linking and scoring need of each.
///
/// Immutable, with its fields in one shared box: scoring and the site filter and group thousands of items,
/// and copying fourteen fields (a dozen reference counts) per item was a fifth of scoring. Copying the box is one.
public struct AlignedItem: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case objective, initiative
        case roadmapItem = "roadmap-item"
    }

    struct Fields: Sendable, Hashable {
        var id: String
        var kind: Kind
        var title: String
        /// The item's own body, sharing its storage: a joined text kept per item was a second copy of every body.
        var body: String
        var quarter: Quarter?
        var roadmap: String?
        var parent: String?
        var declared: [Reference]
        var declaredIDs: [String]
        var serves: [String]
        var effort: Double
        var progress: Double?
        /// How many key results it has, read or not: "no key results" and "progress unknown" are different news.
        var keyResults: Int = 0
        var status: Status?
        var owners: [String]
        var location: SourceLocation
    }

    private final class Box: Sendable {
        let fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private let box: Box

    init(_ fields: Fields) { box = Box(fields) }

    public var id: String { box.fields.id }
    public var kind: Kind { box.fields.kind }
    public var title: String { box.fields.title }
    /// Title and body: what inference reads. Joined when asked for, not kept.
    public var text: String { box.fields.title + ". " + box.fields.body }
    /// The item's Markdown body, without its title.
    public var body: String { box.fields.body }
    public var quarter: Quarter? { box.fields.quarter }
    public var roadmap: String? { box.fields.roadmap }
    /// The objective an initiative belongs to.
    public var parent: String? { box.fields.parent }
    /// Declared priority ids (top-level or sub), resolved.
    public var declared: [Reference] { box.fields.declared }
    public var declaredIDs: [String] { box.fields.declaredIDs }
    /// Objectives a roadmap item serves.
    public var serves: [String] { box.fields.serves }
    public var effort: Double { box.fields.effort }
    /// Mean key-result progress (objectives and initiatives with key results), else nil.
    public var progress: Double? { box.fields.progress }
    public var keyResultCount: Int { box.fields.keyResults }
    public var status: Status? { box.fields.status }
    public var owners: [String] { box.fields.owners }
    public var location: SourceLocation { box.fields.location }

    public static func == (a: AlignedItem, b: AlignedItem) -> Bool { a.box === b.box || a.box.fields == b.box.fields }
    public func hash(into hasher: inout Hasher) { hasher.combine(box.fields) }

    /// Objectives and roadmap items are what coverage and effort count; initiatives belong to their objective.
    public var isCounted: Bool { kind != .initiative }

    public static func collect(_ plan: Plan) -> [AlignedItem] {
        var items: [AlignedItem] = []
        for objective in plan.objectiveFiles.lazy.flatMap(\.objectives) {
            items.append(AlignedItem(Fields(
                id: objective.id, kind: .objective, title: objective.title, body: objective.body,
                quarter: objective.quarter, roadmap: nil, parent: nil, declared: objective.metadata.priorities,
                declaredIDs: objective.resolved.priorities, serves: [], effort: objective.metadata.effort ?? 1,
                progress: progress(objective.keyResults, status: objective.metadata.status), keyResults: objective.keyResults.count,
                status: objective.metadata.status,
                owners: objective.metadata.owners, location: objective.location)))
            for initiative in objective.initiatives {
                items.append(AlignedItem(Fields(
                    id: initiative.id, kind: .initiative, title: initiative.title, body: initiative.body,
                    quarter: objective.quarter, roadmap: nil, parent: objective.id, declared: initiative.metadata.priorities,
                    declaredIDs: initiative.resolved.priorities, serves: [], effort: initiative.metadata.effort ?? 1,
                    progress: progress(initiative.keyResults, status: initiative.metadata.status), keyResults: initiative.keyResults.count,
                    status: initiative.metadata.status,
                    owners: initiative.metadata.owners, location: initiative.location)))
            }
        }
        for item in plan.roadmaps.lazy.flatMap(\.items) {
            items.append(AlignedItem(Fields(
                id: item.id, kind: .roadmapItem, title: item.title, body: item.body,
                quarter: item.period.flatMap { Quarter.find(in: $0, fiscalStart: plan.config.fiscalYearStart) }, roadmap: item.roadmap, parent: nil, declared: item.metadata.priorities,
                declaredIDs: item.resolved.priorities, serves: item.resolved.objectives, effort: item.metadata.effort ?? 1,
                progress: item.metadata.status == .done ? 1 : nil, status: item.metadata.status,
                owners: item.metadata.owners, location: item.location)))
        }
        return items
    }

    /// Google-style objective grade: the mean of its key results whose progress is known (the others were warned
    /// about as `progress-unread`); without any, done counts as 1.
    static func progress(_ keyResults: [KeyResult], status: Status?) -> Double? {
        let known = keyResults.compactMap(\.progress)
        if !known.isEmpty { return known.reduce(0, +) / Double(known.count) }
        return status == .done ? 1 : nil
    }
}
