import BearingModel

extension Metadata {
    /// Takes from `other` each field this one leaves unset (owners, team, confidence, effort, the references) and the
    /// issues and custom fields it lacks: how a restated copy of an item (`RestatedItems`) or a schedule row naming it
    /// (`RestatedRows`) fills it in. Status and dates are the callers' own, since each says when the other's wins.
    mutating func fillUnset(from other: Metadata) {
        if owners.isEmpty { owners = other.owners }
        if team == nil { team = other.team }
        if confidence == nil { confidence = other.confidence }
        if effort == nil { effort = other.effort; effortWritten = other.effortWritten }
        if priorities.isEmpty { priorities = other.priorities }
        if roadmaps.isEmpty { roadmaps = other.roadmaps }
        if objectives.isEmpty { objectives = other.objectives }
        if dependsOn.isEmpty { dependsOn = other.dependsOn }
        issues += other.issues.filter { !issues.contains($0) }
        custom += other.custom.filter { field in !custom.contains { $0.key == field.key } }
    }
}
