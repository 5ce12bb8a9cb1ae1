import BearingModel
import Foundation

/// Due dates as people write them: "2026-12-18", "Jul 31st, 2026", "by end of March", "end of Q2", "by June 2026", "H1 2026".
enum DueText {
    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    private static let monthWord = Pattern(#"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"#)
    private static let filler = Pattern(#"^(?:(?:by|before|until|due|at|the|end|of|eo[qmy]|[,.:])\s*)*"#)

    /// The last day the text allows (midnight UTC), using `year` when the text names none; nil when it is no date.
    static func date(_ text: String, year defaultYear: Int?) -> Date? {
        let trimmed = text.trimmed
        if let date = WrittenDate.find(in: trimmed) { return date }
        if let period = Quarter.find(in: trimmed) { return lastDay(before: period.dateInterval.end) }
        let year = PeriodText.firstYear(trimmed) ?? defaultYear
        guard let year else { return nil }
        let rest = filler.firstRange(in: trimmed.lowercased()).map { String(trimmed.lowercased()[$0.upperBound...]) } ?? trimmed.lowercased()
        if let quarter = PeriodText.normalize(rest, year: year).flatMap({ Quarter.find(in: $0) }) {
            return lastDay(before: quarter.dateInterval.end)
        }
        if let name = monthWord.firstMatch(in: rest)?[1], let index = months.firstIndex(of: String(name.lowercased().prefix(3))) {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
            let start = calendar.date(from: DateComponents(year: year, month: index + 1, day: 1))
            return start.flatMap { calendar.date(byAdding: .month, value: 1, to: $0) }.map(lastDay(before:))
        }
        return nil
    }

    private static func lastDay(before end: Date) -> Date { end.addingTimeInterval(-86_400) }
}
