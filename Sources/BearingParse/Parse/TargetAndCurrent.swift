import BearingModel

/// A target and a current value without a start: "Reduce churn to 3% (currently 5%)", "Onboard 12 clinics;
/// 5 done so far", "Close 3 of 5 pilots: 1 so far". Works on text whose non-figures `ProgressMask` has hidden.
///
/// The current value is the number a word of state marks ("currently 5%", "now 40", "current is 125k", "5 done so far", "— 4k now" at the end,
/// "Sign 5 contracts — 2 signed" in the key result's own verb). The target is
/// the number after "to" before it, else the first of "N of M", else the first number before it. A rising target
/// counts from zero (5 of 12 is 42 %); a falling one has no zero to count from, so it is read only once it is met.
enum TargetAndCurrent {
    private static let numberCore = #"(?<![\w.#/])[$€£]?\d[\d,]*(?:\.\d+)?(?:[kKmMbB](?![A-Za-z])|%)?"#
    /// "currently 40%", "now at 3.2", "(current is 125k)", "current value is 12": the figure after a word of state.
    private static let markedAfter = Pattern(
        #"\b(?:now|currently|today|to date|so far|as of now|current(?:\s+value)?(?=\s+(?:is|stands)\b))\b\s*(?:stands\s+)?(?:at|is|are|:|=)?\s*(\#(numberCore))"#,
        needs: ["now", "current", "today", "to date", "so far"])
    private static let markedBefore = Pattern(
        #"(\#(numberCore))\s*(?:(?:[a-z]+\s+){0,2}?(?:done|so far|completed|achieved|to date|delivered|finished|closed|onboarded|hired)\b|now\b(?=\s*(?:[).,;]|$)))"#,
        needs: ["done", "so far", "completed", "achieved", "to date", "delivered", "finished", "closed", "onboarded", "hired", "now"])
    /// "(Q1: 340)", "(Oct: 120)", "(as of Nov: 45%)", "(Q1 2026: 340)": a figure in brackets labelled by the period it
    /// was read in, after the target, is where the measure stands. Only a period then a colon: "(Q1 2026 baseline: 300)"
    /// says where it started, and a bare year ("(2025: 300)") is as often last year's figure.
    private static let periodLabelled = Pattern(
        #"\(\s*(?:as of|at end of|end of)?\s*(?:q[1-4#]|h[12#]|fy\s?[\d#]{2,4}(?:[-\s]?q[1-4#])?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?)(?:\s+[\d#]{1,2}(?:st|nd|rd|th)?)?(?:,?\s+['’]?[\d#]{2,4})?\s*:\s*(\#(numberCore))"#,
        caseInsensitive: true, needs: ["("])
    /// "Current: 3 / Target: 5", "(actual: 99.95%)": the field pair OKR templates write, in either order.
    private static let labelledCurrent = Pattern(#"\b(?:current|actual)(?:\s+value)?\s*[:=]\s*(\#(numberCore))"#, needs: ["current", "actual"])
    /// "Target: < 1 s", "Goal: at least 40": a bound before the figure.
    private static let labelledTarget = Pattern(
        #"\b(?:target|goal)(?:\s+value)?\s*[:=]\s*\#(TargetBound.source)(\#(numberCore))"#, needs: ["target", "goal"])
    /// "(target 50)", "(goal: 50)": a target named in brackets, with or without a colon.
    private static let targetRemark = Pattern(#"\(\s*(?:target|goal)(?:\s+(?:of|is))?\s*[:=]?\s*(\#(numberCore))[^()]*\)"#, needs: ["target", "goal"])
    /// "NPS 45, up from 30 (target 50)": beside a named target, a figure followed by where it rose or fell from is where
    /// the measure stands. Without a named target it is the target itself ("Win rate of 40%, up from 25%").
    private static let upFromCurrent = Pattern(#"(\#(numberCore))\s*[,;]?\s*(?:up|down)\s+from\s+[$€£]?\d"#, needs: ["from"])
    /// "Zero app store rejections", "zero P1 incidents": a target of nothing, written as a word, lower is better.
    private static let zeroTarget = Pattern(#"\bzero\b"#, needs: ["zero"])
    private static let toTarget = Pattern(#"\b(?:to|reach|hit|at least|at most|below|under|above|over)\s+(\#(numberCore))"#,
                                          needs: ["to", "reach", "hit", "at least", "at most", "below", "under", "above", "over"])
    private static let ofTarget = Pattern(#"(\#(numberCore))\s+of\s+\#(numberCore)"#, needs: ["of"])
    /// "1 of 4 engineers hired": the number a done-word marks is the M of "N of M", so N is the current value and M the
    /// target (0.25), not 4 hired against a target of 1.
    private static let countOf = Pattern(#"(\#(numberCore))\s+(?:out\s+)?of\s*$"#, needs: ["of"])
    /// "baseline 450 ms", "Baseline: 450", "starting value of 12", "started at 20": where the measure began.
    private static let baselineValue = Pattern(
        #"\b(?:baseline|base line|starting (?:value|point)|start value|started at)\b\s*(?:of|at|is|was|:|=)?\s*(\#(numberCore))"#,
        caseInsensitive: true, needs: ["baseline", "base line", "starting", "start value", "started at"])
    /// "(now $3.10, was $4)", "now 61, up from 35": the start, written after the current value.
    private static let baselineAfter = Pattern(#"\b(?:was|previously|down from|up from)\s*(?:at|:)?\s*(\#(numberCore))"#, needs: ["was", "previously", "from"])
    private static let anyNumber = Pattern(#"(\#(numberCore))"#, needs: Pattern.digits)
    private static let falling = Pattern(
        #"\b(?:reduce[sd]?|reducing|cut|lower|decrease[sd]?|drop|shrink|halve|minimi[sz]e|below|under|less than|fewer than|at most|no more than|latency|churn|downtime|errors?|incidents?|bugs?|costs?|backlog|defects?|outages?|attrition|turnover|complaints?|(?:response|resolution|wait(?:ing)?|lead|cycle|turnaround|processing|handling|load) times?|first response|time[ -]to(?:[ -]\w+)?)\b|[<≤]|\((?:in\s+)?(?:ms|s|secs?|seconds|mins?|minutes|hrs?|hours|days|weeks)\)"#)
    /// A figure that is a duration ("15 min", "300 ms"): as a target, lower is better. Only the target's unit counts:
    /// "95% of alerts acknowledged within 15 min" rises to 95 %, whatever the 15 minutes.
    private static let duration = Pattern(#"(\#(numberCore))\s*(?:ms|s|sec|seconds|mins?|minutes|hours?|days?)\b"#, needs: Pattern.digits)

    /// True when the words of a measure say lower is better ("Reduce …", "error rate", "cost per forecast", "Median first
    /// response (hours)", "time to first booking"): a time taken, or a measure whose unit in brackets is one.
    static func isFalling(_ text: String) -> Bool { falling.matches(text) || duration.matches(text) }

    /// Words one of which every current value is marked with (`markedAfter`, `markedBefore`): without any, `read` is nil.
    static let markers = [
        "now", "currently", "today", "to date", "so far", "done", "completed", "achieved", "delivered", "finished", "closed", "onboarded", "hired",
        "current", "actual", "up from", "down from",
    ]

    /// True when `text` holds one of `markers`, in any case, or counts what is done in its own verb (`ownVerbCount`).
    static func holdsMarker(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return markers.contains { lowered.contains($0) } || ownVerbCount(in: text) != nil
    }

    /// "Sign 5 contracts — 2 signed", "Ship 4 features: 1 shipped", "Migrate 20 services (12 migrated)": a later figure
    /// followed, within three words, by the key result's own opening verb done is where it stands, as "2 done" is.
    /// Any verb, so its past is made by rule (signed, shipped, migrated, tried); irregular ones ("written") are not
    /// found. Never the first figure: "5 contracts signed by 2 partners" has no target before it.
    static func ownVerbCount(in text: String) -> (groups: [String?], range: Range<String.Index>)? {
        let verb = text.prefix { $0.isLetter }.lowercased()
        guard verb.count >= 3, verb.allSatisfy(\.isASCII), let last = verb.last else { return nil }
        var done: Set<String> = [verb + "ed", verb + String(last) + "ed"]
        if last == "e" { done.insert(verb + "d") }
        if last == "y" { done.insert(verb.dropLast() + "ied") }
        let lowered = text.lowercased()
        guard done.contains(where: lowered.contains) else { return nil }
        for match in anyNumber.allMatchesWithRanges(in: text).dropFirst() {
            // Only words run on from the figure: "Target: 20. Current: 12 partners trained" does not make the 20 trained —
            // a stop, a colon or another figure after it ends what it counts.
            let phrase = text[match.range.upperBound...].prefix { $0.isLetter || $0 == " " || $0 == "-" || $0 == "'" || $0 == "’" }
            let words = phrase.split(whereSeparator: { !$0.isLetter }).prefix(3).map { $0.lowercased() }
            if words.contains(where: done.contains) { return (match.groups, match.range) }
        }
        return nil
    }

    static func read(_ text: String) -> ProgressReader.Reading? {
        guard let current = currentValue(in: text), let value = NumberText.value(current.number) else { return nil }
        var before = String(text[..<current.start])
        if let done = countOf.firstMatch(in: before)?[1].flatMap(NumberText.value) {
            guard value > 0 else { return .init(progress: nil, source: .unknown, problem: "`\(current.number)` as a total divides by zero") }
            return .init(progress: ProgressReader.clamp(done / value), source: .ratio)
        }
        // "300 ms (baseline 450 ms, now 380 ms)", "Baseline: 450": the start is named, so the target is counted from
        // it, as `from 450 to 300, now 380` is; its figure is not the target.
        var baseline = baselineValue.firstMatchWithRange(in: text)
        if let named = baseline, named.range.upperBound <= current.start {
            before = String(text[..<named.range.lowerBound]) + " " + String(text[named.range.upperBound..<current.start])
        } else if let after = baselineAfter.firstMatchWithRange(in: String(text[current.start...])) {
            baseline = after
        }
        let named = labelledTarget.firstMatch(in: text)?[1] ?? targetRemark.firstMatch(in: text)?[1] ?? toTarget.allMatches(in: before).last?[1] ?? ofTarget.firstMatch(in: before)?[1]
        // "Signups 100 → 200; 150 so far": no "to B" names the target, so the pair's B is it and its A the start (the
        // first figure, 100, had been taken for the target and 150 read as met).
        if named == nil, baseline == nil, let pair = WrittenStart.pairs(in: before).last, pair.start != pair.target {
            return .init(progress: ProgressReader.clamp((value - pair.start) / (pair.target - pair.start)), source: .range)
        }
        guard let targetText = named ?? likeCurrent(current.number, in: before) else {
            // "Zero app store rejections, now 0": the word is the target, and nothing above it is met.
            guard zeroTarget.matches(before) else { return nil }
            return value <= 0 ? .init(progress: 1, source: .current)
                : .init(progress: nil, source: .unknown, unread: fallingUnread)
        }
        guard let target = NumberText.value(targetText) else { return nil }
        // "Reduce churn by 25% (currently 5%)": the target is a change and 5% where the measure stands, not a change;
        // they cannot be compared without the start ("Reduce churn by 25% (baseline 8%, now 6%)" can).
        if named == nil, let relative = RelativeChange.target(in: before), relative.percent == target {
            if let start = baseline?.groups[1].flatMap(NumberText.value), start > 0 {
                return RelativeChange.progress(change: (value - start) / start * 100, toward: relative)
            }
            return .init(progress: nil, source: .unknown,
                         unread: "its target is a change (by \(relative.written)) and its current value where the measure stands; write the change so far (`down 10% so far`) or the start (`baseline 8%, now 6%`)")
        }
        if let start = baseline?.groups[1].flatMap(NumberText.value), start != target {
            return .init(progress: ProgressReader.clamp((value - start) / (target - start)), source: .range)
        }
        // A start written before the current value and above the target ("3 → 2; 2.5 so far", "from 3 to 2 (Oct: 2.5)",
        // "down to 2 (was 3, now 2.5)"): the figures say lower is better, whatever the measure is called, and the
        // progress is the distance covered from it (`WrittenStart`). One below the target is where a rising key result
        // started ("Signups 100 → 200; 150 so far", "to 20 (was 10, now 15)"), counted the same way.
        if baseline == nil {
            let written = WrittenStart.fallingPair(in: before)
                ?? WrittenStart.risingStart(in: before, target: target).map { (start: $0, target: target) }
                ?? baselineAfter.firstMatch(in: before)?[1].flatMap(NumberText.value).flatMap { $0 != target ? (start: $0, target: target) : nil }
            if let written {
                return .init(progress: ProgressReader.clamp((value - written.start) / (written.target - written.start)), source: .range)
            }
        }
        if falling.matches(before) || duration.allMatches(in: before).contains(where: { $0[1] == targetText }) {
            if value <= target { return .init(progress: 1, source: .current) }
            return .init(progress: nil, source: .unknown, unread: fallingUnread)
        }
        guard target > 0 else { return .init(progress: nil, source: .unknown, problem: "a target of 0 cannot be counted up to") }
        return .init(progress: ProgressReader.clamp(value / target), source: .current)
    }

    private static let fallingUnread = "it gives a falling target and the current value but not where it started; write `from A to B, now C`"

    /// The first figure before the current value, preferring one written like it: "Alerts acknowledged within 15 min:
    /// 95% (currently 80%)" measures a share, so its target is the 95 %, not the 15 minutes.
    private static func likeCurrent(_ current: String, in text: String) -> String? {
        let figures = anyNumber.allMatches(in: text).compactMap { $0[1] }
        let kind = { (figure: String) -> Character? in figure.last == "%" ? "%" : figure.first.flatMap { "$€£".contains($0) ? $0 : nil } }
        guard let wanted = kind(current) else { return figures.first }
        return figures.first { kind($0) == wanted } ?? figures.first
    }

    /// The marked current value and where its phrase starts (the target is looked for before it).
    private static func currentValue(in text: String) -> (number: String, start: String.Index)? {
        let after = markedAfter.firstMatchWithRange(in: text)
        let before = markedBefore.firstMatchWithRange(in: text)
        // The byte first: Foundation's `contains` is a Unicode-aware search on Linux.
        let labelled = text.containsByte(UInt8(ascii: "(")) && text.contains("(") ? periodLabelled.firstMatchWithRange(in: text) : nil
        let field = labelledCurrent.firstMatchWithRange(in: text)
        let own = ownVerbCount(in: text)
        let upFrom = targetRemark.matches(text) ? upFromCurrent.firstMatchWithRange(in: text) : nil
        let pick = [after, before, labelled, field, own, upFrom].compactMap { $0 }.min { $0.range.lowerBound < $1.range.lowerBound }
        guard let pick, let number = pick.groups[1] else { return nil }
        return (number, pick.range.lowerBound)
    }
}
