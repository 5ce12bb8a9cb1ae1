import BearingModel

/// An objective (or initiative) that names no owner is owned by its key results' owner when every one of them names
/// the same person or people: an OKR sheet whose rows all say "Ana" says Ana owns the objective. When they name
/// different people (or some name none), the objective has no single owner; each key result keeps its own, and the
/// review's "By owner" lists the objective under each of them (docs/format.md). Status is read the same way: every key
/// result marked "at risk" makes an objective with no status of its own at risk; done and on track together make
/// it on track; any other mix leaves it without one.
/// Owners are compared as `OwnerNames` folds them ("@ana" and "Ana" are one), before the file's own owner is given to
/// objectives that still name none.
enum KeyResultRollup {
    static func fill(_ objective: inout Objective) {
        fill(&objective.metadata, from: objective.keyResults)
        for index in objective.initiatives.indices { fill(&objective.initiatives[index].metadata, from: objective.initiatives[index].keyResults) }
    }

    static func fill(_ metadata: inout Metadata, from keyResults: [KeyResult]) {
        guard let first = keyResults.first else { return }
        if metadata.owners.isEmpty, !first.owners.isEmpty {
            let folded = { (owners: [String]) in Set(owners.map(OwnerNames.fold)) }
            let shared = folded(first.owners)
            if keyResults.allSatisfy({ folded($0.owners) == shared }) { metadata.owners = first.owners }
        }
        if metadata.status == nil, let status = first.status, keyResults.allSatisfy({ $0.status == status }) { metadata.status = status }
        // Some done and the rest on track is an objective on track (OpenSSF's "Completed" beside "On target"). Mixes
        // with a key result not started, at risk or off track say less about the whole: the flagged key result is
        // named in the attention list (`KeyResultFlags`), and the objective claims no status of its own.
        if metadata.status == nil, keyResults.allSatisfy({ $0.status == .done || $0.status == .onTrack }),
           keyResults.contains(where: { $0.status == .onTrack }) {
            metadata.status = .onTrack
        }
    }
}
