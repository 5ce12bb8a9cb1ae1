import BearingModel

/// A key-result row's Baseline, Target and Actual cells read together, where the cells themselves say more than
/// the text they would make (`from B to T, now C`) can: a service level beside its own baseline, a yes/no answer
/// with a note after it, a cell that says there is no figure yet.
enum TableFigures {
    /// Cells that hold no figure: the row's value is not known yet, as an empty cell would say.
    private static let blanks: Set<String> = ["n/a", "na", "n.a.", "tbd", "tbc", "tba", "-", "–", "—", "?", "unknown", "none yet", "no data", "pending"]

    /// True when the cell says there is no value (`n/a`, `TBD`, `–`): a missing figure, not a figure of zero.
    static func isBlank(_ cell: String) -> Bool {
        blanks.contains(cell.trimmed.lowercased())
    }

    /// Progress the cells give without the key result's words, nil when they give none this way (the row is then
    /// read from `PlanTable.targetReading`'s text):
    /// - three plain figures (`| 97.8% | 99.5% | 99.1% |`): how far the actual moved from the baseline toward the
    ///   target. A written baseline makes even a service level a distance covered, and an actual that fell below
    ///   its baseline is 0, not 98.9 % done;
    /// - a target in words (`Yes`, `Agreed`, `Published`) and an actual whose answer, before any note
    ///   (`Yes (12 Nov)`, `No – delayed to May`), repeats it: met; one that repeats the baseline or says no: 0.
    static func reading(baseline: String?, target: String, current: String) -> ProgressReader.Reading? {
        if let baseline, let start = plainNumber(baseline), let goal = plainNumber(target), let now = plainNumber(current) {
            return ProgressReader.distance(start: start, target: goal, now: now)
        }
        guard !hasFigure(target) else { return nil }
        if !hasFigure(current), target.lowercased() == current.lowercased() { return .init(progress: 1, source: .checkbox) }
        guard let wanted = answer(target), let given = answer(current) else { return nil }
        if given == wanted { return .init(progress: 1, source: .checkbox) }
        let started = baseline.flatMap { hasFigure($0) || isBlank($0) ? nil : answer($0) }
        if given == started || negatives.contains(given) { return .init(progress: 0, source: .current) }
        return nil
    }

    /// Answers that say the thing has not happened, whatever the target's word.
    private static let negatives: Set<String> = ["no", "not yet", "not done", "not started", "not met", "missed", "false", "❌", "✗"]

    /// A cell that is one number as people write it in a sheet (`99.3%`, `90,000`, `$1.2M`), not a phrase with one.
    private static func plainNumber(_ cell: String) -> Double? {
        NumberText.value(cell)
    }

    private static func hasFigure(_ text: String) -> Bool { text.contains { $0.isNumber } }

    /// The answer a cell gives, before a note in brackets or after a dash or comma (`Yes (12 Nov)`, `No – delayed to
    /// May`, `Done, on time`), lowercased; nil when what is left is no short answer (a sentence, a figure).
    static func answer(_ cell: String) -> String? {
        var text = Substring(cell.trimmed)
        if let cut = text.firstIndex(where: { "([,;:".contains($0) }) { text = text[..<cut] }
        for dash in [" – ", " — ", " - "] where text.contains(dash) {
            if let range = text.range(of: dash) { text = text[..<range.lowerBound] }
        }
        let words = text.trimmed.lowercased()
        guard !words.isEmpty, !hasFigure(words), words.split(separator: " ").count <= 3 else { return nil }
        return words
    }
}
