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
        // Roadmap by roadmap, item by item in place: gathering every item into one array first (`Plan.roadmapItems`)
        // and pairing each with its id copied every item twice. Last to first, so that the first item of an id is the
        // one left, with one lookup per item.
        var byID: [String: RoadmapItem] = [:], serving: [String: [RoadmapItem]] = [:]
        let roadmaps = plan.roadmaps
        byID.reserveCapacity(roadmaps.reduce(0) { $0 + $1.items.count })
        for r in roadmaps.indices.reversed() {
            for i in roadmaps[r].items.indices.reversed() { byID[roadmaps[r].items[i].id] = roadmaps[r].items[i] }
        }
        for r in roadmaps.indices {
            for i in roadmaps[r].items.indices {
                for objective in roadmaps[r].items[i].resolved.objectives { serving[objective, default: []].append(roadmaps[r].items[i]) }
            }
        }
        roadmapItemsByID = byID
        roadmapItemsServing = serving
    }
}
