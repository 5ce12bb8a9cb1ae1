import BearingModel

/// Hides the numbers in a key result that are not progress before the progress forms are tried, so that
/// "24/7 support" is not a ratio, "by 3/31" not a fraction, "v2.3" not a score and "Uptime 99.9%" not 99.9 % done.
///
/// Hidden digits become `#`, which keeps every other character where it was.
enum ProgressMask {
    struct Masked: Equatable {
        var text: String
        /// True when a hidden number was a target (an uptime or availability level), not a date or a version:
        /// the key result then states a target even if no digit is left.
        var hidTarget: Bool
    }

    private static let monthDay = #"(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])"#
    private static let dayMonth = #"(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2])"#
    /// A month's name (English, or as German, French, Spanish or Dutch plans spell it) or its abbreviation, and no other
    /// word that starts like one: "gross margin 70%", "decrease 5%",
    /// "separate 3 of 5" are figures, not "March 70".
    private static let month = #"(?:jan(?:uary|uar|uari|vier)?|feb(?:ruary|ruar|ruari)?|mar(?:ch|s|zo)?|apr(?:il|ile)?|mayo?|jun(?:e|i|io)?|jul(?:y|i|io)?|aug(?:ust|ustus)?|sep(?:t(?:ember|embre|iembre)?)?|oct(?:ober|obre|ubre)?|nov(?:ember|embre|iembre)?|dec(?:ember|embre)?)(?![a-z])\.?"#

