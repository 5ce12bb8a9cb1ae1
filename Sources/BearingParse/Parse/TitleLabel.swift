import BearingModel

/// A heading or list-item title taken apart from the labels real teams put around it, so that titles and ids
/// carry only the words: "### 1. CEO: IACV." → "IACV" (role CEO), "OBJECTIVE: Ship it" → "Ship it",
/// "### G1 -- Grow leaders" → "Grow leaders" (code G1), "## ➡️ Grow the community" → "Grow the community",
/// "Faster builds (Driver: Ada)" → "Faster builds" (driver Ada).
struct TitleLabel: Equatable {
    var title: String
    /// A written number or code: "1", "1.2", "O1", "G1", "P0".
    var code: String?
    /// A role written before the title ("CEO", "VP Engineering"): the owner, when none is declared.
    var role: String?
    /// The name in a trailing "(Driver: …)" or "(Owner: …)".
    var driver: String?
    /// A status marker before the title: a status symbol ("✅ …", ":construction: …") or "!WIP!", "[WIP]", "WIP:".
    var status: Status?
    /// "committed" or "aspirational", from a marker around an objective's title (`CommitmentMarker`).
    var commitment: String?
    /// The title as read before outcome and letter labels and commitment markers were left out of objectives' titles.
    var formerTitle: String?
    /// The organisation or team named before an objective's label ("OCTO Objective 1:", "Mobile Platform OKR 2 –").
    var team: String?

