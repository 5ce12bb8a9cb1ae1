import BearingAlign
import BearingModel
import BearingReport

/// The parts of the quarter and strategy pages that tell how the strategy changed over the plan's history. Empty
/// when the strategy never changed (or the build read no history), so such a site renders exactly as before.
extension SiteContent {
    /// The anchor of one version's entry on the strategy page.
    static func versionAnchor(_ index: Int) -> String { "strategy-version-\(index + 1)" }

    /// On the page of a quarter scored against an earlier strategy: which one, what changed after it, and that
    /// strategy's priorities with the quarter's effort against each. A priority the current strategy no longer has
    /// keeps its old title and links nowhere; one it still has (renamed or not) links to its current page.
    func scoredThen(_ quarter: Quarter, scope: ScopeScore?) -> TemplateValue {
        guard let periods = alignment.periods, let index = periods.scoredAgainst[quarter.description], let scope else { return .list([]) }
        let version = periods.versions[index]
        let next = index + 1 < periods.versions.count ? periods.versions[index + 1] : nil
        let changes = StrategyChange.summary(periods.changes(at: index + 1))
        let gaps = Set(scope.gaps)
        let priorities: [TemplateValue] = version.strategy.topLevel.map { priority in
            let now = strategy.priority(priority.id)
            var row: TemplateValue.Fields = [
                "number": .text(priority.number), "title": .text(priority.title), "share": .text(percent(scope.shares[priority.id] ?? 0)),
                "target": .text(version.strategy.weights[priority.id].map(percent) ?? ""), "gap": .flag(gaps.contains(priority.id)),
                // A gap whose only work declares it, its text not saying how: "only declared work", as the summary says.
                "declared_gap": .flag(scope.declaredGaps[priority.id] != nil),
                "gone": .flag(now == nil), "renamed": .text(now.flatMap { $0.title == priority.title ? nil : "\($0.number) \($0.title)" } ?? ""),
            ]
            if now != nil { row["href"] = .text(paths.priority(priority.id)) }
            return .object(row)
        }
        return .list([.object([
            "since": .text(ReportDocument.day(version.since)), "since_author": .text(version.commit.author),
            "changed": .text(next.map { ReportDocument.day($0.since) } ?? ""), "changed_author": .text(next?.commit.author ?? ""),
            "changes": .text(changes.isEmpty ? "its priorities reworded" : changes),
            "href": .text("strategy.html#" + Self.versionAnchor(index)), "priorities": .list(priorities),
            "has_targets": .flag(!version.strategy.weights.isEmpty),
        ])])
    }

    /// The strategy page's "How the strategy changed": each version, newest first, with its date, author and changes,
    /// and the quarters scored against it. Empty when the strategy never changed.
    func strategyVersions() -> TemplateValue {
        guard let periods = alignment.periods, periods.versions.count > 1 else { return .list([]) }
        let latest = periods.versions.count - 1
        let entries: [TemplateValue] = periods.versions.indices.reversed().map { index in
            let version = periods.versions[index]
            let quarters = periods.quarters(scoredAgainst: index)
            let changes = periods.changes(at: index).map { TemplateValue.text($0.text) }
            return .object([
                "anchor": .text(Self.versionAnchor(index)), "date": .text(ReportDocument.day(version.since)),
                "author": .text(version.commit.author), "commit": .text(String(version.commit.commit.prefix(7))),
                "first": .flag(index == 0), "current": .flag(index == latest),
                "changes": .list(changes), "priorities": .number(version.strategy.topLevel.count),
                "quarters": .list(quarters.map { ["title": .text($0), "href": .text(paths.quarter($0))] }),
                "has_quarters": .flag(!quarters.isEmpty),
            ])
        }
        return .list(entries)
    }
}
