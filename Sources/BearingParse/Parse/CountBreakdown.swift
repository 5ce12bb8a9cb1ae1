import BearingModel

/// "Close 20 deals (Maria: 8, Julian: 5)", "Review 40 grant applications (Approved: 12, Declined: 8)", "Fund 10 projects
/// (Marketing: 4, Operations: 2)": a count split by who or what made it up, in brackets at the end. Together the parts
/// are where the count stands (13 deals); read alone, the first part (8) was taken for the whole.
///
/// Only whole counts: a rate or a level per part ("(US: 99.95%, EU: 99.7%)", "(web: 250ms, api: 180ms)") does not add
/// up, and neither does a key result that aims lower ("Cut open bugs to 20"). A month's entries are a series
/// (`MonthlySeries`), read before this.
enum CountBreakdown {
    /// "(Maria: 8, Julian: 5)" at the end: two to eight entries of one to three words, a colon and a whole number.
    private static let breakdown = Pattern(
        #"\s*\(\s*((?:[\p{L}][\p{L}'’.-]*(?:\s[\p{L}][\p{L}'’.-]*){0,2}\s*:\s*\d[\d,]*\s*[,;]\s*){1,7}[\p{L}][\p{L}'’.-]*(?:\s[\p{L}][\p{L}'’.-]*){0,2}\s*:\s*\d[\d,]*)\s*\)\s*\.?$"#,
        needs: [":"])
    private static let entry = Pattern(#"([\p{L}][\p{L}'’.\s-]*?)\s*:\s*(\d[\d,]*)"#)
    /// A verb that aims a figure lower: its parts are no progress towards it.
    private static let lowering = Pattern(#"\b(?:cut|reduce|lower|decrease|drop|shrink|below|under|fewer|less)\b"#)
    /// "20 deals": the count the key result aims at, a whole number before a word.
    private static let countTarget = Pattern(#"(?<![\d.,$€£])\d[\d,]*\s+\p{L}"#)

    /// `text` with its breakdown read as the count so far ("Close 20 deals, now 13"); `text` itself when it holds none.
    static func asTotal(_ text: String) -> String {
        guard text.last == ")" || text.last == ".", let match = breakdown.firstMatchWithRange(in: text),
              let inner = match.groups[1] else { return text }
        let before = String(text[..<match.range.lowerBound]).trimmed
        guard countTarget.matches(before), !lowering.matches(before) else { return text }
        var total = 0
        for groups in entry.allMatches(in: inner) {
            guard let figure = groups[2].flatMap({ Int($0.replacingOccurrences(of: ",", with: "")) }) else { return text }
            total += figure
        }
        return "\(before), now \(total)"
    }
}
