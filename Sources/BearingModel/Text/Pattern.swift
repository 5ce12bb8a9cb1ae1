import Foundation

/// A compiled regular expression with the few operations the parsers need.
/// NSRegularExpression is immutable and documented as thread-safe, hence `@unchecked Sendable`.
package struct Pattern: @unchecked Sendable {
    private let regex: NSRegularExpression

    /// Patterns are literals in this module; a typo is a programmer error caught by every test run.
    package init(_ pattern: String, caseInsensitive: Bool = true) {
        do {
            regex = try NSRegularExpression(pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : [])
        } catch {
            preconditionFailure("invalid built-in pattern \(pattern): \(error)")
        }
    }

    /// The capture groups of the first match (index 0 is the whole match); nil groups become nil.
    package func firstMatch(in text: String) -> [String?]? {
        let range = NSRange(text.startIndex..., in: text)
        guard let match = regex.firstMatch(in: text, range: range) else { return nil }
        return (0..<match.numberOfRanges).map { index in
            Range(match.range(at: index), in: text).map { String(text[$0]) }
        }
    }

    package func matches(_ text: String) -> Bool { firstMatch(in: text) != nil }

    /// The range of the whole first match, for callers that cut text around it.
    package func firstRange(in text: String) -> Range<String.Index>? {
        let range = NSRange(text.startIndex..., in: text)
        return regex.firstMatch(in: text, range: range).flatMap { Range($0.range, in: text) }
    }

    /// The ranges of every match, in order, for callers that hide parts of a text.
    package func allRanges(in text: String) -> [Range<String.Index>] {
        let range = NSRange(text.startIndex..., in: text)
        return regex.matches(in: text, range: range).compactMap { Range($0.range, in: text) }
    }

    /// The capture groups and whole-match range of the first match at or after `start`.
    package func firstMatchWithRange(in text: String) -> (groups: [String?], range: Range<String.Index>)? {
        let range = NSRange(text.startIndex..., in: text)
        guard let match = regex.firstMatch(in: text, range: range), let whole = Range(match.range, in: text) else { return nil }
        let groups = (0..<match.numberOfRanges).map { index in Range(match.range(at: index), in: text).map { String(text[$0]) } }
        return (groups, whole)
    }

    /// The capture groups of every match, in order.
    package func allMatches(in text: String) -> [[String?]] {
        let range = NSRange(text.startIndex..., in: text)
        return regex.matches(in: text, range: range).map { match in
            (0..<match.numberOfRanges).map { index in Range(match.range(at: index), in: text).map { String(text[$0]) } }
        }
    }
}
