import BearingModel

/// Puts each key result kept in a page of its own (`NotionDatabasePage`) under the objective its relation names (under
/// each, when it names several): by the objective page's path, else by its title when one objective has it. The objective's own relation already lists it by
/// title, in its order: the page takes that place with its figures, status and owner. Runs before ids and references
/// are resolved, so a key result reads as written under its objective.
enum KeyResultPages {
    static func attach(_ plan: inout Plan) -> [Diagnostic] {
        guard plan.objectiveFiles.contains(where: { $0.keyResultPage != nil }) else { return [] }
        var byPath: [String: Int] = [:]
        var byTitle: [String: [(file: Int, objective: Int)]] = [:]
        for (f, file) in plan.objectiveFiles.enumerated() where file.keyResultPage == nil {
            if !file.objectives.isEmpty { byPath[file.path] = f }
            for (o, objective) in file.objectives.enumerated() { byTitle[folded(objective.title), default: []].append((f, o)) }
        }
        var diagnostics: [Diagnostic] = []
        for page in plan.objectiveFiles.compactMap(\.keyResultPage) {
            // A relation naming two objectives (a key result both count on, as Notion's many-to-many relations allow):
            // it is the key result of each, as each objective's own relation lists it.
            for related in page.objectives {
                let target = related.path.flatMap { byPath[$0] }.map { (file: $0, objective: 0) }
                    ?? byTitle[folded(related.title)].flatMap { $0.count == 1 ? $0[0] : nil }
                guard let target else {
                    diagnostics.append(Diagnostic(.warning, .unresolvedReference,
                                                  "this key result's objective \"\(related.title)\" is not in the workspace, so it is shown under \(page.otherObjectives.isEmpty ? "no objective" : "the relation's other objectives only")",
                                                  at: page.location,
                                                  fix: "export the objectives' database into the objectives folder too, or write the key result under its objective"))
                    continue
                }
                var results = plan.objectiveFiles[target.file].objectives[target.objective].keyResults
                let title = folded(page.keyResult.text), objectivePath = plan.objectiveFiles[target.file].path
                // The objective's relation named it, at the relation's line; a page already put in its place is at its own file.
                if let slot = results.firstIndex(where: { folded($0.text) == title && $0.location.path == objectivePath && $0.figures == nil }) {
                    results[slot] = page.keyResult
                } else if !results.contains(page.keyResult) {
                    // Named twice in one relation (two objectives of one title, both the one found by title): once.
                    results.append(page.keyResult)
                }
                plan.objectiveFiles[target.file].objectives[target.objective].keyResults = results
            }
        }
        return diagnostics
    }

    private static func folded(_ title: String) -> String { title.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ") }
}
