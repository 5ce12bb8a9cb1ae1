import BearingModel

/// "high", "Low", "critical → high → medium": a `Priority:` value made only of ranking words says how urgent the work
/// is, as a tracker's priority field does, not which strategic priority it serves. Task lists write it so at the end
/// of a line ("- [ ] Fix the bugs found (priority: critical → high → medium)"); read as a reference it was an
/// unresolved-priority error that no strategy could fix. `P1`-style codes stay references: they are positional ids.
enum ImportanceValue {
    static let rankingWords: Set<String> = [
        "high", "higher", "highest", "medium", "med", "mid", "low", "lower", "lowest", "critical", "urgent", "normal",
        "major", "minor", "blocker", "trivial", "top",
    ]
    /// Words that only join ranking words ("high to medium", "high then low").
    private static let joiners: Set<String> = ["to", "then", "or", "and"]

    /// A remark in brackets after the ranking ("High (clean slate before Q1 2026 implementation)", "Medium-High (quick
    /// win)") says why it ranks so; the words before it decide.
    static func isRanking(_ value: String) -> Bool {
        var ranked = Status.symbols(in: value).1
        if ranked.hasSuffix(")"), let open = ranked.firstIndex(of: "("), open > ranked.startIndex { ranked = String(ranked[..<open]) }
        let words = ranked.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
        return words.contains(where: rankingWords.contains) && words.allSatisfy { rankingWords.contains($0) || joiners.contains($0) }
    }
}
