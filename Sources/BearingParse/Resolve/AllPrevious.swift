import Foundation
import BearingModel

/// "Depends on: All previous phases", "All previous tasks", "All prior steps complete": the work waits for everything
/// the roadmap lists before it. Plans written phase by phase say so of their last phase (a get-shit-done roadmap's
/// "Testing, Audit, and Mainnet Launch"); read as a name, it was an unknown roadmap item, an error on a plan that says
/// exactly what it means.
enum AllPrevious {
    /// Whether `text` is such a reference.
    static func matches(_ text: String) -> Bool {
        pattern.matches(text.trimmed)
    }

    /// Whether one of `references` is such a reference.
    static func any(_ references: [Reference]) -> Bool {
        references.contains { matches($0.written ?? $0.text) }
    }

    /// `references` with each "all previous …" replaced by `earlier`, the ids of the items before the one that depends,
    /// in their order, each at the place the words were written.
    static func expand(_ references: [Reference], earlier: [String]) -> [Reference] {
        references.flatMap { reference -> [Reference] in
            guard matches(reference.written ?? reference.text) else { return [reference] }
            return earlier.map { id in
                var each = Reference(id, at: reference.location)
                each.written = reference.written ?? reference.text
                return each
            }
        }
    }

    /// "All previous phases", "All prior phases (1-3)" (the numbers they are, in brackets), "All phases above", "All the
    /// tasks before this one", "All previous waves complete": the earlier work named by its kind and its place.
    private static let pattern = Pattern(
        #"^all\s+(?:of\s+)?(?:the\s+)?(?:(?:previous|prior|preceding|earlier)\s+KINDS(?:\s+(?:above|before\s+(?:it|this(?:\s+one)?)))?|KINDS\s+(?:above|before\s+(?:it|this(?:\s+one)?)))(?:\s*\([^()]*\))?(?:\s+(?:complete|completed|done|finished|shipped|merged|are\s+complete|must\s+be\s+complete))?\.?$"#
            .replacingOccurrences(of: "KINDS", with: kinds),
        first: "a")

    private static let kinds = #"(?:phases|tasks|steps|stages|milestones|items|stories|epics|sprints|iterations|parts|prompts|waves|specs|releases|work\s+packages|work)"#
}
