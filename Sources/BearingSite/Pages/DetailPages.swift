import BearingAlign
import BearingModel
import BearingParse
import BearingReport

/// Pages for one priority, quarter, objective, roadmap, report; and the scoring document.
extension SiteContent {
    func priorityPage(_ priority: Priority) -> Page {
        let metrics = alignment.priorities.first { $0.priority == priority.id }
        let isTop = priority.parent == nil
        // Work serving it, by quarter (newest first) and roadmap, so the alignment matrix can link to one place.
        var groups: [String: [(AlignedItem, Link)]] = [:]
        for (item, best) in priorityRows[priority.id] ?? [] { groups[whereText(item), default: []].append((item, best)) }
        // Quarters under way and ahead in full, then ended quarters, newest first, until `fullRowLimit` of their rows
        // are shown; older ones by title only. A priority served for eight years listed 1,100 rows (356 KB) in full.
        var endedRows = 0, compacted = false
        let quarters = Dictionary(self.quarters.map { ($0.description, $0) }, uniquingKeysWith: { first, _ in first })
        func section(_ label: String, _ entries: [(AlignedItem, Link)]) -> TemplateValue {
            var fields: TemplateValue.Fields = ["label": .text(label.isEmpty ? "Other" : scopeHeading(label)), "anchor": .text(scopeAnchor(label)),
                                                "count": .number(entries.count)]
            let ended = quarters[label].map { quarter in alignment.currentQuarter.map { quarter < $0 } ?? true } ?? false
            if ended && endedRows >= Self.fullRowLimit {
                fields["compact"] = .flag(true)
                fields["first_compact"] = .flag(!compacted)
                compacted = true
                fields["entries"] = .list(entries.map { item, _ in ["title": .text(item.title), "href": .text(paths.item(item))] })
            } else {
                if ended { endedRows += entries.count }
                fields["rows"] = .list(entries.map { summaryRow($0, link: $1, showPriority: false) })
            }
            return .object(fields)
        }
        let sections: [TemplateValue] = scopeLabels().compactMap { label in
            groups.removeValue(forKey: label).map { section(label, $0) }
        } + groups.sorted { $0.key < $1.key }.map { section($0.key, $0.value) }
        let children: [TemplateValue] = strategy.children(of: priority.id).map { child in
            let count = alignment.priorities.first { $0.priority == child.id }?.items ?? 0
            return ["number": .text(child.number), "title": .text(child.title), "href": .text(paths.priority(child.id)), "items": .number(count),
                    "one_item": .flag(count == 1)]
        }
        var context: TemplateValue.Fields = [
            "number": .text(priority.number), "title": .text(priority.title), "summary": .text(TrailingTags.removed(from: Wikilinks.asText(priority.summary ?? ""))),
            "signal": .text(priority.successSignal ?? ""), "items": .number(metrics?.items ?? 0), "one_item": .flag(metrics?.items == 1),
            "sections": .list(sections), "children": .list(children),
            "body": .text(priorityBody(priority)),
            "share": .text(isTop ? percent(metrics?.effortShare ?? 0) : ""), "target": .text(metrics?.target.map(percent) ?? ""),
            // Ended quarters' grade apart from the current quarter's progress: averaged together, a priority read 0.73
            // green while both its current objectives were at risk.
            "grade": .text(metrics?.finishedGrade.map(format) ?? ""), "band": .text(metrics?.finishedBanded == false ? "" : band(metrics?.finishedGrade)),
            "grade_coverage": .text(metrics?.finishedCoverage ?? ""),
            "now": .text(metrics?.currentGrade.map(format) ?? ""), "now_quarter": .text(alignment.currentQuarter?.description ?? ""),
            "now_objectives": .number(metrics?.currentObjectives ?? 0), "now_flagged": .number(metrics?.currentAtRisk ?? 0),
            "has_now_flagged": .flag((metrics?.currentAtRisk ?? 0) > 0),
            "direction": .text(isTop ? (metrics?.direction ?? "") : ""),
            "sparkline": .text(metrics.map { Sparkline.render(Self.toDate($0, alignment), title: priority.title) } ?? ""),
        ]
        // One choice of columns for every quarter's table on the page, so they line up.
        for (key, value) in rowColumns((priorityRows[priority.id] ?? []).map(\.0)) { context[key] = value }
        if let parent = priority.parent.flatMap(strategy.priority) {
            context["parent"] = ["number": .text(parent.number), "title": .text(parent.title), "href": .text(paths.priority(parent.id))]
        }
        return Page(path: paths.priority(priority.id), template: "priority", title: "\(priority.number) \(priority.title)", kind: "priority", context: .object(context))
    }

