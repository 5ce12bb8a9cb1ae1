import Foundation

/// The period a set of objectives is planned for: a calendar quarter such as 2026-Q4 (the usual case),
/// a half-year (2025-H1), a year (2026), or a fiscal quarter or half (FY2024-Q1) when the workspace
/// sets `fiscal_year_start:`, or several calendar years (2024-2027) for a plan that runs that long.
///
/// A fiscal year is named after the calendar year it ends in: with `fiscal_year_start: February`, FY2024
/// runs from February 2023 to January 2024, so FY2024-Q1 is February–April 2023 (GitLab's convention).
/// A fiscal year that starts in January is the calendar year.
public struct Quarter: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
    public enum Span: String, Hashable, Sendable {
        case quarter, half, year
        /// Several calendar years in a row ("2024–2027 strategy"): `number` counts them.
        case years

        /// What a period of this kind is called in a sentence: "the quarter", "the half-year", "the year", "the period"
        /// (of a plan by several years).
        package var word: String {
            switch self {
            case .quarter: "quarter"
            case .half: "half-year"
            case .year: "year"
            case .years: "period"
            }
        }

        /// How many months the period runs (one year's for `years`: `Quarter.months` counts them all).
        package var months: Int {
            switch self {
            case .quarter: 3
            case .half: 6
            case .year, .years: 12
            }
        }
    }

    /// The calendar year, or for a fiscal period the year its fiscal year ends in.
    public var year: Int
    /// 1–4 for a quarter, 1–2 for a half, 1 for a year; how many years for `years` (the first is `year`).
    public var number: Int
    public var span: Span
    /// The first month of the fiscal year, or nil for calendar periods.
    public var fiscalStart: Int?

    /// A calendar quarter.
    public init?(year: Int, number: Int) {
        self.init(year: year, number: number, span: .quarter, fiscalStart: nil)
    }

    public init?(year: Int, number: Int, span: Span, fiscalStart: Int? = nil) {
        guard (1900...9999).contains(year), number >= 1 else { return nil }
        if span == .years {
            // Up to a decade, and calendar years only: a fiscal year's range is `yearPair`'s.
            guard (2...10).contains(number), fiscalStart == nil, year + number - 1 <= 9999 else { return nil }
        } else if number > 12 / span.months {
            return nil
        }
        if let fiscalStart, !(1...12).contains(fiscalStart) { return nil }
        self.year = year
        self.number = number
        self.span = span
        self.fiscalStart = fiscalStart
    }

    public var description: String {
        let prefix = fiscalStart == nil ? "\(year)" : "FY\(year)"
        switch span {
        case .quarter: return "\(prefix)-Q\(number)"
        case .half: return "\(prefix)-H\(number)"
        case .year: return prefix
        case .years: return "\(year)-\(year + number - 1)"
        }
    }

    /// How many months the period runs.
    public var months: Int { span == .years ? 12 * number : span.months }

    /// The calendar year and month (1–12) the period starts in.
    public var start: (year: Int, month: Int) {
        var baseYear = year
        var baseMonth = 1
        if let fiscalStart, fiscalStart > 1 {
            baseYear = year - 1
            baseMonth = fiscalStart
        }
        let offset = baseMonth - 1 + (span == .years ? 0 : (number - 1) * span.months)
        return (baseYear + offset / 12, offset % 12 + 1)
    }

    public static func < (a: Quarter, b: Quarter) -> Bool {
        let (x, y) = (a.start, b.start)
        return (x.year, x.month, a.months, a.description) < (y.year, y.month, b.months, b.description)
    }

    /// Reads a calendar quarter ("2026-Q4", "2026Q4", "Q4 2026", "Q4-2026", "2026 Q4", "Q4-26") or half-year
    /// ("2025H1", "2025-H1", "H2 2025") anywhere in `text`, case-insensitively. Fiscal periods ("FY24-Q1",
    /// "FY2024 H2", "Q3 2026/27") are read only when `fiscalStart` is given; without it they are never taken for
    /// calendar periods (see `fiscalMention`).
    public static func find(in text: String, fiscalStart: Int? = nil) -> Quarter? {
        // Before the calendar patterns, which would take "Q3 2026/27" for 2026-Q3.
        if let pair = yearPair(in: text) { return fiscalStart.flatMap(pair.period(fiscalStart:)) }
        if let groups = fiscalPattern.firstMatch(in: text) {
            guard let fiscalStart, let written = groups[1], var year = Int(written) else { return nil }
            if written.count == 2 { year += 2000 }
            // "FY26" alone is the whole fiscal year.
            guard let kind = groups[2]?.uppercased().first, let number = groups[3].flatMap({ Int($0) }) else {
                return Quarter(year: year, number: 1, span: .year, fiscalStart: fiscalStart)
            }
            return Quarter(year: year, number: number, span: kind == "H" ? .half : .quarter, fiscalStart: fiscalStart)
        }
        if let worded = worded(text) { return worded }
        if let (span, _) = quarterSpan(in: text) { return span }
        for (span, patterns) in [(Span.quarter, quarterPatterns), (.half, halfPatterns)] {
            // Every pattern holds "Q1"–"Q4" (or "H1", "H2"): most texts hold neither, and six expressions over every
            // title and key result were a tenth of parsing.
            guard Self.holds(span == .quarter ? ["Q", "q"] : ["H", "h"], digits: span == .quarter ? 4 : 2, in: text) else { continue }
            for (index, pattern) in patterns.enumerated() {
                guard let groups = pattern.firstMatch(in: text) else { continue }
                let (year, number) = index == 0 ? (groups[1], groups[2]) : (groups[2], groups[1])
                // "Q2-19": a two-digit year is this century's.
                if let y = year.flatMap({ Int($0) }), let n = number.flatMap({ Int($0) }) {
                    return Quarter(year: y < 100 ? 2000 + y : y, number: n, span: span)
                }
            }
        }
        return trimester(text)
    }

    /// Two quarters written as one span ("Q1/Q2 2020", "Q1-Q2 2020", "2020 Q1/2", "Q3–Q4 2021", "Q1 & Q2 2020", "Q3 2027 –
    /// Q4 2027"): the half-year they make up, or the year ("Q1–Q4 2026"). Read as the first or last quarter alone, a
    /// co-operative's "Objectives for 2020 Q1/2" was planned for 2020-Q1 and "OKRs Q1/Q2 2020" for 2020-Q2. A span that
    /// is neither ("Q2/Q3 2020", "Q1 2027 through Q3 2027") ends at its last quarter, when its work is due: read as the
    /// year, a Q2–Q3 window was placed in Q1 and Q4 too. Returns the period and the words that wrote it.
    public static func quarterSpan(in text: String) -> (Quarter, String)? {
        guard Self.holds(["Q", "q"], digits: 4, in: text) else { return nil }
        for (index, pattern) in quarterSpanPatterns.enumerated() {
            guard let match = pattern.firstMatchWithRange(in: text) else { continue }
            let groups = match.groups
            // Patterns 1 and 3 write the year first, 2 between the quarters.
            let (first, last, year) = index == 0 ? (groups[1], groups[2], groups[3]) : index == 2 ? (groups[1], groups[3], groups[2])
                : (groups[2], groups[3], groups[1])
            guard let a = first.flatMap({ Int($0) }), let b = last.flatMap({ Int($0) }), let y = year.flatMap({ Int($0) }), a < b,
                  let period = a == 1 && b == 2 ? Quarter(year: y, number: 1, span: .half)
                    : a == 3 && b == 4 ? Quarter(year: y, number: 2, span: .half) : a == 1 && b == 4 ? Quarter(year: y, number: 1, span: .year)
                    : Quarter(year: y, number: b, span: .quarter)
            else { continue }
            return (period, String(text[match.range]))
        }
        return nil
    }

    private static let quarterSpanPatterns = [
        Pattern(#"(?<![A-Za-z0-9])Q([1-4])\s*(?:/|-|–|—|&|\+|and|to)\s*Q?([1-4])[-_ ,/]*((?:19|20|21)[0-9]{2})(?![0-9])"#),
        Pattern(#"(?<![0-9])(?<!FY)(?<!FY[-_ ])((?:19|20|21)[0-9]{2})[-_ /]?Q([1-4])\s*(?:/|-|–|—|&|\+|and|to)\s*Q?([1-4])(?![0-9A-Za-z])"#),
        // "Q3 2027 – Q4 2027", "2027 Q3 – 2027 Q4": each quarter with its year, the same year twice.
        Pattern(#"(?<![A-Za-z0-9])Q([1-4])[-_ ,/]*((?:19|20|21)[0-9]{2})\s*(?:/|-|–|—|&|\+|and|to|through)\s*Q([1-4])[-_ ,/]*\2(?![0-9])"#),
        Pattern(#"(?<![0-9])(?<!FY)(?<!FY[-_ ])((?:19|20|21)[0-9]{2})[-_ /]?Q([1-4])\s*(?:/|-|–|—|&|\+|and|to|through)\s*\1[-_ /]?Q([1-4])(?![0-9A-Za-z])"#),
    ]

    /// A quarter written out: "Quarter 1, 2027", "1st quarter of 2027", "first quarter 2027". (A quarter written as its
    /// months, "Jan–Mar 2027", is `MonthSpan`'s, with halves and years.)
    private static func worded(_ text: String) -> Quarter? {
        if let groups = wordedQuarter.firstMatch(in: text), let year = groups[4].flatMap({ Int($0) }) {
            let ordinals = ["first": 1, "second": 2, "third": 3, "fourth": 4]
            if let number = groups[1].flatMap({ Int($0) }) ?? groups[2].flatMap({ Int($0) }) ?? groups[3].flatMap({ ordinals[$0.lowercased()] }) {
                return Quarter(year: year, number: number, span: .quarter)
            }
        }
        return nil
    }

    private static let wordedQuarter = Pattern(
        #"(?<![A-Za-z0-9])(?:quarter\s*([1-4])|([1-4])(?:st|nd|rd|th)\s+quarter|(first|second|third|fourth)\s+quarter)(?:\s+of)?[\s,]*((?:19|20|21)[0-9]{2})(?![0-9])"#,
        needs: ["quarter"])

    /// A quarter written the way French, Spanish, Italian and Portuguese plans (and earnings reports) write it: "T1 2027"
    /// (trimestre), "1T27", "1T 2027", "1Q27". A two-digit year must follow the letter directly and the letter-first form
    /// needs four digits, so neither "T1 20 sites" nor "3T 20 items" is a period.
    private static func trimester(_ text: String) -> Quarter? {
        guard holdsTrimester(text), let groups = trimesterPattern.firstMatch(in: text) else { return nil }
        let number = groups[1] ?? groups[3], year = groups[2] ?? groups[4] ?? groups[5]
        guard let n = number.flatMap({ Int($0) }), let y = year.flatMap({ Int($0) }) else { return nil }
        return Quarter(year: y < 100 ? 2000 + y : y, number: n, span: .quarter)
    }

    private static let trimesterPattern = Pattern(
        #"(?<![A-Za-z0-9])(?:T([1-4])[-_ ,/]*((?:19|20|21)[0-9]{2})|([1-4])[TQ](?:[-_ ]?((?:19|20|21)[0-9]{2})|([0-9]{2})))(?![0-9A-Za-z])"#)

    /// Whether `text` holds "T1"–"T4" or "1T"–"4Q": the cheap test before `trimesterPattern`.
    private static func holdsTrimester(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            let letter = byte | 0x20, previousLetter = previous | 0x20
            if previousLetter == UInt8(ascii: "t"), byte >= UInt8(ascii: "1"), byte <= UInt8(ascii: "4") { return true }
            if previous >= UInt8(ascii: "1"), previous <= UInt8(ascii: "4"), letter == UInt8(ascii: "t") || letter == UInt8(ascii: "q") { return true }
            previous = byte
        }
        return false
    }

    /// Whether `text` holds one of `letters` followed by a digit from 1 to `digits`.
    private static func holds(_ letters: [Character], digits: Int, in text: String) -> Bool {
        // The letters as a small array, tested after the digit: a set made per call and hashed for every byte of the
        // text was 0.8 % of a cold build's CPU at 2,000 files (every heading and title is asked).
        let marks = letters.compactMap(\.asciiValue), top = UInt8(ascii: "0") + UInt8(digits)
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte >= UInt8(ascii: "1"), byte <= top, marks.contains(previous) { return true }
            previous = byte
        }
        return false
    }

    /// The fiscal period written in `text` ("FY22-Q3", "Q3 2026/27"), so that a reader without `fiscal_year_start:` can
    /// say so.
    public static func fiscalMention(in text: String) -> String? {
        yearPair(in: text)?.written ?? fiscalPattern.firstMatch(in: text).flatMap { $0[0] }
    }

    /// "FY24-Q1", "FY2024 Q1", "fy20-q3", "FY24 H2"; "FY26", "FY2026" (a whole fiscal year, but not "FY24-25", whose
    /// years are a range).
    private static let fiscalPattern = Pattern(
        #"(?<![A-Za-z0-9])FY[-_ ]?([0-9]{4}|[0-9]{2})(?:[-_ ]?(Q|H)([1-4])(?![0-9])|(?![0-9A-Za-z]|[-–/][0-9]))"#, needs: ["fy"])
    // The look-behinds keep "FY2022-Q3" from being read as the calendar quarter 2022-Q3.
    private static let quarterPatterns = [
        // "2027/Q4" as well as "2027-Q4"; "Q3/2027" as well as "Q3 2027".
        Pattern(#"(?<![0-9])(?<!FY)(?<!FY[-_ ])((?:19|20|21)[0-9]{2})[-_ /]?Q([1-4])(?![0-9])"#),
        Pattern(#"(?<![A-Za-z0-9])Q([1-4])[-_ ,/]*((?:19|20|21)[0-9]{2})(?![0-9])"#),
        // "Q2-19", "Q2/19", "Q2 '19": a two-digit year needs its separator, so "Q2 19 items" is no period.
        Pattern(#"(?<![A-Za-z0-9])Q([1-4])(?:[-/]|\s?['’])([0-9]{2})(?![0-9A-Za-z])"#),
    ]
    private static let halfPatterns = [
        Pattern(#"(?<![0-9])(?<!FY)(?<!FY[-_ ])((?:19|20|21)[0-9]{2})[-_ ]?H([12])(?![0-9])"#),
        Pattern(#"(?<![A-Za-z0-9])H([12])[-_ ,]*((?:19|20|21)[0-9]{2})(?![0-9])"#),
        Pattern(#"(?<![A-Za-z0-9])H([12])(?:[-/]|\s?['’])([0-9]{2})(?![0-9A-Za-z])"#),
    ]

    /// The quarter holding `date` (UTC).
    public static func containing(_ date: Date) -> Quarter {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month], from: date)
        return Quarter(year: parts.year ?? 1970, number: ((parts.month ?? 1) - 1) / 3 + 1) ?? Quarter(year: 1970, number: 1)!
    }

    /// The period's first day and the first day of the next period, in UTC.
    public var dateInterval: DateInterval {
        let (startYear, startMonth) = start
        // Scoring asks for thousands of items' periods on every build, and a Foundation calendar made for each was 5 %
        // of linking and scoring: the first of a month in UTC is plain arithmetic in the years plans are written in.
        guard (1600...9999).contains(startYear), (1...12).contains(startMonth) else { return calendarInterval }
        let next = startMonth - 1 + months
        return DateInterval(start: Self.firstDay(year: startYear, month: startMonth),
                            end: Self.firstDay(year: startYear + next / 12, month: next % 12 + 1))
    }

    /// `dateInterval` by Foundation's Gregorian calendar, for a year outside the arithmetic's (before 1600 the
    /// calendar is Julian).
    var calendarInterval: DateInterval {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let (startYear, startMonth) = start
        let first = calendar.date(from: DateComponents(year: startYear, month: startMonth, day: 1)) ?? Date(timeIntervalSince1970: 0)
        let end = calendar.date(byAdding: .month, value: months, to: first) ?? first
        return DateInterval(start: first, end: end)
    }

    /// Midnight UTC on the first of `month` in `year` (Gregorian): the days since 1970 by Howard Hinnant's
    /// `days_from_civil`, with the year counted from March so that a leap day ends it.
    static func firstDay(year: Int, month: Int) -> Date {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * ((month + 9) % 12) + 2) / 5
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return Date(timeIntervalSince1970: Double(era * 146_097 + dayOfEra - 719_468) * 86_400)
    }

    /// Whether this longer period runs through the whole of `other`: 2026-H2 and the year 2026 run through 2026-Q4, so
    /// their objectives are work under way in 2026-Q4 too. A period never spans itself or one as long.
    public func spans(_ other: Quarter) -> Bool {
        guard months > other.months else { return false }
        let (outer, inner) = (dateInterval, other.dateInterval)
        return outer.start <= inner.start && inner.end <= outer.end
    }

    /// Whether work planned for this period is work in `quarter`: the quarter itself, or a half-year or year running
    /// through it. The one rule every view of a quarter follows: its gaps, coverage and effort shares, its report's
    /// objectives by priority, `rank`'s bonuses, its page and its review count the same objectives.
    public func runs(through quarter: Quarter) -> Bool { self == quarter || spans(quarter) }

    /// The periods a quarter-by-quarter series compares: the quarters when any is planned, else whatever is. A
    /// half-year beside quarters is no point in their series: its six months of work against one quarter's three
    /// made a priority's effort share jump and fall for no change in the work.
    public static func series(_ periods: [Quarter]) -> [Quarter] {
        let quarters = periods.filter { $0.span == .quarter }
        return quarters.isEmpty ? periods : quarters
    }

    /// The period of the same kind right after this one: 2026-Q4 → 2027-Q1, 2025-H2 → 2026-H1, FY2024-Q4 → FY2025-Q1,
    /// 2024-2027 → 2028-2031.
    public var following: Quarter {
        if span == .years { return Quarter(year: year + number, number: number, span: span) ?? self }
        let last = 12 / span.months
        let next = number < last ? Quarter(year: year, number: number + 1, span: span, fiscalStart: fiscalStart)
            : Quarter(year: year + 1, number: 1, span: span, fiscalStart: fiscalStart)
        return next ?? self
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// Reads what `encode` wrote. A fiscal period decodes with a January start: the description does not
    /// carry `fiscal_year_start:`, so its dates are only right for calendar-aligned fiscal years.
    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        if let quarter = Quarter.find(in: text, fiscalStart: text.uppercased().hasPrefix("FY") ? 1 : nil) {
            self = quarter
        } else if let year = Int(text), let quarter = Quarter(year: year, number: 1, span: .year) {
            self = quarter
        } else if let years = Quarter.years(written: text) {
            self = years
        } else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a period: \(text)"))
        }
    }

    /// A run of calendar years written as the whole of `text`: "2024-2027", "2024–2027", "2024 - 2027", "2024 to 2027"
    /// (up to a decade). Two years in a row ("2026-2027") are as often one financial year as two calendar years: in a
    /// workspace whose fiscal year starts after January (`fiscalStart`) they are that fiscal year, as "FY2026/27" is.
    public static func years(written text: String, fiscalStart: Int? = nil) -> Quarter? {
        guard let groups = yearsPattern.firstMatch(in: text.trimmed), let first = groups[1].flatMap({ Int($0) }),
              let last = groups[2].flatMap({ Int($0) }), last > first else { return nil }
        if last == first + 1, let fiscalStart, fiscalStart > 1 { return Quarter(year: last, number: 1, span: .year, fiscalStart: fiscalStart) }
        return Quarter(year: first, number: last - first + 1, span: .years)
    }

    /// The run of years a title names ("Estratégia Federal de Governo Digital 2024–2027", "2024-2027 strategy"): a range
    /// of two four-digit years, and no other year in the title.
    public static func years(in title: String, fiscalStart: Int? = nil) -> Quarter? {
        guard let groups = yearsInTitle.firstMatch(in: title), let first = groups[1], let last = groups[2] else { return nil }
        return years(written: first + "-" + last, fiscalStart: fiscalStart)
    }

    private static let yearsPattern = Pattern(#"^((?:19|20|21)[0-9]{2})\s*(?:[-–—]|to|through|until|a|à|bis|al)\s*((?:19|20|21)[0-9]{2})$"#)
    private static let yearsInTitle = Pattern(
        #"^[^0-9]*?(?<![0-9])((?:19|20|21)[0-9]{2})\s*(?:[-–—]|to|through)\s*((?:19|20|21)[0-9]{2})(?![0-9])[^0-9]*$"#)
}
