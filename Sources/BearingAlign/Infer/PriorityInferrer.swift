import BearingCore

/// Infers which priorities a piece of planning text serves, from static token vectors.
///
/// 1. Each top-level priority is embedded from everything the strategy says about it: title, summary,
///    success signal and sub-priorities. Items are embedded from their title and body.
/// 2. Every vector is centred on the mean of the priorities, the strategy's context sections and the
///    items, which removes what all of them share ("communities", "our work") and leaves what tells
///    priorities apart.
/// 3. Feedback: each priority's profile is moved towards the items that match it (softly, so no item
///    is forced), twice. Items with declared priorities pull only towards those. This lets a plan's own
///    vocabulary ("hotspots", "renewals") teach the profiles what the strategy's words did not.
/// 4. An item's scores are the cosines with the refined profiles; a softmax turns them into shares.
public struct PriorityInferrer: Sendable {
    /// Softmax temperature for the feedback step's soft assignment of items to priorities.
    public static let feedbackTemperature: Float = 0.1
    /// How far feedback moves a profile (1: as much as the strategy's own text weighs).
    public static let feedbackWeight: Float = 1
    public static let feedbackRounds = 2
    /// Strategy-text cosine from which an undeclared item pulls on a profile with full weight.
    public static let gateSimilarity: Float = 0.1
    /// log(1 + 300): words less frequent than the 300th most common English word.
    static let evidenceMinimumWeight: Float = 5.7
    /// Softmax temperature that turns cosines into the shares reported as probabilities.
    public static let shareTemperature: Float = 0.05

    let vectors: TokenVectors
    public let priorities: [Priority]
    let children: [[Priority]]
    let profileVectors: [[Float]]
    let childVectors: [[[Float]]]
    let contextVectors: [[Float]]
    /// Lowercased stems of each priority's words, for exact-match evidence.
    let priorityStems: [Set<String>]

    public init(strategy: Strategy, vectors: TokenVectors) {
        self.vectors = vectors
        let topLevel = strategy.topLevel
        let children = topLevel.map { strategy.children(of: $0.id) }
        let texts = topLevel.indices.map { Self.profileText(topLevel[$0], children: children[$0]) }
        priorities = topLevel
        self.children = children
        profileVectors = texts.map(vectors.embed)
        childVectors = children.map { $0.map { vectors.embed(Self.childText($0)) } }
        contextVectors = strategy.sections.map { vectors.embed($0.title + ". " + $0.body) }.filter { Vector.norm($0) > 0 }
        priorityStems = texts.map(Stems.of)
    }

