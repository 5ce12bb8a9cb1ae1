import BearingModel
import Foundation

/// Plain TF-IDF cosine between an item's words and each priority's text; the baseline inference must beat.
struct TFIDFBaseline {
    let ids: [String]
    let texts: [String]

    init(strategy: Strategy) {
        let topLevel = strategy.topLevel
        ids = topLevel.map(\.id)
        texts = topLevel.map { PriorityInferrer.profileText($0, children: strategy.children(of: $0.id)) }
    }

    /// Every item's priorities, best first (ties in strategy order).
    func rank(_ items: [String]) -> [[String]] {
        let documents = (texts + items).map(Self.terms)
        var documentFrequency: [String: Int] = [:]
        for terms in documents { for term in Set(terms) { documentFrequency[term, default: 0] += 1 } }
        let n = Double(documents.count)
        func vector(_ terms: [String]) -> [String: Double] {
            var counts: [String: Double] = [:]
            for term in terms { counts[term, default: 0] += 1 }
            var result: [String: Double] = [:]
            for (term, count) in counts { result[term] = count * (log(n / Double(documentFrequency[term] ?? 1)) + 1) }
            let length = result.inKeyOrder.map { $0.value * $0.value }.reduce(0, +).squareRoot()
            return length > 0 ? result.mapValues { $0 / length } : result
        }
        let priorityVectors = texts.map { vector(Self.terms($0)) }
        return items.map { item in
            let itemVector = vector(Self.terms(item))
            let terms = itemVector.inKeyOrder
            let scores = priorityVectors.map { p in terms.reduce(0) { $0 + $1.value * (p[$1.key] ?? 0) } }
            return ids.indices.sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }.map { ids[$0] }
        }
    }

    static func terms(_ text: String) -> [String] {
        WordPiece.basicTokens(text).filter { $0.first?.isLetter == true || $0.first?.isNumber == true }
    }
}
