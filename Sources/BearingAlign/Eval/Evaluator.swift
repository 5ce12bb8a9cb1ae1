import BearingParse
import Foundation

/// Measures inference on an evaluation set beside two baselines (always the most common priority, and plain TF-IDF
/// cosine between an item and each priority's text), and how well it tells unrelated work apart (orphans).
public struct Evaluator: Sendable {
    let vectors: TokenVectors

    public init(vectors: TokenVectors) { self.vectors = vectors }

    public struct Accuracy: Sendable, Hashable, Codable {
        public var top1: Double
        public var top2: Double
    }

    public struct Row: Sendable, Codable {
        public var name: String
        /// Items labelled with a priority (top-1 and top-2 are over these).
        public var items: Int
        public var bearing: Accuracy
        public var tfidf: Accuracy
        public var majority: Accuracy
        /// The full sentence model on the same items (eval/reference.json); nil when it was not measured on exactly these.
        public var reference: Accuracy?
        /// Labelled items Bearing calls orphans (should be few), and unrelated items (label `none`) it does.
        public var alignedFlagged: Int
        public var unrelated: Int
        public var unrelatedFlagged: Int

        /// Of the items flagged as orphans, the share that really are unrelated; nil when none is flagged.
        public var orphanPrecision: Double? {
            let flagged = alignedFlagged + unrelatedFlagged
            return flagged == 0 ? nil : Double(unrelatedFlagged) / Double(flagged)
        }
        /// Of the unrelated items, the share flagged; nil when the set has none.
        public var orphanRecall: Double? { unrelated == 0 ? nil : Double(unrelatedFlagged) / Double(unrelated) }
        /// Of the labelled items, the share wrongly flagged.
        public var alignedFlaggedShare: Double { items == 0 ? 0 : Double(alignedFlagged) / Double(items) }
    }

    public struct Miss: Sendable, Codable {
        public var set: String
        public var item: String
        public var expected: String
        public var predicted: String
    }

    public struct Result: Sendable, Codable {
        public var rows: [Row]
        public var total: Row
        public var misses: [Miss]
        public var skipped: [String]
    }

    public func evaluate(_ set: EvaluationSet) -> Result {
        var rows: [Row] = []
        var misses: [Miss] = []
        var unrelatedRow = Row(name: "unrelated", items: 0, bearing: .init(top1: 0, top2: 0), tfidf: .init(top1: 0, top2: 0),
                               majority: .init(top1: 0, top2: 0), reference: nil, alignedFlagged: 0, unrelated: 0, unrelatedFlagged: 0)
        var skipped = set.skipped
        for organization in set.organizations {
            let ids = organization.strategy.topLevel.map(\.id)
            let inferrer = PriorityInferrer(strategy: organization.strategy, vectors: vectors)
            let inferences = inferrer.infer(organization.items.map { .init(text: $0.text, title: $0.title) })
            let labelled = organization.items.indices.filter { organization.items[$0].expected != EvaluationSet.none }
            let bearing = labelled.map { inferences[$0].ranking.map(\.priority) }
            let tfidf = TFIDFBaseline(strategy: organization.strategy).rank(labelled.map { organization.items[$0].text })
            let expected = labelled.map { organization.items[$0].expected }
            let majority = Self.majority(expected, order: ids)
            var local = (bearing: [0, 0], tfidf: [0, 0], majority: [0, 0])
            for (position, index) in labelled.enumerated() {
                let item = organization.items[index]
                Self.count(bearing[position], item.expected, into: &local.bearing)
                Self.count(tfidf[position], item.expected, into: &local.tfidf)
                Self.count(majority, item.expected, into: &local.majority)
                if bearing[position].first != item.expected {
                    misses.append(Miss(set: organization.name, item: item.title, expected: item.expected, predicted: bearing[position].first ?? "-"))
                }
            }
            let flagged = organization.items.indices.filter { Self.isOrphan(inferences[$0]) }
            let unrelated = organization.items.indices.filter { organization.items[$0].expected == EvaluationSet.none }
            for index in flagged where organization.items[index].expected != EvaluationSet.none {
                misses.append(Miss(set: organization.name, item: organization.items[index].title, expected: organization.items[index].expected, predicted: "orphan"))
            }
            let n = labelled.count
            var reference: Accuracy?
            if let measured = set.reference[organization.name] {
                // A reference over a different number of items was measured on another version of the set: not comparable.
                if measured.items == n { reference = Self.accuracy([measured.top1, measured.top2], n) }
                else { skipped.append("\(organization.name): reference.json has \(measured.items) items, the set \(n); rerun scripts/distill/reference.py") }
            }
            rows.append(Row(name: organization.name, items: n, bearing: Self.accuracy(local.bearing, n), tfidf: Self.accuracy(local.tfidf, n),
                            majority: Self.accuracy(local.majority, n), reference: reference, alignedFlagged: flagged.filter { !unrelated.contains($0) }.count,
                            unrelated: unrelated.count, unrelatedFlagged: flagged.filter { unrelated.contains($0) }.count))
            // The unrelated set is placed against every strategy: it must be an orphan everywhere.
            let placed = inferrer.infer(set.unrelated.map { .init(text: $0) })
            unrelatedRow.unrelated += placed.count
            for (text, inference) in zip(set.unrelated, placed) {
                if Self.isOrphan(inference) { unrelatedRow.unrelatedFlagged += 1 }
                else { misses.append(Miss(set: "unrelated", item: text, expected: "orphan", predicted: "\(organization.name): \(inference.best?.priority ?? "-")")) }
            }
        }
        if unrelatedRow.unrelated > 0 { rows.append(unrelatedRow) }
        let total = Self.total(rows)
        return Result(rows: rows, total: total, misses: misses, skipped: skipped)
    }

