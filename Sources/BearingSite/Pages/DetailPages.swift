import BearingAlign
import BearingCore

/// Pages for one priority, quarter, objective, roadmap, report; and the scoring document.
extension SiteContent {
    func priorityPage(_ priority: Priority) -> Page {
        let metrics = alignment.priorities.first { $0.priority == priority.id }
        let isTop = priority.parent == nil
        let rows: [[String: Any]] = alignment.items.filter(\.isCounted).compactMap { item in
            let links = alignment.links(of: item.id).filter { link in
                link.priority == priority.id || (isTop && strategy.priority(link.priority)?.parent == priority.id)
            }
            guard let best = links.max(by: { $0.strength < $1.strength }), best.strength >= Alignment.threshold else { return nil }
            return ["title": item.title, "href": SitePaths.item(item), "where": whereText(item), "kind": best.kind.rawValue,
                    "strength": format(best.strength), "evidence": best.kind == .inferred ? best.evidence.map(\.term).joined(separator: ", ") : "",
                    "grade": item.progress.map(format) ?? "–", "status": item.status?.rawValue ?? ""]
        }
        let children: [[String: Any]] = strategy.children(of: priority.id).map { child in
            let count = alignment.priorities.first { $0.priority == child.id }?.items ?? 0
            return ["number": child.number, "title": child.title, "href": SitePaths.priority(child.id), "items": count, "one_item": count == 1]
        }
        var context: [String: Any] = [
            "number": priority.number, "title": priority.title, "summary": priority.summary ?? "", "signal": priority.successSignal ?? "",
            "items": metrics?.items ?? 0, "rows": rows, "children": children, "body": renderer.render(markdown: priority.body),
            "share": isTop ? percent(metrics?.effortShare ?? 0) : "", "target": metrics?.target.map(percent) ?? "",
            "grade": metrics?.progress.map(format) ?? "", "band": band(metrics?.progress), "direction": isTop ? (metrics?.direction ?? "") : "",
            "sparkline": metrics.map { Sparkline.render($0, title: priority.title) } ?? "",
        ]
        if let parent = priority.parent.flatMap(strategy.priority) {
            context["parent"] = ["number": parent.number, "title": parent.title, "href": SitePaths.priority(parent.id)]
        }
        return Page(path: SitePaths.priority(priority.id), template: "priority", title: "\(priority.number) \(priority.title)", kind: "priority", context: context)
    }

    func objectiveCard(_ objective: Objective) -> [String: Any] {
        let grade = item(objective.id)?.progress
        return ["title": objective.title, "href": SitePaths.objective(objective.id), "anchor": SitePaths.anchor(objective.id),
                "status": objective.metadata.status?.rawValue ?? "", "owners": objective.metadata.owners.joined(separator: ", "),
                "grade": grade.map(format) ?? "", "band": band(grade), "chips": chips(objective.id), "key_results": keyResults(objective.keyResults)]
    }

    func quarterPage(_ quarter: Quarter) -> Page {
        let files = plan.objectiveFiles.filter { $0.quarter == quarter }
        let scope = alignment.scope(.quarter, quarter.description)
        let objectives = files.flatMap(\.objectives)
        let summary = "\(objectives.count) objective\(objectives.count == 1 ? "" : "s")"
            + (scope.map { ", \($0.gaps.isEmpty ? "every priority has work" : "\($0.gaps.count) priorit\($0.gaps.count == 1 ? "y" : "ies") without work")." } ?? ".")
        return Page(path: SitePaths.quarter(quarter.description), template: "quarter", title: quarter.description, kind: "quarter",
                    context: ["quarter": quarter.description, "summary": summary, "kpis": scope.map(kpis) ?? [],
                              "intro": files.map { renderer.render(markdown: $0.intro) }.joined(),
                              "objectives": objectives.map(objectiveCard), "report_href": SitePaths.report(quarter.description)])
    }

