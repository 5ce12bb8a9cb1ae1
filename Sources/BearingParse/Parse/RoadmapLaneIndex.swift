import BearingModel

/// "## Epic List" over "### Epic 1: Account Creation", "### Epic 2: …", each with its goal, and then "## Epic 1: Account
/// Creation" over that epic's stories (the epics.md BMAD writes): the first section lists the file's own lanes before
/// the lanes themselves. A reader sees four epics, not four more pieces of work beside their stories, so the list adds
/// no items: each entry's text introduces the lane it names, and what the list says before its entries is a note.
enum RoadmapLaneIndex {
    /// What an index gives the lanes it lists.
    struct Taken {
        /// Each entry's blocks, by the line of the heading of the lane it names.
        var intros: [Int: [Block]] = [:]
        /// What the index sections say before their entries.
        var notes: [Block] = []
    }

    /// `sections` without the sections that only list the others, and what those said.
    /// An index has two or more sub-headings, each naming a different one of the other sections, and nothing of its
    /// own but prose; one entry naming no section, or a list or table of its own, makes it a lane as before.
    static func take(_ sections: inout [Section]) -> Taken {
        var taken = Taken()
        guard sections.count >= 3 else { return taken }
        var byKey: [String: Int] = [:]
        for (position, section) in sections.enumerated() {
            let key = key(section.title)
            if byKey[key] == nil { byKey[key] = position }
        }
        var removed: Set<Int> = []
        for (position, section) in sections.enumerated() where section.subsections.count >= 2 && section.blocks.allSatisfy(isProse) {
            let targets = section.subsections.map { byKey[key($0.title)] }
            let named = targets.compactMap { $0 }
            guard named.count == targets.count, Set(named).count == named.count, !named.contains(position),
                  named.allSatisfy({ !removed.contains($0) && sections[$0].subsections.count + sections[$0].blocks.count > 0 })
            else { continue }
            removed.insert(position)
            taken.notes += section.blocks
            for (entry, target) in zip(section.subsections, named) {
                taken.intros[sections[target].line, default: []] += entry.blocks
            }
        }
        sections = sections.enumerated().filter { !removed.contains($0.offset) }.map(\.element)
        return taken
    }

    /// `lanes` with each listed lane's entry after its own intro: a paragraph the lane says again is shown once, and the
    /// rule that closed the entry in the list is not drawn.
    static func introduce(_ lanes: inout [LaneReader.Result], with intros: [Int: [Block]]) {
        guard !intros.isEmpty else { return }
        var given: Set<Int> = []
        for index in lanes.indices {
            let line = lanes[index].lane.location.line
            guard let entry = intros[line], !given.contains(line) else { continue }
            given.insert(line)
            let own = Set(lanes[index].lane.intro.map { $0.plainText.trimmed })
            let added = entry.filter { block in
                if case .thematicBreak = block.kind { return false }
                let text = block.plainText.trimmed
                return text.isEmpty || !own.contains(text)
            }
            lanes[index].lane.intro += added
        }
    }

    private static func key(_ title: String) -> String { RoadmapHeading.normalized(TitleText.clean(title)) }

    /// Prose, a rule or a comment: what an index may say before its entries.
    private static func isProse(_ block: Block) -> Bool {
        switch block.kind {
        case .paragraph, .thematicBreak, .html, .label, .quote: true
        default: false
        }
    }
}