    /// A priority's (or objective's) text without what the page's header already says: a sub-priority written as
    /// a list item (GitLab's `1. Even easier to buy` and its nested points) is that item whole, its name first, and an
    /// H3 priority's summary is often its whole first paragraph. The item is unwrapped and a leading paragraph that is
    /// only the title or only the summary is left out; a paragraph saying more than either stays.
    /// A priority's trend as its page draws it: the quarters that have started, as its direction reads them; a planned
    /// quarter's share is no trend (the dashboard's heatmap shows those columns marked planned).
    /// A quarter known only from roadmap items has no scope to say it is planned: its start date does.
    static func toDate(_ metrics: PriorityMetrics, _ alignment: Alignment) -> PriorityMetrics {
        let trendQuarters = Set(metrics.trend.map(\.quarter))
        var planned = Set<String>()
        for item in alignment.items {
            guard let quarter = item.quarter, trendQuarters.contains(quarter.description) else { continue }
            if quarter.dateInterval.start > alignment.today { planned.insert(quarter.description) }
        }
        var shown = metrics
        shown.trend = metrics.trend.filter { !planned.contains($0.quarter) }
        return shown
    }

    /// A priority's own text. A title written as a link (`### [Growth](growth.md)`) keeps its link first, unless the
    /// text shown still holds it: the header shows the title as plain text, as its id reads.
    private func priorityBody(_ priority: Priority) -> String {
        let renderer = renderer(page: paths.priority(priority.id), file: priority.location.path)
        let blocks = Self.withoutHeader(priority.blocks, title: priority.title, summary: priority.summary)
        var out = ""
        if let link = priority.titleLink, case .link(let destination, _) = link, !Self.links(in: blocks).contains(destination) {
            out = "<p class=\"title-link\">See \(renderer.inline([link]))</p>\n"
        }
        return out + renderer.render(blocks)
    }

    /// The destinations of the links `blocks` show.
    private static func links(in blocks: [Block]) -> Set<String> {
        var found = Set<String>()
        func inline(_ content: [Inline]) {
            for item in content {
                switch item {
                case .link(let destination, let inner): found.insert(destination); inline(inner)
                case .strong(let inner), .emphasis(let inner), .image(_, let inner): inline(inner)
                default: break
                }
            }
        }
        func walk(_ blocks: [Block]) {
            for block in blocks {
                switch block.kind {
                case .heading(_, let content, _), .paragraph(let content): inline(content)
                case .list(_, let items): for item in items { walk(item.blocks) }
                case .quote(let inner), .directive(_, _, _, let inner, _): walk(inner)
                case .table(let header, let rows, _): for cell in header + rows.joined() { inline(cell.content) }
                default: break
                }
            }
        }
        walk(blocks)
        return found
    }

    static func withoutHeader(_ blocks: [Block], title: String, summary: String?) -> [Block] {
        var blocks = blocks
        if blocks.count == 1, case .list(_, let items) = blocks[0].kind, items.count == 1, items[0].task == nil {
            if case .paragraph(let content)? = items[0].blocks.first?.kind, sameText(content.plainText, title) {
                blocks = Array(items[0].blocks.dropFirst())
            }
        }
        while case .paragraph(let content)? = blocks.first?.kind,
              sameText(content.plainText, title) || summary.map({ sameText(content.plainText, $0) }) == true
                || summary.map({ isHeader(content.plainText, title: title, summary: $0) }) == true {
            blocks.removeFirst()
        }
        return blocks
    }

    /// "1. Win small teams — self-serve onboarding": a bold-led paragraph that is the priority's number, title and
    /// summary, each of which the page's header already shows.
    private static func isHeader(_ text: String, title: String, summary: String) -> Bool {
        var rest = Substring(text.trimmed)
        let number = rest.prefix { $0.isNumber || $0 == "." }
        if !number.isEmpty, let mark = rest.dropFirst(number.count).first, ".):".contains(mark) || mark == " " {
            rest = rest.dropFirst(number.count).drop { ".):".contains($0) }.drop(while: \.isWhitespace)
        }
        guard rest.lowercased().hasPrefix(title.lowercased()) else { return false }
        rest = rest.dropFirst(title.count).drop { $0.isWhitespace || ".:,;–—-".contains($0) }
        return sameText(String(rest), summary)
    }

    /// Equal but for case, spacing and a closing full stop or colon.
    /// Whether two texts read the same: case, runs of white space and a closing "." or ":" aside. Compared as a stream
    /// that stops at the first difference: every objective page asks it of its whole first paragraph, and splitting and
    /// lowercasing those paragraphs was a sixth of the benchmark's build.
    static func sameText(_ a: String, _ b: String) -> Bool {
        var left = Folded(a), right = Folded(b)
        var any = false
        while true {
            let x = left.next(), y = right.next()
            guard x == y else { return false }
            guard x != nil else { return any }
            any = true
        }
    }

    /// A text's scalars lowercased, each run of white space one space, none at either end, and without the "." and ":"
    /// that close it.
    private struct Folded: IteratorProtocol {
        private let scalars: String.UnicodeScalarView
        private var index: String.UnicodeScalarView.Index
        private let end: String.UnicodeScalarView.Index
        private var pending: [Unicode.Scalar] = []
        private var space = false

        init(_ text: String) {
            scalars = text.unicodeScalars
            var end = scalars.endIndex
            while end > scalars.startIndex {
                let before = scalars.index(before: end)
                let scalar = scalars[before]
                guard scalar.properties.isWhitespace || scalar == "." || scalar == ":" else { break }
                end = before
            }
            var index = scalars.startIndex
            while index < end, scalars[index].properties.isWhitespace { index = scalars.index(after: index) }
            self.index = index
            self.end = end
        }

