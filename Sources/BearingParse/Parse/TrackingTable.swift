import BearingModel

/// A tracking table under an objective: one row per check-in (a date first), one column per key result
/// (`| Date | KR #1 | KR #2 | Comments |`), each cell that key result's score on that date. The last row that gives a
/// key result a score is its progress now: a reader follows the table down to the latest figures.
/// A cell that says the key result was not graded ("NA", "x") where the table's last word on it is that, settles it as
/// unknown: Joystream's "Final Score" row gives `NA` to a test that was postponed, and the check-ins below it must not
/// bring back a mid-quarter 0.5 the final grade left out.
enum TrackingTable {
    /// "KR #1", "KR 2", "KR3", "Key result 4".
    private static let column = Pattern(#"^(?:kr|key result)\s*#?\s*([0-9]{1,2})$"#)
    private static let dateHeaders: Set<String> = ["date", "week", "day", "as of", "check-in", "checkin", "updated"]

    /// Fills the progress of `keyResults` (in written order) from the tracking tables among `blocks`, where the text
    /// said nothing; returns the lines of the key results it filled.
    static func apply(_ blocks: [Block], to keyResults: inout [KeyResult]) -> Set<Int> {
        var filled: Set<Int> = []
        // Key results a table has settled, with a score or as not graded; a later table does not change them.
        var settled: Set<Int> = []
        for block in blocks {
            guard case .table(let header, let rows, _) = block.kind, let first = header.first,
                  dateHeaders.contains(first.content.plainText.trimmed.lowercased()) else { continue }
            for (index, cell) in header.enumerated() {
                guard let number = column.firstMatch(in: cell.content.plainText.trimmed)?[1].flatMap({ Int($0) }),
                      number >= 1, number <= keyResults.count, keyResults[number - 1].progress == nil,
                      !settled.contains(number) else { continue }
                let latest = rows.reversed().lazy.compactMap { row in index < row.count ? reading(row[index].content.plainText) : nil }.first
                guard let latest else { continue }
                settled.insert(number)
                guard case .score(let progress, let source) = latest else { continue }
                keyResults[number - 1].progress = progress
                keyResults[number - 1].progressSource = source
                keyResults[number - 1].done = keyResults[number - 1].done || progress >= 1
                filled.insert(keyResults[number - 1].location.line)
            }
        }
        return filled
    }

    /// What a cell says of its key result: a score, that it was not graded, or nothing (blank, `-`, a note).
    private enum Cell { case score(Double, ProgressSource), notGraded }

    /// "NA", "N/A", "x", "xxx": the writer's mark for a key result left ungraded on that date.
    private static let notGradedMarks = Pattern(#"^(?:n/?a|x+)$"#)

    private static func reading(_ text: String) -> Cell? {
        if let (value, source) = score(text) { return .score(value, source) }
        return notGradedMarks.firstMatch(in: text.trimmed.lowercased()) != nil ? .notGraded : nil
    }

    /// A cell's score: `0.11` on Google's 0–1 scale, or `40%`. Blank, `NA` and `-` say nothing.
    private static func score(_ text: String) -> (Double, ProgressSource)? {
        let trimmed = text.trimmed
        if trimmed.hasSuffix("%"), let percent = Double(trimmed.dropLast().trimmed), percent >= 0, percent <= 100 {
            return (percent / 100, .percent)
        }
        guard let value = Double(trimmed), value >= 0, value <= 1 else { return nil }
        return (value, .score)
    }
}
