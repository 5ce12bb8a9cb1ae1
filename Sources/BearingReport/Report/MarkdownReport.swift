import BearingAlign
import BearingModel
import Foundation

/// `bearing report --format markdown`: a stakeholder update — how the quarter is going, the risks and who owns them,
/// what moved, the objectives by priority and what comes next — with links to the site's pages when it knows where
/// the site is.
public struct MarkdownReport {
    let alignment: Alignment
    let plan: Plan
    let quarter: Quarter?
    let links: ReportLinks?
    let changes: PlanChanges?
    let trends: PlanTrends?
    /// The plan's flagged key results and its periods: gathered over every file, so the site, which writes one report
    /// per quarter, gathers them once and passes them in (each report gathering them again was 3 % of a full build).
    let flags: KeyResultFlags
    let quarters: [Quarter]

    /// `trends`, from the plan's history, give each key result's movement since the last review (`LastReview`, the
    /// point the review page uses); without them the update lists `changes`, or says it cannot tell.
    public init(alignment: Alignment, plan: Plan, quarter: Quarter?, links: ReportLinks? = nil, changes: PlanChanges? = nil, trends: PlanTrends? = nil,
                flags: KeyResultFlags? = nil, quarters: [Quarter]? = nil) {
        self.alignment = alignment
        self.plan = plan
        self.quarter = quarter
        self.links = links
        self.changes = changes
        self.trends = trends
        self.flags = flags ?? KeyResultFlags(plan)
        self.quarters = quarters ?? plan.quarters
    }

    /// The report as Markdown text, for `bearing report --format markdown`.
    public func render() -> String { MarkdownText.write(blocks()) }

    /// The report as blocks: the site renders its report page from these, so nothing is parsed back from text.
    public func blocks() -> [Block] {
        guard let q = quarter ?? alignment.currentQuarter, let scope = alignment.scope(.quarter, q.description) else {
            guard let quarter else { return roadmapUpdate() }
            return [heading(1, [.text(title)]), paragraph([.text("No objectives for \(quarter).")])]
        }
        var out = [heading(1, [.text("\(title): \(q) update")]), paragraph(summary(scope, quarter: q))]
        out += risks(q)
        if let trends, let review = LastReview(alignment: alignment, quarter: q) {
            out += keyResultMovement(trends, since: review, quarter: q)
        } else {
            out += keyResultMovement()
        }
        out += comparison(scope, quarter: q)
        out += objectivesByPriority(q)
        if !scope.subGaps.isEmpty {
            let names = scope.subGaps.compactMap { alignment.strategy(of: scope).priority($0) }.map { "\($0.number) \($0.title)" }
            out.append(heading(2, [.text("Sub-priorities without work this quarter")]))
            out.append(list(names.map { [.text($0)] }))
        }
        out += nextSteps(q)
        out.append(footer())
        return out
    }

    /// The update of a plan with no quarterly objectives — roadmaps only, as many open-source projects keep: the same
    /// sections over the roadmap items, so the printable, CI-facing report says as much as the terminal one.
    private func roadmapUpdate() -> [Block] {
        let items = alignment.items.filter { $0.kind == .roadmapItem }
        guard let scope = alignment.workspace, !items.isEmpty else {
            return [heading(1, [.text(title)]), paragraph([.text("Nothing planned yet: no quarterly objectives and no roadmap items.")]), footer()]
        }
        let total = alignment.strategy.topLevel.count
        var sentence = "\(Format.count(items.count, "roadmap item")) in \(Format.count(plan.roadmaps.count, "roadmap")), no quarterly objectives; "
            + "\(total - scope.gaps.count) of \(total) priorities have work"
            + orphanWords(scope, noun: "item")
        if !scope.tooLittleText.isEmpty { sentence += scope.tooLittleText.count == 1 ? ", 1 has too little text to link" : ", \(scope.tooLittleText.count) have too little text to link" }
        var out = [heading(1, [.text("\(title): roadmap update")]),
                   paragraph([.text(sentence + ". Alignment index "), .strong([.text(scope.nothingJudged ? "–" : Format.index(scope.alignmentIndex))]), .text(".")])]
        out += risks(nil)
        let roadmaps = plan.roadmaps.compactMap { roadmap -> [Inline]? in
            guard let score = alignment.scope(.roadmap, roadmap.id) else { return nil }
            return [.strong([.text(roadmap.title)]), .text(" — \(Format.count(score.items, "item")), alignment \(score.nothingJudged ? "–" : Format.index(score.alignmentIndex)), "
                + "coverage \(Format.percent(score.coverage)), \(Format.count(score.orphans.count, "orphan"))")]
        }
        if roadmaps.count > 1 { out += [heading(2, [.text("Roadmaps")]), list(roadmaps)] }
        out += byPriority(items, heading: "Work by priority", gap: "No roadmap item: a gap.", noun: "items")
        out += nextSteps(nil)
        out.append(footer())
        return out
    }

