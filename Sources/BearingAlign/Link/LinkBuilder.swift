import BearingModel
import Foundation

/// Turns declarations, inheritance and inference into links, in that order of precedence:
/// an item that declares priorities gets declared links; else one that belongs to or serves an
/// objective inherits that objective's links; else its links are inferred from its text.
struct LinkBuilder {
    /// A declared link the text supports starts here and gains the rest as the text relates to it (docs/scoring.md).
    static let declaredBase = 0.7
    /// Inherited links stay below the declared link they come from.
    static let inheritedFactor = 0.7
    /// Texts shorter than this (in weighted words) are too thin to argue with a declaration.
    static let minimumWordsToJudge = 6
    /// The orphan line on the calibrated scale.
    static let orphanLine = Double(Calibration.orphanStrength)
    /// The most an inferred link is worth when no word of the item can be named as its evidence: related, but not
    /// "clearly" (0.5 on the calibrated scale), since a reader has nothing to check it by.
    static let unevidencedCeiling = 0.4

    let strategy: Strategy
    let items: [AlignedItem]
    let inferences: [String: Inference]
    let wordCounts: [String: Int]
    /// The items whose text is too thin to infer from (`ContentWords.isTooThin`), worked out with their inference.
    let thinTexts: Set<String>

    /// What an item's declarations and text give it, made once per item and kept between builds (`InferenceCache`):
    /// its declared links with the warning about them, and its inferred links once asked for. They answer for an equal
    /// item (every field) whose text is as thin or not; its inference and word count follow from its text and the
    /// cache's context. Neither reads another item, so an unchanged item's are reused as they are; what it inherits
    /// is worked out on every build. The item is kept and compared rather than hashed: hashing every item whole, body
    /// included, on every build was 12.6 M instructions of a one-file rebuild at 200 files, while an unchanged item's
    /// texts are the same storage as the last build's, which `==` sees at once.
    struct OwnLinks: Sendable {
        var item: AlignedItem
        var thin: Bool
        var declared: [Link]
        var diagnostics: [Diagnostic]
        var inferred: [Link]?
    }

    /// The links, the alignment diagnostics, and the items left unlinked because their text is too thin to infer from
    /// (`ContentWords`): they declare and inherit nothing, and their text says too little to judge.
    func build() -> (links: [Link], diagnostics: [Diagnostic], tooThin: Set<String>) { build(known: [:]).0 }

    /// `build`, taking each unchanged item's own links from `known` (see `OwnLinks`), and giving this build's.
    func build(known: [String: OwnLinks]) -> ((links: [Link], diagnostics: [Diagnostic], tooThin: Set<String>), [String: OwnLinks]) {
        var effective: [String: [Link]] = [:]
        effective.reserveCapacity(items.count)
        var own: [String: OwnLinks] = [:]
        own.reserveCapacity(items.count)
        var diagnostics: [Diagnostic] = []
        var tooThin = Set<String>()
        let order: [AlignedItem.Kind] = [.objective, .initiative, .roadmapItem]
        for kind in order {
            // Items of one kind inherit only from earlier kinds, so each kind is built on both cores at once.
            let ofKind = items.filter { $0.kind == kind }
            let built: [([Link], Bool, OwnLinks)]
            do {
                // A snapshot, released before `effective` grows again so that growing it copies nothing.
                let earlier = effective
                built = Parallel.map(ofKind) { item -> ([Link], Bool, OwnLinks) in
                    let thinText = thinTexts.contains(item.id)
                    var mine: OwnLinks
                    if let hit = known[item.id], hit.thin == thinText, hit.item == item {
                        mine = hit
                        // This build's item: the last build's is let go.
                        mine.item = item
                    } else {
                        var found: [Diagnostic] = []
                        let links = declared(item, diagnostics: &found)
                        mine = OwnLinks(item: item, thin: thinText, declared: links, diagnostics: found, inferred: nil)
                    }
                    var links = mine.declared
                    if links.isEmpty {
                        let sources = kind == .initiative ? [item.parent].compactMap { $0 } : item.serves
                        links = sources.flatMap { source in (earlier[source] ?? []).map { inherit($0, into: item) } }
                        links = Self.strongestPerPriority(links)
                    }
                    // Inference always finds a closest priority; on a text like "CEO" that would be a guess shown as a link.
                    let thin = links.isEmpty && thinText
                    if links.isEmpty && !thin {
                        if mine.inferred == nil { mine.inferred = inferred(item) }
                        links = mine.inferred ?? []
                    }
                    return (links, thin, mine)
                }
            }
            for (item, (links, thin, mine)) in zip(ofKind, built) {
                effective[item.id] = links
                diagnostics += mine.diagnostics
                if thin { tooThin.insert(item.id) }
                own[item.id] = mine
            }
        }
        return ((items.flatMap { effective[$0.id] ?? [] }, diagnostics, tooThin), own)
    }

