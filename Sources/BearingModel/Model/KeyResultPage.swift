/// A page of a key-results database exported from Notion: one key result in a file of its own, related to the page of
/// its objective. Parsing reads it alone; the load puts it under its objective (`KeyResultPages`).
public struct KeyResultPage: Hashable, Sendable {
    public var keyResult: KeyResult
    /// The objective's title, as the relation names it.
    public var objectiveTitle: String
    /// The workspace path of the objective's page, as the relation gives it; nil when it leads out of the workspace.
    public var objectivePath: String?
    /// Where the relation is written.
    public var location: SourceLocation
    /// The objectives the relation names after the first (a key result two objectives share, as a Notion relation
    /// may): it counts under each of them too.
    public var otherObjectives: [Related] = []

    /// An objective's page a relation names: its title, and its workspace path when the relation stays inside it.
    public struct Related: Hashable, Sendable {
        public var title: String
        public var path: String?

        package init(title: String, path: String?) {
            self.title = title
            self.path = path
        }
    }

    package init(keyResult: KeyResult, objectiveTitle: String, objectivePath: String?, location: SourceLocation,
                 otherObjectives: [Related] = []) {
        self.keyResult = keyResult
        self.objectiveTitle = objectiveTitle
        self.objectivePath = objectivePath
        self.location = location
        self.otherObjectives = otherObjectives
    }

    /// Every objective the relation names, in its order.
    public var objectives: [Related] { [Related(title: objectiveTitle, path: objectivePath)] + otherObjectives }
}
