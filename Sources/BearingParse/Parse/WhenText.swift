import BearingModel
import Foundation

/// A text that is only a time, as a roadmap writes one before an item's words: a day ("2027-03-15", "15 March",
/// "March 15, 2027"), a month ("2027-03", "Mar 2027", "March"), months ("Jan–Mar"), a quarter or half ("Q1", "H2 2027",
/// "2027-Q1", "Q1 FY27") or a year, perhaps after "early", "mid", "late", "end of", "by". Stricter than `PeriodText`,
/// which finds a period anywhere in a text ("Marketing push Q3"): here every word must be part of the time.
enum WhenText {
    private static let month = #"(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"#
    private static let year = #"(?:19|20|21)[0-9]{2}"#
    private static let day = #"[0-9]{1,2}(?:st|nd|rd|th)?"#
    private static let fiscal = #"fy ?(?:[0-9]{2}|"# + year + ")"
    private static let part = #"(?:q[1-4]|h[12])"#
    private static let shapes = [
        year + #"-[0-9]{2}(?:-[0-9]{2})?"#,
        day + #"\s+(?:of\s+)?"# + month + #"(?:,?\s+"# + year + ")?",
        month + #"\s+"# + day + #"(?:,?\s+"# + year + ")?",
        month + #"(?:\s+"# + year + #")?(?:\s*[-–—/]\s*|\s+to\s+)"# + month + #"(?:,?\s+"# + year + ")?",
        month + #"(?:,?\s+"# + year + ")?",
        part + #"(?:,?\s+(?:"# + year + "|" + fiscal + "))?",
        "(?:" + year + "|" + fiscal + #")[- ]?"# + part,
        fiscal,
        year,
    ]
    private static let when = Pattern(
        #"^(?:(?:early|mid|late|end of|by end of|by the end of|by|before|until|eo[qy])[- ]?\s*)?(?:"# + shapes.joined(separator: "|") + ")$")

    /// Whether all of `text` is a time.
    static func isWhen(_ text: String) -> Bool {
        let trimmed = text.trimmed
        guard !trimmed.isEmpty, trimmed.count <= 40, trimmed.contains(where: { $0.isNumber || $0.isLetter }) else { return false }
        return when.matches(trimmed)
    }

    /// "Q2 2021 (April – June) goal", "Q3 2021 (July - September) goals", "H1 2025 milestones": a time, perhaps with the
    /// months it spans in brackets, and a word for what is planned in it. The time alone ("Q2 2021"), or nil for any text
    /// that says more (or less) than that.
    static func withAside(_ text: String) -> String? {
        var rest = text.trimmed
        let words = rest.split(separator: " ")
        var changed = false
        if let last = words.last, words.count > 1, planWords.contains(last.lowercased().trimmingCharacters(in: .punctuationCharacters)) {
            rest = words.dropLast().joined(separator: " ")
            changed = true
        }
        if rest.hasSuffix(")"), let open = rest.lastIndex(of: "("), open > rest.startIndex {
            let inner = String(rest[rest.index(after: open)..<rest.index(before: rest.endIndex)])
            guard isWhen(inner) else { return nil }
            rest = String(rest[..<open]).trimmed
            changed = true
        }
        return changed && isWhen(rest) ? rest : nil
    }

    private static let planWords: Set<String> = [
        "goal", "goals", "milestone", "milestones", "priorities", "focus", "plan", "plans", "objectives", "deliverables", "targets", "work",
    ]

    /// "2027-03 — Publish the annual report", "15 March: Close the books", "Jan – Mar 2027 - Hire two nurses": the time
    /// before a dash or a colon, and the words after it; nil when the text does not start with a time so set off. Of
    /// several dashes the longest time is taken, so a range written with spaced dashes stays whole.
    static func leading(_ text: String) -> (when: String, rest: String)? {
        // Every separator holds a colon or a dash, whose bytes come first: Foundation's searches for all six, on every
        // text asked, showed in a cold build's profile.
        guard text.containsByte(UInt8(ascii: ":")) || text.containsByte(UInt8(ascii: "-")) || text.containsBytes("—") || text.containsBytes("–")
        else { return nil }
        var found: (when: String, rest: String)?
        var searchStart = text.startIndex
        while let range = separator(in: text, from: searchStart) {
            let head = text[..<range.lowerBound].trimmed
            guard head.split(separator: " ").count <= 5 else { break }
            let rest = text[range.upperBound...].trimmed
            if isWhen(head), !rest.isEmpty { found = (head, rest) }
            searchStart = range.upperBound
        }
        return found
    }

    private static func separator(in text: String, from start: String.Index) -> Range<String.Index>? {
        [" — ", " – ", " - ", ": ", " —", "— "].compactMap { text.range(of: $0, range: start..<text.endIndex) }
            .min { $0.lowerBound < $1.lowerBound }
    }
}
