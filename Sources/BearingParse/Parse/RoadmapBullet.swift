import BearingModel
import Foundation

/// What the first line of a roadmap bullet says about the item, as real roadmaps write it:
/// `- :green_circle: Provide …` (status), `* DocTeam: Work with …` (team), `- Investigate Sass (mid 2022)` (period),
/// `* API changes: TBD` (a due date after the title), `- [x] Q1 Focus` (a task box), `- **Title.** text`.
struct RoadmapBullet: Equatable {
    var title: String
    var status: Status?
    var team: String?
    /// A period written in the line ("mid 2022", "Apr 2025", "2026-Q1"), or `TBD`.
    var due: String?
    var startsBold: Bool
    /// `Label: value` fields after the words, each after a dash or bar ("… - Owner: Ada - Priority: High"): owners and
    /// fields other than status and dates, which are read into `status` and `due`.
    var owners: [String] = []
    var fields: [CustomField] = []
    /// Written struck out (`~~…~~`): crossed off.
    var struck = false
    /// Links to an issue tracker in the line (`([#123](…/issues/123))`, a Jira `…/browse/PROJ-42`), as an `Issues:` field holds them.
    var issues: [String] = []

    /// Titles longer than this are cut at a clause or word boundary: a sentence is not a card title.
    static let maxTitleLength = 90

