import BearingModel
import Foundation

/// A key result whose progress has not moved for `stale_after_weeks` weeks, by the plan's history.
public struct StaleKeyResult: Sendable, Hashable {
    /// The objective it belongs to (directly or through an initiative): its id and title.
    public var objective: String
    public var objectiveTitle: String
    /// The objective or initiative holding it.
    public var item: String
    public var keyResult: KeyResult
    /// Its last move, or its quarter's start when that came later.
    public var since: Date
    public var weeks: Int
    /// The initiative's owners when it has some, else the objective's.
    public var owners: [String]

    /// "key result unchanged since 2026-08-01 (9 weeks)".
    public var message: String {
        "key result unchanged since \(Format.day(since)) (\(weeks) week\(weeks == 1 ? "" : "s"))"
    }

    /// As a `bearing check` warning at the key result's line.
    public var diagnostic: Diagnostic { diagnostic(named: false) }

    /// `diagnostic`, naming the key result when `named` ("key result “Sign 20 new partners” unchanged since …").
    func diagnostic(named: Bool) -> Diagnostic {
        let text = named ? "key result “\(keyResult.text.count <= 60 ? keyResult.text : String(keyResult.text.prefix(59)).trimmed + "…")”" + message.dropFirst("key result".count) : message
        return Diagnostic(.warning, .staleKeyResult, text, at: keyResult.location,
                          fix: "update its figure, or say in the objective why it has not moved")
    }

    /// Each one's warning; the key results of one `<br>` cell share its place, so theirs name them, or one cell gave
    /// several identical warnings at one line and column.
    public static func diagnostics(_ stale: [StaleKeyResult]) -> [Diagnostic] {
        var sharing: [SourceLocation: Int] = [:]
        for one in stale { sharing[one.keyResult.location, default: 0] += 1 }
        return stale.map { $0.diagnostic(named: sharing[$0.keyResult.location, default: 0] >= 2) }
    }
}

extension PlanTrends {
    /// The plan's stale key results, in plan order. Only objectives of a quarter not yet ended count (an ended
    /// quarter's key results are closed, not stale), and the weeks are counted from the later of the last move and the
    /// quarter's start, so work planned ahead is not stale before its quarter begins. Done key results and done or
    /// dropped objectives and initiatives are never stale; an item the history does not know yet (not committed) is not
    /// judged.
    public func staleKeyResults(in plan: Plan, today: Date, afterWeeks weeks: Int) -> [StaleKeyResult] {
        let limit = Double(max(1, weeks)) * 7 * 86_400
        var found: [StaleKeyResult] = []
        for objective in plan.objectives {
            guard let quarter = objective.quarter, quarter.dateInterval.end > today, Self.isOpen(objective.metadata.status) else { continue }
            let start = quarter.dateInterval.start
            // The objective's key results include its initiatives'; an initiative's own owners and status apply to its own.
            var holders: [SourceLocation: Initiative] = [:]
            for initiative in objective.initiatives { for result in initiative.keyResults { holders[result.location] = initiative } }
            let results = objective.keyResults
            for (result, trend) in zip(results, keyResults(of: objective.id, matching: results, today: today)) {
                let initiative = holders[result.location]
                guard let trend, !result.done, (result.progress ?? 0) < 1, Self.isOpen(initiative?.metadata.status) else { continue }
                let since = max(trend.lastChange, start)
                let quiet = today.timeIntervalSince(since)
                guard quiet >= limit else { continue }
                let owners = initiative.map(\.metadata.owners).flatMap { $0.isEmpty ? nil : $0 } ?? objective.metadata.owners
                found.append(StaleKeyResult(objective: objective.id, objectiveTitle: objective.title, item: initiative?.id ?? objective.id,
                                            keyResult: result, since: since, weeks: Int(quiet / (7 * 86_400)), owners: owners))
            }
        }
        return found
    }

    private static func isOpen(_ status: Status?) -> Bool { status != .done && status != .dropped }
}
