/// Every diagnostic Bearing can report. The raw value is printed in brackets and is stable:
/// CI filters and editor integrations may match on it. `docs/diagnostics.md` explains each one.
public enum DiagnosticCode: String, Sendable, Codable, CaseIterable {
    // Files
    case unreadableFile = "unreadable-file"
    case linkOutsideWorkspace = "link-outside-workspace"
    case binaryFile = "binary-file"
    case notUTF8 = "not-utf8"
    case fileTooLarge = "file-too-large"
    case emptyFile = "empty-file"
    case skippedFile = "skipped-file"
    case nestingTooDeep = "nesting-too-deep"
    case frontMatterInvalid = "front-matter-invalid"
    case configInvalid = "config-invalid"
    case configUnknownKey = "config-unknown-key"
    // Strategy
    case missingStrategy = "missing-strategy"
    case noPriorities = "no-priorities"
    case weightsInvalid = "weights-invalid"
    case weightsSum = "weights-sum"
    // Objectives and roadmaps
    case noQuarter = "no-quarter"
    case quarterMismatch = "quarter-mismatch"
    case fiscalPeriod = "fiscal-period"
    case periodHeading = "period-heading"
    case unreadObjectives = "unread-objectives"
    case noObjectives = "no-objectives"
    case emptyObjective = "empty-objective"
    case unknownStatus = "unknown-status"
    case unknownKey = "unknown-key"
    case invalidValue = "invalid-value"
    case progressUnreadable = "progress-unreadable"
    case checkedIncomplete = "checked-incomplete"
    case tableMalformed = "table-malformed"
    case metadataAfterProse = "metadata-after-prose"
    case progressUnread = "progress-unread"
    case keyResultsUnread = "key-results-unread"
    case taskMarkerSpace = "task-marker-space"
    case unreadRoadmapItems = "unread-roadmap-items"
    case noRoadmapItems = "no-roadmap-items"
    // References between items
    case unresolvedReference = "unresolved-reference"
    case ambiguousReference = "ambiguous-reference"
    case parentAndChildReference = "parent-and-child-reference"
    case duplicateID = "duplicate-id"
    case dependencyCycle = "dependency-cycle"
    // Alignment (reported by BearingAlign)
    case declaredUnsupported = "declared-unsupported"
}
