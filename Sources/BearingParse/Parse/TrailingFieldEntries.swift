import BearingModel

/// "### Task 1.1: Project setup ✅" over `- [x] package.json` steps, then `- **Depends on**: Task 1.0`, `- **Estimate**:
/// 2 hours`, `- **Completed**: 2025-10-10` (a Japanese task list writes `- **依存**: Task 1.1`, `- **推定時間**: 2 時間`):
/// a piece of work written as a heading, its steps, then its own fields, all in one list as CommonMark joins them.
/// Read as a group of its entries, each field was an item of its own, titled "Depends on" or "2025-10-10", and the
/// work lost what it depends on. The fields are the heading's: it is one item, and its steps are its text.
enum TrailingFieldEntries {
    /// The bold `Key: value` entries that close the last list of `blocks`, as a `.fields` block, when at least two of
    /// them are fields only a piece of work has and steps come before them; nil otherwise. With `lone`, one such entry
    /// after a checklist is enough (`- **Time**: TBD` closing a phase lane's tasks: the phase's, not an item "Time").
    static func fields(_ blocks: [Block], reader: MetadataReader, document: MarkdownDocument, lone: Bool = false) -> Block? {
        guard let list = blocks.last(where: { if case .list = $0.kind { true } else { false } }),
              case .list(_, let entries) = list.kind, entries.count >= 3 else { return nil }
        var lines: [MetadataReader.Line] = []
        var fieldEntries = 0
        for entry in entries.reversed() {
            guard entry.task == nil, boldKey(entry.line, document: document) else { break }
            fieldEntries += 1
            // A field over a nested list (`- **注意**:` over notes) has no value of its own: it stays text.
            if let line = reader.parse(lineNumber: entry.line, stripBullet: true) { lines.insert(line, at: 0) }
        }
        let afterChecklist = lone && fieldEntries == 1 && lines.count == 1 && entries.dropLast().allSatisfy { $0.task != nil }
            && lines.allSatisfy { isItemField($0) || timeKeys.contains(MetadataKey.normalize($0.key)) }
        guard fieldEntries >= 2 || afterChecklist, fieldEntries < entries.count,
              lines.filter(isItemField).count >= 2 || afterChecklist,
              let first = lines.first, let last = lines.last else { return nil }
        let fields = lines.map { InlineField(key: $0.key, value: $0.value, line: $0.line, valueColumn: $0.valueColumn) }
        return Block(.fields(fields), line: first.line, column: first.valueColumn, endLine: last.endLine)
    }

    /// What only a piece of work states of itself: what it waits on, its size, when it starts and is due, how it stands,
    /// who does it. (A list of features has none of these as bold leads.)
    private static let itemKeys: Set<MetadataKey> = [.dependsOn, .effort, .start, .due, .status, .owners]

    /// A field only a piece of work states, or the time it takes or took (`- **Time**: ~2 hours`, `- **Duration**: 3 days`,
    /// as an assistant's memory bank closes each phase of its progress file after `- **Status**: Complete`).
    private static func isItemField(_ line: MetadataReader.Line) -> Bool {
        if let key = MetadataKey(spelling: line.key) { return itemKeys.contains(key) }
        return timeKeys.contains(MetadataKey.normalize(line.key)) && EffortEstimate.leads(line.value)
    }

    /// Keys that give the time work takes or took, when their value is a length of time (`EffortEstimate`).
    static let timeKeys: Set<String> = ["time", "duration", "time spent", "time estimate", "estimated time", "time taken"]

    /// The entry's line starts with a bold key and its colon: `- **Depends on**: …`, `- **依存:** …`.
    private static func boldKey(_ lineNumber: Int, document: MarkdownDocument) -> Bool {
        guard lineNumber >= 1, lineNumber <= document.lines.count else { return false }
        var text = document.lines[lineNumber - 1].drop(while: { $0 == " " || $0 == "\t" || $0 == ">" })
        guard let marker = text.first, "-*+".contains(marker) else { return false }
        text = text.dropFirst().drop(while: { $0 == " " })
        guard let mark = ["**", "__"].first(where: text.hasPrefix) else { return false }
        let inner = text.dropFirst(2)
        guard let close = inner.range(of: mark) else { return false }
        let key = inner[..<close.lowerBound]
        let after = inner[close.upperBound...].drop(while: { $0 == " " })
        return !key.isEmpty && (key.hasSuffix(":") || key.hasSuffix("：") || after.hasPrefix(":") || after.hasPrefix("："))
    }
}
