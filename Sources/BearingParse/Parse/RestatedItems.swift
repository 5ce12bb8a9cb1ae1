import BearingModel

/// A roadmap that writes the same piece of work in two of its sections: a milestone listed under "## Milestones" and
/// again as a heading over its phases, or a phase ticked off in a checklist and described again under "## Phase
/// Details" (the get-shit-done ROADMAP.md, and any roadmap with a details section). A reader sees one piece of work,
/// so it is counted once: copies in different lanes with the same title, or the same step label ("Phase 3"), are one
/// item. The first copy keeps its place and id; the others fill in what it does not say (their status, dates, fields)
/// and add their text. The same title in two periods is work that recurs, and stays two items quietly; copies that
/// state two statuses, or two one-line copies with no heading detailing either, stay apart with a `restated-item`
/// warning at the later copy, since effort then counts both.
enum RestatedItems {
    /// The keys a step label is kept under (`TitleLabel.roadmapStep`).
    private static let stepKeys: Set<String> = ["Phase", "Milestone", "Step", "Stage", "Part", "Task"]

    /// `items` with restating copies folded into the first, and the lanes that lost every item so.
    /// `headingLines`: the lines of the file's headings. Two one-line copies (a bullet in "## Backend" and one in "##
    /// Frontend" both titled "Documentation") are as often two pieces of work as one: said, not merged, unless a step
    /// label ("Phase 3") makes them one.
    static func merge(_ items: [RoadmapItem], headingLines: Set<Int>, diagnostics: inout DiagnosticBag) -> (items: [RoadmapItem], emptied: Set<String>) {
        guard items.count >= 2 else { return (items, []) }
        var kept: [RoadmapItem] = []
        var byTitle: [String: [Int]] = [:]
        var byStep: [String: [Int]] = [:]
        var removedLanes: [String] = []
        for item in items {
            let title = titleKey(item.title), step = stepKey(item)
            let candidates = Set((byTitle[title] ?? []) + (step.flatMap { byStep[$0] } ?? [])).sorted().filter { index in
                let other = kept[index]
                guard other.lane != item.lane, !(other.explicitID && item.explicitID) else { return false }
                // "Phase 3: Rotation" and "Phase 4: Rotation" are two phases.
                if let step, let theirs = stepKey(other), step != theirs { return false }
                // "Phase 1: PR → Issue Closure" in the current milestone and "Phase 1: Issue Model Foundation" in a shipped
                // one: numbering starts again in each milestone, so one step label under two names is two phases.
                if titleKey(other.title) != title, !sameName(other.title, item.title) { return false }
                // The same title in two periods ("Documentation sprint" in Q1 and in Q2) is work that recurs.
                if let a = other.period, let b = item.period, a != b { return false }
                return true
            }
            guard let target = candidates.first else {
                byTitle[title, default: []].append(kept.count)
                if let step { byStep[step, default: []].append(kept.count) }
                kept.append(item)
                continue
            }
            let first = kept[target]
            let stepped = step != nil && step == stepKey(first)
            // A heading with text under it details the work; two bare headings are two mentions, like two bullets.
            let detailed = [first, item].contains { headingLines.contains($0.location.line) && !$0.body.trimmed.isEmpty }
            let reason = conflict(first, item) ?? (candidates.count > 1 ? "it restates \(candidates.count) items"
                : !stepped && !detailed ? "neither is a heading that details it, so they may be two pieces of work" : nil)
            if let conflict = reason {
                diagnostics.warning(.restatedItem,
                                    "\"\(item.title)\" in “\(item.lane)” restates \"\(first.title)\" in “\(first.lane)” (line \(first.location.line)), but \(conflict): both are kept as separate items, and effort counts each",
                                    line: item.location.line, column: item.location.column,
                                    fix: "if they are one piece of work, make the two copies agree (or write the details under one); if they are two, give them different titles")
                byTitle[title, default: []].append(kept.count)
                if let step { byStep[step, default: []].append(kept.count) }
                kept.append(item)
                continue
            }
            kept[target] = fill(first, from: item)
            if step != nil, stepKey(first) == nil, let step { byStep[step, default: []].append(target) }
            removedLanes.append(item.lane)
        }
        guard kept.count < items.count else { return (items, []) }
        let lanes = Set(kept.map(\.lane))
        return (kept, Set(removedLanes).subtracting(lanes))
    }

    /// Why two copies cannot be one item, or nil when they can.
    private static func conflict(_ first: RoadmapItem, _ second: RoadmapItem) -> String? {
        if let a = first.metadata.status, let b = second.metadata.status, first.statusFrom == nil, second.statusFrom == nil, a != b {
            return "the first says it is \(a.rawValue) and this one \(b.rawValue)"
        }
        return nil
    }

