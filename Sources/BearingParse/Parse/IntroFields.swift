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
            case .list(_, let items):
                // `* **Owner:** Dana Whitfield` / `* **Version:** 1.2` under the title, as OKR templates list them: only
                // a list whose every item is one line of a field, so a list of goals ("- Growth: reach 1M users" among
                // sentences) or of tasks is not taken for the file's facts.
                let lines = items.map { item -> String? in
                    guard item.task == nil, item.blocks.count == 1, case .paragraph(let content) = item.blocks[0].kind,
                          content.lines.count == 1 else { return nil }
                    return content.plainText.trimmed
                }
                let fields = lines.map { $0.map(Self.fields(in:)) ?? [] }
                guard !items.isEmpty, fields.allSatisfy({ $0.count == 1 && Self.isKey($0[0].key) && Self.isFact($0[0].value) }) else { continue }
                for (item, field) in zip(items, fields) { add(field[0].key, field[0].value, line: item.line) }
            default: continue
            }
        }
    }

    /// A fact's value is a name, a date or a figure (`Dana Whitfield (VP Product)`, `2025-12-12`), not a sentence.
    private static func isFact(_ value: String) -> Bool {
        value.split(separator: " ").count <= 8
    }

    /// A field's key as a template writes it: a few words (`**Date Created:**`), not a sentence with a colon in it.
    private static func isKey(_ key: String) -> Bool {
        let words = key.trimmingCharacters(in: CharacterSet(charactersIn: " *_")).split(separator: " ")
        return !words.isEmpty && words.count <= 3
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
