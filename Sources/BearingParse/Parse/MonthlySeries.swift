import BearingModel

/// "99.9% uptime (Jan: 99.95%, Feb: 99.7%)", a Current cell of `Jan: 200, Feb: 300`: a key result's figure month by
/// month, as teams fill in a line as the quarter goes. The latest entry is where the measure stands; the earlier ones
/// are its history (kept in the words as written).
enum MonthlySeries {
    /// One entry: a month's name, whole or cut short ("Jan", "Sept.", "January"), and a colon, then a figure. Only a
    /// month's own spellings: "Approved: 12, Declined: 8" or "Marketing: 4, Operations: 2" begin as months do and are
    /// no series.
    private static let entry = Pattern(
        #"(?<![A-Za-z])(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![A-Za-z])\.?\s*:\s*([-+]?[$€£]?\d+(?:,\d{3})*(?:\.\d+)?(?:\s*%|\s*[A-Za-z]{1,12}(?![A-Za-z]|\s*:))?)"#,
        needs: [":"])

    /// An entry by a quarter, half, week or sprint ("Q1: 40%", "H2: 55", "W3: 250", "Week 3: 250", "Sprint 4: 12"): a
    /// series of these is where the measure stood only under a label that says so (`Progress:`, `Current:`), since in a
    /// key result's words "(Q1: $2M, Q2: $4M)" as often plans the figure quarter by quarter.
    private static let periodEntry = Pattern(
        #"(?<![A-Za-z0-9])(?:q[1-4]|h[12]|w(?:eek)?\s?\d{1,2}|sprint\s?\d{1,3})\s*:\s*([-+]?[$€£]?\d+(?:,\d{3})*(?:\.\d+)?(?:\s*%|\s*[A-Za-z]{1,12}(?![A-Za-z]|\s*:))?)"#,
        needs: [":"])

    /// The series in `text` (two or more entries side by side, separated only by commas, semicolons or spaces, perhaps
    /// in brackets): its range, and the latest entry's figure. Nil when there is no such series. `periods` also takes
    /// entries by quarter, half, week or sprint (`periodEntry`), for text a Progress or Current label introduces.
    static func latest(in text: String, periods: Bool = false) -> (range: Range<String.Index>, figure: String)? {
        guard text.containsByte(UInt8(ascii: ":")) else { return nil }
        var found = entry.allMatchesWithRanges(in: text)
        var byPeriod = false
        if found.count < 2, periods {
            found = periodEntry.allMatchesWithRanges(in: text)
            byPeriod = true
        }
        guard found.count >= 2 else { return nil }
        // Entries side by side: only separators between one entry's end and the next one's start.
        var run = [found[0]]
        for next in found.dropFirst() {
            let between = text[run[run.count - 1].range.upperBound..<next.range.lowerBound]
            if between.allSatisfy({ ",; \t".contains($0) }) { run.append(next) } else if run.count >= 2 { break } else { run = [next] }
        }
        // "Mar: 280, Feb: 200, Jan: 100": written newest first, as a status line is kept, the first entry is the latest.
        let newest = byPeriod ? descending(run.map { number(text[$0.range]) }) : newestFirst(run.map { month(text[$0.range]) })
        let latest = newest ? run[0] : run[run.count - 1]
        guard run.count >= 2, let figure = latest.groups[1]?.trimmed, !figure.isEmpty else { return nil }
        var range = run[0].range.lowerBound..<run[run.count - 1].range.upperBound
        // "(Jan: 99.95%, Feb: 99.7%)": the brackets go with the series.
        if range.lowerBound > text.startIndex, text[text.index(before: range.lowerBound)] == "(",
           range.upperBound < text.endIndex, text[range.upperBound] == ")" {
            range = text.index(before: range.lowerBound)..<text.index(after: range.upperBound)
        }
        return (range, figure)
    }

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// The month an entry names, 0 for January; nil when it names none.
    private static func month(_ entry: Substring) -> Int? {
        months.firstIndex(of: String(entry.prefix(3)).lowercased())
    }

    /// Whether every month is the one before the month written ahead of it (within half a year, so that December
    /// after January is a year's turn back): the series runs from the newest entry to the oldest.
    private static func newestFirst(_ months: [Int?]) -> Bool {
        let known = months.compactMap { $0 }
        guard known.count == months.count, known.count >= 2 else { return false }
        return zip(known, known.dropFirst()).allSatisfy { earlier, later in (1...5).contains((earlier - later + 12) % 12) }
    }

    /// The number of a period entry's label ("Q3: 12" → 3, "Week 10: 5" → 10).
    private static func number(_ entry: Substring) -> Int? {
        Int(String(entry.prefix { $0 != ":" }.filter(\.isNumber)))
    }

    /// Whether each number is below the one before: "Q2: 55%, Q1: 40%" is written newest first.
    private static func descending(_ numbers: [Int?]) -> Bool {
        let known = numbers.compactMap { $0 }
        guard known.count == numbers.count, known.count >= 2 else { return false }
        return zip(known, known.dropFirst()).allSatisfy { $0 > $1 }
    }

    /// Whether `text` is a series and nothing else (a Progress cell of `Jan: 200, Feb: 300`; with `periods`, also
    /// `Q1: 40%, Q2: 55%`).
    static func isOnlySeries(_ text: String, periods: Bool = false) -> Bool {
        guard let series = latest(in: text, periods: periods) else { return false }
        return text[..<series.range.lowerBound].trimmed.isEmpty && text[series.range.upperBound...].trimmed.isEmpty
    }

    /// `text` with its series read as where the measure stands now: "99.9% uptime (Jan: 99.95%, Feb: 99.7%)" as
    /// "99.9% uptime, now 99.7%", a cell of only the series as its latest figure; `text` itself when it holds none.
    static func asLatest(_ text: String, periods: Bool = false) -> String {
        guard let series = latest(in: text, periods: periods) else { return text }
        let before = text[..<series.range.lowerBound].trimmed, after = text[series.range.upperBound...].trimmed
        guard !before.isEmpty else { return after.isEmpty ? series.figure : text }
        var lead = before
        while let last = lead.last, ",;:—–-".contains(last) { lead.removeLast() }
        return "\(lead.trimmed), now \(series.figure)" + (after.isEmpty ? "" : " \(after)")
    }
}
