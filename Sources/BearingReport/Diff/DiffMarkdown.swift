import BearingAlign
import BearingModel
import Foundation

/// `bearing diff`'s pull-request comment: a headline, a table of both sides, then what changed per priority and
/// per item. Long lists are folded in `<details>`, and the whole comment stays under GitHub's comment limit.
public struct DiffMarkdown {
    /// Found by the workflow that updates the one comment instead of adding another on every push.
    public static let marker = "<!-- bearing:diff -->"
    /// GitHub refuses comments over 65,536 characters; the margin leaves room for the truncation note.
    public static let defaultLimit = 64_000

    let diff: PlanDiff
    let titles: [String: String]
    /// The workspace's folder in its repository ("planning/"), so paths read as they do in the pull request.
    let pathPrefix: String
    /// Bytes, UTF-8.
    var limit: Int

    /// `titles` names priorities and items by id (both sides merged), for lines such as "gained: Shared platform".
    public init(diff: PlanDiff, titles: [String: String], pathPrefix: String = "", limit: Int = DiffMarkdown.defaultLimit) {
        self.diff = diff
        self.titles = titles
        self.pathPrefix = pathPrefix
        self.limit = limit
    }

    /// Lists longer than this are folded.
    static let foldAfter = 8

    public func render() -> String {
        // Each pass shows fewer rows per list; the last resort cuts the text at a line.
        for rows in [Int.max, 200, 50, 10] {
            let text = render(maxRows: rows)
            if text.utf8.count <= limit { return text }
        }
        return Self.cut(render(maxRows: 3), limit: limit)
    }

    /// The headline, e.g. "Alignment 71 → 68 · +2 objectives · 1 new orphan · 0 new errors"; new work that declares a
    /// priority its text does not support is counted apart, in the report's words ("1 new declared item, not supported
    /// by its text"), and only when there is some.
    public var headline: String {
        let index = "Alignment \(Self.index(diff.base.alignmentIndex)) → \(Self.index(diff.head.alignmentIndex))"
        let objectives = diff.head.objectives - diff.base.objectives
        let delta = objectives > 0 ? "+\(objectives)" : objectives < 0 ? "−\(-objectives)" : "±0"
        let declared = diff.newDeclaredUnsupported.count
        var parts = [index, "\(delta) objective\(abs(objectives) == 1 ? "" : "s")", Self.count(diff.newOrphans.count, "new orphan")]
        if declared > 0 {
            parts.append(declared == 1 ? "1 new declared item, not supported by its text" : "\(declared) new declared items, not supported by their text")
        }
        parts.append(Self.count(diff.newErrors.count, "new error"))
        return parts.joined(separator: " · ")
    }

    func render(maxRows: Int) -> String {
        var out = [Self.marker, "### Bearing: \(headline)", ""]
        out.append("Comparing \(Self.sideName(diff.base)) → \(Self.sideName(diff.head)).")
        out.append("")
        out += summaryTable()
        out.append("")
        if diff.priorities.isEmpty && diff.items.isEmpty && diff.newErrors.isEmpty && diff.fixedErrors.isEmpty {
            out.append("No change to priorities, objectives or roadmap items.")
            out.append("")
        }
        out += section("Priorities", rows: priorityRows(), header: ["Priority", "Items", "Effort share", ""], maxRows: maxRows)
        out += section("Objectives and roadmap items", rows: itemRows(), header: ["Item", "Change"], maxRows: maxRows)
        out += section("New errors", rows: diff.newErrors.map(problemRow), header: ["Where", "Error"], maxRows: maxRows)
        out += section("Fixed errors", rows: diff.fixedErrors.map(problemRow), header: ["Where", "Error"], maxRows: maxRows)
        out.append("<sub>Scores are explained in Bearing's docs/scoring.md. `bearing diff --format json` gives every change.</sub>")
        return out.joined(separator: "\n") + "\n"
    }