    /// Whether two titles of one step name the same work: one is the other, or begins it ("Foundation" and "Foundation
    /// and CI hardening"), or one says nothing but its label.
    private static func sameName(_ a: String, _ b: String) -> Bool {
        let (x, y) = (titleKey(a), titleKey(b))
        if x.isEmpty || y.isEmpty || x.hasPrefix(y) || y.hasPrefix(x) { return true }
        return bareStep.matches(x) || bareStep.matches(y)
    }

    private static let bareStep = Pattern(#"^(?:phase|milestone|step|stage|part)\s*[0-9][0-9.]*$"#)

    /// The title as a reader compares two: case, spacing, leading symbols and closing punctuation aside.
    static func titleKey(_ title: String) -> String { RoadmapHeading.normalized(title) }

    /// "phase 3" for an item labelled "Phase 3: …".
    static func stepKey(_ item: RoadmapItem) -> String? {
        item.metadata.custom.first { stepKeys.contains($0.key) }.map { "\($0.key.lowercased()) \($0.value.lowercased())" }
    }

    /// `item` with what `copy` says and it does not: a status it states, dates, fields, and its text after the item's.
    static func fill(_ item: RoadmapItem, from copy: RoadmapItem) -> RoadmapItem {
        var item = item
        var metadata = item.metadata
        let said = copy.metadata
        // A status the copy states beats one the item only took from its lane; one the item states stands.
        if let status = said.status, metadata.status == nil || (item.statusFrom != nil && copy.statusFrom == nil) {
            metadata.status = status
            item.statusFrom = copy.statusFrom
        }
        if metadata.due == nil, let due = said.due {
            metadata.due = due
            item.period = item.period ?? copy.period
        }
        if item.period == nil { item.period = copy.period }
        if item.group == nil { item.group = copy.group }
        metadata.fillUnset(from: said)
        item.metadata = metadata
        let body = copy.body.trimmed
        if !body.isEmpty, !item.body.contains(body) {
            item.body = item.body.trimmed.isEmpty ? copy.body : item.body + "\n\n" + copy.body
            item.blocks += copy.blocks
        }
        return item
    }

    /// A list restating the file's headings ("- [x] **Phase 3: Key rotation** - … (completed 2026-04-03)" above "### Phase
    /// 3: Key rotation") is not read as items, the headings are; but what its entries say of them (ticked, when) is theirs.
    static func summaryStatuses(_ items: [RoadmapItem], document: MarkdownDocument, headings: RoadmapLists.Headings) -> [RoadmapItem] {
        var items = items
        var byTitle: [String: [Int]] = [:], byStep: [String: [Int]] = [:]
        for (index, item) in items.enumerated() {
            byTitle[titleKey(item.title), default: []].append(index)
            if let step = stepKey(item) { byStep[step, default: []].append(index) }
        }
        func visit(_ blocks: [Block]) {
            for block in blocks {
                guard case .list(_, let entries) = block.kind else { continue }
                guard RoadmapLists.isSummary(entries, headings: headings) else {
                    entries.forEach { visit($0.blocks) }
                    continue
                }
                for entry in entries {
                    guard let bullet = RoadmapBullet.read(entry) else { continue }
                    let step = bullet.fields.first { stepKeys.contains($0.key) }.map { "\($0.key.lowercased()) \($0.value.lowercased())" }
                    let found = step.flatMap { byStep[$0] } ?? byTitle[titleKey(bullet.title)] ?? []
                    guard found.count == 1, let index = found.first, items[index].location.line != entry.line else { continue }
                    var item = items[index]
                    if let status = bullet.status, item.metadata.status == nil || item.statusFrom != nil {
                        item.metadata.status = status
                        item.statusFrom = nil
                    }
                    if item.metadata.due == nil, let due = bullet.due { item.metadata.due = due }
                    item.metadata.custom += bullet.fields.filter { field in !item.metadata.custom.contains { $0.key == field.key } }
                    items[index] = item
                }
            }
        }
        visit(document.blocks)
        return items
    }

    /// Keys of a field that states what the work is for (`**Goal**: Partners rotate API keys without downtime`): its value
    /// is the item's description, so it is part of the text the item is read and matched by.
    private static let describingKeys: Set<String> = ["goal", "description", "summary"]

    static func describe(_ items: [RoadmapItem]) -> [RoadmapItem] {
        items.map { item in
            guard let field = item.metadata.custom.first(where: { describingKeys.contains($0.key.lowercased()) }),
                  !item.body.contains(field.value) else { return item }
            var item = item
            item.body = item.body.trimmed.isEmpty ? field.value : field.value + "\n\n" + item.body
            return item
        }
    }
}
