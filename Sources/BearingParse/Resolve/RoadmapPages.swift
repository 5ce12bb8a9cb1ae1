import BearingModel

/// Makes the pages of one Notion database of work, each parsed as a roadmap of its one item (`NotionDatabasePage`), one
/// roadmap: lanes of one title are one lane, period lanes in their periods' order before the others, the items in
/// their lanes' order. Runs before ids are made unique: every page's item already has the database's roadmap id.
enum RoadmapPages {
    static func merge(_ plan: inout Plan) {
        guard plan.roadmaps.contains(where: { $0.database != nil }) else { return }
        var merged: [Roadmap] = []
        var position: [String: Int] = [:]
        for roadmap in plan.roadmaps {
            guard let folder = roadmap.database else {
                merged.append(roadmap)
                continue
            }
            guard let index = position[folder] else {
                position[folder] = merged.count
                merged.append(roadmap)
                continue
            }
            for lane in roadmap.lanes where !merged[index].lanes.contains(where: { $0.title == lane.title }) { merged[index].lanes.append(lane) }
            merged[index].items += roadmap.items
            merged[index].intro += roadmap.intro
            merged[index].notes += roadmap.notes
        }
        // Notion's page over the database ("Roadmap <id>.md" beside or above the folder of its pages) holds no items of
        // its own: its text is the roadmap's introduction.
        var folded: Set<Int> = []
        for (folder, index) in position {
            let parent = folder.split(separator: "/").dropLast().joined(separator: "/")
            guard let page = merged.indices.first(where: { merged[$0].database == nil && merged[$0].items.isEmpty
                                                           && (merged[$0].path == folder + ".md" || merged[$0].path == parent + ".md") }) else { continue }
            // Its link to the database's table leads to the file the board stands for, which the site does not hold.
            merged[index].intro = merged[page].intro.filter { !isTableLink($0) } + merged[index].intro
            merged[index].notes = merged[page].notes + merged[index].notes
            folded.insert(page)
        }
        for index in position.values {
            // Stable: lanes with a period by it, the others as first met; items by their lane, in the order read.
            let lanes = merged[index].lanes.enumerated().sorted { a, b in
                switch (a.element.period, b.element.period) {
                case let (x?, y?): x == y ? a.offset < b.offset : x < y
                case (.some, nil): true
                case (nil, .some): false
                case (nil, nil): a.offset < b.offset
                }
            }.map(\.element)
            let order = Dictionary(lanes.enumerated().map { ($1.title, $0) }, uniquingKeysWith: { first, _ in first })
            merged[index].lanes = lanes
            merged[index].items = merged[index].items.enumerated().sorted { a, b in
                let x = order[a.element.lane] ?? Int.max, y = order[b.element.lane] ?? Int.max
                return x == y ? a.offset < b.offset : x < y
            }.map(\.element)
        }
        plan.roadmaps = merged.indices.filter { !folded.contains($0) }.map { merged[$0] }
    }

    /// A paragraph that is a link to a `.csv` file and nothing else.
    private static func isTableLink(_ block: Block) -> Bool {
        guard case .paragraph(let content) = block.kind else { return false }
        let shown = content.filter { if case .text(let text) = $0 { !text.trimmed.isEmpty } else { $0 != .softBreak } }
        guard shown.count == 1, case .link(let destination, _) = shown[0] else { return false }
        return destination.lowercased().hasSuffix(".csv")
    }
}