    /// The calibrated strength of the text's relation to a priority (its sub-priorities included), or nil when the text is
    /// too short to judge. Judged against the strategy and the fixed background only, so nothing else in the plan moves it.
    func support(_ topLevel: String, of item: AlignedItem) -> Double? {
        guard (wordCounts[item.id] ?? 0) >= Self.minimumWordsToJudge, let inference = inferences[item.id],
              let score = inference.score(of: topLevel) else { return nil }
        return Double(score.strength)
    }

    /// Where a support strength comes from, in the words of the explain table: " (relatedness 0.50 − everyday work 0.25
    /// = margin 0.25, calibrated)". The support is the calibrated strength, not the relatedness the table lists first.
    private func strengthSource(_ topLevel: String, of item: AlignedItem) -> String {
        guard let inference = inferences[item.id], let score = inference.score(of: topLevel) else { return "" }
        return " (relatedness \(Self.decimal(Double(score.similarity))) − everyday work \(Self.decimal(Double(inference.background)))"
            + " = margin \(Self.decimal(Double(score.margin))))"
    }

    /// What a support above the orphan line means, in words that match its margin: "supports it" only when the text
    /// is more related to the priority than to everyday work; between the orphan line and 0 it is less related, only
    /// not by as much as unrelated work is (docs/scoring.md, section 2, step 4).
    private func supportWords(_ topLevel: String, of item: AlignedItem) -> String {
        guard let score = inferences[item.id]?.score(of: topLevel), score.margin < 0 else { return "the text supports it" }
        if score.namedByTitle == true { return "the title names it" }
        return "weak support: the text is less related to \(topLevel) than to everyday work (margin \(Self.decimal(Double(score.margin)))),"
            + " but not below the orphan line (\(Self.decimal(Double(Calibration.orphanMargin))))"
    }

    private func declared(_ item: AlignedItem, diagnostics: inout [Diagnostic]) -> [Link] {
        var links: [Link] = []
        var unsupported: [String] = []
        // With no `Priorities:` line to look for, the reader is told what declared it: "filed under the lane “Fast
        // Builds”", "declared by its title's tag".
        let source = item.declaredBy.map { (item.filedUnderHeading ? "filed under " : "declared by ") + $0 + "; " } ?? ""
        for id in item.declaredIDs {
            let top = topLevel(of: id)
            let support = support(top, of: item)
            let strength: Double
            let explanation: String
            switch support {
            case nil:
                strength = 1
                explanation = source + "the text is too short to judge, so it counts as supported (1.00)"
            case let value? where value >= Self.orphanLine:
                strength = Self.declaredBase + (1 - Self.declaredBase) * value
                explanation = source + supportWords(top, of: item) + ": strength \(Self.decimal(value))\(strengthSource(top, of: item)), so \(Self.constant(Self.declaredBase)) + \(Self.constant(1 - Self.declaredBase)) × \(Self.decimal(value)) = \(Self.decimal(strength))"
            case let value? where item.filedUnderHeading:
                // The plan's own structure files it there ("### 🚀 Platform Modernization" over "API Gateway Migration"):
                // a heading is not a line a team adds item by item, so it counts as written, at the least a declaration gets.
                strength = Self.declaredBase
                explanation = "filed under \(item.declaredBy ?? "a heading naming it"); the text is no more related to \(top) than everyday work is"
                    + " (strength \(Self.decimal(value))), so it counts at \(Self.constant(Self.declaredBase)), as the plan files it"
            case let value?:
                // Declaring cannot lift an item the text does not support: the link keeps the text's own strength.
                strength = value
                unsupported.append(top)
                explanation = source + "the text is no more related to \(top) than everyday work is: it counts with the text's strength, \(Self.decimal(value))"
            }
            links.append(Link(item: item.id, priority: id, kind: .declared, strength: strength,
                              evidence: inferences[item.id]?.evidence ?? [], via: nil, explanation: explanation))
        }
        if let warning = unsupportedWarning(item, unsupported: Set(unsupported)) { diagnostics.append(warning) }
        return links + declaredSubPriorities(item, declared: links)
    }