    private func footer() -> Block {
        var footer: [Inline] = [.html("<sub>"), .text("Generated by Bearing on \(Format.day(alignment.today)).")]
        if let links {
            footer += [.text(" "), .link(destination: links.url(.review), content: [.text("The quarterly review")]), .text(" · "),
                       .link(destination: links.url(.scoring), content: [.text("how scores are computed")]), .text(".")]
        }
        return paragraph(footer + [.html("</sub>")])
    }

    // MARK: Sections

    /// Off-track first, then at-risk: the quarter's objectives and initiatives (with those of a half-year or year
    /// running through it, marked with their period) and the roadmap items, with owners.
    private func risks(_ q: Quarter?) -> [Block] {
        let (flagged, behind) = Self.risks(alignment, flags: flags, quarter: q)
        let ordered = flagged + behind
        guard !ordered.isEmpty else { return [heading(2, [.text("Risks")]), paragraph([.text("Nothing is marked at-risk or off-track.")])] }
        let offTrack = flagged.count { flags.status(of: $0) == .offTrack }
        return [heading(2, [.text("Risks")])] + capped(ordered, line: { item in
            let words = Self.riskWords(item, alignment: alignment, flags: flags)
            var line = titled(item) + [.text(" — \(words), ")]
            let owners = flags.owners(of: item)
            line.append(owners.isEmpty ? .emphasis([.text("no owner named")]) : .text(owners.joined(separator: ", ")))
            if item.kind == .roadmapItem { line.append(.text(" (roadmap \(roadmapTitle(item)))")) }
            if let period = item.quarter, let q, period.spans(q), item.kind != .roadmapItem { line.append(.text(" (\(period))")) }
            return line
        }, rest: { count in
            behind.isEmpty ? "\(count) more (\(offTrack) off-track and \(flagged.count - offTrack) at-risk in all)"
                : "\(count) more (\(offTrack) off-track, \(flagged.count - offTrack) at-risk and \(behind.count) behind pace in all)"
        }, quarter: q)
    }

    /// The risks of quarter `q` (of every period when nil): the objectives and initiatives of the quarter (and of the
    /// half-years or years running through it) and the roadmap items marked at risk or off track, or flagged so by a key
    /// result (`KeyResultFlags`), off track first; then the work behind pace that nobody marked. The update, the CI
    /// summary and the dashboard's attention list count the same things.
    package static func risks(_ alignment: Alignment, flags: KeyResultFlags, quarter q: Quarter?) -> (flagged: [AlignedItem], behind: [AlignedItem]) {
        // A quarter's update lists its own work: a Q2 update written in December listed a Q4 objective behind pace.
        // The update of a quarter not yet over lists every roadmap risk, as the roadmaps are today; that of an ended
        // quarter only the roadmap items planned in it (a status is today's, which says nothing of a quarter that ended).
        func inQuarter(_ item: AlignedItem) -> Bool {
            guard let q else { return true }
            if item.kind == .roadmapItem, q.dateInterval.end > alignment.today { return true }
            return item.quarter?.runs(through: q) == true
        }
        let flagged = alignment.items.filter { flags.status(of: $0) != nil && inQuarter($0) }
        let flaggedIDs = Set(flagged.map(\.id))
        let behind = alignment.items.filter { alignment.behindPace($0) != nil && !flaggedIDs.contains($0.id) && inQuarter($0) }
        return (flagged.filter { flags.status(of: $0) == .offTrack } + flagged.filter { flags.status(of: $0) == .atRisk }, behind)
    }

