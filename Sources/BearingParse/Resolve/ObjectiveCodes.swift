import BearingModel

/// Objectives by the label their writers numbered them with ("O1", "O2"), for a roadmap item's `Objectives: O1, O2`.
/// Each quarter's file restarts at O1, so a label alone is one objective only where one objective has it, or one in
/// the item's own quarter; any other fit is ambiguous and said so.
struct ObjectiveCodes: Equatable, Sendable {
    private struct Labelled: Equatable, Sendable {
        var id: String
        var quarter: Quarter?
    }

    private var byCode: [String: [Labelled]] = [:]

    init(_ files: [ObjectivesFile]) {
        for objective in files.lazy.flatMap(\.objectives) {
            guard let code = objective.code else { continue }
            byCode[code.uppercased(), default: []].append(Labelled(id: objective.id, quarter: objective.quarter))
        }
    }

    /// The ids of the references in `references` that name a label, which are taken out of it (the others are left
    /// for the id and title rules). A label that fits several objectives is an `ambiguous-reference` error.
    func take(_ references: inout [Reference], period: Quarter?, diagnostics: inout [Diagnostic]) -> [String] {
        guard !byCode.isEmpty else { return [] }
        var ids: [String] = []
        references.removeAll { reference in
            guard let fits = byCode[reference.text.trimmed.uppercased()] else { return false }
            let candidates = fits.count == 1 ? fits : fits.filter { period != nil && $0.quarter == period }
            if candidates.count == 1 {
                ids.append(candidates[0].id)
            } else {
                let named = (candidates.isEmpty ? fits : candidates).map(\.id)
                diagnostics.append(Diagnostic(.error, .ambiguousReference,
                                              "objective reference `\(reference.text)` is the label of \(named.count): \(named.prefix(5).map { "`\($0)`" }.joined(separator: ", "))",
                                              at: reference.location, fix: "use the objective's id or title, or put the item in the objective's quarter"))
            }
            return true
        }
        return ids
    }
}
