import BearingModel

/// A quarter's priority table: `bearing report --quarter 2026-Q4` showed the whole plan's items, effort and grades per
/// priority under a heading of one quarter, beside that quarter's gaps and orphans.
extension Alignment {
    /// Each priority's metrics over `quarter`'s work (`ScopeScore.priorities`), with the plan's trend up to that quarter
    /// and the direction into it (its effort share against the period's before); nil when the plan has no such quarter.
    public func priorities(in quarter: Quarter) -> [PriorityMetrics]? {
        guard let scope = scope(.quarter, quarter.description) else { return nil }
        let trends = Dictionary(priorities.map { ($0.priority, $0.trend) }, uniquingKeysWith: { first, _ in first })
        return scope.priorities.map { metrics in
            var metrics = metrics
            let trend = trends[metrics.priority] ?? []
            if let at = trend.firstIndex(where: { $0.quarter == quarter.description }) {
                metrics.trend = Array(trend[...at])
                metrics.direction = Scorer.direction(metrics.trend)
            }
            return metrics
        }
    }
}
