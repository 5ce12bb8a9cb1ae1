import BearingAlign
import BearingModel

/// The terminal summary of `bearing report`.
public struct TextReport {
    let alignment: Alignment
    let plan: Plan
    let quarter: Quarter?
    let style: ReportStyle

    package init(alignment: Alignment, plan: Plan, quarter: Quarter?, style: ReportStyle) {
        self.alignment = alignment
        self.plan = plan
        self.quarter = quarter
        self.style = style
    }

    public func render() -> String {
        var out: [String] = []
        let title = plan.config.title ?? alignment.strategy.title
        out.append(style.bold(title) + style.dim(" · as of \(Format.day(alignment.today))" + (PeriodStanding.label(alignment).map { " · \($0)" } ?? "")))
        out.append("")
        let scopes = quarter.map { [alignment.scope(.quarter, $0.description)].compactMap { $0 } }
            ?? ([alignment.workspace].compactMap { $0 } + alignment.scopes.filter { $0.kind == .quarter } + alignment.scopes.filter { $0.kind == .roadmap })
        for scope in scopes { out.append(scopeLine(scope)) }
        // Beside the figures it qualifies: a last line after the objectives was read, if at all, after "66/100".
        if let provisional = ProvisionalFigures(plan) {
            out.append(style.band(Format.label("Provisional", 18), "yellow") + provisional.reason + "; run `bearing check`")
        }
        out.append("")
        out += priorityTable()
        let main = quarter.flatMap { alignment.scope(.quarter, $0.description) } ?? alignment.workspace
        if let main {
            out.append("")
            // By position and title, as the table above names them ("C.2 Better volunteer training"), not by id.
            let strategy = alignment.strategy(of: main)
            func named(_ ids: [String]) -> String {
                ids.map { id in strategy.priority(id).map { "\($0.number) \($0.title)" } ?? id }.joined(separator: ", ")
            }
            // A gap a team declared work for is still a gap (declaring cannot lift a score on its own), but it is not a
            // priority "with no work": it is told apart with how many items declare it.
            let declared = main.gaps.filter { main.declaredGaps[$0] != nil }, undeclared = main.gaps.filter { main.declaredGaps[$0] == nil }
            out.append(style.bold("Gaps") + "  " + (main.gaps.isEmpty ? "none: every priority has work"
                : undeclared.isEmpty ? "none without declared work" : named(undeclared)))
            for id in declared {
                out.append("      \(named([id])): " + (Alignment.declaredGapText(main.declaredGaps[id]) ?? ""))
            }
            if !main.subGaps.isEmpty {
                let subs = main.subGaps.map { id in named([id]) + (Alignment.declaredGapText(main.declaredGaps[id]).map { " (\($0))" } ?? "") }
                out.append(style.dim("      sub-priorities without work: " + subs.joined(separator: ", ")))
            }
            let orphans = main.orphans.map { id in id + (alignment.unsupportedDeclarationText(of: id).map { " (\($0))" } ?? "") }
            out.append(style.bold("Orphans") + "  " + (main.orphans.isEmpty ? "none" : "\(main.orphans.count): " + orphans.joined(separator: ", ")))
            if !main.tooLittleText.isEmpty {
                out.append(style.bold("Too little text to link") + "  \(main.tooLittleText.count): " + main.tooLittleText.joined(separator: ", "))
                if let note = Self.unreadScriptNote(main.tooLittleText, alignment: alignment) { out.append(style.dim("      " + note)) }
            }
        }
        for q in quarter.map({ [$0] }) ?? [alignment.currentQuarter].compactMap({ $0 }) {
            out.append("")
            out.append(style.bold("Objectives \(q)"))
            out += objectiveLines(alignment.items.filter { $0.kind == .objective && $0.quarter == q })
            // Half-years and years running through the quarter are current work too, under their own period.
            for period in Set(alignment.items.compactMap(\.quarter)).filter({ $0.spans(q) }).sorted() {
                out.append(style.bold("Objectives \(period)") + style.dim(" (running through \(q))"))
                out += objectiveLines(alignment.items.filter { $0.kind == .objective && $0.quarter == period })
            }
        }
        let errors = plan.errorCount, warnings = plan.warningCount
        if errors + warnings > 0 {
            out.append("")
            out.append(style.dim("\(Format.count(errors, "error")) and \(Format.count(warnings, "warning")): run `bearing check`"))
        }
        return out.joined(separator: "\n") + "\n"
    }

    private func scopeLine(_ scope: ScopeScore) -> String {
        let name = scope.kind == .workspace ? "Workspace" : scope.kind == .quarter ? scope.key : "roadmap \(scope.key)"
        // Sub-priority coverage is shown only where the strategy has sub-priorities: with none it is 100 % by
        // definition, and "sub 100%" beside a quarter with no work read as something covered.
        let subs = alignment.strategy(of: scope).priorities.contains { $0.parent != nil }
        var parts = ["alignment \(scope.nothingJudged ? "–" : Format.index(scope.alignmentIndex))",
                     "coverage \(Format.percent(scope.coverage))" + (subs ? " (sub \(Format.percent(scope.subCoverage)))" : ""),
                     "orphans \(scope.orphans.count)/\(scope.items)" + declaredOrphans(scope)]
        if !scope.tooLittleText.isEmpty { parts.append("too little text \(scope.tooLittleText.count)") }
        if let balance = scope.balance { parts.append("balance \(Format.decimal(balance))") }
        if let grade = scope.grade {
            let covered = scope.gradeCoverage.map { " (\($0))" } ?? ""
            parts.append(style.band("grade \(Format.grade(grade))\(scope.gradeBand.map { " \($0)" } ?? "")\(covered)", scope.gradeBand))
        }
        if scope.kind == .quarter, scope.grade != nil, case let missed = alignment.missedCommitments(in: scope.key).count, missed > 0 {
            parts.append(missed == 1 ? "1 commitment missed" : "\(missed) commitments missed")
        }
        if let pace = scope.pace, scope.kind == .quarter { parts.append(Format.paceText(pace)) }
        if scope.planned { parts.append("planned: not started, no grade yet") }
        if scope.kind == .quarter, let version = alignment.periods?.version(of: scope.key) {
            parts.append("scored against the strategy of \(Format.day(version.since))")
        }
        return style.bold(Format.label(name, 18)) + parts.joined(separator: " · ")
    }

