/// Why a plan's headline figures (alignment index, coverage, orphans, grade) are provisional: it has errors, and some
/// of them change what those figures count. An item whose `Priorities:` names nothing that exists is scored by its
/// text instead, a file that could not be read counts for nothing, and a renamed duplicate is counted as two items.
///
/// The figures are not lowered by some penalty: no rule could say by how much a misspelt priority "should" cost, and a
/// number nobody can explain is worse than one whose caveat is printed beside it. Every place that shows the figures
/// (the dashboard, the review page, `bearing report` as text, Markdown and JSON) says they are provisional and why.
public struct ProvisionalFigures: Hashable, Sendable {
    /// Every error in the plan.
    public var errors: Int
    /// Objectives, initiatives and roadmap items with a priority or objective reference that matched nothing.
    public var unresolvedItems: [String]
    /// Ids used twice (`duplicate-id`): the later one is renamed and counted as a second item.
    public var duplicateIDs: Int
    /// Files skipped as unreadable, binary or too large: their objectives are in no figure.
    public var unreadFiles: Int

    /// Nil when the plan has no errors: its figures are final.
    public init?(_ plan: Plan) {
        let errors = plan.diagnostics.filter { $0.severity == .error }
        guard !errors.isEmpty else { return nil }
        self.errors = errors.count
        var items: [String] = []
        for objective in plan.objectives {
            if !objective.resolved.unresolved.isEmpty { items.append(objective.id) }
            for initiative in objective.initiatives where !initiative.resolved.unresolved.isEmpty { items.append(initiative.id) }
        }
        items += plan.roadmapItems.filter { !$0.resolved.unresolved.isEmpty }.map(\.id)
        unresolvedItems = items
        duplicateIDs = errors.filter { $0.code == .duplicateID }.count
        unreadFiles = errors.filter { [.unreadableFile, .binaryFile, .fileTooLarge].contains($0.code) }.count
    }

    /// "7 errors in the plan (5 items name a priority or objective that matches nothing and are scored without it; 1 id
    /// is used twice)": each kind of error that moves a figure, with what it does to it.
    public var reason: String {
        var effects: [String] = []
        let n = unresolvedItems.count
        if n > 0 {
            effects.append("\(n) item\(n == 1 ? " names" : "s name") a priority or objective that matches nothing and "
                           + "\(n == 1 ? "is" : "are") scored without it")
        }
        if duplicateIDs > 0 { effects.append("\(duplicateIDs) id\(duplicateIDs == 1 ? " is" : "s are") used twice") }
        if unreadFiles > 0 { effects.append("\(unreadFiles) file\(unreadFiles == 1 ? " was" : "s were") not read") }
        let head = "\(errors) error\(errors == 1 ? "" : "s") in the plan"
        return effects.isEmpty ? head : head + " (" + effects.joined(separator: "; ") + ")"
    }

    /// "provisional: 7 errors", beside a figure.
    public var short: String { "provisional: \(errors) error\(errors == 1 ? "" : "s")" }
}
