import BearingModel
import Foundation

/// What changed between two versions of the strategy, in the words a reader of the strategy page needs: priorities
/// added, removed, renamed, moved under another, and weights changed.
public struct StrategyChange: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable { case added, removed, renamed, weight, reworded }
    public var kind: Kind
    /// One line: "+ priority 5 Keep costs down", "'Grow revenue' renamed 'Grow recurring revenue'".
    public var text: String

    /// The changes from `old` to `new`, top-level priorities first in the new strategy's order. A priority is the
    /// same when its id is; one whose id changed with its title (both ids derived from titles, none written) is
    /// taken as renamed when it kept its number and its old id is gone.
    public static func between(_ old: Strategy, _ new: Strategy) -> [StrategyChange] {
        let newIDs = Set(new.priorities.map(\.id))
        var removed = old.priorities.filter { !newIDs.contains($0.id) }
        var changes: [StrategyChange] = []
        for priority in new.priorities {
            let label = priority.parent == nil ? "priority" : "sub-priority"
            if let before = old.priority(priority.id) {
                if before.title != priority.title {
                    changes.append(.init(kind: .renamed, text: "'\(before.title)' renamed '\(priority.title)'"))
                } else if before.summary != priority.summary || before.body != priority.body || before.successSignal != priority.successSignal {
                    changes.append(.init(kind: .reworded, text: "\(label) \(priority.number) '\(priority.title)' reworded"))
                }
            } else if !priority.explicitID,
                      let index = removed.firstIndex(where: { !$0.explicitID && $0.number == priority.number && $0.parent == priority.parent }) {
                let before = removed.remove(at: index)
                changes.append(.init(kind: .renamed, text: "'\(before.title)' renamed '\(priority.title)'"))
            } else {
                changes.append(.init(kind: .added, text: "+1 \(label): \(priority.number) '\(priority.title)'"))
            }
        }
        for priority in removed {
            changes.append(.init(kind: .removed, text: "−1 \(priority.parent == nil ? "priority" : "sub-priority"): '\(priority.title)'"))
        }
        if old.weights != new.weights {
            let ids = (new.topLevel.map(\.id) + old.topLevel.map(\.id).filter { !newIDs.contains($0) })
            let moved = ids.filter { old.weights[$0] != new.weights[$0] }.map { id -> String in
                let title = new.priority(id)?.title ?? old.priority(id)?.title ?? id
                return "'\(title)' \(percent(old.weights[id])) → \(percent(new.weights[id]))"
            }
            changes.append(.init(kind: .weight, text: "weights changed" + (moved.isEmpty ? "" : ": " + moved.joined(separator: ", "))))
        }
        return changes
    }

    private static func percent(_ value: Double?) -> String {
        value.map { NumberFormat.fixed($0 * 100, digits: 0) + "%" } ?? "none"
    }
}
