import BearingModel

/// "99.9% uptime (Jan: 99.95%, Feb: 99.7%)", a Current cell of `Jan: 200, Feb: 300`: a key result's figure month by
/// month, as teams fill in a line as the quarter goes. The latest entry is where the measure stands; the earlier ones
/// are its history (kept in the words as written).
enum MonthlySeries {
    /// One entry: a month's name (or a week or sprint label) and a colon, then a figure.
    private static let entry = Pattern(
        #"(?<![A-Za-z])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*:\s*([-+]?[$€£]?\d+(?:,\d{3})*(?:\.\d+)?(?:\s*%|\s*[A-Za-z]{1,12}(?![A-Za-z]|\s*:))?)"#,
        needs: [":"])

    /// The series in `text` (two or more entries side by side, separated only by commas, semicolons or spaces, perhaps
    /// in brackets): its range, and the latest entry's figure. Nil when there is no such series.
    static func latest(in text: String) -> (range: Range<String.Index>, figure: String)? {
        guard text.containsByte(UInt8(ascii: ":")) else { return nil }
        let found = entry.allMatchesWithRanges(in: text)
        guard found.count >= 2 else { return nil }
        // Entries side by side: only separators between one entry's end and the next one's start.
        var run = [found[0]]
        for next in found.dropFirst() {
            let between = text[run[run.count - 1].range.upperBound..<next.range.lowerBound]
            if between.allSatisfy({ ",; \t".contains($0) }) { run.append(next) } else if run.count >= 2 { break } else { run = [next] }
        }
        guard run.count >= 2, let figure = run.last?.groups[1]?.trimmed, !figure.isEmpty else { return nil }
        var range = run[0].range.lowerBound..<run[run.count - 1].range.upperBound
        // "(Jan: 99.95%, Feb: 99.7%)": the brackets go with the series.
        if range.lowerBound > text.startIndex, text[text.index(before: range.lowerBound)] == "(",
           range.upperBound < text.endIndex, text[range.upperBound] == ")" {
            range = text.index(before: range.lowerBound)..<text.index(after: range.upperBound)
        }
        return (range, figure)
    }

    /// Whether `text` is a series and nothing else (a Progress cell of `Jan: 200, Feb: 300`).
    static func isOnlySeries(_ text: String) -> Bool {
        guard let series = latest(in: text) else { return false }
        return text[..<series.range.lowerBound].trimmed.isEmpty && text[series.range.upperBound...].trimmed.isEmpty
    }

    /// `text` with its series read as where the measure stands now: "99.9% uptime (Jan: 99.95%, Feb: 99.7%)" as
    /// "99.9% uptime, now 99.7%", a cell of only the series as its latest figure; `text` itself when it holds none.
    static func asLatest(_ text: String) -> String {
        guard let series = latest(in: text) else { return text }
        let before = text[..<series.range.lowerBound].trimmed, after = text[series.range.upperBound...].trimmed
        guard !before.isEmpty else { return after.isEmpty ? series.figure : text }
        var lead = before
        while let last = lead.last, ",;:—–-".contains(last) { lead.removeLast() }
        return "\(lead.trimmed), now \(series.figure)" + (after.isEmpty ? "" : " \(after)")
    }
}
