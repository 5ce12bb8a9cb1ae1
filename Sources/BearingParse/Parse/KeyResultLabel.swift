import BearingModel

/// The words that tell a list's role inside an objective: a "Key results" label makes its plain bullets key results,
/// a "Tasks" or "Done when" label makes even its task items a checklist, an "Assumptions" or "Risks" label makes its
/// bullets context, and "KR:" / "**CEO KR:**" marks one item.
enum KeyResultLabel {
    /// `context`: what the objective rests on or is threatened by (assumptions, dependencies, risks), neither measure nor work.
    /// `metrics`: figures the team watches beside its key results ("**Key metrics:**" over a list), read as key results only
    /// when the objective has no others (`ObjectivesParser`).
    /// `success`: what success looks like, in measures or in words: its lists are key results when their items read as
    /// measures (`ObjectivesParser.statesMeasures`), and otherwise the objective's words, as prose under it is.
    enum Role: Equatable { case keyResults, checklist, context, metrics, success }

    private static let keyResultLabels: Set<String> = [
        "key results", "key result", "krs", "kr", "okrs", "key results (krs)", "measures of success", "measure of success",
        "success metrics", "success measures", "success criteria", "measurable results", "how we will measure success",
        "how we'll measure success", "how we measure success", "metrics of success", "results we want", "outcomes and measures",
        "key outcomes", "expected outcomes", "desired outcomes",
        // A plan written as outcomes labels each one's key results by what they are: its measures, and how it is measured.
        "measures", "our measures", "measures and targets", "how we'll measure it", "how we will measure it", "how we’ll measure it",
        "how we'll measure this", "how we will measure this", "how we’ll measure this", "how we measure it", "how we measure this",
        "how we’ll measure success",
    ]
    /// What success looks like, which a team may state in measures or describe in a sentence (`Role.success`).
    private static let successLabels: Set<String> = [
        "success looks like", "what success looks like", "success will look like", "what success will look like",
        "what good looks like", "good looks like", "how we'll know we've succeeded", "how we will know we have succeeded",
        "how we’ll know we’ve succeeded", "how we'll know", "how we will know", "how we’ll know",
        // "**We'll know we're successful when:**" over its list (PostHog's team objectives).
        "we'll know we're successful when", "we’ll know we’re successful when", "we will know we are successful when",
        "we'll know we've succeeded when", "we’ll know we’ve succeeded when", "we will know we have succeeded when",
        "we'll know we're successful if", "we’ll know we’re successful if",
    ]
    private static let checklistLabels: Set<String> = [
        "tasks", "task", "to do", "to-do", "todo", "todos", "checklist", "next actions", "next steps", "action items", "actions",
        "definition of done", "done when", "acceptance criteria", "steps", "subtasks", "sub-tasks", "task list", "work items",
        "timeline", "milestones checklist", "open questions", "questions", "notes", "follow-ups", "follow ups", "followups",
        "follow-up", "notas", "notizen", "anmerkungen", "remarques", "nächste schritte", "próximos pasos", "prochaines étapes",
        "próximos passos", "offene fragen", "preguntas abiertas", "questions ouvertes",
        // "**_Approvals:_** - [x] VA PO approved the Sprint Goals": who signed the plan off, not what it achieves.
        "approvals", "approval", "sign-off", "sign-offs", "signoff", "signoffs", "sign off", "approvals checklist",
        // How the objective will be reached, after what it will achieve ("we will: …" then "To accomplish this: …").
        "to accomplish this", "to achieve this", "to get there", "to do this", "to make this happen", "how we'll do it",
        "how we will do it", "how we'll get there", "how we will get there", "how we’ll do it", "how we’ll get there",
    ]
    /// What an objective rests on, or what threatens it: its bullets are context, whatever labels they carry.
    private static let contextLabels: Set<String> = [
        "assumptions", "assumption", "dependencies", "dependency", "assumptions & dependencies", "assumptions and dependencies",
        "dependencies & assumptions", "dependencies and assumptions", "risks", "risk", "risks & mitigations",
        "risks and mitigations", "risks & dependencies", "risks and dependencies", "constraints", "context", "background",
        "out of scope", "non-goals", "non goals", "not in scope", "caveats", "considerations",
        // What stands in the way, what was decided or learnt, what is parked: about the objective, not measures of it.
        "blockers", "blocker", "risks & blockers", "risks and blockers", "decisions", "decisions made", "learnings",
        "lessons learned", "retro", "retrospective", "parking lot", "ideas",
        // The same as German, Spanish, French and Portuguese plans write them ("### Risiken", "### Supuestos").
        "risiken", "risiko", "riesgos", "riesgo", "risques", "riscos", "abhängigkeiten", "dependencias", "dépendances",
        "dependências", "annahmen", "supuestos", "hypothèses", "premissas", "hintergrund", "kontext", "contexto", "contexte",
    ]
    /// `successLabels` with the space that follows one before a date, in the set's own order (`role` takes the first
    /// that leads the text): made once, not for every label asked.
    private static let spacedSuccessLabels = successLabels.map { (label: $0, spaced: $0 + " ") }
    private static let announcing = Pattern(#"^(?:we|our|this|success|progress|it)\b.*\b(?:following|these|with|by|via)\s+(?:\w+\s+)?key results$"#, needs: ["key results"])
    /// " by October 2026", " at the end of Q3", " in 2026": when a success label is meant to hold.
    private static let dated = Pattern(
        #"^\s+(?:by|in|at|for|before|after)\s+(?:the\s+)?(?:end\s+of\s+)?(?:(?:this|the|next)\s+)?(?:[\w ,.-]{0,20}\d[\w ,.-]{0,10}|quarter|year|half|month|sprint)$"#)
    private static let qualified = Pattern(#"^(?:key results|krs)\s+(?:\(.{1,40}\)|for\s+[\w -]{1,30}|(?:fy|q|h|20)[\w -]{0,20})$"#, first: "k")
    /// "KR:", "KR1:", "KR 1.2 -", "KR1a:", "KR-3:", "KR1.1 Cut churn" (a number needs no colon), "CEO KR:", "Director of Engineering, Growth KR:", "Key result 2:" (an owner before "KR"
    /// is capitalized words, with "of", "and", "for", "the" between them).
    static let prefix = Pattern(
        #"^\s*([A-Z][\w&/.,'’-]*(?:\s+(?:of|and|for|the|&|[A-Z][\w&/.,'’-]*)){0,7}\s+)?(?:KR|Key [Rr]esult)\s*#?\s*(?:-(?=\d))?(?:(?:\d+(?:\.\d+)*\.?[a-z](?![A-Za-z])|\d*(?:\.\d+)*)\s*(?::|\.\s|\)|\s[-–—]\s)|\d+(?:\.\d+)*\s+(?=\S))\s*"#, caseInsensitive: false)

    /// "Code intel KR: …", "Sales (Closing Deals) KR: …": an owner whose later words are lowercase or in brackets, as
    /// Sourcegraph's teams are written, before a label that ends on a colon or a dash; without that mark, "Increase weekly KR 3 reviews" is words.
    /// A team's name holds no pronoun, article or helping verb: "We will track each KR: weekly" and "Reduce the tech
    /// debt KR: …" are sentences about a key result, not a team's label.
    static let lowercaseOwnerPrefix = Pattern(
        #"^\s*((?!\#(sentenceWord)\b)[A-Z][\w&/.,'’-]*(?:\s+(?:(?!\#(sentenceWord)\b)[A-Za-z&][\w&/.,'’-]*|\([^()\n]{1,40}\))){1,4}\s+)(?:KR|Key [Rr]esult)\s*#?\s*(?:\d+(?:\.\d+)*)?\s*(?::|\s[-–—]\s)\s*"#,
        caseInsensitive: false)
    private static let sentenceWord =
        #"(?i:we|i|you|they|it|he|she|our|my|your|their|its|the|a|an|each|every|this|that|these|those|all|any|will|would|should|must|can|could|shall|may|is|are|was|were|be|been|to|per)"#

    /// The label at the start of `text`, with its owner group: `prefix`, else `lowercaseOwnerPrefix`.
    private static func labelMatch(in text: String) -> (groups: [String?], range: Range<String.Index>)? {
        prefix.firstMatchWithRange(in: text) ?? lowercaseOwnerPrefix.firstMatchWithRange(in: text)
    }

    /// "Measure: Reach 1,200 families", "Measure 2: …": a goal's measure is its key result, labelled with the word a
    /// plan written as goals uses for one. A colon is needed, so "Measure the no-show rate" stays a sentence.
    static let measure = Pattern(#"^\s*(?:\*\*)?(?:Measure|MEASURE|measure)(?:\s*#?\s*\d+(?:\.\d+)*)?\s*:(?:\*\*)?\s+(?=\S)"#, caseInsensitive: false,
                                       needs: ["Measure", "MEASURE", "measure"])

    /// A key result's words without the label that marks it: "KR1: 3 of 5 partners live" → "3 of 5 partners live",
    /// "KR 1.2 - Second", "Key Result 1.1: Time to first call…" likewise. Its number only restates its place under the
    /// objective, as "Objective 1:" does for an objective (`TitleLabel`). A numbered label qualified by the team or area
    /// or role whose key results it counts ("Technology KR1:", "CEO KR1:") goes as well, and names the key result's owner
    /// (`owner(in:)`). So does one that names an owner without a number but ends as a label does, on a colon or a dash
    /// ("CEO KR: Increase …", "VP of Customer Success KR - …", as GitLab's OKR pages write hundreds): the role is whose
    /// key result it is, not a word of it. Without that mark ("CEO KR Increase …") the label stays in the words. A label
    /// with nothing after it ("KR 1" alone in a cell) stays too, since it is all the row says.
    static func strippingLabel(_ text: String) -> String {
        if let range = measure.firstMatchWithRange(in: text)?.1, range.upperBound < text.endIndex { return String(text[range.upperBound...]) }
        guard contains(text, "KR") || contains(text, "Key result") || contains(text, "Key Result"),
              let (groups, range) = labelMatch(in: text), range.upperBound < text.endIndex else { return text }
        if let qualifier = groups[1] {
            let label = text[range]
            let counted = label.range(of: qualifier).map { label[$0.upperBound...] } ?? label
            guard isCountedOrMarked(counted) else { return text }
        }
        return String(text[range.upperBound...])
    }

    /// The part of a qualified label after its qualifier ("KR1: ", "KR: ", "KR - "): a number, or the colon or dash a
    /// label ends with, makes it a label rather than words of the key result.
    private static func isCountedOrMarked(_ counted: Substring) -> Bool {
        counted.contains(where: \.isNumber) || counted.contains(":") || counted.contains { "-–—".contains($0) }
    }

    /// Who a label says answers for the key result: the role or team before its number or its colon ("CEO KR1:" → CEO,
    /// "CEO KR:" → CEO, "Technology KR1:" → Technology, "VP of Customer Success KR 2 -"), the owner `strippingLabel`
    /// takes out of the words. A quarter, an objective's code or a word for the kind of key result ("Q3 KR1", "O1 KR1",
    /// "Stretch KR:") says which key result it is, not whose, and a label that stays in the words names no owner.
    static func owner(in text: String) -> String? {
        guard contains(text, "KR") || contains(text, "Key result") || contains(text, "Key Result"),
              let (groups, range) = labelMatch(in: text), range.upperBound < text.endIndex,
              let qualifier = groups[1] else { return nil }
        let label = text[range]
        let counted = label.range(of: qualifier).map { label[$0.upperBound...] } ?? label
        let name = qualifier.trimmed.strippingEnds(",")
        guard isCountedOrMarked(counted), !name.contains(where: \.isNumber),
              !name.split(separator: " ").contains(where: { notOwners.contains($0.lowercased()) }) else { return nil }
        return name
    }

    /// Words before "KR1" that say what kind of key result it is, or whose plan it belongs to, not who answers for it.
    private static let notOwners: Set<String> = [
        "stretch", "bonus", "aspirational", "committed", "optional", "draft", "proposed", "new", "shared", "joint", "company",
        "team", "our", "main", "primary", "secondary", "key", "top", "objective", "okr", "quarterly", "annual", "yearly",
    ]

    /// "What we'll ship:", "Deliverables:", "Key deliverables for Q3": what an objective will produce. Its bullets are
    /// the objective's key results only when it has no others (`KeyResultCollector.collect(deliverablesIn:)`); a
    /// roadmap's "Deliverables" list stays items, which is why this is not a `Role`.
    static func namesDeliverables(_ label: String) -> Bool {
        let text = normalize(label).replacingAll("’", with: "'")
        return !text.isEmpty && text.count <= 60 && deliverables.matches(text)
    }

    private static let deliverables = Pattern(
        #"^(?:(?:key|planned|expected|main)\s+)?deliverables(?:\s+(?:for|this|in)\s+[\w -]{1,30}|\s*\(.{1,40}\))?$"#
        + #"|^what\s+we(?:'ll|\s+will|'re|\s+are|'re\s+going\s+to|\s+are\s+going\s+to)\s+(?:ship|shipping|deliver|delivering|build|building)\b[\w -]{0,30}$"#, first: "kpemdw")

    /// "Key Metrics", "KPIs", "Health metrics", "North star metric": the figures a team watches beside its key results.
    /// Under an objective that has key results they are its measures to read, not more key results (an objective without
    /// any takes them as its key results); as a section of their own they are no objective.
    static func namesMetrics(_ label: String) -> Bool {
        // At most six short words (four, then "we watch"): every paragraph before a list and every heading is asked,
        // and most are prose far longer than that.
        guard label.utf8.count <= 200 else { return false }
        let words = normalize(label).split(whereSeparator: { $0 == " " || $0 == "/" || $0 == "&" }).map(String.init)
        // "Metrics we watch", "KPIs we track": the figures, then who watches them.
        var named = words
        if named.count >= 3, named[named.count - 2] == "we", watchVerbs.contains(named[named.count - 1]) { named.removeLast(2) }
        guard let last = named.last, metricWords.contains(last), named.count <= 4 else { return false }
        return named.dropLast().allSatisfy { metricQualifiers.contains($0) || metricWords.contains($0) }
    }

    private static let watchVerbs: Set<String> = ["watch", "track", "monitor", "follow", "measure", "report"]
    private static let metricWords: Set<String> = ["metrics", "metric", "kpis", "kpi", "indicators", "signals"]
    /// Words that say which figures, never what to achieve: "Improve health metrics" is an objective.
    private static let metricQualifiers: Set<String> = [
        "key", "health", "team", "business", "product", "company", "core", "guardrail", "guardrails", "counter", "north", "star",
        "input", "output", "leading", "lagging", "supporting", "performance", "tracking", "our", "the", "other", "secondary",
        "operational", "quarterly", "monthly", "weekly", "and", "to", "watch", "primary",
    ]

    /// Checklist labels that name work to do ("**Tasks**:", "Action items:"): under an objective or an item they are its
    /// steps, but over a roadmap lane's or group's own list, where no item holds them, they are that lane's work.
    private static let workLabels: Set<String> = [
        "tasks", "task", "to do", "to-do", "todo", "todos", "task list", "work items", "action items", "actions", "next actions",
        "next steps", "subtasks", "sub-tasks",
    ]

    /// True for a label over work to do (`workLabels`).
    static func namesWork(_ label: String) -> Bool { workLabels.contains(normalize(label)) }

    /// The role a label line gives the list after it; the label may be bold, end with a colon, or carry an emoji.
    static func role(of label: String) -> Role? {
        let text = normalize(label)
        // A text of at most 60 bytes has at most 60 characters: every key result and paragraph is asked.
        guard !text.isEmpty, text.utf8.count <= 60 || text.count <= 60 else { return nil }
        // "**_Approvals:_** _(sent via email but approvals tracked here)_": a remark in brackets after the label's colon
        // says how the list is kept, not what it is. (A `:` character holds the byte.)
        if label.containsByte(UInt8(ascii: ":")), let colon = label.firstIndex(of: ":"),
           label[label.index(after: colon)...].drop(while: { " *_".contains($0) }).first == "(",
           label.reversed().drop(while: { " *_.".contains($0) }).first == ")" {
            return role(of: String(label[...colon]))
        }
        if keyResultLabels.contains(text) { return .keyResults }
        if checklistLabels.contains(text) { return .checklist }
        if contextLabels.contains(text) { return .context }
        if successLabels.contains(text) { return .success }
        // "What success looks like by October 2026", "Success looks like at the end of Q3": the same label, dated.
        // Every label the text starts with is tried ("how we'll know" and "how we'll know we've succeeded" both start
        // "How we'll know we've succeeded by Q3"): taking the first of a set's, whose order changes from one process to
        // the next, answered differently from run to run.
        if spacedSuccessLabels.contains(where: { text.hasPrefix($0.spaced) && dated.matches(String(text.dropFirst($0.label.count))) }) {
            return .success
        }
        // "Potential Benefits/Measures", "Impact & measures": a key-results word joined to another word for what the
        // objective brings labels its key results, unless the other part gives the list another role ("Risks/measures").
        if let parts = joinedParts(text), parts.contains(where: keyResultLabels.contains),
           parts.allSatisfy({ keyResultLabels.contains($0) || (!checklistLabels.contains($0) && !contextLabels.contains($0) && !successLabels.contains($0)) }) {
            return .keyResults
        }
        // "Grading notes", "Tracking notes", "OKR comments": what was said about the key results, not more of them.
        // The last word can be one of them only when the text ends with it: most texts are not split.
        if text.hasSuffix("notes") || text.hasSuffix("comments") {
            let words = text.split(separator: " ")
            if words.count <= 4, let last = words.last, ["notes", "comments"].contains(last) { return .context }
        }
        // "Key results for Q3", "Key results (due end of quarter)" — but not prose such as "Key results should be:".
        if text.hasPrefix("key results") || text.hasPrefix("krs"), qualified.matches(text) { return .keyResults }
        // "We measured this via the following key results:" — a sentence that announces the list.
        return text.hasSuffix("key results") && announcing.matches(text) && text.split(separator: " ").count <= 14 ? .keyResults : nil
    }

    /// "potential benefits/measures" → ["potential benefits", "measures"]; nil for a label with no joiner.
    private static func joinedParts(_ text: String) -> [String]? {
        guard text.containsByte(UInt8(ascii: "/")) || text.containsByte(UInt8(ascii: "&")) || text.containsBytes(of: " and ") else { return nil }
        let parts = text.replacingAll(" and ", with: "/").split(whereSeparator: { $0 == "/" || $0 == "&" })
            .map { String($0).trimmed }.filter { !$0.isEmpty }
        return parts.count > 1 ? parts : nil
    }

    /// "Key Results: Martin and Bedeho equally" over a nested list: the label, then who owns what follows.
    static func leadingRole(of text: String) -> Role? {
        guard let colon = text.firstIndex(of: ":"), text.distance(from: text.startIndex, to: colon) <= 30 else { return nil }
        return role(of: String(text[..<colon])) == .keyResults ? .keyResults : nil
    }

    /// True when a list item's text starts with a key-result label such as "KR:" or "CEO KR:".
    /// The expression is case-sensitive, so a match holds "KR" or "Key result" byte for byte: most list items hold neither.
    static func hasPrefix(_ text: String) -> Bool {
        (contains(text, "KR") || contains(text, "Key result") || contains(text, "Key Result")) && (prefix.matches(text) || lowercaseOwnerPrefix.matches(text))
    }

    /// True when a list item's text starts with a key-result label, "Measure:" included. Only a bullet takes that word
    /// as a label: a "Measure:" paragraph heads a metric's fields (`MetricCard`), and is no key result without a target.
    static func marksItem(_ text: String) -> Bool { hasPrefix(text) || measure.matches(text) }

    private static func contains(_ text: String, _ literal: StaticString) -> Bool {
        let needle = UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount)
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count >= needle.count else { return false }
            return (0...(bytes.count - needle.count)).contains { start in
                bytes[start] == needle[0] && (1..<needle.count).allSatisfy { bytes[start + $0] == needle[$0] }
            }
        }
    }

    /// Labels are asked of every paragraph and list item, so ASCII text (nearly all of it) is normalized on bytes;
    /// `normalizeCharacters` is the reference, and a test compares the two.
    static func normalize(_ label: String) -> String { normalizeASCII(label) ?? normalizeCharacters(label) }

    /// `normalizeCharacters` for ASCII text, nil for any other. A carriage return and line feed is one `Character`, but
    /// neither byte is a letter or in the stripped set, so taking them one at a time strips and keeps the same bytes.
    static func normalizeASCII(_ label: String) -> String? {
        var label = label
        return label.withUTF8 { bytes -> String? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            var start = 0, end = bytes.count
            let isSpace = { (byte: UInt8) in byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
            while start < end, isSpace(bytes[start]) { start += 1 }
            while end > start, isSpace(bytes[end - 1]) { end -= 1 }
            while end > start, Self.strippedAtEnd(bytes[end - 1]) { end -= 1 }
            while start < end, !Self.isLetter(bytes[start]) { start += 1 }
            var out: [UInt8] = []
            out.reserveCapacity(end - start)
            for byte in bytes[start..<end] {
                if byte == 0x20 {
                    if out.last != 0x20 && !out.isEmpty { out.append(0x20) }
                } else {
                    out.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
                }
            }
            if out.last == 0x20 { out.removeLast() }
            return String(decoding: out, as: UTF8.self)
        }
    }

    private static func strippedAtEnd(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: ":"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: " "), UInt8(ascii: "#"), UInt8(ascii: "-"), UInt8(ascii: "."): true
        default: false
        }
    }

    private static func isLetter(_ byte: UInt8) -> Bool { byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A }

    static func normalizeCharacters(_ label: String) -> String {
        var text = label.lowercased().trimmed
        let strip: Set<Character> = [":", "*", "_", " ", "#", "-", ".", "–", "—"]
        while let last = text.last, strip.contains(last) { text.removeLast() }
        // A leading emoji or symbol ("🎯 Key results").
        while let first = text.first, !first.isLetter { text.removeFirst() }
        return text.split(separator: " ").joined(separator: " ")
    }
}
