import BearingAlign

/// A priority's effort share across quarters as a small line.
enum Sparkline {
    static func render(_ metrics: PriorityMetrics, title: String) -> String {
        let points = metrics.trend
        guard points.count >= 2 else { return "" }
        let width = 240.0, height = 60.0, pad = 6.0
        let top = max(points.map(\.effortShare).max() ?? 0, 0.01)
        let step = (width - 2 * pad) / Double(points.count - 1)
        let coordinates = points.enumerated().map { index, point in
            "\(SVG.number(pad + step * Double(index))),\(SVG.number(height - pad - (height - 2 * pad) * point.effortShare / top))"
        }
        let body = "<polyline class=\"spark\" points=\"\(coordinates.joined(separator: " "))\"/>\n"
        let described = points.map { "\($0.quarter) \(SVG.percent($0.effortShare))" }.joined(separator: ", ")
        return SVG.figure(id: "trend-\(SitePaths.component(metrics.priority))", title: "Trend of \(title)",
                          description: "Share of effort per quarter (\(metrics.direction)): \(described).", width: width, height: height, body: body,
                          table: (["Quarter", "Effort share", "Items"], points.map { [$0.quarter, SVG.percent($0.effortShare), "\($0.items)"] }))
    }
}
