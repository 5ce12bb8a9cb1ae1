import BearingAlign
import BearingCore
import Foundation

/// Builds every page's context from the plan and its alignment. Values only; no I/O.
struct SiteContent: Sendable {
    let plan: Plan
    let alignment: Alignment
    let renderer: HTMLRenderer

    var strategy: Strategy { alignment.strategy }
    var title: String { plan.config.title ?? strategy.title }
    var current: ScopeScore? { alignment.currentQuarter.flatMap { alignment.scope(.quarter, $0.description) } }

    func item(_ id: String) -> AlignedItem? { alignment.item(id) }

    func priorityTitle(_ id: String) -> String {
        strategy.priority(id).map { "\($0.number) \($0.title)" } ?? id
    }

    /// Where an item sits: its quarter, or its roadmap and lane.
    func whereText(_ item: AlignedItem) -> String {
        if item.kind == .roadmapItem { return "roadmap " + (plan.roadmaps.first { $0.id == item.roadmap }?.title ?? item.roadmap ?? "") }
        return item.quarter?.description ?? ""
    }

    func chips(_ itemID: String) -> [[String: Any]] {
        alignment.links(of: itemID).filter { $0.strength >= Alignment.threshold }.map { link in
            let priority = strategy.priority(link.priority)
            return ["label": priority.map { "\($0.number) \(short($0.title))" } ?? link.priority, "kind": link.kind.rawValue,
                    "href": SitePaths.priority(link.priority), "strength": format(link.strength)]
        }
    }

    func short(_ title: String) -> String {
        let words = title.split(separator: " ")
        return words.count > 5 ? words.prefix(5).joined(separator: " ") + "…" : title
    }

    func format(_ value: Double) -> String { String(format: "%.2f", value) }
    func percent(_ value: Double) -> String { "\(Int((value * 100).rounded()))%" }
    func band(_ grade: Double?) -> String { grade.map { $0 >= 0.7 ? "green" : $0 >= 0.4 ? "yellow" : "red" } ?? "" }

    func keyResults(_ results: [KeyResult]) -> [[String: Any]] {
        results.map { ["text": $0.text, "done": $0.done, "percent": Int(($0.progress * 100).rounded())] }
    }

    /// The figures shown on the dashboard and each quarter page.
    func kpis(_ scope: ScopeScore) -> [[String: Any]] {
        var kpis: [[String: Any]] = [
            ["value": String(format: "%.0f", scope.alignmentIndex), "label": "alignment index", "note": "out of 100", "band": ""],
            ["value": percent(scope.coverage), "label": "priorities covered", "note": "\(percent(scope.subCoverage)) of sub-priorities", "band": ""],
            ["value": percent(scope.orphanShare), "label": "orphan work", "note": "\(scope.orphans.count) of \(scope.items) items", "band": ""],
        ]
        if let grade = scope.grade {
            var note = "\(scope.gradeBand ?? "") band"
            if let pace = scope.pace { note += pace.status == "finished" ? ", quarter finished" : ", \(percent(pace.elapsed)) of the quarter gone: \(pace.status)" }
            kpis.append(["value": format(grade), "label": "key-result grade", "note": note, "band": scope.gradeBand ?? ""])
        }
        if let balance = scope.balance { kpis.append(["value": format(balance), "label": "balance against weights", "note": "1 is exactly as targeted", "band": ""]) }
        return kpis
    }

    func gapEntries(_ ids: [String]) -> [[String: Any]] {
        ids.compactMap { strategy.priority($0) }.map { ["number": $0.number, "title": $0.title, "href": SitePaths.priority($0.id)] }
    }

    func orphanEntries(_ ids: [String]) -> [[String: Any]] {
        ids.compactMap(item).map { ["title": $0.title, "href": SitePaths.item($0), "where": whereText($0)] }
    }
}
