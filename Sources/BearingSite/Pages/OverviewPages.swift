import BearingAlign
import BearingModel
import BearingParse
import BearingReport

/// The dashboard, the strategy page, the alignment matrix and the list pages.
extension SiteContent {
    func dashboard() -> Page {
        let scope = current ?? alignment.workspace
        var summary = ""
        if let workspace = alignment.workspace {
            // Quarters when every period is one; a plan by years or halves has "periods".
            let word = quarters.allSatisfy { $0.span == .quarter } ? "quarter" : "period"
            let periods = "\(quarters.count) \(word)\(quarters.count == 1 ? "" : "s")"
            let roadmaps = "\(plan.roadmaps.count) roadmap\(plan.roadmaps.count == 1 ? "" : "s")"
            // Only what the plan has: "across 1 quarter and 0 roadmaps" read as if roadmaps were missing.
            summary = switch (plan.roadmaps.isEmpty, objectives.isEmpty) {
            case (true, true): "No objectives or roadmap items yet."
            case (true, false): "\(workspace.items) objective\(workspace.items == 1 ? "" : "s") across \(periods)."
            case (false, true): "\(workspace.items) roadmap item\(workspace.items == 1 ? "" : "s") across \(roadmaps)."
            case (false, false): "\(workspace.items) objectives and roadmap items across \(periods) and \(roadmaps)."
            }
        }
        let provisional = ProvisionalFigures(plan)
        let context: TemplateValue = [
            "today": .text(ReportDocument.day(alignment.today)), "standing": .text(standing.map { ($0.ended ? "; " : ", ") + $0.text } ?? ""),
            "summary": .text(summary), "kpis": scope.map { kpis($0, provisional: provisional) } ?? [],
            "provisional": provisionalNote(provisional),
            "heatmap": .text(Heatmap.render(alignment)), "grade_chart": .text(GradeBars.render(alignment)),
            // The same scope as the cards: the balance card and this chart's caption once read 0.80 and 0.86, one
            // the current quarter's and the other the whole plan's.
            "balance_chart": .text(WeightBars.render(alignment, scope: scope)), "balance_title": .text(WeightBars.title(alignment)),
            "attention": attentionRows(), "attention_more": attentionMore(),
            "gaps": gapEntries(scope?.gaps ?? [], declared: scope?.declaredGaps ?? [:]),
            "sub_gaps": gapEntries(scope?.subGaps ?? [], declared: scope?.declaredGaps ?? [:]),
            "gaps_declared": .flag(scope.map { !$0.declaredGaps.isEmpty } ?? false),
            "orphans": orphanEntries(scope?.orphans ?? []),
            "scope_label": .text(alignment.currentQuarter.map { "in \($0)" } ?? "in the plan"),
            "unjudged": .flag(nothingJudged(scope)),
            "unplaced": .text(unplacedNote()),
        ]
        return Page(path: "index.html", template: "dashboard", title: "Dashboard", kind: "dashboard", context: context)
    }

    func strategyPage() -> Page {
        let metrics = Dictionary(alignment.priorities.map { ($0.priority, $0) }, uniquingKeysWith: { first, _ in first })
        let tree: [TemplateValue] = strategy.topLevel.map { priority in
            let m = metrics[priority.id]
            return ["number": .text(priority.number), "title": .text(priority.title), "href": .text(paths.priority(priority.id)),
                    "summary": .text(TrailingTags.removed(from: Wikilinks.asText(priority.summary ?? ""))), "signal": .text(priority.successSignal ?? ""),
                    "items": .number(m?.items ?? 0), "one_item": .flag(m?.items == 1), "share": .text(percent(m?.effortShare ?? 0)),
                    "target": .text(m?.target.map(percent) ?? ""),
                    "children": .list(strategy.children(of: priority.id).map { child in
                        ["number": .text(child.number), "title": .text(child.title), "href": .text(paths.priority(child.id)),
                         "items": .number(metrics[child.id]?.items ?? 0), "one_item": .flag(metrics[child.id]?.items == 1)]
                    })]
        }
        let renderer = renderer(page: "strategy.html", file: strategy.path)
        let sections: [TemplateValue] = strategy.sections.map {
            ["id": .text(SitePaths.component($0.id)), "title": .text($0.title), "html": .text(renderer.render($0.blocks))]
        }
        // The priorities where the document has them, under the user's heading: "Putting strategy into practice" came
        // above "Priorities" once, though written after "Our priorities".
        let position = min(strategy.prioritiesPosition ?? sections.count, sections.count)
        return Page(path: "strategy.html", template: "strategy", title: "Strategy", kind: "strategy",
                    context: ["title": .text(strategy.title), "sections": .list(sections), "priorities": .list(tree),
                              "sections_before": .list(Array(sections[..<position])), "sections_after": .list(Array(sections[position...])),
                              "priorities_title": .text(strategy.prioritiesTitle ?? "Priorities"),
                              "intro": .text(renderer.render(strategy.introBlocks)),
                              "priorities_intro": .text(renderer.render(strategy.prioritiesIntroBlocks)),
                              "priorities_after": .text(renderer.render(strategy.prioritiesAfterBlocks)),
                              "balance_chart": .text(WeightBars.render(alignment, scope: alignment.workspace)),
                              "has_weights": .flag(!alignment.strategy.weights.isEmpty),
                              "versions": strategyVersions()])
    }