    private func summaryTable() -> [String] {
        let base = diff.base, head = diff.head
        func row(_ name: String, _ before: String, _ after: String) -> String { "| \(name) | \(before) | \(after) |" }
        return ["| | before | after |", "|---|---:|---:|",
                row("Alignment index", Self.index(base.alignmentIndex), Self.index(head.alignmentIndex)),
                row("Priority coverage", Self.percent(base.coverage), Self.percent(head.coverage)),
                row("Sub-priority coverage", Self.percent(base.subCoverage), Self.percent(head.subCoverage)),
                row("Objectives", "\(base.objectives)", "\(head.objectives)"),
                row("Roadmap items", "\(base.roadmapItems)", "\(head.roadmapItems)"),
                row("Orphans", Self.orphans(base), Self.orphans(head)),
                row("Errors · warnings", "\(base.errors) · \(base.warnings)", "\(head.errors) · \(head.warnings)")]
    }

    /// "3", or "3 (1 declared, unsupported)" as `report` counts them: an orphan whose declared priority the text does not
    /// support is still an orphan by the scores, but its team did name one.
    static func orphans(_ side: PlanDiff.Side) -> String {
        "\(side.orphans)" + (side.declaredUnsupported == 0 ? "" : " (\(side.declaredUnsupported) declared, unsupported)")
    }

    /// A titled table, folded when long and cut at `maxRows` with a note saying how many were left out.
    private func section(_ title: String, rows: [[String]], header: [String], maxRows: Int) -> [String] {
        guard !rows.isEmpty else { return [] }
        var table = ["| " + header.joined(separator: " | ") + " |", "|" + String(repeating: "---|", count: header.count)]
        table += rows.prefix(maxRows).map { "| " + $0.joined(separator: " | ") + " |" }
        if rows.count > maxRows { table += ["", "… and \(rows.count - maxRows) more (shortened to fit a comment; see `bearing diff --format json`)."] }
        var out = ["#### \(title)", ""]
        if rows.count > Self.foldAfter {
            out += ["<details><summary>\(rows.count) \(rows.count == 1 ? "change" : "changes")</summary>", ""] + table + ["", "</details>"]
        } else {
            out += table
        }
        return out + [""]
    }

    private func priorityRows() -> [[String]] {
        diff.priorities.map { change in
            let name = (change.parent == nil ? "" : "↳ ") + Self.cell(change.title)
            let items = "\(change.itemsBefore.map(String.init) ?? "–") → \(change.itemsAfter.map(String.init) ?? "–")"
            let share = "\(change.shareBefore.map(Self.percent) ?? "–") → \(change.shareAfter.map(Self.percent) ?? "–")"
            var note: String = switch (change.gap, change.itemsBefore, change.itemsAfter) {
            case (.opened, _, _): "⚠️ gap opened"
            case (.closed, _, _): "✅ gap closed"
            case (_, nil, _): "new priority"
            case (_, _, nil): "priority removed"
            default: ""
            }
            if let old = change.renamedFrom { note = "renamed from “\(Self.cell(old))”" + (note.isEmpty ? "" : "; " + note) }
            return [name, items, share, note]
        }
    }

