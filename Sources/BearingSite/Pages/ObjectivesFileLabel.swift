import BearingModel

extension ObjectivesFile {
    /// What names the file among the others planning its period (a quarter page's introductions, one per file): its
    /// team (front matter, a Team field above the objectives, or the one team all its objectives name), else its
    /// title, else the folder it sits in (`objectives/imaging/2027-Q1.md` → "imaging"), else its file name. A file
    /// with no H1 takes its period for a title, and "2027-Q1" on the 2027-Q1 page says nothing about whose notes follow.
    func label(objectiveRoots: [String]) -> String {
        if let team { return team }
        let teams = Set(objectives.compactMap(\.metadata.team))
        if teams.count == 1, let only = teams.first, objectives.allSatisfy({ $0.metadata.team != nil }) { return only }
        if title != quarter?.description, !title.isEmpty { return title }
        let parts = path.split(separator: "/").map(String.init)
        let roots = Set(objectiveRoots.map { $0.split(separator: "/").last.map(String.init) ?? $0 })
        if let folder = parts.dropLast().reversed().first(where: { !Self.namesPeriod($0) }), !roots.contains(folder), parts.count > 1 {
            return folder
        }
        return parts.last ?? path
    }

    /// A folder that only says when (`2027`, `2027-Q1`, `FY27`, `H2`): no name for whose plan it holds.
    private static func namesPeriod(_ folder: String) -> Bool {
        let lower = folder.lowercased()
        return Quarter.find(in: folder) != nil || Quarter.fiscalMention(in: folder) != nil || Int(folder) != nil
            || ["q1", "q2", "q3", "q4", "h1", "h2"].contains(lower) || (lower.hasPrefix("fy") && Int(lower.dropFirst(2)) != nil)
    }
}
