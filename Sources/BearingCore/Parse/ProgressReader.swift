/// Reads a key result's progress from its text, in the contract's order: `N/M` or `N of M`;
/// `from A to B, now C`; a trailing `N%`; `score 0.6`; else the checkbox (done = 1).
///
/// `from A to B, now C` is tried before the trailing percentage on purpose: in
/// "from 20% to 50%, now 35%" the trailing 35% is the current value, not the progress (which is 50%).
enum ProgressReader {
    struct Reading: Equatable {
        var progress: Double
        var source: ProgressSource
        /// Set when the text looks like it states progress but in no form Bearing reads.
        var problem: String?
    }

    /// A suffix letter counts only when no other letter follows: "5 minutes" is 5, "75K" is 75,000.
    private static let number = #"[$€£]?\d[\d,]*(?:\.\d+)?(?:[kKmMbB](?![A-Za-z])|%)?"#
    private static let ratio = Pattern(#"(?<![\w.,/-])(\d[\d,]*(?:\.\d+)?)\s*(?:/|\bof\b)\s*(\d[\d,]*(?:\.\d+)?)(?![\w/-])"#)
    /// Gaps between the parts are bounded so that hostile text cannot make the regex backtrack for minutes.
    private static let range = Pattern(#"\bfrom\s+(\#(number))\b.{0,80}?\bto\s+(\#(number)).{0,80}?\bnow\s+(?:at\s+)?(\#(number))"#)
    private static let percent = Pattern(#"(\d+(?:\.\d+)?)\s*%[\s).\]]*$"#)
    private static let score = Pattern(#"\bscored?\s*[:=]?\s*(0?\.\d+|[01](?:\.\d+)?)(?![\d.])"#)
    private static let hint = Pattern(#"\b(now|currently|so far|at)\b\s*[$€£]?\d|\d\s*%|\bscore\b"#)

    /// Longer key results are prose, not measurements; only the checkbox is read from them.
    static let maxMeasuredLength = 600

    static func read(_ text: String, checked: Bool) -> Reading {
        let checkbox = Reading(progress: checked ? 1 : 0, source: .checkbox)
        guard text.utf8.count <= maxMeasuredLength else { return checkbox }
        // Every form, and every hint but the word "score", needs a digit: plain ASCII text without one
        // skips the regular expressions (non-ASCII text may hold other scripts' digits, which `\d` matches).
        if !text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 || $0 >= 0x80 }), !text.lowercased().contains("score") { return checkbox }
        let words = LiteralFilter(text)
        if words.mayHold("/", "of"), let groups = ratio.firstMatch(in: text),
           let done = groups[1].flatMap(NumberText.value), let total = groups[2].flatMap(NumberText.value) {
            guard total > 0 else {
                return Reading(progress: checkbox.progress, source: .checkbox, problem: "`\(groups[0] ?? "")` divides by zero")
            }
            return Reading(progress: clamp(done / total), source: .ratio)
        }
        if words.mayHoldAll("from", "to", "now"), let groups = range.firstMatch(in: text),
           let start = groups[1].flatMap(NumberText.value), let target = groups[2].flatMap(NumberText.value),
           let now = groups[3].flatMap(NumberText.value) {
            // Works for decreasing targets too ("from 40 to 10 minutes, now 25"): both differences change sign.
            guard target != start else {
                return Reading(progress: now == target ? 1 : 0, source: .range, problem: now == target ? nil : "start and target are the same")
            }
            return Reading(progress: clamp((now - start) / (target - start)), source: .range)
        }
        if words.mayHold("%"), let groups = percent.firstMatch(in: text), let value = groups[1].flatMap(Double.init) {
            return Reading(progress: clamp(value / 100), source: .percent)
        }
        if words.mayHold("score"), let groups = score.firstMatch(in: text), let value = groups[1].flatMap(Double.init), value <= 1 {
            return Reading(progress: value, source: .score)
        }
        if !checked, hint.matches(text) {
            return Reading(progress: 0, source: .checkbox,
                           problem: "progress is not in a form Bearing reads; write `N/M`, `N of M`, a trailing `N%`, `from A to B, now C` or `score 0.6`")
        }
        return checkbox
    }

    /// Skips a regular expression whose required literal is absent: each costs a bridge to ICU, and most key
    /// results match one form or none. Only ASCII text is filtered, because case-insensitive matching folds
    /// some other letters into ASCII ones (`ſ` matches `s`); other text always goes to the expression.
    private struct LiteralFilter {
        let lowered: [UInt8]?

        init(_ text: String) {
            lowered = text.utf8.allSatisfy({ $0 < 0x80 }) ? text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 } : nil
        }

        func mayHold(_ literals: String...) -> Bool {
            guard let lowered else { return true }
            return literals.contains { Self.find(Array($0.utf8), in: lowered) }
        }

        func mayHoldAll(_ literals: String...) -> Bool {
            guard let lowered else { return true }
            return literals.allSatisfy { Self.find(Array($0.utf8), in: lowered) }
        }

        private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Bool {
            guard needle.count <= haystack.count else { return false }
            return (0...(haystack.count - needle.count)).contains { start in
                haystack[start..<start + needle.count].elementsEqual(needle)
            }
        }
    }

    private static func clamp(_ value: Double) -> Double { min(max(value, 0), 1) }
}