    /// `riskWords`, or for work a key result flags: `key result "…" at-risk`.
    package static func riskWords(_ item: AlignedItem, alignment: Alignment, flags: KeyResultFlags) -> String {
        if let result = flags.keyResult(of: item), let status = flags.status(of: item) { return "key result \"\(result)\" \(status.rawValue)" }
        return riskWords(item, alignment: alignment)
    }

    /// "off-track", "at-risk", or for work nobody marked: "behind pace (grade 0.28 at 50% of the quarter)", with the
    /// share of its own period for a half-year's or year's objective ("at 70% of the half-year").
    /// A committed objective says so, with its grade: "behind pace (committed, grade 0.35 at 50% of the quarter)",
    /// "at-risk (committed, at 0.80)": a leader reads a committed 0.8 as short, where a stretch 0.8 is a success.
    package static func riskWords(_ item: AlignedItem, alignment: Alignment) -> String {
        if let elapsed = alignment.behindPace(item), let grade = item.progress {
            let period = item.quarter?.span.word ?? "quarter"
            let committed = item.commitment == .committed ? "committed, " : ""
            return "behind pace (\(committed)grade \(Format.grade(grade)) at \(Format.percent(elapsed)) of the \(period))"
        }
        let status = item.status?.rawValue ?? ""
        return commitmentNote(item).map { "\(status) (\($0))" } ?? status
    }

    /// "committed, at 0.80" for a committed objective with a grade, nil for any other item.
    package static func commitmentNote(_ item: AlignedItem) -> String? {
        guard item.kind == .objective, item.commitment == .committed, let grade = item.progress else { return nil }
        return "committed, at \(Format.grade(grade))"
    }

    /// An update is read in a few minutes: a long list shows its first `listLimit` lines and says how many more
    /// there are and where the rest is (the quarter's page, which lists every objective with its status).
    public static let listLimit = 25

    /// The first `listLimit` of `items` as a list (lines made only for those), then how many more and where.
    private func capped<T>(_ items: [T], line: (T) -> [Inline], rest: (Int) -> String, quarter q: Quarter?) -> [Block] {
        guard items.count > Self.listLimit else { return [list(items.map(line))] }
        var more: [Inline] = [.text("…and \(rest(items.count - Self.listLimit))")]
        guard let q else {
            // No quarter: the roadmaps' pages and the terminal report list every item.
            more.append(.text(links == nil ? ": `bearing report --format csv` lists every item." : ": see the roadmaps on the site."))
            return [list(items.prefix(Self.listLimit).map(line)), paragraph(more)]
        }
        if let links {
            more += [.text(": see "), .link(destination: links.url(.quarter(q.description)), content: [.text("the \(q) page")]),
                     .text(" and "), .link(destination: links.url(.review), content: [.text("the review")]), .text(".")]
        } else {
            more.append(.text(": `bearing report --quarter \(q)` lists every objective with its status."))
        }
        return [list(items.prefix(Self.listLimit).map(line)), paragraph(more)]
    }

    /// Each file's first commit as far as the history tells: where the earliest of its objectives now in it first
    /// appears. A plan adopted into git mid-quarter starts there, and its key results were not added then.
    static func historyStarts(_ objectives: [Objective], trends: PlanTrends) -> [String: (date: Date, commit: String)] {
        var starts: [String: (date: Date, commit: String)] = [:]
        for objective in objectives {
            guard let trend = trends.items[objective.id] else { continue }
            let file = objective.location.path
            if starts[file].map({ trend.appeared < $0.date }) ?? true { starts[file] = (trend.appeared, trend.appearedIn) }
        }
        return starts
    }

