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
        var groups: [String: SearchIndex.Group] = [:]
        var order: [String] = []
        for item in alignment.items {
            let label = whereText(item, labels: labels)
            let key = item.kind.rawValue + "\u{0}" + label
            if groups[key] == nil {
                groups[key] = SearchIndex.Group(label: label.isEmpty ? "Other" : label, kind: item.kind.rawValue, entries: [])
                order.append(key)
            }
            let links = alignment.links(of: item.id).filter { $0.strength >= Alignment.threshold }.sorted { $0.strength > $1.strength }
            groups[key]?.entries.append(.init(title: item.title, href: paths.item(item), owners: item.owners,
                                              priorities: links.compactMap { priorityIndex[$0.priority] }, body: item.body[...]))
        }
        let quarters = Dictionary(quarters.enumerated().map { ($1.description, $0) }, uniquingKeysWith: { first, _ in first })
        let roadmaps = Dictionary(plan.roadmaps.enumerated().map { (roadmapLabel($1, plan: plan), $0) }, uniquingKeysWith: { first, _ in first })
        // Newest quarter first, then roadmaps in the plan's order, then anything else; objectives before initiatives.
        func rank(_ key: String) -> (Int, Int, Int) {
            let group = groups[key]
            let kind = group?.kind == AlignedItem.Kind.initiative.rawValue ? 1 : 0
            if let quarter = group.flatMap({ quarters[$0.label] }) { return (0, -quarter, kind) }
            if let roadmap = group.flatMap({ roadmaps[$0.label] }) { return (1, roadmap, kind) }
            return (2, 0, kind)
        }
        return order.enumerated().sorted { a, b in
            let ra = rank(a.element), rb = rank(b.element)
            return ra != rb ? ra < rb : a.offset < b.offset
        }.compactMap { groups[$0.element] }
    }
}
