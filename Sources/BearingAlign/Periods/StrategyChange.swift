import BearingModel
import Foundation

/// One change between two versions of the strategy, in the words a reader of the strategy page needs: a priority
/// added, removed, renamed or reworded, or the weights changed.
public struct StrategyChange: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable { case added, removed, renamed, reworded, weight }
    public var kind: Kind
    /// About a sub-priority rather than a top-level one.
    public var isSub: Bool
    /// The priority's number and title in the version that has it (the new one, except for a removal).
    public var number: String
    public var title: String
    /// A renamed priority's title before.
    public var oldTitle: String?
    /// For `weight`: each moved weight, "'Platform' 40% → 35%".
    public var weights: [String]
    /// A priority renamed with its id (both ids derived from titles): the id it had and the id it has now.
    public var ids: (before: String, after: String)? {
        guard let idBefore, let idAfter else { return nil }
        return (idBefore, idAfter)
    }
    private var idBefore: String?
    private var idAfter: String?

    init(kind: Kind, isSub: Bool = false, number: String = "", title: String = "", oldTitle: String? = nil, weights: [String] = []) {
        self.kind = kind
        self.isSub = isSub
        self.number = number
        self.title = title
        self.oldTitle = oldTitle
        self.weights = weights
    }

    /// One line: "+1 priority: 3 'Keep costs down'", "'Grow revenue' renamed 'Grow recurring revenue'".
    public var text: String { text(short: false) }

    func text(short: Bool) -> String {
        let name = short ? Self.shortened(title) : title
        let label = isSub ? "sub-priority" : "priority"
        switch kind {
        case .added: return "+1 \(label): \(number) '\(name)'"
        case .removed: return "−1 \(label): '\(name)'"
        case .renamed: return "'\(short ? Self.shortened(oldTitle ?? "") : oldTitle ?? "")' renamed '\(name)'"
        case .reworded: return "\(label) \(number) '\(name)' reworded"
        case .weight: return "weights changed" + (short || weights.isEmpty ? "" : ": " + weights.joined(separator: ", "))
        }
    }

    /// The changes from `old` to `new`, in the new strategy's order, then removals, then weights. A priority is the
    /// same when its id is; one whose id changed with its title (both ids derived from titles, none written) is taken
    /// as renamed when it kept its number and its old id is gone.
    public static func between(_ old: Strategy, _ new: Strategy) -> [StrategyChange] {
        let newIDs = Set(new.priorities.map(\.id))
        var removed = old.priorities.filter { !newIDs.contains($0.id) }
        var changes: [StrategyChange] = []
        for priority in new.priorities {
            let isSub = priority.parent != nil
            if let before = old.priority(priority.id) {
                if before.title != priority.title {
                    changes.append(.init(kind: .renamed, isSub: isSub, number: priority.number, title: priority.title, oldTitle: before.title))
                } else if before.summary != priority.summary || before.successSignal != priority.successSignal {
                    // Not the body: a parent's body holds its sub-priorities' list, which has changes of its own.
                    changes.append(.init(kind: .reworded, isSub: isSub, number: priority.number, title: priority.title))
                }
            } else if !priority.explicitID,
                      let index = removed.firstIndex(where: { !$0.explicitID && $0.number == priority.number && $0.parent == priority.parent }) {
                let before = removed.remove(at: index)
                var change = StrategyChange(kind: .renamed, isSub: isSub, number: priority.number, title: priority.title, oldTitle: before.title)
                (change.idBefore, change.idAfter) = (before.id, priority.id)
                changes.append(change)
            } else {
                changes.append(.init(kind: .added, isSub: isSub, number: priority.number, title: priority.title))
            }
        }
        for priority in removed {
            changes.append(.init(kind: .removed, isSub: priority.parent != nil, number: priority.number, title: priority.title))
        }
        if old.weights != new.weights {
            let ids = new.topLevel.map(\.id) + old.topLevel.map(\.id).filter { !newIDs.contains($0) }
            let moved = ids.filter { old.weights[$0] != new.weights[$0] }.map { id -> String in
                let title = shortened(new.priority(id)?.title ?? old.priority(id)?.title ?? id)
                return "'\(title)' \(percent(old.weights[id])) → \(percent(new.weights[id]))"
            }
            changes.append(.init(kind: .weight, weights: moved))
        }
        return changes
    }

    /// The changes in one short clause, for a sentence that names a change rather than lists it: top-level
    /// priorities by title (cut to six words), sub-priorities counted, "weights changed".
    public static func summary(_ changes: [StrategyChange]) -> String {
        var parts = changes.filter { !$0.isSub && $0.kind != .weight }.map { $0.text(short: true) }
        let subs = changes.filter(\.isSub)
        let counted: [(Kind, String, String)] = [(.added, "+1 sub-priority", "+%d sub-priorities"), (.removed, "−1 sub-priority", "−%d sub-priorities"),
                                                 (.renamed, "1 sub-priority renamed", "%d sub-priorities renamed"),
                                                 (.reworded, "1 sub-priority reworded", "%d sub-priorities reworded")]
        for (kind, one, many) in counted {
            let count = subs.filter { $0.kind == kind }.count
            if count > 0 { parts.append(count == 1 ? one : String(format: many, count)) }
        }
        if changes.contains(where: { $0.kind == .weight }) { parts.append("weights changed") }
        return parts.joined(separator: ", ")
    }

    /// A title cut to six words.
    static func shortened(_ title: String) -> String {
        let words = title.split(separator: " ")
        return words.count > 6 ? words.prefix(6).joined(separator: " ") + "…" : title
    }

    private static func percent(_ value: Double?) -> String {
        value.map { NumberFormat.fixed($0 * 100, digits: 0) + "%" } ?? "none"
    }
}