    /// Key-result movement since the last update needs the plan's history; without it the report says so.
    private func keyResultMovement() -> [Block] {
        guard let changes else {
            return [heading(2, [.text("Key results since the last update")]),
                    paragraph([.emphasis([.text("Not shown: this update was made without the plan's history, so it cannot tell how key results moved.")])])]
        }
        let moves = changes.changes.filter { $0.kind == .progress || $0.kind == .status || $0.kind == .moved }
        guard !moves.isEmpty else {
            return [heading(2, [.text("Key results since \(changes.since)")]), paragraph([.text("No key result or status changed.")])]
        }
        return [heading(2, [.text("Key results since \(changes.since)")]), list(moves.map { change in
            let what = switch change.kind {
            case .status: "status \(change.from ?? "none") → \(change.to ?? "none")"
            case .moved: "moved \(change.from ?? "unplanned") → \(change.to ?? "unplanned")"
            default: "\(change.from ?? "–") → \(change.to ?? "–")"
            }
            return [.strong([.text(change.title)]), .text(": \(what) (\(Format.day(change.date)), \(change.author))")]
        })]
    }

    /// Each key result of the quarter's objectives and initiatives that moved since the last review, from where it stood
    /// then to where it stands now ("40% → 65% since 2026-10-01"), and the status changes since then with who made the last.
    private func keyResultMovement(_ trends: PlanTrends, since review: LastReview, quarter q: Quarter) -> [Block] {
        let day = Format.day(review.date)
        var lines: [[Inline]] = [], still = 0, total = 0
        let objectives = plan.objectives.filter { $0.quarter == q }
        let starts = Self.historyStarts(objectives, trends: trends)
        // Files whose history starts after the review: per file, its first commit and how many key results were in it.
        var lateStarts: [String: (date: Date, commit: String, count: Int)] = [:]
        for objective in objectives {
            // The objective's key results include its initiatives'.
            let results = objective.keyResults
            let start = starts[objective.location.path]
            for (result, trend) in zip(results, trends.keyResults(of: objective.id, matching: results, today: alignment.today)) {
                let first = trend?.points.first?.date ?? .distantPast
                // In the file since its first commit, and that commit came after the review: the history has nothing
                // earlier, so the key result is compared with that commit. It was not added since the review.
                var since = review.date
                if let start, start.date > review.date, trend != nil, first == start.date {
                    lateStarts[objective.location.path, default: (start.date, start.commit, 0)].count += 1
                    since = start.date
                }
                let sinceDay = Format.day(since)
                total += 1
                let before = trend?.point(at: since)
                let moved: String
                switch (before, result.progress) {
                case (nil, let now) where trend != nil && first > review.date:
                    moved = "new since \(day)" + (now.map { ", now \(Format.percent($0))" } ?? "")
                case (let was?, let now) where was.progress != now || was.done != result.done:
                    moved = "\(was.progress.map(Format.percent) ?? "–") → \(now.map(Format.percent) ?? "–") since \(sinceDay)"
                        + (trend.map { Self.sparkline($0, from: since, now: now) } ?? "")
                default:
                    still += 1
                    continue
                }
                lines.append([.strong([.text(result.text)]), .text(" (" + objective.title + "): " + moved)])
            }
        }
        for item in alignment.items where item.kind != .roadmapItem && item.quarter == q || item.kind == .roadmapItem {
            let changes = (trends.items[item.id]?.statusChanges ?? []).filter { $0.date >= review.date && $0.date < review.until }
            guard let first = changes.first, let last = changes.last, first.from != last.to else { continue }
            lines.append(titled(item) + [.text(": status \(first.from?.rawValue ?? "none") → \(last.to?.rawValue ?? "none") since \(day) (\(last.author), \(Format.day(last.date)))")])
        }
        let heading = heading(2, [.text("Key results since \(review.label)")])
        // Said once per first commit (a plan adopted in one commit is one sentence), not as "new since" on each key result.
        let byCommit = Dictionary(grouping: lateStarts.sorted { $0.key < $1.key }, by: \.value.commit)
        let history = byCommit.values.sorted { ($0[0].value.date, $0[0].key) < ($1[0].value.date, $1[0].key) }.map { files -> Block in
            let count = files.map(\.value.count).reduce(0, +), start = files[0].value
            var names: [Inline] = []
            for (index, file) in files.enumerated() {
                if index > 0 { names.append(.text(index == files.count - 1 ? " and " : ", ")) }
                names.append(.code(file.key))
            }
            let whose = files.count == 1 ? "its" : "their"
            let results = count == 1 ? "\(whose) key result is" : "\(whose) \(count) key results are"
            return paragraph([.text("History starts later for ")] + names + [.text(": \(files.count == 1 ? "its" : "their") first commit, "
                + "\(String(start.commit.prefix(7))) on \(Format.day(start.date)), came after \(day), so \(results) compared with that commit.")])
        }
        guard !lines.isEmpty else {
            return [heading] + history + [paragraph([.text("No key result or status changed.")])]
        }
        var out = [heading] + history + capped(lines, line: { $0 }, rest: { "\($0) more moves and status changes" }, quarter: q)
        if still > 0 { out.append(paragraph([.text("\(still) of \(total) key results did not move.")])) }
        return out
    }

