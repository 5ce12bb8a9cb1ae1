import BearingModel

/// Inferences by text, to keep across builds: what a text is linked to depends only on the text and on the strategy and
/// vectors (`PriorityInferrer.context`), never on the rest of the plan, so after a one-file change every other item
/// is answered from here. A plain value: whoever runs builds keeps it between them.
public struct InferenceCache: Sendable {
    public struct Entry: Sendable {
        /// Kept to rule out two texts with one hash: an entry answers only for its own text.
        public var text: String
        public var inference: Inference
        public var meaningfulWords: Int
        /// `ContentWords.isTooThin` of the text.
        public var tooThin: Bool
    }

    /// The `PriorityInferrer.context` the entries were placed under; nil for a new cache.
    public private(set) var context: UInt64?
    private(set) var entries: [UInt64: Entry] = [:]
    /// Each item's own links by its id (`LinkBuilder.OwnLinks`): what its declarations and its text give it, which
    /// depend on the item and on what this cache's context covers, never on another item. Kept with the inferences
    /// so that a change of strategy, which empties the cache, empties them too. Replaced by each build's items.
    var ownLinks: [String: LinkBuilder.OwnLinks] = [:]
    /// Each scope's score with what it was made from (`Scorer.ScopeMemo`), by kind and key: an unchanged scope's is taken
    /// by the next build. Replaced by each build's scopes.
    var scopes: [String: Scorer.ScopeMemo] = [:]
    /// The plan's items as the last build made them (`AlignedItem.Kept`), and each one's key text and its hash in
    /// the order of the last build's items (`PriorityInferrer.inferCounting(_:cache:)`).
    var items = AlignedItem.Kept()
    var itemKeys: [ItemKey] = []

    struct ItemKey: Sendable {
        var item: AlignedItem
        var text: String
        var hash: UInt64
    }

    /// The last build's inferrer and the strategy it was made for. Making one embeds the background bank and every
    /// priority's texts, 57 M instructions of a one-file rebuild in process at 200 files (callgrind) for the same
    /// result while the strategy and the vectors stay as they were. Kept here so that a change of strategy, which
    /// empties the cache, drops it too.
    private var inferrer: (strategy: Strategy, inferrer: PriorityInferrer)?

    public init() {}

    /// The kept inferrer, when it was made from `strategy` and `vectors`.
    func inferrer(for strategy: Strategy, vectors: TokenVectors) -> PriorityInferrer? {
        guard let inferrer, inferrer.strategy == strategy, inferrer.inferrer.vectors.isSame(as: vectors) else { return nil }
        return inferrer.inferrer
    }

    mutating func keep(_ inferrer: PriorityInferrer, for strategy: Strategy) { self.inferrer = (strategy, inferrer) }

    init(context: UInt64) { self.context = context }

    public var count: Int { entries.count }

    func entry(for text: String, key: UInt64) -> Entry? {
        guard let entry = entries[key], entry.text == text else { return nil }
        return entry
    }

    mutating func store(_ entry: Entry, key: UInt64) { entries[key] = entry }

    /// Keeps only the entries of `texts`, so a long-lived cache does not grow with every edit.
    public mutating func retain(_ texts: some Sequence<String>) {
        let keep = Set(texts.map(ContentHash.of))
        entries = entries.filter { keep.contains($0.key) }
    }

    /// The keys of the texts the latest `inferCounting` asked for, kept so `retainLatest` need not hash them again.
    var latestKeys: [UInt64] = []
    /// How many of them were not in the cache.
    var latestPlaced = 0

    /// `retain` of the texts the latest `inferCounting` asked for: an incremental build's plan, whose 8,000 texts
    /// were joined and hashed a second time only to say which entries to keep.
    public mutating func retainLatest() {
        let keep = Set(latestKeys)
        entries = entries.filter { keep.contains($0.key) }
    }
}
