/// Key results their writers marked at risk or off track, and which of them are an objective's own: an objective's
/// `keyResults` include its initiatives', and those flag the initiative. One rule for every view that counts flagged
/// work (the attention list, the owners' and teams' counts, "at risk now").
extension KeyResult {
    public var isFlagged: Bool { status == .atRisk || status == .offTrack }
}

extension Objective {
    /// Its key results less those written under its initiatives.
    public var ownKeyResults: [KeyResult] {
        guard !initiatives.isEmpty else { return keyResults }
        let inInitiatives = Set(initiatives.flatMap { $0.keyResults.map(\.location.line) })
        return keyResults.filter { !inInitiatives.contains($0.location.line) }
    }
}
