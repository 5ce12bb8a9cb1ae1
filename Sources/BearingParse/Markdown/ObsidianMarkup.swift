import BearingModel

/// What an Obsidian vault's notes write that Obsidian does not show as written: `%% comments %%`, a block's id
/// (`^reliability` ending a paragraph), Dataview's inline fields (`[current:: 5%]`, `(owner:: [[Sam Ortiz]])`), the
/// Tasks plugin's dates, priorities and statuses (`📅 2027-03-15`, `⏫`, `- [/]` in progress, `- [-]` cancelled,
/// `✅ 2027-01-20`), and the Kanban plugin's card dates (`@{2027-03-20}`), line breaks (`<br>`) and settings. Read as
/// CommonMark they were words of the titles they sit in: a key result `Sign 3 contracts [current:: 1]` had no progress,
/// a card `SAML @{2027-03-20}` no due date, a `[/]` task no status, and a comment was shown.
///
/// The note is rewritten line for line, so every position stays true, into what a reader sees in Obsidian: comments,
/// block ids and settings left out, a field Bearing reads (owner, status, priority, team, due, start, effort,
/// confidence) moved into a `(Owner: …, Due: …)` group at the end of its line, which the Markdown reader splits off as
/// fields, and any other field (`current`, `target`) kept in the words as `(current: 5%)`, where progress is read.
enum ObsidianMarkup {
    static func rewrite(_ text: String) -> String {
        guard mayHold(text) else { return text }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let body = CodeFence.frontMatterEnd(lines)
        let kanban = lines[..<body].contains { $0.hasPrefix("kanban-plugin:") }
        var inComment = false
        var fence = CodeFence()
        var changed = false
        for index in lines.indices.dropFirst(body) {
            var line = lines[index]
            if inComment {
                guard let close = line.range(of: "%%") else {
                    if !line.isEmpty { lines[index] = ""; changed = true }
                    continue
                }
                line = String(line[close.upperBound...])
                inComment = false
                changed = true
            }
            if fence.holds(line) {
                lines[index] = line
                continue
            }
            let (uncommented, opensComment) = withoutComments(line, closedLater: { lines[(index + 1)...].contains { $0.contains("%%") } })
            if uncommented != line { changed = true }
            line = uncommented
            inComment = opensComment
            let rewritten = rewriteLine(line, kanban: kanban)
            if rewritten != line { changed = true }
            lines[index] = rewritten
        }
        return changed ? lines.joined(separator: "\n") : text
    }

    /// A cheap test for anything this rewrite changes. Byte for byte: `contains` with a string is Foundation's
    /// Unicode-aware search on Linux, and its two dozen searches over every file were 8 % of a cold build's CPU at 2,000
    /// files. A byte match is found wherever Foundation's is (no needle has another spelling), so nothing is missed.
    static func mayHold(_ text: String) -> Bool {
        text.containsBytes("%%") || text.containsBytes("::") || text.containsBytes("[/] ") || text.containsBytes("[-] ")
            || text.containsBytes("[~] ") || emptyBoxes.contains(where: { text.containsBytes(of: $0) }) || text.containsBytes("]* ")
            || text.containsBytes(" ^") || openBoxes.contains(where: { text.containsBytes(of: $0) })
            || text.containsBytes("@{") || text.containsBytes("#status/") || taskSigns.contains(where: { text.containsBytes(of: $0) })
    }

    /// The line without its `%% … %%` comments, and whether a comment opened on it runs on to a later line (only when
    /// a later line closes it: a lone `%%` is text).
    private static func withoutComments(_ line: String, closedLater: () -> Bool) -> (String, Bool) {
        guard line.contains("%%") else { return (line, false) }
        // `%%` in a code span (`` `LIKE '%%a'` ``) is code, as in Obsidian.
        let code = CodeSpans.ranges(in: Substring(line))
        func mark(in text: Substring) -> Range<String.Index>? {
            var search = text
            while let found = search.range(of: "%%") {
                guard code.contains(where: { $0.contains(found.lowerBound) }) else { return found }
                search = search[found.upperBound...]
            }
            return nil
        }
        var out = ""
        var rest = Substring(line)
        while let open = mark(in: rest) {
            let after = rest[open.upperBound...]
            if let close = mark(in: after) {
                out += rest[..<open.lowerBound]
                rest = after[close.upperBound...]
                continue
            }
            if closedLater() {
                out += rest[..<open.lowerBound]
                return (trimmedEnd(out), true)
            }
            break
        }
        out += rest
        return (out == line ? line : trimmedEnd(out), false)
    }

