import BearingAlign
import BearingModel

/// Key results their writers marked at risk or off track, by the objective or initiative they measure: such work
/// needs attention as work marked so itself does, so the attention list and the update's risks list it (off track
/// first) with the mark its worst key result carries. An initiative's key results flag the initiative, the
/// objective's own the objective.
public struct KeyResultFlags: Sendable {
    private var worst: [String: (status: Status, keyResult: String, owners: [String])] = [:]

    public init(_ plan: Plan) { self.init(objectives: plan.objectives) }

    public init(objectives: [Objective]) {
        for objective in objectives {
            for initiative in objective.initiatives { note(initiative.keyResults, for: initiative.id) }
            note(objective.ownKeyResults, for: objective.id)
        }
    }

    private mutating func note(_ keyResults: [KeyResult], for id: String) {
        for result in keyResults {
            guard result.isFlagged, let status = result.status else { continue }
            if let known = worst[id], known.status == .offTrack || status == known.status { continue }
            worst[id] = (status, result.text, result.owners)
        }
    }

    /// The status the attention list gives the item: its own when it is marked at risk or off track, else its worst
    /// key result's; nil when neither flags it.
    public func status(of item: AlignedItem) -> Status? {
        if item.status == .offTrack || item.status == .atRisk { return item.status }
        return item.kind == .roadmapItem ? nil : worst[item.id]?.status
    }

    /// The words of the key result that flags the item, when its own status does not.
    public func keyResult(of item: AlignedItem) -> String? {
        if item.status == .offTrack || item.status == .atRisk || item.kind == .roadmapItem { return nil }
        return worst[item.id]?.keyResult
    }

    /// Who answers for the item in the attention list: when a key result flags it, that key result's own owners (the
    /// row names the key result, so its owner is who to ask), else the item's.
    public func owners(of item: AlignedItem) -> [String] {
        guard keyResult(of: item) != nil, let owners = worst[item.id]?.owners, !owners.isEmpty else { return item.owners }
        return owners
    }
}
