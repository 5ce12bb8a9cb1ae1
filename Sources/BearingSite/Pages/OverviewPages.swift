import BearingAlign
import BearingParse
import BearingReport

/// The dashboard, the strategy page, the alignment matrix and the list pages.
extension SiteContent {
    func dashboard() -> Page {
        let scope = current ?? alignment.workspace
        var summary = ""
        if let workspace = alignment.workspace {
            summary = "\(workspace.items) objectives and roadmap items across \(plan.quarters.count) quarter\(plan.quarters.count == 1 ? "" : "s") and \(plan.roadmaps.count) roadmap\(plan.roadmaps.count == 1 ? "" : "s")."
        }
        let context: TemplateValue = [
            "today": .text(ReportDocument.day(alignment.today)), "current_quarter": .text(alignment.currentQuarter?.description ?? ""),
            "summary": .text(summary), "kpis": scope.map(kpis) ?? [],
            "heatmap": .text(Heatmap.render(alignment)), "grade_chart": .text(GradeBars.render(alignment)),
            "balance_chart": .text(WeightBars.render(alignment, scope: alignment.workspace)),
            "gaps": gapEntries(scope?.gaps ?? []), "sub_gaps": gapEntries(scope?.subGaps ?? []),
            "orphans": orphanEntries(scope?.orphans ?? []),
            "scope_label": .text(alignment.currentQuarter.map { "in \($0)" } ?? "in the plan"),
        ]
        return Page(path: "index.html", template: "dashboard", title: "Dashboard", kind: "dashboard", context: context)
    }

    func strategyPage() -> Page {
        let metrics = Dictionary(alignment.priorities.map { ($0.priority, $0) }, uniquingKeysWith: { first, _ in first })
        let tree: [TemplateValue] = strategy.topLevel.map { priority in
            let m = metrics[priority.id]
            return ["number": .text(priority.number), "title": .text(priority.title), "href": .text(paths.priority(priority.id)),
                    "items": .number(m?.items ?? 0), "one_item": .flag(m?.items == 1), "share": .text(percent(m?.effortShare ?? 0)),
                    "target": .text(m?.target.map(percent) ?? ""),
                    "children": .list(strategy.children(of: priority.id).map { child in
                        ["number": .text(child.number), "title": .text(child.title), "href": .text(paths.priority(child.id)),
                         "items": .number(metrics[child.id]?.items ?? 0), "one_item": .flag(metrics[child.id]?.items == 1)]
                    })]
        }
        let sections: [TemplateValue] = strategy.sections.map {
            ["id": .text(SitePaths.component($0.id)), "title": .text($0.title), "html": .text(renderer.render($0.blocks))]
        }
        return Page(path: "strategy.html", template: "strategy", title: "Strategy", kind: "strategy",
                    context: ["title": .text(strategy.title), "sections": .list(sections), "priorities": .list(tree),
                              "balance_chart": .text(WeightBars.render(alignment, scope: alignment.workspace))])
    }

