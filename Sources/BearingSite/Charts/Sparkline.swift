import BearingAlign
import BearingReport
import Foundation

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

extension Sparkline {
    /// A key result's progress over time, small enough to sit on its line: a step for each revision that moved it,
    /// time along. Nothing when it never moved (or its figures were never stated twice): a flat line says nothing the
    /// stale flag does not, and objective pages are many. Its height spans the values it took, at least 25 points of
    /// progress, so a move of a few points is seen without looking like a leap; the label gives the figures.
    static func keyResult(_ trend: PlanTrends.KeyResultTrend) -> String {
        let points = trend.points.compactMap { point in point.progress.map { (point.date, min(max($0, 0), 1)) } }
        guard points.count >= 2, let first = points.first, let last = points.last, points.contains(where: { $0.1 != first.1 }) else { return "" }
        let width = 72.0, height = 20.0, pad = 3.0
        let values = points.map(\.1)
        var low = values.min() ?? 0, high = values.max() ?? 1
        if high - low < 0.25 { let middle = (high + low) / 2; low = max(0, min(middle - 0.125, 0.75)); high = low + 0.25 }
        let span = max(last.0.timeIntervalSince(first.0), 1)
        func x(_ date: Date) -> String { SVG.number(pad + (width - 2 * pad) * date.timeIntervalSince(first.0) / span) }
        func y(_ value: Double) -> String { SVG.number(height - pad - (height - 2 * pad) * (value - low) / (high - low)) }
        // Steps: a figure holds until the revision that moves it.
        var coordinates = ["\(x(first.0)),\(y(first.1))"]
        for (index, point) in points.enumerated().dropFirst() {
            coordinates.append("\(x(point.0)),\(y(points[index - 1].1))")
            coordinates.append("\(x(point.0)),\(y(point.1))")
        }
        let label = "Progress \(SVG.percent(first.1)) → \(SVG.percent(last.1)) from \(ReportDocument.day(first.0)) to \(ReportDocument.day(last.0))"
        return "<svg class=\"kr-trend\" viewBox=\"0 0 72 20\" width=\"72\" height=\"20\" role=\"img\" aria-label=\"\(SVG.text(label))\">"
            + "<title>\(SVG.text(label))</title><polyline points=\"\(coordinates.joined(separator: " "))\"/>"
            + "<circle cx=\"\(x(last.0))\" cy=\"\(y(last.1))\" r=\"2.5\"/></svg>"
    }
}
