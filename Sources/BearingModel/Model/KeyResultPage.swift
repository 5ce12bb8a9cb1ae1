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

    package init(keyResult: KeyResult, objectiveTitle: String, objectivePath: String?, location: SourceLocation) {
        self.keyResult = keyResult
        self.objectiveTitle = objectiveTitle
        self.objectivePath = objectivePath
        self.location = location
    }
}
