import BearingCore

/// Measures inference on an evaluation set beside two baselines: always the most common priority,
/// and plain TF-IDF cosine between an item and each priority's text.
public struct Evaluator: Sendable {
    let vectors: TokenVectors

    public init(vectors: TokenVectors) { self.vectors = vectors }

    public struct Accuracy: Sendable, Hashable, Codable {
        public var top1: Double
        public var top2: Double
    }

    public struct Row: Sendable, Codable {
        public var name: String
        public var items: Int
        public var bearing: Accuracy
        public var tfidf: Accuracy
        public var majority: Accuracy
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
    }

    public func evaluate(_ set: EvaluationSet) -> Result {
        var rows: [Row] = []
        var misses: [Miss] = []
        var hits = (bearing: [0, 0], tfidf: [0, 0], majority: [0, 0])
        for organization in set.organizations {
            let ids = organization.strategy.topLevel.map(\.id)
            let inferrer = PriorityInferrer(strategy: organization.strategy, vectors: vectors)
            let bearing = inferrer.infer(organization.items.map { .init(text: $0.text) }).map { $0.ranking.map(\.priority) }
            let tfidf = TFIDFBaseline(strategy: organization.strategy).rank(organization.items.map(\.text))
            let majority = Self.majority(organization.items.map(\.expected), order: ids)
            var local = (bearing: [0, 0], tfidf: [0, 0], majority: [0, 0])
            for (index, item) in organization.items.enumerated() {
                Self.count(bearing[index], item.expected, into: &local.bearing)
                Self.count(tfidf[index], item.expected, into: &local.tfidf)
                Self.count(majority, item.expected, into: &local.majority)
                if bearing[index].first != item.expected {
                    misses.append(Miss(set: organization.name, item: item.title, expected: item.expected, predicted: bearing[index].first ?? "-"))
                }
            }
            rows.append(Row(name: organization.name, items: organization.items.count, bearing: Self.accuracy(local.bearing, organization.items.count),
                            tfidf: Self.accuracy(local.tfidf, organization.items.count), majority: Self.accuracy(local.majority, organization.items.count)))
            for k in 0..<2 {
                hits.bearing[k] += local.bearing[k]; hits.tfidf[k] += local.tfidf[k]; hits.majority[k] += local.majority[k]
            }
        }
        let n = rows.map(\.items).reduce(0, +)
        let total = Row(name: "all", items: n, bearing: Self.accuracy(hits.bearing, n), tfidf: Self.accuracy(hits.tfidf, n),
                        majority: Self.accuracy(hits.majority, n))
        return Result(rows: rows, total: total, misses: misses)
    }

    /// The most common labels first (ties in strategy order): the majority baseline's fixed ranking.
    static func majority(_ labels: [String], order: [String]) -> [String] {
        let counts = Dictionary(labels.map { ($0, 1) }, uniquingKeysWith: +)
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
