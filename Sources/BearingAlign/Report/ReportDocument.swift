import BearingCore
import Foundation

/// `bearing report --format json`: the export document plus links, gaps, orphans and every score.
public struct ReportDocument: Encodable, Sendable {
    let export: ExportDocument
    let alignment: Alignment
    let quarter: Quarter?

    public init(plan: Plan, alignment: Alignment, quarter: Quarter? = nil) {
        export = ExportDocument(plan)
        self.alignment = alignment
        self.quarter = quarter
    }

    struct LinkRecord: Encodable {
        var item, priority, kind: String
        var strength: Double
        var evidence: [String]
        @Nullable var via: String?
        var explanation: String
    }

    struct Scores: Encodable {
        var workspace: ScopeScore?
        var quarters: [ScopeScore]
        var roadmaps: [ScopeScore]
        var items: [ItemScore]
        var priorities: [PriorityMetrics]
    }

    enum Keys: String, CodingKey { case links, gaps, orphans, scores, today, currentQuarter }

    public func encode(to encoder: Encoder) throws {
        try export.encode(to: encoder)
        var container = encoder.container(keyedBy: Keys.self)
        let itemIDs = quarter.map { q in Set(alignment.items.filter { $0.quarter == q && $0.kind != .roadmapItem }.map(\.id)) }
        let keep = { (id: String) in itemIDs?.contains(id) ?? true }
        try container.encode(alignment.links.filter { keep($0.item) }.map {
            LinkRecord(item: $0.item, priority: $0.priority, kind: $0.kind.rawValue, strength: Self.round($0.strength),
                       evidence: $0.evidence.map(\.term), via: $0.via, explanation: $0.explanation)
        }, forKey: .links)
        let main = quarter.flatMap { alignment.scope(.quarter, $0.description) } ?? alignment.workspace
        try container.encode(main?.gaps ?? [], forKey: .gaps)
        try container.encode(main?.orphans ?? [], forKey: .orphans)
        try container.encode(Scores(
            workspace: alignment.workspace.map(Self.rounded),
            quarters: alignment.scopes.filter { $0.kind == .quarter && (quarter == nil || $0.key == quarter?.description) }.map(Self.rounded),
            roadmaps: quarter == nil ? alignment.scopes.filter { $0.kind == .roadmap }.map(Self.rounded) : [],
            items: alignment.itemScores.filter { keep($0.item) }.map { var s = $0; s.strength = Self.round(s.strength); return s },
            priorities: alignment.priorities.map(Self.rounded)), forKey: .scores)
        try container.encode(Self.day(alignment.today), forKey: .today)
        try container.encode(alignment.currentQuarter?.description, forKey: .currentQuarter)
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

    /// The JSON of `jsonBytes`, printed into `out` as it is produced.
    public func writeJSON<Output: ByteOutput>(into out: inout Output) throws {
        try PrettyJSONEncoder().encode(self, into: &out)
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