    private static func trimmedEnd(_ text: String) -> String {
        var text = text
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        return text
    }

    // MARK: - One line

    /// A field read off the line: its key as Bearing spells it and its value.
    private typealias Field = (key: String, value: String)

    private static func rewriteLine(_ line: String, kanban: Bool) -> String {
        guard !line.trimmed.isEmpty else { return line }
        var (lead, words) = splitLead(line)
        var fields: [Field] = []
        // `- [ ]* 2.2 Write property test`: Kiro's optional task, which its own plans leave open under tasks they mark
        // done. Read as CommonMark it was no box, and "[ ]*" led its text; as a box under its parent it would count
        // against it ("2 of 6" under a done task). Nested, it is a plain entry that says it is optional (and done, when
        // ticked); at the margin it is a task of its own, its box kept.
        if !lead.isEmpty, !lead.hasPrefix("#"), let box = ["[ ]* ", "[x]* ", "[X]* "].first(where: { words.hasPrefix($0) }) {
            let nested = lead.first == " " || lead.first == "\t"
            words = String(words.dropFirst(box.count)) + (box == "[ ]* " || !nested ? " (optional)" : " (optional, done)")
            if !nested { lead += String(box.dropLast(2)) + " " }
        }
        // `- [/] Move the card vault`: the Tasks plugin's statuses beside done and not done.
        if lead.hasSuffix("[/] ") || lead.hasSuffix("[-] ") {
            fields.append(("Status", lead.hasSuffix("[/] ") ? "in progress" : "dropped"))
            lead = String(lead.dropLast(4)) + "[ ] "
        }
        // `- [~] Background sync worker`: a box half filled, which task lists' legends write for work under way ("- [~] In
        // progress"), in any Markdown file; `- [~] Strict mode (SKIPPED - config sufficient)` or "(superseded by …)" is
        // work let go, as its own words say. Read as CommonMark it was no box at all: "[~]" led the title and the item
        // took its lane's status, done under a "100% Complete" phase.
        if lead.hasSuffix("[~] ") {
            fields.append(("Status", Self.saysLetGo(words) ? "dropped" : "in progress"))
            lead = String(lead.dropLast(4)) + "[ ] "
        }
        // `- [] Add Additional Templates w/ Examples`: an open box written without its space, as Best-README-Template's
        // roadmap writes each one, and the READMEs made from it. CommonMark reads no box, so "[]" led the title and the
        // item had no status; its writer means work not done, as the `- [x]` lines above it are work done.
        if lead.hasSuffix("[] ") { lead = String(lead.dropLast(3)) + "[ ] " }
        // `- [>] Move invoices`, `[<]`, `[!]`, `[?]`: the boxes Obsidian's themes draw as forwarded, scheduling, important
        // and question, which the Tasks plugin counts as to-do in every theme's set it ships — open work, not done.
        if openBoxes.contains(where: { lead.hasSuffix($0) }) { lead = String(lead.dropLast(4)) + "[ ] " }
        // `Status:: #status/at-risk`: a line that is one field already is read as one (`MetadataReader`).
        if LogseqOutline.property(words) != nil {
            if let id = blockID.firstRange(in: words) { words = trimmedEnd(String(words[..<id.lowerBound])) }
            return lead + words
        }
        if kanban { words = kanbanCard(words, fields: &fields) }
        words = inlineFields(words, task: lead.hasSuffix("] "), fields: &fields)
        words = taskFields(words, task: lead.hasSuffix("] "), fields: &fields)
        words = statusTags(words, fields: &fields)
        if let id = blockID.firstRange(in: words) { words = trimmedEnd(String(words[..<id.lowerBound])) }
        guard !fields.isEmpty else { return lead + words }
        // The Markdown reader splits a trailing group off as fields when it opens with one of its keys.
        let opening = fields.firstIndex { TreeConverter.fieldKeys.contains($0.key.lowercased()) }
        guard let opening, !words.trimmed.isEmpty else { return lead + words }
        fields.insert(fields.remove(at: opening), at: 0)
        let group = fields.map { "\($0.key): \($0.value)" }.joined(separator: ", ")
        return lead + words + " (" + group + ")"
    }

