import BearingModel
import BearingParse

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
        /// Where `declaredIDs` came from when no `Priorities:` line names them (`ResolvedReferences.declaredBy`).
        var declaredBy: String? = nil
        /// They come from the heading the item is filed under (`ResolvedReferences.filedUnderHeading`).
        var filedUnderHeading = false
        var serves: [String]
        var effort: Double
        /// The effort as written (`L`, `2-3 hours`) when it is not the number it counts.
        var effortWritten: String? = nil
        var progress: Double?
        /// How many key results it has, read or not: "no key results" and "progress unknown" are different news.
        var keyResults: Int = 0
        /// How many of them state their progress: the grade is the mean of these only, and says so when it is not all.
        var measuredKeyResults: Int = 0
        /// The grade is a mean weighted by its key results' written weights (`Grade.weighted`).
        var weightedGrade = false
        var status: Status?
        /// Committed or aspirational (an objective's `Commitment`), nil when the plan does not say.
        var commitment: Commitment? = nil
        /// A key result of its own marked at risk or off track by its writer (`KeyResult.isFlagged`; `KeyResultFlags` says which).
        var keyResultFlagged = false
        var owners: [String]
        var location: SourceLocation
        /// What the item's group heading says, for an item that is its title alone (`groupContext`).
        var context: String? = nil
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
    public var declaredBy: String? { box.fields.declaredBy }
    public var filedUnderHeading: Bool { box.fields.filedUnderHeading }
    /// Objectives a roadmap item serves.
    public var serves: [String] { box.fields.serves }
    public var effort: Double { box.fields.effort }
    /// The effort as written (`Effort: L`, `Effort: 2-3 hours`), nil when none was or it is the number itself.
    public var effortWritten: String? { box.fields.effortWritten }
    /// Mean key-result progress (objectives and initiatives with key results), else nil.
    public var progress: Double? { box.fields.progress }
    public var keyResultCount: Int { box.fields.keyResults }
    public var measuredKeyResultCount: Int { box.fields.measuredKeyResults }
    /// True when its grade weighs its key results by the weights written beside them (docs/scoring.md).
    public var weightedGrade: Bool { box.fields.weightedGrade }
    /// "1 of 3 key results measured" when the grade covers only some of its key results (`Grade.coverage`).
    public var gradeCoverage: String? {
        Grade(value: progress, keyResults: keyResultCount, measured: measuredKeyResultCount).coverage
    }
    public var status: Status? { box.fields.status }
    /// Marked at risk or off track, by its own status or by one of its own key results: what "at risk now" counts.
    public var isFlagged: Bool { status == .atRisk || status == .offTrack || box.fields.keyResultFlagged }
    /// Committed (to be met in full) or aspirational (0.7 is a success), nil when the plan does not say: an unmarked
    /// objective is graded as an aspirational one.
    public var commitment: Commitment? { box.fields.commitment }
    public var owners: [String] { box.fields.owners }
    public var location: SourceLocation { box.fields.location }
    /// Text inference reads beside the item's own (`groupContext`), nil for most items.
    public var context: String? { box.fields.context }

    public static func == (a: AlignedItem, b: AlignedItem) -> Bool { a.box === b.box || a.box.fields == b.box.fields }
    public func hash(into hasher: inout Hasher) { hasher.combine(box.fields) }

    /// An objective with nothing under a title of at most three words, a bracketed aside left out ("Sales", "Partner
    /// Operations (Finance, Legal)"): no text, key results, declared priorities, owner or status. Such a title names a
    /// group, not work; a bare title that says what will be done ("Ship the customer onboarding redesign") is judged.
    public var isBareObjective: Bool {
        guard kind == .objective, keyResultCount == 0, declared.isEmpty, owners.isEmpty, status == nil,
              body.allSatisfy(\.isWhitespace) else { return false }
        let name = title.split(separator: "(").first.map(String.init) ?? title
        return name.split(whereSeparator: { $0 == " " || $0 == "/" }).count <= 3
    }

    /// Objectives and roadmap items are what pages list as the plan's work; initiatives belong to their objective.
    public var isCounted: Bool { kind != .initiative }
    /// What coverage, effort, the alignment index, orphans and grades count: the counted items less dropped work
    /// (a Deferred, Parked or Won't-do lane, `Status: dropped`), which serves no priority however well it is worded.
    public var isScored: Bool { isCounted && status != .dropped }

    /// The text an objective is linked by: its body, or, when it has none of its own, its key results' words. A scored
    /// OKR sheet (IPFS's, a row per key result under a bold objective row) writes nothing else, and linked by its title
    /// alone "The IPFS Community is informed of relevant news in a timely manner" went to package managers on "timely".
    static func body(_ written: String, keyResults: [KeyResult]) -> String {
        guard written.allSatisfy(\.isWhitespace), !keyResults.isEmpty else { return written }
        return keyResults.map(\.text).joined(separator: "\n")
    }

    public static func collect(_ plan: Plan) -> [AlignedItem] {
        var kept = Kept()
        return collect(plan, kept: &kept)
    }

    /// The items of the last build, by what they were made from, for the next: an objective's item and its initiatives'
    /// follow from the objective alone, a roadmap's items from the roadmap and the fiscal year's start. A rebuild in
    /// process keeps them (`InferenceCache.items`) and takes them for an objective that is the same storage
    /// (`Objective.isIdentical`, as the loader keeps an unchanged file's) or an equal roadmap, so that an unchanged item
    /// is the same box as the last build's: every comparison of it after (own links, kept scores, page keys) is then one
    /// pointer, and making 5,200 items again (their roadmap items' group headings read word by word) was 12.7 M
    /// instructions of a one-file rebuild at 200 files.
    public struct Kept: Sendable {
        var objectives: [String: (objective: Objective, items: [AlignedItem])] = [:]
        var roadmaps: [(roadmap: Roadmap, fiscalStart: Int?, items: [AlignedItem])] = []
        public init() {}
    }

    /// `collect`, taking from `kept` the items of unchanged objectives and roadmaps, and keeping this plan's there.
    public static func collect(_ plan: Plan, kept: inout Kept) -> [AlignedItem] {
        var items: [AlignedItem] = []
        var made = Kept()
        made.objectives.reserveCapacity(kept.objectives.count)
        for objective in plan.objectiveFiles.lazy.flatMap(\.objectives) {
            if let known = kept.objectives[objective.id], known.objective.isIdentical(to: objective) {
                items += known.items
                if made.objectives[objective.id] == nil { made.objectives[objective.id] = known }
                continue
            }
            let first = items.count
            let grade = Grade(objective.keyResults, metadata: objective.metadata)
            items.append(AlignedItem(Fields(
                id: objective.id, kind: .objective, title: objective.title, body: Self.body(objective.body, keyResults: objective.keyResults),
                quarter: objective.quarter, roadmap: nil, parent: nil, declared: objective.metadata.priorities,
                declaredIDs: objective.resolved.priorities, declaredBy: objective.resolved.declaredBy,
                filedUnderHeading: objective.resolved.filedUnderHeading, serves: [], effort: objective.metadata.effort ?? 1, effortWritten: objective.metadata.effortWritten,
                progress: grade.value, keyResults: grade.keyResults, measuredKeyResults: grade.measured, weightedGrade: grade.weighted,
                status: objective.metadata.status, commitment: Commitment(metadata: objective.metadata),
                keyResultFlagged: objective.ownKeyResults.contains(where: \.isFlagged),
                owners: objective.metadata.owners, location: objective.location)))
            for initiative in objective.initiatives {
                let grade = Grade(initiative.keyResults, metadata: initiative.metadata)
                items.append(AlignedItem(Fields(
                    id: initiative.id, kind: .initiative, title: initiative.title, body: Self.body(initiative.body, keyResults: initiative.keyResults),
                    quarter: objective.quarter, roadmap: nil, parent: objective.id, declared: initiative.metadata.priorities,
                    declaredIDs: initiative.resolved.priorities, declaredBy: initiative.resolved.declaredBy,
                filedUnderHeading: initiative.resolved.filedUnderHeading, serves: [], effort: initiative.metadata.effort ?? 1, effortWritten: initiative.metadata.effortWritten,
                    progress: grade.value, keyResults: grade.keyResults, measuredKeyResults: grade.measured, weightedGrade: grade.weighted,
                    status: initiative.metadata.status, keyResultFlagged: initiative.keyResults.contains(where: \.isFlagged),
                    owners: initiative.metadata.owners, location: initiative.location)))
            }
            if made.objectives[objective.id] == nil { made.objectives[objective.id] = (objective, Array(items[first...])) }
        }
        let fiscalStart = plan.config.fiscalYearStart
        let roadmaps = plan.roadmaps
        // By index: a loop over the roadmaps themselves copies each one.
        for index in roadmaps.indices {
            if index < kept.roadmaps.count, kept.roadmaps[index].fiscalStart == fiscalStart, kept.roadmaps[index].roadmap == roadmaps[index] {
                items += kept.roadmaps[index].items
                made.roadmaps.append(kept.roadmaps[index])
                continue
            }
            let first = items.count
            for item in roadmaps[index].items {
                items.append(AlignedItem(Fields(
                    id: item.id, kind: .roadmapItem, title: item.title, body: item.body,
                    quarter: item.period.flatMap { Quarter.holding($0, fiscalStart: fiscalStart) }, roadmap: item.roadmap, parent: nil, declared: item.metadata.priorities,
                    declaredIDs: item.resolved.priorities, declaredBy: item.resolved.declaredBy,
                    filedUnderHeading: item.resolved.filedUnderHeading, serves: item.resolved.objectives, effort: item.metadata.effort ?? 1, effortWritten: item.metadata.effortWritten,
                    // A figure the item states itself ("#### Web Portal (70%)", "Progress: 3/5") is how far it has got.
                    progress: item.metadata.status == .done ? 1 : Grade.statedProgress(item.metadata), status: item.metadata.status,
                    owners: item.metadata.owners, location: item.location, context: groupContext(item))))
            }
            made.roadmaps.append((roadmaps[index], fiscalStart, Array(items[first...])))
        }
        kept = made
        return items
    }

    /// Whether both are the same box: made once and kept, so equal in every field.
    public func isIdentical(to other: AlignedItem) -> Bool { box === other.box }

    /// The group heading of a roadmap item that is its title alone, when the heading says what the work is about:
    /// "Extra lineage from queries for BigQuery, Hive, Redshift, and Snowflake" under "### Support for Lineage" is
    /// lineage work, yet its own words are mostly product names, and it was an orphan (0.18) beside a sibling linked at
    /// 0.91. A heading that only places or counts the work ("Work in progress", "Q3 2026", "Grid 0.1", "Customer") says
    /// nothing of it: it needs two content words that are not such placing words, and no status or date alone
    /// (`RowText.isSaid`). An item whose body says more than its title keeps to its own words.
    static func groupContext(_ item: RoadmapItem) -> String? {
        guard let group = item.group, RowText.isSaid(group),
              Set(ContentWords.words(group)).subtracting(placingWords).count >= 2,
              Set(ContentWords.words(item.body)).isSubset(of: Set(ContentWords.words(item.title))) else { return nil }
        return group
    }

    /// Words a group heading uses to place or sort work rather than say what it is: "Features for Future Releases",
    /// "Other improvements", "Near-term work", "Phase 2 milestones".
    static let placingWords: Set<String> = [
        "feature", "features", "future", "release", "releases", "planned", "plan", "plans", "upcoming", "next", "later", "now",
        "backlog", "misc", "miscellaneous", "other", "others", "item", "items", "work", "tasks", "task", "progress", "done",
        "completed", "complete", "ongoing", "current", "new", "improvement", "improvements", "enhancement", "enhancements",
        "fixes", "bugs", "phase", "milestone", "milestones", "stage", "version", "roadmap", "goals", "ideas", "considered",
        "consideration", "near", "term", "long", "short", "mid", "medium", "stretch", "nice", "wishlist", "proposed",
        "scope", "shipped", "development", "general",
    ]
}
