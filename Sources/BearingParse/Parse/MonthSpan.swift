import BearingModel

/// A period written as its months, as a calendar or a document editor names it: "Jan–Mar 2027", "April - June 2027",
/// "Jul-Dec 2026", "Oct 2026 – Dec 2026". Months that fill one calendar quarter, half or year are that period; any other
/// span ("Feb–Apr 2027") is none, so the text is kept as written.
enum MonthSpan {
    static let names = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    private static let pattern = Pattern(
        #"(?<![A-Za-z])(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+((?:19|20|21)[0-9]{2}))?\s*(?:[-–—]|to|through|until)\s*(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+((?:19|20|21)[0-9]{2})(?![0-9])"#,
        needs: ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])

    /// The quarter, half or year the months in `text` fill, or nil.
    static func period(in text: String) -> Quarter? {
        guard let groups = pattern.firstMatch(in: text),
              let first = groups[1].flatMap({ names.firstIndex(of: $0.lowercased()) }),
              let last = groups[3].flatMap({ names.firstIndex(of: $0.lowercased()) }),
              let year = groups[4].flatMap({ Int($0) }) else { return nil }
        // "Oct 2026 – Dec 2027" spans more than a year.
        if let startYear = groups[2].flatMap({ Int($0) }), startYear != year { return nil }
        let months = last - first + 1
        guard months > 1 else { return nil }
        switch months {
        case 3 where first % 3 == 0: return Quarter(year: year, number: first / 3 + 1)
        case 6 where first % 6 == 0: return Quarter(year: year, number: first / 6 + 1, span: .half)
        case 12: return Quarter(year: year, number: 1, span: .year)
        default: return nil
        }
    }
}

extension MonthSpan {
    /// Months written as a range, whatever period they fill: "October to December 2026", "October 2026 to March 2027".
    struct Range: Equatable {
        var startYear: Int
        /// 1–12.
        var startMonth: Int
        var months: Int

        /// "October–December 2026", "October 2026–March 2027".
        var description: String {
            let names = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                         "November", "December"]
            let endIndex = startMonth - 1 + months - 1
            let (endYear, endMonth) = (startYear + endIndex / 12, endIndex % 12 + 1)
            let first = names[startMonth - 1], last = names[endMonth - 1]
            return endYear == startYear ? "\(first)–\(last) \(endYear)" : "\(first) \(startYear)–\(last) \(endYear)"
        }

        /// Whether `period` is these months.
        func matches(_ period: Quarter) -> Bool {
            (period.start.year, period.start.month, period.months) == (startYear, startMonth, months)
        }
    }

    /// The months a text writes as a range, or nil. Without a first year the range ends in the year written
    /// ("November to February 2027" starts in November 2026); a range of more than a year is none.
    static func range(in text: String) -> Range? {
        guard let groups = pattern.firstMatch(in: text),
              let first = groups[1].flatMap({ names.firstIndex(of: $0.lowercased()) }),
              let last = groups[3].flatMap({ names.firstIndex(of: $0.lowercased()) }),
              let endYear = groups[4].flatMap({ Int($0) }) else { return nil }
        let startYear = groups[2].flatMap { Int($0) } ?? (first <= last ? endYear : endYear - 1)
        let months = (endYear * 12 + last) - (startYear * 12 + first) + 1
        guard (2...12).contains(months) else { return nil }
        return Range(startYear: startYear, startMonth: first + 1, months: months)
    }

    /// A word of a month span: "jan–mar", "april", "-", "to".
    static func isMonths(_ word: String) -> Bool {
        let parts = word.lowercased().split(whereSeparator: { "-–—.,".contains($0) })
        return parts.isEmpty || ["to", "through", "until"].contains(word.lowercased())
            || parts.allSatisfy { part in names.contains { part.hasPrefix($0) } && part.allSatisfy(\.isLetter) && part.count <= 9 }
    }
}
