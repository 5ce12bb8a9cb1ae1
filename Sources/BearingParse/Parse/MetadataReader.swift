import BearingModel

/// Reads the metadata block at the top of an item's body: `Key: value` lines in one paragraph,
/// or a bullet list of them; keys are case-insensitive and may be bold (`**Owner:** Ada`).
struct MetadataReader {
    let document: MarkdownDocument

    /// One `key: value` line with where its value starts.
    struct Line {
        var key: String
        var value: String
        var line: Int
        var valueColumn: Int
        /// The last line the metadata entry occupies.
        var endLine: Int
    }

    /// The metadata of an item's own blocks, and the last line of the metadata at its top (nil when it does not
    /// start with metadata; the body starts after that line).
    /// Metadata later in the body — after a prose paragraph, in a key/value table, or at the end of a prose
    /// paragraph — is read too: real teams put it there, and dropping it would lose an owner or hide a misspelt key.
    func read(_ blocks: [Block], diagnostics: inout DiagnosticBag) -> (Metadata, endLine: Int?) {
        var metadata = Metadata()
        var leadingEnd: Int?
        var leading = true
        for block in blocks {
            if let lines = metadataLines(block) {
                for line in lines { apply(line, to: &metadata, diagnostics: &diagnostics) }
                if leading { leadingEnd = max(leadingEnd ?? 0, lines.map(\.endLine).max() ?? block.endLine) }
                continue
            }
            if case .heading = block.kind { break }
            if case .paragraph = block.kind {
                for line in proseMetadataLines(block, diagnostics: &diagnostics) { apply(line, to: &metadata, diagnostics: &diagnostics) }
            }
            leading = false
        }
        return (metadata, leadingEnd)
    }

    /// True when a metadata line names who owns the work ("Owner", "Lead", "DRI"), not who tracks it ("Tracking Manager").
    func namesOwner(_ blocks: [Block]) -> Bool {
        blocks.contains { block in
            (metadataLines(block) ?? []).contains { line in
                MetadataKey(spelling: line.key) == .owners && !MetadataKey.trackerSpellings.contains(MetadataKey.normalize(line.key))
            }
        }
    }

    /// `Key: value` lines of a known key at the end of a prose paragraph ("We will … \nOwner: Ada") are read;
    /// one in the middle of the prose is not (it may be a sentence) and gets a `metadata-after-prose` warning.
    func proseMetadataLines(_ block: Block, diagnostics: inout DiagnosticBag) -> [Line] {
        guard block.endLine > block.line else { return [] }
        var trailing: [Line] = []
        var number = block.endLine
        while number > block.line, let line = parse(lineNumber: number, stripBullet: false), Self.isKnownOrNear(line.key, value: line.value) {
            trailing.insert(line, at: 0)
            number -= 1
        }
        for inner in block.line...number {
            guard let line = parse(lineNumber: inner, stripBullet: false), Self.isKnownOrNear(line.key, value: line.value),
                  line.value.split(separator: " ").count <= 6 else { continue }
            diagnostics.warning(.metadataAfterProse, "`\(line.key): \(line.value)` is inside a prose paragraph, so it is not read as metadata",
                                line: inner, fix: "put a blank line before it, or move it to the top of the item")
        }
        return trailing
    }