    /// A key result's progress from the review's date to now as block characters (" ▂▅▇"): a sparkline that
    /// survives every Markdown viewer and e-mail client; empty when fewer than three points say a figure.
    static func sparkline(_ trend: PlanTrends.KeyResultTrend, from date: Date, now: Double?) -> String {
        let start = trend.points.lastIndex { $0.date <= date } ?? 0
        var values = trend.points[start...].compactMap(\.progress)
        if let now, values.last != now { values.append(now) }
        guard values.count >= 3 else { return "" }
        let blocks = Array("▁▂▃▄▅▆▇█")
        return " " + String(values.suffix(12).map { blocks[min(blocks.count - 1, max(0, Int(($0 * Double(blocks.count)).rounded(.down))))] })
    }

    /// Grades compared only between ended quarters; a quarter under way is shown as its pace. When the plan skips a
    /// quarter, the comparison names the one it compares with.
    private func comparison(_ scope: ScopeScore, quarter q: Quarter) -> [Block] {
        // The period before of the same length: a half-year is no "previous quarter" (2026-H2 starts with 2026-Q3).
        guard let previous = quarters.last(where: { $0 < q && $0.span == q.span }),
              let before = alignment.scope(.quarter, previous.description) else { return [] }
        var title = "What moved since \(previous)"
        // The comparison names what it compares with: the quarter before may simply not be in the plan.
        var missing: [Quarter] = []
        var gap = previous.following
        while gap < q, gap != gap.following, missing.count < 8 { missing.append(gap); gap = gap.following }
        if !missing.isEmpty {
            title += " (the plan has no objectives for \(missing.map(\.description).joined(separator: ", ")))"
        }
        var lines: [[Inline]] = []
        let ended = quarters.filter { $0 <= q && $0.span == q.span }.compactMap { quarter -> (Quarter, Double)? in
            guard let s = alignment.scope(.quarter, quarter.description), !s.planned, s.pace?.status == "finished", let grade = s.grade else { return nil }
            return (quarter, grade)
        }
        if let pace = scope.pace, pace.status != "finished" {
            lines.append([.text("\(q) is under way: progress \(Format.grade(pace.grade)) with \(Format.percent(pace.elapsed)) of the \(pace.periodWord) gone (\(pace.status.replacingOccurrences(of: "-", with: " "))), a pace rather than a grade.")])
        }
        if ended.count >= 2 {
            let (a, ga) = ended[ended.count - 2], (b, gb) = ended[ended.count - 1]
            lines.append([.text("Grade of ended quarters: \(a) \(Format.grade(ga)) → \(b) \(Format.grade(gb)).")])
        } else if let (a, ga) = ended.last {
            lines.append([.text("Grade of the last ended quarter, \(a): \(Format.grade(ga)).")])
        }
        lines.append([.text("Alignment index \(Format.index(before.alignmentIndex)) → \(Format.index(scope.alignmentIndex)); coverage \(Format.percent(before.coverage)) → \(Format.percent(scope.coverage)).")])
        for priority in alignment.strategy.topLevel {
            guard let metrics = alignment.priorities.first(where: { $0.priority == priority.id }) else { continue }
            let points = metrics.trend
            guard let old = points.first(where: { $0.quarter == previous.description }), let new = points.first(where: { $0.quarter == q.description }) else { continue }
            let change = new.effortShare - old.effortShare
            if abs(change) >= 0.05 || old.items != new.items {
                lines.append([.text("\(priority.title): items \(old.items) → \(new.items), effort share \(Format.percent(old.effortShare)) → \(Format.percent(new.effortShare)).")])
            }
        }
        let closed = Set(before.gaps).subtracting(scope.gaps), opened = Set(scope.gaps).subtracting(before.gaps)
        if !closed.isEmpty { lines.append([.text("Gaps closed: \(closed.sorted().joined(separator: ", ")).")]) }
        if !opened.isEmpty { lines.append([.text("New gaps: \(opened.sorted().joined(separator: ", ")).")]) }
        return [heading(2, [.text(title)]), list(lines)]
    }

