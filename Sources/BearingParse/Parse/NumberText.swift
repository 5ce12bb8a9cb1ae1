import Foundation

/// Numbers as people write them in plans: "1,200", "$1.2M", "40%", "3k".
enum NumberText {
    private static let signs: Set<Character> = ["$", "€", "£", "¥", "~", "≈"]

    /// A number with optional currency sign, thousands separators and k/M/B suffix.
    static func value(_ raw: String) -> Double? {
        var text = raw.trimmed.lowercased()
        text = String(text.drop(while: { signs.contains($0) }))
        text = text.replacingAll(",", with: "").replacingAll("_", with: "")
        while let last = text.last, last == "%" || last == "." || last == ")" { text.removeLast() }
        var factor = 1.0
        if let last = text.last, let scale = last == "k" ? 1e3 : last == "m" ? 1e6 : last == "b" ? 1e9 : nil {
            factor = scale
            text.removeLast()
        }
        guard !text.isEmpty, let number = Double(text), number.isFinite else { return nil }
        return number * factor
    }

    /// A share written as "0.4", "40%" or "40" (numbers above 1 are read as percentages).
    static func share(_ raw: String) -> Double? {
        let text = raw.trimmed
        guard let number = value(text), number >= 0, number.isFinite else { return nil }
        let share = text.hasSuffix("%") || number > 1 ? number / 100 : number
        // More than the whole is no share ("1e20" pasted for a weight); the callers say what a share looks like.
        return share <= 1 ? share : nil
    }
}

package enum DateText {
    /// A date written YYYY-MM-DD, at midnight UTC; nil when it is not a real date.
    package static func parse(_ text: String) -> Date? { date(text) }

    /// True for a real calendar date written YYYY-MM-DD.
    static func isISODate(_ text: String) -> Bool { date(text) != nil }

    /// Why `text`, written as a date (`2026-02-30`, `2026-13-45`: four digits, two and two), is none: "February 2026 has
    /// no day 30", "there is no month 13". Nil for a real date and for text not written so.
    package static func missingDay(_ text: String) -> String? {
        let parts = text.trimmed.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, (1...2).contains(parts[1].count), (1...2).contains(parts[2].count),
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }), date(text) == nil,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        guard (1...12).contains(month) else { return "there is no month \(month)" }
        return "\(months[month - 1]) \(year) has no day \(day)"
    }

    /// The usage error for a `--today` that is no date: the day that does not exist, or the form to write it in.
    package static func todayError(_ text: String) -> String {
        missingDay(text).map { "--today \(text) is not a date: \($0)" } ?? "--today must be a date written YYYY-MM-DD"
    }

    static func date(_ text: String) -> Date? {
        let parts = text.trimmed.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let components = DateComponents(year: year, month: month, day: day)
        guard let date = calendar.date(from: components),
              calendar.component(.month, from: date) == month, calendar.component(.day, from: date) == day else { return nil }
        return date
    }
}
