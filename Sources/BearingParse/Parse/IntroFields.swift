import BearingModel
import Foundation

/// The `Key: value` facts a plan states about itself before its first objective, where a document editor's template puts
/// them: a two-column table under the title (`| **Cycle** | Q2 2026 |`, `| Team | Platform |`) or `**Period:** H1 2027`
/// lines. They are the file's metadata, as front matter would be, not text to read objectives from.
struct IntroFields {
    /// Keys lowercased, bold and trailing colons removed; the first value written for a key wins.
    private(set) var values: [String: (value: String, line: Int)] = [:]

    /// Keys that name the period the file plans.
    static let periodKeys: Set<String> = [
        "quarter", "period", "cycle", "okr cycle", "okr period", "planning period", "planning cycle", "timeframe", "time frame",
        "half", "term", "timeline",
    ]

    init(_ blocks: [Block]) {
        for block in blocks {
            switch block.kind {
            case .table(let header, let rows, _):
                // Only a table of keys and values: two columns, its header row one of the pairs or empty.
                guard header.count == 2, rows.allSatisfy({ $0.count <= 2 }) else { continue }
                for row in [header] + rows where row.count == 2 { add(row[0].text, row[1].text, line: row[0].line) }
            case .paragraph(let content):
                // Line by line: "Team: Firmware" over a sentence on the next line is the team, not both.
                for (offset, line) in content.lines.map(\.plainText).enumerated() {
                    for field in Self.fields(in: line) { add(field.key, field.value, line: block.line + offset) }
                }
            default: continue
            }
        }
    }

    /// The `Key: value` fields of one line. A template line often holds several, separated by " · ", " | " or ";"
    /// (`Team: Platform & Infra · Lead: Kenji Mori`): each separator followed by a key of its own starts a new field,
    /// so "Owners: Ada; Ben" stays one field of two names.
    static func fields(in line: String) -> [(key: String, value: String)] {
        guard let colon = line.firstIndex(of: ":") else { return [] }
        var fields = [(key: String(line[..<colon]), value: String(line[line.index(after: colon)...]))]
        while let last = fields.last, let split = nextField.firstMatchWithRange(in: last.value), let key = split.groups[1] {
            fields[fields.count - 1].value = String(last.value[..<split.range.lowerBound])
            fields.append((key, String(last.value[split.range.upperBound...])))
        }
        return fields
    }

    /// A separator, then a key of at most three words and its colon.
    private static let nextField = Pattern(#"(?:\s+[·|•]\s+|\s*;\s*)(\**[A-Za-z][\w/&.-]*(?:\s+[\w/&.-]+){0,2}\**)\s*:(?!//)\**"#)

    private mutating func add(_ key: String, _ value: String, line: Int) {
        var normalized = key.trimmed.lowercased()
        while let last = normalized.last, last == ":" || last == "*" { normalized.removeLast() }
        while let first = normalized.first, first == "*" { normalized.removeFirst() }
        normalized = normalized.trimmed
        let value = value.trimmed.trimmingCharacters(in: ["*"]).trimmed
        guard !normalized.isEmpty, normalized.split(separator: " ").count <= 3, !value.isEmpty, values[normalized] == nil else { return }
        values[normalized] = (value, line)
    }

    /// Every key the file states, normalized as `first(of:)` expects them.
    var keys: [String] { Array(values.keys) }

    /// The value of the first of `keys` the file states.
    func first(of keys: Set<String>) -> (value: String, line: Int)? {
        values.filter { keys.contains($0.key) }.min { $0.value.line < $1.value.line }?.value
    }
}
