import BearingAlign
import BearingModel
import BearingReport
import Foundation

/// The quarterly review: what needs attention and who owns it, what changed, results kept apart from pace, and the
/// work by owner and by team. The dashboard opens with the same attention list.
extension SiteContent {
    /// Current work (objectives and their initiatives of the current quarter and of the half-years or years running
    /// through it) and roadmap items marked off-track or at-risk, off-track first, in plan order within each.
    /// Work whose key result is marked at risk or off track counts as flagged with that mark (`KeyResultFlags`).
    func attentionItems() -> [AlignedItem] {
        let flags = keyResultFlags
        let open = alignment.items.filter { item in
            guard flags.status(of: item) != nil else { return false }
            return item.kind == .roadmapItem || alignment.isCurrentWork(item)
        }
        let flagged = Set(open.map(\.id))
        return open.filter { flags.status(of: $0) == .offTrack } + open.filter { flags.status(of: $0) == .atRisk }
            + alignment.items.filter { alignment.behindPace($0) != nil && !flagged.contains($0.id) }
    }

    /// The key results marked at risk or off track, by the work they measure.

    /// How many flagged items the attention list shows before it says how many more there are: the list opens the
    /// dashboard and the review, and hundreds of rows (a plan of thousands of objectives) bury the figures below it.
    static let attentionLimit = 40

    func attentionRows() -> TemplateValue {
        let flags = keyResultFlags
        return .list(attentionItems().prefix(Self.attentionLimit).map { item in
            // Flagged by a key result: the row names it, so the reader sees what is at risk.
            let flagging = flags.keyResult(of: item)
            let title = flagging.map { "\(item.title) (key result: \($0))" } ?? item.title
            let status = flags.status(of: item)
            let owners = flags.owners(of: item)
            return ["title": .text(title), "href": .text(paths.item(item)),
             "status": .text(flagging == nil && alignment.behindPace(item) != nil ? "behind-pace" : status?.rawValue ?? ""),
             // "committed, at 0.80": short of a commitment reads differently from short of a stretch.
             "note": MarkdownReport.commitmentNote(item).map { .text($0) } ?? .flag(false),
             "owners": .text(owners.isEmpty ? "no owner named" : owners.joined(separator: ", ")),
             "unowned": .flag(owners.isEmpty),
             // A roadmap's own title ("Platform roadmap") says where; "Roadmap: Platform roadmap" wrapped badly on paper.
             "where": .text(item.kind == .roadmapItem ? String(whereText(item).dropFirst("roadmap ".count)) : whereText(item) + runningMark(item)),
             "team": .text(team(of: item) ?? "")]
        })
    }

    /// The team written on the item, else on its objective (for an initiative), else on its objectives file.
    func team(of item: AlignedItem) -> String? {
        switch item.kind {
        case .roadmapItem: return roadmapItemsByID[item.id]?.metadata.team
        case .objective, .initiative:
            guard let objective = objectivesByID[item.kind == .objective ? item.id : (item.parent ?? "")] else { return nil }
            let own = objective.initiatives.first { $0.id == item.id }?.metadata.team
            return own ?? objective.metadata.team ?? plan.objectiveFiles.first { $0.objectives.contains { $0.id == objective.id } }?.team
        }
    }

    /// Who answers for the item or a part of it: its owners, then the owners of its key results who are not among them.
    /// A person who owns only a key result (an OKR sheet's rows owned by several people) has the objective in their
    /// "By owner" row, as work they answer for.
    func workOwners(_ item: AlignedItem) -> [String] {
        let keyResults: [KeyResult]
        switch item.kind {
        case .roadmapItem: return item.owners
        case .objective: keyResults = objectivesByID[item.id]?.keyResults ?? []
        case .initiative: keyResults = objectivesByID[item.parent ?? ""]?.initiatives.first { $0.id == item.id }?.keyResults ?? []
        }
        var owners = item.owners
        for result in keyResults { for name in result.owners where !owners.contains(name) { owners.append(name) } }
        return owners
    }

