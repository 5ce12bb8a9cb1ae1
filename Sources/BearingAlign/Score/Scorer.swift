import BearingModel
import Foundation

/// Computes every score from items and links; deterministic, no I/O.
struct Scorer {
    /// Links below this do not count for coverage or effort, and an item whose best link is below it is an orphan.
    static let threshold = 0.25

    let strategy: Strategy
    let items: [AlignedItem]
    let links: [Link]
    /// Items with no link because their text is too thin to infer from: neither aligned nor orphans.
    let tooThin: Set<String>
    let today: Date
    /// The quarter holding `today` (or standing in for it): its objectives' progress is a pace, not a grade.
    let current: Quarter?
    /// Computed once: every scope and priority reads these instead of rescanning all links.
    private let parents: [String: String]
    /// Per item, everything scopes read of it, found with one lookup.
    private let facts: [String: ItemFacts]

    struct ItemFacts: Sendable, Equatable {
        var score: ItemScore
        /// The priorities it has a link above the threshold to (a top-level priority too when it is through one of
        /// its sub-priorities). Scopes count from this in one pass instead of asking every priority about every item.
        var servedBy: [String]
        /// The top-level priorities its effort is split across: their rolled-up strengths at or above the threshold, in
        /// priority order, and the sum of those strengths (summed in that order, so every run gives the same bits).
        var split: [(priority: String, strength: Double)]
        var splitTotal: Double
        /// The priorities it declares (with a declared sub-priority's parent) whose declared link is below the
        /// threshold: the text does not say how the work serves them. Not served, but not silent either.
        var declaredBelow: [String] = []

        static func == (a: ItemFacts, b: ItemFacts) -> Bool {
            a.score == b.score && a.servedBy == b.servedBy && a.splitTotal == b.splitTotal && a.declaredBelow == b.declaredBelow
                && a.split.count == b.split.count && zip(a.split, b.split).allSatisfy { $0.priority == $1.priority && $0.strength == $1.strength }
        }
    }

    /// One scope's score with everything `scope` read to make it: its kind, key and quarter, its items in order with
    /// each one's facts, the strategy and the day. A rebuild in process keeps them (`InferenceCache.scopes`), and a
    /// scope whose inputs are all equal takes its score instead of scoring it again: after a one-file change only the
    /// workspace and the edited file's quarter or roadmap differ, and scoring all 53 scopes of the benchmark's plan
    /// was 47 M instructions of a rebuild at 200 files. Items compare by their shared box first (`AlignedItem.==`).
    struct ScopeMemo: Sendable {
        var kind: ScopeScore.Kind
        var key: String
        var quarter: Quarter?
        var items: [AlignedItem]
        var facts: [ItemFacts?]
        var strategy: Strategy
        var today: Date
        var score: ScopeScore
    }

