import BearingCore

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
        return rows.map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// RFC 4180: quote fields holding commas, quotes or line breaks; double inner quotes. A leading
    /// `=`, `+`, `-` or `@` is prefixed with `'` so spreadsheets do not run it as a formula.
    static func field(_ text: String) -> String {
        var value = text
        if let first = value.first, "=+-@".contains(first) { value = "'" + value }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