    private func itemRows() -> [[String]] {
        diff.items.map { change in
            let kind = change.kind == .objective ? "objective" : "roadmap item"
            let name = "**\(Self.cell(change.title))** <sub>\(kind) · \(Self.cell(pathPrefix + change.location.path)):\(change.location.line)</sub>"
            var notes: [String] = []
            switch change.change {
            case .added: notes.append("added")
            case .removed: notes.append("removed")
            case .changed: break
            }
            if change.change == .changed, change.statusBefore != change.statusAfter {
                notes.append("status \(change.statusBefore?.rawValue ?? "–") → \(change.statusAfter?.rawValue ?? "–")")
            } else if change.change == .added, let status = change.statusAfter {
                notes.append("status \(status.rawValue)")
            }
            if change.change == .changed, change.progressBefore.map({ ($0 * 100).rounded() }) != change.progressAfter.map({ ($0 * 100).rounded() }) {
                let covered = change.gradeCoverage.map { " (\($0))" } ?? ""
                notes.append("key results \(change.progressBefore.map(Self.percent) ?? "–") → \(change.progressAfter.map(Self.percent) ?? "–")\(covered)")
            }
            notes += scheduleNotes(change)
            notes += linkNotes(change)
            // Work that declares a priority its text does not support is told as declared, as `report` tells it: "orphan"
            // alone would say that the author named no priority.
            if change.orphanAfter && !change.orphanBefore {
                notes.append(change.unsupportedAfter.isEmpty ? "⚠️ orphan: serves no priority clearly"
                             : "⚠️ declares \(names(change.unsupportedAfter)) — its text does not say how")
            }
            if change.orphanBefore && !change.orphanAfter && change.change == .changed {
                notes.append(change.unsupportedBefore.isEmpty ? "no longer an orphan" : "its text now says how it serves a priority")
            }
            return [name, notes.joined(separator: "; ")]
        }
    }

    /// When the item is planned, where it moved: a later period or due date is a slip and is marked, as a review
    /// reads it first; a lane renamed with the same period and date ("Next" → "Now") is a move.
    private func scheduleNotes(_ change: PlanDiff.ItemChange) -> [String] {
        guard let before = change.scheduleBefore, let after = change.scheduleAfter else { return [] }
        var notes: [String] = []
        if before.period != after.period {
            notes.append("period \(Self.cell(before.period ?? "–")) → \(Self.cell(after.period ?? "–"))")
        } else if before.lane != after.lane {
            notes.append("lane \(Self.cell(before.lane ?? "–")) → \(Self.cell(after.lane ?? "–"))")
        }
        if before.due != after.due { notes.append("due \(Self.cell(before.due ?? "–")) → \(Self.cell(after.due ?? "–"))") }
        if change.slipped, !notes.isEmpty { notes[0] = "⚠️ slipped: " + notes[0] }
        return notes
    }

    /// The item's links that moved. A link that became declared ("Priorities:" added, or its misspelt key fixed) says
    /// so: the same priority is no gain, and inferred links a declaration replaces are not lost choices.
    private func linkNotes(_ change: PlanDiff.ItemChange) -> [String] {
        var notes: [String] = []
        if let key = change.correctedKey { notes.append("misspelt `\(Self.cell(key)):` key corrected") }
        // A declaration that names nothing: the item's links are inference standing in for it, not what the author chose.
        let unresolved = change.unresolvedAfter.map { "`\(Self.code($0))`" }.joined(separator: ", ")
        if !unresolved.isEmpty { notes.append("⚠️ declares \(unresolved), which is unresolved (see New errors)") }
        guard change.change == .changed else {
            if change.change == .added, !change.linksGained.isEmpty {
                notes.append((unresolved.isEmpty ? "serves " : "meanwhile inferred to serve ") + names(change.linksGained))
            }
            return notes
        }
        // A declaration the text does not support links nothing (the item stays an orphan): said as such, not as a link
        // that was inferred before or is still inferred after.
        let nowUnsupported = change.declaredAfter.filter { !change.declaredBefore.contains($0) && change.unsupportedAfter.contains($0) }
        let droppedUnsupported = change.declaredBefore.filter { !change.declaredAfter.contains($0) && change.unsupportedBefore.contains($0) }
        let nowDeclared = change.declaredAfter.filter { !change.declaredBefore.contains($0) && !nowUnsupported.contains($0) }
        let noLongerDeclared = change.declaredBefore.filter { !change.declaredAfter.contains($0) && !droppedUnsupported.contains($0) }
        let firstDeclaration = change.declaredBefore.isEmpty && !(nowDeclared + nowUnsupported).isEmpty
        // Linked before by inference and now declared: the link stays, only its source changed; and the other way.
        let confirmed = nowDeclared.filter { !change.linksGained.contains($0) }
        let unconfirmed = noLongerDeclared.filter { !change.linksLost.contains($0) }
        let declaredGained = firstDeclaration ? change.linksGained.filter(nowDeclared.contains) : []
        let gained = change.linksGained.filter { !declaredGained.contains($0) }
        // The inferred links an item loses when it first declares its priorities: declared links replace inference.
        let dropped = firstDeclaration ? change.linksLost : []
        if !declaredGained.isEmpty { notes.append("now declares " + names(declaredGained)) }
        if !confirmed.isEmpty { notes.append("now declares " + names(confirmed) + " (was inferred)") }
        if !gained.isEmpty { notes.append("gained " + names(gained)) }
        if !dropped.isEmpty { notes.append("no longer inferred to serve " + names(dropped)) }
        if !change.linksLost.isEmpty, dropped.isEmpty { notes.append("lost " + names(change.linksLost)) }
        if !unconfirmed.isEmpty { notes.append("no longer declares " + names(unconfirmed) + " (still inferred)") }
        // An orphan before and after: the orphan notes say nothing, so the declaration's change is said here.
        if change.orphanBefore && change.orphanAfter {
            if !nowUnsupported.isEmpty { notes.append("⚠️ now declares \(names(nowUnsupported)) — its text does not say how") }
            if !droppedUnsupported.isEmpty { notes.append("no longer declares " + names(droppedUnsupported)) }
        }
        return notes
    }

