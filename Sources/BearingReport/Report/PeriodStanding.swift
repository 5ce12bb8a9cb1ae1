import BearingAlign
import BearingModel
import Foundation

/// How the report's first line names the period it is about: "current quarter 2026-Q4" while today is in it, but a plan
/// whose periods all ended ("FY2024" read in December 2026) is at its "latest year FY2024, ended 2024-09-30", and one
/// whose first period is still to come at its "first quarter 2027-Q1, starts 2027-01-01". A plan by years has a year,
/// not a quarter.
enum PeriodStanding {
    static func label(_ alignment: Alignment) -> String? {
        guard let period = alignment.currentQuarter else { return nil }
        let word = period.span.word
        let interval = period.dateInterval
        if interval.end <= alignment.today {
            return "latest \(word) \(period), ended \(Format.day(interval.end.addingTimeInterval(-1)))"
        }
        if alignment.today < interval.start { return "first \(word) \(period), starts \(Format.day(interval.start))" }
        return "current \(word) \(period)"
    }
}
