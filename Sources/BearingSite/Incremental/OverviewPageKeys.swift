import BearingAlign
import BearingModel

/// Keys for overview pages that read the whole plan but show little of it: the search page (every item's title and
/// page, by where it sits) and the strategy page (the strategy, and each priority's item count and shares as
/// rounded percentages). Each key covers what the page shows, in the form it shows it, so a change that moves a
/// score without moving any figure on the page leaves it unrendered. `OverviewPageKeysTests` compares every byte
/// with a full build after edits aimed at each of them.
extension SiteRender {
    /// The search page without JavaScript: per group of items (not initiatives), its label, kind and each item's
    /// title and page; the priorities' pages (their numbers and titles are in the global key).
    func searchPageKey(into hasher: inout Hasher) {
        for group in content.searchGroups where group.kind != AlignedItem.Kind.initiative.rawValue {
            hasher.combine(group.label)
            hasher.combine(group.kind)
            hasher.combine(group.entries.count)
            for entry in group.entries {
                hasher.combine(entry.title)
                hasher.combine(entry.href)
            }
        }
        for priority in content.strategy.priorities { hasher.combine(content.paths.priority(priority.id)) }
    }

    /// The strategy page: the strategy itself (its sections, introductions and priorities are in the global key), the
    /// priorities' pages, each top-level and sub-priority's item count, each top-level one's share and target as the
    /// page prints them, the balance chart (built here: a few dozen bars) and the strategy's versions.
    func strategyPageKey(into hasher: inout Hasher) {
        hasher.combine(content.renderer.anchors?.key(of: content.strategy.path))
        let alignment = content.alignment
        let metrics = Dictionary(alignment.priorities.map { ($0.priority, $0) }, uniquingKeysWith: { first, _ in first })
        for priority in content.strategy.priorities {
            let m = metrics[priority.id]
            hasher.combine(content.paths.priority(priority.id))
            hasher.combine(m?.items ?? 0)
            hasher.combine(content.percent(m?.effortShare ?? 0))
            hasher.combine(m?.target.map(content.percent))
        }
        hasher.combine(WeightBars.render(alignment, scope: alignment.workspace))
        content.strategyVersions().combine(into: &hasher)
    }
}

extension TemplateValue {
    /// Feeds the value to `hasher` in the order it is laid out: a page key of a context built for the purpose.
    func combine(into hasher: inout Hasher) {
        switch self {
        case .text(let text):
            hasher.combine(0 as UInt8)
            hasher.combine(text)
        case .flag(let flag):
            hasher.combine(1 as UInt8)
            hasher.combine(flag)
        case .number(let number):
            hasher.combine(2 as UInt8)
            hasher.combine(number)
        case .list(let list):
            hasher.combine(3 as UInt8)
            hasher.combine(list.count)
            for value in list { value.combine(into: &hasher) }
        case .object(let fields):
            hasher.combine(4 as UInt8)
            for (key, value) in fields {
                hasher.combine(key)
                value.combine(into: &hasher)
            }
            hasher.combine(5 as UInt8)
        }
    }
}
