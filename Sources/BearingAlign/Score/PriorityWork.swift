import BearingModel

extension Alignment {
    /// The work listed under each priority, as its page and `report --explain` list it: every counted item whose
    /// strongest link to it (or, for a top-level priority, to one of its sub-priorities) is at or above the threshold,
    /// with that link. An initiative is listed where its objective is not.
    public func workByPriority() -> [String: [(item: AlignedItem, link: Link)]] {
        var rows: [String: [(item: AlignedItem, link: Link)]] = [:]
        // The pages each objective is listed on: its initiatives are listed where it is not (the scorer counts an
        // objective for what its initiatives serve, so the page shows the initiative that does).
        var listed: [String: Set<String>] = [:]
        for item in items where item.isCounted || item.kind == .initiative {
            var best: [(page: String, link: Link)] = []
            for link in links(of: item.id) {
                var pages = [link.priority]
                if let parent = strategy.parent(of: link.priority), strategy.parent(of: parent) == nil { pages.append(parent) }
                for page in pages {
                    // The first of equally strong links wins, as `max(by:)` keeps it.
                    if let index = best.firstIndex(where: { $0.page == page }) {
                        if link.strength > best[index].link.strength { best[index].link = link }
                    } else {
                        best.append((page, link))
                    }
                }
            }
            for (page, link) in best where link.strength >= Alignment.threshold {
                if item.kind == .initiative {
                    guard let parent = item.parent, listed[parent] != nil, listed[parent]?.contains(page) == false else { continue }
                } else {
                    listed[item.id, default: []].insert(page)
                }
                rows[page, default: []].append((item, link))
            }
            if item.isCounted, listed[item.id] == nil { listed[item.id] = [] }
        }
        return rows
    }
}