    /// ", 2 of them declared": orphans whose declared priority the text does not support, which a reader would
    /// otherwise take for work nobody tied to a priority.
    private func declaredOrphans(_ scope: ScopeScore) -> String {
        let count = scope.orphans.count { !alignment.unsupportedDeclarations(of: $0).isEmpty }
        return count == 0 ? "" : count == 1 && scope.orphans.count == 1 ? " (declared, unsupported)" : " (\(count) declared, unsupported)"
    }

    /// The plan's priorities, or with `--quarter` that quarter's alone (its work's items, effort and grade, against the
    /// strategy it was scored with), as its gaps and orphans below are.
    private func priorityTable() -> [String] {
        let scope = quarter.flatMap { alignment.scope(.quarter, $0.description) }
        let strategy = scope.map { alignment.strategy(of: $0) } ?? alignment.strategy
        let table = quarter.flatMap { alignment.priorities(in: $0) } ?? alignment.priorities
        var rows = [style.dim(Format.pad(quarter.map { "Priorities in \($0)" } ?? "Priorities", 44) + Format.padLeft("items", 6) + Format.padLeft("effort", 8)
                              + Format.padLeft("target", 8) + Format.padLeft("graded", 7) + Format.padLeft("now", 6) + "  trend")]
        // A grade is what ended quarters achieved; "now" is the current quarter's progress so far, a pace. Averaged
        // together, a priority read green while its current objectives were at risk.
        for metrics in table where metrics.parent == nil {
            guard let priority = strategy.priority(metrics.priority) else { continue }
            let name = "\(priority.number) \(priority.title)"
            rows.append(Format.pad(name, 44) + Format.padLeft("\(metrics.items)", 6) + Format.padLeft(Format.percent(metrics.effortShare), 8)
                        + Format.padLeft(metrics.target.map(Format.percent) ?? "–", 8) + Format.padLeft(Format.grade(metrics.finishedGrade), 7)
                        + Format.padLeft(Format.grade(metrics.currentGrade), 6)
                        + "  " + Format.arrow(metrics.direction))
        }
        return rows
    }

    /// One line per objective, in columns as wide as this quarter's longest cell: the link and grade are never cut (a
    /// cut "(declared 1." reads as a different figure), and a long title is shortened with "…" past 60 characters.
    private func objectiveLines(_ items: [AlignedItem]) -> [String] {
        let rows = items.map(objectiveCells)
        let titleWidth = min(rows.map(\.title.count).max() ?? 0, 60)
        let linkWidth = rows.map(\.link.count).max() ?? 0, gradeWidth = rows.map(\.grade.count).max() ?? 0
        return rows.map { row in
            var line = "  \(row.marker) \(Format.shortened(row.title, titleWidth))  \(Format.pad(row.link, linkWidth))  \(Format.pad(row.grade, gradeWidth))  \(row.status)"
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    private func objectiveCells(_ item: AlignedItem) -> (marker: String, title: String, link: String, grade: String, status: String) {
        let score = alignment.score(of: item.id)
        let thin = score?.tooLittleText == true
        let link = score.flatMap { s in s.priority.map { "\($0) (\(s.linkKind?.rawValue ?? "-") \(Format.decimal(s.strength)))" } }
            ?? (thin ? "too little text to link" : "no priority")
        let marker = thin ? style.dim("·") : score?.orphan == true ? style.paint("○", "31") : style.paint("●", "32")
        // A grade over only some key results says how many: "grade 1.00" from 1 done of 3 would read as all done. In the
        // site's words ("1 of 3 key results measured"), so the terminal and the pages say the same.
        let covered = item.gradeCoverage == nil ? "" : " (\(item.measuredKeyResultCount) of \(item.keyResultCount) key results measured)"
        // "weighted grade 0.62": the key results count as their writer weighed them, not alike (docs/scoring.md).
        let grade = item.progress.map { (item.weightedGrade ? "weighted grade " : "grade ") + Format.grade($0) + covered } ?? (item.keyResultCount > 0 ? "progress unknown" : "no key results")
        return (marker, item.title, link, grade, item.status?.rawValue ?? "")
    }

    /// Items in Chinese, Japanese or Korean are all "too little text to link": said once, with why and what to do, rather
    /// than leaving the reader to guess from a list of ids why a whole roadmap was not linked.
    static func unreadScriptNote(_ ids: [String], alignment: Alignment) -> String? {
        let unread = unreadScriptCount(ids, alignment: alignment)
        guard unread > 0 else { return nil }
        return "\(unread == ids.count ? (unread == 1 ? "it is" : "all are") : "\(unread) of them are") written in a script inference cannot read "
            + "(Chinese, Japanese, Korean…: its word vectors are English), so \(unread == 1 ? "it is" : "they are") not linked by their text; "
            + "name the priority each serves with a `Priorities:` line"
    }

    /// How many of the items `ids` are too little text to link because they are written in a script inference cannot read.
    package static func unreadScriptCount(_ ids: [String], alignment: Alignment) -> Int {
        ids.filter { alignment.item($0).map { ContentWords.isThinForScript($0.text) } ?? false }.count
    }
}
