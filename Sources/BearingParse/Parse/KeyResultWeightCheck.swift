import BearingModel

/// Says when key results' weights cannot be taken as written (`KeyResultWeights.problem`): percentages that do not add
/// up to 100%, percentages beside bare numbers, or percentages that leave nothing for the key results given none. Each
/// group that shares a grade is checked on its own: an objective's own key results, and each initiative's.
enum KeyResultWeightCheck {
    static func warn(_ objective: Objective, diagnostics: inout DiagnosticBag) {
        warn(objective.ownKeyResults, diagnostics: &diagnostics)
        for initiative in objective.initiatives { warn(initiative.keyResults, diagnostics: &diagnostics) }
    }

    static func warn(_ results: [KeyResult], diagnostics: inout DiagnosticBag) {
        guard let problem = KeyResultWeights(results).problem, let first = results.first(where: { $0.weight != nil }) else { return }
        let shown = results.compactMap(\.weight?.shown).joined(separator: " + ")
        let message: String, fix: String
        switch problem {
        case .sum(let sum):
            message = "the key results' weights add up to \(Self.percent(sum)) (\(shown)), not 100%: each counts as its share of \(Self.percent(sum))"
            fix = "make the weights add up to 100%"
        case .nothingLeft(let sum, let unweighted):
            message = "the key results' weights add up to \(Self.percent(sum)) (\(shown)), leaving nothing for the \(unweighted) without a weight: "
                + (unweighted == 1 ? "it counts" : "they count") + " nothing in the grade"
            fix = "give every key result a weight, adding up to 100%"
        case .mixed:
            message = "the key results' weights mix percentages and plain numbers (\(shown)): they are not applied, and each key result counts the same"
            fix = "write every weight as a percentage (`Weight: 40%`) or every one as a number (`Weight: 2`)"
        }
        diagnostics.warning(.keyResultWeights, message, line: first.location.line, column: first.location.column, fix: fix)
    }

    private static func percent(_ value: Double) -> String {
        KeyResultWeight(value: value, percent: true).shown
    }
}
