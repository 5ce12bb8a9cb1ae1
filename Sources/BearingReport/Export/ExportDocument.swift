import BearingAlign
import BearingModel
import Foundation

/// The whole model as one JSON document (`bearing export --format json`).
/// The schema is documented in docs/export.md; `schemaVersion` changes when a key is removed or changes meaning.
public struct ExportDocument: Sendable {
    public static let schemaVersion = 1

    var schemaVersion = ExportDocument.schemaVersion
    var title: String?
    var strategy: StrategyRecord?
    var priorities: [PriorityRecord]
    var objectives: [ObjectiveRecord]
    var roadmaps: [RoadmapRecord]
    var roadmapItems: [RoadmapItemRecord]
    var diagnostics: [DiagnosticRecord]

    public init(_ plan: Plan) {
        title = plan.config.title ?? plan.strategy?.title
        strategy = plan.strategy.map(StrategyRecord.init)
        priorities = plan.strategy.map { strategy in strategy.priorities.map { PriorityRecord($0, weight: strategy.weights[$0.id]) } } ?? []
        objectives = plan.objectives.map(ObjectiveRecord.init)
        roadmaps = plan.roadmaps.map(RoadmapRecord.init)
        roadmapItems = plan.roadmapItems.map(RoadmapItemRecord.init)
        diagnostics = plan.diagnostics.map(DiagnosticRecord.init)
    }

    /// Pretty, key-sorted JSON: the same plan always gives the same bytes.
    public func json() throws -> String {
        var bytes: [UInt8] = []
        try JSONEntry.write(jsonEntries, into: &bytes)
        return String(decoding: bytes, as: UTF8.self) + "\n"
    }
}

public struct LocationRecord: Sendable {
    var path: String
    var line: Int
    init(_ location: SourceLocation) { path = location.path; line = location.line }
}

struct StrategyRecord: Sendable {
    struct SectionRecord: Sendable {
        var id: String, title: String, kind: String, body: String
    }
    var path: String
    var title: String
    var sections: [SectionRecord]
    init(_ strategy: Strategy) {
        path = strategy.path
        title = strategy.title
        sections = strategy.sections.map { SectionRecord(id: $0.id, title: $0.title, kind: $0.kind.rawValue, body: $0.body) }
    }
}

struct PriorityRecord: Sendable {
    var id: String
    var number: String
    var title: String
    var parent: String?
    var summary: String?
    var successSignal: String?
    var weight: Double?
    var location: LocationRecord
    init(_ priority: Priority, weight: Double?) {
        id = priority.id; number = priority.number; title = priority.title; parent = priority.parent
        summary = priority.summary; successSignal = priority.successSignal; self.weight = weight.map(rounded)
        location = LocationRecord(priority.location)
    }
}

struct KeyResultRecord: Sendable {
    var text: String
    var done: Bool
    var progress: Double?
    var progressSource: String
    var line: Int
    var priority: String?
    var figures: KeyResultFigures?
    /// Written only when the key result names them: most name neither, and a plan can hold tens of thousands.
    var owners: [String]
    var status: String?
    /// As written ("40%", "2"), only when it has one: most key results are not weighted.
    var weight: String?
    init(_ keyResult: KeyResult) {
        text = keyResult.text; done = keyResult.done; progress = keyResult.progress.map(rounded); priority = keyResult.priority
        figures = keyResult.figures; owners = keyResult.owners; status = keyResult.status?.rawValue; weight = keyResult.weight?.shown
        progressSource = keyResult.progressSource.rawValue; line = keyResult.location.line
    }
}

