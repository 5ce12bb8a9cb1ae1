import BearingModel

/// Periods as roadmaps write them: "2026-Q1", "Q3 2026", "End of Q1", "H2 2026", "By end of Q4+", "Quarter 1 of 2024".
enum PeriodText {
    private static let quarterOnly = Pattern(#"\bQ([1-4])\b"#, needs: ["q1", "q2", "q3", "q4"])
    private static let isoMonth = Pattern(#"(?<![0-9-])((?:19|20|21)[0-9]{2})-([0-9]{2})(?![0-9-])"#, needs: ["-"])
    private static let half = Pattern(#"\bH([12])\b"#, needs: ["h1", "h2"])
    /// "Quarter 1 of 2024", "Q 2", "second quarter": the quarter spelt out.
    private static let quarterWord = Pattern(#"\b(?:quarter\s+([1-4])|(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter)\b"#, needs: ["quarter"])
    private static let ordinals = ["first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4]
    private static let year = Pattern(#"\b((?:19|20|21)\d{2})\b"#, needs: ["19", "20", "21"])
    /// A month's name or its abbreviation as a word of its own: "Separation", "Marketing", "Decision support" and
    /// "Junior hires" begin with one but name no month (read so, a lane titled so was a "period" named by its title).
    private static let month = Pattern(
        #"\b(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b"#, needs: ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])
    private static let horizons: Set<String> = [
        "now", "next", "later", "in flight", "in-flight", "in progress", "upcoming", "candidate", "candidates", "done", "completed",
        "shipped", "backlog", "future", "someday", "icebox", "current", "exploring", "under consideration", "planned", "ideas",
        "next up", "on deck", "delivered", "recently completed", "up next", "not now",
        // Now / Next / Later in German, French, Spanish, Portuguese, Italian and Dutch roadmaps, as whole titles only
        // ("ora", "nu" are words of other titles too).
        "jetzt", "als nächstes", "als naechstes", "später", "spaeter", "demnächst", "zukunft",
        "maintenant", "ensuite", "plus tard", "prochainement", "à venir", "a venir", "futur",
        "ahora", "después", "despues", "más adelante", "mas adelante", "próximamente", "proximamente", "a continuación", "futuro",
        "agora", "depois", "mais tarde", "em breve", "a seguir",
        "adesso", "ora", "dopo", "più avanti", "piu avanti", "prossimamente",
        "nu", "straks", "binnenkort", "toekomst",
    ]

    /// The normalised period named in `text` ("2026-Q1", "Q1", "2026-H2", "2026"), using `year` when the text has none.
    static func normalize(_ text: String, year defaultYear: Int?) -> String? {
        let text = CJKPeriodText.english(text)
        // A fiscal period is kept as written: without the workspace's fiscal year it is not a calendar quarter.
        if let fiscal = Quarter.fiscalMention(in: text) { return fiscal.uppercased() }
        if let quarter = Quarter.find(in: text) { return quarter.description }
        if let span = MonthSpan.period(in: text) { return span.description }
        // A day ("2025-07-31", "Jul 31st, 2025") is in a quarter: the roadmap item is planned for it.
        if let date = WrittenDate.find(in: text) { return Quarter.containing(date).description }
        // So is a month written the ISO way ("2027-03"); not a span of years ("2011-12", "2024-25").
        if let groups = isoMonth.firstMatch(in: text), let year = groups[1].flatMap({ Int($0) }), let month = groups[2].flatMap({ Int($0) }),
           (1...12).contains(month), month != (year + 1) % 100, let quarter = Quarter(year: year, number: (month - 1) / 3 + 1) {
            return quarter.description
        }
        let year = firstYear(text) ?? defaultYear
        if let groups = quarterOnly.firstMatch(in: text), let number = groups[1] {
            return year.map { "\($0)-Q\(number)" } ?? "Q\(number)"
        }
        if let groups = quarterWord.firstMatch(in: text),
           let number = groups[1].flatMap({ Int($0) }) ?? groups[2].flatMap({ ordinals[$0.lowercased()] }) {
            return year.map { "\($0)-Q\(number)" } ?? "Q\(number)"
        }
        if let groups = half.firstMatch(in: text), let number = groups[1] {
            return year.map { "\($0)-H\(number)" } ?? "H\(number)"
        }
        // "2027-08" is a month, kept as written (its quarter is `Quarter.holding`'s), not the year 2027.
        // "Launch completed May 2022" (a completion-date cell) is the month, without the words around it.
        if let (year, number) = Quarter.month(in: text), isoMonth.firstMatch(in: text) == nil,
           text.split(whereSeparator: { !$0.isLetter }).count > 1 {
            return "\(monthNames[number - 1]) \(year)"
        }
        if month.matches(text) || Quarter.month(in: text) != nil { return text.trimmed }
        // "## 2024–2025", "2026 - 2028": work planned over a run of years is planned for all of them, not for the first.
        if let years = Quarter.years(in: text) { return years.description }
        if let year = firstYear(text) { return "\(year)" }
        return nil
    }

    /// Every year written in `text`, in order ("2024–2025" is two).
    private static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                                     "October", "November", "December"]

    static func years(in text: String) -> [Int] {
        year.allMatches(in: text).compactMap { $0[1].flatMap { Int($0) } }
    }

    static func firstYear(_ text: String) -> Int? {
        year.firstMatch(in: text).flatMap { $0[1] }.flatMap { Int($0) }
    }

    static func laneKind(_ title: String, year: Int?) -> (Lane.Kind, String?) {
        let cleaned = TitleText.clean(title.lowercased())
        if horizons.contains(cleaned) || horizons.contains(cleaned.replacingOccurrences(of: "-", with: " ")) { return (.horizon, nil) }
        if let period = normalize(title, year: year), isMostlyPeriod(title) { return (.period, period) }
        return (.theme, nil)
    }

    /// "End of Q1:", "By end of Q2", "Q3 2026" — a short phrase whose point is the period.
    static func isPeriodLabel(_ text: String) -> Bool {
        let trimmed = text.trimmed
        guard trimmed.hasSuffix(":") else { return false }
        return isMostlyPeriod(trimmed) && normalize(trimmed, year: nil) != nil
    }

    private static func isMostlyPeriod(_ text: String) -> Bool {
        text.split(separator: " ").count <= 5
    }
}
