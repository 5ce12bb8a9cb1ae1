/// Template lines an item repeats: VA's OKR file puts "The following initiatives will impact this KR:" under every key
/// result, and "impact" alone tied the objective to the priority whose sub-priority says "a high impact on our mission"
/// (0.87). A line the item says twice or more is the template's, not the work's: inference leaves every copy out.
enum RepeatedLines {
    /// Lines shorter than this (in words) are kept even when repeated: "Done", "- [ ] TBD" weigh little anyway, and a
    /// short line can be real content written twice.
    static let minimumWords = 3

    static func removed(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "\n")) else { return text }
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
}