    /// ", 2 objectives serve none clearly", with those that declare a priority their text does not support told apart:
    /// ", 1 objective serves none clearly, 1 declares a priority its text does not say how it serves".
    private func orphanWords(_ scope: ScopeScore, noun: String) -> String {
        let declared = scope.orphans.count { !alignment.unsupportedDeclarations(of: $0).isEmpty }, plain = scope.orphans.count - declared
        var out = plain == 0 ? "" : plain == 1 ? ", 1 \(noun) serves none clearly" : ", \(plain) \(noun)s serve none clearly"
        if declared > 0 {
            out += declared == 1 ? ", 1 \(plain == 0 ? noun + " " : "")declares a priority its text does not say how it serves"
                : ", \(declared) \(plain == 0 ? noun + "s " : "")declare priorities their text does not say how they serve"
        }
        return out
    }

    private func objectivesByPriority(_ q: Quarter) -> [Block] {
        // The quarter's objectives, then those of the half-years and years running through it, as its gaps count them.
        let objectives = alignment.items.filter { $0.kind == .objective }
        return byPriority(objectives.filter { $0.quarter == q } + objectives.filter { $0.quarter?.spans(q) == true },
                          heading: "Objectives by priority",
                          gap: "No objective this quarter: a gap.", noun: "objectives", quarter: q)
    }

    /// `objectives` (any items) under each priority they serve above the threshold, then those serving none clearly and
    /// those with too little text to link; a long list is capped as the other sections are.
    private func byPriority(_ objectives: [AlignedItem], heading title: String, gap: String, noun: String, quarter q: Quarter? = nil) -> [Block] {
        var out = [heading(2, [.text(title)])]
        // A half-year's or year's objective under a quarter is marked with its period, as in the risks.
        let line: (AlignedItem) -> [Inline] = { item in
            guard let q, let period = item.quarter, period.spans(q) else { return self.objectiveLine(item) }
            return self.objectiveLine(item) + [.text(" (\(period))")]
        }
        let show: ([AlignedItem]) -> [Block] = { items in
            q == nil ? self.capped(items, line: line, rest: { "\($0) more" }, quarter: nil) : [self.list(items.map(line))]
        }
        for priority in alignment.strategy.topLevel {
            // Under every priority an objective serves above the threshold, not only its best one.
            let serving = objectives.filter { item in
                alignment.links(of: item.id).contains { link in
                    link.strength >= Alignment.threshold && (alignment.strategy.parent(of: link.priority) ?? link.priority) == priority.id
                }
            }
            var name: [Inline] = [.text("\(priority.number). \(priority.title)")]
            if let links { name = [.link(destination: links.url(.priority(priority.id)), content: name)] }
            out.append(heading(3, name))
            // Work that declares the priority while its text does not say how: still a gap by the scores (declaring
            // cannot lift them on its own), but not "no objective": it is listed here, as declared.
            // Per priority, as the scores count a declared gap: an objective that serves another priority clearly and
            // declares this one too ("Priority: rider-app, city-partners") is still listed here, not "no objective".
            let declared = objectives.filter { item in
                !serving.contains { $0.id == item.id } && alignment.links(of: item.id).contains { link in
                    link.kind == .declared && link.strength < Alignment.threshold
                        && (alignment.strategy.parent(of: link.priority) ?? link.priority) == priority.id
                }
            }
            if serving.isEmpty && declared.isEmpty { out.append(paragraph([.emphasis([.text(gap)])])) } else if !serving.isEmpty { out += show(serving) }
            if !declared.isEmpty {
                out.append(paragraph([.emphasis([.text(declared.count == 1 ? "Declared, but its text does not say how it serves this priority:"
                                                                           : "Declared, but their text does not say how they serve this priority:")])]))
                out += show(declared)
            }
        }
        let orphans = objectives.filter { (alignment.score(of: $0.id)?.orphan ?? true) && alignment.unsupportedDeclarations(of: $0.id).isEmpty }
        if !orphans.isEmpty {
            out.append(heading(3, [.text("Not clearly tied to a priority")]))
            out += show(orphans)
        }
        let thin = objectives.filter { alignment.score(of: $0.id)?.tooLittleText ?? false }
        if !thin.isEmpty {
            out.append(heading(3, [.text("Too little text to link")]))
            out.append(paragraph([.emphasis([.text("These \(noun) say too little for Bearing to tell which priority they serve; they count neither as aligned nor as orphans. Add a sentence about the work, or a "), .code("Priorities:"), .text(" line.")])]))
            out += show(thin)
        }
        return out
    }