    /// "Objective 1:", "Goal #2 -", "Strategic Cohort #1 -", "Pillar 3.", "Mission 1:", "Activity #1:", "OKR '2022.C1':" and
    /// "OBJECTIVE:" before a title; a public strategy's "Principle: …" over its "Action 01: …" (the UK's Government
    /// Digital Strategy). A hyphen joined to the word makes one word of it ("## Goal-setting for mentors").
    private static let word = Pattern(
        #"^(?:objective|objetivo|objectif|obiettivo|ziel|goal|okr|priority|pillar|principle|theme|epic|bet|mission|focus area|strategic cohort|cohort|activity|action|initiative(?: plan)?|project plan|proposal|workstream)(?!-\p{L})\s*(?:#\s*)?"#
            + identifier + #"?\s*(?::|-{1,3}|–|—|\.(?=\s)|\))\s*"#,
        first: "ogptebfmscaiwz", needs: [":", "-", ".", ")"])
    /// "Outcome 1:", "Outcome:", "Goal A:", "Objective B –": how OKR templates label an objective, by outcome or by letter.
    /// Read in objectives only: a strategy's "Goal A" is its priorities' own numbering.
    private static let objectiveLabel = Pattern(
        #"^(?:outcome|objective|objetivo|objectif|obiettivo|ziel|goal|okr)(?!-\p{L})\s*(?:#\s*)?(?:['‘’"“”`]?((?-i:[A-Z])(?![A-Za-z0-9])|(?:[0-9]+|[A-Za-z]{1,3}[0-9]+)(?:[.\-][A-Za-z0-9]+)*)['‘’"“”`]?)?"#
            + #"\s*(?::|-{1,3}|–|—|\.(?=\s)|\))\s*"#,
        first: "ogz")
    /// The id after the label word: a number ("1", "1.2") or a code with a digit in it ("E2", "2022.C1"), bare or quoted
    /// ("'2022.C1'", "`O3`"), as teams that number their OKRs by year and team write it. A word with no digit ("Objective
    /// setting:") is no id, so such a heading stays unlabelled.
    private static let identifier =
        #"(?:['‘’"“”`]?((?:[0-9]+|[A-Za-z]{1,3}[0-9]+)(?:[.\-][A-Za-z0-9]+)*)['‘’"“”`]?)"#
    /// "1.", "1)", "1.2.", "#3 -".
    private static let number = Pattern(#"^#?([0-9]+(?:\.[0-9]+)*)(?:[.)]|\s*(?:-{1,3}|–|—|:))\s+"#, first: "#0123456789")
    /// "O1:", "G1 --", "P0:", "KR1.2:", "SO3 -". "P0-2 — Wire the errors tab" is the second item of phase P0, one code
    /// written with a hyphen, not rank P0 over a title "2 — Wire…".
    private static let code = Pattern(#"^([A-Z]{1,3}[0-9]+(?:\.[0-9]+)?)\s*(?::|-{1,3}(?![0-9])|–|—|\.)\s*"#, caseInsensitive: false,
                                       first: "ABCDEFGHIJKLMNOPQRSTUVWXYZ", needs: Pattern.digits)
    /// "O1 Same-day in Austin", "O2.1 Keep drivers": an objective's number needs no colon before a capitalised title. Only
    /// "O" with a number: other letter codes without punctuation are names of things ("S3 migration", "H2 launch").
    private static let objectiveCode = Pattern(#"^(O[0-9]+(?:\.[0-9]+)?)\s+(?=\p{Lu})"#, caseInsensitive: false, first: "O")
    /// "O: IPFS Project prepared for 2020 growth": the objective's letter alone, as OKR lists pair "O:" with "KR:".
    private static let objectiveLetter = Pattern(#"^O()\s*:\s+"#, caseInsensitive: false, first: "O", needs: [":"])
    /// Leadership roles that GitLab-style OKRs put before each objective ("CEO: …", "VP Engineering: …").
    private static let role = Pattern(
        #"^((?:CEO|CTO|CFO|COO|CMO|CRO|CPO|CISO|CIO|CSO|VPE|VPP|VPS|VP(?: of)? [A-Z][A-Za-z&/ ]{1,30}|Head of [A-Z][A-Za-z&/ ]{1,30}|Director(?: of)? [A-Z][A-Za-z&/ ]{1,30}|Chief [A-Z][A-Za-z ]{1,30} Officer))\s*:\s*"#,
        caseInsensitive: false, first: "CVHD")
    private static let roleOnly = Pattern(#"^(?:CEO|CTO|CFO|COO|CMO|CRO|CPO|CISO|CIO|CSO|VPE)$"#, caseInsensitive: false, first: "CV")
    /// "(Driver: Ada Lovelace)", "(Owner: @ada)", "(DRI: Ada)" at the end, or the same after a dash: "— Owner: Ana Souza".
    private static let driver = Pattern(
        #"\s*(?:\((?:driver|drivers|owner|owners|dri|lead)\s*:\s*([^)]*)\)|\s(?:-{1,2}|–|—)\s*(?:driver|drivers|owner|owners|dri|lead)\s*:\s*([^()]*?))\s*$"#,
        needs: ["dri", "owner", "lead"])

    /// "Milestone 1:", "Phase 2 —", "Step 3.", "Stage 4 -", "Part 2)" before a roadmap item's title.
    private static let stepLabel = Pattern(
        #"^(milestone|phase|step|stage|part)\s*#?\s*([0-9]+(?:\.[0-9]+)*)\s*(?::|-{1,3}|–|—|\.(?=\s)|\))\s*"#, first: "mps")
    /// "M1:", "MS2 –", "M3." before a roadmap item's title: a milestone's code. Other letters with a number are as often
    /// the name of a thing ("EC2: …", "S3 – …").
    private static let milestoneCode = Pattern(#"^(MS?[0-9]+(?:\.[0-9]+)?)\s*(?::|-{1,3}(?![0-9])|–|—|\.(?=\s))\s*"#,
                                               caseInsensitive: false, first: "M")

    /// The place a roadmap item's title gives it in the plan's sequence ("Milestone 1: Public beta", "Phase 2 — Rewrite
    /// the scheduler", "Step 3. Hook up alerts", "M1: Ship it"), as a field (`Milestone: 1`, `Milestone: M1`), and the
    /// title without it; nil when the title has no such label or nothing after it. The label orders the work; it is not
    /// a word of its name, as "Outcome 1:" is none of an objective's.
    static func roadmapStep(_ title: String) -> (field: CustomField, rest: String)? {
        if let match = stepLabel.firstMatchWithRange(in: title), let word = match.groups[1], let number = match.groups[2] {
            let rest = String(title[match.range.upperBound...]).trimmed
            guard rest.contains(where: \.isLetter) else { return nil }
            return (CustomField(key: word.prefix(1).uppercased() + word.dropFirst().lowercased(), value: number), rest)
        }
        if let match = milestoneCode.firstMatchWithRange(in: title), let code = match.groups[1] {
            let rest = String(title[match.range.upperBound...]).trimmed
            guard rest.contains(where: \.isLetter) else { return nil }
            return (CustomField(key: "Milestone", value: code), rest)
        }
        return nil
    }

    /// "!WIP!", "[WIP]", "(WIP)", "WIP:" before a title: work in progress.
    private static let workInProgress = Pattern(#"^(?:!wip!|\[wip\]|\(wip\)|wip\s*[:\-–—])\s*"#, first: "![(w")
    /// A GitHub emoji shortcode used as decoration (":construction_worker:", ":rocket:").
    private static let shortcode = Pattern(#"^:[a-z0-9_+\-]+:\s*"#, first: ":")

    /// "Objective:", "Objective 2 –", "OKR #3:", "OKR '2022.C1':" before a title: the writer's own word that this is an objective.
    private static let objectiveWord = Pattern(
        #"^(?:objective|objetivo|objectif|obiettivo|ziel|okr)\s*(?:#\s*)?"# + identifier + #"?\s*(?::|-{1,3}|–|—|\.(?=\s)|\))\s*\S"#, first: "oz")

    /// "OCTO Objective 1:", "Mobile Platform OKR 2 –": up to three capitalised words naming whose objective it is, before a
    /// numbered objective label. A parent organisation's OKRs pasted above a team's are written so.
    private static let ownedLabel = Pattern(
        #"^((?-i:\p{Lu}[\p{L}&'’.-]*)(?:\s+(?-i:\p{Lu}[\p{L}&'’.-]*)){0,2})\s+(?=(?:objective|okr)\s*#?\s*[0-9]+\s*(?::|-{1,3}|–|—|\.(?=\s)|\)))"#,
        needs: ["objective", "okr"])

    /// The text with the owner of a numbered objective label left out ("OCTO Objective 1: Better" → "Objective 1: Better",
    /// "OCTO"); nil when it has none.
    static func ownedLabelRemoved(_ text: String) -> (team: String, rest: String)? {
        guard let groups = ownedLabel.firstMatch(in: text), let range = ownedLabel.firstRange(in: text), let team = groups[1] else { return nil }
        return (team, String(text[range.upperBound...]))
    }

    /// True when the title is labelled as an objective ("#### Objective: Availability", "## OKR 2 – Grow", "### 🚧 Objective:
    /// `Launch`"), not merely about objectives ("## Objectives", "## How to make good objectives").
    static func namesObjective(_ raw: String) -> Bool {
        let text = markersRemoved(raw).text
        return objectiveWord.matches(ownedLabelRemoved(text)?.rest ?? text)
    }

    /// An objective's title, where a status symbol at the very end ("## Hit the 3-day target 🟢") says how it stands, as one
    /// at the start does and as a roadmap item's does: the mark is its status, not a word of its title.
    /// A Google-style commitment marker ("(committed)", "[Aspirational]", "— stretch") around the title is its commitment,
    /// not a word of it (`CommitmentMarker`).
    static func parseObjective(_ raw: String) -> TitleLabel {
        var text = raw
        var status: Status?
        if let mark = Status.trailingSymbol(in: text) {
            status = mark.status
            text = mark.rest
        }
        // "## Ship runbooks (done)", "## Cut latency — at risk": a status set off beside the name, likewise.
        let written = text
        if let said = TitleStatus.split(text) {
            status = status ?? said.status
            text = said.rest
        }
        let before = CommitmentMarker.strip(text)
        var label = parse(before.rest, objective: true)
        label.status = label.status ?? status
        // After the label: "Outcome 1: Answer every query (committed)", "OKR 2: [Aspirational] Land on the moon".
        let after = CommitmentMarker.strip(label.title)
        label.title = after.rest
        label.commitment = before.commitment ?? after.commitment
        // Titles kept these labels and markers once: references and links written with that title or its id still name it.
        let former = parse(written)
        if former.title != label.title { label.formerTitle = former.title }
        return label
    }

    static func parse(_ raw: String) -> TitleLabel { parse(raw, objective: false) }

    /// True when `text` is an objective's label and nothing else ("Outcome 2", "Objective 1:", "O3", "Goal A"): the
    /// title is then what follows it.
    static func isObjectiveLabel(_ text: String) -> Bool { labelAlone(text) != nil }

    /// The label `text` is when it is an objective's label and nothing else, with its code ("Outcome 6" → code "6").
    static func labelAlone(_ text: String) -> TitleLabel? {
        let label = TitleText.clean(text)
        guard !label.isEmpty, label.count <= 24 else { return nil }
        let probe = parse(label + ": Title", objective: true)
        return probe.title == "Title" && probe.role == nil && probe.status == nil ? probe : nil
    }

    /// `objective`: the title is an objective's, which may also be labelled by outcome or by letter (`objectiveLabel`).
    private static func parse(_ raw: String, objective: Bool) -> TitleLabel {
        let markers = markersRemoved(raw)
        var text = markers.text
        var label = TitleLabel(title: text)
        label.status = markers.status
        if objective, let owned = ownedLabelRemoved(text) {
            label.team = owned.team
            text = owned.rest
        }
        if let groups = driver.firstMatch(in: text), let range = driver.firstRange(in: text) {
            label.driver = (groups[1] ?? groups[2])?.trimmed.nilIfEmpty
            text = String(text[..<range.lowerBound])
        }
        // Labels come in any order once ("1. CEO: …", "Objective 1: …", "O1: …"), so peel each kind at most once.
        // "1. Objective: Launch" numbers a labelled title: after a number, the label word is tried again.
        var patterns = objective ? [objectiveLabel, word, number, code, objectiveCode, objectiveLetter] : [word, number, code, objectiveCode]
        while let index = patterns.firstIndex(where: { pattern in
            pattern.firstRange(in: text).map { $0.upperBound < text.endIndex } ?? false
        }) {
            let pattern = patterns.remove(at: index)
            guard let groups = pattern.firstMatch(in: text), let range = pattern.firstRange(in: text) else { break }
            label.code = label.code ?? groups[1]?.nilIfEmpty
            text = String(text[range.upperBound...])
        }
        if let groups = role.firstMatch(in: text), let range = role.firstRange(in: text) {
            label.role = groups[1]?.trimmed
            text = String(text[range.upperBound...])
        } else if roleOnly.matches(text.trimmed) {
            // "### 1. CEO" with no title yet: the role is all there is, and it stays the title.
            label.role = text.trimmed
        }
        text = stripLeadingSymbols(text)
        // A title of emoji alone ("🚀🔥") stays as written: an empty title would make every such item one id.
        label.title = unquoted(TitleText.clean(text)).nilIfEmpty ?? TitleText.clean(stripLeadingSymbols(raw.trimmed)).nilIfEmpty ?? raw.trimmed
        return label
    }

    /// "\"Validate the vision\"" → "Validate the vision": quotes around the whole title (after its label) set it off from
    /// the label; they are not part of it. A title that only contains a quotation keeps it.
    private static func unquoted(_ text: String) -> String {
        let pairs: [(Character, Character)] = [("\"", "\""), ("“", "”"), ("'", "'"), ("‘", "’")]
        guard text.count > 2, let first = text.first, let last = text.last,
              pairs.contains(where: { $0.0 == first && $0.1 == last }) else { return text }
        let inner = text.dropFirst().dropLast()
        guard !inner.contains(first), !inner.contains(last) else { return text }
        return String(inner).trimmed
    }

    /// The title with the status symbols, "!WIP!" markers and decorative emoji before it removed, and the status they gave.
    private static func markersRemoved(_ raw: String) -> (text: String, status: Status?) {
        // A run of spaces (where an MDX tag inside the heading was blanked, keeping columns) reads as one.
        // An ASCII title with no space at either end and no two together is its own split and join (most are).
        let spacedOnce = !raw.utf8.contains(where: { $0 >= 0x80 }) && raw.utf8.first != UInt8(ascii: " ") && raw.utf8.last != UInt8(ascii: " ")
            && !raw.containsBytes("  ")
        var text = (spacedOnce ? raw : raw.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")).trimmed
        var status: Status?
        // Markers before the title, in any order: status symbols, "!WIP!", decorative emoji and shortcodes.
        while true {
            if let symbol = Status.leadingSymbol(in: text) {
                status = status ?? symbol.status
                text = symbol.rest
            } else if let range = workInProgress.firstRange(in: text), range.upperBound < text.endIndex {
                status = status ?? .onTrack
                text = String(text[range.upperBound...])
            } else if let range = shortcode.firstRange(in: text), range.upperBound < text.endIndex {
                text = String(text[range.upperBound...])
            } else if let first = text.first, isDecoration(first) {
                text = stripLeadingSymbols(text)
            } else {
                break
            }
        }
        return (text, status)
    }

    /// Drops leading emoji and pictographs ("📌 2026", "➡️ Grow …") and the separators after them.
    static func stripLeadingSymbols(_ text: String) -> String {
        var rest = Substring(text)
        while let first = rest.first, isDecoration(first) || first == " " { rest = rest.dropFirst() }
        return String(rest)
    }

    /// Drops trailing emoji ("Future work 🔮"): a mark beside a heading, not a word of it.
    static func stripTrailingSymbols(_ text: String) -> String {
        var rest = Substring(text)
        while let last = rest.last, isDecoration(last) || last == " " { rest = rest.dropLast() }
        return rest.isEmpty ? text : String(rest)
    }

    private static func isDecoration(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        // ASCII digits, `#` and `*` have the emoji property (keycaps) but are text here.
        if scalar.value < 0x80 { return false }
        let properties = scalar.properties
        return properties.isEmoji || properties.isEmojiPresentation || scalar.value == 0xFE0F || scalar.value == 0x200D
            || properties.generalCategory == .otherSymbol
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