    func objectivePage(_ objective: Objective) -> Page {
        let m = objective.metadata
        var facts: [[String: String]] = []
        func fact(_ label: String, _ value: String?) { if let value, !value.isEmpty { facts.append(["label": label, "value": value]) } }
        fact("Quarter", objective.quarter?.description)
        fact("Owners", m.owners.joined(separator: ", "))
        fact("Team", m.team)
        fact("Status", m.status?.rawValue)
        fact("Grade", item(objective.id)?.progress.map(format))
        fact("Confidence", m.confidence.map(percent))
        fact("Effort", m.effort.map { String(format: "%g", $0) })
        fact("Due", m.due)
        fact("Issues", m.issues.joined(separator: ", "))
        for field in m.custom { fact(field.key, field.value) }
        let links: [[String: Any]] = alignment.links(of: objective.id).map { link in
            ["label": priorityTitle(link.priority), "href": SitePaths.priority(link.priority), "kind": link.kind.rawValue,
             "strength": format(link.strength), "evidence": link.evidence.map(\.term).joined(separator: ", "), "explanation": link.explanation]
        }
        // Initiatives keep their heading ids so links to `#item-…` land on them.
        var body = objective.body
        for initiative in objective.initiatives {
            body = body.replacingOccurrences(of: "### \(initiative.title)\n", with: "### \(initiative.title) {#\(SitePaths.anchor(initiative.id))}\n")
        }
        return Page(path: SitePaths.objective(objective.id), template: "objective", title: objective.title, kind: "objective",
                    context: ["title": objective.title, "quarter": objective.quarter?.description ?? "",
                              "quarter_href": objective.quarter.map { SitePaths.quarter($0.description) } ?? "quarters/index.html",
                              "facts": facts, "links": links, "body": renderer.render(markdown: body)])
    }

    func roadmapPage(_ roadmap: Roadmap) -> Page {
        let lanes: [[String: Any]] = roadmap.lanes.enumerated().map { index, lane in
            let items: [[String: Any]] = roadmap.items.filter { $0.lane == lane.title }.map { item in
                let depends = item.resolved.dependsOn.compactMap { id in plan.roadmapItems.first { $0.id == id } }
                let serves = item.resolved.objectives.compactMap { id in plan.objectives.first { $0.id == id } }
                return ["title": item.title, "anchor": SitePaths.anchor(item.id), "group": item.group ?? "", "period": item.period ?? "",
                        "status": item.metadata.status?.rawValue ?? "", "chips": chips(item.id),
                        "body": renderer.render(markdown: Self.withoutTitleLine(item)),
                        "depends": depends.enumerated().map { i, d in
                            ["title": d.title, "href": (d.roadmap == roadmap.id ? "" : "\(SitePaths.root(of: SitePaths.roadmap(roadmap.id)))\(SitePaths.roadmap(d.roadmap))") + "#" + SitePaths.anchor(d.id),
                             "last": i == depends.count - 1] as [String: Any]
                        },
                        "serves": serves.enumerated().map { i, o in ["title": o.title, "href": SitePaths.objective(o.id), "last": i == serves.count - 1] as [String: Any] }]
            }
            return ["title": lane.title, "anchor": "\(index)-\(SitePaths.component(lane.title))", "kind": lane.kind.rawValue,
                    "period": lane.period ?? "", "items": items]
        }
        let scope = alignment.scope(.roadmap, roadmap.id)
        let summary = "\(roadmap.items.count) items in \(roadmap.lanes.count) lanes"
            + (scope.map { "; alignment index \(String(format: "%.0f", $0.alignmentIndex)), \($0.orphans.count) orphan\($0.orphans.count == 1 ? "" : "s")." } ?? ".")
        return Page(path: SitePaths.roadmap(roadmap.id), template: "roadmap", title: roadmap.title, kind: "roadmap",
                    context: ["title": roadmap.title, "summary": summary, "lanes": lanes])
    }

    /// A list item's body repeats its bold title line; the card shows the title already.
    static func withoutTitleLine(_ item: RoadmapItem) -> String {
        guard item.body.hasPrefix("- ") || item.body.hasPrefix("* ") || item.body.hasPrefix("+ ") else { return item.body }
        var lines = item.body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[0] = String(lines[0].dropFirst(2))
        return lines.map { $0.hasPrefix("  ") ? String($0.dropFirst(2)) : $0 }.joined(separator: "\n")
            .replacingOccurrences(of: "**\(item.title).**", with: "").replacingOccurrences(of: "**\(item.title)**", with: "")
    }

    func reportPage(_ quarter: Quarter) -> Page {
        let markdown = MarkdownReport(alignment: alignment, plan: plan, quarter: quarter).render()
        let html = HTMLRenderer(allowHTML: false, topHeadingLevel: 1).render(markdown: markdown)
        return Page(path: SitePaths.report(quarter.description), template: "document", title: "\(quarter) report", kind: "report",
                    context: ["html": html])
    }

    func scoringPage(_ markdown: String) -> Page {
        Page(path: "scoring.html", template: "document", title: "How scores are computed", kind: "document",
             context: ["html": HTMLRenderer(allowHTML: false, topHeadingLevel: 1).render(markdown: markdown)])
    }
}