    /// Numbers that are no figure at all: round-the-clock, dates, years after a preposition or a period, versions.
    static let notFigures = Pattern(
        #"\b24\s*[/x×]\s*7\b"#
        // "[Target: 60%, Weight: 40%]", "(confidence 70%)", "(confidence 7/10)", "30% weighting": how much the key result
        // counts or how likely it is, never how far it got ("Page weight 2 MB to 1 MB" is a measure: no percentage).
        // After "now" or "currently" the word names the measure itself ("currently confidence 7/10"): its current value.
        + #"|(?i:(?<!now\s|currently\s|current\s|today\s)\b(?:weight(?:ing|ed)?|confidence|probability|likelihood|chance)\s*(?::|=|of|at)?\s*~?\d+(?:\.\d+)?\s*(?:%|/\s*(?:10|5)\b))"#
        + #"|(?i:(?<![\w.])\d+(?:\.\d+)?\s*%\s*(?:weight(?:ing|ed)?|confidence|probability|likelihood|chance)\b)"#
        // "(weight 2)", "(confidence 0.7)", "[Weight: 3]": in brackets a bare number after the word is the weight too — with
        // nothing after it but the bracket, so "(page weight 2 MB)" stays a measure.
        + #"|(?i:(?<=[(\[,;])\s*(?:weight(?:ing)?|confidence|probability|likelihood|chance)\s*(?::|=)?\s*~?\d+(?:\.\d+)?(?=\s*[)\],;]))"#
        // The number in a key-result label ("KR 1:", "KR1.2 -", "Key result 3:") names the key result, it measures nothing.
        + #"|^\s*(?:[A-Z][\w&/.,'’-]*\s+){0,7}?(?:KR|Key [Rr]esult)\s*#?\s*\d+(?:\.\d+)*(?=\s*(?::|\.\s|\)|\s[-–—]\s))"#
        // "Apply 80/20 rule", "a 70/30 split", "the Pareto (80/20) principle": a proportion the work is shared in, no count
        // of 80 done of 20.
        + #"|(?<![\w.,/#-])\d{1,3}\s*/\s*\d{1,3}(?=\)?\s+(?:rule|rules|principle|split|mix|allocation)\b)|\bpareto\s*\(?\s*\d{1,3}\s*/\s*\d{1,3}"#
        + #"|\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b"#
        // "finish deciding on the primitives: https://github.com/ipld/specs/issues/56": an address written out names a
        // page, and the issue number in it is no target.
        + #"|\bhttps?://[^\s<>()\[\]]*\d[^\s<>()\[\]]*"#
        // "by 3/31" (not "on 30/46 hubs": only a real month and day, after a word of time).
        + #"|\b(?:by|due|until|till|before|after|since|through|thru|deadline|end of)\s*:?\s+(?:\#(monthDay)|\#(dayMonth))(?![\d/])"#
        // "Jul 31st, 2025", "31 July 2025": the year of a written day is part of the date.
        + #"|\b\#(month)\s+\d{1,2}(?:st|nd|rd|th)?(?:(?:,\s*|\s+)(?:19|20)\d{2})?\b"#
        + #"|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?\#(month)(?:,?\s+(?:19|20)\d{2}\b|(?![a-z]))"#
        + #"|\b(?:in|by|of|for|since|during|until|before|after|end|through|q[1-4]|h[12]|fy|cy|\#(month))\s+(?:19|20)\d{2}\b(?![-/]\d)"#
        + #"|(?<![\w.])(?:19|20)\d{2}[-–]?(?:q[1-4]|h[12])\b"#
        // "M1 (week 1–2): health endpoints": a span of the plan's weeks or months says when, it is no range of targets.
        + "|" + spanSource
        // A year in a name ("Talk at KubeCon Europe 2024", "Publish the Annual Report 2025"): after a capitalized word
        // that does not start the text, with no unit or count after it ("Reach 2000 users" and "Grow Acme 2000 users"
        // keep their target).
        + #"|(?<=\S\s)[A-Z][\w&'’.-]*\s+(?:19[5-9]\d|20[0-4]\d)\b(?![-/.,]?\d)(?!\s*(?:%|[kKmMbB]\b|[a-z]))"#
        + #"|\bv\d+(?:\.\d+)*\b|(?<![\w.])\d+\.\d+\.\d+(?:[-.+]\w+)?"#
        // A name with a number in it ("C-100 systems", "COVID-19", "SHA-256"): "100% of C-100 systems have delivered" is no
        // count of 100 delivered.
        + #"|(?<![\w.-])[A-Za-z]{1,10}-\d+(?![\d.,]*\s*%)\b"#
        // A section of a code ("501(c)(3) compliance", "a 401(k) plan"): a name, no count of 501.
        + #"|(?<![\w.])\d+(?:\(\d{1,3}\))*\([A-Za-z]{1,3}\)(?:\([A-Za-z0-9]{1,3}\))*"#
        // "SOC 2 Type II report issued", "Pass the ISO 27001 audit", "TLS 1.3 everywhere", "HTTP/2 on the edge": a standard
        // named by its number, no target of 2.
        + #"|\b(?:soc|iso(?:/iec)?|iec|pci(?:[ -]dss)?|wcag|nist(?:\s+sp)?|http|tls|ssl|oauth|ipv)\s*/?\s*\d+(?:[.:-]\d+)*\b(?!\s*%)"#
        + #"|\b(?:version|release|releases|ship|launch|publish|tag|upgrade to|migrate to|python|swift|node|java|ios|android|api)\s+\d+(?:\.\d+)+\b"#
        // "Support iOS 17/18 and Android 14/15": versions named together are no count of 17 done of 18.
        + #"|\b(?:versions?|releases?|python|swift|node|java|ios|ipados|android|macos|windows|api|sdk|chrome|firefox|safari)\s+\d+(?:\.\d+)*(?:\s*/\s*\d+(?:\.\d+)*)+(?![\d/])"#)

    private static let spanSource =
        #"\b(?:weeks?|wks?|months?|sprints?|iterations?|kw|wochen?|monate?|semaines?|semanas?|mois|mes(?:es)?)\s+\d{1,3}\s*(?:-|–|—)\s*\d{1,3}\b(?![-/.,]?\d)"#

    /// "(week 1–2)", "Woche 3–4", "months 3-4": when a milestone falls in the plan, which is no figure.
    static let planSpan = Pattern(spanSource, needs: spanWords)

    /// Targets that are never progress: a service level near "uptime"/"availability"/"SLA", any "99.x%", and a range
    /// ("Hire 2-3 engineers": no current value can be read from it).
    static let serviceLevels = Pattern(
        #"\b(?:uptime|availability|available|sla|slo|reliability|durability)\W+(?:[a-z]+\W+){0,3}?\d+(?:\.\d+)?\s*%"#
        + #"|(?<![\w.])\d+(?:\.\d+)?\s*%\s*(?:[a-z]+\s+){0,2}?(?:uptime|availability|available|sla|slo)\b"#
        + #"|(?<![\w.])99\.\d+\s*%"#
        + #"|(?<![\w.,/#])\d+(?:\.\d+)?\s*(?:-|–|—)\s*\d+(?:\.\d+)?(?![\d/])"#)

    static func mask(_ text: String) -> Masked { mask(text, filter: LiteralFilter(text)) }

    /// `filter` skips an expression that cannot match (most key results hold a plain count or percentage); nil runs
    /// both, which is what the tests compare the filtered answers with.
    /// `levels: false` keeps service levels and ranges, for the forms that give a start: "Uptime from 99.2% to 99.9%, now
    /// 99.5%" is a distance covered, as a table's Baseline, Target and Current cells are.
    static func mask(_ text: String, filter: LiteralFilter?, levels hidingLevels: Bool = true) -> Masked {
        let figures = filter.map(mayHideFigures) ?? true ? notFigures.allRanges(in: text) : []
        // "2026-03-31" is a date, not the range "2026-03": a target must not overlap a non-figure.
        let levels = (hidingLevels && filter.map(mayHideLevels) ?? true ? serviceLevels.allRanges(in: text) : [])
            .filter { level in !figures.contains { $0.overlaps(level) } }
        let hidden = figures + levels
        guard !hidden.isEmpty else { return Masked(text: text, hidTarget: false) }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var index = text.startIndex
        for range in hidden.sorted(by: { $0.lowerBound < $1.lowerBound }) where range.lowerBound >= index {
            out += text[index..<range.lowerBound]
            for character in text[range] { out.append(character.isNumber ? "#" : character) }
            index = range.upperBound
        }
        out += text[index...]
        return Masked(text: out, hidTarget: !levels.isEmpty)
    }

    private static let timeWords = ["by", "due", "until", "till", "before", "after", "since", "through", "thru", "deadline", "end of"]
    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    private static let levelWords = ["uptime", "availab", "sla", "slo", "reliability", "durability"]

    /// False only when no alternative of `notFigures` can match: each needs a digit and the literal or digit shape
    /// named beside it.
    static func mayHideFigures(_ filter: LiteralFilter) -> Bool {
        guard filter.mayHoldDigit else { return false }
        return filter.mayHold("24", "kr", "key result")                                         // 24/7; a key-result label
            || filter.mayHold("://")                                                             // https://…/issues/56
            || filter.mayHoldDigits(around: UInt8(ascii: "/"), spaced: true) && filter.mayHold(any: splitWords)   // 80/20 rule
            || filter.mayHoldDigits(around: UInt8(ascii: "-"))                                   // 2026-03-31
            || filter.mayHoldDigits(around: UInt8(ascii: "/"))                                   // 3/31/2026; by 3/31
                && (filter.mayHold(UInt8(ascii: "/"), times: 2) || filter.mayHold(any: timeWords))
            || filter.mayHold(any: months)                                                       // Mar 3; 3rd March
            || filter.mayHold("19", thenDigits: 2) || filter.mayHold("20", thenDigits: 2)        // in 2026; 2026-Q3
            || filter.mayHold("v", thenDigits: 1)                                                // v2
            // 1.2.3; Python 3.12 — not any decimal: "score 0.7" is a quarter of the key results Google-style OKRs write.
            || filter.mayHoldDigits(around: UInt8(ascii: ".")) && (filter.mayHold(UInt8(ascii: "."), times: 2) || filter.mayHold(any: versionWords))
            || filter.mayHold("-", thenDigits: 1)                                                // C-100
            || filter.mayHold(any: sectionStarts)                                                // 501(c)(3)
            || filter.mayHoldDigits(around: UInt8(ascii: "/")) && filter.mayHold(any: versionWords)    // iOS 17/18
            || filter.mayHoldDigits(around: UInt8(ascii: "-"), spaced: true) && filter.mayHold(any: spanWords)   // week 1 - 2
            || filter.mayHold(any: likelihoodWords)                                              // Weight: 40%
            || filter.mayHold(any: standardWords)                                                // SOC 2, ISO 27001
    }

    /// The names of standards numbered in `notFigures`.
    private static let standardWords = ["soc", "iso", "iec", "pci", "wcag", "nist", "http", "tls", "ssl", "oauth", "ipv"]

    /// The words that say how much a key result counts or how likely it is, in `notFigures`.
    private static let likelihoodWords = ["weight", "confidence", "probability", "likelihood", "chance"]

    /// The words after (or "Pareto" before) a proportion in `notFigures`.
    private static let splitWords = ["rule", "principle", "split", "mix", "allocation", "pareto"]

    /// A digit right before a bracket, as a code's section number starts ("501(c)").
    private static let sectionStarts = (0...9).map { "\($0)(" }

    /// The words before a span of weeks or months in `notFigures` ("wk" and "kw" also stand for their longer forms).
    private static let spanWords = ["week", "wk", "kw", "month", "sprint", "iteration", "woche", "monat", "semaine", "semana", "mois", "mes"]

    /// The words before a version number in `notFigures`.
    private static let versionWords = [
        "version", "release", "ship", "launch", "publish", "tag", "upgrade to", "migrate to", "python", "swift", "node", "java", "ios", "android", "api",
        "macos", "windows", "sdk", "chrome", "firefox", "safari",
    ]

    /// False only when no alternative of `serviceLevels` can match.
    static func mayHideLevels(_ filter: LiteralFilter) -> Bool {
        guard filter.mayHoldDigit else { return false }
        return filter.mayHold("%") && (filter.mayHold(any: levelWords) || filter.mayHold("99."))  // uptime 99.9%; 99.5%
            || filter.mayHoldDigits(around: UInt8(ascii: "-"), spaced: true)                     // 2-3, 2 - 3
    }
}
