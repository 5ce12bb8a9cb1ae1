import BearingAlign
import BearingModel

/// Each priority's actual share of effort as a bar, with its target weight as a mark.
enum WeightBars {
    static func render(_ alignment: Alignment, scope: ScopeScore?) -> String {
        let priorities = alignment.strategy.topLevel
        guard let scope, !priorities.isEmpty else { return "" }
        let label = 270.0, plot = 360.0, row = 30.0
        let width = label + plot + 60, height = row * Double(priorities.count) + 24
        var body = ""
        var rows: [[String]] = []
        for (index, priority) in priorities.enumerated() {
            let actual = scope.shares[priority.id] ?? 0
            let target = alignment.strategy.weights[priority.id]
            let y = row * Double(index)
            let title = "\(priority.number) \(priority.title)"
            body += "<text x=\"0\" y=\"\(SVG.number(y + 19))\">\(SVG.text(String(title.prefix(40)) + (title.count > 40 ? "…" : "")))</text>\n"
            body += "<rect class=\"bar-plain\" x=\"\(SVG.number(label))\" y=\"\(SVG.number(y + 6))\" width=\"\(SVG.number(max(1, plot * actual)))\" height=\"18\" rx=\"3\"/>\n"
            // The figure goes after its bar, or after the target mark when the mark would cross it ("22%" struck
            // through by a 25% target on the example's strategy page).
            var figureX = label + plot * actual + 6
            if let target, plot * target >= plot * actual - 2, plot * target <= plot * actual + 6 + 34 { figureX = label + plot * target + 6 }
            body += "<text x=\"\(SVG.number(figureX))\" y=\"\(SVG.number(y + 19))\">\(SVG.percent(actual))</text>\n"
            if let target {
                let x = label + plot * target
                body += "<line class=\"target\" x1=\"\(SVG.number(x))\" x2=\"\(SVG.number(x))\" y1=\"\(SVG.number(y + 2))\" y2=\"\(SVG.number(y + 28))\"/>\n"
            }
            rows.append([title, SVG.percent(actual), target.map(SVG.percent) ?? "–"])
        }
        let hasWeights = !alignment.strategy.weights.isEmpty
        // With no weights the data table's Target column would be "–" all the way down.
        if !hasWeights { rows = rows.map { Array($0.prefix(2)) } }
        let scopeText = scope.kind == .workspace ? "across the plan" : scope.kind == .quarter ? "in \(scope.key)'s objectives and initiatives" : "on roadmap \(scope.key)"
        // The balance is printed by the formatter the cards use, so a card and the caption beside it cannot disagree.
        // The heatmap beside it also counts roadmap items placed in the quarter, so the two name what they count.
        let description = hasWeights
            ? "Actual share of linked effort per priority \(scopeText) (bars) against the strategy's target weights (marks); balance \(scope.balance.map { NumberFormat.fixed($0, digits: 2) } ?? "–")."
            : "Actual share of linked effort per priority \(scopeText). The strategy sets no target weights."
        return SVG.figure(id: "weights-\(scope.key)", title: title(alignment), description: description,
                          width: width, height: height, body: body, table: (hasWeights ? ["Priority", "Actual", "Target"] : ["Priority", "Actual"], rows))
    }

    /// The chart's name: "against target weights" only when the strategy sets some (OpenTelemetry's sets none, and
    /// its review had a section so named whose caption said there were none).
    static func title(_ alignment: Alignment) -> String {
        alignment.strategy.weights.isEmpty ? "Share of effort by priority" : "Effort against target weights"
    }
}
