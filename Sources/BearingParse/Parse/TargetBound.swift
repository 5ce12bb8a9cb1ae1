/// A bound written before a target figure: "from 3.2 s to under 1 s", "to at least 40", "3 → < 2", "Target: ≤ 200 ms".
/// The figure after it is the target, as a bare one is; which way the measure moves comes from its start, or from its
/// words as for any target.
enum TargetBound {
    /// An optional bound, then the spaces before the figure: put it right before a number's group.
    static let source = #"(?:(?:under|below|less\s+than|fewer\s+than|at\s+most|no\s+more\s+than|above|over|more\s+than|at\s+least)\s+|[<>≤≥]=?\s*)?"#
}
