import BearingModel
import BearingParse

/// An objective's (or initiative's) key-result grade and how much of it was measured: the one place the site, the
/// reports and `bearing export` take both from, so "1 of 3 key results measured" means the same everywhere.
public struct Grade: Sendable, Hashable {
    /// Google-style grade on 0…1, or nil when nothing says how the work is going.
    public var value: Double?
    /// How many key results it has, read or not.
    public var keyResults: Int
    /// How many of them state their progress: the grade is the mean of these only.
    public var measured: Int

    public init(value: Double?, keyResults: Int, measured: Int) {
        self.value = value
        self.keyResults = keyResults
        self.measured = measured
    }

    /// True when `value` is a mean weighted by the key results' written weights (`KeyResultWeights`).
    public var weighted = false

    /// The mean of the key results whose progress is known (the others were warned about as `progress-unread`),
    /// weighted when their writers weighed them (`KeyResultWeights`); without any, the progress its own metadata
    /// states (a sheet's Progress column, `Progress: 60%`); without that, done counts as 1.
    /// A key result its writers dropped (`~~Ship the old dashboard~~ dropped`, `Status: dropped`) is no longer aimed at:
    /// it neither counts 0 against the grade nor stands among the key results it covers.
    public init(_ written: [KeyResult], metadata: Metadata) {
        let keyResults = written.filter { $0.status != .dropped }
        self.keyResults = keyResults.count
        measured = keyResults.lazy.filter { $0.progress != nil }.count
        if let mean = KeyResultWeights.mean(keyResults) {
            value = mean
            weighted = KeyResultWeights.weigh(keyResults)
        } else if let stated = Self.statedProgress(metadata) {
            value = stated
        } else {
            value = metadata.status == .done ? 1 : nil
        }
    }

    /// "1 of 3 key results measured" when the grade is the mean of only some of them (the others' progress is
    /// unknown), nil when it covers them all or there is none: a grade of 1.00 from one done key result of three
    /// must not read as the objective's whole.
    public var coverage: String? {
        guard value != nil, measured > 0, measured < keyResults else { return nil }
        return "\(measured) of \(keyResults) key results measured"
    }

    /// Keys whose value is the item's own progress (`| Objective | Owner | Progress |`), not a key result's.
    private static let progressKeys: Set<String> = ["progress", "% complete", "percent complete", "% done", "completion", "% progress"]

    /// The progress a `Progress:` field gives, read as a key result's would be (`60%`, `3/5`, `score 0.6`).
    static func statedProgress(_ metadata: Metadata) -> Double? {
        guard let field = metadata.custom.first(where: { progressKeys.contains($0.key.lowercased().trimmed) }) else { return nil }
        return ProgressReader.read(field.value, checked: nil).progress
    }
}