        mutating func next() -> Unicode.Scalar? {
            if !pending.isEmpty { return pending.removeFirst() }
            while index < end {
                let scalar = scalars[index]
                index = scalars.index(after: index)
                if scalar.properties.isWhitespace { space = true; continue }
                let lower: [Unicode.Scalar] = scalar.isASCII
                    ? [scalar.value >= 0x41 && scalar.value <= 0x5A ? Unicode.Scalar(UInt8(scalar.value) | 0x20) : scalar]
                    : Array(scalar.properties.lowercaseMapping.unicodeScalars)
                if space {
                    space = false
                    pending = lower
                    return " "
                }
                pending = Array(lower.dropFirst())
                return lower.first
            }
            return nil
        }
    }

    func quarterPage(_ quarter: Quarter) -> Page {
        // The period's objectives wherever they are written (one goals file may plan several years), and the
        // introductions of the files that are about this period.
        let files = plan.objectiveFiles.filter { Plan.introQuarter(of: $0) == quarter }
        let scope = alignment.scope(.quarter, quarter.description)
        let placed = plan.objectiveFiles.flatMap { file in
            file.objectives.filter { $0.quarter == quarter }.map { (objective: $0, team: $0.metadata.team ?? file.team) }
        }
        let summary = "\(placed.count) objective\(placed.count == 1 ? "" : "s")"
            + (nothingJudged(scope) ? ", none saying enough to link to a priority." : scope.map { ", " + Self.gapWords($0) + "." } ?? ".")
        let rows = placed.compactMap { entry in item(entry.objective.id).map { (item: $0, team: entry.team) } }
        let items = rows.map(\.item)
        let columns = rowColumns(items)
        var context: TemplateValue.Fields = ["quarter": .text(quarter.description), "summary": .text(summary), "kpis": scope.map(kpis) ?? [],
                                             "intros": .list(quarterIntros(files)), "notes": .list(quarterNotes(files)),
                                             "rows": .list(Self.teamGroups(rows.map(\.team)).enumerated().map { index, group in
                                                 var row = summaryRow(rows[index].item, link: strongestLink(rows[index].item.id), showPriority: true)
                                                 if let group, case .object(var fields) = row {
                                                     fields["group"] = .text(group)
                                                     fields["group_span"] = .number(2 + ["show_owner", "show_status", "show_grade"].count { columns[$0] == .flag(true) })
                                                     row = .object(fields)
                                                 }
                                                 return row
                                             }),
                                             "report_href": .text(paths.report(quarter.description)),
                                             "scored_then": scoredThen(quarter, scope: scope), "running": runningThrough(quarter)]
        for (key, value) in columns { context[key] = value }
        return Page(path: paths.quarter(quarter.description), template: "quarter", title: quarter.description, kind: "quarter",
                    context: .object(context))
    }

    /// The team heading each row opens, when the quarter's objectives name two teams or more: Sourcegraph plans a quarter
    /// in one file of "## Talent", "## Marketing" … sections, and a table of all its objectives lost whose each one was.
    /// A row opens a group where the team changes; rows before the first team need none, those without one after a team
    /// say so rather than read as that team's.
    static func teamGroups(_ teams: [String?]) -> [String?] {
        guard Set(teams.compactMap { $0 }).count > 1 else { return teams.map { _ in nil } }
        var previous: String??
        return teams.map { team in
            defer { previous = team }
            guard previous != .some(team) else { return nil }
            if team == nil && previous == nil { return nil }
            return team ?? "No team named"
        }
    }

    /// "every priority has work", "1 priority without work", or with a gap whose only work declares it while its text
    /// does not say how (`ScopeScore.declaredGaps`) told apart as the table's row tells it: "1 priority without work,
    /// 1 with only declared work — its text does not say how". Such a priority has work a team named for it.
    static func gapWords(_ scope: ScopeScore) -> String {
        let declared = scope.gaps.count { scope.declaredGaps[$0] != nil }, without = scope.gaps.count - declared
        let bare = without == 0 ? (declared == 0 ? "every priority has work" : "no priority without work")
            : "\(without) priorit\(without == 1 ? "y" : "ies") without work"
        guard declared > 0 else { return bare }
        return bare + (declared == 1 ? ", 1 with only declared work — its text does not say how"
                                     : ", \(declared) with only declared work — their text does not say how")
    }

    /// The half-years and years running through `quarter`, each with its objectives: work under way in the quarter
    /// that its own table, of objectives planned for the quarter alone, does not hold.
    func runningThrough(_ quarter: Quarter) -> TemplateValue {
        let longer = Set(plan.objectiveFiles.flatMap { $0.objectives.compactMap(\.quarter) }).filter { $0.spans(quarter) }.sorted()
        return .list(longer.map { period in
            let work = plan.objectiveFiles.flatMap { $0.objectives.filter { $0.quarter == period } }.compactMap { item($0.id) }
            return ["period": .text(period.description), "anchor": .text(SitePaths.component(period.description)),
                    "quarter": .text(quarter.description), "href": .text(paths.quarter(period.description)),
                    "count": .number(work.count), "one": .flag(work.count == 1),
                    "work": .list(work.map { ["title": .text($0.title), "href": .text(paths.item($0)), "status": .text($0.status?.rawValue ?? "")] })]
        })
    }

