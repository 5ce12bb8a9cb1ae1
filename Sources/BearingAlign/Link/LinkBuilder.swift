import BearingCore
import Foundation

/// Turns declarations, inheritance and inference into links, in that order of precedence:
/// an item that declares priorities gets declared links; else one that belongs to or serves an
/// objective inherits that objective's links; else its links are inferred from its text.
struct LinkBuilder {
    /// Declared links start here and gain the rest as the text supports them (see docs/scoring.md).
    static let declaredBase = 0.7
    /// Inherited links stay at or below the weakest declared link (0.7), so declaring never lowers an item.
    static let inheritedFactor = 0.7
    /// Inferred links never outrank a declared one.
    static let inferredMax = 0.6
    /// A cosine with the refined profile at which inference is fully confident in absolute terms; measured on the
    /// example workspace and evaluation set, where clearly related items sit at 0.2–0.5 and unrelated ones near 0.
    static let confidentSimilarity: Float = 0.2
    /// Texts shorter than this (in weighted words) are too thin to argue with a declaration.
    static let minimumWordsToJudge = 6

    let strategy: Strategy
    let items: [AlignedItem]
    let inferences: [String: Inference]
    let wordCounts: [String: Int]

    func build() -> (links: [Link], diagnostics: [Diagnostic]) {
        var effective: [String: [Link]] = [:]
        effective.reserveCapacity(items.count)
        var diagnostics: [Diagnostic] = []
        let order: [AlignedItem.Kind] = [.objective, .initiative, .roadmapItem]
        for kind in order {
            // Items of one kind inherit only from earlier kinds, so each kind is built on both cores at once.
            let ofKind = items.filter { $0.kind == kind }
            let built: [([Link], [Diagnostic])]
            do {
                // A snapshot, released before `effective` grows again so that growing it copies nothing.
                let earlier = effective
                built = Parallel.map(ofKind) { item -> ([Link], [Diagnostic]) in
                    var found: [Diagnostic] = []
                    var links = declared(item, diagnostics: &found)
                    if links.isEmpty {
                        let sources = kind == .initiative ? [item.parent].compactMap { $0 } : item.serves
                        links = sources.flatMap { source in (earlier[source] ?? []).map { inherit($0, into: item) } }
                        links = Self.strongestPerPriority(links)
                    }
                    if links.isEmpty { links = inferred(item) }
                    return (links, found)
                }
            }
            for (item, (links, found)) in zip(ofKind, built) {
                effective[item.id] = links
                diagnostics += found
            }
        }
        return (items.flatMap { effective[$0.id] ?? [] }, diagnostics)
    }

    /// How much of the best share a priority gets from the item's text, judged against the strategy's own words:
    /// 1 when it is the best fit.
    func support(_ topLevel: String, of item: AlignedItem) -> Double? {
        guard (wordCounts[item.id] ?? 0) >= Self.minimumWordsToJudge, let inference = inferences[item.id],
              let best = inference.ranking.map(\.strategyShare).max(), best > 0,
              let score = inference.score(of: topLevel) else { return nil }
        return Double(score.strategyShare / best)
    }

    private func declared(_ item: AlignedItem, diagnostics: inout [Diagnostic]) -> [Link] {
        var links: [Link] = []
        for id in item.declaredIDs {
            let top = topLevel(of: id)
            let support = support(top, of: item)
            let strength = Self.declaredBase + (1 - Self.declaredBase) * (support ?? 1)
            let explanation = support.map {
                "declared; against the strategy's words the text gives \(top) \(Self.percent($0)) of the best fit's share, so \(Self.constant(Self.declaredBase)) + \(Self.constant(1 - Self.declaredBase)) × \(Self.decimal($0)) = \(Self.decimal(strength))"
            } ?? "declared; the text is too short to judge, so it counts as supported (1.00)"
            links.append(Link(item: item.id, priority: id, kind: .declared, strength: strength,
                              evidence: inferences[item.id]?.evidence ?? [], via: nil, explanation: explanation))
        }
        if let warning = unsupportedWarning(item) { diagnostics.append(warning) }
        return links
    }

