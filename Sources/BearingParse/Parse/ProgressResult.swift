import BearingModel
import Foundation

/// A result written after the key result, as GitLab's OKR pages do: `=> 78%`, `==> DONE`, `--> 3/5`.
/// The figures before the arrow are the key result's targets; only the result says how far it got.
enum ProgressResult {
    private static let leadingPercents = Pattern(#"^(\d+(?:\.\d+)?)\s*%(?:\s*,\s*(\d+(?:\.\d+)?)\s*%)*"#)
    private static let percentList = Pattern(#"(\d+(?:\.\d+)?)\s*%"#)
    private static let done = Pattern(#"^(?:done|complete|completed|achieved|finished|shipped|met|delivered|✅|✔)(?![\w-])"#)
    private static let notDone = Pattern(#"^(?:not started|not done|missed|not met|0)(?![\w%.-])"#)
    private static let fraction = Pattern(#"^(\d+(?:\.\d+)?)\s*(?:/|\bof\b)\s*(\d+(?:\.\d+)?)(?![\w/])"#)

    static func read(_ raw: String, checked: Bool?) -> ProgressReader.Reading {
        // A result written as a link ("=> [DONE](…)") reaches here as its text.
        let result = raw.trimmed.trimmingCharacters(in: ["[", "*", "_", "`", " "])
        if leadingPercents.matches(result) {
            // "=> 100%, 0%, 100%" reports three parts: their mean is the key result's progress.
            let lead = leadingPercents.firstMatch(in: result)?[0] ?? ""
            let values = percentList.allMatches(in: lead).compactMap { $0[1].flatMap(Double.init) }
            let mean = values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count)
            return .init(progress: ProgressReader.clamp(mean / 100), source: .result)
        }
        if let groups = fraction.firstMatch(in: result), let part = groups[1].flatMap(Double.init), let whole = groups[2].flatMap(Double.init) {
            guard whole > 0 else { return .init(progress: nil, source: .unknown, problem: "`=> \(result)` divides by zero") }
            return .init(progress: ProgressReader.clamp(part / whole), source: .result)
        }
        if done.matches(result) { return .init(progress: 1, source: .result) }
        if notDone.matches(result) { return .init(progress: 0, source: .result) }
        if checked == true { return .init(progress: 1, source: .checkbox) }
        let shown = result.count > 40 ? String(result.prefix(40)) + "…" : result
        return .init(progress: nil, source: .unknown,
                     problem: "the result `=> \(shown)` is not a progress Bearing reads; write `=> 40%`, `=> 3/5` or `=> DONE`")
    }
}
