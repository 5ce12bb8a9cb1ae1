import BearingModel

/// What a file's introduction shows on the quarter page beside other teams' introductions. The lines the file's own
/// metadata was read from (`Team: Firmware`, `Quarter: Q4 2026`) are said by the page already (the file's label, the
/// period), and a paragraph of fields (a Notion page's `Owner:` / `Status:` / `Tags:` properties) is facts, not a
/// sentence: run together as prose they read "Owner: Priya Raman Quarter: Q4 2026 Status: …".
struct IntroProse {
    let document: MarkdownDocument

    /// Keys the file itself is read from: its team and its period.
    static let fileKeys: Set<String> = IntroFields.periodKeys.union(["team", "squad"])

    /// `blocks` with the file's own metadata lines left out and each paragraph of fields as a `.fields` block.
    func shown(_ blocks: [Block]) -> [Block] {
        let reader = MetadataReader(document: document)
        return blocks.flatMap { block -> [Block] in
            guard case .paragraph(let content) = block.kind else { return [block] }
            let lines = Self.lines(content)
            // One inline line per source line, or the line numbers below would name the wrong lines.
            guard lines.count == block.endLine - block.line + 1 else { return [block] }
            let kept = lines.indices.filter { offset in
                guard let field = reader.parse(lineNumber: block.line + offset, stripBullet: false) else { return true }
                return !Self.fileKeys.contains(MetadataKey.normalize(field.key))
            }
            if kept.isEmpty { return [] }
            let fields = kept.compactMap { reader.parse(lineNumber: block.line + $0, stripBullet: false) }
            if fields.count == kept.count, reader.metadataLines(block) != nil {
                // Shown as text: a person chip's `[Marco Silva](mailto:…)` is the name a reader sees.
                return [Block(.fields(fields.map { InlineField(key: $0.key, value: MetadataValues.linkTexts($0.value), line: $0.line, valueColumn: $0.valueColumn) }),
                              line: block.line, column: block.column, endLine: block.endLine)]
            }
            if kept.count == lines.count { return [block] }
            var joined: [Inline] = []
            for (position, offset) in kept.enumerated() {
                if position > 0 { joined.append(.softBreak) }
                joined += lines[offset]
            }
            return [Block(.paragraph(joined), line: block.line + kept[0], column: block.column, endLine: block.line + kept[kept.count - 1])]
        }
    }

    private static func lines(_ content: [Inline]) -> [[Inline]] {
        var lines: [[Inline]] = [[]]
        for inline in content {
            if inline == .softBreak || inline == .lineBreak { lines.append([]) } else { lines[lines.count - 1].append(inline) }
        }
        return lines
    }
}
