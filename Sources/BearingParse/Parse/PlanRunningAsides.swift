import BearingModel

/// Sections about how a plan is run or what came before it, in objectives and roadmaps alike: "## Governance", "##
/// Gouvernance et suivi" (when the roadmap committee meets), "## Process", "## Review Cadence", "## Project History" (the fellowship and
/// pilots the plan grew out of). They hold no work of the plan, whatever their lists look like. Only the whole title
/// counts, or a title joined from such words: "## Governance, Management, and Personnel" (Astropy's goals for how
/// the project is managed) is work and stays a lane.
enum PlanRunningAsides {
    /// The words, lowercased, in English, French, Spanish, Portuguese and German.
    static let words: Set<String> = [
        "governance", "gouvernance", "gobernanza", "governança", "governance model",
        "process", "processus", "proceso", "processo", "prozess", "roadmap process", "planning process",
        "history", "historique", "historia", "história", "geschichte", "project history", "background and history",
        "suivi", "follow-up", "follow up", "seguimiento", "acompanhamento",
        // "## Review Cadence" (| OKR progress check | Bi-weekly | Ariel |): when the plan is looked at, and by whom.
        "cadence", "review cadence", "meeting cadence", "okr cadence", "planning cadence", "operating cadence", "operating rhythm",
        "rituals", "review rituals",
    ]

    /// Words that may stand before one of `words` without changing what the section is ("Project history", "Our process").
    private static let qualifiers: Set<String> = ["project", "roadmap", "our", "the", "planning", "plan", "le", "la", "du", "de", "el", "o", "a"]

    /// Whether a lowercased, cleaned title is one such section, or several joined ("gouvernance et suivi", "process &
    /// governance").
    static func names(_ lower: String) -> Bool {
        if words.contains(lower) { return true }
        let joiners = [" and ", " et ", " y ", " e ", " und "]
        let parts = joiners.reduce(lower) { $0.replacingAll($1, with: "&") }
            .split(whereSeparator: { $0 == "&" || $0 == "," || $0 == "/" }).map { String($0).trimmed }.filter { !$0.isEmpty }
        return !parts.isEmpty && parts.allSatisfy { part in
            var partWords = part.split(separator: " ").map(String.init)
            while partWords.count > 1, let first = partWords.first, qualifiers.contains(first) { partWords.removeFirst() }
            return words.contains(partWords.joined(separator: " "))
        }
    }
}