    /// Each file's introduction, under its team or title when several files plan the quarter: run together, one team's
    /// notes read as another's. Its fields (a Notion page's properties) show as one line of facts, not a sentence.
    func quarterIntros(_ files: [ObjectivesFile]) -> [TemplateValue] {
        let shown = files.compactMap { file -> (label: String, html: String)? in
            var renderer = renderer(page: Plan.introQuarter(of: file).map { paths.quarter($0.description) } ?? "quarters/index.html", file: file.path)
            // The introduction and the notes before the first objective hold no key results: a task list there is a checklist.
            renderer.checklist = true
            var html = "", run: [Block] = []
            for block in file.introBlocks + Self.notes(of: file).before {
                guard case .fields(let fields) = block.kind else { run.append(block); continue }
                html += renderer.render(run)
                run = []
                html += "<p class=\"fields\">" + fields.map { HTMLRenderer.escape("\($0.key): \($0.value)") }.joined(separator: " · ") + "</p>\n"
            }
            html += renderer.render(run)
            return html.isEmpty ? nil : (file.label(objectiveRoots: plan.config.objectivePaths), html)
        }
        return shown.map { ["label": .text($0.label), "labelled": .flag(shown.count > 1), "html": .text($0.html)] }
    }

    /// Each file's notes that follow its objectives ("### Up Next", "### Questions for the TAC"), below the table under
    /// the file's name: after the table a note's own heading read as part of the list above it.
    func quarterNotes(_ files: [ObjectivesFile]) -> [TemplateValue] {
        files.filter { !Self.notes(of: $0).after.isEmpty }.enumerated().map { index, file in
            var renderer = renderer(page: Plan.introQuarter(of: file).map { paths.quarter($0.description) } ?? "quarters/index.html", file: file.path)
            // A note's task list ("### Up Next" with "- [ ] Publish the TAC minutes") is a checklist, not key results: its
            // items are ticked or not, with no progress bar.
            renderer.checklist = true
            return ["label": .text(file.label(objectiveRoots: plan.config.objectivePaths)), "anchor": .text("file-notes-\(index + 1)"),
                    "html": .text(renderer.render(Self.notes(of: file).after))]
        }
    }

    /// A file's notes before its first objective (an "## Overview" opening a quarterly report), shown with its
    /// introduction, and those after.
    static func notes(of file: ObjectivesFile) -> (before: [Block], after: [Block]) {
        let first = file.objectives.map(\.location.line).min() ?? Int.max
        let split = file.notes.firstIndex { $0.line > first } ?? file.notes.count
        return (Array(file.notes[..<split]), Array(file.notes[split...]))
    }

    /// A link's explanation with the parent a sub-priority was found under named by its number, as the chip beside it
    /// numbers priorities: "inferred sub-priority of 2", not of "help-strengthen-value-across-business-strategy-ai-and"
    /// (TODO Group's id). The bare number keeps the 6,000 objective pages of a large plan from growing; the model and
    /// JSON keep the id.
    func readableExplanation(_ link: Link) -> String {
        guard let parentID = strategy.priority(link.priority)?.parent, let parent = strategy.priority(parentID) else { return link.explanation }
        var text = link.explanation
        for form in ["of declared ", "of "] {
            if let range = text.range(of: form + parentID + ";") {
                text.replaceSubrange(range, with: form + parent.number + ";")
                break
            }
        }
        return text
    }

