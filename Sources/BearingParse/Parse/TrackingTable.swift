import BearingModel

/// A tracking table under an objective: one row per check-in (a date first), one column per key result
/// (`| Date | KR #1 | KR #2 | Comments |`), each cell that key result's score on that date. The last row that gives a
/// key result a score is its progress now: a reader follows the table down to the latest figures.
enum TrackingTable {
    /// "KR #1", "KR 2", "KR3", "Key result 4".
    private static let column = Pattern(#"^(?:kr|key result)\s*#?\s*([0-9]{1,2})$"#)
    private static let dateHeaders: Set<String> = ["date", "week", "day", "as of", "check-in", "checkin", "updated"]

    /// Fills the progress of `keyResults` (in written order) from the tracking tables among `blocks`, where the text
    /// said nothing; returns the lines of the key results it filled.
    static func apply(_ blocks: [Block], to keyResults: inout [KeyResult]) -> Set<Int> {
        var filled: Set<Int> = []
        for block in blocks {
            guard case .table(let header, let rows, _) = block.kind, let first = header.first,
                  dateHeaders.contains(first.content.plainText.trimmed.lowercased()) else { continue }
            for (index, cell) in header.enumerated() {
                guard let number = column.firstMatch(in: cell.content.plainText.trimmed)?[1].flatMap({ Int($0) }),
                      number >= 1, number <= keyResults.count, keyResults[number - 1].progress == nil else { continue }
                let latest = rows.reversed().lazy.compactMap { row in index < row.count ? score(row[index].content.plainText) : nil }.first
                guard let (progress, source) = latest else { continue }
                keyResults[number - 1].progress = progress
                keyResults[number - 1].progressSource = source
                keyResults[number - 1].done = keyResults[number - 1].done || progress >= 1
                filled.insert(keyResults[number - 1].location.line)
            }
        }
        return filled
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
