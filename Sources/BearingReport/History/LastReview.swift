import BearingAlign
import BearingModel
import Foundation

/// The moment the review page and the stakeholder update compare with: the start of the current quarter, the last
/// time the plan was reviewed as a whole. One definition, so the site and `bearing report` tell the same story.
public struct LastReview: Sendable, Hashable {
    public var date: Date
    /// As a reader should see it: "the start of 2026-Q4 (2026-10-01)".
    public var label: String
    /// The day after the one the plan is scored for: later revisions are left out, so nothing reported comes from
    /// after the date the page says it is as of.
    public var until: Date

    /// Nil when the plan has no current quarter. The update of a `quarter` that ended before the day scored is told
    /// over that quarter, from its start to its end: a Q2 update written in December showed what moved since the start
    /// of Q4, which is nothing of Q2's.
    public init?(alignment: Alignment, quarter: Quarter? = nil) {
        if let quarter, quarter.dateInterval.end <= alignment.today {
            date = quarter.dateInterval.start
            label = "the start of \(quarter) (\(ReportDocument.day(date)))"
            until = quarter.dateInterval.end
            return
        }
        guard let quarter = alignment.currentQuarter else { return nil }
        date = quarter.dateInterval.start
        label = "the start of \(quarter) (\(ReportDocument.day(date)))"
        until = alignment.today.addingTimeInterval(86_400)
    }
}

extension PlanChanges {
    /// What changed since the last review, from the plan's history.
    public init(history: PlanHistory, since review: LastReview) {
        self.init(history: history, since: review.date, until: review.until, label: review.label)
    }
}