    func objectivePage(_ objective: Objective) -> Page {
        let m = objective.metadata
        var facts: [TemplateValue] = []
        func fact(_ label: String, _ value: String?) { if let value, !value.isEmpty { facts.append(["label": .text(label), "value": .text(value)]) } }
        // The quarter is the breadcrumb above the title, so it is not repeated here.
        fact("Owners", m.owners.joined(separator: ", "))
        fact("Team", m.team)
        // The heading it is filed under (`## 1. Grow revenue` over `### Objective: …`); nothing for the many without one.
        fact("Group", objective.group)
        fact("Status", m.status?.rawValue)
        fact("Grade", item(objective.id).flatMap { item in
            item.progress.map { grade in
                // A committed objective is graded against 1.0: a miss at its period's end is said where the grade is.
                let committed = item.commitment != .committed ? ""
                    : Grade.isMissedCommitment(item, today: alignment.today) ? " — committed: missed, 1.0 is met" : " — committed: 1.0 is met"
                // "0.70 weighted": its key results count as their weights say, not alike (docs/scoring.md).
                return format(grade) + (item.weightedGrade ? " weighted" : "") + (item.gradeCoverage.map { " (\($0))" } ?? "") + committed
            }
        })
        fact("Confidence", m.confidence.map(percent))
        // "L", "2-3 hours": as the plan writes it, which is what its reader recognises (the number effort shares count, 3
        // for L, is on the scoring page).
        fact("Effort", m.effortWritten ?? m.effort.map(NumberFormat.general))
        fact("Due", m.due)
        fact("Issues", m.issues.joined(separator: ", "))
        // The other direction of a roadmap item's `Objectives:` line: what on the roadmaps serves this objective.
        let servedBy: [TemplateValue] = (roadmapItemsServing[objective.id] ?? []).map { item in
            ["title": .text(item.title), "href": .text(paths.roadmap(item.roadmap) + "#" + SitePaths.anchor(item.id)),
             "status": .text(item.metadata.status?.rawValue ?? ""), "owners": .text(item.metadata.owners.joined(separator: ", ")),
             "roadmap": .text(plan.roadmaps.first { $0.id == item.roadmap }?.title ?? item.roadmap), "lane": .text(item.lane)]
        }
        for field in m.custom { fact(field.key, field.value) }
        // Said only where there are roadmaps to be on: a plan without any would say it on every objective.
        // The roadmap its own `Roadmap:` field names (Rust's goals each name theirs), else whether any item names it.
        let named = objective.resolved.roadmaps.compactMap { id in plan.roadmaps.first { $0.id == id }?.title }
        // A field that names no roadmap file (a theme of the strategy, as Rust's goals name theirs) is shown as written:
        // the objective does name a roadmap, and "no item names it" would say it names none.
        // Written as the theme's id (`Roadmap: fast-builds`), it is shown by its title.
        let unnamed: [String] = named.isEmpty ? objective.metadata.roadmaps.map { reference -> String in
            let text = String(reference.text.filter { $0 != "`" })
            return plan.strategy?.priority(text.lowercased())?.title ?? text
        } : []
        if !named.isEmpty || !unnamed.isEmpty {
            fact("Roadmap", (named + unnamed).joined(separator: ", "))
        } else if servedBy.isEmpty, !plan.roadmaps.isEmpty {
            fact("Roadmap", "no item names it")
        }
        // A sub-priority inferred beside its parent is found by the same words: they are listed once.
        var shownEvidence: Set<String> = []
        let links: [TemplateValue] = alignment.links(of: objective.id).map { link in
            let evidence = link.evidence.map(\.term).joined(separator: ", ")
            let repeated = !evidence.isEmpty && !shownEvidence.insert(evidence).inserted
            return ["label": .text(priorityTitle(link.priority)), "href": .text(paths.priority(link.priority)), "kind": .text(link.kind.rawValue),
                    "strength": .text(format(link.strength)), "evidence": .text(repeated ? "words as above" : evidence),
                    "explanation": .text(readableExplanation(link))]
        }
        // Initiative headings carry their anchors from parsing, so links to `#item-…` land on them.
        var renderer = renderer(page: paths.objective(objective.id), file: objective.location.path)
        // By line in the objective's own file: a key result kept in a page of its own (Notion's key-results database)
        // is at a line of that page, and is listed below the text.
        let file = objective.location.path
        renderer.keyResults = Dictionary(objective.keyResults.filter { $0.location.path == file }.map { ($0.location.line, $0) },
                                         uniquingKeysWith: { first, _ in first })
        renderer.keyResultNotes = keyResultNotes(objective)
        // Under a heading of its own ("Details"): after "Priorities" or "Roadmap items serving it", the objective's text and key
        // results read as part of that list.
        let blocks = Self.withoutHeader(objective.blocks, title: objective.title, summary: nil)
        let body = renderer.render(blocks)
        // Key results the text does not hold (an OKR sheet's rows, read into objectives with no text) are listed.
        let unshown = objective.keyResults.filter { result in
            result.location.path != file || !blocks.contains { ($0.line...max($0.line, $0.endLine)).contains(result.location.line) }
        }
        let keyResults = renderer.keyResultList(unshown)
        return Page(path: paths.objective(objective.id), template: "objective", title: objective.title, kind: "objective",
                    context: ["title": .text(objective.title), "quarter": .text(objective.quarter?.description ?? "Quarters"),
                              "commitment": item(objective.id)?.commitment.map { .text($0.rawValue) } ?? .flag(false),
                              "quarter_href": .text(objective.quarter.map { paths.quarter($0.description) } ?? "quarters/index.html"),
                              "facts": .list(facts), "links": .list(links), "served_by": .list(servedBy), "body": .text(body),
                              "has_body": .flag(!body.isEmpty), "key_results": .text(keyResults), "has_key_results": .flag(!keyResults.isEmpty),
                              "too_little_text": .flag(alignment.score(of: objective.id)?.tooLittleText ?? false),
                              "status_changes": statusChanges(objective.id)])
    }

