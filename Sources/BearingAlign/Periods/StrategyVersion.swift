import BearingModel
import BearingParse
import Foundation

/// One version of the strategy in the plan's git history, from the commit where it took effect.
public struct StrategyVersion: Sendable {
    public var strategy: Strategy
    public var commit: CommitInfo
    /// When it took effect: the commit's committer date, when it landed on the branch (as `--as-of DATE` counts).
    public var since: Date

    public init(strategy: Strategy, commit: CommitInfo, since: Date) {
        self.strategy = strategy
        self.commit = commit
        self.since = since
    }

    /// What of a strategy scoring reads: each priority's place, id and words, and the weights. Two versions with the
    /// same key link and score every item alike, so a reworded goal or challenge section is not a new version.
    public struct Key: Hashable, Sendable {
        struct Entry: Hashable, Sendable {
            var id, number, title, body: String
            var parent, summary, signal: String?
        }
        let priorities: [Entry]
        let weights: [String: Double]

        public init(_ strategy: Strategy) {
            priorities = strategy.priorities.map {
                Entry(id: $0.id, number: $0.number, title: $0.title, body: $0.body, parent: $0.parent, summary: $0.summary, signal: $0.successSignal)
            }
            weights = strategy.weights
        }
    }

    public var key: Key { Key(strategy) }
}
