import BearingModel
import Foundation

/// Periods as Chinese, Japanese and Korean plans write them — "2026年", "2026 年", "2026年第一季度", "2026年Q1",
/// "2026年1月", "2026년 1분기", "2026年上半年" — said the English way ("2026", "2026 Q1", "January 2026", "2026 H1"), so
/// that every reader of periods takes them as it takes their English forms. The year character is the only change:
/// a CJK heading names its period with it where an English one has a space.
enum CJKPeriodText {
    /// "2026年1月15日", "2026년 1월": a year and month (and day).
    private static let yearMonth = Pattern(#"(?<![0-9])((?:19|20|21)\d{2})\s*[年년]\s*(\d{1,2})\s*[月월](?:\s*(\d{1,2})\s*[日일])?"#)
    /// "第一季度", "第1四半期", "Q1 季度", "1분기": a quarter.
    private static let quarter = Pattern(#"(?:第\s*)?([一二三四1-4])\s*(?:季度|四半期|분기)"#)
    /// "上半年", "下半期", "상반기": a half of the year ("下期" alone is as often "the next period" in Chinese).
    private static let half = Pattern(#"(上|下|상|하)(?:半年|半期|반기)"#)
    /// "2026年", "2026 年", "2026년" — not "2026年度", a fiscal year that begins in April in Japan.
    private static let year = Pattern(#"(?<![0-9])((?:19|20|21)\d{2})\s*[年년](?!度)"#)
    /// "3月", "12월": a month of the year already named, or of none.
    private static let month = Pattern(#"(?<![0-9])(\d{1,2})\s*[月월](?![間间])"#)

    private static let numbers: [String: Int] = ["一": 1, "二": 2, "三": 3, "四": 4]
    private static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                                     "October", "November", "December"]

    /// `text` with its CJK period words said in English; any other text as it is.
    static func english(_ text: String) -> String {
        // Most text has no CJK at all: leave it untouched, without running a pattern.
        guard text.unicodeScalars.contains(where: { $0.value >= 0x3000 }) else { return text }
        // Full-width digits and letters ("２０２６年", "Ｑ１") are the ASCII ones.
        var text = text.precomposedStringWithCompatibilityMapping
        text = replace(yearMonth, in: text) { groups in
            guard let year = groups[1], let number = groups[2].flatMap({ Int($0) }), (1...12).contains(number) else { return nil }
            let name = monthNames[number - 1]
            if let day = groups[3].flatMap({ Int($0) }), (1...31).contains(day) { return " \(name) \(day), \(year) " }
            return " \(name) \(year) "
        }
        text = replace(quarter, in: text) { groups in
            guard let written = groups[1], let number = Int(written) ?? numbers[written] else { return nil }
            return " Q\(number) "
        }
        text = replace(half, in: text) { groups in
            guard let side = groups[1] else { return nil }
            return side == "上" || side == "상" ? " H1 " : " H2 "
        }
        text = replace(year, in: text) { groups in groups[1].map { " \($0) " } }
        text = replace(month, in: text) { groups in
            guard let number = groups[1].flatMap({ Int($0) }), (1...12).contains(number) else { return nil }
            return " \(monthNames[number - 1]) "
        }
        return text.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }

    /// `text` with each match of `pattern` replaced by what `with` makes of its groups (kept when it makes nothing).
    private static func replace(_ pattern: Pattern, in text: String, with make: ([String?]) -> String?) -> String {
        var result = ""
        var rest = text.startIndex
        for match in pattern.allMatchesWithRanges(in: text) {
            guard let replacement = make(match.groups) else { continue }
            result += text[rest..<match.range.lowerBound] + replacement
            rest = match.range.upperBound
        }
        return result + text[rest...]
    }
}