    /// `DocTeam:`, `InfraTeam:`, `DocTeam & ReviewtTeam:`, `Platform team:`, `@ada:` at the start of a bullet.
    private static let teamLead = Pattern(
        #"^((?:[A-Z][A-Za-z]*(?:Team|team|Squad|WG|SIG)|[A-Z][A-Za-z]* (?:team|Team|squad|WG|SIG)|@[A-Za-z0-9_-]+)(?:\s*(?:&|and|,)\s*(?:[A-Z][A-Za-z]*(?:Team|team|Squad|WG|SIG)|@[A-Za-z0-9_-]+))*)\s*:\s+"#,
        caseInsensitive: false)
    /// A trailing parenthetical period: "(mid 2022)", "(Q3 2026)", "(by end of March)".
    private static let trailingPeriod = Pattern(#"\s*\(((?:early|mid|late|end of|by end of|by|around|est\.?)?\s*[^()]{1,30})\)\.?\s*$"#)
    /// "Title: TBD", "Title: Apr 2025", "Title: Date TBD", "Title: Jul 31st, 2025" — a due date after a colon;
    /// "v0.15.0: week of 2025-02-14" (a release schedule) is due that day.
    private static let trailingDue = Pattern(#"^(.{3,}?):\s*(?:(?:the\s+)?week\s+of\s+)?((?:date\s+)?tbd|tba|[A-Za-z]{3,9}\.? (?:19|20|21)\d{2}|"#
        + #"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.? \d{1,2}(?:st|nd|rd|th)?,? (?:19|20|21)\d{2}|"#
        + #"\d{1,2}(?:st|nd|rd|th)? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6},? (?:19|20|21)\d{2}|"#
        + #"(?:19|20|21)\d{2}(?:-Q[1-4]|-\d{2}(?:-\d{2})?)?|Q[1-4] (?:19|20|21)\d{2})\.?$"#)

    /// A bold lead that only numbers the item: "Phase 1:", "Step 2.", "Milestone 3".
    private static let labelOnly = Pattern(#"^(?:phase|stage|step|milestone|part|wave|task)\s*#?\s*[0-9]+(?:\.[0-9]+)*\s*[:.)]?$"#)
    /// "Task 1.1" as a bold lead alone (`- [x] **Task 1.1**: Project initialization`, as an assistant's task list numbers
    /// its tasks): the task's number, kept as the field `Task: 1.1` so `Depends on: Task 1.1` still finds it.
    private static let taskNumber = Pattern(#"^task\s*#?\s*([0-9]+(?:\.[0-9]+)*)$"#, first: "t")
    /// " -- Phases 1-2", " — Milestones 3–4", " - Phase 5" at the end of a bullet.
    private static let coveredSteps = Pattern(
        #"\s+(?:-{1,2}|–|—)\s+(phases?|milestones?|steps?|stages?|sprints?)\s+([0-9]{1,3}(?:\s*(?:-|–|—|to|through)\s*[0-9]{1,3})?)\s*$"#,
        needs: ["phase", "milestone", "step", "stage", "sprint"])
    private static let trailingBracket = Pattern(#"\s*\(([^()]{1,30})\)\s*$"#)

    /// A progress marker after the words, as release roadmaps write it: "GPX loading **[40%]**",
    /// "draw refactored **[80% - uncommitted]**".
    /// "(3/3 plans)", "(2/5 tasks)", "(0/?)" after the words: done of total, perhaps with what is counted.
    private static let countedProgress = Pattern(#"\s*\(\s*([0-9]{1,4})\s*/\s*([0-9]{1,4}|\?)(?:\s+([A-Za-z]{2,12}))?\s*\)\s*$"#, needs: ["/"])
    private static let trailingProgress = Pattern(#"\s*\[\s*([0-9]{1,3})\s*%[^\[\]]*\]\s*$"#)

    /// A `Label: value` field at the end of the line, after a dash or bar: "- Completed: 2025-03-10", "| ETA: Q3 2025".
    static let trailingField = Pattern(
        #"\s+[-–—|·]\s+(completed|completed on|done|finished|shipped|released|started|started on|eta|due|target|deadline|"#
        + #"priority|archived|removed|owner|owners|assignee|assigned to|assigned|status|effort|impact|size)\s*:\s*((?:(?!\s[-–—|·]\s).)+?)\s*$"#,
        needs: [":"])

    /// "Rate limiting on public API #142": the title without the issue numbers after its words.
    static func withoutTrailingIssueNumbers(_ text: String) -> String {
        guard let range = trailingIssues.firstRange(in: text), range.lowerBound > text.startIndex else { return text }
        return String(text[..<range.lowerBound])
    }

    private static let trailingIssues = Pattern(#"(?:(?:\s+and\s+|[\s,]+)#[0-9]+)+\s*\.?$"#)

    /// The text before a closing issue link: glued to it ("Hooks[43408]") or ending on a colon ("Tracking issue: [2084]").
    private static func endsBeforeIssueLink(_ text: String) -> Bool {
        guard let last = text.last else { return false }
        if last.isLetter || last.isNumber { return true }
        return text.trimmingCharacters(in: .whitespaces).last == ":"
    }

    /// "— completed 2026-02-01", "-- shipped on 12 March 2027", "(shipped 2026-02-03)" at the end: a finishing word and when.
    private static let finishedOn = Pattern(
        #"\s*(?:(?:-{1,2}|[–—|·])\s+(completed|done|finished|shipped|released|delivered)(?:\s+on)?\s+([^()]{4,30}?)|\(\s*(completed|done|finished|shipped|released|delivered)(?:\s+on)?\s+([^()]{4,30}?)\s*\))\s*\.?$"#,
        needs: ["complet", "done", "finish", "ship", "releas", "deliver"])

    /// "[Done] ", "[In-progress] ", "[WIP] " at the start of a bullet.
    private static let leadingLozenge = Pattern(#"^\[([A-Za-z][A-Za-z' -]{1,20})\]\s+"#)

    private static let issueNumber = Pattern(#"^#?[0-9]{1,7}$"#)
    private static let trailingAddress = Pattern(#"\s*(?:[-–—:]\s*)?<?https?://\S+>?\s*$"#)

    /// "- Fix the dashboard navigation" over "  Effort: 2-3 hours": `Key: value` lines of known keys that end the bullet's
    /// paragraph are its fields, as a nested list of them is, and no words of its name. The index of the first such line
    /// among the paragraph's lines; nil when it ends on none.
    static func continuationFields(_ content: [Inline]) -> Int? {
        guard content.contains(where: { $0 == .softBreak || $0 == .lineBreak }) else { return nil }
        let lines = content.lines
        var first = lines.count
        while first > 1, MetadataList.isField(lines[first - 1]) { first -= 1 }
        // Sentences that open with a key's word at the start of the fields stay the item's text; from the first line that
        // reads as a value on, the lines are fields as written ("Owner: Ana" over "Size: depends on the vendor." keeps
        // its owner, and the size warns as before).
        while first < lines.count, !Self.readsAsValue(lines[first]) { first += 1 }
        return first < lines.count ? first : nil
    }

    /// The lines of a bullet's closing run of `Key: value` lines that open with a known key but read as a remark
    /// (`readsAsValue`): kept as the item's text, and said, so that a size or owner the writer meant is not lost unseen.
    static func remarkFieldLines(_ content: [Inline]) -> [(offset: Int, key: String)] {
        guard content.contains(where: { $0 == .softBreak || $0 == .lineBreak }) else { return [] }
        let lines = content.lines
        var first = lines.count
        while first > 1, MetadataList.isField(lines[first - 1]) { first -= 1 }
        var remarks: [(offset: Int, key: String)] = []
        while first < lines.count, !Self.readsAsValue(lines[first]) {
            let text = lines[first].plainText
            if let colon = text.firstIndex(of: ":") { remarks.append((first, text[..<colon].filter { $0 != "*" && $0 != "_" }.trimmed)) }
            first += 1
        }
        return remarks
    }

    /// Whether a `Key: value` line under a bullet gives its key a value, rather than being a sentence that opens with
    /// the key's word: "Size: depends on the vendor.", "Lead: whoever is free that week.", "After: the migration we
    /// finish the cutover". Such a line stays the item's text (a remark, `remarkLine`), where it was a size that warned,
    /// an owner named "whoever is free that week" and an unknown dependency. A nested `- Size: …` bullet is metadata
    /// as written; only lines run on under the bullet's words are weighed.
    static func readsAsValue(_ line: [Inline]) -> Bool {
        let text = line.plainText
        guard let colon = text.firstIndex(of: ":") else { return true }
        return readsAsValue(key: String(text[..<colon]), value: String(text[text.index(after: colon)...]).trimmed)
    }

    /// Whether `value` reads as a value of the known key `key` (`readsAsValue(_:)`); true for any other key.
    static func readsAsValue(key written: String, value: String) -> Bool {
        guard let key = MetadataKey(spelling: written.trimmed) else { return true }
        switch key {
        case .effort:
            var scratch = DiagnosticBag(path: "")
            let read = MetadataReader.Line(key: written.trimmed, value: value, line: 0, valueColumn: 0, endLine: 0)
            return MetadataValues(line: read, path: "").effort(diagnostics: &scratch) != nil
        case .owners, .dependsOn:
            // Bracketed remarks ("Platform team (they run CI)") are not weighed.
            let unbracketed = value.replacingOccurrences(of: #"\([^()]*\)"#, with: " ", options: .regularExpression)
            let words = unbracketed.split { !($0.isLetter || $0 == "'" || $0 == "’") }
            // A dependency names an item, whose title may hold "is", "that" or "when" ("Checkout is fast", "Search that
            // works offline"): only a pronoun makes it a clause ("After: the migration we finish the cutover").
            let clause = key == .dependsOn ? pronouns : clauseWords
            return !words.enumerated().contains { index, word in
                clause.contains(String(word)) || (index == 0 && clause.contains(word.lowercased()) && !nameLike.contains(word.lowercased()))
            }
        default:
            return true
        }
    }

    /// Words of a clause, not of a name or an item's title: pronouns, forms of "be", modal verbs, conjunctions of time and
    /// condition. Matched as written in lower case, so "Will Smith" stays a name; at the start of the value capitalised too.
    private static let clauseWords: Set<String> = [
        "we", "they", "you", "whoever", "whatever", "whenever", "is", "are", "was", "were", "will", "would", "should", "could",
        "can", "depends", "if", "until", "unless", "once", "when", "while", "because", "that", "which", "who",
    ]

    /// The clause words a dependency's item title does not hold.
    private static let pronouns: Set<String> = ["we", "they", "you", "whoever", "whatever", "whenever"]

    /// Clause words that are also first names, so not read as a clause at the value's start ("Will Chen").
    private static let nameLike: Set<String> = ["will"]

    /// "- Fix the dashboard navigation" over "  Note: this needs design review first": a line under the bullet's first that
    /// opens with a label of a few words and a colon is a remark on the item, so the name is the lines before it (the
    /// remark stays in the item's text). The index of that line; nil when no line after the first is one.
    static func remarkLine(_ content: [Inline]) -> Int? {
        guard content.contains(where: { $0 == .softBreak || $0 == .lineBreak }) else { return nil }
        let lines = content.lines
        return lines.indices.dropFirst().first { remarkLabel.matches(lines[$0].plainText) }
    }

    private static let remarkLabel = Pattern(#"^\s*[A-Z][A-Za-z'’-]*(?:\s+[A-Za-z'’-]+){0,2}\s*:\s+\S"#, caseInsensitive: false)

    /// The paragraph's lines before `line`, joined as they were written.
    static func lines(_ content: [Inline], before line: Int) -> [Inline] {
        Array(content.lines[..<line].joined(separator: [.softBreak]))
    }

    static func read(_ item: ListItem) -> RoadmapBullet? {
        guard case .paragraph(var content)? = item.blocks.first?.kind else { return nil }
        if let cut = continuationFields(content) { content = lines(content, before: cut) }
        if let cut = remarkLine(content) { content = lines(content, before: cut) }
        var status: Status? = item.task.map { $0 ? .done : .notStarted }
        let issues = Self.issueLinks(in: content)
        // A date in a code span or a path ("(`docs/tasks/2025-q4-backlog.md`)") names a file, not when the item is due.
        let codeSpans = LiteralText.codeSpans(in: content)
        // "Entrypoint Hooks[43408](…/issues/43408)", "Tracking issue: [2084](…)": the number a link ends on names the issue
        // it points to; it is not the title's last word, nor a year.
        var cut = false
        // After words ("triggered by [#2082]") it is part of the sentence, and stays.
        if let last = content.lastIndex(where: { if case .text(let t) = $0 { !t.trimmed.isEmpty } else { true } }), last > 0,
           case .link(_, let inner) = content[last], Self.issueNumber.matches(inner.plainText.trimmed),
           Self.endsBeforeIssueLink(Array(content[..<last]).plainText) {
            content.removeSubrange(last...)
            cut = true
        }
        var text = content.plainText.trimmed
        // "Faster sync ([#123](…))": brackets holding only the links to its issues are not part of its name.
        if !issues.isEmpty, let range = Self.bracketedIssues.firstRange(in: text), range.lowerBound > text.startIndex {
            text = String(text[..<range.lowerBound])
        }
        // "Document metadata - https://github.com/nodejs/next-10/issues/121": a bare address after the words is a link.
        if text.containsBytes("://"), let range = Self.trailingAddress.firstRange(in: text), range.lowerBound > text.startIndex {
            text = String(text[..<range.lowerBound])
            cut = true
        }
        while cut, let last = text.last, last == ":" || last == " " { text.removeLast() }
        var bold = TitleText.leadingBold(content)
        // "[[Pricing experiment]] for EU": a wikilink that reads on into the sentence names a note the item mentions,
        // not the item (as a Markdown link does, `TitleText.leadingLink`): the whole line is the title.
        if bold != nil, TitleText.wikilinkReadsOn(content) { bold = nil }
        // "[[Roadmap/Billing v2|Billing v2]]: a new invoice engine": titled as Obsidian shows the link, not by its path.
        if let lead = bold, let shown = TitleText.leadingWikilinkShown(content) { bold = (shown, lead.rest) }
        if let symbol = Status.leadingSymbol(in: text) {
            status = symbol.status
            text = symbol.rest
            // The symbol came before the bold title: read the title from the inline content after the symbol.
            bold = leadingBoldAfterSymbol(content)
        }
        // "[Done] Move the API to v1", "[In-progress] Expose metrics": a status lozenge typed in brackets before the
        // words (GitHub shows it as text). Only a word the status reader knows; "[x]" is a task box, read above.
        if status == nil, let match = Self.leadingLozenge.firstMatchWithRange(in: text), match.groups.count > 1,
           let word = match.groups[1], let said = Status(reading: word) {
            status = said
            text = String(text[match.range.upperBound...]).trimmed
        }
        // A decorative emoji before the bold title ("🐣 **Phase 1:** …") is not part of it.
        if bold == nil, case .text(let first)? = content.first, TitleLabel.stripLeadingSymbols(first).trimmed.isEmpty {
            bold = TitleText.leadingBold(Array(content.dropFirst()))
            text = TitleLabel.stripLeadingSymbols(text)
        }
        guard !text.isEmpty else { return nil }
        // "feat: partner API keys can be rotated", "fix(auth)!: tokens expire": a commit type says what kind of work it
        // is and is kept as the item's Type; the words after it are the item.
        var commitType: String?
        if bold == nil, let lead = CommitTypeLabel.leading(text) {
            commitType = lead.label
            text = lead.rest
        }
        // "**Q1:** Move the helpdesk…", "**Done:** …", "**P1:** …": a bold label that says when, how the item stands, how it
        // ranks or who does it. The words after it are the item, read as a bullet of their own.
        if let (label, rest) = BulletLeadLabel.afterBold(content), let reading = BulletLeadLabel.read(label) {
            return labelled(item, reading, rest: rest, status: status, issues: issues)
        }
        // "2027-03 — Publish the annual report", "15 March: Close the books": a time before a dash or colon is when the
        // item is due, not the start of its name.
        var leadingDue: String?
        if bold == nil, let lead = WhenText.leading(text), !LiteralText.isLiteral(lead.when, codeSpans: codeSpans) {
            leadingDue = lead.when
            text = lead.rest
        }
        // "`M (P0)`: IPFS Cluster can be used to shard…", "`Q1 - M (P0)`: Go-IPFS is usable without gx": IPFS's working-group
        // roadmaps mark each milestone and its rank before a colon. The rank is a field, the period when it is due.
        var rank: String?
        if bold == nil, let match = milestoneRank.firstMatchWithRange(in: text), match.range.upperBound < text.endIndex {
            rank = match.groups[2]
            if leadingDue == nil, let when = match.groups[1] { leadingDue = when }
            text = String(text[match.range.upperBound...])
        }
        // "**v0.5.1** ✅ — Transcription timing picker", "**v0.5.3** in-flight — Hands-free mode": a mark or a status
        // word right after the bold title, before the dash that starts its text, says how the item stands.
        if status == nil, let lead = bold {
            if let symbol = Status.leadingSymbol(in: lead.rest) {
                status = symbol.status
            } else if let dash = [" — ", " – ", " - "].compactMap({ lead.rest.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) {
                let said = lead.rest[..<dash.lowerBound].trimmed
                if !said.isEmpty, said.split(separator: " ").count <= 3 { status = Status(reading: said) }
            } else {
                // "**Pager** blocked", "**Fax integration** dropped": a status word alone after the bold title.
                let said = TitleText.clean(lead.rest)
                if !said.isEmpty, said.split(separator: " ").count <= 3 { status = Status(reading: said) }
            }
        }
        // A bold lead that is only a label ("**Phase 1:** Extensible frontend platform (Done ✅) - You will …"): the
        // title follows it, up to a dash, and a status in brackets after the title is the item's status.
        if let lead = bold, labelOnly.matches(lead.title), !lead.rest.isEmpty {
            var rest = lead.rest
            for dash in [" - ", " – ", " — "] {
                // A dash in brackets is the bracket's: "TypeScript strict mode (SKIPPED - current config sufficient)".
                if let range = rest.range(of: dash), rest[..<range.lowerBound].split(separator: " ").count <= 10,
                   rest[..<range.lowerBound].filter({ $0 == "(" }).count <= rest[..<range.lowerBound].filter({ $0 == ")" }).count {
                    rest = String(rest[..<range.lowerBound])
                    break
                }
            }
            if let match = trailingBracket.firstMatchWithRange(in: rest), let inner = match.groups[1],
               let said = Status(reading: inner), match.range.lowerBound > rest.startIndex {
                if status == nil { status = said }
                rest = String(rest[..<match.range.lowerBound])
            }
            let label = lead.title.trimmingCharacters(in: CharacterSet(charactersIn: ":.) "))
            let step = TitleLabel.roadmapStep(label + ": Title")?.field
                ?? Self.taskNumber.firstMatch(in: label)?[1].map { CustomField(key: "Task", value: $0) }
            return RoadmapBullet(title: Self.title(of: rest.trimmed), status: status, team: nil, due: nil, startsBold: true,
                                 fields: step.map { [$0] } ?? [])
        }
        // "Milestone 1: Public beta", "Phase 2 — Rewrite the scheduler", "Step 3. Hook up alerts": the label orders the
        // work and is kept as a field; the words after it are the item.
        var step: CustomField?
        if bold == nil, let found = TitleLabel.roadmapStep(text) {
            step = found.field
            text = found.rest
        } else if let lead = bold, let found = TitleLabel.roadmapStep(lead.title) {
            step = found.field
            bold = (found.rest, lead.rest)
        }
        var team: String?
        if bold == nil, let match = teamLead.firstMatchWithRange(in: text), match.range.upperBound < text.endIndex {
            team = match.groups[1]?.trimmed
            text = String(text[match.range.upperBound...])
        }
        // "[40%]" is how far the item has got, not part of its name: done at 100 %, in progress (read as on track,
        // as WIP is) above 0. The number stays in the item's text.
        if let match = trailingProgress.firstMatchWithRange(in: text), match.range.lowerBound > text.startIndex,
           let percent = match.groups[1].flatMap({ Int($0) }), percent <= 100 {
            if status == nil { status = percent == 100 ? .done : percent == 0 ? .notStarted : .onTrack }
            text = String(text[..<match.range.lowerBound])
        }
        var due: String?, owners: [String] = [], fields: [CustomField] = []
        // Fields after the words, last first: they say when, who and how it stands, and are not its name.
        while let match = trailingField.firstMatchWithRange(in: text), match.range.lowerBound > text.startIndex,
              let label = match.groups[1]?.lowercased(), let value = match.groups[2]?.trimmed, !value.isEmpty {
            text = String(text[..<match.range.lowerBound])
            switch label {
            case "eta", "due", "target", "deadline":
                if due == nil, !LiteralText.isLiteral(value, codeSpans: codeSpans) { due = value }
            case "completed", "completed on", "done", "finished", "shipped", "released":
                if due == nil { due = value }
                if status == nil || status == .notStarted { status = .done }
            case "archived", "removed":
                if status == nil || status == .notStarted { status = .dropped }
            case "status":
                if let said = Status(reading: value) { status = said } else { fields.insert(CustomField(key: "Status", value: value), at: 0) }
            case "owner", "owners", "assignee", "assigned to", "assigned":
                owners = value.split(whereSeparator: { $0 == "," || $0 == "&" }).map { String($0).trimmed }.filter { !$0.isEmpty }
            default:
                // "Started: 2025-05-01", "Priority: High" (how much it matters, not which strategic priority), "Effort: M".
                fields.insert(CustomField(key: label.prefix(1).uppercased() + label.dropFirst(), value: value), at: 0)
            }
        }
        // "ロギング導入 （予定: 2025-11-10） （実績: 2025-11-04）", "Windows配布 依存: ci-quality": fields in brackets or after a
        // CJK key. A planned date is when it is due; the day it was done only when no plan is written.
        var doneOn: String?
        let keyed = BulletKeyFields.split(text)
        text = keyed.rest
        var keyedFields: [CustomField] = []
        for field in keyed.fields {
            switch field.meaning {
            case .due:
                if due == nil, !LiteralText.isLiteral(field.value, codeSpans: codeSpans) { due = field.value }
            case .done:
                doneOn = field.value
                if status == nil || status == .notStarted { status = .done }
            case .dependsOn:
                keyedFields.append(CustomField(key: field.key, value: BulletKeyFields.names(field.value).joined(separator: ", ")))
            case .owners:
                if owners.isEmpty { owners = BulletKeyFields.names(field.value) }
            }
        }
        fields.insert(contentsOf: keyedFields, at: 0)
        if due == nil { due = doneOn }
        // "Phase 1: Storage core — completed 2026-02-01", "v1.0 MVP (shipped 2026-02-03)": a finishing word and its date after
        // the words, without the colon a field has, as planning tools that tick off phases write it: done, on that date.
        if let match = finishedOn.firstMatchWithRange(in: text), match.range.lowerBound > text.startIndex,
           let when = (match.groups[2] ?? match.groups[4])?.trimmed,
           WrittenDate.find(in: when) != nil || (match.groups[2] != nil && WhenText.isWhen(when)),
           !LiteralText.isLiteral(when, codeSpans: codeSpans) {
            if due == nil { due = when }
            if status == nil || status == .notStarted { status = .done }
            text = String(text[..<match.range.lowerBound])
        }
        // "Foundation (3/3 plans)", "Key rotation (2/5 tasks)": how far the work has got, counted as planning tools count
        // it, is a Progress field and not a word of its name.
        if let match = countedProgress.firstMatchWithRange(in: text), match.range.lowerBound > text.startIndex,
           let done = match.groups[1], let total = match.groups[2] {
            let unit = match.groups[3].map { " \($0)" } ?? ""
            fields.append(CustomField(key: "Progress", value: "\(done)/\(total)\(unit)"))
            text = String(text[..<match.range.lowerBound])
        }
        // "Fix the dashboard navigation (1-2 hours)": how long the work should take is a field, not words of its name.
        if let estimate = EffortEstimate.split(text) {
            fields.append(CustomField(key: EffortEstimate.key, value: estimate.estimate))
            text = estimate.name
        }
        // "Launch the partner portal (@jamie, Priya)", "Ship SSO [Owner: Jamie]": who does it, said by a label or a handle.
        // Plain names in brackets are taken once the whole workspace is read (`BracketedOwners.take`).
        if owners.isEmpty, let written = BracketedOwners.written(in: text) ?? BracketedOwners.dashed(in: text) {
            owners = written.owners
            text = written.rest
        }
        // "**Guided onboarding checklist** - Growth - Dana": after a bold title, two short names set off by dashes and
        // nothing else are the team that does the work and the person who answers for it, in that order.
        if team == nil, let lead = bold, let said = Self.teamAndOwner(lead.rest) {
            team = said.team
            // "— Ingestion — @sam": the handle was read as the owner just above.
            if owners.isEmpty { owners = [said.owner] }
        }
        // "Add --limit to docs (Implemented v1.1)", "Offline mode (in progress)": a status in brackets after the words,
        // perhaps with the release it came in, is the item's status and not its name.
        if let match = trailingBracket.firstMatchWithRange(in: text), match.range.lowerBound > text.startIndex,
           let inner = match.groups[1]?.trimmed, let said = Self.bracketStatus(inner) {
            if status == nil || status == .notStarted { status = said }
            text = String(text[..<match.range.lowerBound])
        }
        // "Generar RFQs blindados (`cocinar_rfqs.ps1`) - ✅ Completado", "Ship v2 - ✅ Completed", "Search export | DONE": a
        // status set off after the words, as a heading's is (`TitleStatus`), is the item's status and no word of its name.
        // Its words count over the box beside them (`- [ ] Ship v2 - ✅ Completed` is done), as a leading mark's do.
        if let said = TitleStatus.split(text) {
            if status == nil || status == item.task.map({ $0 ? Status.done : .notStarted }) { status = said.status }
            text = said.rest
        }
        // "v1.0 MVP -- Phases 1-2", "v3.0 Adaptive & Connected — Phases 7-10": the steps a milestone covers, after a dash,
        // are what it spans (a field), not words of its name, as the bold title of "**v1.0 MVP** — Phases 1-2" shows.
        if bold == nil, let match = coveredSteps.firstMatchWithRange(in: text), match.range.lowerBound > text.startIndex,
           let word = match.groups[1], let steps = match.groups[2] {
            fields.append(CustomField(key: word.prefix(1).uppercased() + word.dropFirst().lowercased(), value: steps))
            text = String(text[..<match.range.lowerBound])
        }
        if let match = trailingDue.firstMatch(in: text), let lead = match[1], let date = match[2],
           !LiteralText.isLiteral(date, codeSpans: codeSpans) {
            due = date
            text = lead
        } else if let match = trailingPeriod.firstMatchWithRange(in: text), let inner = match.groups[1]?.trimmed,
                  isPeriodPhrase(inner), !LiteralText.isLiteral(inner, codeSpans: codeSpans) {
            due = inner
            text = String(text[..<match.range.lowerBound])
        } else if let match = trailingPeriod.firstMatchWithRange(in: text), match.range.lowerBound > text.startIndex,
                  let inner = match.groups[1]?.trimmed, LiteralText.isLiteral(inner, codeSpans: codeSpans),
                  LiteralText.isPathOrAddress(inner) || codeSpans.contains(inner) {
            // "… publishes the backlog (`docs/tasks/2025-q4-backlog.md`)": a file or address in brackets after the words
            // points to where the work is written down; it stays in the item's text, not its name.
            text = String(text[..<match.range.lowerBound])
        }
        // Issue numbers after the words ("… overlays #7587 #5957") are links, not title.
        if let range = trailingIssues.firstRange(in: text), range.lowerBound > text.startIndex { text = String(text[..<range.lowerBound]) }
        if let leadingDue { due = leadingDue }
        var title = bold?.title ?? (leadingDue == nil ? TitleText.leadingLink(content).map { Self.title(of: $0) } : nil)
            ?? Self.title(of: Self.named(text))
        // "~~Autosave~~": crossed off (CommonMark leaves the tildes in the text). What crossing off means is the lane's
        // to say ("✅ Shipped", "❌ Removed"); in any other lane it is done, as on a to-do list.
        let written = (bold?.title ?? text).trimmed
        let struck = written.count > 4 && written.hasPrefix("~~") && written.dropFirst(2).contains("~~")
        // "~Custom Category Names~" is crossed off too, as GitHub shows one tilde each side.
        let singleStruck = !struck && singleTilde.matches(written)
        if struck { title = TitleText.clean(title) }
        if singleStruck { title = title.replacingOccurrences(of: "~", with: "").trimmed }
        // "- [ ] ~Custom Category Names~": crossed off and never ticked is work given up, not work still to start.
        if struck || singleStruck, item.task == false, status == .notStarted { status = .dropped }
        if let step, !fields.contains(where: { $0.key == step.key }) { fields.insert(step, at: 0) }
        if let rank, !fields.contains(where: { $0.key == "Rank" }) { fields.insert(CustomField(key: "Rank", value: rank), at: 0) }
        if let commitType, !fields.contains(where: { $0.key == "Type" }) { fields.insert(CustomField(key: "Type", value: commitType), at: 0) }
        return RoadmapBullet(title: title, status: status, team: team, due: due, startsBold: bold != nil, owners: owners, fields: fields,
                             struck: struck || singleStruck, issues: issues)
    }

    /// "M (P0):", "Milestone (P1):", "Q1 - M (P0):" before an item's words: its rank as a milestone, and when it is due.
    private static let milestoneRank = Pattern(
        #"^(?:(Q[1-4](?:\s+[0-9]{4})?|H[12](?:\s+[0-9]{4})?)\s*[-–—]\s*)?(?:M|MS|Milestone)\s*[\[(](P[0-4])[\])]\s*:\s*"#,
        caseInsensitive: false, needs: ["(P", "[P"])

    /// "~Custom Category Names~": one tilde each side of words that start and end next to it, at the head of the text.
    private static let singleTilde = Pattern(#"^~[^~\s](?:[^~]*[^~\s])?~(?!~)"#, needs: ["~"])

    /// A bullet led by a bold label (`BulletLeadLabel`): the words after the label read as the bullet, and the label
    /// fills what it says. A status mark before the label (`✅ **Q1:** …`) or a task box still counts.
    private static func labelled(_ item: ListItem, _ label: BulletLeadLabel, rest: [Inline], status: Status?, issues: [String]) -> RoadmapBullet? {
        guard let first = item.blocks.first else { return nil }
        var words = item
        words.blocks[0] = Block(.paragraph(rest), line: first.line, column: first.column, endLine: first.endLine)
        guard var bullet = read(words) else { return nil }
        bullet.startsBold = true
        bullet.issues = issues + bullet.issues.filter { !issues.contains($0) }
        if let status { bullet.status = status }
        switch label {
        case .when(let when):
            // The label is when the item is planned; a date the words give ("… - Due: 2027-03-20") is more precise.
            if bullet.due == nil { bullet.due = when }
        case .status(let said):
            bullet.status = said
        case .rank(let code):
            if !bullet.fields.contains(where: { $0.key == "Rank" }) { bullet.fields.insert(CustomField(key: "Rank", value: code), at: 0) }
        case .importance(let level):
            if !bullet.fields.contains(where: { $0.key == "Priority" }) { bullet.fields.insert(CustomField(key: "Priority", value: level), at: 0) }
        case .team(let name):
            if bullet.team == nil { bullet.team = name }
        }
        return bullet
    }

    /// An address of one issue or pull request in a tracker: GitHub's and GitLab's issues and pulls, Jira's browse
    /// pages, Linear's issues.
    private static let trackerAddress = Pattern(
        #"^https?://(?:[^\s]+?(?:/(?:-/)?(?:issues|pull|pulls|merge_requests)/[0-9]+|/browse/[A-Z][A-Z0-9_]+-[0-9]+)|linear\.app/[^\s/]+/issue/[A-Za-z0-9-]+)(?:[/?#][^\s]*)?$"#,
        caseInsensitive: false)
    private static let bracketedIssues = Pattern(#"\s*\((?:\s*(?:#[0-9]+|[A-Z][A-Z0-9_]+-[0-9]+)\s*[,;]?)+\)\s*\.?$"#, caseInsensitive: false)

    /// The tracker links in a line, in order, once each; links inside bold or italic text too.
    static func issueLinks(in content: [Inline]) -> [String] {
        var found: [String] = []
        func visit(_ inlines: [Inline]) {
            for inline in inlines {
                switch inline {
                case .link(let destination, let inner):
                    if trackerAddress.matches(destination), !found.contains(destination) { found.append(destination) }
                    visit(inner)
                case .strong(let inner), .emphasis(let inner): visit(inner)
                default: continue
                }
            }
        }
        visit(content)
        return found
    }

    /// "Plugin system - third-party storage backends", "Dark mode: every page follows the system": a short name, a dash
    /// or colon, and a lower-case description of it — the name is the title, the description stays in the item's text.
    static func named(_ text: String) -> String {
        for dash in [" - ", " – ", " — ", ": "] {
            guard let range = text.range(of: dash) else { continue }
            let name = text[..<range.lowerBound], rest = text[range.upperBound...]
            let nameWords = name.split(separator: " ").count
            // "MVP trading sandbox : persistance…": French sets a space before the colon; it is not part of the name.
            if (1...8).contains(nameWords), rest.first?.isLowercase == true, rest.split(separator: " ").count >= 2 { return String(name).trimmed }
            // "Service Mesh Integration: While we have good Istio …": a capitalized name of a few words before a colon names
            // the item even when its description is a sentence (but not "Note: This …", nor a period "Q3 2026: Ship …").
            if dash == ": ", isCapitalizedName(name), rest.first?.isUppercase == true, rest.split(separator: " ").count >= 3 { return String(name).trimmed }
            return text
        }
        return text
    }

    /// "Growth - Dana", "Ingestion — @sam": the rest of a bold-titled bullet as exactly two dash-separated names, each of
    /// one to three capitalized words (or a handle), neither a status, a period, a figure, a ranking ("High") nor a size
    /// ("Small"); nil for anything else (a description, "in-flight — Hands-free mode", "Backend - Q3", "High - Small").
    static func teamAndOwner(_ rest: String) -> (team: String, owner: String)? {
        var parts = [rest.trimmed]
        for dash in [" - ", " – ", " — "] { parts = parts.flatMap { $0.components(separatedBy: dash) } }
        let names = parts.map(\.trimmed)
        guard names.count == 2 else { return nil }
        func isName(_ text: String) -> Bool {
            let words = text.split(separator: " ")
            return (1...3).contains(words.count) && !text.contains(where: { $0.isNumber || ":;,.()[]/".contains($0) })
                && words.allSatisfy { $0.first?.isUppercase == true || ($0.hasPrefix("@") && $0.count > 1) }
                && Status(reading: text) == nil && Status.leadingSymbol(in: text) == nil
                // "**Bulk export** - High - Small", "**Audit log** - CRITICAL - Backend": how urgent or how big the work
                // is, as priority-ordered lists write it, names no team and no one.
                && !ImportanceValue.isRanking(text) && MetadataValues.sizes[text.lowercased()] == nil
        }
        guard names.allSatisfy(isName) else { return nil }
        return (names[0], names[1].hasPrefix("@") ? String(names[1].dropFirst()) : names[1])
    }

    /// Two to five words, each capitalized, no digits: "Service Mesh Integration", "External DNS Plugin".
    private static func isCapitalizedName(_ name: Substring) -> Bool {
        let words = name.split(separator: " ")
        return (2...5).contains(words.count) && !name.contains(where: \.isNumber)
            && words.allSatisfy { $0.first?.isUppercase == true }
    }

    /// The first sentence, without a trailing colon, cut at a clause or word boundary when it is too long.
    static func title(of text: String) -> String {
        // "1. Extend the search library" (Kiro's `.kiro/specs/*/tasks.md` numbers its checkbox tasks so): the number's
        // full stop ends no sentence. The title was "1", and every task of the file was titled by its number. The number
        // stays in the title: its sub-tasks (1.1, 1.2) and the user refer to the task by it, and Kiro repeats titles
        // ("3. Checkpoint", "5. Checkpoint") that only the number tells apart.
        if let number = leadingNumber(text) {
            let rest = text.dropFirst(number.count).trimmed
            if let first = rest.first, first.isLetter || first.isNumber || first == "`" { return number + " " + title(of: rest) }
        }
        var sentence = TitleText.firstSentence(text).sentence
        guard sentence.count > maxTitleLength else { return sentence }
        let limit = sentence.index(sentence.startIndex, offsetBy: maxTitleLength)
        let head = sentence[..<limit]
        // A cut inside brackets would leave "routing (Google Maps": cut before the bracket that is still open.
        if let open = TitleText.unclosedParenthesis(in: head), head.distance(from: head.startIndex, to: open) >= 10 {
            return TitleText.clean(String(head[..<open]))
        }
        for separator in [" (", ", ", " – ", " — ", " - ", "; "] {
            // Not inside brackets: "Support JIT compilation (e.g., numba, JAX, etc.) throughout …" is not cut at "JAX".
            var searched = head
            while let range = searched.range(of: separator, options: .backwards), head.distance(from: head.startIndex, to: range.lowerBound) >= 30 {
                if TitleText.unclosedParenthesis(in: head[..<range.lowerBound]) == nil {
                    return TitleText.clean(String(head[..<range.lowerBound]))
                }
                searched = head[..<range.lowerBound]
            }
        }
        if let space = head.lastIndex(of: " ") { sentence = String(head[..<space]) } else { sentence = String(head) }
        return TitleText.clean(sentence) + "…"
    }

    /// "1.", "2.3." at the start of `text`, before a space: a task's number.
    private static func leadingNumber(_ text: String) -> String? {
        var end = text.startIndex
        var sawDigit = false
        while end < text.endIndex, text[end].isASCII, text[end].isNumber || (text[end] == "." && sawDigit) {
            sawDigit = sawDigit || text[end].isNumber
            end = text.index(after: end)
        }
        guard end > text.startIndex, end < text.endIndex, text[end] == " ", text[text.index(before: end)] == "." else { return nil }
        return String(text[..<end])
    }

    /// The status a bracket names: all of it ("in progress", "done") or its first word before a version or date
    /// ("Implemented v1.1", "Shipped in 0.3", "Released 2025-03").
    static func bracketStatus(_ inner: String) -> Status? {
        if let whole = Status(reading: inner) { return whole }
        let words = inner.split(separator: " ")
        guard let first = words.first, words.count <= 4, let said = Status(reading: String(first)),
              words.dropFirst().allSatisfy({ word in word.contains(where: \.isNumber) || ["in", "on", "since", "with", "as", "of"].contains(word.lowercased()) })
        else { return nil }
        return said
    }

    /// "mid 2022", "Q3 2026", "by end of March", "TBD": short words whose point is a time.
    private static func isPeriodPhrase(_ text: String) -> Bool {
        let lower = text.lowercased()
        if lower == "tbd" || lower == "tba" { return true }
        // A whole month name, not a word that starts like one: "(Maria Lopez)", "(Mark)", "(Marketing)" name no time.
        return text.split(separator: " ").count <= 4 && (RoadmapPeriod.isStrict(text) || Quarter.fiscalMention(in: text) != nil) && PeriodText.normalize(text, year: nil) != nil
    }

    private static func leadingBoldAfterSymbol(_ content: [Inline]) -> (title: String, rest: String)? {
        guard case .text(let first)? = content.first, let symbol = Status.leadingSymbol(in: first), symbol.rest.isEmpty else { return nil }
        return TitleText.leadingBold(Array(content.dropFirst()))
    }
}
