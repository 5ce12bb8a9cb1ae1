import BearingModel

/// An objective (or initiative) that names no owner is owned by its key results' owner when every one of them names
/// the same person or people: an OKR sheet whose rows all say "Ana" says Ana owns the objective. When they name
/// different people (or some name none), the objective has no single owner; each key result keeps its own, and the
/// review's "By owner" lists the objective under each of them (docs/format.md). Status is read the same way: every key
/// result marked "at risk" makes an objective with no status of its own at risk; a mix leaves it without one.
/// Runs after `OwnerNames.unify`, so "@sam kaur" and "Sam Kaur" are already one name.
enum KeyResultRollup {
    static func apply(_ plan: inout Plan) {
        for f in plan.objectiveFiles.indices {
            for o in plan.objectiveFiles[f].objectives.indices {
                fill(&plan.objectiveFiles[f].objectives[o].metadata, from: plan.objectiveFiles[f].objectives[o].keyResults)
                for i in plan.objectiveFiles[f].objectives[o].initiatives.indices {
                    fill(&plan.objectiveFiles[f].objectives[o].initiatives[i].metadata,
                         from: plan.objectiveFiles[f].objectives[o].initiatives[i].keyResults)
                }
            }
        }
    }

    static func fill(_ metadata: inout Metadata, from keyResults: [KeyResult]) {
        if metadata.owners.isEmpty, let owners = shared(keyResults.map(\.owners)), !owners.isEmpty { metadata.owners = owners }
        if metadata.status == nil, let status = shared(keyResults.map(\.status)) ?? nil { metadata.status = status }
    }

    /// The one value all share, nil when there is none or they differ.
    private static func shared<T: Equatable>(_ values: [T]) -> T? {
        guard let first = values.first, values.allSatisfy({ $0 == first }) else { return nil }
        return first
    }
}