    func alignmentPage() -> Page {
        let priorities = strategy.topLevel
        let counted = alignment.items.filter(\.isCounted)
        let rows: [TemplateValue] = counted.map { item in
            let links = alignment.links(of: item.id)
            let cells: [TemplateValue] = priorities.map { priority in
                let best = links.filter { (strategy.priority($0.priority)?.parent ?? $0.priority) == priority.id }.max { $0.strength < $1.strength }
                guard let best, best.strength >= Alignment.threshold else { return ["kind": "", "strength": ""] }
                return ["kind": .text(best.kind.rawValue), "strength": .text(format(best.strength))]
            }
            let score = alignment.score(of: item.id)
            return ["title": .text(item.title), "href": .text(paths.item(item)), "where": .text(whereText(item)), "cells": .list(cells),
                    "orphan": .flag(score?.orphan ?? true), "too_little_text": .flag(score?.tooLittleText ?? false)]
        }
        let workspace = alignment.workspace
        // Every priority with its sub-priorities and the items linked to each: a sub-priority counts its own links
        // only, as the gaps below and the dashboard do.
        let metrics = Dictionary(alignment.priorities.map { ($0.priority, $0) }, uniquingKeysWith: { first, _ in first })
        let subGaps = Set(workspace?.subGaps ?? [])
        let coverage: [TemplateValue] = priorities.map { priority in
            let items = metrics[priority.id]?.items ?? 0
            return ["number": .text(priority.number), "title": .text(priority.title), "href": .text(paths.priority(priority.id)),
                    "items": .number(items), "one_item": .flag(items == 1), "gap": .flag(items == 0),
                    "children": .list(strategy.children(of: priority.id).map { child in
                        let items = metrics[child.id]?.items ?? 0
                        return ["number": .text(child.number), "title": .text(child.title), "href": .text(paths.priority(child.id)),
                                "items": .number(items), "one_item": .flag(items == 1), "gap": .flag(subGaps.contains(child.id))]
                    })]
        }
        let suggestions: [TemplateValue] = Suggestions.make(alignment).compactMap { suggestion in
            item(suggestion.item).map {
                ["title": .text($0.title), "href": .text(paths.item($0)), "priority": .text(priorityTitle(suggestion.priority)),
                 "strength": .text(format(suggestion.strength)), "evidence": .text(suggestion.evidence.joined(separator: ", ")),
                 "applicable": .flag(suggestion.applicable)]
            }
        }
        return Page(path: "alignment.html", template: "alignment", title: "Alignment", kind: "alignment",
                    context: ["priorities": .list(priorities.map { ["number": .text($0.number), "title": .text($0.title)] }), "rows": .list(rows),
                              "coverage": .list(coverage), "gaps": gapEntries(workspace?.gaps ?? []),
                              "sub_gaps": gapEntries(workspace?.subGaps ?? []), "orphans": orphanEntries(workspace?.orphans ?? []),
                              "too_little_text": orphanEntries(workspace?.tooLittleText ?? []),
                              "suggestions": .list(suggestions)])
    }

    func quarterList() -> Page {
        let entries: [TemplateValue] = plan.quarters.reversed().map { quarter in
            let scope = alignment.scope(.quarter, quarter.description)
            return ["title": .text(quarter.description), "href": .text(paths.quarter(quarter.description)),
                    "note": .text(scope.map { "\($0.items) objectives, grade \($0.grade.map(format) ?? "–")" } ?? "")]
        }
        return Page(path: "quarters/index.html", template: "list", title: "Quarters", kind: "list",
                    context: ["heading": "Quarters", "lede": "Quarterly objectives, newest first.", "entries": .list(entries)])
    }

    func roadmapList() -> Page {
        let entries: [TemplateValue] = plan.roadmaps.map { roadmap in
            ["title": .text(roadmap.title), "href": .text(paths.roadmap(roadmap.id)), "note": "\(roadmap.items.count) items in \(roadmap.lanes.count) lanes"]
        }
        return Page(path: "roadmaps/index.html", template: "list", title: "Roadmaps", kind: "list",
                    context: ["heading": "Roadmaps", "lede": "", "entries": .list(entries)])
    }

    func searchPage() -> Page {
        let entries: [TemplateValue] = searchEntries().map {
            ["title": .text($0.title), "href": .text($0.href), "kind": .text($0.kind), "where": .text($0.where), "text": .text($0.text)]
        }
        return Page(path: "search.html", template: "search", title: "Search", kind: "search", context: ["entries": .list(entries)],
                    scripts: ["assets/search-index.js", "assets/search.js"])
    }

    func searchEntries() -> [SearchIndex.Entry] {
        var entries = strategy.priorities.map {
            SearchIndex.Entry(title: "\($0.number) \($0.title)", href: paths.priority($0.id), kind: "priority", where: "",
                              text: ($0.title + " " + ($0.summary ?? "")).lowercased())
        }
        entries += alignment.items.map {
            SearchIndex.Entry(title: $0.title, href: paths.item($0), kind: $0.kind.rawValue, where: whereText($0), text: $0.text.lowercased())
        }
        return entries
    }
}