    /// `Priorities: platform` says which priority, not which of its sub-priorities: the text's closest one under it is
    /// inferred, when the text relates to it more than everyday work does and the item names none of them itself.
    /// The text needs only what any inferred link needs (not too thin to infer from, `ContentWords`), not the six words
    /// that judging a declaration takes: the added link can only add coverage, never lower the item, so a short title
    /// such as "Publish career ladders" under "A team that lasts" still counts for "Clear career ladders".
    private func declaredSubPriorities(_ item: AlignedItem, declared: [Link]) -> [Link] {
        guard !thinTexts.contains(item.id), let inference = inferences[item.id] else { return [] }
        let named = Set(item.declaredIDs)
        return declared.compactMap { link -> Link? in
            guard strategy.parent(of: link.priority) == nil, link.strength >= Self.orphanLine,
                  let sub = inference.subPriorities[link.priority], sub.strength >= Calibration.orphanStrength,
                  !named.contains(where: { strategy.parent(of: $0) == link.priority }) else { return nil }
            // The everyday-work level is the item's own, shown on its parent's line: not repeated here.
            return Link(item: item.id, priority: sub.priority, kind: .inferred, strength: Double(sub.strength), evidence: inference.evidence,
                        via: nil, explanation: "sub-priority of declared \(link.priority); relatedness \(Self.decimal(Double(sub.similarity))), margin \(Self.decimal(Double(sub.margin)))")
        }
    }

    /// "declared platform, but the text reads like revenue": every declared priority is below the orphan line for the text.
    private func unsupportedWarning(_ item: AlignedItem, unsupported: Set<String>) -> Diagnostic? {
        let declaredTops = Set(item.declaredIDs.map(topLevel(of:)))
        guard !declaredTops.isEmpty, declaredTops.isSubset(of: unsupported), let inference = inferences[item.id] else { return nil }
        let location = item.declared.first?.location ?? item.location
        let declared = declaredTops.sorted().joined(separator: ", ")
        let message: String
        if let best = inference.best, best.strength >= Calibration.orphanStrength, !declaredTops.contains(best.priority) {
            let words = inference.evidence.prefix(3).map(\.term).joined(separator: ", ")
            message = "declared \(declared), but the text reads like \(best.priority)" + (words.isEmpty ? "" : " (\(words))")
        } else {
            message = "declared \(declared), but the text is no more related to it than everyday work is"
        }
        // "its title's tag", "its Roadmap field": the declaration the writer made, named as they wrote it.
        let written = item.declaredBy.map { "check \($0)" } ?? "check the `Priorities:` line"
        return Diagnostic(.warning, .declaredUnsupported, message, at: location,
                          fix: "\(written), or say in the text how the work serves it")
    }

    private func inherit(_ link: Link, into item: AlignedItem) -> Link {
        let strength = link.strength * Self.inheritedFactor
        return Link(item: item.id, priority: link.priority, kind: .inherited, strength: strength, evidence: [], via: link.item,
                    explanation: "inherited from \(link.item) (\(link.kind.rawValue), \(Self.decimal(link.strength))) × \(Self.constant(Self.inheritedFactor)) = \(Self.decimal(strength))")
    }

    private func inferred(_ item: AlignedItem) -> [Link] {
        guard let inference = inferences[item.id], let best = inference.best else { return [] }
        let unevidenced = inference.evidence.isEmpty
        let strength = Self.ceiling(Double(best.strength), unevidenced: unevidenced)
        // The kind and the strength stand beside the explanation wherever it is shown: it says only where they come from.
        let explanation = "relatedness \(Self.decimal(Double(best.similarity))) − everyday work \(Self.decimal(Double(inference.background))) "
            + "= margin \(Self.decimal(Double(best.margin)))" + Self.titleNote(best) + Self.ceilingNote(Double(best.strength), unevidenced: unevidenced)
        var links = [Link(item: item.id, priority: best.priority, kind: .inferred, strength: strength, evidence: inference.evidence, via: nil,
                          explanation: explanation)]
        if let sub = inference.subPriority, sub.strength >= Calibration.orphanStrength {
            links.append(Link(item: item.id, priority: sub.priority, kind: .inferred, strength: Self.ceiling(Double(sub.strength), unevidenced: unevidenced),
                              evidence: inference.evidence, via: nil,
                              explanation: "sub-priority of \(best.priority); relatedness \(Self.decimal(Double(sub.similarity))), margin \(Self.decimal(Double(sub.margin)))"
                                + Self.titleNote(sub) + Self.ceilingNote(Double(sub.strength), unevidenced: unevidenced)))
        }
        return links
    }

    /// "; the title names it, so at least 0.75": why a link is stronger than its margin calibrates to.
    static func titleNote(_ match: PriorityMatch) -> String {
        match.namedByTitle == true ? "; the title names it, so at least \(constant(Double(PriorityInferrer.titleNameStrength)))" : ""
    }

    static func ceiling(_ strength: Double, unevidenced: Bool) -> Double {
        unevidenced ? min(strength, unevidencedCeiling) : strength
    }

    static func ceilingNote(_ strength: Double, unevidenced: Bool) -> String {
        unevidenced && strength > unevidencedCeiling
            ? "; no word of the text can be named as evidence, so at most \(constant(unevidencedCeiling)) (calibrated \(decimal(strength)))" : ""
    }

    func topLevel(of id: String) -> String { strategy.parent(of: id) ?? id }

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
