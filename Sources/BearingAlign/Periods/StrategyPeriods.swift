import BearingModel
import Foundation

/// The strategy's versions over the plan's history, and which quarters were scored against an earlier one: a
/// quarter that ended before the strategy in force now took effect is judged by the strategy its team worked to.
public struct StrategyPeriods: Sendable {
    /// Oldest first; the last took effect most recently.
    public var versions: [StrategyVersion]
    /// Quarter ("2026-Q2") → index in `versions` of the strategy it was scored against, for the quarters scored
    /// against an earlier version than today's. Every other quarter is scored against the current strategy.
    public var scoredAgainst: [String: Int]

    public init(versions: [StrategyVersion], scoredAgainst: [String: Int] = [:]) {
        self.versions = versions
        self.scoredAgainst = scoredAgainst
    }

    /// The version `quarter` was scored against, when it was an earlier one.
    public func version(of quarter: String) -> StrategyVersion? { scoredAgainst[quarter].map { versions[$0] } }

    /// The quarters scored against version `index`, oldest first.
    public func quarters(scoredAgainst index: Int) -> [String] { scoredAgainst.filter { $0.value == index }.map(\.key).sorted() }

    /// The changes that made version `index` (none for the first).
    public func changes(at index: Int) -> [StrategyChange] {
        index > 0 && index < versions.count ? StrategyChange.between(versions[index - 1].strategy, versions[index].strategy) : []
    }

    /// Which versions score which quarters: for each quarter that ended before the latest version took effect, the
    /// last version that took effect before the quarter's end, when that is not the latest and reads differently
    /// from `current` (the strategy the plan is scored against).
    static func assign(_ quarters: [Quarter], versions: [StrategyVersion], current: Strategy) -> [String: Int] {
        guard versions.count > 1, let latest = versions.last else { return [:] }
        let currentKey = StrategyVersion.Key(current)
        var assigned: [String: Int] = [:]
        for quarter in quarters where quarter.dateInterval.end <= latest.since {
            guard let index = versions.lastIndex(where: { $0.since < quarter.dateInterval.end }), index < versions.count - 1,
                  versions[index].key != currentKey else { continue }
            assigned[quarter.description] = index
        }
        return assigned
    }
}

extension Aligner {
    /// `alignment` with each quarter that ended under an earlier strategy re-scored against that strategy: its items
    /// linked anew to that version's priorities, and its scope (coverage, gaps, effort shares, balance, index) computed
    /// from those links. Everything else (item links and scores, priority metrics, the workspace and roadmap scopes,
    /// quarters under today's strategy) stays as scored against the current strategy. With fewer than two versions,
    /// `alignment` unchanged.
    public func scoredByPeriod(_ alignment: Alignment, plan: Plan, versions: [StrategyVersion]) -> Alignment {
        guard versions.count > 1 else { return alignment }
        let assigned = StrategyPeriods.assign(plan.quarters, versions: versions, current: alignment.strategy)
        var result = alignment
        result.periods = StrategyPeriods(versions: versions, scoredAgainst: assigned)
        let byVersion = Dictionary(grouping: assigned.keys.sorted()) { assigned[$0] ?? 0 }
        for (index, quarterKeys) in byVersion.sorted(by: { $0.key < $1.key }) {
            let strategy = versions[index].strategy
            let keys = Set(quarterKeys)
            // Only the work in these quarters (`Quarter.runs(through:)`): their objectives and initiatives and those of
            // the half-years and years running through them. An initiative inherits from its objective, in the same period.
            let periods = plan.quarters.filter { keys.contains($0.description) }
            let items = alignment.items.filter { item in
                item.kind != .roadmapItem && item.quarter.map { period in periods.contains { period.runs(through: $0) } } == true
            }
            var cache = InferenceCache()
            let (_, _, built) = link(items, strategy: strategy, cache: &cache)
            let scorer = Scorer(strategy: strategy, items: items, links: built.links, tooThin: built.tooThin,
                                today: alignment.today, current: alignment.currentQuarter)
            var byPeriod: [Quarter: [AlignedItem]] = [:]
            for item in items { if let period = item.quarter { byPeriod[period, default: []].append(item) } }
            for key in quarterKeys {
                guard let position = result.scopes.firstIndex(where: { $0.kind == .quarter && $0.key == key }),
                      let quarter = plan.quarters.first(where: { $0.description == key }) else { continue }
                result.scopes[position] = scorer.scope(.quarter, key: key, items: Aligner.work(in: quarter, byPeriod: byPeriod), quarter: quarter)
            }
        }
        return result
    }
}
