import BearingModel
import Foundation

/// Each item's story in the plan's history: how each of its key results' progress moved, and when its status changed
/// and who changed it. Built once from `PlanHistory` and grouped by item, so each page asks for its own item without
/// scanning every change of the plan (6,000 objective pages on a large plan).
public struct PlanTrends: Sendable {
    /// One key result's progress at the revisions where it moved, oldest first; the first point is where it appeared.
    public struct KeyResultTrend: Sendable, Hashable {
        public struct Point: Sendable, Hashable {
            public var date: Date
            /// 0…1, nil when the text does not say.
            public var progress: Double?
            public var done: Bool
        }

        /// Its text at the latest revision (the text moves with the figure: "now 31").
        public var text: String
        public var points: [Point]

        /// When its progress last moved, or when it appeared if it never did.
        public var lastChange: Date { points.last?.date ?? .distantPast }

        /// The point in force at `date`: the last one on or before it, nil when the key result came later.
        public func point(at date: Date) -> Point? { points.last { $0.date <= date } }
    }

    /// An item's status changing at one revision.
    public struct StatusChange: Sendable, Hashable {
        public var date: Date
        public var from: Status?
        public var to: Status?
        public var author: String
    }

    /// One item's trend: its key results as of its latest revision, and its status changes, oldest first.
    public struct ItemTrend: Sendable, Hashable {
        public var keyResults: [KeyResultTrend] = []
        public var statusChanges: [StatusChange] = []
        /// The revision where the item first appears in the history, and that revision's commit.
        public var appeared: Date = .distantPast
        public var appearedIn: String = ""
    }

    public private(set) var items: [String: ItemTrend] = [:]

    /// Revisions after `until` (the day after the one the plan is scored for) are left out, as on the review page.
    public init(history: PlanHistory, until: Date = .distantFuture) {
        let parser = ISO8601DateFormatter()
        let dates = history.revisions.map { parser.date(from: $0.committed) ?? parser.date(from: $0.date) ?? .distantPast }
        var previous: [String: PlanHistory.ItemState] = [:]
        for change in history.changes where history.revisions.indices.contains(change.revision) && dates[change.revision] < until {
            let date = dates[change.revision], author = history.revisions[change.revision].author
            var trend = items[change.item] ?? ItemTrend(appeared: date, appearedIn: history.revisions[change.revision].commit)
            guard let state = change.state else {
                // Removed: a later return starts its key results afresh; its status changes stay in its story.
                previous[change.item] = nil
                trend.keyResults = []
                items[change.item] = trend
                continue
            }
            let old = previous[change.item]
            if let old, old.status != state.status {
                trend.statusChanges.append(StatusChange(date: date, from: old.status, to: state.status, author: author))
            }
            let matches = Self.match(state.keyResults.map(\.text), to: trend.keyResults.map(\.text))
            trend.keyResults = zip(state.keyResults, matches).map { result, match in
                var line = match.map { trend.keyResults[$0] } ?? KeyResultTrend(text: result.text, points: [])
                line.text = result.text
                if line.points.last.map({ $0.progress != result.progress || $0.done != result.done }) ?? true {
                    line.points.append(.init(date: date, progress: result.progress, done: result.done))
                }
                return line
            }
            previous[change.item] = state
            items[change.item] = trend
        }
    }

    /// For each key result of `new`, the index of the same key result in `old`: by position when their number is
    /// unchanged (the text itself moves with its figure), else by text, as `PlanChanges` matches them.
    static func match(_ new: [String], to old: [String]) -> [Int?] {
        if new.count == old.count { return Array(old.indices).map(Optional.some) }
        return new.map { text in old.firstIndex(of: text) }
    }

    /// The trends of `results`, an item's key results as the plan reads them now, matched to its latest revision.
    /// A figure changed since the last commit counts as a move on `today`.
    public func keyResults(of item: String, matching results: [KeyResult], today: Date) -> [KeyResultTrend?] {
        guard let trend = items[item] else { return results.map { _ in nil } }
        let matches = Self.match(results.map(\.text), to: trend.keyResults.map(\.text))
        return zip(results, matches).map { result, match in
            guard var line = match.map({ trend.keyResults[$0] }) else { return nil }
            if let last = line.points.last, last.progress != result.progress || last.done != result.done {
                line.points.append(.init(date: max(today, last.date), progress: result.progress, done: result.done))
            }
            line.text = result.text
            return line
        }
    }
}
