import BearingModel
import BearingParse
import Foundation

/// The link and score stages: from a parsed plan to links, scores and alignment diagnostics.
public struct Aligner: Sendable {
    let vectors: TokenVectors

    public init(vectors: TokenVectors) { self.vectors = vectors }

    /// Aligns the plan as of `today` (which decides the current quarter and pace).
    public func align(_ plan: Plan, today: Date) -> Alignment {
        var cache = InferenceCache()
        return align(plan, today: today, cache: &cache)
    }

    /// `align`, answering item inferences from `cache` and adding the new ones: a cache kept between builds spares
    /// re-inferring every unchanged item.
    public func align(_ plan: Plan, today: Date, cache: inout InferenceCache) -> Alignment {
        guard let strategy = plan.strategy, !strategy.topLevel.isEmpty else {
            return Alignment(strategy: plan.strategy ?? Strategy(path: "", title: ""), items: AlignedItem.collect(plan), links: [],
                             itemScores: [], priorities: [], scopes: [], diagnostics: [], today: today, currentQuarter: nil, inferences: [:])
        }
        let (items, inferences, (links, diagnostics, tooThin)) = link(plan, strategy: strategy, cache: &cache)
        let current = Self.currentQuarter(plan.quarters, today: today)
        let scorer = Scorer(strategy: strategy, items: items, links: links, tooThin: tooThin, today: today, current: current)
        // Grouped once: filtering every item for every quarter and roadmap copied each item dozens of times.
        let byQuarter = Dictionary(grouping: items.filter { $0.kind != .roadmapItem && $0.quarter != nil }) { $0.quarter! }
        let byRoadmap = Dictionary(grouping: items.filter { $0.roadmap != nil }) { $0.roadmap! }
        var specs: [ScopeSpec] = [ScopeSpec(kind: .workspace, key: "workspace", items: items, quarter: current)]
        specs += plan.quarters.map { ScopeSpec(kind: .quarter, key: $0.description, items: Self.work(in: $0, byPeriod: byQuarter), quarter: $0) }
        specs += plan.roadmaps.map { ScopeSpec(kind: .roadmap, key: $0.id, items: byRoadmap[$0.id] ?? [], quarter: nil) }
        // Scopes are independent of each other and of the priorities' metrics: both cores share them.
        let jobs: [ScoreJob] = [.priorities] + specs.map(ScoreJob.scope)
        // Each scope's last score, taken when all it read is unchanged (`Scorer.ScopeMemo`).
        let kept = cache.scopes
        let sameStrategy = kept.first.map { $0.value.strategy == strategy } ?? false
        let scored = Parallel.map(jobs) { job -> ScoreResult in
            switch job {
            case .priorities:
                return .priorities(scorer.priorityMetrics())
            case .scope(let spec):
                let (score, memo) = scorer.scope(spec.kind, key: spec.key, items: spec.items, quarter: spec.quarter,
                                                 kept: kept[Self.memoKey(spec.kind, spec.key)], sameStrategy: sameStrategy)
                return .scope(score, memo)
            }
        }
        var memos: [String: Scorer.ScopeMemo] = [:]
        for case .scope(_, let memo) in scored { memos[Self.memoKey(memo.kind, memo.key)] = memo }
        cache.scopes = memos
        let scopes = scored.compactMap { if case .scope(let scope, _) = $0 { scope } else { nil } }
        let metrics: [PriorityMetrics] = scored.lazy.compactMap { result -> [PriorityMetrics]? in
            if case .priorities(let metrics) = result { metrics } else { nil }
        }.first ?? []
        return Alignment(strategy: strategy, items: items, links: links, itemScores: scorer.itemScores(), priorities: metrics,
                         scopes: scopes, diagnostics: diagnostics.sorted(by: Diagnostic.ordered), today: today, currentQuarter: current,
                         inferences: inferences)
    }

    /// The plan's items and their links, without scoring them: what the history walk keeps of each revision. An item's
    /// links depend on the strategy and the item alone, never on the date.
    public func links(_ plan: Plan, cache: inout InferenceCache) -> (items: [AlignedItem], links: [Link]) {
        guard let strategy = plan.strategy, !strategy.topLevel.isEmpty else { return (AlignedItem.collect(plan), []) }
        let (items, _, built) = link(plan, strategy: strategy, cache: &cache)
        return (items, built.links)
    }

