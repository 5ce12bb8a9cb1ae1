import BearingModel

/// A table that restates items its own roadmap already holds: a "Project schedule" of `| Item | Start | End | Owner |`
/// under lanes of bullets, or a summary table above the H3 items it sums up. A reader sees one piece of work written
/// twice, not two: a row whose title is that of exactly one other item of the file is that item, and its cells fill in
/// what the item does not say (its dates, owner, status, issue, priorities). Titles must be the same, not alike:
/// "Grant tracker" and "Grant tracker v2" stay two items.
enum RestatedRows {
    /// The lines of the rows of `blocks`' item tables (`PlanTable`), each with the index of its table; lists, quotes
    /// and directives are looked into.
    static func rowTables(in blocks: [Block]) -> [Int: Int] {
        var rows: [Int: Int] = [:]
        var tables = 0
        func visit(_ blocks: [Block]) {
            for block in blocks {
                switch block.kind {
                case .table(_, let cells, _):
                    guard PlanTable.items(in: block) != nil else { continue }
                    tables += 1
                    for row in cells { if let first = row.first { rows[first.line] = tables } }
                case .list(_, let items): items.forEach { visit($0.blocks) }
                case .quote(let inner): visit(inner)
                case .directive(_, _, _, let body, _): visit(body)
                default: continue
                }
            }
        }
        visit(blocks)
        return rows
    }

    /// `items` with each restating row folded into the item it restates, and the lanes that lost every item so.
    static func merge(_ items: [RoadmapItem], rowTables: [Int: Int]) -> (items: [RoadmapItem], emptied: Set<String>) {
        guard !rowTables.isEmpty else { return (items, []) }
        var byTitle: [String: [Int]] = [:]
        for (index, item) in items.enumerated() { byTitle[key(item.title), default: []].append(index) }
        var merged = items
        var removed = Set<Int>()
        for (index, row) in items.enumerated() {
            guard let table = rowTables[row.location.line], !row.explicitID else { continue }
            // The item it restates: written elsewhere than a table, or in an earlier table; only when there is one.
            let others = (byTitle[key(row.title)] ?? []).filter { other in
                other != index && !removed.contains(other)
                    && (rowTables[items[other].location.line].map { $0 != table && other < index } ?? true)
            }
            guard let target = others.count == 1 ? others.first
                    : others.isEmpty ? sameStep(row, index: index, items: items, rowTables: rowTables, removed: removed) : nil
            else { continue }
            merged[target] = fill(merged[target], from: row)
            removed.insert(index)
        }
        removed.formUnion(groupSummaries(items, rowTables: rowTables))
        guard !removed.isEmpty else { return (items, []) }
        let kept = merged.enumerated().filter { !removed.contains($0.offset) }.map(\.element)
        let lanes = Set(kept.map(\.lane))
        return (kept, Set(removed.map { items[$0].lane }).subtracting(lanes))
    }

    /// The rows of tables that sum up the file's groups rather than add work: a get-shit-done "Progress Summary" of
    /// `| Milestone | Phases | Plans | Status |` whose every row names a milestone the file holds as a group of phases
    /// (`### v1.4.1 Issue Execution (In Progress)` for the row `v1.4.1`). As items they restated the groups and counted
    /// in effort beside their own phases. Every row must name a group (by its title, or the words it begins with), and
    /// there must be two: one row that happens to share a group's name is still an item.
    private static func groupSummaries(_ items: [RoadmapItem], rowTables: [Int: Int]) -> Set<Int> {
        let groups = Set(items.compactMap { item in rowTables[item.location.line] == nil ? item.group.map(key) : nil })
        guard !groups.isEmpty else { return [] }
        var byTable: [Int: [Int]] = [:]
        for (index, item) in items.enumerated() { if let table = rowTables[item.location.line] { byTable[table, default: []].append(index) } }
        var summaries = Set<Int>()
        for rows in byTable.values where rows.count >= 2 {
            let restates = rows.allSatisfy { index in
                let title = key(items[index].title)
                return !title.isEmpty && !items[index].explicitID && groups.contains { $0 == title || $0.hasPrefix(title + " ") }
            }
            if restates { summaries.formUnion(rows) }
        }
        return summaries
    }

    /// The one item written outside the tables that a row names by its step's number rather than its title: a
    /// get-shit-done progress table shortens "### Phase 14: Deployment Documentation & Env Guards" to the row "14.
    /// Deployment Docs & Env Guards" (and "Phase 09.1: Full local stack validation…" to "09.1. Local stack validation").
    /// Read apart, the row was a second item of the same work. The step's word and number must be the same ("Phase
    /// 9.1" is "Phase 09.1"), no other item may carry them, and the two titles must share a word.
    private static func sameStep(_ row: RoadmapItem, index: Int, items: [RoadmapItem], rowTables: [Int: Int], removed: Set<Int>) -> Int? {
        guard let step = step(of: row) else { return nil }
        let candidates = items.indices.filter { other in
            other != index && !removed.contains(other) && rowTables[items[other].location.line] == nil
                && Self.step(of: items[other]).map { $0 == step } == true
        }
        guard candidates.count == 1, let target = candidates.first else { return nil }
        let words = titleWords(row.title)
        return titleWords(items[target].title).isDisjoint(with: words) ? nil : target
    }

    /// The step an item's title labels it with (`Phase: 09.1` → "phase 9.1"), the number without leading zeros.
    private static func step(of item: RoadmapItem) -> String? {
        guard let field = item.metadata.custom.first(where: { ["phase", "stage", "milestone", "step"].contains($0.key.lowercased()) })
        else { return nil }
        let parts = field.value.split(separator: ".").map { part in String(Int(part).map(String.init) ?? String(part)) }
        guard !parts.isEmpty else { return nil }
        return field.key.lowercased() + " " + parts.joined(separator: ".")
    }

    /// A title's words of three letters or more, lowercased, "and" and "the" aside.
    private static func titleWords(_ title: String) -> Set<String> {
        Set(title.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
            .filter { $0.count >= 3 && !["and", "the", "for", "with"].contains($0) })
    }

    /// The title as a reader compares two: case, spacing and closing punctuation aside.
    private static func key(_ title: String) -> String {
        TitleText.clean(title).lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// `item` with what `row` says and it does not.
    private static func fill(_ item: RoadmapItem, from row: RoadmapItem) -> RoadmapItem {
        var item = item
        var metadata = item.metadata
        let said = row.metadata
        if metadata.due == nil, let due = said.due {
            metadata.due = due
            item.period = row.period ?? item.period
        }
        // A status the row states beats one the item only took from its lane; one the item states stands.
        if let status = said.status, row.statusFrom == nil, metadata.status == nil || item.statusFrom != nil {
            metadata.status = status
            item.statusFrom = nil
        }
        metadata.fillUnset(from: said)
        item.metadata = metadata
        return item
    }
}
