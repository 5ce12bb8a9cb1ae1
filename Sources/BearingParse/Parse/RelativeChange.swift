import BearingModel

/// A target that is a change relative to where the measure stood ("Reduce bugs by 25%", "Increase signups by 20%",
/// "25% fewer tickets"), and the change made so far, written as one ("down 10% so far", "now up 5%", "9% increase
/// (47 to 51)", "Stable (12 to 6)").
///
/// The change so far is read only after the target, so the target's own words are never taken for it. A change in the
/// target's direction is the share of the target it covers (down 10% of a 25% cut: 0.4); a change the other way is no
/// progress at all (0), however large: "Reduce bugs by 25% | 9% increase" must never read as met.
enum RelativeChange {
    enum Direction: Equatable {
        case rising, falling

        var opposite: Direction { self == .rising ? .falling : .rising }
    }

    struct Target: Equatable {
        var direction: Direction
        /// The change asked for, in percent of the starting value (25 for "by 25%").
        var percent: Double
        /// The figure as written ("25%"), to tell it from the target a current value is compared with.
        var written: String
        /// Where the target's phrase ends: the change so far is looked for after it.
        var end: String.Index
    }

    private static let number = #"\d+(?:\.\d+)?"#
    private static let risingVerbs = #"increase[sd]?|increasing|grow(?:s|n|ing)?|raise[sd]?|raising|boost(?:s|ed|ing)?|lift(?:s|ed|ing)?|expand(?:s|ed|ing)?|improve[sd]?|improving"#
    private static let fallingVerbs = #"reduce[sd]?|reducing|cut(?:s|ting)?|lower(?:s|ed|ing)?|decrease[sd]?|decreasing|drop(?:s|ped|ping)?|shrink(?:s|ing)?|trim(?:s|med|ming)?|slash(?:es|ed|ing)?"#
    /// "Reduce bugs by 25%", "Increase the share of self-served tickets by 10 %": a verb of change, then "by N%" within
    /// a few words (bounded, so hostile text cannot make the regex backtrack).
    private static let verbBy = Pattern(
        #"\b(?:(\#(risingVerbs))|(\#(fallingVerbs)))\b[^.;:()|]{0,80}?\bby\s+(\#(number))\s*(?:%|percent\b)"#,
        caseInsensitive: true, needs: ["by"])
    private static let risingNouns = #"increase|growth|rise|more|higher|uplift|improvement"#
    private static let fallingNouns = #"reduction|decrease|drop|cut|fewer|less|lower|decline"#
    /// "25% fewer tickets", "10% increase in retention": the same target, the figure first.
    private static let percentNoun = Pattern(
        #"(?<![\w.#])(\#(number))\s*%\s*\*{0,2}\s*(?:(\#(risingNouns))|(\#(fallingNouns)))\b"#, caseInsensitive: true, needs: ["%"])
    /// "down 10%", "up 5% so far", "increased by 9%", "fell 3%".
    private static let changeWord = Pattern(
        #"\b(?:(up|increased|rose|risen|grew|grown|higher)|(down|decreased|reduced|fell|fallen|dropped|declined|cut|lower))\s+(?:by\s+)?(\#(number))\s*(?:%|percent\b)"#,
        caseInsensitive: true, needs: Pattern.digits)
    /// "(47 to 51)", "(from 12 → 6)": where the measure went from and to, in brackets after the target.
    private static let pair = Pattern(
        #"\(\s*(?:from\s+)?(\#(number))\s*(?:to|→|->|⟶)\s*(\#(number))\s*\)"#, caseInsensitive: true, needs: ["("])
    /// "No change", "unchanged", "flat": the measure has not moved, so none of the change is made.
    private static let noChange = Pattern(#"\b(?:no change|unchanged|flat)\b"#, caseInsensitive: true, needs: ["no change", "unchanged", "flat"])

    /// The relative target the text states, if any: the first "verb … by N%" or "N% fewer/more …".
    static func target(in text: String) -> Target? {
        guard text.contains("%") || text.localizedCaseInsensitiveContains("percent") else { return nil }
        let byVerb = verbBy.firstMatchWithRange(in: text)
        let byNoun = percentNoun.firstMatchWithRange(in: text)
        if let match = byVerb, byNoun.map({ match.range.lowerBound <= $0.range.lowerBound }) ?? true,
           let percent = match.groups[3].flatMap(Double.init) {
            var direction: Direction = match.groups[1] != nil ? .rising : .falling
            // "Improve load time by 20%": improving a time, a cost or an error count lowers it.
            if match.groups[1].map({ $0.lowercased().hasPrefix("improv") }) == true, TargetAndCurrent.isFalling(text) { direction = .falling }
            return Target(direction: direction, percent: percent, written: "\(match.groups[3] ?? "")%", end: match.range.upperBound)
        }
        if let match = byNoun, let percent = match.groups[1].flatMap(Double.init) {
            return Target(direction: match.groups[2] != nil ? .rising : .falling, percent: percent, written: "\(match.groups[1] ?? "")%",
                          end: match.range.upperBound)
        }
        return nil
    }

    /// Progress toward a relative target from the change written after it; nil when the text states no relative target
    /// or no change so far (other forms may still read it).
    static func read(_ text: String) -> ProgressReader.Reading? {
        guard let target = target(in: text), target.percent > 0 else { return nil }
        let rest = String(text[target.end...])
        guard let change = change(in: rest) else { return nil }
        return progress(change: change, toward: target)
    }

    /// The share of `target` a change of `change` percent covers (signed: negative is a fall): 0 when it went the other way.
    static func progress(change: Double, toward target: Target) -> ProgressReader.Reading {
        let along = target.direction == .rising ? change : -change
        return .init(progress: ProgressReader.clamp(along / target.percent), source: .range)
    }

    /// The change written in `text`, in signed percent of the start.
    static func change(in text: String) -> Double? {
        let worded = changeWord.firstMatchWithRange(in: text)
        let nouned = percentNoun.firstMatchWithRange(in: text)
        if let match = [worded, nouned].compactMap({ $0 }).min(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            if match.range == worded?.range, let value = match.groups[3].flatMap(Double.init) {
                return match.groups[1] != nil ? value : -value
            }
            if let value = match.groups[1].flatMap(Double.init) { return match.groups[2] != nil ? value : -value }
        }
        if let groups = pair.firstMatch(in: text), let from = groups[1].flatMap(Double.init), let to = groups[2].flatMap(Double.init), from > 0 {
            return (to - from) / from * 100
        }
        if noChange.matches(text) { return 0 }
        return nil
    }
}