    /// Beside each key result of the objective and its initiatives, by its file and line: its progress over time when
    /// it moved, and a stale flag. Empty without history, so a plan outside git renders exactly as before.
    func keyResultNotes(_ objective: Objective) -> [String: [Int: String]] {
        guard let trends else { return [:] }
        var notes: [String: [Int: String]] = [:]
        // The objective's key results include its initiatives'.
        for (result, trend) in zip(objective.keyResults, trends.keyResults(of: objective.id, matching: objective.keyResults, today: alignment.today)) {
            if let trend {
                let chart = Sparkline.keyResult(trend)
                if !chart.isEmpty { notes[result.location.path, default: [:]][result.location.line] = " " + chart }
            }
        }
        for stale in staleByObjective[objective.id] ?? [] {
            let at = stale.keyResult.location
            notes[at.path, default: [:]][at.line, default: ""] += " <span class=\"stale\">stale: \(HTMLEscape.escape(String(stale.message.dropFirst("key result ".count))))</span>"
        }
        return notes
    }

    /// The objective's status changes from the plan's history, oldest first: "2026-09-14 on-track → at-risk · Ana Ruiz".
    func statusChanges(_ id: String) -> TemplateValue {
        .list((trends?.items[id]?.statusChanges ?? []).map { change in
            ["date": .text(ReportDocument.day(change.date)), "from": .text(change.from?.rawValue ?? "no status"),
             "to": .text(change.to?.rawValue ?? "no status"), "author": .text(change.author)]
        })
    }

    func roadmapPage(_ roadmap: Roadmap) -> Page {
        let renderer = renderer(page: paths.roadmap(roadmap.id), file: roadmap.path)
        var cardRenderer = renderer
        cardRenderer.checklist = true
        let laneAnchors = LaneAnchors(roadmap)
        let itemsByLane = Self.itemsByLane(roadmap)
        let lanes: [TemplateValue] = roadmap.lanes.enumerated().map { index, lane in
            // A group's own text goes before its first item (an H3 group's before its H4 subgroups'); a group whose
            // items are all elsewhere, or that holds none yet, is shown at the end of the lane.
            var pending = lane.groups
            // The group whose name was last shown as a heading in this lane: the cards right under it do not repeat it
            // (napari's "Core technology / API evolution" above each of its cards, and "2025" above each timeline card).
            var headed: String?
            func groupIntros(before item: RoadmapItem) -> TemplateValue {
                guard let group = item.group else { return .list([]) }
                let due = pending.filter { group == $0.title || group.hasPrefix($0.title + " / ") }
                pending.removeAll { due.contains($0) }
                if let last = due.last { headed = last.title }
                return .list(due.map { ["title": .text($0.title), "intro": .text(renderer.render($0.intro))] })
            }
            let laneItems = itemsByLane[index] ?? []
            // A group's paragraph between its lists ("The following items were completed recently:") goes before the
            // item it introduces, not with the group's opening text: napari's timeline showed its three lead-ins one
            // after another above all twelve items, so no reader could tell which were done and which were next.
            var leads: [String: [Block]] = [:]
            for (g, group) in pending.enumerated() {
                let members = laneItems.filter { item in
                    item.group.map { $0 == group.title || $0.hasPrefix(group.title + " / ") } ?? false
                }.sorted { $0.location.line < $1.location.line }
                pending[g].intro = group.intro.filter { block in
                    guard let next = members.firstIndex(where: { $0.location.line > block.line }), next > 0 else { return true }
                    leads[members[next].id, default: []].append(block)
                    return false
                }
            }
            // So does the lane's own text between or after its lists: OpenTelemetry's CI/CD plan put "Current,
            // non-complete list of Deliverables:" and a 20-row table of vendors' tools above all nine deliverables, so
            // the table read as the list it announced. Text after the last item follows the cards.
            let ordered = laneItems.sorted { $0.location.line < $1.location.line }
            var laneIntro: [Block] = []
            var laneAfter: [Block] = []
            for block in lane.intro {
                guard let first = ordered.first, block.line > first.location.line else { laneIntro.append(block); continue }
                if let next = ordered.first(where: { $0.location.line > block.line }) {
                    leads[next.id, default: []].append(block)
                } else {
                    laneAfter.append(block)
                }
            }
            // A lane whose every item takes its status from the lane's name ("Recently Completed Work") says so once,
            // under its heading: in-toto's twenty cards each read "done as its lane says".
            let laneStatus = laneItems.allSatisfy { $0.statusFrom == .lane } ? laneItems.first?.metadata.status : nil
            let items: [TemplateValue] = laneItems.map { item in
                let groups = groupIntros(before: item)
                if item.group != headed { headed = nil }
                let card = Self.cardText(item)
                let checklist = CardChecklist.summary(item.blocks)
                let group = Self.shownGroup(item).flatMap { $0 == headed ? nil : $0 }, period = item.period.flatMap { $0 == headed ? nil : $0 }
                let status = laneStatus == nil ? item.metadata.status?.rawValue : nil
                let rank = item.metadata.custom.first { $0.key == "Rank" }?.value
                // A card with nothing to say under its title gets no empty line for it.
                let origin = laneStatus == nil ? item.statusFrom.flatMap { $0 == .steps ? nil : Self.statusOrigin($0) } : nil
                // A due date the card's text does not already say (a Mermaid gantt task's end, worked out from its
                // start and length) is shown with the period; one written in the text is read there.
                // Nor one the period beside it already says ("2026 due 2026", a Timespan cell read as both).
                let due = item.metadata.due.flatMap { due in
                    card.blocks.contains { $0.plainText.contains(due) } || due == item.period ? nil : due
                }
                let hasMeta = [group, period, status, rank, origin, due].contains { !($0 ?? "").isEmpty } || checklist != nil
                    || !item.metadata.owners.isEmpty
                let depends = item.resolved.dependsOn.compactMap { roadmapItemsByID[$0] }
                let serves = item.resolved.objectives.compactMap { objectivesByID[$0] }
                return ["groups": groups, "lead": .text(renderer.render((leads[item.id] ?? []).sorted { $0.line < $1.line })), "title": .text(item.title), "anchor": .text(SitePaths.anchor(item.id)), "group": .text(group ?? ""), "has_meta": .flag(hasMeta),
                        "period": .text(period ?? ""), "due": .text(due ?? ""), "status": .text(laneStatus == nil ? item.metadata.status?.rawValue ?? "" : ""),
                        "chips": chips(item.id), "unsupported": unsupportedChips(item.id),
                        "has_unsupported": .flag(!alignment.unsupportedDeclarations(of: item.id).isEmpty), "status_from": .text(laneStatus == nil ? item.statusFrom.map(Self.statusOrigin) ?? "" : ""),
                        "owners": .text(item.metadata.owners.joined(separator: ", ")),
                        // "### P0: Continued Investment…": the rank the writer put in the heading, which the title drops.
                        "rank": .text(item.metadata.custom.first { $0.key == "Rank" }?.value ?? ""),
                        "body": .text(cardRenderer.render(card.blocks)), "linked_title": .text(card.heading.map(renderer.inline) ?? ""),
                        "checklist": .text(checklist.map { "<span style=\"--p:\(Int(($0.share * 100).rounded()))%\">\($0.text)</span>" } ?? ""),
                        "depends": .list(depends.enumerated().map { i, d in
                            let page = d.roadmap == roadmap.id ? "" : SitePaths.root(of: paths.roadmap(roadmap.id)) + paths.roadmap(d.roadmap)
                            return ["title": .text(d.title), "href": .text(page + "#" + SitePaths.anchor(d.id)), "last": .flag(i == depends.count - 1)]
                        }),
                        "serves": .list(serves.enumerated().map { i, o in
                            ["title": .text(o.title), "href": .text(paths.objective(o.id)), "last": .flag(i == serves.count - 1)]
                        })]
            }
            return ["title": .text(lane.title), "anchor": .text(laneAnchors.siteAnchor(index)),
                    "github_anchor": .text(laneAnchors.byLane[index] ?? ""),
                    "period": .text(Self.shownPeriod(lane) ?? ""), "items": .list(items), "lane_status": .text(laneStatus?.rawValue ?? ""),
                    // Not "intro": an empty lane intro must not fall through to the roadmap's own.
                    "lane_intro": .text(renderer.render(laneIntro)), "lane_after": .text(renderer.render(laneAfter)),
                    "groups": .list(pending.map { ["title": .text($0.title), "intro": .text(renderer.render($0.intro))] })]
        }
        let scope = alignment.scope(.roadmap, roadmap.id)
        let summary = "\(roadmap.items.count) item\(roadmap.items.count == 1 ? "" : "s") in \(roadmap.lanes.count) lane\(roadmap.lanes.count == 1 ? "" : "s")"
            + (scope.map { "; alignment index \(String(format: "%.0f", $0.alignmentIndex)), \($0.orphans.count) orphan\($0.orphans.count == 1 ? "" : "s")." } ?? ".")
        return Page(path: paths.roadmap(roadmap.id), template: "roadmap", title: roadmap.title, kind: "roadmap",
                    context: ["title": .text(roadmap.title), "summary": .text(summary), "lanes": .list(lanes),
                              "intro": .text(renderer.render(roadmap.intro)), "notes": .text(renderer.render(roadmap.notes))])
    }

