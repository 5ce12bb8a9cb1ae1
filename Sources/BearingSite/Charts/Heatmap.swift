import BearingAlign
import BearingReport

/// Priorities × quarters, each cell shaded by the priority's share of that quarter's effort.
///
/// A table rather than an SVG: at phone width a drawing either shrinks below legibility or scrolls to show one
/// quarter at a time, while a table's first column wraps and every quarter stays on screen (and it is the data
/// table screen readers want anyway).
enum Heatmap {
    /// `only`: the quarters to show (a quarter's report shows the quarters up to it), every quarter when nil; `focus`:
    /// the quarter the sentence is about, the one under way when nil.
    static func render(_ alignment: Alignment, only: Set<String>? = nil, focus focusQuarter: String? = nil) -> String {
        let priorities = alignment.priorities.filter { $0.parent == nil }
        // The trend points' positions shown, so every row keeps the same columns.
        let columns = (priorities.first?.trend ?? []).indices.filter { only?.contains(priorities[0].trend[$0].quarter) != false }
        let quarters = columns.map { priorities[0].trend[$0].quarter }
        guard !priorities.isEmpty, !quarters.isEmpty else { return "<p>No quarters planned yet.</p>\n" }
        // The sentence is about the quarter under way, not one planned ahead of it.
        let focus = (focusQuarter ?? alignment.currentQuarter?.description).flatMap(quarters.firstIndex) ?? quarters.count - 1
        func share(_ metrics: PriorityMetrics) -> Double {
            let column = columns[focus]
            return metrics.trend.indices.contains(column) ? metrics.trend[column].effortShare : 0
        }
        // A quarter with no linked work has no leader, and an even split has several: "the largest share goes to"
        // the first priority listed once read as the answer for a quarter whose every cell said 0%.
        let most = priorities.map(share).max() ?? 0
        let leaders = most > 0 ? priorities.filter { share($0) == most }.map { alignment.strategy.priority($0.priority)?.title ?? $0.priority } : []
        let sentence: String
        switch leaders.count {
        case 0: sentence = "no work is linked to a priority"
        case 1: sentence = "the largest share goes to \(leaders[0])"
        default: sentence = "the largest share is split evenly between \(leaders.dropLast().joined(separator: ", ")) and \(leaders[leaders.count - 1])"
        }
        // One period is not a span: TODO Group's single year read "2025 to 2025".
        let span = quarters.count == 1 ? "in \(quarters[0])" : "\(quarters.first ?? "") to \(quarters.last ?? "")"
        // It counts roadmap items placed in a quarter with its objectives, where the quarter's cards and bars count its
        // objectives alone: the caption says so, so two different splits of one quarter are not a contradiction.
        let description = "Share of each quarter's linked effort per priority (objectives, initiatives and roadmap items placed in the quarter), \(span). In \(quarters[focus]) \(sentence)."
        var out = "<figure class=\"chart heatmap\" id=\"chart-heatmap\">\n<table class=\"heat\">\n"
        out += "<caption class=\"visually-hidden\">Effort share by priority and quarter</caption>\n<thead><tr><th scope=\"col\">Priority"
        // A quarter that has not started holds planned effort, not work done: its column says so.
        out += quarters.map { quarter in
            let planned = alignment.scope(.quarter, quarter)?.planned == true
            return "<th scope=\"col\">\(SVG.text(quarter))\(planned ? " <span class=\"muted\">planned</span>" : "")"
        }.joined() + "</thead>\n<tbody>\n"
        for metrics in priorities {
            let priority = alignment.strategy.priority(metrics.priority)
            let title = priority?.title ?? metrics.priority
            out += "<tr><th scope=\"row\"><span class=\"num\">\(SVG.text(priority?.number ?? ""))</span> \(SVG.text(title))"
            for point in columns.compactMap({ metrics.trend.indices.contains($0) ? metrics.trend[$0] : nil }) {
                let level = min(4, Int((point.effortShare * 8).rounded(.up)))
                let items = point.items == 1 ? "1 item" : "\(point.items) items"
                out += "<td class=\"h\(level)\">\(SVG.percent(point.effortShare))<span class=\"visually-hidden\"> (\(items))</span>"
            }
            out += "\n"
        }
        out += "</tbody>\n</table>\n<figcaption>\(SVG.text(description))</figcaption>\n</figure>\n"
        return out
    }
}