    private func link(_ plan: Plan, strategy: Strategy, cache: inout InferenceCache)
        -> ([AlignedItem], [String: Inference], (links: [Link], diagnostics: [Diagnostic], tooThin: Set<String>)) {
        link(AlignedItem.collect(plan, kept: &cache.items), strategy: strategy, cache: &cache)
    }

    func link(_ items: [AlignedItem], strategy: Strategy, cache: inout InferenceCache)
        -> ([AlignedItem], [String: Inference], (links: [Link], diagnostics: [Diagnostic], tooThin: Set<String>)) {
        let inferrer = cache.inferrer(for: strategy, vectors: vectors) ?? PriorityInferrer(strategy: strategy, vectors: vectors)
        let (results, counts, thin) = inferrer.inferCounting(items, cache: &cache)
        cache.keep(inferrer, for: strategy)
        // Ids are unique once `ReferenceResolver` has run; a plan built some other way must still not trap.
        let inferences = Dictionary(zip(items.map(\.id), results), uniquingKeysWith: { first, _ in first })
        let wordCounts = Dictionary(zip(items.map(\.id), counts), uniquingKeysWith: { first, _ in first })
        // An objective that is a heading alone (warned as `empty-objective`) has only its title's words to infer from: its
        // title is a name ("Partner Operations (Finance, Legal)"), not work, so it takes no link and no share of effort.
        let thinItems = Set(zip(items, thin).filter { $0.1 || $0.0.isBareObjective }.map(\.0.id))
        let builder = LinkBuilder(strategy: strategy, items: items, inferences: inferences, wordCounts: wordCounts, thinTexts: thinItems)
        let (built, own) = builder.build(known: cache.ownLinks)
        cache.ownLinks = own
        return (items, inferences, built)
    }

    private struct ScopeSpec: Sendable {
        var kind: ScopeScore.Kind
        var key: String
        var items: [AlignedItem]
        var quarter: Quarter?
    }

    private enum ScoreJob: Sendable {
        case priorities
        case scope(ScopeSpec)
    }

    private enum ScoreResult: Sendable {
        case priorities([PriorityMetrics])
        case scope(ScopeScore, Scorer.ScopeMemo)
    }

    /// A scope's place among the kept scores: two scopes of one kind and key share it, and each checks its inputs.
    private static func memoKey(_ kind: ScopeScore.Kind, _ key: String) -> String { kind.rawValue + "\u{0}" + key }

    /// The period holding `today` when the plan has it, else the latest planned quarter before it, else the first
    /// one to come. A quarter planned ahead never stands in for the present while an earlier one can. Of the periods
    /// holding today the shortest wins (2026-Q3 over 2026-H2 and 2026): quarterly pace, comparisons and "this
    /// quarter" views need a quarter, and the longer periods running through it show beside it (`spans`).
    package static func currentQuarter(_ quarters: [Quarter], today: Date) -> Quarter? {
        // Periods may be fiscal or half-years, so "holding today" is a date test rather than equality.
        let holding = quarters.filter { $0.dateInterval.contains(today) }
        if let shortest = holding.map(\.months).min() { return holding.last { $0.months == shortest } }
        let series = Quarter.series(quarters)
        return series.last { $0.dateInterval.end <= today } ?? series.min()
    }

    /// The items of `byPeriod` that are work in `quarter` (`Quarter.runs(through:)`): its own, then those of the
    /// half-years and years running through it, shortest first. A year's objective serves its priority in each of its
    /// quarters, so a quarter holding only the year's work on a priority has no gap there; its grade stays its own
    /// objectives' (`Scorer.scope`).
    static func work(in quarter: Quarter, byPeriod: [Quarter: [AlignedItem]]) -> [AlignedItem] {
        let longer = byPeriod.keys.filter { $0.spans(quarter) }.sorted { ($0.months, $0) < ($1.months, $1) }
        return (byPeriod[quarter] ?? []) + longer.flatMap { byPeriod[$0] ?? [] }
    }

