import BearingModel
import BearingAlign

/// One bar per quarter: the key-result grade, coloured by Google's bands, with the 0.4 and 0.7 lines.
///
/// The current quarter's bar is its progress so far: drawn as an outline, labelled "so far" and kept out of the
/// bands, so it never reads as a grade beside the ended quarters'.
enum GradeBars {
    /// Why there is no bar: no key results at all, or key results none of which says how far along it is (a plan of
    /// targets with no figures yet). "No key results yet" over 33 written ones read as if Bearing had missed them.
    private static func nothingGraded(_ alignment: Alignment, only: Set<String>?) -> String {
        let started = Set(alignment.scopes.filter { $0.kind == .quarter && !$0.planned && only?.contains($0.key) != false }.map(\.key))
        let written = alignment.items.filter { $0.quarter.map { started.contains($0.description) } ?? false }.reduce(0) { $0 + $1.keyResultCount }
        guard written > 0 else { return "<p>No key results yet.</p>\n" }
        let which = written == 1 ? "the one key result does not state" : "none of the \(written) key results states"
        return "<p>No grade yet: \(which) its progress (a figure such as <code>3/5</code> or <code>40%</code>, or a checked box).</p>\n"
    }

    /// `only`: the quarters to draw (a quarter's report draws the quarters up to it), every quarter when nil.
    static func render(_ alignment: Alignment, only: Set<String>? = nil) -> String {
        // Bars for the quarterly series only: a half-year's grade beside quarters read as one more quarter.
        let series = Set(Quarter.series(Array(Set(alignment.items.compactMap(\.quarter)))).map(\.description))
        let quarters = alignment.scopes.filter { $0.kind == .quarter && $0.grade != nil && only?.contains($0.key) != false && series.contains($0.key) }
        guard !quarters.isEmpty else { return nothingGraded(alignment, only: only) }
        let left = 70.0, bar = 56.0, gap = 22.0, top = 10.0, plot = 160.0
        let width = left + (bar + gap) * Double(quarters.count) + 10, height = top + plot + 40
        var body = ""
        for mark in [0.4, 0.7] {
            let y = top + plot * (1 - mark)
            body += "<line class=\"band-line\" x1=\"\(SVG.number(left - 6))\" x2=\"\(SVG.number(width))\" y1=\"\(SVG.number(y))\" y2=\"\(SVG.number(y))\"/>\n"
            body += "<text class=\"muted-text\" x=\"0\" y=\"\(SVG.number(y + 4))\">\(mark)</text>\n"
        }
        body += "<line class=\"axis\" x1=\"\(SVG.number(left - 6))\" x2=\"\(SVG.number(width))\" y1=\"\(SVG.number(top + plot))\" y2=\"\(SVG.number(top + plot))\"/>\n"
        for (index, scope) in quarters.enumerated() {
            let grade = scope.grade ?? 0
            let x = left + (bar + gap) * Double(index)
            let h = plot * grade
            let kind = isPace(scope) ? "pace" : scope.gradeBand ?? "plain"
            body += "<rect class=\"bar-\(kind)\" x=\"\(SVG.number(x))\" y=\"\(SVG.number(top + plot - h))\" width=\"\(SVG.number(bar))\" height=\"\(SVG.number(h))\" rx=\"3\"/>\n"
            body += "<text x=\"\(SVG.number(x + bar / 2))\" y=\"\(SVG.number(top + plot - h - 4))\" text-anchor=\"middle\">\(String(format: "%.2f", grade))</text>\n"
            body += "<text x=\"\(SVG.number(x + bar / 2))\" y=\"\(SVG.number(top + plot + 18))\" text-anchor=\"middle\">\(SVG.text(scope.key))</text>\n"
            if isPace(scope) {
                body += "<text class=\"muted-text\" x=\"\(SVG.number(x + bar / 2))\" y=\"\(SVG.number(top + plot + 32))\" text-anchor=\"middle\">so far</text>\n"
            }
        }
        let described = quarters.map { scope in
            "\(scope.key) \(String(format: "%.2f", scope.grade ?? 0))" + (label(scope).isEmpty ? "" : " (\(label(scope)))")
        }.joined(separator: ", ")
        return SVG.figure(id: "grades", title: "Key-result grade by quarter",
                          description: "Grades of ended quarters on the 0.0–1.0 scale, with bands at 0.4 and 0.7\(quarters.contains(where: isPace) ? " (a quarter under way: its progress so far)" : ""): \(described).",
                          width: width, height: height, body: body,
                          table: (["Quarter", "Grade", "Band"], quarters.map { [$0.key, String(format: "%.2f", $0.grade ?? 0), label($0)] }))
    }

    /// A quarter under way: its figure is a pace, not a grade.
    static func isPace(_ scope: ScopeScore) -> Bool { scope.pace.map { $0.status != "finished" } ?? false }

    /// The band, or why there is none: a grade drawn mostly from key results nobody measured is left uncoloured, and
    /// the chart's text says so rather than showing an empty band ("2024-Q4 0.50 ()").
    static func label(_ scope: ScopeScore) -> String {
        guard isPace(scope) else { return scope.gradeBand ?? scope.gradeCoverage.map { "no band: only \($0)" } ?? "" }
        return "so far, \(Int(((scope.pace?.elapsed ?? 0) * 100).rounded()))% of the \(scope.pace?.periodWord ?? "quarter") gone"
    }
}
