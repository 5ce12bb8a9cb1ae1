/// What a table cell says, told apart from what only places the work: a date, a period, a placeholder for nothing
/// (`—`, `TBD`, `n/a`) or a status. A row's text is what its priorities are inferred from, and "Feb 2027" or
/// "In progress" is no evidence of which priority the work serves.
package enum RowText {
    /// True when the cell has words about the work.
    package static func isSaid(_ text: String) -> Bool {
        let trimmed = text.trimmed
        guard trimmed.contains(where: \.isLetter), !isNothing(trimmed), !isOnlyWhen(trimmed) else { return false }
        let words = trimmed.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        return !(words.count <= 3 && Status(reading: trimmed) != nil)
    }

    /// A month, a quarter, a year, a term or a date, with only the words that go with one ("2027 Spring term",
    /// "End of Q2", "FY28 Q1", "Jul 2027", "2026-06-30").
    static func isOnlyWhen(_ text: String) -> Bool {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        guard !words.isEmpty, words.contains(where: isWhenWord) else { return false }
        return words.allSatisfy { isWhenWord($0) || companions.contains($0) || $0.allSatisfy(\.isNumber) }
    }

    /// A cell that says nothing is there: Linear's `—`, a dash, "TBD", "n/a", "?", "none", "unassigned".
    static func isNothing(_ text: String) -> Bool {
        let key = text.trimmed.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "*_`.() "))
        return key.isEmpty || nothing.contains(key) || key.allSatisfy { "-–—?_/".contains($0) }
    }

    private static let nothing: Set<String> = [
        "tbd", "tba", "tbc", "n/a", "none", "nobody", "unassigned", "no one", "not assigned", "unknown", "nil", "null", "-",
    ]

    private static func isWhenWord(_ word: String) -> Bool {
        whenToken.matches(word) || seasons.contains(word) || monthNames.contains(word)
    }

    private static let whenToken = Pattern(#"^(?:(?:19|20|21)\d{2}|q[1-4]|h[12]|\d{4}q[1-4]|\d{4}h[12]|fy\d{2,4}|cy\d{2,4})$"#)
    private static let monthNames: Set<String> = [
        "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july", "aug", "august",
        "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december",
    ]
    private static let seasons: Set<String> = ["spring", "summer", "autumn", "fall", "winter"]
    private static let companions: Set<String> = [
        "end", "of", "by", "early", "mid", "late", "the", "in", "term", "semester", "quarter", "half", "start", "beginning",
        "and", "to", "through", "until", "st", "nd", "rd", "th", "q", "h", "fy", "onwards", "beyond",
    ]
}

import BearingModel
import Foundation
