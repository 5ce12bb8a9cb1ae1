import BearingAlign
import BearingModel

/// `bearing report --explain PRIORITY`: what a leader asks of one priority — where it sits in the strategy, which
/// objectives and roadmap items serve it and how each is tied to it, how its work is going, and, when nothing serves
/// it, why it is a gap and which work came nearest. The rows are the priority page's (`Alignment.workByPriority`),
/// the figures the scorer's (`PriorityMetrics`, each scope's gaps).
public enum PriorityExplainReport {
    public static func render(_ priority: Priority, alignment: Alignment) -> String {
        let strategy = alignment.strategy
        var out = ["\(priority.number) \(priority.title) — \(priority.parent == nil ? "priority" : "sub-priority") `\(priority.id)` (\(priority.location.description))"]
        if let parent = priority.parent.flatMap(strategy.priority) { out.append("Part of \(parent.number) \(parent.title)") }
        if let summary = priority.summary, !summary.isEmpty { out.append(cut(summary, 160)) }
        let metrics = Dictionary(alignment.priorities.map { ($0.priority, $0) }, uniquingKeysWith: { first, _ in first })
        let children = strategy.children(of: priority.id)
        if !children.isEmpty {
            out.append("")
            out.append("Sub-priorities")
            for child in children {
                let items = metrics[child.id]?.items ?? 0
                out.append("  \(Format.pad(child.number, 6)) \(Format.pad(cut(child.title, 40), 40)) " + (items == 0 ? "no work (a gap)" : Format.count(items, "item")))
            }
        }
        let rows = alignment.workByPriority()[priority.id] ?? []
        out.append("")
        out.append("Work serving it: " + (rows.isEmpty ? "none" : Format.count(rows.count, "item") + " linked at or above \(Format.decimal(Alignment.threshold))"))
        for (item, link) in rows { out += row(item, link, strategy: strategy) }
        let ids = Set([priority.id] + children.map(\.id))
        let listed = Set(rows.map(\.item.id))
        let weak = alignment.links.filter { ids.contains($0.priority) && $0.strength < Alignment.threshold && !listed.contains($0.item) }
        if !weak.isEmpty {
            out.append("")
            out.append("Too weak to count (below \(Format.decimal(Alignment.threshold)))")
            for link in weak.prefix(10) { if let item = alignment.item(link.item) { out += row(item, link, strategy: strategy) } }
        }
        out.append("")
        out += progress(metrics[priority.id], isTop: priority.parent == nil, alignment: alignment)
        let gapScopes = alignment.scopes.filter { $0.gaps.contains(priority.id) || $0.subGaps.contains(priority.id) }
        if !gapScopes.isEmpty {
            out.append("")
            out.append("Why it is a gap")
            for scope in gapScopes { out.append("  " + gapReason(scope)) }
            let near = nearest(ids, alignment: alignment, excluding: listed)
            if !near.isEmpty {
                out.append("Nearest work by its text (its strength for this priority; it is linked where it fits better):")
                for (item, strength) in near {
                    let elsewhere = alignment.score(of: item.id).flatMap { score in
                        score.priority.flatMap(strategy.priority).map { "\($0.number) \(cut($0.title, 40)) \(Format.decimal(score.strength))" }
                    } ?? "no priority"
                    out.append("  \(Format.pad(Format.decimal(strength), 5)) \(item.id) — \"\(cut(item.title, 60))\" → \(elsewhere)")
                }
            }
            out.append("To close it: plan work for it, or name it on the work that serves it (`Priorities: \(priority.number)`)")
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// One item serving the priority: where it is, how it is tied (and to which part, for a parent), and why.
    private static func row(_ item: AlignedItem, _ link: Link, strategy: Strategy) -> [String] {
        let place = item.quarter?.description ?? item.roadmap.map { "roadmap \($0)" } ?? ""
        let part = strategy.priority(link.priority).flatMap { $0.parent == nil ? nil : " → \($0.number)" } ?? ""
        var how = "\(link.kind.rawValue) \(Format.decimal(link.strength))\(part)"
        switch link.kind {
        case .declared:
            // The reference that names this priority, when each written one resolved to one id in order.
            let own = item.declared.count == item.declaredIDs.count
                ? zip(item.declared, item.declaredIDs).filter { $0.1 == link.priority }.map(\.0) : []
            let written = (own.isEmpty ? item.declared : own).map { "`\($0.text)` at \($0.location.description)" }
            if !written.isEmpty { how += ", written " + written.joined(separator: ", ") }
        case .inherited:
            if let via = link.via { how += " from \(via)" }
        case .inferred:
            let terms = link.evidence.prefix(5).map(\.term)
            if !terms.isEmpty { how += ", from its words: " + terms.joined(separator: ", ") }
        }
        let kind = item.kind == .roadmapItem ? "roadmap item" : item.kind.rawValue
        return ["  \(item.id) — \"\(cut(item.title, 60))\" (\(kind)\(place.isEmpty ? "" : ", " + place))", "      \(how)"]
    }

    private static func progress(_ metrics: PriorityMetrics?, isTop: Bool, alignment: Alignment) -> [String] {
        guard let metrics else { return ["Progress: –"] }
        var parts = [Format.count(metrics.items, "item")]
        if isTop {
            parts.append("\(Format.percent(metrics.effortShare)) of linked effort" + (metrics.target.map { " (target \(Format.percent($0)))" } ?? ""))
        }
        if let grade = metrics.finishedGrade {
            parts.append("ended quarters' grade \(Format.grade(grade))" + (metrics.finishedCoverage.map { " (\($0))" } ?? ""))
        }
        if let quarter = alignment.currentQuarter {
            var now = "\(quarter): \(Format.count(metrics.currentObjectives, "objective"))"
            if let grade = metrics.currentGrade { now += ", progress \(Format.grade(grade))" }
            if metrics.currentAtRisk > 0 { now += ", \(metrics.currentAtRisk) at risk or off track" }
            parts.append(now)
        }
        if isTop, !metrics.direction.isEmpty { parts.append("effort \(metrics.direction)") }
        return ["Progress: " + parts.joined(separator: " · ")]
    }

    /// Where it is a gap and what that scope holds: a quarter's objectives, a roadmap's items, or the whole plan.
    private static func gapReason(_ scope: ScopeScore) -> String {
        let threshold = Format.decimal(Alignment.threshold)
        switch scope.kind {
        case .workspace:
            return "in the whole plan: no objective or roadmap item declares it, inherits it from an objective, or has text that fits it at \(threshold) or more"
        case .quarter: return "in \(scope.key): none of the quarter's \(Format.count(scope.items, "objective")) serves it at \(threshold) or more"
        case .roadmap: return "on roadmap \(scope.key): none of its \(Format.count(scope.items, "item")) serves it at \(threshold) or more"
        }
    }

    /// The text in at most `width` characters, cut with "…".
    private static func cut(_ text: String, _ width: Int) -> String {
        text.count > width ? String(text.prefix(width - 1)) + "…" : text
    }

    /// The counted items whose text fits the priority (or one of its parts) best, strongest first, at most three.
    private static func nearest(_ ids: Set<String>, alignment: Alignment, excluding listed: Set<String>) -> [(AlignedItem, Double)] {
        var found: [(AlignedItem, Double)] = []
        for item in alignment.items where item.isScored && !listed.contains(item.id) {
            guard let inference = alignment.inferences[item.id] else { continue }
            let matches = inference.ranking.filter { ids.contains($0.priority) } + [inference.subPriority].compactMap { $0 }.filter { ids.contains($0.priority) }
            guard let best = matches.map({ Double($0.strength) }).max(), best > 0 else { continue }
            found.append((item, best))
        }
        return Array(found.sorted { $0.1 > $1.1 || ($0.1 == $1.1 && $0.0.id < $1.0.id) }.prefix(3))
    }
}
