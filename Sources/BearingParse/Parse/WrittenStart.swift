import BearingModel

/// Where a measure started, as its words write it beside its target: "from 3 to 2 days", "3 → 2", "baseline 3",
/// "(was 3, …)". A start above the target says lower is better from the figures alone, whatever the measure is called
/// ("Onboarding steps: 3 → 2" falls as "Reduce churn" does), so the key result is read as the distance covered from it.
/// A start below the target is where a rising key result started ("Signups 100 → 200", 150 so far, is half way, as
/// `from 100 to 200, now 150` is); one with no start written counts from zero, as it always has.
enum WrittenStart {
    private static let numberCore = #"(?<![\w.#/])[$€£]?\d[\d,]*(?:\.\d+)?(?:[kKmMbB](?![A-Za-z])|%)?"#
    /// "from 3 to 2", "from 3 days to 2 days", "3 → 2", "3 days -> 2 days", "from 3.2 s to under 1 s": a start and a target. A bare "3 to 2" is not
    /// one ("Move 5 services to 2 regions" moves things).
    private static let pair = Pattern(
        #"(?:\bfrom\s+(\#(numberCore))(?:\s*[A-Za-z]{1,12})?\s+to|(\#(numberCore))(?:\s*[A-Za-z]{1,12})?\s*(?:→|⟶|➝|->))\s*\#(TargetBound.source)(\#(numberCore))"#)
    /// "baseline 3", "Baseline: 3", "starting value of 3", "was 3", "down from 3": a start named by a word.
    private static let named = Pattern(
        #"\b(?:baseline|base line|starting (?:value|point)|start value|started at|was|previously|down from)\b\s*(?:of|at|is|was|:|=)?\s*(\#(numberCore))"#)

    /// The start and target of the last "from A to B" or "A → B" in `text` whose A is above its B.
    static func fallingPair(in text: String) -> (start: Double, target: Double)? {
        pairs(in: text).last { $0.start > $0.target }
    }

    /// The start of the last "from A to B" or "A → B" in `text` whose B is `target` and whose A is below it: a rising
    /// key result's written start. Only beside its own target: "Grow 3 → 5 regions, sign-ups to 200" starts no sign-ups at 3.
    static func risingStart(in text: String, target: Double) -> Double? {
        pairs(in: text).last { $0.start < $0.target && $0.target == target }?.start
    }

    /// Every "from A to B" and "A → B" in `text`, in order.
    static func pairs(in text: String) -> [(start: Double, target: Double)] {
        guard text.contains(where: \.isNumber) else { return [] }
        return pair.allMatches(in: text).compactMap { groups -> (start: Double, target: Double)? in
            guard let start = (groups[1] ?? groups[2]).flatMap(NumberText.value), let target = groups[3].flatMap(NumberText.value) else { return nil }
            return (start, target)
        }
    }

    /// The start, as written, that a key result's words give for `target` when it lies above it: a named baseline
    /// ("baseline 3", "was 3"), else a falling pair whose target is `target` ("Time to first booking: 3 → 2" beside a
    /// Target of 2).
    static func fallingStart(in text: String, target: Double) -> String? {
        start(in: text, target: target, rising: false)
    }

    /// The start, as written, that a key result's words give for `target`, above it (falling) or below it (rising):
    /// a named baseline, else a pair whose target is `target`.
    static func start(in text: String, target: Double, rising: Bool = true) -> String? {
        if let start = named.firstMatch(in: text)?[1], let value = NumberText.value(start), value > target || (rising && value < target) { return start }
        guard text.contains(where: \.isNumber) else { return nil }
        return pair.allMatches(in: text).last { groups in
            guard let start = (groups[1] ?? groups[2]).flatMap(NumberText.value), let end = groups[3].flatMap(NumberText.value) else { return false }
            return (start > end || (rising && start < end)) && end == target
        }.flatMap { $0[1] ?? $0[2] }
    }
}
