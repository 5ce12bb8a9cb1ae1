import BearingAlign
import BearingModel

/// `bearing report --format csv`: one row per objective, initiative and roadmap item.
public enum CSVReport {
    public static let header = ["item", "kind", "quarter", "roadmap", "title", "priority", "link_kind", "strength", "orphan", "progress", "status", "owners"]

    public static func render(_ alignment: Alignment, plan: Plan, quarter: Quarter?) -> String {
        var rows = [header]
        for item in alignment.items where quarter == nil || (item.quarter == quarter && item.kind != .roadmapItem) {
            let score = alignment.score(of: item.id)
            rows.append([item.id, item.kind.rawValue, item.quarter?.description ?? "", item.roadmap ?? "", item.title,
                         score?.priority ?? "", score?.linkKind?.rawValue ?? "", Format.decimal(score?.strength ?? 0),
                         (score?.orphan ?? true) ? "true" : "false", item.progress.map(Format.decimal) ?? "", item.status?.rawValue ?? "",
                         item.owners.joined(separator: "; ")])
        }
        return CSV.render(rows)
    }
}
