import BearingModel
import Foundation

extension Grade {
    /// Google's bands for an objective stretched for (an aspirational one, and any that does not say): red below 0.4,
    /// yellow from 0.4, green from 0.7. A committed objective is to be met in full, so once its period has ended it is
    /// green only at 1.0: short of it is a miss to explain, yellow from 0.7 and red below. While its period runs its
    /// grade is a pace, banded as any other (how far behind it may fall is `Alignment.behindPace`'s concern).
    ///
    /// The band is that of the grade as every page and report prints it, to two decimals: a quarter at 0.698 reads
    /// 0.70, and showing it yellow beside "green from 0.7" told a reader the colours were wrong.
    public static func band(_ grade: Double, commitment: Commitment? = nil, ended: Bool = false) -> String {
        let read = Double(NumberFormat.fixed(grade, digits: 2)) ?? grade
        if commitment == .committed, ended { return grade >= met ? "green" : read >= 0.7 ? "yellow" : "red" }
        return read >= 0.7 ? "green" : read >= 0.4 ? "yellow" : "red"
    }

    /// A grade that reads 1.00 at the two decimals every page shows is met: 0.996 is not a miss anyone could see.
    public static let met = 0.995

    /// Whether a committed objective's period ended short of 1.0 (and nobody dropped it): the miss Google's practice
    /// asks its owner to explain.
    public static func isMissedCommitment(_ item: AlignedItem, today: Date) -> Bool {
        guard item.kind == .objective, item.commitment == .committed, item.status != .dropped, let grade = item.progress,
              let period = item.quarter, period.dateInterval.end <= today else { return false }
        return grade < met
    }
}

extension Alignment {
    /// The band of an item's grade, as its row and page show it: a committed objective's once its period has ended is
    /// measured against 1.0 (`Grade.band`). Nil without a grade.
    /// Nil too when fewer than half of its key results state their progress, as for a quarter (`Scorer`): OpenSSF's
    /// objective of three key results, one "Not Started" and two "On target", read as a red 0.00.
    public func band(of item: AlignedItem) -> String? {
        // A grade made from no key result (a done objective whose key results state nothing counts 1) keeps its band.
        guard let grade = item.progress,
              item.measuredKeyResultCount == 0 || item.measuredKeyResultCount * 2 >= item.keyResultCount else { return nil }
        let ended = item.quarter.map { $0.dateInterval.end <= today } ?? false
        return Grade.band(grade, commitment: item.kind == .objective ? item.commitment : nil, ended: ended)
    }

    /// The committed objectives of `quarter` (a period's key, "2026-Q3") that ended short of 1.0, in plan order: why a
    /// quarter with a good mean is not green.
    public func missedCommitments(in quarter: String) -> [AlignedItem] {
        items.filter { $0.quarter?.description == quarter && Grade.isMissedCommitment($0, today: today) }
    }
}