    /// What comes next: the quarter's objectives not started yet, the next quarter's objectives when planned, and
    /// roadmap items in a "Next" or "Upcoming" lane or in a lane for the next quarter.
    private func nextSteps(_ q: Quarter?) -> [Block] {
        // Each step: the item and what is said after its title.
        var steps: [(AlignedItem, String)] = []
        let owners: (AlignedItem) -> String = { $0.owners.isEmpty ? "" : ", \($0.owners.joined(separator: ", "))" }
        for item in alignment.items where q != nil && item.kind == .objective && item.quarter == q && item.status == .notStarted {
            steps.append((item, " — not started in \(q!)" + owners(item)))
        }
        if let q, let next = quarters.first(where: { $0 > q }) {
            for item in alignment.items where item.kind == .objective && item.quarter == next {
                steps.append((item, " — planned for \(next)" + owners(item)))
            }
        }
        let nextLabel = q?.following.description
        for roadmap in plan.roadmaps {
            let lanes = Set(roadmap.lanes.filter { lane in
                ["next", "upcoming"].contains(lane.title.lowercased().trimmingCharacters(in: .whitespaces)) || (nextLabel != nil && lane.period == nextLabel)
            }.map(\.title))
            for entry in roadmap.items where lanes.contains(entry.lane) && entry.metadata.status != .done && entry.metadata.status != .dropped {
                guard let item = alignment.item(entry.id) else { continue }
                steps.append((item, " — \(entry.lane), roadmap \(roadmap.title)" + owners(item)))
            }
        }
        guard !steps.isEmpty else { return [] }
        return [heading(2, [.text("Next steps")])] + capped(steps, line: { titled($0.0) + [.text($0.1)] }, rest: { "\($0) more" }, quarter: q)
    }

    // MARK: Pieces

    private func heading(_ level: Int, _ content: [Inline]) -> Block { Block(.heading(level: level, content: content, label: nil), line: 0, endLine: 0) }
    private func paragraph(_ content: [Inline]) -> Block { Block(.paragraph(content), line: 0, endLine: 0) }
    private func list(_ items: [[Inline]]) -> Block {
        Block(.list(ordered: false, items: items.map { ListItem(blocks: [paragraph($0)], line: 0, column: 1, endLine: 0) }), line: 0, endLine: 0)
    }

    private var title: String { plan.config.title ?? alignment.strategy.title }

    /// The item's title in bold, linked to its page when the site's address is known.
    private func titled(_ item: AlignedItem) -> [Inline] {
        let bold: Inline = .strong([.text(item.title)])
        guard let links else { return [bold] }
        return [.link(destination: links.url(.item(item)), content: [bold])]
    }

