import BearingModel

/// OKR cascades as large organizations write them (GitLab's handbook from 2018 on): under an objective, an item that
/// names an owner — `1. VP Engineering: [Enterprise-level availability](…)`, or just `* VPE` — with nested items that
/// each name a team — `1. Development: Improve predictability => 78%`, `* Support: Achieved 94.5% CSAT`.
///
/// The team items are read as the objective's key results: they are what gets measured and scored (`=> 78%`), and a
/// leader asking "how is objective 1 going?" wants all of them under it. The owner item is the owner's share of the
/// objective, not a measure, so it is not a key result itself; an owner item with no team items beneath is prose.
/// Items that already say "KR:" (`1. CRO KR: …`, FY21) are key results by their label, before any cascade rule; and
/// in a list where some items say "KR:", the writer labels their key results, so its other owner items
/// (`1. **CMO:** Increase inbound efficiency`) are owners' objectives, not key results.
enum OwnerCascade {
    /// "VP Engineering:", "Data team:", "CoST to the CEO:", "Diversity, Inclusion & Belonging :", "Frontend MD&P:"
    /// followed by text: a capitalized first word and at most five more before the colon.
    private static let labelled = Pattern(
        #"^[A-Z][\w&/.'’+-]*(?:,?\s+[\w&/.'’+-]+){0,5}\s*:\s*\S"#, caseInsensitive: false, first: capitals, needs: [":"])
    /// "VPE", "CRO", "Dev Backend": an owner or group named alone, with its teams' items nested.
    static let bare = Pattern(#"^[A-Z][\w&/.'’+-]*(?:\s+[A-Z][\w&/.'’+-]*){0,2}$"#, caseInsensitive: false, first: capitals)
    private static let capitals = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"

    /// False when `text` has four words set off by ASCII whitespace or a word that does not start with an ASCII
    /// capital, which `bare` (at most three words, each capitalised) cannot match: nearly every item starts with a
    /// capital, so its first-byte check lets them all through to ICU.
    static func mayBeBareName(_ text: String) -> Bool {
        var words = 0, inWord = false
        for byte in text.utf8 {
            let space = byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
            if !space && !inWord {
                words += 1
                if words > 3 || !(UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) { return false }
            }
            inWord = !space
        }
        return true
    }

    /// The item's text starts with an owner or team label, which is not a metadata key (`Owner: Ada`), a label
    /// such as "Key results:", "Notes:" or "Risks:", or the name of a field of the work (`**Impact:**`, `**Why:**`).
    static func hasOwnerLabel(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":") else { return false }
        let label = String(text[..<colon]).trimmed
        // The cheap tests first: most labelled items in a plan are metadata (`Owner: Ada`), which no expression need see.
        return MetadataKey(spelling: label) == nil && KeyResultLabel.role(of: label) == nil
            && !fieldLabels.contains(KeyResultLabel.normalize(label)) && labelled.matches(text)
    }

    /// Labels that name a part of the work's description, never who does it: a bullet labelled so, with labelled
    /// bullets beneath (`**Front-end:** …` › `**Risk:** …`, `**Mitigation:** …`), is a description, not a cascade.
    private static let fieldLabels: Set<String> = [
        "impact", "mitigation", "mitigations", "rationale", "why", "what", "how", "scope", "problem", "solution", "example",
        "examples", "outcome", "outcomes", "result", "results", "goal", "goals", "description", "summary", "details", "detail",
        "requirement", "requirements", "deliverable", "deliverables", "milestone", "milestones", "timeline", "timing",
        "cost", "costs", "budget", "effort", "benefit", "benefits", "success", "decision", "question", "target", "baseline",
        "measure", "metric", "note", "current state", "future state", "trade-offs", "tradeoffs", "alternatives", "link", "links",
        "resources", "reference", "references", "blocker", "blockers", "issue", "issues", "workaround", "fallback",
    ]

    /// An owner's item in a cascade: it names an owner, and at least half of its nested items (two at the least, or
    /// the only one) are team items.
    static func isOwnerItem(_ item: ListItem, text: String) -> Bool {
        guard hasOwnerLabel(text) || mayBeBareName(text) && bare.matches(text) && KeyResultLabel.role(of: text) == nil else { return false }
        let nested = item.blocks.dropFirst().flatMap { block -> [ListItem] in
            if case .list(_, let items) = block.kind { return items }
            return []
        }
        // A team item names its team, says "KR:", or is itself a group of teams ("Dev Backend" with "Plan: …" beneath).
        let teams = nested.filter { team in
            let text = KeyResultCollector.text(of: team)
            return hasOwnerLabel(text) || KeyResultLabel.hasPrefix(text) || isOwnerItem(team, text: text)
        }.count
        return teams >= min(2, nested.count) && teams * 2 >= nested.count && !nested.isEmpty
    }
}
