import BearingModel

extension Alignment {
    /// The work listed under each priority, as its page and `report --explain` list it: every counted item whose
    /// strongest link to it (or, for a top-level priority, to one of its sub-priorities) is at or above the threshold,
    /// with that link. An initiative is listed where its objective is not.
    public func workByPriority() -> [String: [(item: AlignedItem, link: Link)]] {
        var rows: [String: [(item: AlignedItem, link: Link)]] = [:]
        // The pages each objective is listed on: its initiatives are listed where it is not (the scorer counts an
        // objective for what its initiatives serve, so the page shows the initiative that does).
        var listed: [String: [String]] = [:]
        // Each priority's top-level parent, for a sub-priority (nil for anything else): one lookup per link, where
        // asking the strategy for a parent and its parent hashed the link's priority twice or three times.
        var topParent: [String: String?] = [:]
        for priority in strategy.priorities where topParent[priority.id] == nil {
            topParent[priority.id] = priority.parent.flatMap { parent in strategy.parent(of: parent) == nil ? parent : nil }
        }
        // The pages this item's links reach and its strongest link to each, in the order first reached; one array
        // for every item, emptied between them.
        var best: [(page: String, link: Link)] = []
        var pages: [String] = []
        for index in items.indices {
            let item = items[index]
            best.removeAll(keepingCapacity: true)
            for link in links(of: item.id) {
                Self.consider(link.priority, link, in: &best)
                // A priority not in the strategy has no parent, as `Strategy.parent(of:)` says.
                if let parent = topParent[link.priority] ?? nil { Self.consider(parent, link, in: &best) }
            }
            // An objective's pages are noted after its own rows: only an initiative reads them.
            pages.removeAll(keepingCapacity: true)
            for (page, link) in best where link.strength >= Alignment.threshold {
                if item.kind == .initiative {
                    guard let parent = item.parent, let pagesOfParent = listed[parent], !pagesOfParent.contains(page) else { continue }
                } else {
                    pages.append(page)
                }
                rows[page, default: []].append((item, link))
            }
            if item.kind != .initiative {
                if pages.isEmpty {
                    if listed[item.id] == nil { listed[item.id] = [] }
                } else {
                    listed[item.id, default: []].append(contentsOf: pages)
                }
            }
        }
        return rows
    }

    /// Notes `link` as the strongest to `page` when it is stronger than the one noted (the first of equally strong
    /// links wins, as `max(by:)` keeps it).
    private static func consider(_ page: String, _ link: Link, in best: inout [(page: String, link: Link)]) {
        if let index = best.firstIndex(where: { $0.page == page }) {
            if link.strength > best[index].link.strength { best[index].link = link }
        } else {
            best.append((page, link))
        }
    }
}
