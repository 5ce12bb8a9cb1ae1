import Foundation

/// What changed in the plan since a moment in the past — the last review, the last update, a chosen date — as the
/// plan's history (its git log) tells it. The review page and the stakeholder update show these when a build has
/// them, and say plainly that they cannot when it does not; they never read git themselves.
public struct PlanChanges: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        /// An objective or roadmap item that appeared; `to` is its status, if any.
        case added
        /// One that was removed from the plan.
        case dropped
        /// Its status changed from `from` to `to`.
        case status
        /// A key result's progress moved from `from` to `to` (0…1 as text, e.g. "0.40").
        case progress
        /// Its period moved from `from` to `to` ("2026-Q3" → "2026-Q4"): a roadmap item that slipped a quarter.
        case moved
    }

    public struct Change: Sendable, Hashable {
        public var kind: Kind
        /// The objective or roadmap item the change is about (its id, as the site links it).
        public var item: String
        /// The item's title, or for `.progress` the key result's text.
        public var title: String
        public var from: String?
        public var to: String?
        public var date: Date
        public var author: String

        public init(kind: Kind, item: String, title: String, from: String? = nil, to: String? = nil, date: Date, author: String) {
            self.kind = kind
            self.item = item
            self.title = title
            self.from = from
            self.to = to
            self.date = date
            self.author = author
        }
    }

    /// The moment compared with, as a reader should see it: "the last review (2026-09-30)", "2026-10-01".
    public var since: String
    /// Newest first.
    public var changes: [Change]

    public init(since: String, changes: [Change]) {
        self.since = since
        self.changes = changes
    }
}
