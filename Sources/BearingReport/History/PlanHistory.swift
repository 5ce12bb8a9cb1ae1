import BearingAlign
import BearingModel
import BearingParse
import Foundation

/// The plan's history: the revisions that changed it, and each item's state from the revision where it changed.
/// An item's state at revision N is its latest change at or before N; a change without a state is a removal.
/// Stored as changes rather than full snapshots: a 500-commit history of a 6,000-objective plan would otherwise be
/// three million rows that mostly repeat the row before.
public struct PlanHistory: Sendable {
    /// A key result at one revision.
    public struct KeyResultState: Sendable, Hashable, Codable {
        public var text: String
        public var done: Bool
        /// The current value and target when the text states them (`3/5`, `from 20 to 50, now 35`).
        public var current: Double?
        public var target: Double?
        /// A table's Current cell as written when it is no plain number ("Stable (12 to 6)", "4.3 sec"): how the
        /// measure stood is kept even when it is no figure, so a change of the cell alone is a change of the key result.
        public var currentCell: String?
        /// 0…1, nil when the text does not say.
        public var progress: Double?
    }

    /// A link of an item to a priority at one revision.
    public struct LinkState: Sendable, Hashable, Codable {
        public var priority: String
        public var kind: Link.Kind
        public var strength: Double
    }

    /// An objective, initiative or roadmap item at one revision.
    public struct ItemState: Sendable, Hashable, Codable {
        public var id: String
        public var kind: AlignedItem.Kind
        public var title: String
        public var quarter: String?
        public var status: Status?
        /// Mean key-result progress, 0…1.
        public var progress: Double?
        public var keyResults: [KeyResultState]
        public var links: [LinkState]
    }

    /// One item changing at one revision.
    public struct Change: Sendable, Hashable {
        /// Index into `revisions`.
        public var revision: Int
        public var item: String
        /// Nil when the item was removed at that revision.
        public var state: ItemState?
    }

    /// The revisions that changed the plan's files, oldest first.
    public var revisions: [CommitInfo]
    /// Changes in revision order, then item id.
    public var changes: [Change]
    /// The clone is shallow: the first revision is a cut, not the beginning.
    public var isShallow: Bool
    /// Each version of the strategy as scoring reads it (priorities and weights; a reworded goal is no new version),
    /// oldest first, from the revision where it took effect. One version when it never changed.
    public var strategies: [StrategyVersion]

    public init(revisions: [CommitInfo] = [], changes: [Change] = [], isShallow: Bool = false, strategies: [StrategyVersion] = []) {
        self.revisions = revisions
        self.changes = changes
        self.isShallow = isShallow
        self.strategies = strategies
    }

    /// Every item present at `revision`, by id.
    public func states(at revision: Int) -> [String: ItemState] {
        var states: [String: ItemState] = [:]
        for change in changes where change.revision <= revision { states[change.item] = change.state }
        return states
    }

    /// The changes of one item, oldest first.
    public func timeline(of item: String) -> [Change] {
        changes.filter { $0.item == item }
    }

    /// The warning a shallow clone deserves: its history starts at the cut.
    public static let shallowWarning = "the clone is shallow, so history starts at its cut; fetch the whole history (`git fetch --unshallow`, or `fetch-depth: 0` in actions/checkout)"
}
