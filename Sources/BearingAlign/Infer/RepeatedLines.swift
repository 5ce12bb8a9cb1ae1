/// Template lines an item repeats: VA's OKR file puts "The following initiatives will impact this KR:" under every key
/// result, and "impact" alone tied the objective to the priority whose sub-priority says "a high impact on our mission"
/// (0.87). A line the item says twice or more is the template's, not the work's: inference leaves every copy out.
enum RepeatedLines {
    /// Lines shorter than this (in words) are kept even when repeated: "Done", "- [ ] TBD" weigh little anyway, and a
    /// short line can be real content written twice.
    static let minimumWords = 3

    static func removed(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "\n")), mayRepeat(text) else { return text }
        return removedComparingKeys(text)
    }

    /// `removed` without the byte-level shortcut: every line's key compared.
    static func removedComparingKeys(_ text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var counts: [String: Int] = [:]
        let keys = lines.map(key)
        for key in keys where !key.isEmpty { counts[key, default: 0] += 1 }
        guard counts.values.contains(where: { $0 > 1 }) else { return text }
        return zip(lines, keys).filter { counts[$0.1, default: 0] < 2 }.map { String($0.0) }.joined(separator: "\n")
    }

    /// The line as compared: lowercased, list markers and surrounding space dropped; empty for a short line.
    private static func key(_ line: Substring) -> String {
        var text = line.drop { $0 == " " || $0 == "\t" || $0 == "-" || $0 == "*" || $0 == "+" || $0 == ">" }
        while text.last?.isWhitespace == true { text = text.dropLast() }
        guard text.split(whereSeparator: \.isWhitespace).count >= minimumWords else { return "" }
        return text.lowercased()
    }

    /// False only when no two lines have the same `key`, found on the bytes: almost no text repeats a line, and
    /// `key`'s Character-by-Character work (grapheme breaks, Unicode whitespace) was 5 % of a full build's CPU on
    /// the benchmark's 8,000 items. An ASCII line's key is computed here byte for byte as `key` computes it; any other
    /// line goes through `key`. Equal keys give equal digests, so a digest seen twice (a repeat, or rarely a
    /// collision) sends the text to the exact comparison above.
    private static func mayRepeat(_ text: String) -> Bool {
        // "\r\n" is one Character, which `split(separator: "\n")` does not split: leave such text to the exact path.
        if text.utf8.contains(UInt8(ascii: "\r")) { return true }
        var seen = Set<UInt64>()
        var start = text.utf8.startIndex
        let utf8 = text.utf8
        while start < utf8.endIndex {
            let end = utf8[start...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
            if let digest = digest(utf8[start..<end]), !seen.insert(digest).inserted { return true }
            start = end == utf8.endIndex ? end : utf8.index(after: end)
        }
        return false
    }

    /// FNV-1a of the line's key, or nil when the key is empty (a short line).
    private static func digest(_ line: Substring.UTF8View) -> UInt64? {
        guard line.allSatisfy({ $0 < 0x80 }) else {
            let key = key(Substring(line))
            return key.isEmpty ? nil : fnv(key.utf8)
        }
        // `key`'s leading markers, and the ASCII characters `Character.isWhitespace` holds (tab, line tabulation, form feed,
        // space; "\r" and "\n" cannot be here).
        let marker: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x2D || $0 == 0x2A || $0 == 0x2B || $0 == 0x3E }
        let space: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0B || $0 == 0x0C }
        var body = line.drop(while: marker)
        while let last = body.last, space(last) { body = body.dropLast() }
        var words = 0, inWord = false
        for byte in body {
            if space(byte) { inWord = false } else if !inWord { inWord = true; words += 1 }
        }
        guard words >= minimumWords else { return nil }
        return fnv(body.lazy.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 })
    }

    private static func fnv<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return hash
    }
}