    /// The block's `key: value` lines if most keys are known (or nearly so).
    /// "Most" keeps prose lists such as `- **Roadmap**: … / - **Development**: …` from being read as metadata,
    /// while a block of known keys may still carry a few custom ones. In a list only the leading items count:
    /// CommonMark joins `- Owner: …` and the `- [ ] …` key results after it into one list.
    func metadataLines(_ block: Block) -> [Line]? {
        var lines: [Line] = []
        // "- Objective: **Go beyond EL(T)** …, and more." among "- Scope: …", "- Timeframe: By 2022-07-31": the objective's
        // statement in its own metadata list (Meltano's strategic goals). Not a reference, so not read; it neither ends
        // the list nor counts against it.
        var statements = 0
        switch block.kind {
        case .paragraph:
            var labelled = false
            for number in block.line...block.endLine {
                // `Priority:: Growth` and `Owner:: Ada` run straight into `KR1.1: …` lines (an Obsidian note's fields,
                // then its key results, with no blank line between): the key-result lines end the metadata.
                if !lines.isEmpty, (number...block.endLine).allSatisfy(isKeyResultLine) { break }
                guard let line = parse(lineNumber: number, stripBullet: false) else {
                    // `**Success Criteria** (what must be TRUE):` closing bold fields labels the list below it.
                    if number == block.endLine, lines.count >= 2, boldLabel(number) { labelled = true; break }
                    // `Score:` left blank under `Owner(s):leviw` (Chromium's OKR pages before grading), and `High level
                    // objectives (non-exhaustive):` closing `Priority: P1` / `Delivery Quarter: Q3 2025` over the list it
                    // leads (Thunderbird's roadmap): a key with nothing after it says nothing, so it neither ends the
                    // fields nor makes them prose.
                    if isEmptyField(number) { continue }
                    return nil
                }
                lines.append(line)
            }
            // A paragraph whose every line is a `**Key**: value` field is a field block by its form, however long a
            // custom field's value (`**Goal**: A partner signs up without calling us` beside `**Depends on**: Phase 3`).
            if lines.count >= 2, lines.contains(where: { MetadataKey(spelling: $0.key) != nil }), lines.allSatisfy({ boldKey($0.line) }) {
                return lines
            }
            if labelled { return nil }
        case .list(_, let items):
            for item in items {
                guard item.task == nil, item.blocks.count == 1, item.line == item.endLine || isSingleLine(item) else { break }
                // `- Owner: …` then `- KR1: …` items, a blank line between, are one list to CommonMark: the first key
                // result ends the fields, so its wording cannot decide whether the fields above it are read.
                if !lines.isEmpty, isKeyResultLine(item.line) { break }
                guard var line = parse(lineNumber: item.line, stripBullet: true) else {
                    if isStatement(lineNumber: item.line) { statements += 1; continue }
                    break
                }
                line.endLine = lastTextLine(item)
                lines.append(line)
            }
        case .fields(let fields):
            return fields.map { Line(key: $0.key, value: $0.value, line: $0.line, valueColumn: $0.valueColumn, endLine: $0.line) }
        case .table:
            lines = PlanTable.keyValueLines(block) ?? []
        default:
            return nil
        }
        let recognised = lines.filter { MetadataKey(spelling: $0.key) != nil || Self.nearKey($0.key, value: $0.value) != nil || Self.namesCommitment($0) }.count
        // Custom fields with a short key and value ("Active from: 20.08.19", "Tracked: Every quarter") are metadata in
        // form, not prose: beside a known key they do not count against the block.
        // A value that ends a sentence ("- **Development**: tighter loops.") makes the list prose.
        // A known key's value may end with a full stop and still be a value ("Timeframe: By 2023-05-31.").
        let sentences = lines.contains { !Self.isKnownOrNear($0.key, value: $0.value) && $0.value.hasSuffix(".") && $0.value.containsByte(UInt8(ascii: " ")) }
        // A Notion relation (`Key Results: Close 10 expansion deals (../Key%20Results…/….md), SOC 2 report signed (…)`) is
        // a field's value however many pages' titles it holds: beside `Owner:` and `Quarter:` it made the page's
        // properties prose, and its owner was lost.
        let custom = sentences ? 0 : lines.filter { MetadataKey(spelling: $0.key) == nil && Self.nearKey($0.key, value: $0.value) == nil
            && $0.key.split(separator: " ").count <= 3 && ($0.value.split(separator: " ").count <= 6 || NotionRelation.pages(in: $0.value) != nil) }.count
        guard !lines.isEmpty && recognised > 0 && (recognised + statements) * 2 > lines.count - custom else { return nil }
        switch block.kind {
        case .paragraph, .list: return lines.flatMap(splitFields)
        default: return lines
        }
    }

    /// A known key after a separator further along a field's line: `· **Priority:** 1`, `| Team: Growth`, `, Due: 2027-03-31`,
    /// ` — Status: at risk`, or a bold key after a space (`**Owner**: Maria **Priority**: 3`).
    private static let nextField = Pattern(
        #"(?:[ \t]*[·•|;,][ \t]*|[ \t]+[-–—][ \t]+|[ \t]+(?=\*\*|__))(?:\*\*|__)?([A-Za-z][A-Za-z0-9 /()'-]{0,29}?)[ \t]*(?::(?:\*\*|__)|(?:\*\*|__)[ \t]*:|:)(?=[ \t])"#,
        needs: [":"])

