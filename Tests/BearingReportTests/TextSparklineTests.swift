import BearingModel
import BearingParse
@testable import BearingReport
import Foundation
import Testing

/// The stakeholder update draws a key result's progress since the last review in block characters.
@Suite struct TextSparklineTests {
    static func day(_ text: String) -> Date { DateText.parse(text)! }

    static let trend = PlanTrends.KeyResultTrend(text: "7/10 runbooks", points: [
        .init(date: day("2026-07-01"), progress: 0.0, done: false),
        .init(date: day("2026-09-20"), progress: 0.2, done: false),
        .init(date: day("2026-10-14"), progress: 0.4, done: false),
        .init(date: day("2026-11-02"), progress: 0.7, done: false),
    ])

    @Test func fromTheReviewToNow() {
        // From the point in force at the review (0.2), through each move, to now.
        #expect(MarkdownReport.sparkline(Self.trend, from: Self.day("2026-10-01"), now: 0.7) == " ▂▄▆")
        #expect(MarkdownReport.sparkline(Self.trend, from: Self.day("2026-10-01"), now: 1.0) == " ▂▄▆█")
    }

    @Test func tooFewPointsDrawNothing() {
        #expect(MarkdownReport.sparkline(Self.trend, from: Self.day("2026-11-01"), now: 0.7).isEmpty)
    }
}

/// The text report's scope lines name a roadmap by its id: a long id is written whole, apart from the figures after it.
@Suite struct TextReportLabelTests {
    @Test func aLongNameIsNotCut() {
        #expect(Format.label("roadmap fast-builds", 18) == "roadmap fast-builds  ")
        #expect(Format.label("2026-Q1", 10) == "2026-Q1   ")
    }
}
