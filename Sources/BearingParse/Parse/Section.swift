import BearingModel

/// A heading and the blocks under it, up to the next heading of the same or a higher level.
struct Section {
    var title: String
    var level: Int
    /// `{#id}` on the heading or a `(id)=` label just before it.
    var label: String?
    var line: Int
    var column: Int
    /// The last line that belongs to the section.
    var endLine: Int
    /// Blocks before the first sub-heading of the next level.
    var blocks: [Block]
    var subsections: [Section]

    /// Splits `blocks` at headings of `level`; what comes before the first one is the intro.
    /// Sub-sections are split one level down, so an H2 section lists its H3 sections.
    /// With `skippedLevels`, a section with no sub-heading of the next level takes its shallowest deeper headings as
    /// its parts ("## Areas we oversee" over "#### Community"): a strategy's reader sees them so. Readers that place
    /// deeper headings themselves (a roadmap's "# Other work" over "### Functionality") leave it off.
    static func split(_ blocks: [Block], level: Int, endLine: Int, skippedLevels: Bool = false) -> (intro: [Block], sections: [Section]) {
        var intro: [Block] = []
        var sections: [Section] = []
        var pendingLabel: String?
        var index = 0
        while index < blocks.count {
            let block = blocks[index]
            if case .label(let label) = block.kind, index + 1 < blocks.count,
               case .heading(let nextLevel, _, _) = blocks[index + 1].kind, nextLevel <= level {
                pendingLabel = label
                index += 1
                continue
            }
            if case .heading(let headingLevel, let content, let label) = block.kind, headingLevel <= level {
                if headingLevel == level {
                    sections.append(Section(title: CommitmentMarker.headingText(content), level: level, label: label ?? pendingLabel,
                                            line: block.line, column: block.column, endLine: block.endLine, blocks: [], subsections: []))
                } else if sections.isEmpty {
                    intro.append(block)
                } else {
                    // A higher-level heading inside our span (an H1 after H2s) still ends the previous section.
                    sections[sections.count - 1].blocks.append(block)
                }
                pendingLabel = nil
            } else if sections.isEmpty {
                intro.append(block)
            } else {
                sections[sections.count - 1].blocks.append(block)
            }
            index += 1
        }
        for position in sections.indices {
            let end = position + 1 < sections.count ? sections[position + 1].line - 1 : endLine
            sections[position].endLine = end
            var (own, children) = split(sections[position].blocks, level: level + 1, endLine: end, skippedLevels: skippedLevels)
            if skippedLevels, children.isEmpty, let deeper = own.compactMap({ block -> Int? in
                if case .heading(let inner, _, _) = block.kind, inner > level + 1 { return inner } else { return nil }
            }).min() {
                (own, children) = split(own, level: deeper, endLine: end, skippedLevels: true)
            }
            sections[position].blocks = own
            sections[position].subsections = children
        }
        return (intro, sections)
    }

    /// The last line of the section's own blocks (before its first sub-section).
    var ownEndLine: Int { subsections.first.map { $0.line - 1 } ?? endLine }

    /// The first line after the heading.
    var bodyLine: Int { line + 1 }
}
