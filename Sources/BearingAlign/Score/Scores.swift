import BearingModel

/// An item's alignment: its strongest link, rolled up to top-level priorities.
public struct ItemScore: Sendable, Hashable, Codable {
    public var item: String
    public var kind: AlignedItem.Kind
    /// 0…1: the strength of the best link.
    public var strength: Double
    /// The top-level priority of the best link.
    public var priority: String?
    public var linkKind: Link.Kind?
    /// Below the orphan threshold: the item serves no priority clearly. Never set with `tooLittleText`.
    public var orphan: Bool
    /// No link because the text is too thin to infer from (`ContentWords`) and nothing is declared or inherited:
    /// unknown, not unrelated.
    public var tooLittleText: Bool
    /// The words behind the best link.
    public var terms: [String]
}

/// How one priority or sub-priority is served.
public struct PriorityMetrics: Sendable, Hashable, Codable {
    public var priority: String
    public var parent: String?
    /// Objectives and roadmap items linked to it above the threshold.
    public var items: Int
    public var effort: Double
    /// Its part of all linked effort, 0…1.
    public var effortShare: Double
    /// The strategy's target share, when weights are set.
    public var target: Double?
    /// Mean key-result progress of its objectives.
    public var progress: Double?
    /// Mean grade of its objectives in quarters that have ended: a result, comparable across priorities.
    public var finishedGrade: Double?
    /// How many of those objectives' key results state their progress, of how many written: a grade over fewer than
    /// half of them gets no band, as a quarter's does.
    public var finishedMeasured = 0, finishedWritten = 0
    /// Mean progress of its objectives in the current quarter: a pace, not a grade.
    public var currentGrade: Double?
    /// Its current-quarter objectives marked at-risk or off-track, and how many current objectives it has.
    public var currentAtRisk: Int = 0
    public var currentObjectives: Int = 0
    public var trend: [TrendPoint]
    /// rising, falling or steady: the last quarter's effort share against the one before (±5 points).
    public var direction: String
}

public struct TrendPoint: Sendable, Hashable, Codable {
    public var quarter: String
    public var items: Int
    public var effortShare: Double

    package init(quarter: String, items: Int, effortShare: Double) {
        self.quarter = quarter
        self.items = items
        self.effortShare = effortShare
    }
}

/// Progress against the time gone in a quarter.
public struct Pace: Sendable, Hashable, Codable {
    /// Fraction of the period elapsed at `today`, 0…1.
    public var elapsed: Double
    public var grade: Double
    /// ahead, on-pace, behind, or not-started / finished.
    public var status: String
    /// What the period is called in a sentence ("quarter", "half-year", "year"): a plan by years is not told that
    /// "92% of the quarter" is gone. Not part of the exported record, whose period is its scope's key.
    public var periodWord: String = "quarter"

    private enum CodingKeys: String, CodingKey { case elapsed, grade, status }

    package init(elapsed: Double, grade: Double, status: String, periodWord: String = "quarter") {
        self.elapsed = elapsed
        self.grade = grade
        self.status = status
        self.periodWord = periodWord
    }
}

/// Scores for a set of items: the workspace, one quarter, or one roadmap.
public struct ScopeScore: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable { case workspace, quarter, roadmap }
    public var kind: Kind
    /// "workspace", the quarter ("2026-Q4") or the roadmap id.
    public var key: String
    public var items: Int
    /// Effort-weighted mean item strength, 0…100.
    public var alignmentIndex: Double
    /// Share of top-level priorities with at least one item.
    public var coverage: Double
    public var subCoverage: Double
    public var gaps: [String]
    public var subGaps: [String]
    /// Gaps (and sub-gaps) that items of the scope declare, with how many: each such declared link is below the
    /// threshold, the text not saying how the work serves the priority. Counted as gaps all the same; shown as
    /// "1 declared item, not supported by its text", not as "no work".
    public var declaredGaps: [String: Int] = [:]
    public var orphans: [String]
    /// Orphans over the items that could be judged (those with too little text left out).
    public var orphanShare: Double
    /// Items with too little text to link: out of the alignment index, the orphans and the effort shares.
    public var tooLittleText: [String]
    /// Effort share per top-level priority.
    public var shares: [String: Double]
    /// 1 − half the total distance between actual shares and target weights; nil without weights or linked effort.
    public var balance: Double?
    /// Mean objective grade (Google's 0.0–1.0 scale); nil when no objective has key results.
    public var grade: Double?
    /// red (< 0.4), yellow (0.4–0.7), green (≥ 0.7); yellow at best when a committed objective of an ended period fell
    /// short of 1.0.
    public var gradeBand: String?
    /// "2 of 8 key results measured" when the grade is the mean of only some of its objectives' key results (the
    /// others' progress is unknown), nil when it covers them all. Under half measured, the grade has no band: a plan
    /// is not green on work nobody measured (docs/scoring.md, Grade).
    public var gradeCoverage: String?
    public var pace: Pace?
    /// A quarter that has not started at `today`: shown as planned, with no grade and no pace (progress written
    /// ahead of time is not a result).
    public var planned: Bool = false
    /// A quarter's own priority table (`report --quarter`): each priority's items, effort and grade over this quarter's
    /// work alone, against the strategy the quarter was scored with; trend and direction are the plan's
    /// (`Alignment.priorities(in:)` adds them). Empty for the workspace and roadmaps, whose table is `Alignment.priorities`.
    public var priorities: [PriorityMetrics] = []

    /// No item, or every item has too little text to link: the index then measures nothing and reads "–", not 0.
    public var nothingJudged: Bool { tooLittleText.count >= items }
}

extension PriorityMetrics {
    /// "4 of 27 key results measured" when the ended quarters' grade leaves some key results out.
    public var finishedCoverage: String? {
        finishedGrade != nil && finishedMeasured < finishedWritten ? "\(finishedMeasured) of \(finishedWritten) key results measured" : nil
    }

    /// Whether enough of the key results behind `finishedGrade` are measured for it to be coloured by a band.
    public var finishedBanded: Bool { finishedMeasured * 2 >= finishedWritten }
}
