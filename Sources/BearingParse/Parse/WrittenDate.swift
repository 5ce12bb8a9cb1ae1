import BearingModel
import Foundation

/// A calendar day as people write it in a plan: "2025-07-31", "Jul 31st, 2025", "July 31, 2025", "31 July 2025",
/// "31st of July, 2025", Jira's "31/Jul/25". Only a full day with its year is a date here; "July 2025" and "by end of March" are periods
/// (`DueText`, `PeriodText`).
enum WrittenDate {
    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    private static let month = #"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"#
    private static let day = #"(\d{1,2})(?:st|nd|rd|th)?"#
    private static let year = #"((?:19|20|21)\d{2})"#
    private static let monthFirst = Pattern(#"\b"# + month + #"\s+"# + day + #"(?:,\s*|\s+)"# + year + #"\b"#)
    private static let dayFirst = Pattern(#"\b"# + day + #"\s+(?:of\s+)?"# + month + #",?\s+"# + year + #"\b"#)
    /// "28/Feb/27", "15/Mar/2027": Jira's date format, the month by name so the order is not in doubt.
    private static let jira = Pattern(#"(?<![\d/])(\d{1,2})/"# + month + #"/(\d{2}|\d{4})(?![\d/])"#)
    private static let iso = Pattern(#"(?<![\d-])(\d{4}-\d{1,2}-\d{1,2})(?![\d-])"#)

    /// The first day written in `text`, at midnight UTC; nil when it holds none (or only an impossible one: "Feb 30, 2026").
    static func find(in text: String) -> Date? {
        if let whole = DateText.date(text) { return whole }
        if let groups = iso.firstMatch(in: text), let written = groups[1] { return DateText.date(written) ?? monthEnd(written) }
        if let groups = monthFirst.firstMatch(in: text) { return date(year: groups[3], month: groups[1], day: groups[2]) }
        if let groups = dayFirst.firstMatch(in: text) { return date(year: groups[3], month: groups[2], day: groups[1]) }
        if let groups = jira.firstMatch(in: text), let written = groups[3] {
            return date(year: written.count == 2 ? "20" + written : written, month: groups[2], day: groups[1])
        }
        return nil
    }

    /// A day written in `text` that the calendar does not have ("February 30, 2027", "2027/13/40", "31 Apr 2027"), as
    /// written, and why it is none ("February 2027 has no day 30"); nil when every day written is real or none is.
    static func impossible(in text: String) -> (written: String, reason: String)? {
        func check(_ written: String?, year: String?, month: Int?, day: String?) -> (written: String, reason: String)? {
            guard let written, let year = year.flatMap({ Int($0) }), let month, let day = day.flatMap({ Int($0) }),
                  let reason = DateText.missingDay(String(format: "%04d-%02d-%02d", year, month, day)) else { return nil }
            return (written, reason)
        }
        func number(_ name: String?) -> Int? {
            name.flatMap { months.firstIndex(of: String($0.lowercased().prefix(3))) }.map { $0 + 1 }
        }
        if let groups = iso.firstMatch(in: text), let found = check(groups[1], year: groups[1].map { String($0.prefix(4)) },
                                                                      month: groups[1].flatMap { Int($0.split(separator: "-")[1]) },
                                                                      day: groups[1].map { String($0.split(separator: "-")[2]) }) { return found }
        if let groups = yearFirst.firstMatch(in: text), let found = check(groups[0], year: groups[1], month: groups[2].flatMap { Int($0) }, day: groups[3]) {
            return found
        }
        if let groups = monthFirst.firstMatch(in: text), let found = check(groups[0], year: groups[3], month: number(groups[1]), day: groups[2]) {
            return found
        }
        if let groups = dayFirst.firstMatch(in: text), let found = check(groups[0], year: groups[3], month: number(groups[2]), day: groups[1]) {
            return found
        }
        return nil
    }

    /// "2027/02/01", "2027.02.01": year, month and day, as a Notion export or a spreadsheet may write a day.
    private static let yearFirst = Pattern(#"(?<![\d/.])((?:19|20|21)\d{2})[/.](\d{1,2})[/.](\d{1,2})(?![\d/.])"#)

    /// "2022-11-31": a day past the end of a real month is that month's last day, as its writer meant ("By 2022-11-31"
    /// after "By 2022-07-31" in Meltano's goals); a month that does not exist ("2022-13-05") is still no date.
    private static func monthEnd(_ written: String) -> Date? {
        let parts = written.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[1]), (29...31).contains(parts[2]) else { return nil }
        for day in stride(from: parts[2] - 1, through: 28, by: -1) {
            if let date = DateText.date(String(format: "%04d-%02d-%02d", parts[0], parts[1], day)) { return date }
        }
        return nil
    }

    private static func date(year: String?, month: String?, day: String?) -> Date? {
        guard let year = year.flatMap({ Int($0) }), let day = day.flatMap({ Int($0) }),
              let name = month?.lowercased().prefix(3), let index = months.firstIndex(of: String(name)) else { return nil }
        return DateText.date(String(format: "%04d-%02d-%02d", year, index + 1, day))
    }
}
