import BearingAlign
import BearingCore

/// The dashboard, the strategy page, the alignment matrix and the list pages.
extension SiteContent {
    func dashboard() -> Page {
        let scope = current ?? alignment.workspace
        var summary = ""
        if let workspace = alignment.workspace {
            summary = "\(workspace.items) objectives and roadmap items across \(plan.quarters.count) quarter\(plan.quarters.count == 1 ? "" : "s") and \(plan.roadmaps.count) roadmap\(plan.roadmaps.count == 1 ? "" : "s")."
        }
        let context: [String: Any] = [
            "today": ReportDocument.day(alignment.today), "current_quarter": alignment.currentQuarter?.description ?? "",
            "summary": summary, "kpis": scope.map(kpis) ?? [],
            "heatmap": Heatmap.render(alignment), "grade_chart": GradeBars.render(alignment),
            "balance_chart": WeightBars.render(alignment, scope: alignment.workspace),
            "gaps": gapEntries(scope?.gaps ?? []), "sub_gaps": gapEntries(scope?.subGaps ?? []),
            "orphans": orphanEntries(scope?.orphans ?? []),
            "scope_label": alignment.currentQuarter.map { "in \($0)" } ?? "in the plan",
        ]
        return Page(path: "index.html", template: "dashboard", title: "Dashboard", kind: "dashboard", context: context)
    }

    func strategyPage() -> Page {
        let metrics = Dictionary(uniqueKeysWithValues: alignment.priorities.map { ($0.priority, $0) })
        let tree: [[String: Any]] = strategy.topLevel.map { priority in
            let m = metrics[priority.id]
            return ["number": priority.number, "title": priority.title, "href": SitePaths.priority(priority.id), "items": m?.items ?? 0,
                    "one_item": m?.items == 1, "share": percent(m?.effortShare ?? 0), "target": m?.target.map(percent) ?? "",
                    "children": strategy.children(of: priority.id).map { child in
                        ["number": child.number, "title": child.title, "href": SitePaths.priority(child.id),
                         "items": metrics[child.id]?.items ?? 0, "one_item": metrics[child.id]?.items == 1] as [String: Any]
                    }]
        }
        let sections: [[String: Any]] = strategy.sections.map {
            ["id": SitePaths.component($0.id), "title": $0.title, "html": renderer.render(markdown: $0.body)]
        }
        return Page(path: "strategy.html", template: "strategy", title: "Strategy", kind: "strategy",
                    context: ["title": strategy.title, "sections": sections, "priorities": tree,
                              "balance_chart": WeightBars.render(alignment, scope: alignment.workspace)])
    }

    func alignmentPage() -> Page {
        let priorities = strategy.topLevel
        let counted = alignment.items.filter(\.isCounted)
        let rows: [[String: Any]] = counted.map { item in
            let links = alignment.links(of: item.id)
            let cells: [[String: Any]] = priorities.map { priority in
                let best = links.filter { (strategy.priority($0.priority)?.parent ?? $0.priority) == priority.id }.max { $0.strength < $1.strength }
                guard let best, best.strength >= Alignment.threshold else { return ["kind": "", "strength": ""] }
                return ["kind": best.kind.rawValue, "strength": format(best.strength)]
            }
            return ["title": item.title, "href": SitePaths.item(item), "where": whereText(item), "cells": cells,
                    "orphan": alignment.score(of: item.id)?.orphan ?? true]
        }
        let workspace = alignment.workspace
        let suggestions: [[String: Any]] = Suggestions.make(alignment).compactMap { suggestion in
            item(suggestion.item).map {
                ["title": $0.title, "href": SitePaths.item($0), "priority": priorityTitle(suggestion.priority), "strength": format(suggestion.strength),
                 "evidence": suggestion.evidence.joined(separator: ", "), "applicable": suggestion.applicable]
            }
        }
        return Page(path: "alignment.html", template: "alignment", title: "Alignment", kind: "alignment",
                    context: ["priorities": priorities.map { ["number": $0.number, "title": $0.title] }, "rows": rows,
                              "gaps": gapEntries(workspace?.gaps ?? []), "orphans": orphanEntries(workspace?.orphans ?? []),
                              "suggestions": suggestions])
    }

    func quarterList() -> Page {
        let entries: [[String: Any]] = plan.quarters.reversed().map { quarter in
            let scope = alignment.scope(.quarter, quarter.description)
            return ["title": quarter.description, "href": SitePaths.quarter(quarter.description),
                    "note": scope.map { "\($0.items) objectives, grade \($0.grade.map(format) ?? "–")" } ?? ""]
        }
        return Page(path: "quarters/index.html", template: "list", title: "Quarters", kind: "list",
                    context: ["heading": "Quarters", "lede": "Quarterly objectives, newest first.", "entries": entries])
    }

    func roadmapList() -> Page {
        let entries: [[String: Any]] = plan.roadmaps.map { roadmap in
            ["title": roadmap.title, "href": SitePaths.roadmap(roadmap.id), "note": "\(roadmap.items.count) items in \(roadmap.lanes.count) lanes"]
        }
        return Page(path: "roadmaps/index.html", template: "list", title: "Roadmaps", kind: "list",
                    context: ["heading": "Roadmaps", "lede": "", "entries": entries])
    }

    func searchPage() -> Page {
        Page(path: "search.html", template: "search", title: "Search", kind: "search", context: ["entries": searchEntries()],
             scripts: ["assets/search-index.js", "assets/search.js"])
    }

    func searchEntries() -> [[String: Any]] {
        var entries: [[String: Any]] = strategy.priorities.map {
            ["title": "\($0.number) \($0.title)", "href": SitePaths.priority($0.id), "kind": "priority", "where": "",
             "text": ($0.title + " " + ($0.summary ?? "")).lowercased()]
        }
        entries += alignment.items.map {
            ["title": $0.title, "href": SitePaths.item($0), "kind": $0.kind.rawValue, "where": whereText($0), "text": $0.text.lowercased()]
        }
        return entries
    }
}