/// The metadata fields objectives, initiatives and roadmap items share.
struct MetadataRecord: Sendable {
    var owners: [String]
    var team: String?
    var status: String?
    var confidence: Double?
    var effort: Double?
    var due: String?
    var issues: [String]
    var custom: [String: String]
    init(_ metadata: Metadata) {
        owners = metadata.owners; team = metadata.team; status = metadata.status?.rawValue
        confidence = metadata.confidence.map(rounded); effort = metadata.effort; due = metadata.due; issues = metadata.issues
        custom = Dictionary(metadata.custom.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
    }
}

/// The grade the site shows beside an item, with how many key results it covers (`Grade`, one source for both).
struct GradeFields: Sendable {
    var grade: Double?
    var coverage: String?
    var measured: Int
    init(_ keyResults: [KeyResult], metadata: Metadata) {
        let computed = Grade(keyResults, metadata: metadata)
        grade = computed.value.map(rounded); coverage = computed.coverage; measured = computed.measured
    }
}

struct InitiativeRecord: Sendable {
    var id: String
    var title: String
    var metadata: MetadataRecord
    var priorities: [String]
    var keyResults: [KeyResultRecord]
    var grade: GradeFields
    var location: LocationRecord
    init(_ initiative: Initiative) {
        id = initiative.id; title = initiative.title; metadata = MetadataRecord(initiative.metadata)
        priorities = initiative.resolved.priorities; keyResults = initiative.keyResults.map(KeyResultRecord.init)
        grade = GradeFields(initiative.keyResults, metadata: initiative.metadata)
        location = LocationRecord(initiative.location)
    }
}

struct ObjectiveRecord: Sendable {
    var id: String
    var quarter: String?
    var title: String
    var owners: [String]
    var status: String?
    /// "committed" or "aspirational" (`Commitment`), from a marker, a heading over the objectives, a field or front matter.
    var commitment: String?
    var metadata: MetadataRecord
    /// Declared priorities, resolved to ids.
    var priorities: [String]
    var roadmaps: [String]
    var keyResults: [KeyResultRecord]
    var grade: GradeFields
    var initiatives: [InitiativeRecord]
    var body: String
    var location: LocationRecord
    /// The heading it is filed under (`Objective.group`), as a roadmap item's group.
    var group: String?
    init(_ objective: Objective) {
        id = objective.id; quarter = objective.quarter?.description; title = objective.title
        owners = objective.metadata.owners; status = objective.metadata.status?.rawValue
        commitment = Commitment(metadata: objective.metadata)?.rawValue
        metadata = MetadataRecord(objective.metadata); priorities = objective.resolved.priorities
        roadmaps = objective.resolved.roadmaps; keyResults = objective.keyResults.map(KeyResultRecord.init)
        grade = GradeFields(objective.keyResults, metadata: objective.metadata)
        initiatives = objective.initiatives.map(InitiativeRecord.init); body = objective.body
        location = LocationRecord(objective.location); group = objective.group
    }
}

struct RoadmapRecord: Sendable {
    struct LaneRecord: Sendable {
        var title: String
        var kind: String
        var period: String?
        /// What the lane is about ("Theme: …"), written only when the file says it.
        var summary: String?
    }
    var id: String
    var title: String
    var path: String
    var lanes: [LaneRecord]
    init(_ roadmap: Roadmap) {
        id = roadmap.id; title = roadmap.title; path = roadmap.path
        lanes = roadmap.lanes.map { LaneRecord(title: $0.title, kind: $0.kind.rawValue, period: $0.period, summary: $0.summary) }
    }
}

struct RoadmapItemRecord: Sendable {
    var id: String
    var roadmap: String
    var lane: String
    var group: String?
    var period: String?
    var title: String
    var owners: [String]
    var status: String?
    var metadata: MetadataRecord
    var priorities: [String]
    var dependsOn: [String]
    var objectives: [String]
    var body: String
    var location: LocationRecord
    init(_ item: RoadmapItem) {
        id = item.id; roadmap = item.roadmap; lane = item.lane; group = item.group; period = item.period; title = item.title
        owners = item.metadata.owners; status = item.metadata.status?.rawValue; metadata = MetadataRecord(item.metadata)
        priorities = item.resolved.priorities; dependsOn = item.resolved.dependsOn; objectives = item.resolved.objectives
        body = item.body; location = LocationRecord(item.location)
    }
}

struct DiagnosticRecord: Sendable {
    var path: String
    var line: Int
    var column: Int
    var severity: String
    var code: String
    var message: String
    var fix: String?
    var candidates: ReferenceCandidates?
    init(_ diagnostic: Diagnostic) {
        path = diagnostic.location.path; line = diagnostic.location.line; column = diagnostic.location.column
        severity = diagnostic.severity.rawValue; code = diagnostic.code.rawValue; message = diagnostic.message; fix = diagnostic.fix
        candidates = diagnostic.candidates
    }
}

/// Four decimals: enough for any score, and stable across platforms' float printing.
func rounded(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }

extension ExportDocument {
    /// The document's entries for `JSONEntry.write`: the lists of records print one record at a time.
    /// `bearing report --format json` and planning.json add their own entries to these.
    package var jsonEntries: [JSONEntry] {
        [JSONEntry("schema_version") { writer, _ in writer.integer(schemaVersion) },
         JSONEntry("title") { writer, _ in if let title { writer.string(title) } else { writer.null() } },
         JSONEntry("strategy") { writer, _ in if let strategy { strategy.write(to: &writer) } else { writer.null() } },
         JSONEntry("priorities") { writer, _ in writer.array(priorities) { $1.write(to: &$0) } },
         JSONEntry("objectives") { writer, drain in writer.array(objectives) { $1.write(to: &$0); drain(&$0) } },
         JSONEntry("roadmaps") { writer, _ in writer.array(roadmaps) { $1.write(to: &$0) } },
         JSONEntry("roadmap_items") { writer, drain in writer.array(roadmapItems) { $1.write(to: &$0); drain(&$0) } },
         JSONEntry("diagnostics") { writer, drain in writer.array(diagnostics) { $1.write(to: &$0); drain(&$0) } }]
    }
}