    /// Said beside a status the item does not state itself, so the reader knows the writer gave it none.
    static func statusOrigin(_ origin: StatusOrigin) -> String {
        switch origin {
        case .lane: "as its lane says"
        case .group: "as its heading says"
        case .leadIn: "as the line above its list says"
        case .file: "as the roadmap's title says"
        case .steps: "as the ticks on its steps say"
        }
    }

    /// The group heading a card names, unless it only names the card's period: under "### 2024", "Q1 Focus" shows
    /// its period 2024-Q1 and "2024" beside it would say it twice; so would "Q1" under "## 2021" beside 2021-Q1
    /// (Nosana's `## 2021` / `### Q1` roadmap), or "Q1 2021" beside it.
    static func shownGroup(_ item: RoadmapItem) -> String? {
        guard let group = item.group, let period = item.period else { return item.group }
        let named = period == group || period.hasPrefix(group + "-") || period.hasSuffix("-" + group)
            || Quarter.find(in: group)?.description == period
        return named ? nil : group
    }

    /// The period a lane's heading adds to its name: "End of Q1" is 2026-Q1, but "Q3 2026" or "2026-Q1" says its period
    /// already. The lane's kind is not shown: "Now horizon" or "Functionality theme" are words no writer used.
    static func shownPeriod(_ lane: Lane) -> String? {
        guard let period = lane.period else { return nil }
        let said = Set(lane.title.split { !$0.isNumber }.compactMap { Int($0) })
        let numbers = period.split { !$0.isNumber }.compactMap { Int($0) }
        return numbers.allSatisfy(said.contains) ? nil : period
    }

