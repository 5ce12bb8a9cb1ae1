/// Everything read from a workspace: the validated planning model and what was found wrong with it.
public struct Plan: Sendable {
    public var config: WorkspaceConfig
    public var strategy: Strategy?
    public var objectiveFiles: [ObjectivesFile]
    public var roadmaps: [Roadmap]
    public var diagnostics: [Diagnostic]
    /// Every Markdown file read, workspace-relative.
    public var files: [String] = []
    /// The digest of every input file as read (`InputFingerprint`), stored in planning.db.
    public var inputFingerprint = ""

    public var objectives: [Objective] { objectiveFiles.flatMap(\.objectives) }
    public var roadmapItems: [RoadmapItem] { roadmaps.flatMap(\.items) }
    public var quarters: [Quarter] { Array(Set(objectiveFiles.compactMap(\.quarter))).sorted() }

    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
    public var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }

    package init(config: WorkspaceConfig, strategy: Strategy? = nil, objectiveFiles: [ObjectivesFile], roadmaps: [Roadmap], diagnostics: [Diagnostic], files: [String] = [], inputFingerprint: String = "") {
        self.config = config
        self.strategy = strategy
        self.objectiveFiles = objectiveFiles
        self.roadmaps = roadmaps
        self.diagnostics = diagnostics
        self.files = files
        self.inputFingerprint = inputFingerprint
    }
}
