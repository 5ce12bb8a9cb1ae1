/// Reads the value of one metadata line into the typed field it names.
struct MetadataValues {
    let line: MetadataReader.Line
    let path: String

    init(line: MetadataReader.Line, path: String) {
        self.line = line
        self.path = path
    }

    /// "Ada, @grace and Linus" → ["Ada", "grace", "Linus"].
    func names() -> [String] {
        var text = line.value
        // "—", "TBD", "n/a", "unassigned" in an owner cell (Linear writes "—" for no assignee): nobody owns it yet, and
        // a card or a "By owner" list naming "TBD" as a person would mislead.
        if RowText.isNothing(text) { return [] }
        // "![Team][] [cargo], [libs]": reference links whose definitions live in another file (an mdBook include) stay
        // as written; the image is a badge, and the bracketed words are the names.
        if text.containsByte(UInt8(ascii: "[")) {
            // `[[People/Dana Lee|Dana]]`: the person's note, named as Obsidian shows it (its path is no second person).
            if text.contains("[[") { text = Wikilinks.asText(text) }
            for range in Self.referenceImage.allRanges(in: text).reversed() { text.removeSubrange(range) }
            // "[Dana Whitfield](mailto:dana@acme.example)": Google Docs exports a person chip as a link to their address,
            // as a profile link (`[@alice](https://github.com/alice)`) is written; the name is the link's text.
            text = Self.linkTexts(text)
            text.removeAll { $0 == "[" || $0 == "]" }
        }
        // "[Myles Borins][MylesBorins] + [Joyee Cheung][joyeecheung]" (Node.js's champions): a spaced plus joins two people.
        for separator in [" and ", " & ", " + ", ";", "/"] { text = text.replacingAll(separator, with: ",") }
        return Self.splitOutsideBrackets(text).map { $0.trimmed }.map { $0.hasPrefix("@") ? String($0.dropFirst()) : $0 }
            .map(Self.withoutRole).filter { !$0.isEmpty && !RowText.isNothing($0) }
    }

