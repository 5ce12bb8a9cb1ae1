import Foundation

extension Quarter {
    /// The period a roadmap item's period text counts in: the quarter, half or year `find` reads, else the calendar
    /// quarter holding the one month it names ("Jul 2027", "March 2027", "2027-08"). An item whose End column says
    /// "Jul 2027" is due in 2027-Q3, and every view that counts a quarter's work counts it there.
    public static func holding(_ text: String, fiscalStart: Int? = nil) -> Quarter? {
        if let found = find(in: text, fiscalStart: fiscalStart) { return found }
        guard let (year, month) = month(in: text) else { return nil }
        return Quarter(year: year, number: (month - 1) / 3 + 1)
    }

    /// The year and month (1–12) of a text naming one month of one year: "Jul 2027", "March, 2027", "2027-08". Nil for
    /// none, for a month without its year, and for texts naming two months or two years ("Jan 2027 – Mar 2028"),
    /// which are no one quarter.
    package static func month(in text: String) -> (year: Int, month: Int)? {
        if let groups = isoMonth.firstMatch(in: text), let year = groups[1].flatMap({ Int($0) }), let month = groups[2].flatMap({ Int($0) }) {
            return (year, month)
        }
        let names = monthName.allMatches(in: text).compactMap { $0[1] }
        let years = Set(yearWord.allMatches(in: text).compactMap { $0[1].flatMap { Int($0) } })
        guard names.count == 1, years.count == 1, let name = names.first, let year = years.first,
              let index = monthNames.firstIndex(where: { name.lowercased().hasPrefix($0) }) else { return nil }
        return (year, index + 1)
    }

    private static let monthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    private static let monthName = Pattern(
        #"(?<![A-Za-z])(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)(?![A-Za-z])"#,
        needs: ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])
    private static let yearWord = Pattern(#"(?<![0-9])((?:19|20|21)[0-9]{2})(?![0-9])"#)
    /// "2027-08", and not "2027-08-15" (a day, which `WrittenDate` reads) nor "2027-2028".
    private static let isoMonth = Pattern(#"^\s*((?:19|20|21)[0-9]{2})-(0[1-9]|1[0-2])\s*$"#)
}
