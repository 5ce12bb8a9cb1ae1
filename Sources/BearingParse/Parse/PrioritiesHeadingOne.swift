import BearingModel

/// A strategy that writes its sections as H1s, the priorities among them: "# Priorities" (or "# Strategic priorities",
/// "# Our pillars") over one "## …" per priority, then "# How we work". Read as written, the H2s were sections with no
/// priorities section above them, and the page had no priorities at all.
enum PrioritiesHeadingOne {
    /// `document` with that H1 and every other H1 but the page's title read one level down, and the headings under
    /// each one level down with it, so "# Priorities" › "## Growth" reads as "## Priorities" › "### Growth", the H3
    /// shape. Nil when no H1 names the priorities over H2s, or when the priorities are found elsewhere: a priorities
    /// H2 under another heading, or one that is named more plainly as the priorities than the H1 over it.
    static func lowered(_ document: MarkdownDocument, config: WorkspaceConfig) -> MarkdownDocument? {
        let blocks = document.blocks
        let ones = blocks.indices.filter { if case .heading(1, _, _) = blocks[$0].kind { true } else { false } }
        guard !ones.isEmpty else { return nil }
        // The page's title: an H1 above every other heading. It names the page, so it groups only as a priorities
        // heading by that name ("# Our priorities" over "## Growth"), never as a "Goals and strategy" page.
        let firstHeading = blocks.firstIndex { if case .heading = $0.kind { true } else { false } }
        let title = firstHeading.flatMap { ones.first == $0 ? $0 : nil }
        let (_, sections) = Section.split(blocks, level: 2, endLine: document.lines.count, skippedLevels: true)
        let found = PrioritiesSection.find(in: sections, config: config).map { sections[$0] }
        var best: (index: Int, strength: Int)?
        for (position, index) in ones.enumerated() {
            guard case .heading(_, let content, let label) = blocks[index].kind else { continue }
            let start = blocks[index].line
            let end = position + 1 < ones.count ? blocks[ones[position + 1]].line : Int.max
            let under = sections.filter { $0.line > start && $0.line < end }
            let strength = Self.strength(CommitmentMarker.headingText(content), label: label, config: config)
            guard !under.isEmpty, strength > (index == title ? 1 : 0), strength > (best?.strength ?? 0) else { continue }
            if let found {
                // "## Our priorities" found elsewhere, or the one H2 here that says it holds them: it stays the section.
                guard under.contains(where: { $0.line == found.line }) else { continue }
                let plain = under.filter { Self.strength($0.title, label: $0.label, config: config) == 2 }.count
                guard strength > Self.strength(found.title, label: found.label, config: config) || plain >= 2 else { continue }
            }
            best = (index, strength)
        }
        guard let best else { return nil }
        // From the first H1 that is not the title (from the title itself when it is the priorities heading): what is
        // above stays as written, "## Background" under the title a section of the page as before.
        let from = title != nil && title != best.index ? blocks[ones[1]].line : blocks[ones[0]].line
        var lowered = document
        lowered.blocks = blocks.map { block in
            guard block.line >= from, case .heading(let level, let content, let label) = block.kind else { return block }
            var moved = block
            moved.kind = .heading(level: min(level + 1, 6), content: content, label: label)
            return moved
        }
        return lowered
    }

    /// 2 for a heading that names the priorities ("Strategic priorities", `priorities_heading:`), 1 for one named like
    /// them ("Our pillars", "Goals"), else 0.
    static func strength(_ title: String, label: String?, config: WorkspaceConfig) -> Int {
        if config.namesPriorities(heading: title) || PrioritiesSection.namesPriorities(title)
            || (label?.lowercased().contains("priorit") ?? false) {
            return 2
        }
        return PrioritiesSection.rank(title).map { $0 < 2 ? 1 : 0 } ?? 0
    }
}
