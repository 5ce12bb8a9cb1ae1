import BearingModel

/// How long a piece of work is expected to take, written in time: "(2-3 hours)", "(1 day)", "(~3 weeks)" after its name,
/// or "2-3 hours", "8-14 hours total" as an `Estimated Effort:` value. It is no word of the work's name, and no size on
/// the Effort scale (a number or XS…XL, which effort shares count): it is kept as written, as an `Estimate` field.
enum EffortEstimate {
    /// The field an estimate written after a name is kept as.
    static let key = "Estimate"

    /// "2-3 hours", "~3 weeks", "4-6h", "1 day", "8-14 hours total": a figure or a range of figures and a unit of time.
    private static let estimate = Pattern(
        #"^~?\s*\d+(?:\.\d+)?(?:\s*(?:-|–|—|to)\s*~?\d+(?:\.\d+)?)?\+?\s*(?:h|hrs?|hours?|d|days?|wks?|weeks?|months?|sprints?)(?:\s+total)?$"#,
        needs: Pattern.digits)
    /// A bracket at the end of a name whose words start with a figure: "(2-3 hours)", "(~3 weeks)".
    private static let trailing = Pattern(#"\s*\(\s*(~?\s*\d[^()]{0,30}?)\s*\)\s*$"#, needs: ["("])

    private static let leading = Pattern(
        #"^~?\s*\d+(?:\.\d+)?(?:\s*(?:-|–|—|to)\s*~?\d+(?:\.\d+)?)?\+?\s*(?:h|hrs?|hours?|d|days?|wks?|weeks?|months?|sprints?)\b"#,
        needs: Pattern.digits)

    /// Whether `text` starts with a time estimate ("3-4 days (24-32 hours) spread over 3 weeks").
    static func leads(_ text: String) -> Bool { leading.matches(text.trimmed) }

    /// Whether `text` is all a time estimate.
    static func isEstimate(_ text: String) -> Bool { estimate.matches(text.trimmed) }

    /// The name without the estimate in brackets after it, and the estimate; nil when the name ends in none, or when
    /// nothing but the estimate would be left.
    static func split(_ title: String) -> (name: String, estimate: String)? {
        guard title.hasSuffix(")"), let match = trailing.firstMatchWithRange(in: title), let inner = match.groups[1],
              isEstimate(inner) else { return nil }
        let name = String(title[..<match.range.lowerBound]).trimmed
        guard name.contains(where: \.isLetter) else { return nil }
        return (name, inner.trimmed)
    }
}
