import Foundation

/// A financial year written as the two calendar years it spans, as UK, Australian, Indian and public-sector plans write
/// it: "2026/27", "2026-27", "FY 2026/27", "FY26/27", alone or with a quarter or half on either side ("Q3 2026/27",
/// "2026/27 Q3", "H2 2026-27", "Q3 2026/2027").
///
/// The pair says the year starts in the first calendar year and ends in the second, so it is never a calendar period:
/// "Q3 2026/27" is the third quarter of the financial year ending in 2027 (Bearing's FY2027-Q3), which for an April
/// start is October–December 2026, not July–September. Which month the year starts in only the workspace knows
/// (`fiscal_year_start:`); without it the pair is a fiscal mention like "FY27-Q3", read as no period.
extension Quarter {
    /// What a year pair in a text says: the text as written, the calendar year the financial year ends in, and the
    /// quarter or half named beside it (nil for the whole year).
    public struct YearPair: Hashable, Sendable {
        public var written: String
        public var endYear: Int
        public var span: Span
        public var number: Int

        /// The period in a workspace whose fiscal year starts in `fiscalStart`; nil for a January start, whose years
        /// never span two calendar years.
        public func period(fiscalStart: Int) -> Quarter? {
            guard fiscalStart > 1 else { return nil }
            return Quarter(year: endYear, number: number, span: span, fiscalStart: fiscalStart)
        }

        /// The month the fiscal year must start in for this period to begin in `month`: "Q3 2026/27" written beside
        /// "October to December 2026" starts its year in April.
        public func fiscalStart(periodStartingIn month: Int) -> Int {
            ((month - 1 - (number - 1) * span.months) % 12 + 12) % 12 + 1
        }
    }

    /// The first year pair in `text`, or nil. A pair's second year must follow its first ("2026/27", never "2026/28" or
    /// "2019/03", a date), and a four-digit second year needs "FY" or a quarter beside it: "2026-2027" alone is as
    /// often two calendar years as one financial year. With two-digit years only "FY26/27" is one year: "FY24-25" is as
    /// often a range of fiscal years (a two-year budget) and stays unread.
    public static func yearPair(in text: String) -> YearPair? {
        guard holdsYearPair(text) else { return nil }
        for groups in yearPairPattern.allMatches(in: text) {
            let fiscalWord = groups[3] != nil || groups[4] != nil || groups[7] != nil
            guard let firstText = groups[5] ?? groups[8], let secondText = groups[6] ?? groups[9],
                  var first = Int(firstText), let second = Int(secondText) else { continue }
            if firstText.count == 2 { first += 2000 }
            let marker = (groups[1] ?? groups[10]).flatMap { $0.uppercased().first }
            let number = (groups[2] ?? groups[11]).flatMap { Int($0) }
            let follows = secondText.count == 4 ? second == first + 1 : second == (first + 1) % 100
            guard follows, secondText.count == 2 || fiscalWord || marker != nil else { continue }
            let span: Span = marker == nil ? .year : marker == "H" ? .half : .quarter
            guard let written = groups[0]?.trimmed, Quarter(year: first + 1, number: number ?? 1, span: span) != nil else { continue }
            return YearPair(written: written, endYear: first + 1, span: span, number: number ?? 1)
        }
        return nil
    }

    // Groups: 1–2 a quarter or half before; 3 "Q3 FY…"'s FY; 4 FY before the pair; 5–6 the years (four digits first);
    // 7–9 "FY26/27" (slash only); 10–11 a quarter or half after.
    private static let yearPairPattern = Pattern(
        #"(?<![A-Za-z0-9/.])(?:([QH])([1-4])[-_ ,]*(FY[-_ ]?)?)?(?:(FY[-_ ]?)?((?:19|20|21)[0-9]{2})\s?[/–-]\s?([0-9]{4}|[0-9]{2})|(FY[-_ ]?)([0-9]{2})/([0-9]{2}))(?![0-9]|[/.][0-9]|-[0-9])(?:[-_ ,]*([QH])([1-4]))?(?![0-9A-Za-z])"#)

    /// Whether `text` holds a digit, a slash or dash (possibly spaced), and a digit: the cheap test before the pattern,
    /// which would otherwise run over every title and key result.
    private static func holdsYearPair(_ text: String) -> Bool {
        var digitBefore = false, separated = false
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if separated { return true }
                digitBefore = true
            case UInt8(ascii: "/"), UInt8(ascii: "-"), 0xE2, 0x80, 0x93:  // "–" is E2 80 93
                separated = digitBefore
            case UInt8(ascii: " "):
                break
            default:
                digitBefore = false
                separated = false
            }
        }
        return false
    }
}