    init(strategy: Strategy, items: [AlignedItem], links: [Link], tooThin: Set<String> = [], today: Date, current: Quarter? = nil) {
        self.strategy = strategy
        self.items = items
        self.links = links
        self.tooThin = tooThin
        self.today = today
        self.current = current
        let parents = Dictionary(strategy.priorities.compactMap { p in p.parent.map { (p.id, $0) } }, uniquingKeysWith: { a, _ in a })
        self.parents = parents
        let threshold = Self.threshold
        // Every table below is per item, kept in arrays by the item's place in `items`: each item's id and each link's
        // item are hashed once, where tables keyed by id hashed them at every step (most of a one-file rebuild's
        // scoring). An id given twice is one item, as it was one key: both places read the first one's tables.
        var place: [String: Int] = [:]
        place.reserveCapacity(items.count)
        // Each item's place in the tables by its own place in `items`: its id looked up here once, not again below.
        var placeOf = [Int](repeating: 0, count: items.count)
        for index in items.indices {
            let id = items[index].id
            if let first = place[id] { placeOf[index] = first } else { place[id] = index; placeOf[index] = index }
        }
        // Per item: its strongest link to each top-level priority, how it is tied to each (the most deliberate way
        // first: a declared `trust` whose inferred sub-priority is the strongest link still names trust as declared),
        // the priorities it serves above the threshold (a top-level one too through its sub-priorities), its best link.
        var rolledUp = [[(priority: String, strength: Double)]](repeating: [], count: items.count)
        var ties = [[(priority: String, kind: Link.Kind)]](repeating: [], count: items.count)
        var servedBy = [[String]](repeating: [], count: items.count)
        var best = [Int?](repeating: nil, count: items.count)
        var declaredBelow = [[String]](repeating: [], count: items.count)
        // Links come item by item: a link of the same item as the link before takes its place without hashing the id.
        var previous: (item: String, at: Int?)?
        for (number, link) in links.enumerated() {
            let found: Int?
            if let previous, previous.item == link.item { found = previous.at } else { found = place[link.item] }
            previous = (link.item, found)
            guard let at = found else { continue }
            let top = parents[link.priority] ?? link.priority
            if link.kind == .declared, link.strength < threshold {
                for id in Set([link.priority, top]) where !declaredBelow[at].contains(id) { declaredBelow[at].append(id) }
            }
            if let known = rolledUp[at].firstIndex(where: { $0.priority == top }) {
                rolledUp[at][known].strength = max(rolledUp[at][known].strength, link.strength)
            } else {
                rolledUp[at].append((top, link.strength))
            }
            if let known = ties[at].firstIndex(where: { $0.priority == top }) {
                if Self.rank(ties[at][known].kind) > Self.rank(link.kind) { ties[at][known].kind = link.kind }
            } else {
                ties[at].append((top, link.kind))
            }
            if link.strength >= threshold {
                if !servedBy[at].contains(link.priority) { servedBy[at].append(link.priority) }
                if top != link.priority, !servedBy[at].contains(top) { servedBy[at].append(top) }
            }
            if let current = best[at].map({ links[$0] }) {
                if (link.strength, current.priority) > (current.strength, link.priority) { best[at] = number }
            } else {
                best[at] = number
            }
        }
        // An objective serves what its initiatives serve: coverage, gaps and item counts see the sub-priority an
        // initiative works on ("Upgrades without downtime" under a reliability objective), the objective counted
        // once. Its strength and effort split stay its own links'; it is an orphan only when neither it nor any of
        // its initiatives serves a priority (an objective whose work is all in its initiatives is not unaligned).
        for index in items.indices where items[index].kind == .initiative {
            guard let parent = items[index].parent.flatMap({ place[$0] }) else { continue }
            let at = placeOf[index]
            for priority in servedBy[at] where !servedBy[parent].contains(priority) { servedBy[parent].append(priority) }
        }
        var facts: [String: ItemFacts] = [:]
        facts.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            let at = placeOf[index]
            let link = best[at].map { links[$0] }
            let strength = link?.strength ?? 0
            let served = !servedBy[at].isEmpty
            let thin = link == nil && tooThin.contains(item.id) && !served
            let top = link.map { parents[$0.priority] ?? $0.priority }
            let score = ItemScore(item: item.id, kind: item.kind, strength: strength,
                                  priority: top, linkKind: top.flatMap { top in ties[at].first { $0.priority == top }?.kind } ?? link?.kind,
                                  orphan: strength < threshold && !thin && !served, tooLittleText: thin, terms: link?.evidence.map(\.term) ?? [])
            // In priority order, so that every run sums the same strengths in the same order and gets the same bits.
            let split = rolledUp[at].filter { $0.strength >= threshold }.sorted { $0.priority < $1.priority }
            facts[item.id] = ItemFacts(score: score, servedBy: servedBy[at], split: split, splitTotal: split.map(\.strength).reduce(0, +),
                                       declaredBelow: declaredBelow[at])
        }
        self.facts = facts
    }

    /// Declared before inherited before inferred.
    static func rank(_ kind: Link.Kind) -> Int {
        switch kind {
        case .declared: 0
        case .inherited: 1
        case .inferred: 2
        }
    }

    func itemScores() -> [ItemScore] { items.compactMap { facts[$0.id]?.score } }

    /// Each counted item's effort split across the top-level priorities it serves, in proportion to strength.
    func effortByPriority(_ scope: [AlignedItem]) -> [String: Double] {
        var effort: [String: Double] = [:]
        for item in scope where item.isScored {
            guard let facts = facts[item.id], facts.splitTotal > 0 else { continue }
            for (priority, strength) in facts.split { effort[priority, default: 0] += item.effort * strength / facts.splitTotal }
        }
        return effort
    }

    func priorityMetrics() -> [PriorityMetrics] {
        let counted = items.filter(\.isScored)
        let effort = effortByPriority(counted)
        let totalEffort = effort.sumInKeyOrder
        // Each quarter's items and effort shares once, not once per priority.
        let byQuarter = Dictionary(grouping: counted.filter { $0.quarter != nil }) { $0.quarter! }
        let quarters = Quarter.series(Array(byQuarter.keys)).sorted()
        // The direction runs up to the current quarter: a later one holds what is planned, often a placeholder roadmap
        // item or two, and a share of those is no direction the work is taking. Its points stay, marked planned.
        let started = quarters.count { !hasNotStarted($0) }
        let quarterShares = quarters.map { effortByPriority(byQuarter[$0] ?? []) }
        let quarterCounts = quarters.map { servedCounts(in: byQuarter[$0] ?? []) }
        let trends = Dictionary(strategy.topLevel.map { priority in
            (priority.id, quarters.indices.map { index -> TrendPoint in
                let shares = quarterShares[index]
                let total = shares.sumInKeyOrder
                return TrendPoint(quarter: quarters[index].description, items: quarterCounts[index][priority.id] ?? 0,
                                  effortShare: total > 0 ? (shares[priority.id] ?? 0) / total : 0)
            })
        }, uniquingKeysWith: { first, _ in first })
        // Each priority's served items in plan order, gathered in one pass.
        var servedItemsBy: [String: [AlignedItem]] = [:]
        for item in counted { for priority in facts[item.id]?.servedBy ?? [] { servedItemsBy[priority, default: []].append(item) } }
        // Whether a quarter has ended, once per quarter: a quarter's dates are calendar arithmetic, and asking for
        // every objective of every priority was 5 % of linking and scoring.
        let ended = Set(Set(counted.compactMap(\.quarter)).filter(hasEnded))
        return strategy.priorities.map { priority in
            let isTop = priority.parent == nil
            let servedItems = servedItemsBy[priority.id] ?? []
            let itemEffort = isTop ? (effort[priority.id] ?? 0) : servedItems.map(\.effort).reduce(0, +)
            let progress = servedItems.compactMap(\.progress)
            let objectives = servedItems.filter { $0.kind == .objective }
            let finishedObjectives = objectives.filter { $0.quarter.map(ended.contains) == true }
            let finished = finishedObjectives.compactMap(\.progress)
            // A half-year or year running through the current quarter is current work too.
            let now = objectives.filter { item in item.quarter.map { q in current.map(q.runs(through:)) ?? false } ?? false }
            let nowGrades = now.compactMap(\.progress)
            let trend = isTop ? (trends[priority.id] ?? []) : []
            var metrics = PriorityMetrics(priority: priority.id, parent: priority.parent, items: servedItems.count, effort: itemEffort,
                                   effortShare: isTop && totalEffort > 0 ? itemEffort / totalEffort : 0,
                                   target: strategy.weights[priority.id],
                                   progress: progress.isEmpty ? nil : progress.reduce(0, +) / Double(progress.count),
                                   finishedGrade: Self.mean(finished), currentGrade: Self.mean(nowGrades),
                                   currentAtRisk: now.filter(\.isFlagged).count,
                                   currentObjectives: now.count,
                                   trend: trend, direction: Self.direction(Array(trend.prefix(started))))
            Self.count(finishedObjectives, into: &metrics)
            return metrics
        }
    }

    static func mean(_ values: [Double]) -> Double? {
        values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }

    /// Per priority, how many scored items in `scope` have a link above the threshold to it (a sub-priority
    /// counts only its own links).
    func servedCounts(in scope: [AlignedItem]) -> [String: Int] {
        var counts: [String: Int] = [:]
        for item in scope where item.isScored {
            for priority in facts[item.id]?.servedBy ?? [] { counts[priority, default: 0] += 1 }
        }
        return counts
    }

    /// `scope`, taken from `kept` when everything it reads is equal (`ScopeMemo`); also returns the memo to keep.
    /// `sameStrategy`: `kept`'s strategy is known to equal this scorer's (compared once per build, not per scope).
    func scope(_ kind: ScopeScore.Kind, key: String, items scope: [AlignedItem], quarter: Quarter?, kept: ScopeMemo?,
               sameStrategy: Bool) -> (ScopeScore, ScopeMemo) {
        let facts = scope.map { self.facts[$0.id] }
        if let kept, sameStrategy, kept.kind == kind, kept.key == key, kept.quarter == quarter, kept.today == today,
           kept.items.count == scope.count, kept.items == scope, kept.facts == facts {
            return (kept.score, ScopeMemo(kind: kind, key: key, quarter: quarter, items: scope, facts: facts, strategy: strategy,
                                          today: today, score: kept.score))
        }
        let score = self.scope(kind, key: key, items: scope, quarter: quarter)
        return (score, ScopeMemo(kind: kind, key: key, quarter: quarter, items: scope, facts: facts, strategy: strategy, today: today,
                                 score: score))
    }

    func scope(_ kind: ScopeScore.Kind, key: String, items scope: [AlignedItem], quarter: Quarter?) -> ScopeScore {
        let counted = scope.filter(\.isScored)
        // Items too thin to link are left out of the index: a guess either way would move it (docs/scoring.md).
        let thin = counted.filter { facts[$0.id]?.score.tooLittleText ?? false }.map(\.id)
        let judged = counted.filter { !(facts[$0.id]?.score.tooLittleText ?? false) }
        let totalEffort = judged.map(\.effort).reduce(0, +)
        let weighted = judged.map { $0.effort * (facts[$0.id]?.score.strength ?? 0) }.reduce(0, +)
        let tops = strategy.topLevel.map(\.id)
        let subs = strategy.priorities.filter { $0.parent != nil }.map(\.id)
        let counts = servedCounts(in: counted)
        let gaps = tops.filter { (counts[$0] ?? 0) == 0 }
        let subGaps = subs.filter { (counts[$0] ?? 0) == 0 }
        let orphans = counted.filter { facts[$0.id]?.score.orphan ?? true }.map(\.id)
        // A gap a team declared work for: still a gap (declaring cannot lift a score on its own), told apart in words.
        var declaredGaps: [String: Int] = [:]
        let unserved = Set(gaps + subGaps)
        for item in counted {
            for id in facts[item.id]?.declaredBelow ?? [] where unserved.contains(id) { declaredGaps[id, default: 0] += 1 }
        }
        let effort = effortByPriority(counted)
        let linkedEffort = effort.sumInKeyOrder
        let shares = linkedEffort > 0 ? effort.mapValues { $0 / linkedEffort } : [:]
        // With no linked effort there are no shares to hold against the weights: no balance, as there is no index.
        let balance = strategy.weights.isEmpty || linkedEffort <= 0 ? nil
            : 1 - 0.5 * tops.map { abs((shares[$0] ?? 0) - (strategy.weights[$0] ?? 0)) }.reduce(0, +)
        let planned = kind == .quarter && quarter.map(hasNotStarted) == true
        let graded = counted.filter { $0.kind == .objective && (quarter == nil || $0.quarter == quarter) }
        let grades = graded.compactMap(\.progress)
        let grade = grades.isEmpty || planned ? nil : grades.reduce(0, +) / Double(grades.count)
        // A period whose committed objective ended short of 1.0 missed a commitment: however well the rest went, it is
        // not green.
        let missed = graded.contains { Grade.isMissedCommitment($0, today: today) }
        // Graded mostly on key results nobody measured, the mean says too little to be coloured.
        let keyResults = graded.map(\.keyResultCount).reduce(0, +), measured = graded.map(\.measuredKeyResultCount).reduce(0, +)
        let coverage = grade != nil && measured < keyResults ? "\(measured) of \(keyResults) key results measured" : nil
        let band = measured * 2 < keyResults ? nil : grade.map { Self.band($0) }.map { missed && $0 == "green" ? "yellow" : $0 }
        var score = ScopeScore(
            kind: kind, key: key, items: counted.count, alignmentIndex: totalEffort > 0 ? 100 * weighted / totalEffort : 0,
            coverage: tops.isEmpty ? 0 : Double(tops.count - gaps.count) / Double(tops.count),
            subCoverage: subs.isEmpty ? 1 : Double(subs.count - subGaps.count) / Double(subs.count),
            gaps: gaps, subGaps: subGaps, orphans: orphans, orphanShare: judged.isEmpty ? 0 : Double(orphans.count) / Double(judged.count),
            tooLittleText: thin,
            shares: shares, balance: balance, grade: grade, gradeBand: band,
            pace: quarter.flatMap { q in grade.map { pace(grade: $0, quarter: q) } })
        score.planned = planned
        score.gradeCoverage = coverage
        score.declaredGaps = declaredGaps
        if kind == .quarter, let quarter {
            score.priorities = priorityMetrics(counted, graded: planned ? [] : graded, effort: effort, linkedEffort: linkedEffort,
                                               ended: hasEnded(quarter), planned: planned)
        }
        return score
    }

    /// The priorities' metrics over one quarter's work (`counted`: its objectives and those of the longer periods
    /// running through it), as `priorityMetrics` gives them over the whole plan: a quarter's report showed the whole
    /// plan's table. Its grade is the quarter's own objectives' (`graded`) once it has ended, its pace (all its work's
    /// objectives) while it runs, and none while it is planned. No trend: that is the plan's, across quarters.
    func priorityMetrics(_ counted: [AlignedItem], graded: [AlignedItem], effort: [String: Double], linkedEffort: Double,
                         ended: Bool, planned: Bool) -> [PriorityMetrics] {
        var served: [String: [AlignedItem]] = [:]
        for item in counted { for priority in facts[item.id]?.servedBy ?? [] { served[priority, default: []].append(item) } }
        let gradedIDs = Set(graded.map(\.id))
        return strategy.priorities.map { priority in
            let isTop = priority.parent == nil
            let items = served[priority.id] ?? []
            let itemEffort = isTop ? (effort[priority.id] ?? 0) : items.map(\.effort).reduce(0, +)
            let objectives = planned ? [] : items.filter { $0.kind == .objective }
            let finishedObjectives = ended ? objectives.filter { gradedIDs.contains($0.id) } : []
            let finished = finishedObjectives.compactMap(\.progress)
            let now = ended ? [] : objectives
            var metrics = PriorityMetrics(priority: priority.id, parent: priority.parent, items: items.count, effort: itemEffort,
                                   effortShare: isTop && linkedEffort > 0 ? itemEffort / linkedEffort : 0,
                                   target: strategy.weights[priority.id], progress: Self.mean(items.compactMap(\.progress)),
                                   finishedGrade: Self.mean(finished), currentGrade: Self.mean(now.compactMap(\.progress)),
                                   currentAtRisk: now.filter(\.isFlagged).count, currentObjectives: now.count,
                                   trend: [], direction: "steady")
            Self.count(finishedObjectives, into: &metrics)
            return metrics
        }
    }

    /// The key results behind a priority's ended-quarters grade: measured, and written.
    static func count(_ finished: [AlignedItem], into metrics: inout PriorityMetrics) {
        // Only grades made from key results: a done objective whose key results state nothing counts 1 by its status.
        for item in finished where item.progress != nil && item.measuredKeyResultCount > 0 {
            metrics.finishedMeasured += item.measuredKeyResultCount
            metrics.finishedWritten += item.keyResultCount
        }
    }

    /// Whether `quarter` starts after `today`.
    func hasNotStarted(_ quarter: Quarter) -> Bool { today < quarter.dateInterval.start }

    /// Whether `quarter` ended on or before `today`.
    func hasEnded(_ quarter: Quarter) -> Bool { quarter.dateInterval.end <= today }

    static func band(_ grade: Double) -> String { Grade.band(grade) }

    /// Progress against elapsed time: ahead or behind by more than 10 points, else on pace.
    func pace(grade: Double, quarter: Quarter) -> Pace {
        let interval = quarter.dateInterval
        let elapsed = min(1, max(0, today.timeIntervalSince(interval.start) / interval.duration))
        let status: String
        if elapsed <= 0 { status = "not-started" }
        else if elapsed >= 1 { status = "finished" }
        else if grade >= elapsed + 0.1 { status = "ahead" }
        else if grade < elapsed - 0.1 { status = "behind" }
        else { status = "on-pace" }
        return Pace(elapsed: elapsed, grade: grade, status: status,
                    periodWord: quarter.span.word)
    }

    static func direction(_ trend: [TrendPoint]) -> String {
        guard trend.count >= 2 else { return "steady" }
        let change = trend[trend.count - 1].effortShare - trend[trend.count - 2].effortShare
        return change > 0.05 ? "rising" : change < -0.05 ? "falling" : "steady"
    }
}
