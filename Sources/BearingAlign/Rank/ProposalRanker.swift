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
    }

    let vectors: TokenVectors

    public init(vectors: TokenVectors) { self.vectors = vectors }

    /// Proposals are the H2 sections of `text`, or its paragraphs and list items when it has none.
    public static func proposals(in text: String) -> [Proposal] {
        let document = MarkdownReader().read(text, path: "-")
        var proposals: [Proposal] = []
        var current: Proposal?
        for block in document.blocks {
            if case .heading(let level, let content, _) = block.kind, level <= 2 {
                if let open = current { proposals.append(open) }
                current = level == 2 ? Proposal(title: content.plainText, text: content.plainText, line: block.line) : nil
            } else if var open = current {
                open.text += ". " + block.plainText
                current = open
            }
        }
        if let open = current { proposals.append(open) }
        if !proposals.isEmpty { return proposals }
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
        return zip(proposals, results).map { proposal, inference in
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
        }.sorted { a, b in
            // Proposals that serve a priority come first whatever the bonuses; unrelated ones last, by fit.
            let (relatedA, relatedB) = (a.priority != nil, b.priority != nil)
            if relatedA != relatedB { return relatedA }
            return a.score != b.score ? a.score > b.score : a.line < b.line
        }
    }
}