    /// Several fields written on one line — `**Owner:** Maria · **Priority:** 1`, as a founder separates them in a
    /// document — are each a field. Read as one, the owner was "Maria · **Priority:** 1" and the priority the line
    /// declares was silently lost. Only a known key starts a new field (`Notes: see page 2, item: 3` stays one), and
    /// only after a separator or as a bold key.
    func splitFields(_ line: Line) -> [Line] {
        guard line.value.containsByte(UInt8(ascii: ":")), line.line >= 1, line.line <= document.lines.count else { return [line] }
        let raw = String(document.lines[line.line - 1])
        guard line.valueColumn >= 1, line.valueColumn - 1 < raw.count else { return [line] }
        let rest = String(raw.dropFirst(line.valueColumn - 1))
        guard let found = Self.nextField.allMatchesWithRanges(in: rest).first(where: { match in
            match.groups[1].map { MetadataKey(spelling: $0.trimmed) != nil } ?? false
        }), let key = found.groups[1]?.trimmed else { return [line] }
        var first = line
        first.value = Self.trimmedValue(rest[..<found.range.lowerBound])
        var valueStart = found.range.upperBound
        while valueStart < rest.endIndex, "*_ \t".contains(rest[valueStart]) { valueStart = rest.index(after: valueStart) }
        let column = line.valueColumn + rest.distance(from: rest.startIndex, to: valueStart)
        let next = Line(key: key, value: Self.trimmedValue(rest[valueStart...]), line: line.line, valueColumn: column, endLine: line.endLine)
        let following = next.value.isEmpty ? [] : splitFields(next)
        return (first.value.isEmpty ? [] : [first]) + following
    }

    /// A value as `parse` keeps it: no surrounding space, and no bold or italic marker left at its end.
    private static func trimmedValue(_ text: Substring) -> String {
        var value = text.trimmed
        while let last = value.last, last == "*" || last == "_" { value = String(value.dropLast()).trimmed }
        return value
    }

    /// The fields of an item's nested list written entirely as bold keys, some over details of their own, as
    /// Notion-synced roadmaps write a task's properties: `- **Completed:** 2025-11-02`, `- **Rationale:** …`,
    /// `- **Implementation:**` over a nested list, `- **Dependencies:** None`, `- **Priority:** High (…)`,
    /// `- **Estimated Effort:** 2-3 hours`. `metadataLines` stops at the first entry with details beneath it; here every
    /// entry is looked at. An entry of a known key, a short custom value ("Completed: 2025-11-02") or a time estimate is a field; one
    /// whose value is a sentence, or that holds details, is the item's text and stays so. Nil when the list is not of
    /// that shape (some entry has no bold key, no entry has details, or no key is known).
    func fieldEntries(_ block: Block) -> [Line]? {
        guard case .list(let ordered, let items) = block.kind, !ordered, items.count >= 2 else { return nil }
        var lines: [Line] = []
        var detailed = false
        for item in items {
            guard item.task == nil, case .paragraph? = item.blocks.first?.kind, boldKey(item.line, stripBullet: true) else { return nil }
            let single = item.blocks.count == 1 && (item.line == item.endLine || isSingleLine(item))
            if !single { detailed = true }
            guard single, var line = parse(lineNumber: item.line, stripBullet: true) else { continue }
            let known = MetadataKey(spelling: line.key) != nil || Self.healthKeys.contains(MetadataKey.normalize(line.key))
            // "Estimated Effort: 3-4 days (24-32 hours) spread over 3 weeks": a time estimate, however it goes on.
            guard known || line.key.split(separator: " ").count <= 3
                    && (line.value.split(separator: " ").count <= 6 && !line.value.hasSuffix(".") || EffortEstimate.leads(line.value)) else { continue }
            line.endLine = lastTextLine(item)
            lines.append(line)
        }
        guard detailed, lines.contains(where: { MetadataKey(spelling: $0.key) != nil }) else { return nil }
        return lines
    }

    /// The line starts with its key in bold: `**Goal**: …`, `**Goal:** …`, `__Owner__: …`.
    private func boldKey(_ lineNumber: Int, stripBullet: Bool = false) -> Bool {
        guard lineNumber >= 1, lineNumber <= document.lines.count else { return false }
        var text = document.lines[lineNumber - 1].drop(while: { $0 == " " || $0 == "\t" || $0 == ">" })
        if stripBullet, let marker = text.first, "-*+".contains(marker) { text = text.dropFirst().drop(while: { $0 == " " }) }
        guard let mark = ["**", "__"].first(where: text.hasPrefix) else { return false }
        let inner = text.dropFirst(2)
        guard let close = inner.range(of: mark) else { return false }
        let key = inner[..<close.lowerBound]
        let after = inner[close.upperBound...].drop(while: { $0 == " " })
        return !key.isEmpty && (key.hasSuffix(":") || after.hasPrefix(":"))
    }

