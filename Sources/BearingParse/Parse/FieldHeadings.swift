import BearingModel

/// `#### Expected Delivery: Q4 2022` under `## Firefox Sync` (Thunderbird's roadmap), `#### Status: In progress` and
/// `#### Owner: Dana` under `### Tile-level query cache`: a heading that is a field and its value, inside the section
/// of an item, is that item's field, as the same words on a line of their own are. Read as headings they were items or
/// groups of their own ("Status: In progress" an item, the work above it a group with nothing left in it).
///
/// Only a heading nested under an H2 or deeper (an item or a lane; never straight under the title), whose key is a field of when, how it stands,
/// who or how big (`keys`), with a value, and whose own section holds no list, table or deeper heading: `### Status:
/// Done` over a list of finished work is a group of it, and `#### Objective: …` or `#### Epic: …` names work.
enum FieldHeadings {
    static let keys: Set<MetadataKey> = [.due, .start, .status, .owners, .team, .effort, .confidence]

    /// The document with such headings as paragraphs of the same words, at the same lines (positions stay true).
    static func lowered(_ document: MarkdownDocument) -> MarkdownDocument {
        let blocks = document.blocks
        var lowered: [Int] = []
        var labels: [Int] = []
        var enclosing: [(level: Int, index: Int)] = []
        // Each field heading's parent heading and level, and its key: siblings sharing a key title sections.
        var siblings: [String: Int] = [:]
        var siblingKey: [Int: String] = [:]
        for (index, block) in blocks.enumerated() {
            guard case .heading(let level, let content, _) = block.kind else { continue }
            while let last = enclosing.last, last.level >= level { enclosing.removeLast() }
            if let key = fieldKey(content.plainText) {
                let sibling = "\(enclosing.last?.index ?? -1)/\(level)/\(key)"
                siblings[sibling, default: 0] += 1
                siblingKey[index] = sibling
            }
            if let outer = enclosing.last, outer.level >= 2, isField(content.plainText), holdsOnlyProse(blocks, after: index, level: level) {
                lowered.append(index)
                continue
            }
            // `### Columnar storage` over `#### Details` and a paragraph: the item's notes under a label, not a part of
            // it; as a heading it hid the fields written after it (`#### Owner: Dana` was read by nothing).
            if let outer = enclosing.last, outer.level >= 3, isNotesLabel(content.plainText), holdsOnlyProse(blocks, after: index, level: level) {
                labels.append(index)
                continue
            }
            enclosing.append((level, index))
        }
        // `### Team: Platform` and `### Team: Growth` under `## Q1 2027`, `### Status: Shipped` and `### Status: Next up`:
        // one item has one team and one status, so headings of the same key side by side title sections of their own
        // (each an item, as before), not fields of the heading above them.
        lowered.removeAll { index in siblingKey[index].map { siblings[$0, default: 0] > 1 } ?? false }
        guard !lowered.isEmpty || !labels.isEmpty else { return document }
        var result = document
        for index in labels {
            guard case .heading(_, let content, _) = blocks[index].kind else { continue }
            result.blocks[index].kind = .paragraph([.strong(content)])
            let line = blocks[index].line - 1
            if result.lines.indices.contains(line) { result.lines[line] = Substring("**\(withoutMarks(result.lines[line]))**") }
        }
        for index in lowered {
            guard case .heading(_, let content, _) = blocks[index].kind else { continue }
            result.blocks[index].kind = .paragraph(content)
            // Field lines are read from the source line (`MetadataReader`), and an item's text is cut from the source: the
            // line loses its `####` marks as a field line has none (a warning about its value then points a few columns
            // left of it; the line stays true).
            let line = blocks[index].line - 1
            if result.lines.indices.contains(line) { result.lines[line] = Substring(withoutMarks(result.lines[line])) }
        }
        return result
    }

    /// `#### Status: Done ##` as `Status: Done`: the heading without its marks.
    private static func withoutMarks(_ line: Substring) -> String {
        var text = line.drop(while: { $0 == " " })
        text = text.drop(while: { $0 == "#" })
        text = text.drop(while: { $0 == " " || $0 == "\t" })
        while let last = text.last, last == " " || last == "\t" { text = text.dropLast() }
        let closing = text.reversed().prefix { $0 == "#" }.count
        if closing > 0, closing < text.count, text.dropLast(closing).last == " " { text = text.dropLast(closing) }
        while let last = text.last, last == " " { text = text.dropLast() }
        return String(text)
    }

    /// "Details", "Notes", "Description:": a heading that only labels the text under it.
    private static func isNotesLabel(_ text: String) -> Bool {
        let key = text.lowercased().trimmingCharacters(in: .init(charactersIn: " :*_"))
        return ["details", "detail", "notes", "description", "more details", "additional details", "summary", "overview",
                "context", "background", "more info", "more information"].contains(key)
    }

    /// The field's key as one word for all its spellings ("due", "status", "target"), nil when the text is no field.
    private static func fieldKey(_ text: String) -> String? {
        guard isField(text), let colon = text.firstIndex(of: ":") else { return nil }
        let key = text[..<colon].trimmingCharacters(in: .init(charactersIn: " *_"))
        return MetadataKey(spelling: key).map { "\($0)" } ?? key.lowercased()
    }

    /// "Expected Delivery: Q4 2022", "**Owner:** Dana": a known key of `keys` of a few words, then a value.
    static func isField(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":") else { return false }
        let key = text[..<colon].trimmingCharacters(in: .init(charactersIn: " *_"))
        let value = text[text.index(after: colon)...].trimmingCharacters(in: .init(charactersIn: " *_"))
        guard !value.isEmpty, !key.isEmpty, key.split(separator: " ").count <= 4 else { return false }
        // `#### Target: Q1 2023`: a Target that is a date or a period is a field of the item (as the line is), not a
        // heading over nothing that makes the item a group of the headings after it.
        if key.lowercased() == "target" { return PeriodText.normalize(value, year: nil) != nil || WrittenDate.find(in: value) != nil }
        guard let known = MetadataKey(spelling: key) else { return false }
        return keys.contains(known)
    }

    /// Whether what follows the heading up to the next heading is prose only, and that heading is not deeper.
    private static func holdsOnlyProse(_ blocks: [Block], after index: Int, level: Int) -> Bool {
        for block in blocks[(index + 1)...] {
            switch block.kind {
            case .heading(let next, _, _): return next <= level
            case .list, .table: return false
            default: continue
            }
        }
        return true
    }
}