    /// Everything the strategy says about a priority, as one text.
    static func profileText(_ priority: Priority, children: [Priority]) -> String {
        ([priority.title, priority.summary, priority.successSignal] + children.map(childText))
            .compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ". ")
    }

    static func childText(_ child: Priority) -> String { child.summary ?? child.title }

    /// One text to place, with the top-level priorities it declares (which fix its feedback).
    public struct Input: Sendable {
        public var text: String
        public var declared: [String]
        /// False for texts that are scored but must not shape the profiles (proposals being ranked).
        public var teaches: Bool
        public init(text: String, declared: [String] = [], teaches: Bool = true) {
            self.text = text
            self.declared = declared
            self.teaches = teaches
        }
    }

    public func infer(_ inputs: [Input]) -> [Inference] {
        inferCounting(inputs).inferences
    }

    /// `infer`, plus each text's count of words that carry weight (not punctuation, not unknown), from the
    /// same tokenizing, which is most of the work.
    public func inferCounting(_ inputs: [Input]) -> (inferences: [Inference], meaningfulWords: [Int]) {
        // Each core takes a run of items with its own word cache.
        var tokenized = Parallel.mapRuns(inputs) { run -> [([WordPiece.Word], [Float], Int)] in
            var cache: [String: [Int32]] = [:]
            return run.map { input in
                let words = vectors.tokenizer.words(input.text, cache: &cache)
                let (sum, weight) = vectors.sum(words)
                let meaningful = words.count { word in word.pieces.contains { vectors.weights[Int($0)] > 0 } }
                return (evidenceCandidates(words), weight > 0 ? Vector.normalized(sum) : sum, meaningful)
            }
        }
        let counts = tokenized.map(\.2)
        guard !priorities.isEmpty else { return (inputs.map { _ in Inference(ranking: [], subPriority: nil, evidence: []) }, counts) }
        let dims = vectors.dimensions
        let candidates = tokenized.map(\.0)
        // The raw vectors are dropped as soon as they are centred: inference holds every item's vectors at once.
        var itemVectors = tokenized.map(\.1)
        tokenized = []
        let centre = Vector.mean(profileVectors + contextVectors + itemVectors.filter(Vector.hasLength), dimensions: dims)
        let centred = { @Sendable (v: [Float]) -> [Float] in Vector.hasLength(v) ? Vector.normalized(Vector.subtract(v, centre)) : v }
        let base = profileVectors.map(centred)
        let items = Parallel.mapRuns(itemVectors) { run in run.map(centred) }
        itemVectors = []
        let teaching = items.indices.map { inputs[$0].teaches ? items[$0] : [] }
        let feedback = refine(base, items: teaching, declared: inputs.map(\.declared))
        let childCentred = childVectors.map { $0.map(centred) }
        let inferences = Parallel.mapRuns(Array(inputs.indices)) { run in
            run.map { index in
                let profiles = priorities.indices.map { feedback.profile($0, without: index, vector: teaching[index]) }
                return inference(item: items[index], candidates: candidates[index], base: base, profiles: profiles, children: childCentred, centre: centre)
            }
        }
        return (inferences, counts)
    }

    /// The outcome of feedback: the sums behind each profile, so each item can be scored without itself.
    struct Feedback {
        var base: [[Float]]
        var sums: [[Float]]
        var totals: [Float]
        /// Each item's pull on each priority in the last round.
        var assignments: [[Float]]

        /// Profile j as built from every item but `item` (leave-one-out), so no text votes for itself.
        func profile(_ j: Int, without item: Int, vector: [Float]) -> [Float] {
            let share = assignments[item][j]
            let total = totals[j] - share
            guard total > 1e-6 else { return base[j] }
            // normalized(add(base, add(sums, vector, times: -share) / total, times: weight)) in one pass and one array,
            // each element by the same expressions in the same order, so the bits are the same; it made up to four
            // arrays for each priority of each item.
            let (sum, base) = (sums[j], base[j])
            let count = min(base.count, sum.count, share > 0 ? vector.count : sum.count)
            let weight = PriorityInferrer.feedbackWeight
            var profile = [Float](repeating: 0, count: count)
            sum.withUnsafeBufferPointer { sum in
                base.withUnsafeBufferPointer { base in
                    vector.withUnsafeBufferPointer { vector in
                        profile.withUnsafeMutableBufferPointer { out in
                            for d in 0..<count {
                                let left = share > 0 ? sum[d] + -share * vector[d] : sum[d]
                                out[d] = base[d] + weight * (left / total)
                            }
                        }
                    }
                }
            }
            Vector.normalize(&profile)
            return profile
        }
    }

    /// Soft feedback: profile_j = base_j + w · (mean of items weighted by their share of j), repeated.
    func refine(_ base: [[Float]], items: [[Float]], declared: [[String]]) -> Feedback {
        var profiles = base
        let count = priorities.count
        var feedback = Feedback(base: base, sums: [], totals: [], assignments: [])
        let dimensions = vectors.dimensions
        for _ in 0..<Self.feedbackRounds {
            // Each item's pull depends only on the last round's profiles, so items are assigned on both cores;
            // each profile's sum is then added up on its own, in item order as before, so every bit is the same.
            let current = profiles
            let assignments = Parallel.mapRuns(Array(items.indices)) { run in
                run.map { index -> [Float] in
                    let item = items[index]
                    guard Vector.hasLength(item) else { return [Float](repeating: 0, count: count) }
                    var shares = assignment(item, declared: declared[index], profiles: current)
                    if declared[index].isEmpty {
                        // An undeclared item teaches a profile only as far as the strategy's own text already relates to it,
                        // so a cluster of off-strategy work cannot capture a priority.
                        let gates = Vector.dots(item, base)
                        for j in 0..<count { shares[j] *= min(1, max(0, gates[j] / Self.gateSimilarity)) }
                    }
                    return shares
                }
            }
            let accumulated = Parallel.map(Array(0..<count)) { j -> ([Float], Float) in
                var sum = [Float](repeating: 0, count: dimensions)
                var total: Float = 0
                for (index, item) in items.enumerated() where assignments[index][j] > 0 {
                    Vector.addInPlace(&sum, item, times: assignments[index][j])
                    total += assignments[index][j]
                }
                return (sum, total)
            }
            let sums = accumulated.map(\.0)
            let totals = accumulated.map(\.1)
            feedback = Feedback(base: base, sums: sums, totals: totals, assignments: assignments)
            profiles = (0..<count).map { j in
                guard totals[j] > 0 else { return base[j] }
                return Vector.normalized(Vector.add(base[j], sums[j].map { $0 / totals[j] }, times: Self.feedbackWeight))
            }
        }
        return feedback
    }

    /// How an item pulls on the profiles: fixed by its declared priorities, else a softmax of its cosines.
    private func assignment(_ item: [Float], declared: [String], profiles: [[Float]]) -> [Float] {
        let fixed = priorities.map { declared.contains($0.id) ? Float(1) : 0 }
        let total = fixed.reduce(0, +)
        if total > 0 { return fixed.map { $0 / total } }
        return Self.softmax(Vector.dots(item, profiles), temperature: Self.feedbackTemperature)
    }

    private func inference(item: [Float], candidates: [WordPiece.Word], base: [[Float]], profiles: [[Float]], children: [[[Float]]],
                           centre: [Float]) -> Inference {
        guard Vector.hasLength(item) else { return Inference(ranking: [], subPriority: nil, evidence: []) }
        let similarities = Vector.dots(item, profiles)
        let shares = Self.softmax(similarities, temperature: Self.shareTemperature)
        let strategySimilarities = Vector.dots(item, base)
        let strategyShares = Self.softmax(strategySimilarities, temperature: Self.shareTemperature)
        let ranking = priorities.indices.map {
            PriorityMatch(priority: priorities[$0].id, similarity: similarities[$0], share: shares[$0],
                          strategySimilarity: strategySimilarities[$0], strategyShare: strategyShares[$0])
        }
            .sorted { $0.similarity != $1.similarity ? $0.similarity > $1.similarity : $0.priority < $1.priority }
        guard let best = priorities.firstIndex(where: { $0.id == ranking[0].priority }) else {
            return Inference(ranking: ranking, subPriority: nil, evidence: [])
        }
        var sub: PriorityMatch?
        for (position, similarity) in Vector.dots(item, children[best]).enumerated() {
            if sub.map({ similarity > $0.similarity }) ?? true {
                sub = PriorityMatch(priority: self.children[best][position].id, similarity: similarity, share: 0,
                                    strategySimilarity: similarity, strategyShare: 0)
            }
        }
        return Inference(ranking: ranking, subPriority: sub, evidence: evidence(candidates, profile: profiles[best], centre: centre, stems: priorityStems[best]))
    }

    /// The distinct words of a text that can be evidence: three letters or more, and every piece rarer than the
    /// few hundred most frequent words ("per", "more", "our"), which explain nothing whatever their cosine.
    /// A word's pieces follow from its text, so a repeated word would score the same. Only these are kept
    /// while the whole plan is inferred, not every word of every item.
    func evidenceCandidates(_ words: [WordPiece.Word]) -> [WordPiece.Word] {
        var seen = Set<String>()
        return words.filter { word in
            !word.pieces.isEmpty && word.text.count >= 3
                && word.pieces.allSatisfy({ vectors.weights[Int($0)] >= Self.evidenceMinimumWeight }) && seen.insert(word.text).inserted
        }
    }

    /// The candidate words (see `evidenceCandidates`) that pull most towards `profile`: exact matches with the
    /// priority's own words first, then the strongest related words.
    func evidence(_ candidates: [WordPiece.Word], profile: [Float], centre: [Float], stems: Set<String>) -> [Evidence] {
        let centreScore = Vector.dot(centre, profile)
        // Candidates are distinct words (see `evidenceCandidates`), so each is scored once, without a dictionary.
        // The words' vectors go end to end into one buffer, so their cosines with the profile are summed four at a time.
        var kept: [(text: String, weight: Float)] = []
        kept.reserveCapacity(candidates.count)
        var rows: [Float] = []
        rows.reserveCapacity(candidates.count * vectors.dimensions)
        var vector = [Float](repeating: 0, count: vectors.dimensions)
        for word in candidates {
            for d in vector.indices { vector[d] = 0 }
            var weight: Float = 0
            for id in word.pieces { weight += vectors.add(Int(id), into: &vector) }
            guard weight > 0 else { continue }
            rows.append(contentsOf: vector)
            kept.append((word.text, weight))
        }
        let dots = Vector.dots(profile, rows: rows, width: vectors.dimensions)
        var scored: [(key: String, value: Float)] = []
        scored.reserveCapacity(kept.count)
        for (index, word) in kept.enumerated() {
            let score = dots[index] - word.weight * centreScore
            if score > 0 { scored.append((word.text, score)) }
        }
        let ranked = scored.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        // Up to three exact words, then related ones to make four; stemming stops once both are settled.
        var exact: [Evidence] = []
        var related: [Evidence] = []
        for (term, _) in ranked {
            if stems.contains(Stems.stem(term)) {
                if exact.count < 3 { exact.append(Evidence(term: term, kind: .exact)) }
            } else if related.count < 4 {
                related.append(Evidence(term: term, kind: .related))
            }
            if exact.count == 3 && !related.isEmpty { break }
        }
        return exact + related.prefix(4 - exact.count)
    }

    static func softmax(_ values: [Float], temperature: Float) -> [Float] {
        guard let top = values.max() else { return [] }
        let exps = values.map { ($0 - top) / temperature }.map { Float(exp(Double($0))) }
        let total = exps.reduce(0, +)
        return exps.map { $0 / total }
    }
}

/// Where one item lands: every top-level priority ranked, the best sub-priority of the first, and why.
public struct Inference: Sendable, Hashable {
    public var ranking: [PriorityMatch]
    public var subPriority: PriorityMatch?
    public var evidence: [Evidence]

    public var best: PriorityMatch? { ranking.first }

    public func score(of priority: String) -> PriorityMatch? { ranking.first { $0.priority == priority } }
}

/// A priority's cosine with an item (−1…1) and its share of the item (0…1, summing to 1 over priorities).
public struct PriorityMatch: Sendable, Hashable, Codable {
    public var priority: String
    /// Cosine with the refined profile (strategy text plus feedback from the plan).
    public var similarity: Float
    public var share: Float
    /// Cosine with the strategy's own text only: how related the item is before the plan had any say.
    public var strategySimilarity: Float
    /// The share from those cosines. Declared links are judged on it, so that no declaration anywhere in the
    /// plan (the item's own included) changes how well an item's text supports what it declares.
    public var strategyShare: Float
}

/// A word of the item that supports a link: `exact` when the priority's text uses it too.
public struct Evidence: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable { case exact, related }
    public var term: String
    public var kind: Kind
}

import Foundation