    private func isEnded(_ quarter: Quarter?) -> Bool { quarter.map { $0.dateInterval.end <= alignment.today } ?? false }

    private func roadmapTitle(_ item: AlignedItem) -> String {
        plan.roadmaps.first { $0.id == item.roadmap }?.title ?? item.roadmap ?? ""
    }

    private func summary(_ scope: ScopeScore, quarter: Quarter) -> [Inline] {
        var out: [Inline] = []
        if scope.planned {
            out.append(.text("Planned: \(quarter) has not started, so it has no grade or pace yet. "))
        } else if let grade = scope.grade {
            if let pace = scope.pace, pace.status != "finished" {
                // A quarter under way has a pace, not a grade.
                out += [.text("Key-result progress so far "), .strong([.text(Format.grade(grade))]), .text(", \(Format.paceText(pace)). ")]
            } else {
                let band = [scope.gradeBand, scope.gradeCoverage].compactMap { $0 }.joined(separator: ", ")
                out += [.text("Key results grade "), .strong([.text(Format.grade(grade))]), .text(" (\(band)), quarter finished. ")]
                // A committed objective short of 1.0 is a miss its owner explains: named, not averaged away.
                let missed = alignment.missedCommitments(in: quarter.description)
                if !missed.isEmpty {
                    let names = missed.prefix(3).map { "\($0.title) (\(Format.grade($0.progress ?? 0)))" }.joined(separator: "; ")
                    let more = missed.count > 3 ? " and \(missed.count - 3) more" : ""
                    out.append(.text(missed.count == 1 ? "Committed and short of 1.0: \(names). " : "Committed and short of 1.0: \(names)\(more). "))
                }
            }
        }
        let total = alignment.strategy(of: scope).topLevel.count
        let sentence = "\(Format.count(scope.items, "objective")); \(total - scope.gaps.count) of \(total) priorities have work"
            + Self.scoredThen(alignment, scope: scope)
            + orphanWords(scope, noun: "objective")
            + (scope.tooLittleText.isEmpty ? "" : scope.tooLittleText.count == 1 ? ", 1 has too little text to link" : ", \(scope.tooLittleText.count) have too little text to link") + "."
        out.append(.text(sentence + " Alignment index "))
        out.append(.strong([.text(scope.nothingJudged ? "–" : Format.index(scope.alignmentIndex))]))
        out.append(.text((scope.balance.map { ", balance against target weights \(Format.decimal($0))" } ?? "") + "."))
        if let links { out += [.text(" "), .link(destination: links.url(.quarter(quarter.description)), content: [.text("The quarter on the site")]), .text(".")] }
        return out
    }

    /// " (scored against the strategy of 2026-04-01, in force then)" for a quarter that ended under an earlier strategy.
    static func scoredThen(_ alignment: Alignment, scope: ScopeScore) -> String {
        guard scope.kind == .quarter, let version = alignment.periods?.version(of: scope.key) else { return "" }
        return " (scored against the strategy of \(Format.day(version.since)), in force then)"
    }

    private func objectiveLine(_ item: AlignedItem) -> [Inline] {
        let score = alignment.score(of: item.id)
        var facts: [String] = []
        if let status = item.status { facts.append(status.rawValue) }
        // An ended quarter's objective has a grade; one under way has progress so far.
        if let progress = item.progress {
            facts.append("\(isEnded(item.quarter) ? "grade" : "progress") \(Format.grade(progress))" + (item.gradeCoverage.map { " (\($0))" } ?? ""))
        }
        if !item.owners.isEmpty { facts.append(item.owners.joined(separator: ", ")) }
        let how = score?.linkKind.map { kind -> String in
            kind == .inferred ? "inferred from \(score?.terms.prefix(3).joined(separator: ", ") ?? "its text")" : kind.rawValue
        }
        var line = titled(item)
        if !facts.isEmpty { line.append(.text(" — " + facts.joined(separator: ", "))) }
        if let how { line += [.text(" "), .emphasis([.text("(\(how))")])] }
        return line
    }
}
