import BearingModel

/// What the site needs from the plan alone, before it is aligned: every page's file, the headings' anchors and the
/// tables by id. A rebuild makes it on the other core while the plan is linked and scored, which run on one
/// (`IncrementalBuild`); made inside `SiteContent` otherwise.
public struct SiteIndex: Sendable {
    let paths: SitePaths
    let anchors: SiteAnchors
    let objectives: [Objective]
    let objectivesByID: [String: Objective]
    let roadmapItemsByID: [String: RoadmapItem]
    /// Per objective id, the roadmap items whose `Objectives:` line names it, in plan order.
    let roadmapItemsServing: [String: [RoadmapItem]]

    public init(plan: Plan) { self.init(plan: plan, paths: SitePaths(plan: plan)) }

    /// What a rebuild in process keeps of the last build's index for the next: its paths with the ids they were made
    /// from (`SitePaths.make`).
    public struct Kept: Sendable {
        var paths: (source: SitePaths.Source, paths: SitePaths)?
        public init() {}
    }

    /// `init(plan:)`, taking the paths from `kept` when the plan's ids are as they were; also returns what to keep.
    public static func make(plan: Plan, kept: Kept) -> (SiteIndex, Kept) {
        let (paths, made) = SitePaths.make(plan: plan, kept: kept.paths)
        var next = Kept()
        next.paths = made
        return (SiteIndex(plan: plan, paths: paths), next)
    }

    init(plan: Plan, paths: SitePaths) {
        self.paths = paths
        anchors = SiteAnchors(plan: plan, paths: paths)
        objectives = plan.objectives
        objectivesByID = Dictionary(objectives.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let items = plan.roadmapItems
        roadmapItemsByID = Dictionary(items.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var serving: [String: [RoadmapItem]] = [:]
        for item in items { for id in item.resolved.objectives { serving[id, default: []].append(item) } }
        roadmapItemsServing = serving
    }
}