    /// `text` split at its commas outside brackets: "Communications Manager (part-time, contractor)" is one person,
    /// whose bracket says how they are employed (split there, "contractor)" was a second owner).
    private static func splitOutsideBrackets(_ text: String) -> [String] {
        guard text.containsByte(UInt8(ascii: "(")) else { return text.split(separator: ",").map(String.init) }
        var parts: [String] = [], current = "", depth = 0
        for character in text {
            if character == "(" { depth += 1 } else if character == ")" { depth = max(0, depth - 1) }
            if character == ",", depth == 0 {
                parts.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        parts.append(current)
        return parts
    }

    /// "Tom Reyes (Head of Fundraising)", "Ada (product lead)": the person, without the role in brackets after the name.
    /// A bracket that names no role stays ("Infra (Bob)" is the Infra team's Bob, not Infra).
    static func withoutRole(_ name: String) -> String {
        guard name.hasSuffix(")"), let open = name.lastIndex(of: "("), open > name.startIndex else { return name }
        let inside = name[name.index(after: open)..<name.index(before: name.endIndex)].lowercased()
        let words = inside.split(whereSeparator: { !$0.isLetter })
        // "(part-time/contractor)", "(interim)": how the person is engaged says who they are no more than a title does.
        let engaged = inside.contains("part-time") || inside.contains("full-time") || inside.contains("part time")
        guard engaged || words.contains(where: { roleWords.contains(String($0)) }) else { return name }
        return String(name[..<open]).trimmed
    }

    private static let roleWords: Set<String> = [
        "head", "lead", "manager", "director", "officer", "chair", "coordinator", "ceo", "cto", "cfo", "coo", "cpo", "vp",
        "president", "founder", "engineer", "designer", "analyst", "owner", "sponsor", "dri", "trustee", "secretary", "treasurer",
        "contractor", "consultant", "freelancer", "volunteer", "interim", "acting",
    ]

    /// `text` with each inline link written as its words: `[Dana Whitfield](mailto:…)` → "Dana Whitfield".
    static func linkTexts(_ text: String) -> String {
        guard text.contains("](") else { return text }
        var text = text
        for match in inlineLink.allMatchesWithRanges(in: text).reversed() { text.replaceSubrange(match.range, with: match.groups[1] ?? "") }
        return text
    }

    private static let referenceImage = Pattern(#"!\[[^\]]*\]\[[^\]]*\]"#)
    private static let inlineLink = Pattern(#"(?<!!)\[([^\]\n]*)\]\([^()\s]*\)"#, needs: ["]("])

    /// Comma-separated references; double quotes keep commas inside a title. Each keeps its own column.
    mutating func references() -> [Reference] {
        // "Depends on: Nothing (first phase)", "Priorities: none", "Objectives: n/a": a value that says there are none.
        if Self.saysNone(line.value) { return [] }
        var references: [Reference] = []
        var current = ""
        var start: Int?
        var quoted = false
        var depth = 0
        var column = line.valueColumn
        func flush() {
            let written = Self.withoutRemark(current.trimmed)
            let text = Self.wikiTarget(written.trimmingCharacters(in: CharacterSet(charactersIn: "\"“”`")))
            if !text.isEmpty && !Self.isFile(written) {
                var reference = Reference(text, at: SourceLocation(path: path, line: line.line, column: start ?? line.valueColumn))
                if written != current.trimmed { reference.written = current.trimmed }
                references.append(reference)
            }
            current = ""
            start = nil
        }
        for character in line.value {
            if character == "\"" || character == "“" || character == "”" { quoted.toggle() }
            if character == "(" { depth += 1 } else if character == ")" { depth = max(0, depth - 1) }
            if (character == "," || character == ";") && !quoted && depth == 0 { flush() }
            else {
                if start == nil, !character.isWhitespace { start = column }
                current.append(character)
            }
            column += 1
        }
        flush()
        return references
    }

    /// "M-3.1 (WebView2 infrastructure)": a remark in brackets after the reference says why, it does not name the
    /// item. A bracket of one word ("Login (v2)") may be part of a title, and stays.
    static func withoutRemark(_ text: String) -> String {
        // "Task 8.11（API実装）": a full-width bracket after the reference is a remark too; CJK text has no spaces to tell
        // a remark from a one-word name by.
        if text.hasSuffix("）"), let open = text.lastIndex(of: "（"), open > text.startIndex {
            let before = text[..<open].trimmed
            return before.isEmpty ? text : before
        }
        // "../Objectives%201a2b…/Grow%20revenue%200a1b….md": an older Notion export's relation names the page by its file.
        if text.hasSuffix(".md"), FileName.hasExportID(text.replacingAll("%20", with: " ")), let page = NotionRelation.pages(in: text), page.count == 1 {
            return page[0].title
        }
        guard text.hasSuffix(")"), let open = text.lastIndex(of: "("), open > text.startIndex else { return text }
        let remark = text[text.index(after: open)..<text.index(before: text.endIndex)]
        // "Grow revenue (../Objectives%201a2b…/Grow%20revenue%200a1b….md)": a Notion relation's page after its title
        // (`NotionRelation`) says where the page is, not what it is called.
        if let page = NotionRelation.pages(in: text), page.count == 1 { return page[0].title }
        guard remark.contains(" ") else { return text }
        let before = text[..<open].trimmed
        return before.isEmpty ? text : before
    }

    /// "`utils/bytes.go`", "`crypto/crypto.go`": a file written as code names a file the work touches, not an item of the
    /// plan it depends on.
    static func isFile(_ text: String) -> Bool {
        guard text.hasPrefix("`"), text.hasSuffix("`"), text.count > 2 else { return false }
        let code = text.dropFirst().dropLast()
        guard !code.contains(" "), let dot = code.lastIndex(of: "."), dot > code.startIndex else { return false }
        let ext = code[code.index(after: dot)...]
        return (1...5).contains(ext.count) && ext.allSatisfy(\.isLetter)
    }

    /// `[[Grow revenue]]`, `[[Strategy#Grow revenue|revenue]]`: a wikilink (Obsidian, Foam, Logseq) names its page, or
    /// the heading after `#`; the text after `|` is only how it reads.
    static func wikiTarget(_ text: String) -> String {
        guard text.hasPrefix("[["), text.hasSuffix("]]"), text.count > 4 else { return text }
        var target = text.dropFirst(2).dropLast(2)
        if let bar = target.firstIndex(of: "|") { target = target[..<bar] }
        if let hash = target.lastIndex(of: "#"), target.index(after: hash) < target.endIndex {
            target = target[target.index(after: hash)...]
            // `[[Strategy#1. Self-serve growth]]`: a heading numbered by hand is the priority it numbers.
            if let number = headingNumber.firstRange(in: String(target)) { target = target.dropFirst(String(target)[number].count) }
        }
        return target.trimmed
    }

    private static let headingNumber = Pattern(#"^\s*\d{1,2}[.)]\s+(?=\S)"#)

    /// A value that says there is nothing to name: "None", "Nothing (first phase)", "N/A", "-", "TBD", "none yet", and
    /// the same in a code span (`` `None` ``) where the other values of the field are written as code (`` `CI-CD` ``).
    static func saysNone(_ value: String) -> Bool {
        var text = value.trimmed.lowercased()
        if text.count > 2, text.hasPrefix("`"), text.hasSuffix("`"), !text.dropFirst().dropLast().contains("`") {
            text = String(text.dropFirst().dropLast()).trimmed
        }
        if let open = text.firstIndex(of: "("), text.hasSuffix(")") { text = String(text[..<open]).trimmed }
        if let open = text.firstIndex(of: "（"), text.hasSuffix("）") { text = String(text[..<open]).trimmed }
        text = text.trimmingCharacters(in: CharacterSet(charactersIn: ".!*_ "))
        return ["none", "nothing", "n/a", "na", "-", "–", "—", "tbd", "tba", "none yet", "nothing yet", "no dependencies",
                "not applicable", "no one", "nobody", "なし", "無し", "无", "無", "없음"].contains(text)
    }

    /// The status a Status value leads with before saying more in words: "FULLY COMPLETE - Both click-to-view modal and
    /// drag-and-drop rescheduling implemented", "Import complete, infrastructure ready for future updates", "Fully
    /// implemented and deployed to production", "Data Ready (1,196 service logs imported)". The lead is at most three
    /// words before a dash, comma, bracket, colon or "and"; its last word says how the work stands. A word that qualifies
    /// it ("Partially complete", "Almost done", "Not started") leaves the value unread, as a whole.
    static func statusLead(_ value: String) -> Status? {
        let text = value.trimmed
        // "Launched on April 30, 2025", "Blocked by the ledger team": a status word before the date or the cause.
        let remarks = [" - ", " – ", " — ", ", ", " (", ": ", "; ", " and "].compactMap { text.range(of: $0, options: .caseInsensitive)?.lowerBound }
        let whens = [" on ", " in ", " by ", " since "].compactMap { text.range(of: $0, options: .caseInsensitive)?.lowerBound }
        guard let cut = (remarks + whens).min() else { return nil }
        let words = text[..<cut].split(separator: " ").map { $0.lowercased() }
        guard (1...3).contains(words.count), let last = words.last else { return nil }
        // "In Progress - The accessibility review took longer": the status is the words before the remark, all of them.
        let said: Status?
        if words.count > 1, let whole = Status(reading: words.joined(separator: " ")) { said = whole }
        else if words.contains(where: { qualifiers.contains($0) }) { return nil }
        else { said = Status(reading: last) ?? phaseStatus(last) }
        // "Complete by end of Q3", "Done in Q4", "Finish by June": before a date, a done word that is not in the past
        // tense is when the work is due, not that it is done ("Launched on April 30", "Delivered by the partner team").
        // "Complete by PR #81" (how it was done) stays done, and so does "Done on 2026-05-01": done is no verb to be due
        // on a day, the day is when it was done ("Complete on June 30" may be either, and stays unread). Only "Done" or "All
        // done": "Will be done on 2026-09-30", "Should be done on Friday" and "Expected done on …" are when it is due.
        let doneOn = (words == ["done"] || words == ["all", "done"]) && text[cut...].lowercased().hasPrefix(" on ")
        if said == .done, whens.contains(cut), !last.hasSuffix("ed"), !doneOn,
           Self.namesTime(text[cut...].split(separator: " ", maxSplits: 1).last.map(String.init) ?? "") {
            return nil
        }
        return said
    }

    /// Whether words after "by", "in" or "on" name a time: a period or date ("September", "Q4", "June 30", "2026-09-30"),
    /// or the end or next of something ("end of Q3", "next sprint", "Friday", "EOY").
    private static func namesTime(_ words: String) -> Bool {
        let lower = words.trimmed.lowercased()
        if PeriodText.normalize(lower, year: nil) != nil || Quarter.month(in: lower) != nil { return true }
        return ["end", "the end", "next", "this", "eod", "eow", "eom", "eoq", "eoy", "tomorrow", "today", "monday", "tuesday", "wednesday",
                "thursday", "friday", "launch", "release", "the release", "the launch", "sprint"].contains { lower == $0 || lower.hasPrefix($0 + " ") }
    }

    /// A product team's phase written as a Status value ("| QP1 | … | Discovery |", `Status: Discovery`): the research is
    /// under way. Only as a value: a heading or bold label "Discovery" names a product area as often (search features).
    static func phaseStatus(_ value: String) -> Status? {
        value.trimmed.lowercased() == "discovery" ? .onTrack : nil
    }

    private static let qualifiers: Set<String> = ["partially", "partly", "almost", "nearly", "mostly", "not", "half", "semi", "pre", "soon"]

    /// A Status value that is a figure rather than a word: a grade on the 0–1 scale (`0.7`, `.5`, `1.0`) or a percent
    /// (`70%`). A lone `0` or `1` is left out: too often a count or a code to read as a grade.
    static func isGrade(_ value: String) -> Bool {
        let text = value.trimmed.trimmingCharacters(in: CharacterSet(charactersIn: "*_`"))
        if text.hasSuffix("%") {
            let number = text.dropLast().trimmed
            return !number.isEmpty && number.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }) && (Double(number).map { (0...100).contains($0) } ?? false)
        }
        guard text.contains("."), text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }), let number = Double(text) else { return false }
        return (0...1).contains(number)
    }

    /// A Status value that records a decision about the goal rather than its delivery: "Accepted", "Approved".
    static func isDecision(_ text: String) -> Bool {
        let key = text.trimmed.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ".!:;,*_ "))
        return ["accepted", "approved", "committed", "agreed", "adopted", "funded", "confirmed"].contains(key)
    }

    func status(diagnostics: inout DiagnosticBag) -> Status? {
        if let status = Status(reading: line.value) { return status }
        // `| v1.4.1 | Current |` in a Status column, `Status: Current`: the work under way now. Only as a status's
        // value: a heading or label "Current" is a lane (the Now horizon), not a status.
        if ["current", "current focus", "current milestone", "current phase"]
            .contains(line.value.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "*_:.` "))) { return .onTrack }
        let known = Status.allCases.map(\.rawValue)
        // A misspelt word a tracker writes ("In progres") is nearer to its own spelling than to the contract's values.
        let value = line.value.lowercased()
        let fix = Self.negatesDone(value) ? "`\(line.value)` says only that the work is not done; write how it stands: `in progress`, `at risk`, `blocked`, `missed` or `dropped`"
            : Self.statusTypo(value, among: known).map { "did you mean `\($0)`?" }
            ?? Self.statusTypo(value, among: Self.trackerWords).flatMap { word in
                Status(reading: word).map { "did you mean `\(word)` (\($0.rawValue))?" }
            }
        if fix == nil, SentenceStatuses.isSentence(line.value) {
            diagnostics.warning(.unknownStatus, SentenceStatuses.message(key: line.key, value: line.value),
                                line: line.line, column: line.valueColumn, fix: SentenceStatuses.fix)
            return nil
        }
        diagnostics.warning(.unknownStatus, "unknown status `\(line.value)`; expected one of \(known.joined(separator: ", "))",
                            line: line.line, column: line.valueColumn, fix: fix)
        return nil
    }

    /// The status `value` is a typo of, if any. Stricter than names' did-you-mean: a status changes what the plan says,
    /// and short words two letters apart are often other words ("Doing" is not "done"), so a short value may be one edit
    /// off and a longer one two.
    static func statusTypo(_ value: String, among words: [String]) -> String? {
        guard !negatesDone(value), let word = DidYouMean.best(value, among: words) else { return nil }
        let allowed = value.count <= 6 ? 1 : 2
        // "in prog": the start of a longer status is what was meant.
        if value.count >= 4, word.lowercased().hasPrefix(value) { return word }
        return DidYouMean.editDistance(value, word.lowercased(), limit: allowed + 1) <= allowed ? word : nil
    }

    /// "Incomplete", "Not completed", "Unfinished": the opposite of done, two letters from "complete" — never a typo of it.
    static func negatesDone(_ value: String) -> Bool {
        let key = value.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: " .!*_`"))
        return negatedDone.matches(key)
    }

    private static let negatedDone = Pattern(#"^(?:in|un|not\s+(?:yet\s+)?|non-?)(?:complete|completed|finished|done|delivered|achieved)$"#)

    /// Status words trackers write besides the contract's values, for "did you mean".
    private static let trackerWords = ["in progress", "completed", "complete", "blocked", "cancelled", "planned", "delayed", "shipped"]

    func confidence(diagnostics: inout DiagnosticBag) -> Double? {
        // "75% (moderate confidence; market conditions favorable)": the figure, with why in brackets after it.
        let value = MetadataReader.withoutGloss(line.value) ?? line.value
        switch value.lowercased() {
        case "high": return 0.8
        case "medium", "med": return 0.5
        case "low": return 0.2
        default: break
        }
        if let share = NumberText.share(value), share <= 1 { return share }
        // "6/10", "7 / 10", "4/5": a score out of a scale, as many teams rate confidence.
        let parts = value.split(separator: "/").map { $0.trimmed }
        if parts.count == 2, let score = Double(parts[0]), let scale = Double(parts[1]), scale > 0, score >= 0, score <= scale {
            return score / scale
        }
        diagnostics.warning(.invalidValue, "confidence `\(line.value)` is not a number from 0 to 1, a percentage, a score such as 7/10, or low/medium/high",
                            line: line.line, column: line.valueColumn)
        return nil
    }

    static let sizes: [String: Double] = ["xxs": 0.25, "xs": 0.5, "s": 1, "small": 1, "m": 2, "medium": 2,
                                          "l": 3, "large": 3, "xl": 5, "xxl": 8]

    /// Effort is relative (points, weeks, people): a million of any of them is more than a plan holds, and sums of
    /// `1e308` overflowed to infinity, which printed "alignment inf/100" and wrote JSON that does not parse.
    static let largestEffort: Double = 1_000_000

    /// "2-3 hours", "3–5 days", "2 - 3 weeks": two figures joined by a dash, then a unit or nothing.
    private static let effortRange = Pattern(#"^~?\s*(\d+(?:\.\d+)?)\s*[-–—]\s*(\d+(?:\.\d+)?)(?:\s*[a-z\p{L}]+(?:\s+total)?)?\s*$"#, needs: Pattern.digits)

    func effort(diagnostics: inout DiagnosticBag) -> Double? {
        var text = line.value.lowercased()
        // "XL (two sprints)", "3 (maybe 4)": a remark in brackets after the size; the size is read, the remark kept as written.
        if let bare = MetadataReader.withoutGloss(text), Self.sizes[bare] != nil || bare.first?.isNumber == true { text = bare }
        if let size = Self.sizes[text] { return size }
        let first = text.split(separator: " ").first.map(String.init)
        // "2h", "1.5d", "3時間": a number with its unit written on, as "2 hours" and "2 時間" are read.
        let unitWritten = first.flatMap { token -> Double? in
            let digits = token.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
            let unit = token.dropFirst(digits.count)
            guard !digits.isEmpty, !unit.isEmpty, unit.allSatisfy(\.isLetter) else { return nil }
            return NumberText.value(String(digits))
        }
        // "2-3 hours", "3–5 days": a range of estimates counts as its middle, as "2 hours" counts as 2.
        let range = Self.effortRange.firstMatch(in: text).flatMap { groups -> Double? in
            guard let low = groups[1].flatMap({ Double($0) }), let high = groups[2].flatMap({ Double($0) }), low <= high else { return nil }
            return (low + high) / 2
        }
        let number = first.flatMap { NumberText.value($0) } ?? unitWritten ?? range
        if let number, number >= 0, number <= Self.largestEffort { return number }
        if let number, number > Self.largestEffort {
            diagnostics.warning(.invalidValue, "effort `\(line.value)` is larger than any plan's; it is left out (at most \(Int(Self.largestEffort)))",
                                line: line.line, column: line.valueColumn)
            return nil
        }
        diagnostics.warning(.invalidValue, "effort `\(line.value)` is neither a number nor a size (XS, S, M, L, XL)",
                            line: line.line, column: line.valueColumn)
        return nil
    }

    func issues() -> [String] {
        line.value.split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init).filter { !$0.isEmpty }
    }

    /// An issue as trackers and people write one: an address, `#123`, `acme/web#88`, `!42`, a Jira or Linear key
    /// (`PAY-101`, `ENG-4`) or a bare number.
    static func isIssueReference(_ token: String) -> Bool {
        token.contains("://") || issueReference.matches(token)
    }

    private static let issueReference = Pattern(#"^(?:[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+)?[#!]?[0-9]+$|^[A-Z][A-Z0-9_]+-[0-9]+$"#, caseInsensitive: false)

    /// A due date: YYYY-MM-DD, a quarter, or a month; anything else is kept with a warning.
    func due(diagnostics: inout DiagnosticBag) -> String {
        let text = line.value
        // "2026-02-31", "2026-11-31": written as a date, but no day of the calendar (a month's length misremembered).
        if let written = Self.isoShaped.firstMatch(in: text.trimmed)?[0], !DateText.isISODate(written) {
            diagnostics.warning(.invalidValue, "due date `\(written)` is not a day of the calendar", line: line.line, column: line.valueColumn,
                                fix: "correct the day or month (YYYY-MM-DD)")
            return text
        }
        // "February 30, 2027", "2027/13/40": a day written in words or year first that the calendar does not have was
        // kept as written with no word, as a period or a month would be.
        if let impossible = WrittenDate.impossible(in: text) {
            diagnostics.warning(.invalidValue, "due date `\(impossible.written)` is not a day of the calendar: \(impossible.reason)",
                                line: line.line, column: line.valueColumn, fix: "correct the day or month")
            return text
        }
        // "31/03/2027", "03/31/2027": a date of numbers with the year last. When one of the first two cannot be a month,
        // which is the day is plain and the date is read (as YYYY-MM-DD, so every page and count takes it as that day),
        // with a warning to write it so; "01/03/2027" is 1 March to some writers and 3 January to others, so it is kept as
        // written and said.
        if let groups = Self.numericDate.firstMatch(in: text.trimmed), let a = groups[1].flatMap({ Int($0) }),
           let b = groups[2].flatMap({ Int($0) }), let year = groups[3].flatMap({ Int($0) }), let written = groups[0] {
            if a <= 12, b <= 12, a != b {
                diagnostics.warning(.invalidValue, "due date `\(written)` could be \(Self.dayAndMonth(a, b)) or \(Self.dayAndMonth(b, a)); it is kept as written",
                                    line: line.line, column: line.valueColumn, fix: "write it as YYYY-MM-DD")
                return text
            }
            let (day, month) = a > 12 || a == b ? (a, b) : (b, a)
            let iso = String(format: "%04d-%02d-%02d", year, month, day)
            guard DateText.isISODate(iso) else {
                diagnostics.warning(.invalidValue, "due date `\(written)` is not a day of the calendar", line: line.line, column: line.valueColumn,
                                    fix: "correct the day or month, and write it as YYYY-MM-DD")
                return text
            }
            diagnostics.warning(.invalidValue, "due date `\(written)` is read as \(iso)\(a == b ? "" : " (\(a > 12 ? "day" : "month") first: \(max(a, b)) is no month)")",
                                line: line.line, column: line.valueColumn, fix: "write it as `\(iso)`, which every reader reads one way")
            return iso
        }
        // The year only decides whether the text is a date at all here; "by end of March" is kept as written.
        if Self.monthPattern.matches(text) || DueText.date(text, year: 2000) != nil { return text }
        // "FY28 Q2": a fiscal quarter, placed by the workspace's fiscal year.
        if Quarter.fiscalMention(in: text) != nil { return text }
        // A year or a span of years ("2026", "2026-2027", "2026 and beyond") is a period, as a Timespan column writes it.
        if PeriodText.firstYear(text) != nil && text.split(separator: " ").count <= 4 { return text }
        // "Future", "Later", "TBD" in a Timespan column say when as a horizon does: no date yet, and no mistake.
        if Self.horizons.contains(text.trimmed.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ".*_"))) { return text }
        diagnostics.warning(.invalidValue, "due date `\(text)` is not a date (YYYY-MM-DD), a period (2026-Q4, end of Q2) or a month (by end of March)",
                            line: line.line, column: line.valueColumn)
        return text
    }

    /// A start date (`Start: 2027-02-30`, the start of a `Date` range): kept as written; a day the calendar does not
    /// have is said, as it is in a due date.
    func start(diagnostics: inout DiagnosticBag) -> String {
        let text = line.value.trimmed
        if let impossible = WrittenDate.impossible(in: text) {
            diagnostics.warning(.invalidValue, "start date `\(impossible.written)` is not a day of the calendar: \(impossible.reason)",
                                line: line.line, column: line.valueColumn, fix: "correct the day or month")
        }
        return text
    }

    private static let isoShaped = Pattern(#"^\d{4}-\d{2}-\d{2}$"#)
    /// "31/03/2027", "31.03.2027", "3/31/2027": day and month in either order, then a four-digit year.
    private static let numericDate = Pattern(#"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$"#)
    private static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                                     "October", "November", "December"]

    /// "1 March" for day 1 of month 3.
    private static func dayAndMonth(_ day: Int, _ month: Int) -> String {
        (1...12).contains(month) ? "\(day) \(monthNames[month - 1])" : "day \(day) of month \(month)"
    }

    private static let horizons: Set<String> = ["tbd", "tba", "future", "later", "ongoing", "continuous", "next", "now"]

    private static let monthPattern = Pattern(#"^(\d{4}-\d{2}|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}|end of .+)$"#)
}

import BearingModel
import Foundation
