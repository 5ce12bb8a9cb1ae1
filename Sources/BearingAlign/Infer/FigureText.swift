import Foundation

/// What inference leaves out of a cleaned text beyond the Markdown machinery (`InferenceText`): figures and the words
/// that only say which field a figure is in.
///
/// - **Figures**: numbers, amounts, percentages, dates and times ("$210k", "85%", "2026-11-15", "10:30", "3rd", "2x").
///   They say how much or when, not what the work is, yet each one is a token with a vector: "Monthly AWS bill from
///   $210k to $150k, now $170k" was an orphan for its declared priority and "now $160k" was not, with no word changed.
///   A figure joined to letters is a name and stays ("S3", "EC2", "K8s", "2FA", "5G", "3D", "IPv6").
/// - **Metadata words**: a field name written inside a line ("… Priorities: plg", "Status: at risk") with a status
///   word after it, and "due" before a date ("— due 2026-11-15"). They are what every planning item carries, not
///   what it is about: "Pricing page revamp — due 2026-11-15" had "due" among the evidence of its link.
///
/// Excerpts keep both: they are read by people (`InferenceText.readable`).
enum FigureText {
    static func removed(_ text: String) -> String {
        // Each expression runs only on a text that can hold its match: every item's text passes here, and running all
        // three on every text was 6.7 % of `bearing check`'s CPU on the benchmark's 2,000 files (`perf record`).
        var out = text
        if out.utf8.contains(UInt8(ascii: ":")) { out = replace(metadataField, in: out) }
        if holdsDue(out) { out = replace(dueBeforeDate, in: out) }
        if out.unicodeScalars.contains(where: { $0.properties.numericType != nil }) { out = replace(figure, in: out) }
        return out
    }

    /// Whether "due" is in `text`, in any case.
    private static func holdsDue(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count >= 3 else { return false }
        for index in 0..<(bytes.count - 2) where bytes[index] | 0x20 == UInt8(ascii: "d")
            && bytes[index + 1] | 0x20 == UInt8(ascii: "u") && bytes[index + 2] | 0x20 == UInt8(ascii: "e") { return true }
        return false
    }

    private static func replace(_ pattern: NSRegularExpression?, in text: String) -> String {
        guard let pattern else { return text }
        return pattern.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: " ")
    }

    /// A number with what is written around it: a sign or currency before, separators within (1,200 · 99.9 ·
    /// 2026-11-15 · 10:30 · 11/15), a unit after (k, M, bn, %, x, st, th, ms, h, pp, am). Not part of a word on either
    /// side, so names that hold digits stay.
    private static let figure = try? NSRegularExpression(pattern:
        #"(?<![\p{L}\p{N}_])[-+~≈±]?[$€£¥₹]?\p{N}(?:[\p{N},.:/–-]*\p{N})?(?:\s?%|k|K|m|M|mm|bn|B|b|x|×|st|nd|rd|th|s|h|hrs?|ms|mins?|secs?|pp|bps|am|pm|km|kg|kb|KB|mb|MB|gb|GB|tb|TB)?(?![\p{L}\p{N}_])"#)

    /// The metadata keys people write inside a line, each with its colon, and a status word after `Status:`.
    private static let metadataField = try? NSRegularExpression(pattern:
        #"(?i)(?<![\p{L}\p{N}_])(?:priorities|priority|status|owners?|owner\(s\)|due(?: date)?|deadline|eta|confidence|effort|objectives|roadmaps?|depends on|team)\s*:(?:\s*(?:on[- ]track|off[- ]track|at[- ]risk|in[- ]progress|not[- ]started|done|blocked|planned|dropped|complete|completed)(?![\p{L}\p{N}_]))?"#)

    /// "due" (with "by", "on" or "in") before a date, a quarter or a month: "due 2026-11-15", "due by Q3", "due in March".
    private static let dueBeforeDate = try? NSRegularExpression(pattern:
        #"(?i)(?<![\p{L}\p{N}_])due(?:\s+(?:by|on|in|before))?(?=\s*(?:\p{N}|[QH][1-4](?![\p{L}\p{N}_])|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*(?![\p{L}\p{N}_])|end\b|mid\b|early\b|late\b|next\b))"#)
}