    private func problemRow(_ problem: PlanDiff.Problem) -> [String] {
        // The fix (a did-you-mean) after the message, as `check` prints it: the comment is where the author reads it.
        let fix = problem.fix.map { "; " + Self.cell($0) } ?? ""
        return ["`\(Self.cell(pathPrefix + problem.location.path)):\(problem.location.line)`", Self.cell(problem.message) + fix + " `\(problem.code)`"]
    }

    private func names(_ ids: [String]) -> String { ids.map { Self.cell(titles[$0] ?? $0) }.joined(separator: ", ") }

    static func sideName(_ side: PlanDiff.Side) -> String {
        guard let commit = side.commit else { return side.label }
        let short = String(commit.prefix(10))
        if commit.hasPrefix(side.label) || side.label == short { return "`\(short)`" }
        let mergeBase = "merge-base with "
        if side.label.hasPrefix(mergeBase) { return "the merge-base with `\(cell(String(side.label.dropFirst(mergeBase.count))))` (`\(short)`)" }
        return "`\(cell(side.label))` (`\(short)`)"
    }

    /// Text for inside a code span of a table cell: no backticks to end it early.
    static func code(_ text: String) -> String { cell(text).replacingOccurrences(of: "`", with: "'") }

    static func index(_ value: Double?) -> String { value.map { NumberFormat.fixed($0, digits: 0) } ?? "–" }
    static func percent(_ value: Double) -> String { Format.percent(value) }
    static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    /// Text the user wrote, safe in a table cell: one line, pipes escaped, no HTML (a `<!--` would hide the rest
    /// of the comment), at most 120 characters.
    static func cell(_ text: String) -> String {
        var line = text.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ")
        if line.count > 120 { line = String(line.prefix(119)) + "…" }
        return line.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "|", with: "\\|")
    }

    /// The text cut at the last line that fits, with a note; only reached when even short lists overflow.
    static func cut(_ text: String, limit: Int) -> String {
        let note = "\n\n… the rest was cut to fit a comment; run `bearing diff --format json` for every change.\n"
        var kept = ""
        var bytes = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let size = line.utf8.count + 1
            if bytes + size + note.utf8.count > limit { break }
            kept += line + "\n"
            bytes += size
        }
        return kept + note
    }
}
