import BearingModel

/// "Phases 7-9", "Milestones 2–4", "Phases 1 and 2", "All of Phases 1–5": several steps of a roadmap named at once, as a phased roadmap's
/// last phase writes what it waits for (`**Depends on**: Phases 7-9 (all features exist)`). Each step is a reference of
/// its own ("Phase 7", "Phase 8", "Phase 9"), found as `Depends on: Phase 7` finds its phase (`ReferenceAlias`).
enum StepRange {
    /// A step word, then two step numbers joined by a range dash or an "and": the first and last step, and whether
    /// the steps between them are meant too.
    /// "All of Phases 1–5", "All phases 1-3": the same steps, each named. "Tasks 1-2": a memory bank's numbered tasks
    /// (`- [x] **Task 1**: …`), found by their `Task` field.
    private static let range = Pattern(
        #"^(?:all\s+(?:of\s+)?(?:the\s+)?)?(phases?|milestones?|steps?|stages?|parts?|tasks?)\s+([0-9]{1,3})\s*(-|–|—|to|through|thru|and|&)\s*([0-9]{1,3})$"#,
        first: "pmsat")
    /// A range longer than this is more likely a typo than a plan's steps.
    private static let longest = 20

    /// The references a step range stands for, each at the range's place; nil for any other reference, and for a range
    /// that is itself an item's title or id.
    static func expand(_ reference: Reference, in index: ReferenceIndex, preferring prefix: String?) -> [Reference]? {
        guard let groups = range.firstMatch(in: reference.text.trimmed), let word = groups[1], let joiner = groups[3],
              let first = groups[2].flatMap({ Int($0) }), let last = groups[4].flatMap({ Int($0) }), first < last,
              [reference.text, reference.written].compactMap({ $0 }).allSatisfy({ written in
                  if case .missing = index.resolve(written, preferring: prefix) { true } else { false }
              }) else { return nil }
        let numbers = ["and", "&"].contains(joiner.lowercased()) ? [first, last] : Array(first...last)
        guard numbers.count <= longest else { return nil }
        // "Phases" names each step as "Phase": the singular the steps' own labels use.
        let singular = word.count > 1 && word.lowercased().hasSuffix("s") ? String(word.dropLast()) : word
        let step = singular.prefix(1).uppercased() + singular.dropFirst().lowercased()
        return numbers.map { Reference("\(step) \($0)", at: reference.location) }
    }
}
