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
    /// Every period the plan has objectives for, or an empty file for: a file may plan several ("# 📌 2026", "# 📌 2025"
    /// in one goals file), and each of them is a period with its own page and scores. A file's own period whose
    /// objectives all sit in other periods ("# OKRs 2027" over "## Q1 2027" … "## Q4 2027") is not one: as an empty
    /// period it became the current one, and the dashboard scored it 0 with every priority a gap.
    public var quarters: [Quarter] {
        var periods = Set<Quarter>()
        for file in objectiveFiles {
            if let quarter = file.quarter, Self.introQuarter(of: file) == quarter { periods.insert(quarter) }
            for objective in file.objectives { if let quarter = objective.quarter { periods.insert(quarter) } }
        }
        return periods.sorted()
    }

    /// The period whose page shows a file's introduction: its own, when that is one of `quarters`, else the first of
    /// its objectives' ("Steering Committee Q1 2025 Report" over the year's goals: on the 2025 page).
    /// By index: `contains(where:)` and `compactMap` over the objectives copy each one, and this runs for every file
    /// on every quarter page's key.
    public static func introQuarter(of file: ObjectivesFile) -> Quarter? {
        let objectives = file.objectives
        if let quarter = file.quarter {
            if objectives.isEmpty { return quarter }
            for index in objectives.indices where objectives[index].quarter == quarter { return quarter }
        }
        var earliest: Quarter?
        for index in objectives.indices {
            guard let quarter = objectives[index].quarter else { continue }
            if earliest.map({ quarter < $0 }) ?? true { earliest = quarter }
        }
        return earliest
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
