import BearingModel

/// Objectives in no quarter: a file whose period Bearing cannot place (GitLab's "FY20-Q3" with no `fiscal_year_start:`
/// in bearing.yml) is on no quarter's page. `check` warns, but a reader of the site must still find its objectives, and
/// what would place them.
extension SiteContent {
    /// One entry per file with objectives in no quarter, in the plan's order: its objectives and the advice of its
    /// period warnings.
    func unplacedFiles() -> [TemplateValue] {
        plan.objectiveFiles.compactMap { file -> TemplateValue? in
            let objectives = file.objectives.filter { $0.quarter == nil }
            guard !objectives.isEmpty else { return nil }
            return ["title": .text(file.title), "path": .text(file.path), "advice": .text(Self.codeSpans(advice(for: file.path))),
                    "objectives": .list(objectives.map { ["title": .text($0.title), "href": .text(paths.objective($0.id))] })]
        }
    }

    /// The dashboard's line about them, as HTML, or "" when every objective is in a quarter.
    func unplacedNote() -> String {
        let files = plan.objectiveFiles.filter { $0.objectives.contains { $0.quarter == nil } }
        guard !files.isEmpty else { return "" }
        let count = files.reduce(0) { $0 + $1.objectives.count { $0.quarter == nil } }
        let fixes = Self.unique(files.flatMap { periodWarnings(for: $0.path).compactMap(\.fix) })
        return Self.codeSpans("\(count) objective\(count == 1 ? " is" : "s are") in no quarter, so no quarter's page shows "
            + (count == 1 ? "it" : "them") + (fixes.isEmpty ? "." : ": " + fixes.joined(separator: "; ") + "."))
    }

    private func advice(for path: String) -> String {
        let warnings = periodWarnings(for: path)
        guard !warnings.isEmpty else {
            return "Bearing cannot tell which quarter this file plans; add front matter `quarter: 2026-Q4`, or name the file `2026-Q4.md`."
        }
        return Self.unique(warnings.map { $0.message + ($0.fix.map { "; " + $0 } ?? "") }).joined(separator: ". ") + "."
    }

    private func periodWarnings(for path: String) -> [Diagnostic] {
        plan.diagnostics.filter { $0.location.path == path && ($0.code == .fiscalPeriod || $0.code == .noQuarter) }
    }

    /// Escaped text whose `…` spans (a diagnostic's fix quotes what to write) are set as code.
    static func codeSpans(_ text: String) -> String {
        let parts = text.split(separator: "`", omittingEmptySubsequences: false)
        guard parts.count % 2 == 1 else { return HTMLEscape.escape(text) }
        return parts.enumerated().map { index, part in
            index % 2 == 1 ? "<code>" + HTMLEscape.escape(String(part)) + "</code>" : HTMLEscape.escape(String(part))
        }.joined()
    }

    private static func unique(_ texts: [String]) -> [String] {
        var seen: Set<String> = []
        return texts.filter { seen.insert($0).inserted }
    }
}
