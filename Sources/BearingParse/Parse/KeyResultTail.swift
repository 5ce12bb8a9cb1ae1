import BearingModel

/// Who answers for a key result and how its writer says it stands, written after its words in the forms a roadmap
/// item's are (`RoadmapBullet`): a field after a dash or bar (`— Owner: Ana`, `| Status: at risk`), a status in
/// brackets (`[at risk]`, `(off track)`), and handles after a dash (`— @ana`, `– @ana, @lee`). `(Owner: Ana)` or
/// `(Status: at risk)` at the very end is split off by the Markdown reader into a fields block after the item's
/// paragraph (`fields(_:)`). Owners are read with the objectives' owner reader (`MetadataValues.names`).
struct KeyResultTail {
    /// The key result's words without what was read.
    var text: String
    var owners: [String] = []
    var status: Status?
    /// How much it counts (`[Target: 60%, Weight: 40%]`, `(weight 2)`).
    var weight: KeyResultWeight?
    /// A weight written below zero (`(weight -20%)`): taken out of the words, as any weight is, but no weight — the
    /// key result counts as one given none, and the caller warns (`key-result-weights`).
    var negativeWeight: String?
    /// The target a bracket of fields beside its weight gives (`[Target: 60%, Weight: 40%]`).
    var target: String?
    /// True when the status was set off after the words (`- ✅ Done`, `— Completado`): those words count over the box
    /// beside them, as on a roadmap bullet (`- [ ] Ship v2 - ✅ Done` is done).
    var statusSetOff = false

    /// "[Make complex text as fast as simple text.](#o3r0) \[eae\] 1.0", "[Remove simple text](#o2r2) eae, drott 0.90":
    /// a key result that links to its details on the page, followed by the cells of its summary row — who owns it and
    /// its score (0 to 1), either left out. The words after the link must be names and a score and nothing else.
    static func summaryRow(_ item: ListItem) -> (title: String, owners: String, score: String?)? {
        guard case .paragraph(let inlines)? = item.blocks.first?.kind else { return nil }
        let content: [Inline] = Array(inlines)
        guard let first = content.firstIndex(where: { if case .text(let t) = $0 { !t.trimmed.isEmpty } else { true } }),
              case .link(let destination, let words) = content[first], destination.hasPrefix("#") else { return nil }
        let title = words.plainText.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ").trimmed
        let after: [Inline] = Array(content[(first + 1)...])
        let rest = after.plainText.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        guard !title.isEmpty, let groups = Self.rowCells.firstMatch(in: rest) else { return nil }
        let owners = (groups[1] ?? "").trimmed
        let score = groups[2]
        guard !owners.isEmpty || score != nil else { return nil }
        return (title, owners, score)
    }

