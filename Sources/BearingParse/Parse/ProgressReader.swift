import BearingModel

/// Reads a key result's progress from its text. The forms, first match wins (docs/format.md has the table,
/// and a test checks every row of it):
///
/// 1. a result after `=>`, `==>` or `-->`: `=> 78%`, `=> DONE`, `=> 3/5`;
/// 2. `from A to B, now C` (decreasing targets too), or `A to B, now C` and `A → B, now C` with no "from";
/// 3. a target and a current value: `to 3% (currently 5%)`, `12 clinics; 5 done so far`, `3 of 5 pilots: 1 so far`;
/// 4. `N/M`, or `N of M` standing as a measurement (`Members: 48 of 60`, not `Close 3 of 5 pilots`);
/// 5. a trailing `N%` that is not a target (`self-served: 55%`, not `to 40%` nor the change `by 20%`);
/// 6. `score 0.6`;
/// 7. else the checkbox — unless the text states a target and the box is not checked: then progress is unknown.
///
/// Numbers that are not progress (24/7, dates, years, versions, ranges, uptime levels) are hidden first
/// (`ProgressMask`). A plain bullet has no checkbox: without a form its progress is unknown (nil).
package enum ProgressReader {
    package struct Reading: Hashable {
        /// 0…1, or nil when the text does not say.
        package var progress: Double?
        package var source: ProgressSource
        /// Set when the text states progress in no form Bearing reads (`progress-unreadable`).
        package var problem: String?
        /// Set when the text states a target but no current value, so progress is unknown (`progress-unread`).
        package var unread: String?
        /// Set when the figures of an unchecked box say more than done — `7 of 5`, `140%`, a current value past the
        /// target by more than the whole distance (`from 99.8% to 99.95%, now 100.5%`) — which is read as done (clamped
        /// to 1) and warned (`progress-clamped`): the box says not done, the figure more than done, so one is a slip.
        /// A plain bullet (GitLab's "11/10 (110%)") and a checked box record an over-delivery.
        package var beyond: String?
    }

    /// How a `progress-unread` warning for words with a target and no current value begins.
    package static let noCurrentValue = "it states a target but no current value"

    private static let numberCore = #"\d[\d,]*(?:\.\d+)?"#
    /// A suffix letter counts only when no other letter follows: "5 minutes" is 5, "75K" is 75,000.
    private static let number = #"[$€£]?(?<![\w.])\#(numberCore)(?:[kKmMbB](?![A-Za-z])|%)?"#
    private static let arrow = Pattern(#"(?:==?>|-->)\s*(.*)$"#, needs: ["=>", "->"])
    private static func number(_ text: String) -> Double? { Double(text.filter { $0 != "," }) }

    /// A bare count opening a result ("7 onboarded.", "1."), not a share or a part of a whole.
    private static let resultCount = Pattern(#"^\W*(\d[\d,]*(?:\.\d+)?)(?![\d,.]*\s*(?:%|/|of\b|x\b))(?:\.?\s*$|\s+[A-Za-z])"#)
    /// A figure that is a span of time or a size ("3 weeks late", "in 4 weeks", "12 ms", "2 GB"): no count of things done.
    private static let unitFigure = Pattern(
        #"(?<![\w.])\d[\d,]*(?:\.\d+)?\s*(?:ms|msecs?|milliseconds?|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|months?|years?|yrs?|quarters?|sprints?|[kmgt]b)\b"#)
    /// "=> 2025", "=> 2026.": a year alone after the arrow says when, not how many.
    private static let yearResult = Pattern(#"^\W*(?:19|20)\d{2}\W*$"#)
    private static let ratio = Pattern(#"(?<![\w.,/#-])(\#(numberCore))\s*/\s*(\#(numberCore))(?![\w/#-])"#, needs: ["/"])
    /// "N of M" is a measurement only where it stands as one: at the start, after a separator or a word of state
    /// ("live for 3 of 5 programs", "deployed in 4 of 6 regions"). After a verb ("Close 3 of 5 pilots") it is a target.
    /// After a past participle too ("Migrated 30 of 120 customers", "Signed 2 of 5 contracts"): a verb ending in "-eed"
    /// ("Exceed", "Need") or "embed" is no participle.
    private static let ratioOf = Pattern(
        #"(?:^|[:;,(=–—]|\s-|\b(?:at|now|currently|is|are|reached|hit)\b|\b(?:live|running|active|deployed|adopted|used|available|launched|enabled)\s+(?:in|for|on|across|at|by)\b|\b(?!embed\b)[a-z]{2,}[a-df-z]ed\b)\s*(\#(numberCore))\s+(?:out\s+)?of\s+(\#(numberCore))(?![\w/#-])"#, needs: ["of"])
    /// "avg. 4 out of 5 on survey satisfaction", "4 out of 5 stars": a rating aimed at, where a colon would be wrong advice.
    private static let ratingWords = Pattern(#"\b(?:stars?|ratings?|rated|scores?|survey|satisfaction|avg|average|csat|nps)\b"#,
                                             needs: ["star", "rat", "score", "survey", "satisfaction", "avg", "average", "csat", "nps"])
    private static let ofPair = Pattern(#"(?<![\w.,/#-])\#(numberCore)\s+(?:out\s+)?of\s+\#(numberCore)(?![\w/#-])"#, needs: ["of"])
    /// "Signed contracts 2 of 5", "Customers migrated 30 out of 120": "N of M" that ends the key result names no work
    /// after it, so it is where the measure stands ("Close 3 of 5 pilots" is a target).
    private static let ratioAtEnd = Pattern(#"(?<![\w.,/#-])(\#(numberCore))\s+(?:out\s+)?of\s+(\#(numberCore))\s*[.)]?\s*$"#, needs: ["of"])
    /// "Revenue €40k of €100k": two amounts of money, each with its sign, are a measurement wherever they stand.
    private static let amountOf = Pattern(
        #"(?<![\w.])([$€£]\#(numberCore)(?:[kKmMbB](?![A-Za-z]))?)\s+(?:out\s+)?of\s+([$€£]\#(numberCore)(?:[kKmMbB](?![A-Za-z]))?)(?![\w/#-])"#,
        needs: ["of"])
    /// Gaps between the parts are bounded so that hostile text cannot make the regex backtrack for minutes.
    /// A unit of time right after a figure ("1.2s", "400 ms", "2 days"), captured so that figures in different units are
    /// converted to one before they are compared (`DurationUnit`).
    private static let unit = #"(?:\s*(ms|msecs?|milliseconds?|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?)\b)?"#
    private static let bound = TargetBound.source
    /// The words before where the measure stands now: `now 5`, `currently 5`, and a label, `(current: 5)`, `Actual = 5`.
    private static let nowWords = #"(?:now|currently|so far|today|to date|(?:current|actual)(?:\s+value)?(?=\s*(?:is\b|[:=])))"#
    /// Groups: 1 start, 2 its unit, 3 target, 4 its unit, 5 current value, 6 its unit.
    private static let range = Pattern(
        #"\bfrom\s+(\#(number))\#(unit).{0,80}?\bto\s+\#(bound)(\#(number))\#(unit).{0,80}?\b\#(nowWords)\s*(?:at|is|:|=)?\s*(\#(number))\#(unit)"#, needs: ["from"])
    /// "NPS 45 → 55 (now 50)", "450 ms -> 300 ms, now 380": a start and a target joined by an arrow (the start may carry
    /// its unit), then the current value, is `from 45 to 55, now 50`.
    private static let arrowRange = Pattern(
        #"(?<![\w.])(\#(number))\#(unit)(?:\s*[A-Za-z]{1,12})?\s*(?:→|⟶|➝|->)\s*\#(bound)(\#(number))\#(unit).{0,80}?\b\#(nowWords)\s*(?:at|is|:|=)?\s*(\#(number))\#(unit)"#, needs: ["->"])
    /// "Page weight 2 MB to 1 MB, now 1.5 MB": a figure right before "to" is the start, as after "from" (a lone
    /// "to 10k (currently 4k)" is a target with a current value, read by `TargetAndCurrent`).
    private static let toRange = Pattern(
        #"(?<![\w.])(\#(number))\#(unit)(?:\s*[A-Za-z]{1,12})?\s+to\s+\#(bound)(\#(number))\#(unit).{0,80}?\b\#(nowWords)\s*(?:at|is|:|=)?\s*(\#(number))\#(unit)"#, needs: ["to"])
    /// "Reduce page size to 1 MB, from 2 MB, now 1.5 MB": the target, then its start after "from", then the current value
    /// is `from 2 MB to 1 MB, now 1.5 MB`. Groups: 1 target, 2 its unit, 3 start, 4 its unit, 5 current value, 6 its unit.
    private static let toFromRange = Pattern(
        #"\bto\s+\#(bound)(\#(number))\#(unit)(?:\s*[A-Za-z]{1,12})?\s*[,;]?\s*(?:up\s+|down\s+)?from\s+(\#(number))\#(unit).{0,80}?\b\#(nowWords)\s*(?:at|is|:|=)?\s*(\#(number))\#(unit)"#, needs: ["from"])
    /// "Raise NPS from 30 to 40 => 35": a start and a target before the arrow, so the count after it is where the measure
    /// stands on the way between them. Groups: 1 start, 2 target.
    private static let fromToBefore = Pattern(#"\bfrom\s+(\#(number))(?:\s*[A-Za-z]{1,12})?\s+to\s+\#(bound)(\#(number))"#, needs: ["from"])
    /// "Raise NPS to 40 => 35", "Grow the team to 12 => 10": after a verb of change, a figure after "to" is a level the
    /// measure is brought to from wherever it stood; without that start, where it stands now is no share of the distance.
    /// ("Reach 4000 signups => 2025 signups" names a count to reach, read against it.)
    private static let levelAimed = Pattern(#"\bto\s*$"#, ends: ["to"])
    /// "Expand to 5 new markets => 3": new things are counted from none, as "10 new teammates onboarded" is.
    private static let newThings = Pattern(#"^\s*new\b"#, needs: ["new"])
    /// "3/3 monthly releases do not require a patch", "2 of 3 incidents must have a postmortem": a fraction opening the
    /// key result, then the things it counts and a verb saying what must hold of them, is a share aimed at (as "100% of
    /// monthly releases …" is), not a count done ("1/3 partners signed", "2/4 services migrated"). Not when the words say
    /// what is so already: "5 of 10 customers can now log in", "3/5 teams have adopted and will present".
    private static let quantifiedRule = Pattern(
        #"^\W*(\d+\s*(?:/|(?:out\s+)?of)\s*\d+)\s+(?:(?!(?:and|but|or|have|has|had|are|were|is|was|now|already|do|does|will|must|should|can)\b)[A-Za-z][\w-]*\s+){1,4}?(?:(?:do|does)(?:\s+not|n['’]t)?|don['’]t|will|won['’]t|must|should|shall|cannot|can['’]t|can|needs?\s+to|requires?)\b(?!\s+(?:now|already)\b)"#)
    /// "Adoption 45%", "Migration 60 % done": a done-word after the figure says the same. A signed figure ("Cloud cost
    /// -20%", "+15% signups") is a change aimed at, as "by 20%" is, never a share done.
    private static let percent = Pattern(
        #"(?<![\w.#+\-−])(\d+(?:\.\d+)?)\s*%(?:\s*(?:done|complete|completed|finished))?[\s).\]]*$"#, needs: ["%"])
    /// Words right before a trailing `N%` that make it a target or a tolerance, not a result: "to 40%", "by >=10%",
    /// "within 5%", "goal of 99%", "up to 30%", "aim for 60%".
    private static let targetBefore = Pattern(
        #"(?:\b(?:to|by|reach(?:es|ing)?|at least|at most|above|over|below|under|than|target(?:ing|ed)?(?: of)?|hit|achieve|within|goals?(?: of)?|up to|aim(?:ing)? (?:for|at)|aims? (?:for|at)|stretch(?: goal)?(?: of)?)|[<>≤≥↑↓⬆⬇▲▼]=?|=[<>])\s*$"#,
        ends: ["to", "by", "reach", "reaches", "reaching", "least", "most", "above", "over", "below", "under", "than", "target",
               "targeting", "targeted", "of", "hit", "achieve", "within", "goal", "goals", "for", "at", "stretch", "<", ">", "="])
    /// Words right before a trailing `N%` that make it where the measure started: "Win rate of 40% on enterprise deals, up
    /// from 25%", "Reduce churn to 2%, down from 5%", "(baseline: 25%)", "vs. 25% last year". The key result states its
    /// target and its start; how far it has got is not written.
    private static let startBefore = Pattern(
        #"\b(?:from|baseline(?:\s+of)?|base line|was|previously|vs\.?|versus|compared (?:to|with)|starting (?:at|from|point(?:\s+of)?))\s*[:=]?\s*$"#,
        ends: ["from", "baseline", "of", "line", "was", "previously", "vs", "vs.", "versus", "to", "with", "at", "point", ":", "="])
    /// "Every approval decision has attached clinical evidence and an audit record (100%).": a whole in brackets after
    /// words that already say every one of them restates the target in a figure, as "100% of consultations …" states it;
    /// it says nothing of how far the work has got. A part ("Every service migrated (60%)") is where it stands.
    private static let restatedWhole = Pattern(#"\(\s*100(?:\.0+)?\s*%\s*\)[\s.]*$"#, needs: ["100"])
    private static let everyOne = Pattern(#"\b(?:every|each|all)\b"#, needs: ["every", "each", "all"])
    /// A trailing `N%` inside a bracketed remark that names a goal ("(ultimate goal of 99%)", "(stretch goal 60%)",
    /// "(target: 80%)") says what is aimed at, not where it stands.
    private static let goalRemark = Pattern(#"\([^()]*\b(?:goals?|target(?:ed|s)?|stretch|aim(?:ing|s)?|ambition)\b[^()]*$"#, needs: ["("])
    /// A Google-style grade after a dash at the end ("…, now 24 — 0.7", "Launch the beta - 1.0"): written with a
    /// decimal point, so "Ship v2 — 1" keeps its count.
    private static let trailingScore = Pattern(#"\S\s+[—–-]\s*(0?\.\d+|[01]\.\d+)\s*$"#, needs: ["."])
    private static let score = Pattern(#"\bscored?\s*[:=]?\s*(0?\.\d+|[01](?:\.\d+)?)(?![\d.])"#, needs: ["score"])
    /// Words that say a current value is given: when no form reads it, the text is in a form Bearing does not know.
    /// "score" only right before a figure ("score: 7"): "an NPS score of 30 or higher" names a measure and its target.
    static let hint = Pattern(#"\b(now|currently|so far|to date|at)\b\s*[$€£]?\d|\bscored?\s*[:=]?\s*\d"#, needs: Pattern.digits)
    /// A key result that starts with a verb of change ("Reduce", "Increase", "Grow", "Cut").
    private static let changeLead = Pattern(
        #"^\W*(?:increase|grow|raise|boost|lift|expand|improve|reduce|cut|lower|decrease|drop|shrink|trim|slash)\b"#,
        needs: ["increase", "grow", "raise", "boost", "lift", "expand", "improve", "reduce", "cut", "lower", "decrease", "drop", "shrink", "trim", "slash"])
    /// Words right before a figure that say it is where the measure stands: "at 45%", "now 45%", "is 45%".
    private static let standsAt = Pattern(#"\b(?:at|now|currently|is|so far|today|reached|hit)\s*$"#,
                                          ends: ["at", "now", "currently", "is", "far", "today", "reached", "hit"])
    private static let percentFigure = Pattern(#"\d\s*%"#, needs: ["%"])
    private static let figureCount = Pattern(#"(?<![\w.#])\d[\d,]*(?:\.\d+)?"#, needs: Pattern.digits)
    static let digit = Pattern(#"(?<![\w.#])\d"#, needs: Pattern.digits)

    /// Longer key results (in characters) are prose, not measurements; only the checkbox is read from them, and an
    /// unchecked one with figures is said to be unread.
    package static let maxMeasuredLength = 600

    package static func read(_ text: String, checked: Bool?) -> Reading {
        // "… (Jan: 99.95%, Feb: 99.7%)": a figure month by month stands where its latest entry says.
        // "Close 20 deals (Maria: 8, Julian: 5)": the parts of a count add up to where it stands.
        let plain = DurationUnit.minutesSpelledOut(withoutTrailingStatus(text))
        let series = MonthlySeries.asLatest(plain)
        let written = series == plain ? CountBreakdown.asTotal(plain) : series
        let fallback = checked.map { Reading(progress: $0 ? 1 : 0, source: .checkbox) } ?? Reading(progress: nil, source: .unknown)
        // Bytes first: a text of at most 600 bytes has at most 600 characters, and nearly every key result is short.
        if written.utf8.count > maxMeasuredLength, written.count > maxMeasuredLength {
            guard checked != true, written.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return fallback }
            return Reading(progress: nil, source: .unknown,
                           problem: "it is over \(maxMeasuredLength) characters, so it is read as prose and its figures are not read; put the measure in a short line of its own (`Signups: 3 of 5`) and the rest under it")
        }
        // "🟩🟩🟩⬜⬜" in a Progress cell: the bar's filled share, as "3/5" would say it.
        if let bar = ProgressBar.read(written) { return Reading(progress: bar, source: .ratio) }
        let text = MeasureWords.english(written)
        if text.utf8.last.map({ $0 >= 0x30 && $0 <= 0x39 }) == true, let groups = trailingScore.firstMatch(in: text),
           let value = groups[1].flatMap(Double.init), value <= 1 {
            // The team's own grade says how far the key result got; the figures before it are what was graded.
            return Reading(progress: value, source: .score)
        }
        // Every form but the result and the word "score" needs a digit: plain ASCII text without one skips the
        // regular expressions (non-ASCII text may hold other scripts' digits, which `\d` matches).
        let hasDigit = text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 || $0 >= 0x80 })
        let words = LiteralFilter(text)
        if words.mayHold("=>", "->"), let (groups, range) = arrow.firstMatchWithRange(in: text) {
            let result = ProgressResult.read(groups[1] ?? "", checked: checked)
            // "10 new teammates onboarded. => 7 onboarded.", "Hire 4 engineers => 3 hired": a count after the arrow, where
            // the words before it hold one figure, a rising target, is where the measure stands against it (0.7, 0.75).
            // "2 blog posts hit the top 5 in Hacker News. => 1." holds two, and which is the target is not said: unread.
            // A year ("=> 2025"), or a span of time on either side ("in 4 weeks => 3", "=> 3 weeks late", "=> 12 ms"),
            // is no count of the things the target counts: unread, as before.
            let outcome = groups[1] ?? ""
            if result.progress == nil, let count = resultCount.firstMatch(in: outcome)?[1].flatMap(Self.number),
               !yearResult.matches(outcome), !unitFigure.matches(outcome) {
                let before = String(text[..<range.lowerBound])
                let masked = ProgressMask.mask(before, filter: LiteralFilter(before)).text
                let figures = figureCount.allMatchesWithRanges(in: masked)
                if figures.count == 2, let groups = fromToBefore.firstMatch(in: masked), let start = groups[1].flatMap(NumberText.value),
                   let target = groups[2].flatMap(NumberText.value), start != target, !unitFigure.matches(masked) {
                    var reading = distance(start: start, target: target, now: count)
                    reading.source = .result
                    return reading
                }
                if figures.count == 1, let figure = figures.first, changeLead.matches(masked), levelAimed.matches(String(masked[..<figure.range.lowerBound])),
                   !newThings.matches(String(masked[figure.range.upperBound...])) {
                    let written = figure.groups[0] ?? ""
                    return Reading(progress: nil, source: .unknown,
                                   unread: "`to \(written)` is a level the measure is brought to from where it stood, so the count after the arrow is no share of the way; write its start too (`from A to \(written) => \(outcome.trimmed)`)")
                }
                if let target = figures.first?.groups[0].flatMap(Self.number), target > 0, figures.count == 1,
                   !percentFigure.matches(before), !unitFigure.matches(masked), !TargetAndCurrent.isFalling(before) {
                    return Reading(progress: clamp(count / target), source: .result)
                }
            }
            return result
        }
        guard hasDigit || words.mayHold("score") else { return fallback }
        let masked = ProgressMask.mask(text, filter: words)
        let measure = masked.text
        // "Uptime from 99.2% to 99.9%, now 99.5%": a written start makes a service level a distance covered (0.43), as a
        // table's Baseline, Target and Current cells do; without one it is met or not.
        let ranged = masked.hidTarget ? ProgressMask.mask(text, filter: words, levels: false).text : measure
        if words.mayHold("from"), let reading = fromToNow(ranged, range) { return checked == false ? reading : reading.withinTotal }
        if words.mayHold("→", "⟶", "➝", "->"), let reading = fromToNow(ranged, arrowRange) { return checked == false ? reading : reading.withinTotal }
        if words.mayHold(" to "), let reading = fromToNow(ranged, toRange) { return checked == false ? reading : reading.withinTotal }
        if words.mayHold("from"), let reading = fromToNow(ranged, toFromRange, targetFirst: true) { return checked == false ? reading : reading.withinTotal }
        if words.mayHold("%", "percent"), let reading = RelativeChange.read(measure) { return reading }
        if words.mayHold(any: TargetAndCurrent.markers) || words.mayHold("(") && words.mayHold(":") || words.mayHold("ed"),
           let reading = TargetAndCurrent.read(measure) { return reading }
        if words.mayHold("/", "of"), let share = quantifiedRule.firstMatch(in: measure)?[1] {
            guard checked != true else { return fallback }
            return Reading(progress: nil, source: .unknown,
                           unread: "`\(share)` opening what must hold of the things it counts is a share aimed at, as `100% of …` is, not a count done; add where it stands (`…, now 2 of 3`) or check the box when it is met")
        }
        if words.mayHold("/", "of"), let reading = fraction(measure) { return checked == false ? reading : reading.withinTotal }
        if words.mayHold("%"), let match = percent.firstMatchWithRange(in: measure), let value = match.groups[1].flatMap(Double.init),
           !targetBefore.matches(String(measure[..<match.range.lowerBound])), !goalRemark.matches(String(measure[..<match.range.lowerBound])),
           !startBefore.matches(String(measure[..<match.range.lowerBound])) {
            let before = measure[..<match.range.lowerBound]
            // "Decrease churn 5%", "Increase adoption 45%": a verb of change and a bare figure is the change aimed at, as
            // "by 5%" is; "Increase adoption: 45%" (a colon, a dash, "at", "now") gives where it stands, and so does a figure
            // after the change aimed at ("Cut tickets by 50% @valentin 20%").
            if checked != true, changeLead.matches(text), !before.contains("%"), !before.contains(":"), !before.contains(" — "), !before.contains(" – "), !before.contains(" - "),
               !standsAt.matches(String(before)) {
                return Reading(progress: nil, source: .unknown,
                               unread: "a change (`\(before.split(separator: " ").first ?? "")` … `\(match.groups[1] ?? "")%`) states what is aimed at, not where it stands; give the current value after a colon or `now` (`…: 40%`, `now 40%`)")
            }
            if checked != true, value == 100, restatedWhole.matches(measure), everyOne.matches(String(before)), !hasFreeDigit(String(before)) {
                return Reading(progress: nil, source: .unknown,
                               unread: "\(noCurrentValue) (`(100%)` after words that say every one restates the target); add one (`…, now 80%`) or check the box when it is met")
            }
            var reading = Reading(progress: clamp(value / 100), source: .percent)
            if value > 100, checked == false {
                reading.beyond = "`\(match.groups[1] ?? "")%` is more than all of it"
            }
            return reading
        }
        if words.mayHold("score"), let groups = score.firstMatch(in: measure), let value = groups[1].flatMap(Double.init), value <= 1 {
            return Reading(progress: value, source: .score)
        }
        if checked != true, words.mayHold("now", "currently", "so far", "to date", "at", "score"), hint.matches(measure) {
            return Reading(progress: nil, source: .unknown,
                           problem: "progress is not in a form Bearing reads; write `N/M`, `N of M`, a trailing `N%`, `from A to B, now C`, `=> N%` or `score 0.6`")
        }
        // The filter says "maybe" for any text that is not ASCII ("Hire 2–3 engineers"), so the marker is looked for itself.
        if checked != true, masked.hidTarget, words.mayHold(any: TargetAndCurrent.markers), !hasFreeDigit(measure),
           TargetAndCurrent.holdsMarker(measure) {
            // "99.95% uptime (currently 99.9%)": the level is met or not; 99.9 of 99.95 is no share of the work done.
            // "99.9% uptime (actual: 99.95%)" is met: the level and one value beside it, nothing else to choose between.
            if figureCount.allRanges(in: ranged).count == 2, let met = TargetAndCurrent.read(ranged), met.progress == 1 { return met }
            return Reading(progress: nil, source: .unknown,
                           unread: "a service level (uptime, availability, 99.x%) is met or not, so its current value is no share done; check the box when it is met")
        }
        if checked != true, words.mayHold("of"), let pair = ofPair.firstMatch(in: measure), let written = pair[0], !ratingWords.matches(measure) {
            // "Pilots 2 of 5 live": the pair reads as a target after a word; the fix is the colon, not a "now" figure.
            return Reading(progress: nil, source: .unknown,
                           unread: "`\(written)` after a word reads as a target (as in `Close 3 of 5 pilots`); if it is where the measure stands, put a colon before it (`…: \(written)`)")
        }
        if checked != true, masked.hidTarget || hasFreeDigit(measure) {
            // A checked box says the target was reached; an unchecked one or a plain bullet says nothing about how far it got.
            return Reading(progress: nil, source: .unknown,
                           unread: "\(noCurrentValue); add one (`…, now 5`, `=> 40%`) or check the box when it is met")
        }
        // A percentage that no form read (hidden as part of a date, a version or a name) is not the box's to settle in silence.
        if checked != true, words.mayHold("%"), percentFigure.matches(text) {
            return Reading(progress: nil, source: .unknown,
                           unread: "its percentage is not read as progress; write it after a colon or `now` (`…: 40%`, `now 40%`), or check the box when it is met")
        }
        return fallback
    }

    /// "Move Postgres to multi-AZ — 80% 🟢", "… 80% :green_circle:", "… 60% (on track)": a status written after the figure
    /// says how the work stands, and is not part of the figure; without it the trailing `80%` is read. Only after a
    /// figure: "Sortable columns ✅" keeps its mark, which says the key result is done.
    static func withoutTrailingStatus(_ text: String) -> String {
        var rest = text.trimmed
        if let (_, before) = Status.trailingSymbol(in: rest) {
            rest = before
        } else if rest.hasSuffix(")"), let open = rest.lastIndex(of: "("),
                  Status(reading: String(rest[rest.index(after: open)..<rest.index(before: rest.endIndex)])) != nil {
            rest = String(rest[..<open]).trimmed
        } else {
            return text
        }
        guard let last = rest.last, last == "%" || last.isNumber else { return text }
        return rest
    }

    /// The current value and target a key result states (`3/5`, `3 of 5`, `from 20 to 50, now 35`), for history's
    /// record of how a figure moved; nil when it states neither in those forms.
    package static func figures(_ text: String) -> (current: Double, target: Double)? {
        guard text.utf8.count <= maxMeasuredLength || text.count <= maxMeasuredLength, text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        let measure = ProgressMask.mask(MeasureWords.english(text)).text
        if let groups = range.firstMatch(in: measure), let target = groups[3].flatMap(NumberText.value), let now = groups[5].flatMap(NumberText.value) {
            return (now, target)
        }
        if !quantifiedRule.matches(measure),
           let groups = countRatio(in: measure) ?? ratioOf.firstMatch(in: measure) ?? amountOf.firstMatch(in: measure) ?? endingRatio(in: measure),
           let done = groups[1].flatMap(NumberText.value), let total = groups[2].flatMap(NumberText.value) {
            return (done, total)
        }
        return nil
    }

    /// "or more", "rating", "stars" right after `N/M`, or a rating or target word right before it: the pair is a value
    /// on a scale or the level aimed at ("Reach 4/5 app rating", "rated 4/5"), not work done of a total.
    private static let scaleAfter = Pattern(#"^\s*(?:stars?|★|rating|score|or (?:more|higher|above|better))\b"#, needs: ["star", "★", "rating", "score", "or "])
    private static let scaleBefore = Pattern(#"\b(?:rating|rated|score[sd]?|stars?)\W{0,3}$"#, needs: ["rat", "score", "star"])

    /// The first `N/M` that counts work done of a total: whole numbers ("4.6 / 4.8" is two thresholds, "4.5/5" a
    /// rating), not a value on a scale nor the level aimed at (`scaleAfter`, `scaleBefore`, `targetBefore`).
    private static func countRatio(in text: String) -> [String?]? {
        for match in ratio.allMatchesWithRanges(in: text) {
            guard let done = match.groups[1], let total = match.groups[2], !done.contains("."), !total.contains(".") else { continue }
            let before = String(text[..<match.range.lowerBound]), after = String(text[match.range.upperBound...])
            if targetBefore.matches(before) || scaleBefore.matches(before) || scaleAfter.matches(after) { continue }
            return match.groups
        }
        return nil
    }

    /// A table cell that is one number as people write it (`0`, `1,200`, `74%`, `$1.2M`), for history's record of a
    /// Current or Target cell; nil for a phrase ("4.3 sec", "Stable (12 to 6)").
    package static func cellNumber(_ cell: String) -> Double? { NumberText.value(cell) }

    /// The contract's order tries the ratio first; `from A to B, now C` and the current-value forms come before it
    /// here because their parts may look like ratios or percentages ("from 20% to 50%, now 35%").
    private static func fromToNow(_ text: String, _ range: Pattern, targetFirst: Bool = false) -> Reading? {
        guard var groups = range.firstMatch(in: text) else { return nil }
        if targetFirst { groups.swapAt(1, 3); groups.swapAt(2, 4) }
        guard var start = groups[1].flatMap(NumberText.value),
              var target = groups[3].flatMap(NumberText.value), var now = groups[5].flatMap(NumberText.value) else { return nil }
        // "from 1.2s to 400ms, now 800ms": figures in different units of time are compared in one, or not at all.
        let units = [groups[2], groups[4], groups[6]].map { $0.flatMap(DurationUnit.init(written:)) }
        if Set(units.compactMap { $0 }).count > 1 {
            guard let seconds = units[0]?.seconds, let targetSeconds = units[1]?.seconds, let nowSeconds = units[2]?.seconds else {
                return Reading(progress: nil, source: .unknown,
                               problem: "its figures are in different units of time and one has none; write each figure's unit (`from 1.2s to 400ms, now 800ms`)")
            }
            start *= seconds
            target *= targetSeconds
            now *= nowSeconds
        }
        var reading = distance(start: start, target: target, now: now)
        // "uptime from 99.8% to 99.95%, now 100.5%": a share over 100 %, or a current value past the target by more than
        // the whole distance from the start, is more likely a slip than the target met twice over.
        let share = groups[5]?.hasSuffix("%") == true && now > 100 && start <= 100 && target <= 100
        if share || (now - start) / (target - start) > 2 {
            let figure = { (written: String?) in String((written ?? "").reversed().drop { ",. ".contains($0) }.reversed()) }
            reading.beyond = "`\(figure(groups[5]))` is past the target `\(figure(groups[3]))` by more than the distance from the start"
        }
        return reading
    }

    /// How far `now` has moved from `start` toward `target`, 0…1.
    static func distance(start: Double, target: Double, now: Double) -> Reading {
        // Works for decreasing targets too ("from 40 to 10 minutes, now 25"): both differences change sign.
        guard target != start else {
            return Reading(progress: now == target ? 1 : nil, source: now == target ? .range : .unknown,
                           problem: now == target ? nil : "start and target are the same")
        }
        return Reading(progress: clamp((now - start) / (target - start)), source: .range)
    }

    private static func fraction(_ text: String) -> Reading? {
        guard let groups = countRatio(in: text) ?? ratioOf.firstMatch(in: text) ?? amountOf.firstMatch(in: text) ?? endingRatio(in: text),
              let done = groups[1].flatMap(NumberText.value), let total = groups[2].flatMap(NumberText.value) else { return nil }
        guard total > 0 else { return Reading(progress: nil, source: .unknown, problem: "`\(groups[0]?.trimmed ?? "")` divides by zero") }
        var reading = Reading(progress: clamp(done / total), source: .ratio)
        if done > total {
            let written = (groups[0] ?? "").drop { !$0.isNumber && !"$€£".contains($0) }.trimmed
            reading.beyond = "`\(written)` counts more than the whole"
        }
        return reading
    }

    /// `ratioAtEnd`'s groups, unless a target word comes right before the pair ("Cut incidents to 2 of 5").
    private static func endingRatio(in text: String) -> [String?]? {
        guard let match = ratioAtEnd.firstMatchWithRange(in: text), !targetBefore.matches(String(text[..<match.range.lowerBound])) else { return nil }
        return match.groups
    }

    /// `digit.matches(text)` (a digit not inside a word, a decimal or a hidden figure), scanned on bytes when the text
    /// is ASCII.
    static func hasFreeDigit(_ text: String) -> Bool {
        var previous: UInt8 = 0x20
        for byte in text.utf8 {
            guard byte < 0x80 else { return digit.matches(text) }
            if LiteralFilter.isDigit(byte), !(isWordByte(previous) || previous == UInt8(ascii: ".") || previous == UInt8(ascii: "#")) {
                return true
            }
            previous = byte
        }
        return false
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        LiteralFilter.isDigit(byte) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte == UInt8(ascii: "_")
    }

    static func clamp(_ value: Double) -> Double { min(max(value, 0), 1) }
}

extension ProgressReader.Reading {
    /// Figures past done beside a checked box or on a plain bullet are the result written down ("Over-delivered
    /// 12/10", "11/10 (110%)"), not a slip.
    var withinTotal: Self {
        var reading = self
        reading.beyond = nil
        return reading
    }
}