    func alignmentPage() -> Page {
        let priorities = strategy.topLevel
        let rows = matrixRows(priorities)
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
        let allSuggestions = Suggestions.make(alignment)
        let suggestions: [TemplateValue] = allSuggestions.prefix(Self.suggestionsShown).compactMap { suggestion in
            item(suggestion.item).map {
                ["title": .text($0.title), "href": .text(paths.item($0)), "priority": .text(priorityTitle(suggestion.priority)),
                 "strength": .text(format(suggestion.strength)), "evidence": .text(suggestion.evidence.joined(separator: ", ")),
                 "applicable": .flag(suggestion.applicable)]
            }
        }
        // Items in Chinese or Japanese are all too little text to link: the page says why once, not item by item.
        let unreadScript = TextReport.unreadScriptCount(workspace?.tooLittleText ?? [], alignment: alignment)
        return Page(path: "alignment.html", template: "alignment", title: "Alignment", kind: "alignment",
                    context: ["priorities": .list(priorities.map { ["number": .text($0.number), "title": .text($0.title), "href": .text(paths.priority($0.id))] }),
                              "rows": .list(rows), "more_suggestions": .number(max(0, allSuggestions.count - Self.suggestionsShown)),
                              "has_more_suggestions": .flag(allSuggestions.count > Self.suggestionsShown),
                              "coverage": .list(coverage), "gaps": gapEntries(workspace?.gaps ?? [], declared: workspace?.declaredGaps ?? [:]), "gaps_declared": .flag(workspace.map { !$0.declaredGaps.isEmpty } ?? false),
                              "sub_gaps": gapEntries(workspace?.subGaps ?? [], declared: workspace?.declaredGaps ?? [:]), "orphans": orphanEntries(workspace?.orphans ?? []),
                              "too_little_text": orphanEntries(workspace?.tooLittleText ?? []),
                              "unread_script": .text(unreadScript == 0 ? "" : "\(unreadScript)"),
                              "suggestions": .list(suggestions)])
    }

    /// A plan with thousands of undeclared items would list each; the page shows the first ones and says how many more
    /// `bearing suggest` prints.
    static let suggestionsShown = 50

    /// One row per quarter (newest first) and roadmap, one column per top-level priority: how many of the items there
    /// serve it (at strength 0.25 or more, through it or a sub-priority), shaded by their share of the row's items and
    /// linked to that part of the priority's page. It stays the same size however many items the plan has.
    func matrixRows(_ priorities: [Priority]) -> [TemplateValue] {
        // Counts by where items sit, by the place's number (`Places`): hashing each item's place text into three
        // tables, and again for every row under a priority, was most of the alignment page.
        var places = Places(labels: roadmapLabels)
        var totals: [Int] = [], orphans: [Int] = [], thin: [Int] = []
        for item in alignment.items where item.isCounted {
            let at = places.number(of: item)
            while totals.count <= at { totals.append(0); orphans.append(0); thin.append(0) }
            totals[at] += 1
            let score = alignment.score(of: item.id)
            if score?.tooLittleText == true { thin[at] += 1 } else if score?.orphan ?? true { orphans[at] += 1 }
        }
        var serving: [String: [Int: Int]] = [:]
        for priority in priorities {
            for (item, _) in priorityRows[priority.id] ?? [] { serving[priority.id, default: [:]][places.number(of: item), default: 0] += 1 }
        }
        return scopeLabels().compactMap { label in
            guard let at = places.numbers[label], at < totals.count, totals[at] > 0 else { return nil }
            let total = totals[at]
            let cells: [TemplateValue] = priorities.map { priority in
                let count = serving[priority.id]?[at] ?? 0
                guard count > 0 else { return ["level": 0, "dark": false, "link": false] }
                let share = Double(count) / Double(total)
                return ["level": .number(min(4, 1 + Int(share * 4))), "dark": .flag(share >= 0.5),
                        "link": ["count": .number(count), "href": .text(paths.priority(priority.id) + "#" + scopeAnchor(label)),
                                 "label": .text("\(count) of \(total) items in \(label) serve \(priority.number) \(priority.title)")]]
            }
            return ["label": .text(scopeHeading(label)), "href": .text(scopeHref(label)), "total": .number(total), "cells": .list(cells),
                    "orphans": .text(orphans[at] > 0 ? String(orphans[at]) : ""), "thin": .text(thin[at] > 0 ? String(thin[at]) : "")]
        }
    }

    /// The page of a quarter or roadmap, from its label.
    func scopeHref(_ label: String) -> String {
        if let quarter = quarters.first(where: { $0.description == label }) { return paths.quarter(quarter.description) }
        if let roadmap = plan.roadmaps.first(where: { roadmapLabel($0) == label }) { return paths.roadmap(roadmap.id) }
        return "index.html"
    }

    func quarterList() -> Page {
        let entries: [TemplateValue] = quarters.reversed().map { quarter in
            let scope = alignment.scope(.quarter, quarter.description)
            return ["title": .text(quarter.description), "href": .text(paths.quarter(quarter.description)),
                    "note": .text(scope.map { "\($0.items) objectives, grade \($0.grade.map(format) ?? "–")" } ?? "")]
        }
        return Page(path: "quarters/index.html", template: "list", title: "Quarters", kind: "list",
                    context: ["heading": "Quarters", "lede": "Quarterly objectives, newest first.", "entries": .list(entries),
                              "unplaced": .list(unplacedFiles())])
    }

    func roadmapList() -> Page {
        let entries: [TemplateValue] = plan.roadmaps.map { roadmap in
            ["title": .text(roadmap.title), "href": .text(paths.roadmap(roadmap.id)), "note": "\(roadmap.items.count) items in \(roadmap.lanes.count) lanes"]
        }
        return Page(path: "roadmaps/index.html", template: "list", title: "Roadmaps", kind: "list",
                    context: ["heading": "Roadmaps", "lede": "", "entries": .list(entries)])
    }
}
