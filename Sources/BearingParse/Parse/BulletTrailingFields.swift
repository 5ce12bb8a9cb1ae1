import BearingModel

/// "- **In-app onboarding checklist.** Priorities: plg", "- **SOC 2 Type I report** — due 2026-03-15. Priorities:
/// enterprise": fields written as the last sentences of a roadmap bullet's own line, after its words, as one-line
/// milestone lists write them. They are the item's metadata: cut from its words into a `.fields` block, as
/// `(Owner: …)` at the end of a line is, so that a declared priority is declared (and checked), not text that
/// inference reads and `suggest` writes a second `Priorities:` line under.
enum BulletTrailingFields {
    /// The item with its trailing fields moved into a `.fields` block after its first paragraph, or the item as it was.
    static func split(_ item: ListItem, document: MarkdownDocument) -> ListItem {
        guard let first = item.blocks.first, case .paragraph(let content) = first.kind,
              !item.blocks.dropFirst().contains(where: { if case .fields = $0.kind { true } else { false } }) else { return item }
        var text = content.plainText
        // Cheap test first: a field needs a colon, or a due date written as "due 2026-03-15".
        guard text.containsByte(UInt8(ascii: ":")) || text.lowercased().contains("due ") else { return item }
        let lead = leadingBoldLength(content)
        var fields: [(key: String, value: String)] = []
        while let field = last(in: text, boldLength: lead) {
            fields.insert((field.key, field.value), at: 0)
            text = String(text[..<field.start])
        }
        guard !fields.isEmpty else { return item }
        // "SOC 2 Type I report — " before "due …": the dash only separated the field.
        while let last = text.last, " \t—–|·-;,".contains(last) { text.removeLast() }
        let kept = TreeConverter.truncate(content, toLength: text.count)
        guard !kept.plainText.trimmed.isEmpty else { return item }
        let line = first.endLine
        let source = line >= 1 && line <= document.lines.count ? String(document.lines[line - 1]) : ""
        let inline = fields.map { field in
            let column = source.range(of: field.value, options: .backwards).map { source.distance(from: source.startIndex, to: $0.lowerBound) + 1 } ?? 1
            return InlineField(key: field.key, value: field.value, line: line, valueColumn: column)
        }
        var split = item
        split.blocks[0].kind = .paragraph(kept)
        split.blocks.insert(Block(.fields(inline), line: line, column: inline[0].valueColumn, endLine: line), at: 1)
        return split
    }

    /// The length of the plain text of a leading bold title, or nil when the line does not start with one.
    private static func leadingBoldLength(_ content: [Inline]) -> Int? {
        guard case .strong(let bold)? = content.first else { return nil }
        return bold.plainText.count
    }

    /// "due 2026-03-15", "ETA Q3 2026", "target: 2026-09-30" without a colon: a time after a word for when it is due.
    private static let dueWords: Set<String> = ["due", "eta", "deadline"]

    /// The last `Key: value` (or "due DATE") of `text`, when a sentence, a dash or the bold title ends before it and its
    /// key is one Bearing reads; `start` is where the field's words begin (its separator stays in the text).
    private static func last(in text: String, boldLength: Int?) -> (key: String, value: String, start: String.Index)? {
        var body = text.trimmed
        while body.hasSuffix(".") { body.removeLast() }
        guard !body.isEmpty else { return nil }
        let words = body.split(separator: " ", omittingEmptySubsequences: true)
        guard words.count >= 2 else { return nil }
        // "… due 2026-03-15": a due word and a time, no colon.
        for size in (1...4).reversed() where words.count > size + 1 {
            let when = words.suffix(size).joined(separator: " ")
            let word = words[words.count - size - 1].lowercased()
            guard dueWords.contains(word), !when.contains(where: { ":;".contains($0) }),
                  WhenText.isWhen(when) || WrittenDate.find(in: when) != nil else { continue }
            let keyStart = words[words.count - size - 1].startIndex
            guard endsBoundary(body[..<keyStart], boldLength: boldLength, in: body, dash: true) else { continue }
            return ("Due", when, offset(of: keyStart, in: body, to: text))
        }
        guard let colon = body.lastIndex(of: ":") else { return nil }
        var value = body[body.index(after: colon)...].trimmed
        while let last = value.last, last == "*" || last == "_" { value.removeLast() }
        guard !value.isEmpty, value.split(separator: " ").count <= 8, !value.contains("://") else { return nil }
        let before = body[..<colon]
        let keyWords = before.split(separator: " ", omittingEmptySubsequences: true)
        // ":low item display checkbox status" (an effort tag opening the line): no words before the colon, no key.
        guard !keyWords.isEmpty else { return nil }
        for size in (1...min(4, keyWords.count)).reversed() {
            let keyStart = keyWords[keyWords.count - size].startIndex
            let key = body[keyStart..<colon].filter { $0 != "*" && $0 != "_" }.trimmed
            // A misspelt key ("Prioritiez: plg") is cut too: the metadata reader keeps it as a custom field and says
            // which key was meant, where left in the words it was read by nothing.
            guard MetadataReader.isKnownOrNear(key, value: value) else { continue }
            // "- Priority: High" is how much the item matters, read by the bullet as a field of its own.
            if MetadataKey(spelling: key) == .priorities, MetadataKey.normalize(key) == "priority", importance.contains(value.lowercased()) { return nil }
            // A field after a dash ("… - Owner: Ada") is the bullet's own to read, as before.
            let dash = !RoadmapBullet.trailingField.matches(" - \(key): x")
            guard endsBoundary(body[..<keyStart], boldLength: boldLength, in: body, dash: dash) else { continue }
            // "Lead: whoever is free that week.", "Size: depends on the vendor.": a sentence that opens with a key's word.
            guard RoadmapBullet.readsAsValue(key: key, value: value) else { return nil }
            return (key, value, offset(of: keyStart, in: body, to: text))
        }
        return nil
    }

    private static let importance: Set<String> = ["high", "medium", "low", "critical", "urgent", "p0", "p1", "p2", "p3", "p4"]

    /// The words before a field end a sentence (". "), a clause after a dash or bar (when `dash`), or the bold title.
    private static func endsBoundary(_ before: Substring, boldLength: Int?, in body: String, dash: Bool) -> Bool {
        let trimmed = before.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return false }
        if let boldLength, trimmed.count == boldLength || (trimmed.count == boldLength + 1 && [".", ":", "—", "–", "-"].contains(trimmed.last.map(String.init) ?? "")) {
            return true
        }
        guard let last = trimmed.last else { return false }
        if ".!?;".contains(last) { return true }
        return dash && "—–|·-".contains(last) && before.hasSuffix(" ") && trimmed.dropLast().last == " "
    }

    /// The index in `text` (which `body` was trimmed from) of `index` in `body`.
    private static func offset(of index: String.Index, in body: String, to text: String) -> String.Index {
        let leading = text.prefix { $0.isWhitespace }.count
        return text.index(text.startIndex, offsetBy: leading + body.distance(from: body.startIndex, to: index))
    }
}
