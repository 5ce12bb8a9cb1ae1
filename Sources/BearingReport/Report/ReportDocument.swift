import BearingAlign
import BearingModel
import Foundation

/// `bearing report --format json`: the export document plus links, gaps, orphans and every score.
public struct ReportDocument: Sendable {
    let export: ExportDocument
    let alignment: Alignment
    let quarter: Quarter?
    let provisional: ProvisionalFigures?

    public init(plan: Plan, alignment: Alignment, quarter: Quarter? = nil) {
        export = ExportDocument(plan)
        self.alignment = alignment
        self.quarter = quarter
        provisional = ProvisionalFigures(plan)
    }

    struct LinkRecord {
        var item, priority, kind: String
        var strength: Double
        var evidence: [String]
        var via: String?
        var explanation: String
    }

    struct Scores {
        var workspace: ScopeScore?
        var quarters: [ScopeScore]
        var roadmaps: [ScopeScore]
        var items: [ItemScore]
        var priorities: [PriorityMetrics]

        /// As encoded, with the item scores printed one at a time; `workspace` is left out when nil.
        func write(to writer: inout JSONWriter, drain: (inout JSONWriter) -> Void) {
            writer.object { w in
                w.key("items")
                w.array(items) { $1.write(to: &$0); drain(&$0) }
                w.field("priorities", priorities)
                w.field("quarters", quarters)
                w.field("roadmaps", roadmaps)
                if let workspace { w.field("workspace", workspace) }
            }
        }
    }

    /// The items the report covers: all, or the work in the quarter its gaps are counted from: the quarter's objectives
    /// and initiatives and those of the half-years and years running through it.
    private var itemIDs: Set<String>? {
        quarter.map { q in Set(alignment.items.filter { $0.quarter?.runs(through: q) == true && $0.kind != .roadmapItem }.map(\.id)) }
    }

    private var keptLinks: [Link] {
        guard let ids = itemIDs else { return alignment.links }
        return alignment.links.filter { ids.contains($0.item) }
    }

    private static func record(_ link: Link) -> LinkRecord {
        LinkRecord(item: link.item, priority: link.priority, kind: link.kind.rawValue, strength: round(link.strength),
                   evidence: link.evidence.map(\.term), via: link.via, explanation: link.explanation)
    }

    private var mainScope: ScopeScore? { quarter.flatMap { alignment.scope(.quarter, $0.description) } ?? alignment.workspace }

    private var scores: Scores {
        let ids = itemIDs
        return Scores(
            workspace: alignment.workspace.map(Self.rounded),
            quarters: alignment.scopes.filter { $0.kind == .quarter && (quarter == nil || $0.key == quarter?.description) }.map(Self.rounded),
            roadmaps: quarter == nil ? alignment.scopes.filter { $0.kind == .roadmap }.map(Self.rounded) : [],
            items: alignment.itemScores.filter { ids?.contains($0.item) ?? true }.map { var s = $0; s.strength = Self.round(s.strength); return s },
            // A quarter's report gives that quarter's table, as its gaps, orphans and scopes are that quarter's.
            priorities: (quarter.flatMap { alignment.priorities(in: $0) } ?? alignment.priorities).map(Self.rounded))
    }

    /// The report's own entries, beside the export document's (see `JSONEntry.write`).
    private var jsonEntries: [JSONEntry] {
        [JSONEntry("links") { writer, drain in writer.array(keptLinks) { Self.record($1).write(to: &$0); drain(&$0) } },
         JSONEntry("gaps") { writer, _ in writer.array(mainScope?.gaps ?? []) { $0.string($1) } },
         JSONEntry("orphans") { writer, _ in writer.array(mainScope?.orphans ?? []) { $0.string($1) } },
         JSONEntry("too_little_text") { writer, _ in writer.array(mainScope?.tooLittleText ?? []) { $0.string($1) } },
         JSONEntry("scores") { writer, drain in scores.write(to: &writer, drain: drain) },
         // A quarter that ended under an earlier strategy was scored against it: which version, so the figures can be
         // read as the quarter page and the text report read them. Every other quarter: the current strategy.
         JSONEntry("scored_against") { writer, _ in
             writer.object { w in
                 let periods = alignment.periods
                 for (key, index) in (periods?.scoredAgainst ?? [:]).sorted(by: { $0.key < $1.key })
                 where (quarter == nil || key == quarter?.description) && periods?.versions.indices.contains(index) == true {
                     guard let version = periods?.versions[index] else { continue }
                     w.key(key)
                     w.object { v in
                         v.field("since", Self.day(version.since))
                         v.field("commit", version.commit.commit)
                         v.field("author", version.commit.author)
                     }
                 }
             }
         },
         // Null when the plan has no errors; else why its scores are provisional (`ProvisionalFigures`), so a
         // dashboard fed from this JSON can say so beside the alignment index.
         JSONEntry("provisional") { writer, _ in
             guard let provisional else { return writer.null() }
             writer.object { w in
                 w.field("duplicate_ids", provisional.duplicateIDs)
                 w.field("errors", provisional.errors)
                 w.field("reason", provisional.reason)
                 w.field("unread_files", provisional.unreadFiles)
                 w.field("unresolved_items", provisional.unresolvedItems)
             }
         },
         JSONEntry("today") { writer, _ in writer.string(Self.day(alignment.today)) },
         JSONEntry("current_quarter") { writer, _ in
             if let current = alignment.currentQuarter { writer.string(current.description) } else { writer.null() }
         }]
    }

    public func json() throws -> String {
        String(decoding: try jsonBytes(), as: UTF8.self)
    }

    /// The JSON as bytes ending in a newline, for writing without another copy.
    public func jsonBytes() throws -> [UInt8] {
        var bytes: [UInt8] = []
        try writeJSON(into: &bytes)
        return bytes
    }

    /// The JSON of `jsonBytes`, printed into `out` as it is produced: the long lists one record at a time.
    package func writeJSON<Output: ByteOutput>(into out: inout Output) throws {
        try JSONEntry.write(export.jsonEntries + jsonEntries, into: &out)
        out.append(0x0A)
    }

    static func round(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }

    static func rounded(_ scope: ScopeScore) -> ScopeScore {
        var s = scope
        s.alignmentIndex = (s.alignmentIndex * 10).rounded() / 10
        s.coverage = round(s.coverage); s.subCoverage = round(s.subCoverage); s.orphanShare = round(s.orphanShare)
        s.shares = s.shares.mapValues(round); s.balance = s.balance.map(round); s.grade = s.grade.map(round)
        s.pace = s.pace.map { Pace(elapsed: round($0.elapsed), grade: round($0.grade), status: $0.status) }
        return s
    }

    static func rounded(_ metrics: PriorityMetrics) -> PriorityMetrics {
        var m = metrics
        m.effort = round(m.effort); m.effortShare = round(m.effortShare); m.target = m.target.map(round); m.progress = m.progress.map(round)
        m.trend = m.trend.map { TrendPoint(quarter: $0.quarter, items: $0.items, effortShare: round($0.effortShare)) }
        return m
    }

    public static func day(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0)
    }
}
