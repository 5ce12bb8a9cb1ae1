import BearingAlign
import BearingModel

/// `bearing report --format csv`: one row per objective, initiative and roadmap item.
public enum CSVReport {
    public static let header = ["item", "kind", "quarter", "roadmap", "title", "priority", "link_kind", "strength", "orphan", "progress", "status", "owners"]

    /// With `quarter`, the objectives and initiatives of work in it (`Quarter.runs(through:)`): the quarter's own and
    /// those of a half-year or year running through it, as the text and JSON reports count them; their `quarter`
    /// column says which period each is planned for.
    public static func render(_ alignment: Alignment, plan: Plan, quarter: Quarter?) -> String {
        var rows = [header]
        for item in alignment.items where quarter == nil || (item.kind != .roadmapItem && quarter.map { item.quarter?.runs(through: $0) == true } == true) {
            let score = alignment.score(of: item.id)
            rows.append([item.id, item.kind.rawValue, item.quarter?.description ?? "", item.roadmap ?? "", item.title,
                         score?.priority ?? "", score?.linkKind?.rawValue ?? "", Format.decimal(score?.strength ?? 0),
                         (score?.orphan ?? true) ? "true" : "false", item.progress.map(Format.decimal) ?? "", item.status?.rawValue ?? "",
                         item.owners.joined(separator: "; ")])
        }
        return CSV.render(rows)
    }
}
