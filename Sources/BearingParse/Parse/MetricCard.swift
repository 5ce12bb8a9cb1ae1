import BearingModel

/// A key result written as a card: a "Metric:" line over its figures as fields, the way a sheet's row is pasted or a
/// template asks for it —
///
///     Metric: median time to first response
///     - Baseline: 20 hours
///     - Target: 8 hours
///     - Current: 12 hours
///     - Plan to measure: weekly export from the help desk
///
/// One key result, counted from its baseline towards its target, not one per field ("Current: 78%" read as 78 % done).
struct MetricCard {
    /// What the reader sees: the metric with its figures ("median time to first response (baseline 20 hours, target 8
    /// hours, current 12 hours)").
    var text: String
    /// The same figures in the words the progress reader counts (`from 20 hours to 8 hours, now 12 hours`).
    var reading: String

    private static let metricLabels: Set<String> = [
        "metric", "kpi", "measure", "indicator", "key result", "kr", "success metric", "measure of success", "key metric",
    ]
    private static let targetKeys: Set<String> = ["target", "goal", "target value", "desired", "aim"]
    private static let currentKeys: Set<String> = ["current", "now", "actual", "latest", "current value", "today", "as of today", "status quo"]
    private static let baselineKeys: Set<String> = ["baseline", "start", "starting point", "starting value", "from", "was", "before"]

    /// The card a label paragraph and the list after it make, or nil when they are anything else: the paragraph must be
    /// one `Metric: …` line and every item a short `Key: value` field, a target among them.
    init?(label: Block, fields list: Block) {
        guard case .paragraph(let content) = label.kind, case .list(_, let items) = list.kind, !items.isEmpty,
              let (key, metric) = Self.field(content.plainText), Self.metricLabels.contains(key), metric.split(separator: " ").count >= 2
        else { return nil }
        var target: String?, current: String?, baseline: String?
        var shown: [String] = []
        for item in items {
            guard item.task == nil, item.blocks.count == 1, case .paragraph(let inlines)? = item.blocks.first?.kind,
                  let (key, value) = Self.field(inlines.plainText), key.split(separator: " ").count <= 4 else { return nil }
            if Self.targetKeys.contains(key) { target = value; shown.append("\(key) \(value)") }
            else if Self.currentKeys.contains(key) { current = value; shown.append("\(key) \(value)") }
            else if Self.baselineKeys.contains(key) { baseline = value; shown.append("\(key) \(value)") }
        }
        guard let target else { return nil }
        text = metric + " (" + shown.joined(separator: ", ") + ")"
        let measure = Self.measureWords(metric)
        switch (baseline, current) {
        case let (baseline?, current?): reading = "\(measure) from \(baseline) to \(target), now \(current)"
        case let (nil, current?): reading = "\(measure) to \(target), now \(current)"
        default: reading = "\(measure) to \(target)"
        }
    }

    /// "Target: 85%" → ("target", "85%"); the key lowercased, emphasis gone. Nil for a line without a short key.
    private static func field(_ line: String) -> (key: String, value: String)? {
        // Every paragraph before a list is asked, most of them prose: the key is read from the text before the first
        // colon alone, and the rest is looked at only when that is a short key.
        guard let colon = line.utf8.firstIndex(of: UInt8(ascii: ":")) else { return nil }
        let key = line[..<colon].filter { $0 != "*" && $0 != "_" }.trimmed.lowercased()
        guard !key.isEmpty, key.split(separator: " ").count <= 4 else { return nil }
        let value = line[line.utf8.index(after: colon)...].filter { $0 != "*" && $0 != "_" }.trimmed
        guard !value.isEmpty else { return nil }
        return (key, value)
    }

    /// The metric's words without its figures, for the direction of the target ("time to first response", "latency"
    /// fall; "share of tickets answered" rises): a figure in the metric's name ("p95 latency") is no target.
    private static func measureWords(_ metric: String) -> String {
        metric.split(separator: " ").filter { !$0.contains(where: \.isNumber) }.joined(separator: " ")
    }
}