    /// A bold label ending its line with a colon and nothing after it (`**Success Criteria** (what must be TRUE):`).
    /// `Score:` or `High level objectives (non-exhaustive):` alone on its line: a key with no value.
    private func isEmptyField(_ lineNumber: Int) -> Bool {
        guard lineNumber >= 1, lineNumber <= document.lines.count else { return false }
        var text = document.lines[lineNumber - 1].trimmed
        if text.hasSuffix("\\") { text = String(text.dropLast()).trimmed }
        guard text.hasSuffix(":"), !text.hasSuffix("::") else { return false }
        let key = text.dropLast().filter { $0 != "*" && $0 != "_" }.trimmed
        return Self.isKey(key) || Self.isKey(Self.withoutGloss(key) ?? "") || (key.count <= 60 && key.split(separator: " ").count <= 6
            && key.first?.isLetter == true && key.allSatisfy { $0.isLetter || $0.isNumber || " -/()',".contains($0) })
    }

    private func boldLabel(_ lineNumber: Int) -> Bool {
        guard lineNumber >= 1, lineNumber <= document.lines.count else { return false }
        let text = document.lines[lineNumber - 1].trimmed
        return text.hasPrefix("**") && text.hasSuffix(":") && text.dropFirst(2).contains("**") && text.count <= 80
    }

    /// "Objective: <a sentence>": the line `parse` leaves out because it states the objective rather than naming one.
    private func isStatement(lineNumber: Int) -> Bool {
        guard lineNumber >= 1, lineNumber <= document.lines.count else { return false }
        var text = document.lines[lineNumber - 1].drop(while: { $0 == " " || $0 == "\t" })
        if let marker = text.first, "-*+".contains(marker) { text = text.dropFirst().drop(while: { $0 == " " }) }
        guard let colon = text.firstIndex(of: ":") else { return false }
        let key = text[..<colon].filter { $0 != "*" && $0 != "_" }.trimmed
        let value = text[text.index(after: colon)...].filter { $0 != "*" }.trimmed
        return MetadataKey(spelling: key) == .objectives && Self.isSentence(value)
    }

    /// Metadata written as its own lines (a paragraph or a list), where a new `Key: value` line can be added;
    /// a table or a field inside a heading is read but not written to.
    func writtenMetadataLines(_ block: Block) -> [Line]? {
        switch block.kind {
        case .paragraph, .list: metadataLines(block)
        default: nil
        }
    }

    /// Metadata from lines found elsewhere (a table row's cells): the same keys, values and warnings.
    func metadata(from lines: [Line], diagnostics: inout DiagnosticBag) -> Metadata {
        var metadata = Metadata()
        for line in lines { apply(line, to: &metadata, diagnostics: &diagnostics) }
        return metadata
    }

    /// The item's last line that is not blank (cmark's end line can include the blank line after it).
    private func lastTextLine(_ item: ListItem) -> Int {
        var line = item.endLine
        while line > item.line, line <= document.lines.count, document.lines[line - 1].allSatisfy(\.isWhitespace) { line -= 1 }
        return line
    }

    /// A list item whose text is one line (cmark's end line can include a following blank line).
    private func isSingleLine(_ item: ListItem) -> Bool {
        (item.line + 1...item.endLine).allSatisfy { $0 > document.lines.count || document.lines[$0 - 1].allSatisfy(\.isWhitespace) }
    }

    /// True when the source line starts with a key-result label (`KR1.1: …`), after a bullet if it has one.
    private func isKeyResultLine(_ lineNumber: Int) -> Bool {
        guard lineNumber >= 1, lineNumber <= document.lines.count else { return false }
        var text = document.lines[lineNumber - 1].drop(while: { $0 == " " || $0 == "\t" })
        guard let marker = text.first, "-*+".contains(marker) else { return KeyResultLabel.hasPrefix(String(text).trimmed) }
        text = text.dropFirst().drop(while: { $0 == " " })
        return KeyResultLabel.marksItem(String(text).trimmed)
    }

