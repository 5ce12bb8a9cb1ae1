import BearingModel

extension MarkdownDocument {
    /// A file of two or more H1s and no H2 ("# Objective 1: …", "# Objective 2: …"; "# Mission", "# Our priorities")
    /// writes its sections one level up: read as a title and its body, every section after the first was lost. Its
    /// headings are read one level down, as the roadmap parser reads such a file's H1s as lanes. Any other file is
    /// returned as it is.
    package func sectionedByTopHeadings() -> MarkdownDocument {
        var ones = 0
        for block in blocks {
            guard case .heading(let level, _, _) = block.kind else { continue }
            if level == 2 { return self }
            if level == 1 { ones += 1 }
        }
        guard ones >= 2 else { return self }
        var lowered = self
        // The file's name stays its title: front matter `title:` still wins, and the first H1 is now a section.
        lowered.blocks = blocks.map { block in
            guard case .heading(let level, let content, let label) = block.kind else { return block }
            var moved = block
            moved.kind = .heading(level: min(level + 1, 6), content: content, label: label)
            return moved
        }
        return lowered
    }
}