    /// "declared platform, text reads like revenue": another priority fits the text with confidence ≥ 0.5 (a clear
    /// fit, not the least bad of poor ones), while none of the declared priorities has even a 10% share of it.
    private func unsupportedWarning(_ item: AlignedItem) -> Diagnostic? {
        guard !item.declaredIDs.isEmpty, (wordCounts[item.id] ?? 0) >= Self.minimumWordsToJudge,
              let inference = inferences[item.id], let best = inference.best, confidence(best) >= 0.5 else { return nil }
        // Judged with the plan-refined profiles, the more accurate reading; strength uses strategy-only shares instead.
        let declaredTops = Set(item.declaredIDs.map(topLevel(of:)))
        guard !declaredTops.contains(best.priority),
              declaredTops.allSatisfy({ (inference.score(of: $0)?.share ?? 0) < 0.1 }) else { return nil }
        let words = inference.evidence.prefix(3).map(\.term).joined(separator: ", ")
        let location = item.declared.first?.location ?? item.location
        return Diagnostic(.warning, .declaredUnsupported,
                          "declared \(declaredTops.sorted().joined(separator: ", ")), but the text reads like \(best.priority) (\(words))",
                          at: location, fix: "check the `Priorities:` line, or say in the text how the work serves it")
    }

    private func inherit(_ link: Link, into item: AlignedItem) -> Link {
        let strength = link.strength * Self.inheritedFactor
        return Link(item: item.id, priority: link.priority, kind: .inherited, strength: strength, evidence: [], via: link.item,
                    explanation: "inherited from \(link.item) (\(link.kind.rawValue), \(Self.decimal(link.strength))) × \(Self.constant(Self.inheritedFactor)) = \(Self.decimal(strength))")
    }

    /// Relative share times absolute fit: a softmax alone would call the least bad of poor fits a good one.
    func confidence(_ match: PriorityMatch) -> Double {
        Double(match.share) * min(1, max(0, Double(match.similarity / Self.confidentSimilarity)))
    }

    private func inferred(_ item: AlignedItem) -> [Link] {
        guard let inference = inferences[item.id], let best = inference.best else { return [] }
        let confidence = confidence(best)
        let strength = Self.inferredMax * confidence
        let explanation = "inferred; share \(Self.decimal(Double(best.share))) × min(1, similarity \(Self.decimal(Double(best.similarity))) / \(Self.constant(Double(Self.confidentSimilarity)))) "
            + "= confidence \(Self.decimal(confidence)); × \(Self.constant(Self.inferredMax)) = \(Self.decimal(strength))"
        var links = [Link(item: item.id, priority: best.priority, kind: .inferred, strength: strength, evidence: inference.evidence, via: nil,
                          explanation: explanation)]
        if let sub = inference.subPriority, sub.similarity >= 0.1 {
            links.append(Link(item: item.id, priority: sub.priority, kind: .inferred, strength: strength, evidence: inference.evidence, via: nil,
                              explanation: "inferred sub-priority of \(best.priority) (similarity \(Self.decimal(Double(sub.similarity)))); same strength"))
        }
        return links
    }

    func topLevel(of id: String) -> String { strategy.priority(id)?.parent ?? id }

    /// One inherited link per priority: the strongest.
    static func strongestPerPriority(_ links: [Link]) -> [Link] {
        var best: [String: Link] = [:]
        var order: [String] = []
        for link in links {
            if best[link.priority] == nil { order.append(link.priority) }
            if link.strength > best[link.priority]?.strength ?? -1 { best[link.priority] = link }
        }
        return order.compactMap { best[$0] }
    }

    static func decimal(_ value: Double) -> String { NumberFormat.fixed(value, digits: 2) }
    /// A rule's constant as docs/scoring.md writes it ("0.7", not "0.70").
    static func constant(_ value: Double) -> String { NumberFormat.general(value) }
    static func percent(_ value: Double) -> String { NumberFormat.fixed(value * 100, digits: 0) + "%" }
}