    /// " (2026-H2)" for current work planned for a longer period than the current quarter: the list says whose period
    /// it is, since the row sits among the quarter's own.
    func runningMark(_ item: AlignedItem) -> String {
        guard let period = item.quarter, period != alignment.currentQuarter, alignment.isCurrentWork(item) else { return "" }
        return " (\(period))"
    }

    /// The review's work: current objectives and initiatives (the quarter's and those of longer periods running
    /// through it), and roadmap items not done or dropped.
    func reviewItems() -> [AlignedItem] {
        alignment.items.filter { item in
            if item.kind == .roadmapItem { return item.status != .done && item.status != .dropped }
            return alignment.isCurrentWork(item)
        }
    }

    /// Groups of items by a key (an owner, a team), groups in name order, items in plan order; items without one go
    /// to a last group so nothing disappears from the review.
    func grouped(_ items: [AlignedItem], missing: String, keys: (AlignedItem) -> [String]) -> TemplateValue {
        var groups: [String: [AlignedItem]] = [:]
        var unassigned: [AlignedItem] = []
        for item in items {
            let names = keys(item)
            if names.isEmpty { unassigned.append(item) }
            for name in names { groups[name, default: []].append(item) }
        }
        var out: [TemplateValue] = groups.keys.sorted { $0.lowercased() < $1.lowercased() }.map { name in
            groupEntry(name, groups[name] ?? [])
        }
        if !unassigned.isEmpty { out.append(groupEntry(missing, unassigned)) }
        return .list(out)
    }

    /// How many of a group's items its row names, flagged ones first; the count says how many there are in all. A
    /// table row per owner keeps the view one screen per few dozen owners, where a table of every item per owner
    /// made the review of a 2,000-file plan 1.4 MB.
    static let groupLimit = 8

    /// The attention list's remainder: how many items it leaves out, named for what they are. Behind-pace objectives
    /// come last in the list, so a long list hides them first; "more at-risk or off-track" miscounted those.
    func attentionMore() -> TemplateValue {
        let hidden = attentionItems().dropFirst(Self.attentionLimit)
        guard !hidden.isEmpty else { return .flag(false) }
        let flags = keyResultFlags
        let behind = hidden.filter { flags.status(of: $0) == nil && alignment.behindPace($0) != nil }.count
        let kinds = behind == 0 ? "at-risk or off-track" : behind == hidden.count ? "behind pace" : "at-risk, off-track or behind pace"
        return .text("\(hidden.count) more \(kinds)")
    }

    private func groupEntry(_ name: String, _ items: [AlignedItem]) -> TemplateValue {
        // Flagged as the attention list flags it: by its own status, or by a key result marked at risk or off track.
        let flags = keyResultFlags
        let isFlagged: (AlignedItem) -> Bool = { flags.status(of: $0) != nil }
        let flagged = items.filter(isFlagged).count
        let ordered = items.filter(isFlagged) + items.filter { !isFlagged($0) }
        let shown = ordered.prefix(Self.groupLimit).map { item -> TemplateValue in
            ["title": .text(item.title), "href": .text(paths.item(item)),
             "status": .text(flags.status(of: item)?.rawValue ?? item.status?.rawValue ?? ""),
             "flagged": .flag(isFlagged(item))]
        }
        return ["name": .text(name), "anchor": .text("by-" + SitePaths.component(name)), "count": .number(items.count),
                "one": .flag(items.count == 1), "flagged": .number(flagged), "has_flagged": .flag(flagged > 0), "work": .list(shown),
                "more": items.count > Self.groupLimit ? .number(items.count - Self.groupLimit) : .flag(false)]
    }

