import BearingModel

/// Quarterly goals written inside the strategy, as companies that keep their whole plan in one STRATEGY.md do:
/// "## Goals" over "### Q4 2026" over a checklist. Objectives are read from the objectives folder, so these goals are in
/// no plan; each period's list is said at its heading, with the file it belongs in, rather than left out in silence.
enum StrategyGoals {
    /// Warns at each period heading under a goals section (or a period heading that names goals itself) that holds a list.
    /// `priorities` is the index of the priorities section, whose own headings are priorities, not goals.
    static func warn(_ sections: [Section], priorities: Int?, config: WorkspaceConfig, diagnostics: inout DiagnosticBag) {
        for (index, section) in sections.enumerated() where index != priorities {
            visit(section, underGoals: false, config: config, diagnostics: &diagnostics)
        }
    }

    private static func visit(_ section: Section, underGoals: Bool, config: WorkspaceConfig, diagnostics: inout DiagnosticBag) {
        let namesGoals = underGoals || goalWords.matches(section.title)
        if namesGoals, case .period(let quarter?, _) = HeadingRole.classify(section.title, level: section.level, year: nil, config: config) {
            let count = section.blocks.reduce(0) { total, block in
                if case .list(_, let items) = block.kind { total + items.count } else { total }
            }
            if count > 0 {
                let folder = config.objectivePaths.first ?? "objectives"
                let title = TitleText.clean(section.title)
                diagnostics.warning(.unreadObjectives,
                                    "\(count) goal\(count == 1 ? "" : "s") under \"\(title)\" \(count == 1 ? "is" : "are") not read: the strategy holds the priorities, and objectives are read from \(folder)/",
                                    line: section.line, column: section.column,
                                    fix: "move \(count == 1 ? "it" : "them") to \(folder)/\(quarter.description).md (a `## Goal` heading or a list item for each)")
            }
        }
        for sub in section.subsections { visit(sub, underGoals: namesGoals, config: config, diagnostics: &diagnostics) }
    }

    private static let goalWords = Pattern(#"\b(?:goals?|objectives?|okrs?)\b"#, needs: ["goal", "objective", "okr"])
}