    /// An orphan: no more related to any priority or sub-priority than to everyday work.
    static func isOrphan(_ inference: Inference) -> Bool {
        inference.isOrphan
    }

    static func total(_ rows: [Row]) -> Row {
        let n = rows.map(\.items).reduce(0, +)
        func sum(_ accuracy: (Row) -> Accuracy) -> Accuracy {
            guard n > 0 else { return Accuracy(top1: 0, top2: 0) }
            return Accuracy(top1: rows.map { accuracy($0).top1 * Double($0.items) }.reduce(0, +) / Double(n),
                            top2: rows.map { accuracy($0).top2 * Double($0.items) }.reduce(0, +) / Double(n))
        }
        // The reference total only when every set has one, so it is over the same items as Bearing's.
        let referenced = rows.filter { $0.items > 0 }.allSatisfy { $0.reference != nil }
        return Row(name: "all", items: n, bearing: sum(\.bearing), tfidf: sum(\.tfidf), majority: sum(\.majority),
                   reference: referenced && n > 0 ? sum { $0.reference ?? Accuracy(top1: 0, top2: 0) } : nil,
                   alignedFlagged: rows.map(\.alignedFlagged).reduce(0, +), unrelated: rows.map(\.unrelated).reduce(0, +),
                   unrelatedFlagged: rows.map(\.unrelatedFlagged).reduce(0, +))
    }

    /// The most common labels first (ties in strategy order): the majority baseline's fixed ranking.
    static func majority(_ labels: [String], order: [String]) -> [String] {
        var counts: [String: Int] = [:]
        for label in labels { counts[label, default: 0] += 1 }
        return order.sorted { (counts[$0] ?? 0, -(order.firstIndex(of: $0) ?? 0)) > (counts[$1] ?? 0, -(order.firstIndex(of: $1) ?? 0)) }
    }

    private static func count(_ ranking: [String], _ expected: String, into hits: inout [Int]) {
        if ranking.first == expected { hits[0] += 1 }
        if ranking.prefix(2).contains(expected) { hits[1] += 1 }
    }

    private static func accuracy(_ hits: [Int], _ n: Int) -> Accuracy {
        n == 0 ? Accuracy(top1: 0, top2: 0) : Accuracy(top1: Double(hits[0]) / Double(n), top2: Double(hits[1]) / Double(n))
    }
}