    /// Ended quarters with their grades; the current quarter, and the longer periods running through it, with their
    /// pace; quarters to come as planned. A half-year that has not ended is never an ended quarter, whatever its grade.
    func quarterStandings() -> (ended: [TemplateValue], current: [TemplateValue], planned: [TemplateValue]) {
        var ended: [TemplateValue] = [], planned: [TemplateValue] = []
        var current: [TemplateValue] = []
        for quarter in quarters {
            guard let scope = alignment.scope(.quarter, quarter.description) else { continue }
            let base: TemplateValue.Fields = ["quarter": .text(quarter.description), "href": .text(paths.quarter(quarter.description)),
                                              "objectives": .number(scope.items)]
            if scope.planned {
                var fields = base
                fields["one"] = .flag(scope.items == 1)
                planned.append(.object(fields))
            } else if quarter == alignment.currentQuarter || alignment.today < quarter.dateInterval.end, let pace = scope.pace,
                      pace.status != "finished" {
                var fields = base
                fields["grade"] = .text(format(pace.grade))
                fields["elapsed"] = .text(percent(pace.elapsed))
                fields["period_word"] = .text(pace.periodWord)
                fields["status"] = .text(pace.status.replacingOccurrences(of: "-", with: " "))
                current.append(.object(fields))
            } else if let grade = scope.grade, quarter.dateInterval.end <= alignment.today {
                var fields = base
                fields["grade"] = .text(format(grade))
                fields["band"] = .text(scope.gradeBand ?? "")
                // "0.50" over 2 of 11 key results read as a result; the row says how much it rests on, as a card does.
                fields["coverage"] = scope.gradeCoverage.map { .text($0) } ?? .flag(false)
                ended.append(.object(fields))
            }
        }
        // The current quarter first, then the longer periods around it.
        let isCurrent: (TemplateValue) -> Bool = { $0["quarter"] == .text(self.alignment.currentQuarter?.description ?? "") }
        return (ended.reversed(), current.filter(isCurrent) + current.filter { !isCurrent($0) }, planned)
    }

    /// Per top-level priority: the grade its ended quarters earned, and its current objectives' progress and flags.
    func priorityStandings() -> TemplateValue {
        .list(alignment.priorities.filter { $0.parent == nil }.compactMap { metrics in
            strategy.priority(metrics.priority).map { priority in
                ["number": .text(priority.number), "title": .text(priority.title), "href": .text(paths.priority(priority.id)),
                 "graded": .text(metrics.finishedGrade.map(format) ?? "–"),
                 "band": .text(metrics.finishedBanded ? band(metrics.finishedGrade) : ""),
                 "coverage": metrics.finishedCoverage.map { .text($0) } ?? .flag(false),
                 "measured": .text("\(metrics.finishedMeasured)/\(metrics.finishedWritten)"),
                 "now": .text(metrics.currentGrade.map(format) ?? "–"), "objectives": .number(metrics.currentObjectives),
                 "flagged": .number(metrics.currentAtRisk), "has_flagged": .flag(metrics.currentAtRisk > 0),
                 // A priority with no objective now has nothing at risk to count: "–", as its progress now, not "0 of 0".
                 "has_current": .flag(metrics.currentObjectives > 0)]
            }
        })
    }

    /// What changed, when the build has the plan's history.
    func changeEntries() -> TemplateValue {
        guard let changes else { return .flag(false) }
        let rows: [TemplateValue] = changes.changes.map { change in
            let item = item(change.item)
            let what: String
            switch change.kind {
            case .added: what = "added" + (change.to.map { " (\($0))" } ?? "")
            case .dropped: what = "dropped"
            case .status: what = "status \(change.from ?? "none") → \(change.to ?? "none")"
            case .progress: what = "\(change.from ?? "–") → \(change.to ?? "–")"
            case .moved: what = "moved \(change.from ?? "unplanned") → \(change.to ?? "unplanned")"
            }
            return ["title": .text(change.title), "href": .text(item.map(paths.item) ?? ""), "linked": .flag(item != nil),
                    "what": .text(what), "date": .text(ReportDocument.day(change.date)), "author": .text(change.author)]
        }
        return ["since": .text(changes.since), "rows": .list(rows), "none": .flag(rows.isEmpty)]
    }

