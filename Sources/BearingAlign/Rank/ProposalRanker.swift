import BearingModel
import BearingParse

/// Scores candidate ideas against the strategy (`bearing rank`): how well each fits a priority, and
/// whether it would fill a gap or a priority that gets less effort than its target weight.
public struct ProposalRanker: Sendable {
    /// Added to the fit of a proposal whose best priority has no objective in the current quarter.
    public static let gapBonus = 0.2
    /// At most this much is added for serving a priority below its target weight, in proportion to the shortfall.
    public static let underweightBonus = 0.1
    /// Below this fit a proposal serves no priority: the orphan line of the calibrated scale.
    public static let minimumFit = Double(Calibration.orphanStrength)

    public struct Proposal: Sendable, Hashable {
        public var title: String
        public var text: String
        public var line: Int
    }

    public struct Ranked: Sendable, Hashable, Codable {
        public var title: String
        public var line: Int
        public var priority: String?
        public var fit: Double
        public var score: Double
        public var reasons: [String]
        /// What the strategy rules out that the proposal matches ("Replacing the social care case management system"):
        /// such a proposal is ranked after every other, with a score of 0.
        public var outOfScope: String?
    }

    let vectors: TokenVectors

    public init(vectors: TokenVectors) { self.vectors = vectors }

    /// Proposals are the H2 sections of `text`, or its paragraphs and list items when it has none.
    public static func proposals(in text: String) -> [Proposal] {
        let document = MarkdownReader().read(text, path: "-")
        var proposals: [Proposal] = []
        var current: Proposal?
        // An empty `## ` is no proposal: it is titled by its text when it has some, and left out when it has none.
        func close(_ open: Proposal?) {
            guard var open, !open.text.trimmingCharacters(in: .whitespaces).isEmpty else { return }
            if open.title.trimmingCharacters(in: .whitespaces).isEmpty { open.title = shortTitle(open.text) }
            proposals.append(open)
        }
        var headed = false
        for block in document.blocks {
            if case .heading(let level, let content, _) = block.kind, level <= 2 {
                close(current)
                headed = headed || level == 2
                current = level == 2 ? Proposal(title: content.plainText, text: content.plainText, line: block.line) : nil
            } else if var open = current {
                open.text = open.text.isEmpty ? block.plainText : open.text + ". " + block.plainText
                current = open
            }
        }
        close(current)
        if headed { return proposals }
        for block in document.blocks {
            switch block.kind {
            case .paragraph:
                proposals.append(Proposal(title: shortTitle(block.plainText), text: block.plainText, line: block.line))
            case .list(_, let items):
                for item in items {
                    let text = item.blocks.map(\.plainText).joined(separator: " ")
                    proposals.append(Proposal(title: shortTitle(text), text: text, line: item.line))
                }
            default: break
            }
        }
        return proposals.filter { !$0.text.trimmingCharacters(in: .whitespaces).isEmpty }
    }

    static func shortTitle(_ text: String) -> String {
        let words = text.split(separator: " ")
        return words.prefix(10).joined(separator: " ") + (words.count > 10 ? "…" : "")
    }

    public func rank(_ proposals: [Proposal], alignment: Alignment) -> [Ranked] {
        let strategy = alignment.strategy
        guard !strategy.topLevel.isEmpty else { return [] }
        // Scored exactly as the plan's items are: each proposal against the strategy alone, on the same calibrated scale.
        let results = PriorityInferrer(strategy: strategy, vectors: vectors).infer(proposals.map { PriorityInferrer.Input(text: $0.text) })
        let current = alignment.currentQuarter.flatMap { alignment.scope(.quarter, $0.description) } ?? alignment.workspace
        let excluded = outOfScope(proposals, strategy: strategy, results: results)
        return zip(proposals, results).enumerated().map { position, pair in
            var ranked = rank(pair.0, inference: pair.1, strategy: strategy, current: current)
            if let (nonGoal, strength) = excluded[position] {
                let place = "\(nonGoal.location.path):\(nonGoal.location.line)"
                ranked.reasons.insert("the strategy rules this out: “\(nonGoal.text)” (\(nonGoal.section), \(place); fit "
                                      + String(format: "%.2f", strength) + "); score lowered from " + String(format: "%.2f", ranked.score) + " to 0",
                                      at: 0)
                ranked.outOfScope = nonGoal.text
                ranked.score = 0
            }
            return ranked
        }.sorted { a, b in
            // Proposals the strategy rules out come last; then those that serve a priority, whatever the bonuses; unrelated
            // ones last among the rest, by fit.
            if (a.outOfScope == nil) != (b.outOfScope == nil) { return a.outOfScope == nil }
            let (relatedA, relatedB) = (a.priority != nil, b.priority != nil)
            if relatedA != relatedB { return relatedA }
            return a.score != b.score ? a.score > b.score : a.line < b.line
        }
    }