    /// Parses one source line as `key: value`, with optional bullet and bold markers around the key.
    func parse(lineNumber: Int, stripBullet: Bool) -> Line? {
        guard lineNumber >= 1, lineNumber <= document.lines.count else { return nil }
        let raw = document.lines[lineNumber - 1]
        var text = raw.drop(while: { $0 == " " || $0 == "\t" || $0 == ">" })
        if stripBullet, let marker = text.first, "-*+".contains(marker) {
            text = text.dropFirst().drop(while: { $0 == " " })
        }
        // The colon by its byte: a paragraph's lines are read here too, and most hold none.
        // A key is at most 30 characters: a colon far into the line ends a sentence, and the prose before it is not
        // filtered and measured.
        guard let byte = text.utf8.firstIndex(of: UInt8(ascii: ":")), text.utf8.distance(from: text.startIndex, to: byte) <= 256,
              let colon = text[byte] == ":" ? byte : text.firstIndex(of: ":") else { return nil }
        // Most keys hold no bold or italic marker, and filtering every character was 0.4 % of a cold build's CPU.
        let written = text[..<colon]
        var key = written.utf8.contains(where: { $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "_") })
            ? written.filter { $0 != "*" && $0 != "_" }.trimmed : written.trimmed
        // `**DRI (Directly Responsible Individual)**: CRO`: a key glossed in brackets is its key, when the bare word is a
        // known one or the whole is too long to be a key.
        // Not when another line of the same block has that key: `**Owner**: Alice` over `**Owner (backup)**: Bob`, or
        // `Status (this week)` beside `Status (last week)` — there the brackets tell the fields apart.
        // Nor when the gloss makes it another field, alone too: `**Owner (backup)**: Bob` names a deputy, not the owner.
        if let bare = Self.withoutGloss(key), MetadataKey(spelling: key) == nil, !Self.glossSetsApart(key),
           MetadataKey(spelling: bare) != nil || !Self.isKey(key), !sharesKey(bare, near: lineNumber) { key = bare }
        guard Self.isKey(key) else { return nil }
        var valueStart = text.index(after: colon)
        // `Owner:: Maya`: an Obsidian (Dataview) field writes two colons.
        if valueStart < text.endIndex, text[valueStart] == ":" { valueStart = text.index(after: valueStart) }
        while valueStart < text.endIndex, "*_ \t".contains(text[valueStart]) { valueStart = text.index(after: valueStart) }
        var value = text[valueStart...].trimmed
        // `**Owner:** Ada**`, and `_Owners: @a, @b_` where the whole line is in italics.
        while let last = value.last, last == "*" || last == "_" { value = String(value.dropLast()).trimmed }
        // `Priority: <mark style="background-color:red;">P1</mark>\`: a line ended by a hard break (GitBook writes one
        // after each field) and a value highlighted with inline HTML are the value as a reader sees it.
        if value.hasSuffix("\\") { value = String(value.dropLast()).trimmed }
        // The bytes first: Foundation's `contains` is a Unicode-aware search on Linux, and nearly no value holds a tag.
        if value.containsBytes("</"), value.contains("</") { value = Self.withoutInlineTags(value) }
        value = BackslashEscapes.removed(from: value)
        guard !value.isEmpty else { return nil }
        // "Objective: Help more people receive comments on their websites." states the objective in an OKR example;
        // a reference names ids or titles, and a whole sentence is prose, not an unknown objective that stops the build.
        // Only for objectives: a priority or dependency written as a sentence is still checked, and reported if unknown.
        if MetadataKey(spelling: key) == .objectives, Self.isSentence(value) { return nil }
        let column = raw.distance(from: raw.startIndex, to: valueStart) + 1
        return Line(key: key, value: value, line: lineNumber, valueColumn: column, endLine: lineNumber)
    }

    /// `<mark style="…">P1</mark>` → `P1`: the words of a value highlighted with inline HTML, its tags left out.
    static func withoutInlineTags(_ value: String) -> String {
        var text = value
        for range in inlineTag.allRanges(in: value).reversed() { text.removeSubrange(range) }
        return text.trimmed
    }

    private static let inlineTag = Pattern(#"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?>"#)

    /// A plausible key: one to four words of letters, at most 30 characters, starting with a letter.
    static func isKey(_ key: String) -> Bool { isASCIIKey(key) ?? isKeyByCharacters(key) }

    /// `isKey` on the key's characters: the reference `isASCIIKey` is tested against.
    static func isKeyByCharacters(_ key: String) -> Bool {
        guard let first = key.first, first.isLetter, key.count <= 30, key.split(separator: " ").count <= 4 else { return false }
        return key.allSatisfy { $0.isLetter || $0.isNumber || " -/()'".contains($0) }
    }

    /// `isKey` of an ASCII key on its bytes, nil for any other: every metadata line is asked, and Character properties
    /// and a split were 0.5 % of a cold build's CPU. In ASCII a letter is A–Z or a–z, a number 0–9, and a character one
    /// byte (a `\r\n` pair is one character, but neither byte is allowed, so the answer is no either way).
    static func isASCIIKey(_ key: String) -> Bool? {
        let bytes = key.utf8
        guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
        let isLetter = { (byte: UInt8) in (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
        guard let first = bytes.first, isLetter(first), bytes.count <= 30 else { return false }
        var words = 0
        var inWord = false
        for byte in bytes {
            if byte == UInt8(ascii: " ") {
                inWord = false
                continue
            }
            if !inWord { words += 1; inWord = true }
            guard isLetter(byte) || (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "/")
                    || byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")") || byte == UInt8(ascii: "'") else { return false }
        }
        return words <= 4
    }

    /// True when another line of the block around `lineNumber` (the lines up to a blank line or a heading, each way)
    /// is a field whose key, without any bracketed gloss, is `bare`: the brackets are what tell the two apart.
    private func sharesKey(_ bare: String, near lineNumber: Int) -> Bool {
        let wanted = bare.lowercased()
        func key(_ line: Substring) -> String? {
            var text = line.drop(while: { $0 == " " || $0 == "\t" || $0 == ">" })
            if let marker = text.first, "-*+".contains(marker), text.dropFirst().first == " " { text = text.dropFirst().drop(while: { $0 == " " }) }
            guard let colon = text.prefix(120).firstIndex(of: ":") else { return nil }
            let written = text[..<colon].filter { $0 != "*" && $0 != "_" }.trimmed
            return (Self.withoutGloss(written) ?? written).lowercased()
        }
        for step in [-1, 1] {
            var index = lineNumber - 1 + step
            var seen = 0
            while document.lines.indices.contains(index), seen < 40 {
                let line = document.lines[index][...]
                if line.allSatisfy({ $0 == " " || $0 == "\t" || $0 == ">" }) || line.drop(while: { $0 == " " }).hasPrefix("#") { break }
                if key(line) == wanted { return true }
                index += step
                seen += 1
            }
        }
        return false
    }

    /// "DRI" for "DRI (Directly Responsible Individual)", "Baseline" for "Baseline (Q4 2024)": the words before a bracketed
    /// gloss that ends the text; nil when there is none ("Owner(s)" is one word, "(TBD)" has nothing before it).
    static func withoutGloss(_ text: String) -> String? {
        guard text.hasSuffix(")"), let open = text.range(of: " (", options: .backwards) else { return nil }
        let bare = text[..<open.lowerBound].trimmed
        return bare.isEmpty ? nil : bare
    }

    /// Whether a key's bracketed gloss makes it a field of its own rather than saying what the key means: a deputy
    /// (`Owner (backup)`, `DRI (secondary)`, `Lead (alternate)`) or a stale reading (`Status (last week)`, `Owner
    /// (previous)`). `Owner (DRI)`, `Baseline (Q4 2024)` and `DRI (Directly Responsible Individual)` are the key itself.
    static func glossSetsApart(_ key: String) -> Bool {
        guard withoutGloss(key) != nil, let open = key.range(of: " (", options: .backwards) else { return false }
        let gloss = key[open.upperBound...].dropLast().lowercased().trimmed
        return settingApart.contains(gloss) || gloss.hasPrefix("last ") || gloss.hasPrefix("previous ") || gloss.hasPrefix("prior ")
    }

    private static let settingApart: Set<String> = [
        "backup", "back-up", "back up", "deputy", "secondary", "second", "alternate", "alt", "alternative", "substitute", "standby",
        "stand-in", "shadow", "support", "supporting", "successor", "co", "co-owner", "consulted", "informed",
        "previous", "prior", "former", "old", "outgoing",
    ]

    /// Five words or more that end with a full stop.
    static func isSentence(_ value: String) -> Bool {
        value.hasSuffix(".") && !value.hasSuffix("..") && value.split(separator: " ").count >= 5
    }

    /// "Type: Committed", "Commitment: aspirational", "OKR type: stretch": what kind of objective it is (`Commitment`),
    /// a field of its own even alone under the heading, though its key is none of the known ones.
    static func namesCommitment(_ line: Line) -> Bool {
        let words = MetadataKey.normalize(line.key).split(separator: " ")
        return !words.isEmpty && words.count <= 2 && ["type", "kind", "commitment"].contains(words.last ?? "")
            && Commitment(word: line.value.filter { $0 != "*" && $0 != "_" && $0 != "`" }.trimmed) != nil
    }

    static func isKnownOrNear(_ key: String, value: String) -> Bool { MetadataKey(spelling: key) != nil || nearKey(key, value: value) != nil }

    /// A known spelling within typo distance of `key`, for "did you mean". Of the nearest, the one whose value `value`
    /// fits wins: "Stauts: off track" is a status, not `Starts`. A three-letter key is a typo only one edit from a key
    /// its value fits ("Deu: 2026-12-01"), and a four-letter one two edits away only when its value fits or it keeps the
    /// key's first letter, since short words are near too many keys.
    /// Fields of Spanish, Portuguese, French, Italian and German plans that are within typo distance of an English key
    /// ("Objetivo:" of `Objective`, a reference): kept as custom fields with no did-you-mean, which would turn the
    /// objective's own description into an unresolved reference.
    private static let otherLanguageFields: Set<String> = [
        "objetivo", "objetivos", "objectif", "objectifs", "obiettivo", "obiettivi", "ziel", "ziele", "meta", "metas",
        "fecha", "datum",
    ]

    static func nearKey(_ key: String, value: String) -> String? {
        let normalized = MetadataKey.normalize(key)
        // `feat: …`, `test: …`: a commit type labels a piece of work; it is no misspelt Team or Start.
        guard normalized.count >= 3, !CommitTypeLabel.isType(normalized), !Self.otherLanguageFields.contains(normalized) else { return nil }
        // "完了条件" (done criteria) is no misspelt "完了日" (completion date): a Chinese, Japanese or Korean character is a
        // word, not a letter, so a key two characters away is another word.
        guard !normalized.unicodeScalars.contains(where: Self.isCJK) else { return nil }
        // `Time: ~2 hours`, `Duration: 3 days`: how long the work takes or took, no misspelt Size.
        if TrailingFieldEntries.timeKeys.contains(normalized), EffortEstimate.leads(value) { return nil }
        let candidates = MetadataKey.spellings.keys.filter { abs($0.count - normalized.count) <= 2 }.sorted()
        var best: (spelling: String, distance: Int, fits: Bool)?
        for candidate in candidates {
            let distance = DidYouMean.editDistance(normalized, candidate, limit: 3)
            guard distance <= 2 else { continue }
            let fits = MetadataKey.spellings[candidate].map { Self.value(value, fits: $0) } ?? false
            if normalized.count < 4, distance > 1 || !fits { continue }
            // "Risk: External dependency blocking progress" is no misspelt German "Frist": two edits that change a
            // four-letter word's first letter make another word, unless the value is what the near key holds. (Notion's
            // "Date" stays near "Due": a typo keeps the first letter.)
            if normalized.count < 5, distance > 1, !fits, normalized.first != candidate.first { continue }
            if let current = best, (current.distance, current.fits ? 0 : 1) <= (distance, fits ? 0 : 1) { continue }
            best = (candidate, distance, fits)
        }
        return best?.spelling
    }

    /// A Han, kana or Hangul scalar.
    private static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF: true
        default: false
        }
    }

    /// Whether a value reads as the kind a key holds: a status word for Status, a date for Due and Start.
    private static func value(_ value: String, fits key: MetadataKey) -> Bool {
        switch key {
        case .status: Status(reading: value) != nil
        case .due, .start: WrittenDate.find(in: value) != nil || Quarter.find(in: value) != nil
        default: false
        }
    }

    /// Columns and keys that grade an item's health in traffic-light colours (Red/Amber/Green, 🔴🟠🟢) rather than
    /// name its status: the status when nothing else gives one.
    static let healthKeys: Set<String> = ["rag", "rag status", "rag rating", "health", "traffic light", "r/a/g"]

    func apply(_ line: Line, to metadata: inout Metadata, diagnostics: inout DiagnosticBag) {
        if Self.healthKeys.contains(MetadataKey.normalize(line.key)), metadata.status == nil, let status = Status(reading: line.value) {
            metadata.status = status
            return
        }
        // "Date: January 12, 2027 → March 20, 2027": a date property of Notion's given as a range is when the work runs,
        // from its start to the day it is due.
        if ["date", "dates", "date range"].contains(MetadataKey.normalize(line.key)), let arrow = line.value.range(of: "→") {
            let start = line.value[..<arrow.lowerBound].trimmed, end = line.value[arrow.upperBound...]
            if !start.isEmpty, !end.trimmed.isEmpty, metadata.due == nil {
                var from = line
                from.value = start
                from.valueColumn += line.value.prefix { $0 == " " }.count
                metadata.custom.append(CustomField(key: "Start", value: MetadataValues(line: from, path: document.path).start(diagnostics: &diagnostics)))
                let offset = line.value.distance(from: line.value.startIndex, to: arrow.upperBound) + end.prefix { $0 == " " }.count
                var due = line
                due.value = end.trimmed
                due.valueColumn += offset
                metadata.due = MetadataValues(line: due, path: document.path).due(diagnostics: &diagnostics)
                return
            }
        }
        guard let key = MetadataKey(spelling: line.key) else {
            // A Notion relation (`Projects: Billing v2 (../Projects%20…/Billing%20v2%20….md)`) shows its pages' titles.
            metadata.custom.append(CustomField(key: line.key, value: NotionRelation.titles(in: line.value) ?? line.value,
                                               location: SourceLocation(path: document.path, line: line.line, column: line.valueColumn)))
            if let guess = Self.nearKey(line.key, value: line.value) {
                diagnostics.warning(.unknownKey, "unknown metadata key `\(line.key)`; kept as a custom field", line: line.line,
                                    fix: "did you mean `\(guess.capitalized)`?")
            }
            return
        }
        var values = MetadataValues(line: line, path: document.path)
        switch key {
        case .owners: metadata.owners += values.names()
        case .team: metadata.team = line.value
        case .status:
            // "Accepted" records that the goal was taken into the plan, not how its delivery goes: kept as written,
            // with no status, rather than read as "not started" for work that may be half done.
            if MetadataValues.isDecision(line.value) {
                metadata.custom.append(CustomField(key: "Decision", value: line.value))
            } else if Status(reading: line.value) == nil, let said = MetadataValues.phaseStatus(line.value) {
                metadata.status = said
            } else if Status(reading: line.value) == nil, let said = MetadataValues.statusLead(line.value) {
                // "FULLY COMPLETE - Both views implemented": the status, and what it means kept as written beside it.
                metadata.status = said
                metadata.custom.append(CustomField(key: line.key, value: line.value))
            } else if MetadataValues.isGrade(line.value) {
                // `Status: 0.7` (Chromium's OKR pages): a grade on Google's 0–1 scale, or a percent done, written where a
                // status goes. The plan has no place for an item's own grade (an objective's is worked out from its key
                // results), so it is kept as written and shown, and the writer told why it counts for nothing.
                metadata.custom.append(CustomField(key: line.key, value: line.value,
                                                   location: SourceLocation(path: document.path, line: line.line, column: line.valueColumn)))
                diagnostics.warning(.unknownStatus, "`\(line.key): \(line.value)` is a grade or share done, not a status: kept as written; an objective's grade is worked out from its key results' progress, so this figure counts for nothing",
                                    line: line.line, column: line.valueColumn,
                                    fix: "put the figure on the key results (`… score 0.7`, `… 70%`), or write a status here (on-track, at-risk, off-track, done)")
            } else {
                metadata.status = values.status(diagnostics: &diagnostics)
            }
        // "Priority: High", "(priority: critical → high → medium)": how urgent the work is, kept as its importance.
        case .priorities where MetadataKey.normalize(line.key) == "priority" && ImportanceValue.isRanking(line.value):
            metadata.custom.append(CustomField(key: "Importance", value: line.value))
        case .priorities:
            let singular = MetadataKey.normalize(line.key) == "priority"
            metadata.priorities += values.references().map { reference in
                var reference = reference
                reference.singularKey = singular
                return reference
            }
        case .confidence: metadata.confidence = values.confidence(diagnostics: &diagnostics)
        case .effort:
            metadata.effort = values.effort(diagnostics: &diagnostics)
            metadata.effortWritten = metadata.effort == nil ? nil : line.value.trimmed
        case .roadmaps: metadata.roadmaps += values.references()
        case .issues:
            // `Epic: Enterprise readiness` (a tracker's Epic column) names the epic the work is under, not an issue: words
            // with no issue reference among them stay a field as written.
            let issues = values.issues()
            if issues.contains(where: MetadataValues.isIssueReference) {
                metadata.issues += issues
            } else {
                metadata.custom.append(CustomField(key: line.key, value: line.value,
                                                   location: SourceLocation(path: document.path, line: line.line, column: line.valueColumn)))
            }
        case .due: metadata.due = values.due(diagnostics: &diagnostics)
        // When the work begins is shown as written; the item's period comes from when it is due.
        case .start:
            _ = values.start(diagnostics: &diagnostics)
            metadata.custom.append(CustomField(key: line.key, value: line.value))
        case .dependsOn where LooseDependencies.keys.contains(MetadataKey.normalize(line.key)):
            // Read as references once the items are known (`LooseDependencies`): it may be free text.
            metadata.custom.append(CustomField(key: line.key, value: line.value,
                                               location: SourceLocation(path: document.path, line: line.line, column: line.valueColumn)))
        case .dependsOn: metadata.dependsOn += values.references()
        case .objectives: metadata.objectives += values.references()
        }
    }
}
