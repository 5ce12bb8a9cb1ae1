import BearingAlign
import BearingModel

/// `bearing report --format summary`: a few lines of Markdown for a CI job's summary page
/// (`$GITHUB_STEP_SUMMARY`): the alignment index, how many errors and warnings, what is at risk, the top gaps.
public struct SummaryReport {
    let alignment: Alignment
    let plan: Plan
    let quarter: Quarter?
    let flags: KeyResultFlags
    /// Lists are cut at this many entries: the summary is a glance, the site has the rest.
    static let listLimit = 5

    public init(alignment: Alignment, plan: Plan, quarter: Quarter?) {
        self.alignment = alignment
        self.plan = plan
        self.quarter = quarter
        flags = KeyResultFlags(plan)
    }

    public func render() -> String {
        let q = quarter ?? alignment.currentQuarter
        let scope = q.flatMap { alignment.scope(.quarter, $0.description) } ?? alignment.workspace
        var out = ["### \(DiffMarkdown.cell(plan.config.title ?? alignment.strategy.title))" + (q.map { ": \($0)" } ?? ""), ""]
        let index = scope.map { $0.nothingJudged ? "–" : Format.index($0.alignmentIndex) } ?? "–"
        var facts = ["Alignment index **\(index)**"]
        if let scope {
            let total = alignment.strategy(of: scope).topLevel.count
            // Gaps a team declared work for stay gaps, said apart: "no work" would read as "nobody said".
            let declared = scope.gaps.count { scope.declaredGaps[$0] != nil }
            facts.append("\(total - scope.gaps.count) of \(total) priorities have work" + (declared == 0 ? "" : " (\(declared) more declared, not supported)")
                         + MarkdownReport.scoredThen(alignment, scope: scope))
            if let grade = scope.grade { facts.append("key-results grade \(Format.grade(grade))") }
            if !scope.orphans.isEmpty {
                // Orphans a team declared a priority for are named as such: "orphan" alone reads "nobody said".
                let declared = scope.orphans.count { !alignment.unsupportedDeclarations(of: $0).isEmpty }
                let note = declared == 0 ? "" : declared == scope.orphans.count && declared == 1 ? " (declared, not supported by its text)"
                    : " (\(declared) declared, not supported by their text)"
                facts.append((scope.orphans.count == 1 ? "1 orphan" : "\(scope.orphans.count) orphans") + note)
            }
        }
        facts.append("\(count(plan.errorCount, "error")) · \(count(plan.warningCount, "warning"))" + (plan.errorCount > 0 ? " ❌" : " ✅"))
        out.append(facts.joined(separator: " · "))
        out.append("")
        // The update's risks (`MarkdownReport.risks`): work a key result flags and work behind pace count here too.
        let risks = MarkdownReport.risks(alignment, flags: flags, quarter: q)
        let atRisk = risks.flagged + risks.behind
        if !atRisk.isEmpty {
            out.append("**At risk** (\(atRisk.count))")
            out.append("")
            out += atRisk.prefix(Self.listLimit).map { item in
                let words = MarkdownReport.riskWords(item, alignment: alignment, flags: flags)
                return "- \(DiffMarkdown.cell(item.title)) — \(DiffMarkdown.cell(words)) (`\(item.location.path):\(item.location.line)`)"
            }
            if atRisk.count > Self.listLimit { out.append("- … and \(atRisk.count - Self.listLimit) more") }
            out.append("")
        }
        let allGaps = (scope?.gaps ?? []) + (scope?.subGaps ?? [])
        // A gap a team declared work for has work, only not work its text ties to the priority: listed apart.
        let declaredGaps = allGaps.filter { scope?.declaredGaps[$0] != nil }
        let gaps = allGaps.filter { scope?.declaredGaps[$0] == nil }
        if !gaps.isEmpty {
            out.append("**Gaps**: priorities with no work" + (q.map { " in \($0)" } ?? ""))
            out.append("")
            out += gaps.prefix(Self.listLimit).compactMap { id in scope.flatMap { alignment.strategy(of: $0).priority(id) } }.map { "- \($0.number) \(DiffMarkdown.cell($0.title))" }
            if gaps.count > Self.listLimit { out.append("- … and \(gaps.count - Self.listLimit) more") }
            out.append("")
        }
        if let scope, !declaredGaps.isEmpty {
            out.append("**Declared, not supported**: priorities whose only work" + (q.map { " in \($0)" } ?? "") + " does not say how it serves them")
            out.append("")
            out += declaredGaps.prefix(Self.listLimit).compactMap { id in
                alignment.strategy(of: scope).priority(id).map {
                    "- \($0.number) \(DiffMarkdown.cell($0.title)): \(Alignment.declaredGapText(scope.declaredGaps[id]) ?? "")"
                }
            }
            if declaredGaps.count > Self.listLimit { out.append("- … and \(declaredGaps.count - Self.listLimit) more") }
            out.append("")
        }
        let errors = plan.diagnostics.filter { $0.severity == .error }
        if !errors.isEmpty {
            out.append("**Errors**")
            out.append("")
            out += errors.prefix(Self.listLimit).map { "- `\($0.location.path):\($0.location.line)` \(DiffMarkdown.cell($0.message))" }
            if errors.count > Self.listLimit { out.append("- … and \(errors.count - Self.listLimit) more (`bearing check`)") }
            out.append("")
        }
        return out.joined(separator: "\n") + "\n"
    }

    private func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}