    /// Per proposal, the non-goal it matches and how strongly: placed against the strategy's non-goals as against its
    /// priorities (the same inference and calibrated scale), it must fit one at least as well as it fits its best
    /// priority, above the orphan line, and share at least two weighty words with it, so that one shared word ("council",
    /// "website") never rules a proposal out.
    private func outOfScope(_ proposals: [Proposal], strategy: Strategy, results: [Inference]) -> [Int: (NonGoals.Item, Double)] {
        let nonGoals = NonGoals.of(strategy)
        guard !nonGoals.isEmpty else { return [:] }
        let ruledOut = Strategy(path: strategy.path, title: "Not in scope", priorities: nonGoals.enumerated().map { index, item in
            Priority(id: "not-\(index + 1)", number: "\(index + 1)", title: Self.withoutRemarks(item.text), location: item.location)
        })
        let inferrer = PriorityInferrer(strategy: ruledOut, vectors: vectors)
        let matches = inferrer.infer(proposals.map { PriorityInferrer.Input(text: $0.text) })
        var found: [Int: (NonGoals.Item, Double)] = [:]
        for (position, match) in matches.enumerated() {
            guard let best = match.best, let index = Int(best.priority.dropFirst(4)), index >= 1, index <= nonGoals.count else { continue }
            let strength = Double(best.strength)
            let fit = results[position].best.map { Double($0.strength) } ?? 0
            guard strength >= Self.minimumFit, strength >= fit, match.evidence.count >= 2 else { continue }
            found[position] = (nonGoals[index - 1], strength)
        }
        return found
    }

    /// "Replacing the case management system (covered by the Transformation Programme)" → the words before the remark,
    /// which say what is ruled out; the remark says who does it instead.
    static func withoutRemarks(_ text: String) -> String {
        guard let open = text.firstIndex(of: "("), open > text.startIndex else { return text }
        return String(text[..<open]).trimmingCharacters(in: .whitespaces)
    }

    private func rank(_ proposal: Proposal, inference: Inference, strategy: Strategy, current: ScopeScore?) -> Ranked {
        guard let best = inference.best else {
            return Ranked(title: proposal.title, line: proposal.line, priority: nil, fit: 0, score: 0, reasons: ["no words Bearing knows"])
        }
        let fit = Double(best.strength)
        var score = fit
        let title = strategy.priority(best.priority)?.title ?? best.priority
        let words = inference.evidence.map(\.term).prefix(4).joined(separator: ", ")
        guard fit >= Self.minimumFit else {
            return Ranked(title: proposal.title, line: proposal.line, priority: nil, fit: fit, score: fit,
                          reasons: ["fits no priority clearly (closest: \(best.priority), fit \(String(format: "%.2f", fit)))"])
        }
        var reasons = ["serves \(best.priority) — \(title) (fit \(String(format: "%.2f", fit))" + (words.isEmpty ? ")" : "; \(words))")]
        if let scope = current, scope.gaps.contains(best.priority) {
            score += Self.gapBonus
            reasons.append("fills a gap: nothing serves \(best.priority) in \(scope.key)")
        }
        if let target = strategy.weights[best.priority], let actual = current?.shares[best.priority] ?? Optional(0), actual < target {
            let bonus = Self.underweightBonus * min(1, (target - actual) / target)
            score += bonus
            reasons.append("\(best.priority) gets \(Int((actual * 100).rounded()))% of effort against a target of \(Int((target * 100).rounded()))%")
        } else if let target = strategy.weights[best.priority], let actual = current?.shares[best.priority], actual > target + 0.1 {
            reasons.append("\(best.priority) already gets \(Int((actual * 100).rounded()))% of effort, above its \(Int((target * 100).rounded()))% target")
        }
        return Ranked(title: proposal.title, line: proposal.line, priority: best.priority, fit: fit, score: score, reasons: reasons)
    }
}
