import BearingModel
import BearingParse
import Foundation

extension PlanChanges {
    /// What the plan's history says changed after `since`: each item as it stood at the last revision before that
    /// date, followed through every later revision — added, dropped, status changes and key-result movements — with the
    /// date and author of the revision that made each change. `label` names the moment for the reader. Revisions
    /// after `until` (the day the plan is scored for, when it is pinned or given with --today) are left out, so the
    /// page never reports changes from after the date it says it is as of.
    public init(history: PlanHistory, since: Date, until: Date = .distantFuture, label: String) {
        let parser = ISO8601DateFormatter()
        let dates = history.revisions.map { parser.date(from: $0.committed) ?? parser.date(from: $0.date) ?? .distantPast }
        // A history that starts after `since` starts from its first commit: importing the plan into git is not
        // every item being added since the last review.
        let baseline = dates.lastIndex { $0 < since } ?? (dates.isEmpty ? -1 : 0)
        var current = baseline >= 0 ? history.states(at: baseline) : [:]
        var found: [Change] = []
        for change in history.changes where change.revision > baseline && history.revisions.indices.contains(change.revision)
            && dates[change.revision] < until {
            let revision = history.revisions[change.revision]
            let date = dates[change.revision]
            let before = current[change.item]
            switch (before, change.state) {
            case (nil, let now?):
                found.append(Change(kind: .added, item: change.item, title: now.title, to: now.status?.rawValue, date: date, author: revision.author))
            case (let old?, nil):
                found.append(Change(kind: .dropped, item: change.item, title: old.title, date: date, author: revision.author))
            case (let old?, let now?):
                if old.quarter != now.quarter, old.quarter != nil || now.quarter != nil {
                    found.append(Change(kind: .moved, item: change.item, title: now.title, from: old.quarter, to: now.quarter,
                                        date: date, author: revision.author))
                }
                if old.status != now.status {
                    found.append(Change(kind: .status, item: change.item, title: now.title, from: old.status?.rawValue, to: now.status?.rawValue,
                                        date: date, author: revision.author))
                }
                // An objective's key results include its initiatives': each move is told once, on the objective.
                guard now.kind != .initiative else { break }
                // Key results are matched by position when their number is unchanged (the text itself moves: "now 31"),
                // else by text.
                let pairs: [(PlanHistory.KeyResultState?, PlanHistory.KeyResultState)] = old.keyResults.count == now.keyResults.count
                    ? Array(zip(old.keyResults.map(Optional.some), now.keyResults))
                    : now.keyResults.map { result in (old.keyResults.first { $0.text == result.text }, result) }
                for (was, result) in pairs where was?.progress != result.progress && (was != nil || result.progress != nil) {
                    found.append(Change(kind: .progress, item: change.item, title: result.text, from: was?.progress.map(Self.number),
                                        to: result.progress.map(Self.number), date: date, author: revision.author))
                }
            case (nil, nil): break
            }
            current[change.item] = change.state
        }
        self.init(since: label, changes: found.reversed())
    }

    static func number(_ value: Double) -> String { NumberFormat.fixed(value, digits: 2) }
}
