/// How much each of an objective's key results counts in its grade, from the weights their writers gave
/// (docs/scoring.md, "Weighted key results"):
///
/// - none weighted: each counts the same (the plain mean);
/// - weights all bare numbers (`Weight: 2`): a key result without one counts 1;
/// - weights all percentages (`Weight: 40%`): those without one share what the written ones leave of 100% equally;
///   nothing is left when the written ones already make 100% or more, and those count nothing;
/// - percentages beside bare numbers: the writer's scale cannot be told, so each counts the same (`problem` says so);
///   a weight of 0 is on either scale.
///
/// Weights are relative: the grade divides by their sum over the measured key results, so percentages that do not add
/// up to 100% still weigh each key result by its share of what they do add up to (`problem` says what that is).
public struct KeyResultWeights: Sendable, Equatable {
    /// What a writer should hear about the weights: said as a warning at the first weighted key result.
    public enum Problem: Sendable, Equatable {
        /// Percentages (`40%`) beside bare numbers (`2`).
        case mixed
        /// Every key result weighted in percent, and they add up to this, not 100.
        case sum(Double)
        /// Some weighted in percent and some not, and the written ones already add up to this (100 or more), leaving
        /// nothing for the `unweighted` others.
        case nothingLeft(Double, unweighted: Int)
    }

    /// One weight per key result, in their order; nil when each counts the same.
    public let weights: [Double]?
    public let problem: Problem?

    public init(_ results: [KeyResult]) {
        let written = results.compactMap(\.weight)
        guard !written.isEmpty else {
            weights = nil
            problem = nil
            return
        }
        // A weight of 0 is nothing on either scale ("Launch partner page (weight 0)" beside "Weight: 60%"): only the
        // others say which scale the writer used.
        let scaled = written.filter { $0.value != 0 }
        let percent = scaled.filter(\.percent).count
        if percent > 0, percent < scaled.count {
            weights = nil
            problem = .mixed
            return
        }
        let inPercent = percent > 0 || (scaled.isEmpty && written.contains(where: \.percent))
        let sum = written.map(\.value).reduce(0, +)
        let missing = results.count - written.count
        if !inPercent {
            weights = results.map { $0.weight?.value ?? 1 }
            problem = nil
        } else if missing == 0 {
            weights = results.map { $0.weight?.value ?? 0 }
            problem = abs(sum - 100) > 0.5 ? .sum(sum) : nil
        } else {
            let share = max(0, 100 - sum) / Double(missing)
            weights = results.map { $0.weight?.value ?? share }
            problem = sum >= 100 - 0.5 ? .nothingLeft(sum, unweighted: missing) : nil
        }
    }

    /// The mean of `results`' known progress, each weighted as above; nil when none is known. When the weights of the
    /// measured ones add up to nothing (all 0), each counts the same, as no weight can say otherwise.
    public static func mean(_ results: [KeyResult]) -> Double? {
        let weighing = KeyResultWeights(results)
        var total = 0.0, weighed = 0.0, plain = 0.0, measured = 0
        for (index, result) in results.enumerated() {
            guard let progress = result.progress else { continue }
            measured += 1
            plain += progress
            if let weights = weighing.weights {
                total += weights[index]
                weighed += weights[index] * progress
            }
        }
        guard measured > 0 else { return nil }
        return weighing.weights != nil && total > 0 ? weighed / total : plain / Double(measured)
    }

    /// True when `results`' grade is a weighted mean, not each counting the same.
    public static func weigh(_ results: [KeyResult]) -> Bool {
        KeyResultWeights(results).weights != nil
    }
}
