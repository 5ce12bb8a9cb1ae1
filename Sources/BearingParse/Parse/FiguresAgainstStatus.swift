import BearingModel

/// A key result whose figures say it is complete while its writer's status says it is at risk or off track
/// (`| No-show rate (%) | 5 | 8 | at risk |`: 8 against 5 on a measure where lower is better, read as met): the figures
/// contradict the writer, who knows which way the measure goes, so its progress is unknown and a warning says so.
enum FiguresAgainstStatus {
    /// Why the progress read from the figures is not kept, or nil when nothing contradicts it. A checked box or a done
    /// status says the target was reached, and a checkbox reading is no figure.
    static func contradiction(progress: Double?, source: ProgressSource, status: Status?, done: Bool) -> String? {
        guard !done, progress == 1, source != .checkbox, let status, status == .atRisk || status == .offTrack else { return nil }
        let said = status == .atRisk ? "at risk" : "off track"
        return "its figures read as complete but its status says \(said); if lower is better, write where it started (`from A to B, now C`), "
            + "else correct the figures or the status"
    }
}
