/// Skips a regular expression whose match needs something the text does not hold: each expression costs a bridge to
/// ICU, and most lines a parser looks at match none of its expressions. Every check here is a *necessary* condition
/// of a match, so "no" proves the expression would find nothing and "yes" only means it has to run.
///
/// Only ASCII text is filtered, because case-insensitive matching folds some other letters into ASCII ones (`ſ`
/// matches `s`, `K` matches `k`) and `\d` and `\s` match other scripts' digits and spaces; for any other text every
/// check answers "yes", so the expression always runs.
package struct LiteralFilter {
    /// The text's bytes with ASCII capitals lowered; nil when the text is not ASCII.
    let lowered: [UInt8]?
    /// Which bytes `lowered` holds, one bit each: a literal with a byte the text lacks is not searched for.
    private let held: (low: UInt64, high: UInt64)

    package init(_ text: String) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var low: UInt64 = 0, high: UInt64 = 0
        for byte in text.utf8 {
            guard byte < 0x80 else { lowered = nil; held = (0, 0); return }
            let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            bytes.append(lower)
            if lower < 64 { low |= 1 << UInt64(lower) } else { high |= 1 << UInt64(lower & 63) }
        }
        lowered = bytes
        held = (low, high)
    }

    /// True unless the text is ASCII and holds none of the (lowercase) literals.
    package func mayHold(_ literals: String...) -> Bool { mayHold(any: literals) }

    package func mayHold(any literals: [String]) -> Bool {
        guard let lowered else { return true }
        // On each literal's own bytes: an array made of every literal on every call was most of this filter's cost.
        return literals.contains { literal in
            var literal = literal
            return literal.withUTF8 { needle in mayHoldBytes(of: needle) && Self.find(needle, in: lowered) }
        }
    }

    /// Whether the text holds every byte of `needle`; a byte outside ASCII is never in the (ASCII) text.
    private func mayHoldBytes(of needle: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in needle {
            guard byte < 0x80 else { return false }
            let bit: UInt64 = 1 << UInt64(byte & 63)
            guard (byte < 64 ? held.low : held.high) & bit != 0 else { return false }
        }
        return true
    }

    /// True unless the text is ASCII and no digit is followed by `separator` and another digit, with spaces allowed
    /// around the separator when `spaced` ("2-3", "2 - 3", "3/31").
    package func mayHoldDigits(around separator: UInt8, spaced: Bool = false) -> Bool {
        guard let bytes = lowered else { return true }
        var index = 0
        while index < bytes.count {
            defer { index += 1 }
            guard Self.isDigit(bytes[index]) else { continue }
            var next = index + 1
            if spaced { while next < bytes.count, Self.isSpace(bytes[next]) { next += 1 } }
            guard next < bytes.count, bytes[next] == separator else { continue }
            next += 1
            if spaced { while next < bytes.count, Self.isSpace(bytes[next]) { next += 1 } }
            if next < bytes.count, Self.isDigit(bytes[next]) { return true }
        }
        return false
    }

    /// True unless the text is ASCII and holds no `lead` byte directly followed by `count` digits.
    package func mayHold(_ lead: String, thenDigits count: Int) -> Bool {
        guard let bytes = lowered else { return true }
        let needle = Array(lead.utf8)
        guard bytes.count >= needle.count + count else { return false }
        for start in 0...(bytes.count - needle.count - count) where bytes[start..<start + needle.count].elementsEqual(needle) {
            if bytes[(start + needle.count)..<(start + needle.count + count)].allSatisfy(Self.isDigit) { return true }
        }
        return false
    }

    /// True unless the text is ASCII and has fewer than `count` bytes equal to `byte`.
    package func mayHold(_ byte: UInt8, times count: Int) -> Bool {
        guard let lowered else { return true }
        var seen = 0
        for each in lowered where each == byte {
            seen += 1
            if seen >= count { return true }
        }
        return false
    }

    /// True unless the text is ASCII and has no run of `length` bytes that all satisfy `isMember`.
    package func mayHoldRun(of length: Int, _ isMember: (UInt8) -> Bool) -> Bool {
        guard let lowered else { return true }
        var run = 0
        for byte in lowered {
            run = isMember(byte) ? run + 1 : 0
            if run >= length { return true }
        }
        return false
    }

    /// True unless the text is ASCII and holds no ASCII digit.
    package var mayHoldDigit: Bool { lowered?.contains(where: Self.isDigit) ?? true }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// A superset of what `\s` matches in ASCII (ICU's `\s` leaves out the vertical tab), so no match is missed.
    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }

    private static func find(_ needle: UnsafeBufferPointer<UInt8>, in haystack: [UInt8]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        guard let first = needle.first else { return true }
        var start = 0
        let last = haystack.count - needle.count
        while start <= last {
            if haystack[start] == first, haystack[start..<start + needle.count].elementsEqual(needle) { return true }
            start += 1
        }
        return false
    }
}