    /// What a card shows: its heading, when the title's words hold links, and its text. A bullet's own line is its
    /// title, so a first paragraph that opens with the title goes on from where the title stops ("…which defines the
    /// objects"), and one that says only the title is left out ("* Semantic Convention Updates"): OpenTelemetry's and
    /// GOV.UK's sentence bullets read their first clause twice, and in-toto's `- [NPM](…)` its name twice. A link in the
    /// title's words moves into the heading rather than being lost.
    /// A status mark leading the paragraph ("✅ Setup wizard", a board cell) is read into the card's status, so it does
    /// not stop the paragraph from opening with the title.
    static func cardText(_ item: RoadmapItem) -> (heading: [Inline]?, blocks: [Block]) {
        guard let first = item.blocks.first, case .paragraph(var content) = first.kind else { return (nil, item.blocks) }
        if case .text(let lead)? = content.first {
            content[0] = .text(String(lead.drop { $0.isWhitespace || !$0.isASCII && $0.unicodeScalars.first?.properties.isEmoji == true }))
        }
        guard let shown = CardText.shown(item.title, in: content) else { return (nil, item.blocks) }
        let rest = Array(item.blocks.dropFirst())
        guard let text = shown.text else { return (shown.heading, rest) }
        return (shown.heading, [Block(.paragraph(text), line: first.line, column: first.column, endLine: first.endLine)] + rest)
    }

    /// The lane an item is in: the last lane of its name that starts above it, since a file may use one lane title
    /// twice ("## Foundational tool improvements" again near its end) and each item belongs to one of them.
    static func laneIndex(of item: RoadmapItem, in roadmap: Roadmap) -> Int? {
        laneIndex(of: item, among: roadmap.lanes.indices.filter { roadmap.lanes[$0].title == item.lane }, lanes: roadmap.lanes)
    }

    /// The items of each lane, by the lane's index, in the roadmap's order. One pass over the items with the lanes
    /// grouped by title: asking `laneIndex` of every item for every lane made a fuzzed roadmap of 5,000 lines (1,000
    /// lanes) take minutes.
    static func itemsByLane(_ roadmap: Roadmap) -> [Int: [RoadmapItem]] {
        var byTitle: [String: [Int]] = [:]
        for index in roadmap.lanes.indices { byTitle[roadmap.lanes[index].title, default: []].append(index) }
        var items: [Int: [RoadmapItem]] = [:]
        for item in roadmap.items {
            guard let lane = laneIndex(of: item, among: byTitle[item.lane] ?? [], lanes: roadmap.lanes) else { continue }
            items[lane, default: []].append(item)
        }
        return items
    }

    private static func laneIndex(of item: RoadmapItem, among named: [Int], lanes: [Lane]) -> Int? {
        named.last { lanes[$0].location.line <= item.location.line } ?? named.first
    }

    func reportPage(_ quarter: Quarter) -> Page {
        let path = paths.report(quarter.description)
        let blocks = MarkdownReport(alignment: alignment, plan: plan, quarter: quarter,
                                    links: paths.reportLinks(base: SitePaths.root(of: path)), changes: changes, trends: trends,
                                    flags: keyResultFlags, quarters: quarters).blocks()
        var html = HTMLRenderer(allowHTML: false, topHeadingLevel: 1).render(blocks)
        // The printed report carries the charts a review looks at, not only text: as of its quarter, so a report
        // never shows the quarters after it, and the two years before it, so eight years of quarters stay legible.
        let shown = Set(quarters.filter { $0 <= quarter }.suffix(Self.reportChartQuarters).map(\.description))
        html += "<section aria-labelledby=\"report-charts\">\n<h2 id=\"report-charts\">Charts</h2>\n"
            + GradeBars.render(alignment, only: shown) + Heatmap.render(alignment, only: shown, focus: quarter.description)
            + WeightBars.render(alignment, scope: alignment.scope(.quarter, quarter.description)) + "</section>\n"
        return Page(path: path, template: "document", title: "\(quarter) report", kind: "report",
                    context: ["html": .text(html)])
    }

    /// How many rows of ended quarters a priority page lists in full before it lists older quarters by title.
    static let fullRowLimit = 100

    /// How many quarters a report's charts show: its own and the seven before it.
    static let reportChartQuarters = 8

    /// docs/scoring.md, bundled: a source document, parsed here once.
    func scoringPage(_ markdown: String) -> Page {
        let blocks = MarkdownReader().read(markdown, path: "scoring.md").blocks
        return Page(path: "scoring.html", template: "document", title: "How scores are computed", kind: "document",
                    context: ["html": .text(HTMLRenderer(allowHTML: false, topHeadingLevel: 1).render(blocks))])
    }
}
