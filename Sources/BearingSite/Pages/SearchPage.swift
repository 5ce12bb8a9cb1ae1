import BearingAlign
import BearingModel

/// The search page and its index. Without JavaScript the page is a plain list of every title, by quarter and roadmap,
/// which the browser's find searches; with it, the same place shows what the index finds.
extension SiteContent {
    func searchPage() -> Page {
        let groups: [TemplateValue] = searchGroups.filter { $0.kind != AlignedItem.Kind.initiative.rawValue }.enumerated().map { index, group in
            ["label": .text(scopeHeading(group.label)), "anchor": .text("g\(index)-" + SitePaths.component(group.label)), "count": .number(group.entries.count),
             "noun": .text(noun(group.kind, group.entries.count)), "entries": .list(group.entries.map { ["title": .text($0.title), "href": .text($0.href)] })]
        }
        let priorities: [TemplateValue] = strategy.priorities.map {
            ["number": .text($0.number), "title": .text($0.title), "href": .text(paths.priority($0.id))]
        }
        return Page(path: "search.html", template: "search", title: "Search", kind: "search",
                    context: ["groups": .list(groups), "priorities": .list(priorities)],
                    scripts: ["assets/search-index.js", "assets/search.js"])
    }

    private func noun(_ kind: String, _ count: Int) -> String {
        switch kind {
        case AlignedItem.Kind.roadmapItem.rawValue: count == 1 ? "item" : "items"
        case AlignedItem.Kind.initiative.rawValue: count == 1 ? "initiative" : "initiatives"
        default: count == 1 ? "objective" : "objectives"
        }
    }

    func searchIndex() -> [UInt8] {
        var memo = SearchIndex.Memo()
        return searchIndex(memo: &memo)
    }

    func searchIndex(memo: inout SearchIndex.Memo) -> [UInt8] {
        SearchIndex.script(priorities: strategy.priorities.map { .init(number: $0.number, title: $0.title, href: paths.priority($0.id)) },
                           groups: searchGroups, memo: &memo)
    }

    /// Every item, grouped by quarter (newest first) and then by roadmap, in the plan's order within each group
    /// (`SiteContent.searchGroups` holds them, gathered once per build).
    static func searchGroups(plan: Plan, alignment: Alignment, paths: SitePaths, quarters: [Quarter], labels: [String: String]) -> [SearchIndex.Group] {
        let strategy = alignment.strategy
        let priorityIndex = Dictionary(strategy.priorities.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        // Groups in the order first met, and each one's place by its kind and label.
        var groups: [SearchIndex.Group] = []
        var groupOf: [String: Int] = [:]
        // The item before's kind, quarter, roadmap and group: a file's items come one after another, so most items sit
        // where the one before sits (the same quarter, or the same roadmap), and take its group without a key made and
        // hashed for each. Equal quarters or roadmaps give the same label (`whereText` reads only them).
        var previous: (kind: AlignedItem.Kind, quarter: Quarter?, roadmap: String?, group: Int)?
        // The item's links at the threshold or above, strongest first: their strengths and priorities only, where
        // filtering and sorting copies of the links made two arrays of whole links per item.
        var strongest: [(strength: Double, priority: String)] = []
        for item in alignment.items {
            let kind = item.kind, quarter = item.quarter, roadmap = item.roadmap
            let group: Int
            if let previous, previous.kind == kind, kind == .roadmapItem ? previous.roadmap == roadmap : previous.quarter == quarter {
                group = previous.group
            } else {
                let label = whereText(item, labels: labels)
                let key = kind.rawValue + "\u{0}" + label
                if let known = groupOf[key] {
                    group = known
                } else {
                    group = groups.count
                    groupOf[key] = group
                    groups.append(SearchIndex.Group(label: label.isEmpty ? "Other" : label, kind: kind.rawValue, entries: []))
                }
            }
            previous = (kind, quarter, roadmap, group)
            strongest.removeAll(keepingCapacity: true)
            let links = alignment.links(of: item.id)
            for index in links.indices where links[index].strength >= Alignment.threshold {
                strongest.append((links[index].strength, links[index].priority))
            }
            // As `sorted(by:)` orders them (the same sort, in place): equally strong links keep their order.
            if strongest.count > 1 { strongest.sort { $0.strength > $1.strength } }
            groups[group].entries.append(.init(title: item.title, href: paths.item(item), owners: item.owners,
                                               priorities: strongest.compactMap { priorityIndex[$0.priority] }, body: item.body[...]))
        }
        let quarters = Dictionary(quarters.enumerated().map { ($1.description, $0) }, uniquingKeysWith: { first, _ in first })
        let roadmaps = Dictionary(plan.roadmaps.enumerated().map { (roadmapLabel($1, plan: plan), $0) }, uniquingKeysWith: { first, _ in first })
        // Newest quarter first, then roadmaps in the plan's order, then anything else; objectives before initiatives.
        let ranks = groups.map { group -> (Int, Int, Int) in
            let kind = group.kind == AlignedItem.Kind.initiative.rawValue ? 1 : 0
            if let quarter = quarters[group.label] { return (0, -quarter, kind) }
            if let roadmap = roadmaps[group.label] { return (1, roadmap, kind) }
            return (2, 0, kind)
        }
        return groups.indices.sorted { a, b in
            ranks[a] != ranks[b] ? ranks[a] < ranks[b] : a < b
        }.map { groups[$0] }
    }
}
