import BearingAlign
import BearingReport

/// Priorities × quarters, each cell shaded by the priority's share of that quarter's effort.
enum Heatmap {
    static func render(_ alignment: Alignment) -> String {
        let priorities = alignment.priorities.filter { $0.parent == nil }
        let quarters = priorities.first?.trend.map(\.quarter) ?? []
        guard !priorities.isEmpty, !quarters.isEmpty else { return "<p>No quarters planned yet.</p>\n" }
        let label = 270.0, cell = 84.0, row = 34.0, top = 28.0
        let width = label + cell * Double(quarters.count) + 10, height = top + row * Double(priorities.count) + 8
        var body = ""
        for (column, quarter) in quarters.enumerated() {
            body += "<text x=\"\(SVG.number(label + cell * (Double(column) + 0.5)))\" y=\"18\" text-anchor=\"middle\">\(SVG.text(quarter))</text>\n"
        }
        var rows: [[String]] = []
        for (index, metrics) in priorities.enumerated() {
            let title = alignment.strategy.priority(metrics.priority).map { "\($0.number) \($0.title)" } ?? metrics.priority
            let y = top + row * Double(index)
            body += "<text x=\"0\" y=\"\(SVG.number(y + row / 2 + 4))\">\(SVG.text(String(title.prefix(40)) + (title.count > 40 ? "…" : "")))</text>\n"
            for (column, point) in metrics.trend.enumerated() {
                let level = min(4, Int((point.effortShare * 8).rounded(.up)))
                let x = label + cell * Double(column)
                body += "<rect class=\"h\(level)\" x=\"\(SVG.number(x + 2))\" y=\"\(SVG.number(y + 2))\" width=\"\(SVG.number(cell - 4))\" height=\"\(SVG.number(row - 4))\" rx=\"4\"/>\n"
                body += "<text\(level >= 3 ? " class=\"on-dark\"" : "") x=\"\(SVG.number(x + cell / 2))\" y=\"\(SVG.number(y + row / 2 + 4))\" text-anchor=\"middle\">\(SVG.percent(point.effortShare))</text>\n"
            }
            rows.append([title] + metrics.trend.map { "\(SVG.percent($0.effortShare)) (\($0.items) items)" })
        }
        let leader = priorities.max { ($0.trend.last?.effortShare ?? 0) < ($1.trend.last?.effortShare ?? 0) }
        let leaderTitle = leader.flatMap { alignment.strategy.priority($0.priority)?.title } ?? ""
        let description = "Share of each quarter's linked effort per priority, \(quarters.first ?? "") to \(quarters.last ?? "")."
            + (leader.map { _ in " In \(quarters.last ?? "") the largest share goes to \(leaderTitle)." } ?? "")
        return SVG.figure(id: "heatmap", title: "Effort share by priority and quarter", description: description, width: width, height: height,
                          body: body, table: (["Priority"] + quarters, rows))
    }
}