    /// The list marker, checkbox or heading marks opening the line, and its words.
    private static func splitLead(_ line: String) -> (String, String) {
        guard let match = leadPattern.firstMatchWithRange(in: line) else { return ("", line) }
        return (String(line[..<match.range.upperBound]), String(line[match.range.upperBound...]))
    }

    private static let leadPattern = Pattern(#"^(?:\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX/\-~><!?]?\]\s+)?|#{1,6}\s+)"#)

    /// Words that say a half-filled box's work was let go rather than started: "(SKIPPED - manual scripts adequate)",
    /// "(superseded by Phase 02.1)", "cancelled".
    private static let letGo = Pattern(#"(?<![A-Za-z])(?:skipped|superseded|cancell?ed|abandoned|dropped|won'?t do|obsolete)(?![A-Za-z])"#)

    static func saysLetGo(_ words: String) -> Bool { letGo.matches(words) }

    /// Boxes that are open work to the Tasks plugin, drawn by themes as forwarded, scheduling, important and question. Other
    /// characters (`[i]`, `[b]`, `["]`: information, bookmark, quote) mark notes rather than work, and differ from theme to
    /// theme (`[d]` is "doing" in one, "down" in another): they stay as written.
    private static let openBoxes = ["[>] ", "[<] ", "[!] ", "[?] "]

    /// `- [] `: an open box written without its space, after any list marker.
    private static let emptyBoxes = ["- [] ", "* [] ", "+ [] ", ". [] ", ") [] "]

    /// `^reliability` ending a paragraph or item: the id a block is linked by, not shown.
    /// An id has a letter: `x ^2` ending a line is a power.
    private static let blockID = Pattern(#"\s\^(?=[0-9-]*[A-Za-z])[A-Za-z0-9-]{1,64}\s*$"#, needs: ["^"])

    /// Dataview's `[key:: value]` and `(key:: value)`: a field Bearing reads moves into `fields`, any other stays in the
    /// words as `(key: value)`. On a task, the Tasks plugin's own keys in its Dataview format say what its emoji say:
    /// `[completion:: 2027-01-20]` done as `✅`, `[cancelled:: …]` dropped as `❌`, and its `id`, `dependsOn`, `repeat` and
    /// `onCompletion` (`🆔`, `⛔`, `🔁`, `🏁`) are left out.
    private static func inlineFields(_ words: String, task: Bool = false, fields: inout [Field]) -> String {
        guard words.contains("::") else { return words }
        let code = CodeSpans.ranges(in: Substring(words))
        var out = ""
        var rest = Substring(words)
        while let open = rest.firstIndex(where: { $0 == "[" || $0 == "(" }) {
            // A bracket in a code span (`` `[key:: value]` ``) is code, shown as written.
            if let span = code.first(where: { $0.contains(open) }) {
                out += rest[..<span.upperBound]
                rest = rest[span.upperBound...]
                continue
            }
            out += rest[..<open]
            let closeMark: Character = rest[open] == "[" ? "]" : ")"
            guard let (key, value, end) = inlineField(rest[rest.index(after: open)...], close: closeMark) else {
                out.append(rest[open])
                rest = rest[rest.index(after: open)...]
                continue
            }
            let tasksKey = task ? key.lowercased() : ""
            if let spelled = fieldKey(key) ?? (tasksKey == "completion" || tasksKey == "cancelled" ? "Status" : nil) {
                let said = spelled == "Status" && tasksKey == "completion" ? "done" : spelled == "Status" && tasksKey == "cancelled" ? "dropped" : value
                fields.append((spelled, spelled == "Priority" ? said : linksAsText(said)))
                while out.last == " " { out.removeLast() }
                if rest[end...].first.map({ $0 != " " }) == true, !out.isEmpty { out += " " }
            } else if ["id", "dependson", "repeat", "oncompletion"].contains(tasksKey) {
                while out.last == " " { out.removeLast() }
                if rest[end...].first.map({ $0 != " " }) == true, !out.isEmpty { out += " " }
            } else {
                out += "(" + key + ": " + linksAsText(value) + ")"
            }
            rest = rest[end...]
        }
        out += rest
        return trimmedEnd(out)
    }

    /// `key:: value]` after the opening bracket: the key, the value and where the text after the closing bracket starts.
    private static func inlineField(_ text: Substring, close: Character) -> (String, String, Substring.Index)? {
        guard let colons = text.range(of: "::") else { return nil }
        // Dataview writes `key:: value`: the key against the colons and a space after them. `(std::map)`,
        // `[Plugin::register]` and `(parse :: Text)` are C++, Rust and Haskell, shown as written.
        guard colons.lowerBound > text.startIndex, text[text.index(before: colons.lowerBound)] != " ",
              colons.upperBound == text.endIndex || text[colons.upperBound] == " " || text[colons.upperBound] == "\t" else { return nil }
        let key = text[..<colons.lowerBound].trimmed
        guard !key.isEmpty, key.count <= 40, key.first?.isLetter == true,
              key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == " " }) else { return nil }
        // The value runs to the matching bracket; a `[[wikilink]]` inside it has brackets of its own.
        var depth = 0
        var index = colons.upperBound
        while index < text.endIndex {
            let character = text[index]
            if character == "[" || character == "(" {
                depth += 1
            } else if character == "]" || character == ")" {
                if depth == 0 { return character == close ? (key, text[colons.upperBound..<index].trimmed, text.index(after: index)) : nil }
                depth -= 1
            }
            index = text.index(after: index)
        }
        return nil
    }

    /// How Bearing spells a Dataview key it reads as a field (`owner` → Owner), or nil for any other key.
    private static func fieldKey(_ key: String) -> String? {
        switch MetadataKey(spelling: key) {
        case .owners: "Owner"
        case .status: "Status"
        case .priorities: "Priority"
        case .team: "Team"
        case .due: "Due"
        case .start: "Start"
        case .effort: "Effort"
        case .confidence: "Confidence"
        default: nil
        }
    }

    /// `[[People/Sam Ortiz|Sam]]` as the words a reader sees: "Sam"; `[[Sam Ortiz]]`: "Sam Ortiz".
    private static func linksAsText(_ text: String) -> String {
        guard text.contains("[[") else { return text }
        var out = ""
        var rest = Substring(text)
        while let open = rest.range(of: "[["), let close = rest[open.upperBound...].range(of: "]]") {
            out += rest[..<open.lowerBound]
            let link = rest[open.upperBound..<close.lowerBound]
            if let bar = link.firstIndex(of: "|") {
                out += link[link.index(after: bar)...]
            } else {
                out += (link.split(separator: "#").first ?? link).split(separator: "/").last ?? link
            }
            rest = rest[close.upperBound...]
        }
        return out + rest
    }

    // MARK: - Tasks plugin

    private static let taskSigns = ["📅", "📆", "🗓", "🛫", "✅ 2", "❌ 2", "⏫", "🔼", "🔽", "⏬", "🔺", "🔁", "🆔", "⛔", "🏁"]

    /// `📅 2027-03-15` due, `🛫` start, `✅` done on, `❌` cancelled on; on a task, `⏫ 🔺 🔼 🔽 ⏬` how much it matters and
    /// `🔁 every week` how it recurs (left out). `⏳` (scheduled) and `➕` (created) dates stay as written: elsewhere an
    /// hourglass before a date says the work waits.
    private static func taskFields(_ words: String, task: Bool, fields: inout [Field]) -> String {
        guard taskSigns.contains(where: { words.contains($0) }) else { return words }
        var words = words
        for match in taskDate.allMatchesWithRanges(in: words).reversed() {
            guard let sign = match.groups[1], let day = match.groups[2] else { continue }
            switch sign {
            case "📅", "📆", "🗓", "🗓️": fields.append(("Due", day))
            case "🛫": fields.append(("Start", day))
            // "Shipped ✅ 2025-03-01" on a roadmap says done as the Tasks plugin's done date does.
            case "✅": fields.append(("Status", "done"))
            case "❌": fields.append(("Status", "dropped"))
            default: continue
            }
            words.replaceSubrange(match.range, with: "")
        }
        // Only on a task: elsewhere `🔼 12%` is a trend.
        for match in task ? taskPriority.allMatchesWithRanges(in: words).reversed() : [] {
            let level = ["🔺": "highest", "⏫": "high", "🔼": "medium", "🔽": "low", "⏬": "lowest"][match.groups[1] ?? ""]
            if let level, !fields.contains(where: { $0.key == "Priority" }) { fields.append(("Priority", level)) }
            words.replaceSubrange(match.range, with: "")
        }
        if task, let recurrence = taskRecurrence.firstMatchWithRange(in: words) { words.replaceSubrange(recurrence.range, with: "") }
        // `🆔 pay01`, `⛔ pay01,x7k2m9` and `🏁 delete`: a task's id, what it waits for and what becomes of it when done,
        // which Tasks reads and no reader needs in the words.
        for pattern in task ? [taskID, taskDependsOn, taskOnCompletion] : [] {
            for match in pattern.allMatchesWithRanges(in: words).reversed() { words.replaceSubrange(match.range, with: "") }
        }
        fields.reverse()
        return trimmedEnd(words.replacingAll("  ", with: " "))
    }

    private static let taskDate = Pattern(#"\s*(📅|📆|🗓️?|🛫|✅|❌)\s*(\d{4}-\d{2}-\d{2})"#)
    private static let taskPriority = Pattern(#"\s*(🔺|⏫|🔼|🔽|⏬)(?=\s|$)"#)
    private static let taskID = Pattern(#"\s*🆔\s*[A-Za-z0-9_-]+"#, needs: ["🆔"])
    /// Only ids ending the line or before another of Tasks' signs: "⛔ blocked on legal" is words.
    private static let taskDependsOn = Pattern(
        #"\s*⛔\x{FE0F}?\s*[A-Za-z0-9_-]+(?:\s*,\s*[A-Za-z0-9_-]+)*(?=\s*(?:$|[📅📆🗓🛫⏳✅❌➕⏫🔺🔼🔽⏬🔁🆔🏁⛔#]))"#, needs: ["⛔"])
    private static let taskOnCompletion = Pattern(#"\s*🏁\s*(?:delete|keep)\b"#, needs: ["🏁"])
    private static let taskRecurrence = Pattern(#"\s*🔁\s*every\b[^📅📆🗓🛫⏳✅❌➕⏫🔺🔼🔽⏬#\[(]*"#)

    /// `#status/at-risk`: a tag naming how the work stands is its status.
    private static func statusTags(_ words: String, fields: inout [Field]) -> String {
        guard words.contains("#status/"), let match = statusTag.firstMatchWithRange(in: words), let value = match.groups[1] else { return words }
        if !fields.contains(where: { $0.key == "Status" }) { fields.append(("Status", value.replacingAll("-", with: " "))) }
        var words = words
        words.replaceSubrange(match.range, with: "")
        return trimmedEnd(words)
    }

    private static let statusTag = Pattern(#"\s*#status/([A-Za-z][A-Za-z-]*)"#, needs: ["#status/"])

    // MARK: - Kanban plugin

    /// A card's `@{2027-03-20}` is its due date and `@@{10:00}` a time of day (left out); the lines of a card written
    /// as `<br>` are its words, a `Key: value` line among them a field.
    private static func kanbanCard(_ words: String, fields: inout [Field]) -> String {
        var words = words
        for match in kanbanDate.allMatchesWithRanges(in: words).reversed() {
            if let day = match.groups[1] { fields.append(("Due", day)) }
            words.replaceSubrange(match.range, with: "")
        }
        for match in kanbanTime.allMatchesWithRanges(in: words).reversed() { words.replaceSubrange(match.range, with: "") }
        // `[[Priya Shah]]` on a card reads as the name the board shows.
        words = linksAsText(words)
        guard words.contains("<br") else { return trimmedEnd(words) }
        let parts = words.replacingAll("<br/>", with: "<br>").replacingAll("<br />", with: "<br>").components(separatedBy: "<br>")
        var kept: [String] = []
        for part in parts {
            if let colon = part.firstIndex(of: ":"), let key = fieldKey(String(part[..<colon]).trimmed) {
                fields.append((key, linksAsText(String(part[part.index(after: colon)...]).trimmed)))
            } else if !part.trimmed.isEmpty {
                kept.append(part.trimmed)
            }
        }
        return kept.joined(separator: " — ")
    }

    private static let kanbanDate = Pattern(#"\s*@\{(\d{4}-\d{2}-\d{2})\}"#, needs: ["@{"])
    private static let kanbanTime = Pattern(#"\s*@@\{\d{1,2}:\d{2}\}"#, needs: ["@@{"])
}
