import BearingModel
import Foundation

extension Alignment {
    /// How far into its period an objective is, when its grade is well behind that and nobody has marked it at risk:
    /// "Launch virtual cards" at 0.28 halfway through the quarter is a risk whatever its status line says. A half-year
    /// or year running through the current quarter is judged by the share of its own period gone (0.2 in the fifth
    /// month of 2026-H2 is as late as in the second month of a quarter). Nil for work marked at risk, off track, done
    /// or dropped (the list already shows or excludes it), for a period that is not under way, and in the first third
    /// of the period, when a low grade is only the work not having started. A committed objective may fall less far
    /// behind (`committedPaceGap`) than one stretched for.
    public func behindPace(_ item: AlignedItem) -> Double? {
        guard item.kind == .objective, let quarter = item.quarter, isCurrentWork(item), let grade = item.progress else { return nil }
        if let status = item.status, [.atRisk, .offTrack, .done, .dropped].contains(status) { return nil }
        let interval = quarter.dateInterval
        let elapsed = min(1, max(0, today.timeIntervalSince(interval.start) / interval.duration))
        let gap = item.commitment == .committed ? Self.committedPaceGap : Self.paceGap
        guard elapsed >= Self.paceGrace, elapsed < 1, grade < elapsed - gap else { return nil }
        return elapsed
    }

    /// The share of the quarter before a grade is judged against the calendar, and how far behind it must be: wider than
    /// the quarter's own "behind" (0.1), since one objective's grade moves in steps of a whole key result.
    static let paceGrace = 1.0 / 3
    static let paceGap = 0.25
    /// A committed objective is to reach 1.0 by its period's end, so it is held to the full line, with only the quarter's
    /// own margin: 0.35 halfway through is behind for it, while an aspirational one has until 0.25.
    static let committedPaceGap = 0.1
}
