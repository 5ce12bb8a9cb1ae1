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
    /// Every period the plan has objectives for, or a file for: a file may plan several ("# 📌 2026", "# 📌 2025"
    /// in one goals file), and each of them is a period with its own page and scores.
    public var quarters: [Quarter] {
        var periods = Set(objectiveFiles.compactMap(\.quarter))
        for file in objectiveFiles { for objective in file.objectives { if let quarter = objective.quarter { periods.insert(quarter) } } }
        return periods.sorted()
    }

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