    /// The date to score for: `--today`, else `today:` in bearing.yml, else the clock's day — at midnight UTC, as
    /// `--today` gives it. Scores follow the day the pages show, not the time of day: with the instant, two builds an
    /// hour apart wrote a different pace into `planning.db` for the same files.
    public static func today(option: String?, config: WorkspaceConfig, clock: Date = Date()) -> Date? {
        if let text = option ?? config.today { return DateText.parse(text) }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.startOfDay(for: clock)
    }
}

/// Everything the link and score stages produce.
public struct Alignment: Sendable {
    public let strategy: Strategy
    public let items: [AlignedItem]
    public let links: [Link]
    public let itemScores: [ItemScore]
    public let priorities: [PriorityMetrics]
    /// The workspace's, each quarter's and each roadmap's scores. A quarter that ended under an earlier strategy is
    /// scored against that strategy when the plan's history is read (`periods`).
    public internal(set) var scopes: [ScopeScore]
    /// The strategy's versions from the plan's history and the quarters scored against earlier ones; nil when the
    /// history was not read or the strategy never changed.
    public internal(set) var periods: StrategyPeriods?
    public let diagnostics: [Diagnostic]
    public let today: Date
    public let currentQuarter: Quarter?
    /// Raw inference per item, for explanations (`report --explain`); emptied by `withoutExplanations`.
    public private(set) var inferences: [String: Inference]
    /// Indexes, so pages and reports look things up in constant time.
    private let linksByItem: [String: [Link]]
    private let scoreByItem: [String: ItemScore]
    private let itemByID: [String: AlignedItem]

    /// The alignment without the raw inferences, which only explanations read: the site and the database never do,
    /// and a build that let them go before rendering peaked 6 MB lower at 2,000 files (heaptrack).
    package func withoutExplanations() -> Alignment {
        var alignment = self
        alignment.inferences = [:]
        return alignment
    }

    init(strategy: Strategy, items: [AlignedItem], links: [Link], itemScores: [ItemScore], priorities: [PriorityMetrics],
         scopes: [ScopeScore], diagnostics: [Diagnostic], today: Date, currentQuarter: Quarter?, inferences: [String: Inference]) {
        self.strategy = strategy
        self.items = items
        self.links = links
        self.itemScores = itemScores
        self.priorities = priorities
        self.scopes = scopes
        self.diagnostics = diagnostics
        self.today = today
        self.currentQuarter = currentQuarter
        self.inferences = inferences
        // Independent indexes over thousands of items, built on both cores.
        (linksByItem, (scoreByItem, itemByID)) = Parallel.both({ Dictionary(grouping: links, by: \.item) }, {
            (Dictionary(itemScores.map { ($0.item, $0) }, uniquingKeysWith: { a, _ in a }),
             Dictionary(items.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a }))
        })
    }

    public func item(_ id: String) -> AlignedItem? { itemByID[id] }

    /// Whether the item's period is the current quarter or a longer one running through it (a half-year, a year):
    /// work under way now, which every "current" view lists, marked with its period when that is not the quarter.
    public func isCurrentWork(_ item: AlignedItem) -> Bool {
        guard let current = currentQuarter, let period = item.quarter else { return false }
        return period.runs(through: current)
    }

    /// The plan's longer periods running through the current quarter, in order.
    public var runningPeriods: [Quarter] {
        guard let current = currentQuarter else { return [] }
        return Set(items.compactMap(\.quarter)).filter { $0.spans(current) }.sorted()
    }

    /// Links at or above this count for coverage and effort; an item whose best link is below it is an orphan.
    public static let threshold = Scorer.threshold

    public func scope(_ kind: ScopeScore.Kind, _ key: String) -> ScopeScore? { scopes.first { $0.kind == kind && $0.key == key } }
    /// The strategy a scope was scored against: an earlier version for a quarter that ended under it, else the current one.
    public func strategy(of scope: ScopeScore) -> Strategy {
        scope.kind == .quarter ? periods?.version(of: scope.key)?.strategy ?? strategy : strategy
    }
    public var workspace: ScopeScore? { scope(.workspace, "workspace") }
    public func links(of item: String) -> [Link] { linksByItem[item] ?? [] }
    public func score(of item: String) -> ItemScore? { scoreByItem[item] }
}
