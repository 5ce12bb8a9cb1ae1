import Foundation

/// A compiled regular expression with the few operations the parsers need.
/// NSRegularExpression is immutable and documented as thread-safe, hence `@unchecked Sendable`.
///
/// Every call bridges the text to ICU, and most lines a parser looks at match none of its expressions: on the
/// benchmark's 2,000 files the parsers ran 250,000 of them, nearly all finding nothing. A pattern can say what any
/// match must hold — the bytes it can start with (`first:`, for a pattern anchored with `^`, not in `(?m)` mode),
/// literals one of which it contains (`needs:`) or one of which ends the text before its trailing whitespace (`ends:`,
/// for a pattern anchored with `\s*$`) — and a text that cannot hold a match is answered without it. The checks
/// are made only on ASCII text, where case-insensitive matching cannot fold another letter into an ASCII one (`ſ`
/// matches `s`, `K` matches `k`); any other text always runs the expression. Debug builds (the tests) run it anyway
/// and stop if a check ever turned away a text the expression matches.
package struct Pattern: @unchecked Sendable {
    private let regex: NSRegularExpression
    private let caseInsensitive: Bool
    /// The bytes a match can start with, lowered when the pattern ignores case; nil when any.
    private let firstBytes: [Bool]?
    /// Literals one of which every match contains, lowered when the pattern ignores case; empty when none is known.
    private let needles: [[UInt8]]
    /// Each needle's bytes as a set of 128 bits (`ByteSet`): a needle is looked for only in a text that holds them all.
    private let needleBytes: [ByteSet]
    /// Literals one of which ends every text the pattern matches, trailing whitespace aside; empty when none is known.
    private let endings: [[UInt8]]

    /// Patterns are literals in this module; a typo is a programmer error caught by every test run.
    package init(_ pattern: String, caseInsensitive: Bool = true, first: String? = nil, needs: [String] = [], ends: [String] = []) {
        do {
            regex = try NSRegularExpression(pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : [])
        } catch {
            preconditionFailure("invalid built-in pattern \(pattern): \(error)")
        }
        self.caseInsensitive = caseInsensitive
        let fold: (UInt8) -> UInt8 = { caseInsensitive && $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        firstBytes = first.map { allowed in
            var table = [Bool](repeating: false, count: 128)
            for byte in allowed.utf8 where byte < 0x80 { table[Int(fold(byte))] = true }
            return table
        }
        needles = needs.map { $0.utf8.map(fold) }
        needleBytes = needles.map { ByteSet($0) }
        endings = ends.map { $0.utf8.map(fold) }
    }

    /// The needles of a pattern every match of which holds a digit.
    package static let digits = (0...9).map(String.init)

    /// False only when the text is ASCII and cannot hold a match.
    private func mayMatch(_ text: String) -> Bool {
        guard firstBytes != nil || !needles.isEmpty || !endings.isEmpty else { return true }
        var text = text
        let answer = text.withUTF8 { bytes -> Bool in
            // One pass finds whether the text is ASCII and which bytes (folded) it holds: a needle with a byte the text
            // lacks is not searched for. Most needles of most patterns are ruled out so (the searches, a dozen needles
            // over every line, were 2.4 % of a cold build's CPU at 2,000 files).
            var held = ByteSet()
            for byte in bytes {
                guard byte < 0x80 else { return true }
                held.insert(fold(byte))
            }
            if let firstBytes {
                guard let first = bytes.first, firstBytes[Int(fold(first))] else { return false }
            }
            if !endings.isEmpty, !endings.contains(where: { ends(bytes, with: $0) }) { return false }
            return needles.isEmpty || needles.indices.contains { held.holds(needleBytes[$0]) && holds(needles[$0], in: bytes) }
        }
        #if DEBUG
        if !answer, regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil {
            preconditionFailure("the prefilter of \(regex.pattern) turned away a match in \(text.debugDescription)")
        }
        #endif
        return answer
    }

    /// A set of ASCII bytes, one bit each.
    private struct ByteSet {
        var low: UInt64 = 0
        var high: UInt64 = 0

        init() {}

        init(_ bytes: [UInt8]) {
            // Bytes outside ASCII are left out: the text is ASCII by the time the sets are compared, and the full
            // search still finds no such needle in it.
            for byte in bytes where byte < 0x80 { insert(byte) }
        }

        mutating func insert(_ byte: UInt8) {
            if byte < 64 { low |= 1 << UInt64(byte) } else { high |= 1 << UInt64(byte & 63) }
        }

        /// Whether every byte of `other` is in this set.
        func holds(_ other: ByteSet) -> Bool { other.low & ~low == 0 && other.high & ~high == 0 }
    }

    private func fold(_ byte: UInt8) -> UInt8 { caseInsensitive && byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }

    /// Whether `bytes`, without trailing ASCII whitespace (all `\s` matches in ASCII text), end with `ending`.
    private func ends(_ bytes: UnsafeBufferPointer<UInt8>, with ending: [UInt8]) -> Bool {
        var end = bytes.count
        while end > 0, [0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D].contains(bytes[end - 1]) { end -= 1 }
        guard end >= ending.count else { return false }
        let start = end - ending.count
        for index in 0..<ending.count where fold(bytes[start + index]) != ending[index] { return false }
        return true
    }

    private func holds(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let head = needle.first, needle.count <= bytes.count else { return needle.isEmpty }
        for start in 0...(bytes.count - needle.count) where fold(bytes[start]) == head {
            var index = 1
            while index < needle.count, fold(bytes[start + index]) == needle[index] { index += 1 }
            if index == needle.count { return true }
        }
        return false
    }

    /// The capture groups of the first match (index 0 is the whole match); nil groups become nil.
    package func firstMatch(in text: String) -> [String?]? {
        guard mayMatch(text) else { return nil }
        let range = NSRange(text.startIndex..., in: text)
        guard let match = regex.firstMatch(in: text, range: range) else { return nil }
        return (0..<match.numberOfRanges).map { index in
            Range(match.range(at: index), in: text).map { String(text[$0]) }
        }
    }

    package func matches(_ text: String) -> Bool { firstMatch(in: text) != nil }

    /// The range of the whole first match, for callers that cut text around it.
    package func firstRange(in text: String) -> Range<String.Index>? {
        guard mayMatch(text) else { return nil }
        let range = NSRange(text.startIndex..., in: text)
        return regex.firstMatch(in: text, range: range).flatMap { Range($0.range, in: text) }
    }

    /// The ranges of every match, in order, for callers that hide parts of a text.
    package func allRanges(in text: String) -> [Range<String.Index>] {
        guard mayMatch(text) else { return [] }
        let range = NSRange(text.startIndex..., in: text)
        return regex.matches(in: text, range: range).compactMap { Range($0.range, in: text) }
    }

    /// The capture groups and whole-match range of the first match at or after `start`.
    package func firstMatchWithRange(in text: String) -> (groups: [String?], range: Range<String.Index>)? {
        guard mayMatch(text) else { return nil }
        let range = NSRange(text.startIndex..., in: text)
        guard let match = regex.firstMatch(in: text, range: range), let whole = Range(match.range, in: text) else { return nil }
        let groups = (0..<match.numberOfRanges).map { index in Range(match.range(at: index), in: text).map { String(text[$0]) } }
        return (groups, whole)
    }

    /// The capture groups and whole-match range of every match, in order.
    package func allMatchesWithRanges(in text: String) -> [(groups: [String?], range: Range<String.Index>)] {
        guard mayMatch(text) else { return [] }
        let range = NSRange(text.startIndex..., in: text)
        return regex.matches(in: text, range: range).compactMap { match in
            guard let whole = Range(match.range, in: text) else { return nil }
            return ((0..<match.numberOfRanges).map { index in Range(match.range(at: index), in: text).map { String(text[$0]) } }, whole)
        }
    }

    /// The capture groups of every match, in order.
    package func allMatches(in text: String) -> [[String?]] {
        guard mayMatch(text) else { return [] }
        let range = NSRange(text.startIndex..., in: text)
        return regex.matches(in: text, range: range).map { match in
            (0..<match.numberOfRanges).map { index in Range(match.range(at: index), in: text).map { String(text[$0]) } }
        }
    }
}