    private static let rowCells = Pattern(#"^\[?\s*((?:[A-Za-z][\w.-]*)(?:,\s*[A-Za-z][\w.-]*)*)?\s*\]?\s*(0?\.\d{1,2}|[01](?:\.\d{1,2})?)?$"#, caseInsensitive: false)

    /// Reads from the end, as many parts as are written ("Cut churn to 2% — @ana [at risk]"); a field whose value is no
    /// status Bearing knows ends the reading and stays in the text.
    static func read(_ written: String, line: Int, column: Int) -> KeyResultTail {
        var tail = KeyResultTail(text: written)
        // "Pick a tool (DRI: Matthias) ✅": a mark after the bracket stays with the words (it checks the key result);
        // the parts before it are read as if it were not there.
        var mark = ""
        if let close = written.lastIndex(of: ")"), case let after = written[written.index(after: close)...],
           !after.trimmed.isEmpty, !after.contains(where: { $0.isLetter || $0.isNumber || $0.isPunctuation }) {
            mark = after.trimmed
            tail.text = String(written[...close])
        }
        // "Close 30 deals" over the lines `Weight: 2` and `Current: 16`: Markdown runs them into the words, the weight
        // before the fields the progress is read from. Read it there and leave them.
        if let match = Self.runInWeight.firstMatchWithRange(in: tail.text), match.range.lowerBound > tail.text.startIndex,
           let value = match.groups[1], tail.take(weight: value) {
            tail.text = String(tail.text[..<match.range.lowerBound]) + String(tail.text[match.range.upperBound...])
        }
        while let rest = tail.peel(line: line, column: column) { tail.text = rest }
        // "Ship the SSO connector - ✅ Done", "Migrate billing — Completado", "~Old dashboard~ dropped": a status set off
        // after the words, as a roadmap bullet's or a heading's is (`TitleStatus`), says how the key result stands.
        if tail.status == nil, let said = TitleStatus.split(tail.text) {
            tail.status = said.status
            tail.text = said.rest
            tail.statusSetOff = true
            // "Ship the queue [Weight: 40%, Owner: Ana] - ✅ Done": the parts before the status are read as if it ended
            // the words, or the weight and owner would stay in them unread.
            while let rest = tail.peel(line: line, column: column) { tail.text = rest }
        }
        if tail.owners.isEmpty, let match = Self.handlesBetweenDashes.firstMatchWithRange(in: tail.text), let names = match.groups[1] {
            // "Publish docs — @ina — due Dec 1": handles set off by dashes inside the words.
            tail.owners = Self.names(names, line: line, column: column)
            tail.text = String(tail.text[..<match.range.lowerBound]) + " — " + String(tail.text[match.range.upperBound...]).trimmed
        }
        if !mark.isEmpty { tail.text += " " + mark }
        return tail
    }

    /// The text before the last part, having read that part; nil when the text ends with none.
    private mutating func peel(line: Int, column: Int) -> String? {
        let text = self.text
        if let rest = peelWeight(line: line, column: column) { return rest }
        if owners.isEmpty, text.last == "%" || text.last?.isLetter == true || text.last?.isNumber == true, text.containsByte(UInt8(ascii: "@")), !Self.handles.matches(text),
           let match = Self.bareHandle.firstMatchWithRange(in: text), match.range.lowerBound > text.startIndex, let handle = match.groups[1] {
            // "Cut tickets by 50% @valentin 20%": a handle at the end, before at most the figure reported, is the owner.
            owners = Self.names(handle, line: line, column: column)
            return String(text[..<match.range.lowerBound]).trimmed + (match.groups[2].map { " " + $0.trimmed } ?? "")
        }
        guard let last = text.last, last == ")" || last == "]" || last.isLetter || last.isNumber || last == "_" || last == "." || last == "-" else { return nil }
        if owners.isEmpty, text.containsByte(UInt8(ascii: "@")), let match = Self.handles.firstMatchWithRange(in: text), match.range.lowerBound > text.startIndex,
           let names = match.groups[1] {
            owners = Self.names(names, line: line, column: column)
            return String(text[..<match.range.lowerBound]).trimmed
        }
        // A status in brackets after a field ("— Owner: Grace Hopper [at risk]") is the last part, not the field's value:
        // read before the field, or the owner would be "Grace Hopper at risk" and the status lost.
        if status == nil, last == ")" || last == "]", let match = Self.bracket.firstMatchWithRange(in: text), match.range.lowerBound > text.startIndex,
           !text[..<match.range.lowerBound].trimmed.hasSuffix(":"), let inner = match.groups[1], let said = Status(reading: inner) {
            status = said
            return String(text[..<match.range.lowerBound]).trimmed
        }
        if owners.isEmpty, last == ")", let match = Self.bracketedOwner.firstMatchWithRange(in: text), match.range.lowerBound > text.startIndex,
           let value = match.groups[1] {
            // "(DRI: Matthias)", "(Lead: Ana)" not at the very end of the item, where the reader leaves it in the words.
            owners = Self.names(value, line: line, column: column)
            return owners.isEmpty ? nil : String(text[..<match.range.lowerBound]).trimmed
        }
        // "— Owner: Sam Ortiz. Status: at risk": a field as the last sentence, after another field; read first, or it
        // would be the owner's name.
        if let match = Self.sentenceField.firstMatchWithRange(in: text), match.range.lowerBound > text.startIndex,
           let label = match.groups[1]?.lowercased(), let value = match.groups[2]?.trimmed,
           RoadmapBullet.trailingField.matches(String(text[..<match.range.lowerBound])) {
            if label == "status", status == nil, let said = Status(reading: value) {
                status = said
                return String(text[..<match.range.lowerBound]).trimmed
            }
            if Self.ownerLabels.contains(label), owners.isEmpty {
                owners = Self.names(value, line: line, column: column)
                return owners.isEmpty ? nil : String(text[..<match.range.lowerBound]).trimmed
            }
        }
        if let match = RoadmapBullet.trailingField.firstMatchWithRange(in: text), match.range.lowerBound > text.startIndex,
           let label = match.groups[1]?.lowercased(), let value = match.groups[2]?.trimmed, !value.isEmpty {
            if Self.ownerLabels.contains(label), owners.isEmpty {
                owners = Self.names(value, line: line, column: column)
                return owners.isEmpty ? nil : String(text[..<match.range.lowerBound]).trimmed
            }
            if label == "status", status == nil, let said = Status(reading: value) {
                status = said
                return String(text[..<match.range.lowerBound]).trimmed
            }
            return nil
        }
        return nil
    }

    private static let sentenceField = Pattern(#"[.;]\s+(status|owner|owners|assignee)\s*:\s*([^.;:]+?)\s*\.?$"#, needs: [":"])

    /// Only the weight (with the other fields of its bracket) at the end of a line: a key-result heading's words or a
    /// labelled line's, whose owner and status their field lines give.
    static func readWeight(_ written: String, line: Int, column: Int) -> KeyResultTail {
        var tail = KeyResultTail(text: written)
        if let rest = tail.peelWeight(line: line, column: column) { tail.text = rest }
        return tail
    }

    /// The text before a weight at its end, having read it: "— Weight: 40%", `Weight: 2` on a line of its own run into
    /// the item's paragraph, or a bracket of fields holding one (`[Target: 60%, Weight: 40%]`).
    private mutating func peelWeight(line: Int, column: Int) -> String? {
        guard weight == nil, negativeWeight == nil, let last = text.last else { return nil }
        if last == "%" || last.isNumber, let match = Self.trailingWeight.firstMatchWithRange(in: text),
           match.range.lowerBound > text.startIndex, let value = match.groups[1], take(weight: value) {
            return String(text[..<match.range.lowerBound]).trimmed
        }
        if last == ")" || last == "]" { return readWeightBracket(text, line: line, column: column) }
        return nil
    }

    /// "[Target: 60%, Weight: 40%]", "(weight 30%)", "(Weight: 2; Owner: Ana)": a bracket at the end whose every part is a
    /// field read here and one of them a weight. Its fields are the key result's, shown beside it as its owner and status
    /// are; a bracket with any other part stays in the words (its weight still hidden from the progress, `ProgressMask`).
    private mutating func readWeightBracket(_ text: String, line: Int, column: Int) -> String? {
        guard let match = Self.fieldBracket.firstMatchWithRange(in: text), match.range.lowerBound > text.startIndex,
              let inner = match.groups[1] else { return nil }
        var found = KeyResultTail(text: "")
        var afterTarget = false
        for part in inner.split(whereSeparator: { $0 == "," || $0 == ";" }).map({ String($0).trimmed }) {
            if let value = Self.weightPart(part) {
                guard found.weight == nil, found.negativeWeight == nil, found.take(weight: value) else { return nil }
                afterTarget = false
                continue
            }
            // "[Target: 1,000 users, Weight: 2]": the comma was the number's.
            if afterTarget, let target = found.target, !part.contains(":"), part.first?.isNumber == true {
                found.target = target + "," + part
                continue
            }
            afterTarget = false
            guard let colon = part.firstIndex(where: { $0 == ":" || $0 == "=" }) else { return nil }
            let key = part[..<colon].trimmed.lowercased(), value = part[part.index(after: colon)...].trimmed
            guard !value.isEmpty else { return nil }
            if key == "target", found.target == nil {
                found.target = value
                afterTarget = true
            } else if Self.ownerLabels.contains(key) || MetadataKey(spelling: key) == .owners, found.owners.isEmpty, owners.isEmpty {
                found.owners = Self.names(value, line: line, column: column)
            } else if key == "status", found.status == nil, status == nil, let said = Status(reading: value) {
                found.status = said
            } else {
                return nil
            }
        }
        guard found.weight != nil || found.negativeWeight != nil else { return nil }
        weight = found.weight
        negativeWeight = found.negativeWeight
        if target == nil { target = found.target }
        if owners.isEmpty { owners = found.owners }
        if status == nil { status = found.status }
        return String(text[..<match.range.lowerBound]).trimmed
    }

    /// Reads `value` as the weight, or as a weight below zero; false when it is neither.
    private mutating func take(weight value: String) -> Bool {
        if let said = KeyResultWeight(reading: value) {
            weight = said
            return true
        }
        guard value.drop(while: { $0 == "~" }).first.map({ $0 == "-" || $0 == "−" }) == true else { return false }
        negativeWeight = value
        return true
    }

    /// The value of a weight written as one part of a bracket: "Weight: 40%", "weight 30%", "weighting = 2", "40% weight".
    static func weightPart(_ part: String) -> String? {
        guard let match = weightField.firstMatch(in: part) else { return nil }
        return match[1] ?? match[2]
    }

    /// "KR2 (weight 30%): Reduce churn": a weight in brackets between a key result's label and its words. Returns the
    /// text without the bracket, and the weight; nil when there is none.
    static func labelWeight(_ written: String) -> (text: String, weight: KeyResultWeight)? {
        guard written.containsByte(UInt8(ascii: "(")) || written.containsByte(UInt8(ascii: "[")),
              let match = labelledWeight.firstMatchWithRange(in: written), let label = match.groups[1], let inner = match.groups[2],
              let value = weightPart(inner), let weight = KeyResultWeight(reading: value) else { return nil }
        return (label + String(written[match.range.upperBound...]), weight)
    }

    private static let weightField = Pattern(
        #"^(?i:weight(?:ing)?)\s*(?::|=)?\s*(~?[-−]?\d+(?:\.\d+)?\s*%?)$|^(~?[-−]?\d+(?:\.\d+)?\s*%)\s*(?i:weight(?:ing)?)$"#)

    /// "— Weight: 40%", "| weight: 2", " Weight: 2" at the end: a weight field after the words (capitalised when no dash
    /// or bar sets it off, so "cut page weight: 2 MB" is not one).
    private static let trailingWeight = Pattern(
        #"(?:\s+[-–—|·]\s*(?i:weight(?:ing)?)|\s(?:Weight|Weighting|WEIGHT))\s*[:=]\s*(~?[-−]?\d+(?:\.\d+)?\s*%?)\s*$"#, caseInsensitive: false)

    /// " Weight: 2" followed by a field of the key result's figures, owner or status (" Current: 16"), as lines under it
    /// run into its words are; capitalised, as a field line is.
    private static let runInWeight = Pattern(
        #"\s(?:Weight|Weighting|WEIGHT)\s*[:=]\s*(~?[-−]?\d+(?:\.\d+)?\s*%?)(?=\s+(?:Baseline|Start|Current|Now|Actual|Target|Goal|Owners?|DRI|Status|Due)\s*:)"#,
        caseInsensitive: false)

    /// A bracket at the end of the words, up to three fields long.
    private static let fieldBracket = Pattern(#"\s*[\[(]\s*([^\[\]()]{1,100}?)\s*[\])]\s*$"#)

    /// "KR2 (weight 30%):", "Key result 1 [Weight: 2] -": the label, then the bracket.
    private static let labelledWeight = Pattern(
        #"^(\s*(?:[A-Z][\w&/.,'’-]*\s+){0,7}?(?:KR|Key [Rr]esult)\s*#?\s*\d+(?:\.\d+)*)\s*[(\[]\s*((?i:weight)[^()\[\]]{1,20}?|[^()\[\]]{1,20}?(?i:weight(?:ing)?))\s*[)\]]"#,
        caseInsensitive: false)

    /// Owners and status from a fields block (`(Owner: Ana; Status: at risk)` split off the item's paragraph).
    mutating func read(fields: [InlineField]) {
        for field in fields {
            switch MetadataKey(spelling: field.key) {
            case .owners? where owners.isEmpty: owners = Self.names(field.value, line: field.line, column: field.valueColumn)
            case .status? where status == nil: status = Status(reading: field.value)
            default: break
            }
        }
    }

    /// The names in an owner value, read as an objective's `Owner:` line is.
    static func names(_ value: String, line: Int, column: Int) -> [String] {
        MetadataValues(line: MetadataReader.Line(key: "Owner", value: value, line: line, valueColumn: column, endLine: line), path: "").names()
    }

    private static let ownerLabels: Set<String> = ["owner", "owners", "assignee", "assigned to", "assigned"]

    /// "— @ana", "– @ana, @lee", "- @ana and @lee": handles alone after a dash end the words.
    static let handles = Pattern(#"\s+[-–—]\s*(@[A-Za-z0-9_.-]+(?:\s*(?:,|&|\band\b)\s*@[A-Za-z0-9_.-]+)*)\s*$"#, needs: ["@"])
    /// "— @ina — due Dec 1": handles set off by dashes on both sides, inside the words.
    static let handlesBetweenDashes = Pattern(
        #"\s+[-–—]\s*(@[A-Za-z0-9_.-]+(?:\s*(?:,|&|\band\b)\s*@[A-Za-z0-9_.-]+)*)\s*[-–—](?=\s)"#, needs: ["@"])
    /// "@valentin", "@valentin 20%", ", assigned to @maria" at the end: a handle (not an e-mail address) and at most a
    /// percentage after it.
    static let bareHandle = Pattern(#"(?:,?\s+assigned to)?\s+(@[A-Za-z0-9_][A-Za-z0-9_.-]*[A-Za-z0-9_])(\s+\d+(?:\.\d+)?\s*%)?\s*$"#, needs: ["@"])
    /// "(DRI: Matthias)", "(Lead: Ana Souza)", "(assigned to @maria)": an owner field in brackets at the end.
    static let bracketedOwner = Pattern(
        #"\s*\(\s*(?:(?:owners?|dri|lead|driver|assignee|responsible)\s*:|assigned to)\s*([^()]{1,60}?)\s*\)\s*$"#, needs: ["("])
    /// "[at risk]", "(off track)": a bracket at the end of the words, read as a status only when all of it is one.
    private static let bracket = Pattern(#"\s*[\[(]\s*([^\[\]()]{1,30}?)\s*[\])]\s*$"#)
}