    /// Key results unchanged for `stale_after_weeks`, owners first (by name, no owner last), when the build has the
    /// plan's history; without it the page shows nothing, as it cannot tell.
    func staleEntries() -> TemplateValue {
        guard trends != nil else { return .flag(false) }
        let named = stale.filter { !$0.owners.isEmpty }.sorted { a, b in
            let (x, y) = (a.owners.joined(separator: ", ").lowercased(), b.owners.joined(separator: ", ").lowercased())
            return x != y ? x < y : a.since < b.since
        }
        let ordered = named + stale.filter { $0.owners.isEmpty }
        // As long as the attention list at most: `bearing check` lists every one at its line.
        let rows: [TemplateValue] = ordered.prefix(Self.attentionLimit).map { entry in
            ["owners": .text(entry.owners.isEmpty ? "no owner named" : entry.owners.joined(separator: ", ")), "unowned": .flag(entry.owners.isEmpty),
             "result": .text(entry.keyResult.text), "objective": .text(entry.objectiveTitle), "href": .text(paths.objective(entry.objective)),
             "since": .text(ReportDocument.day(entry.since)), "weeks": .number(entry.weeks)]
        }
        let hidden = ordered.count - rows.count
        return ["weeks": .number(plan.config.staleAfterWeeks), "rows": .list(rows), "none": .flag(rows.isEmpty),
                "more": hidden > 0 ? .number(hidden) : .flag(false)]
    }

    func reviewPage() -> Page {
        let quarter = alignment.currentQuarter
        let scope = current
        let items = reviewItems()
        let (ended, currentStanding, planned) = quarterStandings()
        let provisional = ProvisionalFigures(plan)
        var lede = "As of \(ReportDocument.day(alignment.today))"
        if let standing { lede += (standing.ended ? "; " : ", ") + standing.text }
        if let pace = scope?.pace, pace.status != "finished", pace.status != "not-started" { lede += ": \(percent(pace.elapsed)) of the \(pace.periodWord) gone" }
        let context: TemplateValue = [
            "quarter": .text(quarter?.description ?? ""), "lede": .text(lede + "."), "latest_ended": .flag(standing?.ended == true), "period_word": .text(currentPeriodWord),
            "attention": attentionRows(), "attention_more": attentionMore(), "changes": changeEntries(), "stale": staleEntries(),
            // A plan of roadmaps only (OpenTelemetry's) has no quarter: no empty "This quarter so far", and no table of
            // priorities whose every grade is "–".
            "kpis": scope.map { kpis($0, provisional: provisional) } ?? [], "has_kpis": .flag(scope != nil),
            "provisional": provisionalNote(provisional), "has_objectives": .flag(!objectives.isEmpty),
            // Objectives with no key result (TODO Group's 2025 goals) grade nothing: no table whose every figure is "–".
            "has_key_results": .flag(objectives.contains { !$0.keyResults.isEmpty }),
            "ended": .list(ended), "current": .list(currentStanding), "planned": .list(planned),
            "priorities": priorityStandings(),
            "owners": grouped(items, missing: "No owner named") { workOwners($0) },
            "teams": grouped(items, missing: "No team named") { team(of: $0).map { [$0] } ?? [] },
            // A plan that names no team gets a sentence, not a table whose one row is "No team named".
            "names_teams": .flag(items.contains { team(of: $0) != nil }),
            "names_owners": .flag(items.contains { !workOwners($0).isEmpty }),
            "grade_chart": .text(GradeBars.render(alignment)), "heatmap": .text(Heatmap.render(alignment)),
            "balance_chart": .text(WeightBars.render(alignment, scope: scope ?? alignment.workspace)), "balance_title": .text(WeightBars.title(alignment)),
            "report_href": .text(quarter.map { paths.report($0.description) } ?? ""),
        ]
        return Page(path: "review.html", template: "review", title: "Quarterly review", kind: "review", context: context)
    }
}
