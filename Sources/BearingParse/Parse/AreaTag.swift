import BearingModel

/// An area's or team's tag before a key result's words, as trackers and OKR sheets file work: `KR: [Legal] Sign DPA
/// with vendors`, `- [ ] [Search] p95 under 200 ms`. It says which team answers for the key result, not what it
/// measures, so it leaves the words. Other brackets there are something else and stay: a status (`[WIP]`, `[Done]`),
/// a rank (`[P1]`), a kind (`[Bug]`, `[Stretch]`, `[New]`), a period (`[Q1]`), a box (`[ ]`, `[x]`) or a link
/// (`[text](url)`).
enum AreaTag {
    /// The tag and the words after it; nil when the text opens with no area tag.
    static func split(_ text: String) -> (area: String, rest: String)? {
        guard text.first == "[", let groups = leading.firstMatch(in: text), let area = groups[1]?.trimmed, let rest = groups[2],
              isArea(area) else { return nil }
        return (area, rest)
    }

    /// One to three words, each capitalised or an acronym (`Legal`, `Customer Success`, `HR`, `Eng/Infra`), no figure,
    /// and no word for a status, rank, kind or commitment.
    static func isArea(_ tag: String) -> Bool {
        let words = tag.split(whereSeparator: { $0 == " " || $0 == "/" || $0 == "&" }).map(String.init)
        guard (1...3).contains(words.count), tag.count >= 2,
              words.allSatisfy({ word in word.first?.isUppercase == true && word.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" } })
        else { return false }
        let lower = tag.lowercased()
        if Status(reading: tag) != nil || Commitment(word: lower) != nil || PlanTable.isImportance(tag) { return false }
        return !notAreas.contains(lower) && !words.contains(where: { notAreas.contains($0.lowercased()) })
    }

    private static let leading = Pattern(#"^\[([^\[\]()]{2,30})\]\s+(\S.*)$"#)

    /// Tags that say what kind of work it is, or how sure or new it is, not whose.
    private static let notAreas: Set<String> = [
        "wip", "draft", "new", "bug", "bugs", "feature", "features", "epic", "story", "task", "chore", "spike", "rfc", "idea",
        "ideas", "stretch", "bonus", "optional", "beta", "alpha", "experimental", "deprecated", "breaking", "tbd", "todo",
        "note", "meta", "tracking", "umbrella", "placeholder", "keep", "continue", "stop", "start", "help", "wanted", "nice",
        "must", "should", "could", "won't", "kr", "okr", "objective", "goal", "measure", "metric", "kpi", "leading", "lagging",
        "input", "output", "committed", "aspirational", "moonshot", "roofshot", "blocked", "done", "closed", "open", "update",
        // Where the key result comes from or how it recurs (`[Carried Over]`, `[BAU]`, `[KTLO]`, `[Health]` beside
        // goals), not who answers for it.
        "carried", "carryover", "carry-over", "rollover", "rolled", "repeat", "repeated", "recurring", "ongoing", "continuing",
        "bau", "ktlo", "health", "hygiene", "debt", "maintenance", "experiment", "hypothesis", "baseline", "quick", "win",
    ]
}
