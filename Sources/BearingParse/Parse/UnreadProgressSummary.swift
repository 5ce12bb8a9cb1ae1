import BearingModel

/// A plan written before any key result has a current value ("30% reduction in development cycle time", "Platform NPS
/// score above 40") gives every key result a `progress-unread` warning that says the same thing: eleven warnings for
/// one fact about the file. When no key result of the file says how far it has got and each warning is that its target
/// has no current value, the warnings are one, at the first. A warning with another reason (a service level whose
/// current value cannot say met or not, figures against a status) is about its own key result, and all stay apart.
enum UnreadProgressSummary {
    static func summarized(_ diagnostics: [Diagnostic], objectives: [Objective]) -> [Diagnostic] {
        let unread = diagnostics.filter { $0.code == .progressUnread }
        guard unread.count >= 2, unread.allSatisfy({ $0.message.contains("no current value") }) else { return diagnostics }
        let keyResults = objectives.flatMap { $0.keyResults + $0.initiatives.flatMap(\.keyResults) }
        guard keyResults.allSatisfy({ $0.progress == nil }), let earliest = unread.min(by: Diagnostic.ordered) else {
            return diagnostics
        }
        var first = earliest
        first.message = "no key result of this file says how far it has got: \(unread.count) of its \(keyResults.count) key results state a "
            + "target but no current value (this one first; one warning for all of them)"
        first.fix = first.fix ?? "give each key result where it stands (`…, now 5`, `=> 40%`, a Current or Progress line), or tick its box when it is met"
        var placed = false
        return diagnostics.compactMap { diagnostic in
            guard diagnostic.code == .progressUnread else { return diagnostic }
            guard !placed, diagnostic == earliest else { return nil }
            placed = true
            return first
        }
    }
}
