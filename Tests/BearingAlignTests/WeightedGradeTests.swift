import Testing
@testable import BearingAlign
import BearingModel
import BearingParse

/// An objective's grade is the mean of its measured key results weighted by the weights written beside them
/// (docs/scoring.md, "Weighted key results"), and the plain mean when none is weighted.
@Suite("Weighted key-result grades")
struct WeightedGradeTests {
    static let strategy = "# Strategy\n\n## Priorities\n\n- **Adoption**: more reviewers use the tool.\n"

    func grade(_ objective: String, title: String) throws -> Grade {
        let loaded = plan(["strategy.md": Self.strategy, "objectives/2026-Q4.md": "# Q4 2026\n\n" + objective])
        let found = try #require(loaded.objectives.first { $0.title == title })
        return Grade(found.keyResults, metadata: found.metadata)
    }

    func result(_ progress: Double?, _ weight: String?) -> KeyResult {
        KeyResult(text: "kr", done: false, progress: progress, progressSource: progress == nil ? .unknown : .percent,
                  location: SourceLocation(path: "objectives/2026-Q4.md", line: 1, column: 1), weight: weight.flatMap(KeyResultWeight.init(reading:)))
    }

    @Test("weights that add up to 100% weigh each key result; the unmeasured one counts for nothing, weight included")
    func weightedMean() throws {
        let grade = try grade("""
            ## Win reviewers over

            - KR1: Onboard 20 review teams, 10 so far [Weight: 40%]
            - KR2: Guides 4/4 [Weight: 30%]
            - KR3: Reviewer satisfaction above 4.5 [Weight: 30%]
            """, title: "Win reviewers over")
        // (0.5 × 40 + 1.0 × 30) / 70, where the plain mean is 0.75.
        #expect(abs((grade.value ?? 0) - 50.0 / 70.0) < 1e-9)
        #expect(grade.weighted)
        #expect(grade.measured == 2 && grade.keyResults == 3)
        #expect(grade.coverage == "2 of 3 key results measured")
    }

    @Test("no weight written: the plain mean, as before")
    func unweighted() throws {
        let grade = try grade("""
            ## Win reviewers over

            - KR1: Onboard 20 review teams, 10 so far
            - KR2: Guides 4/4
            """, title: "Win reviewers over")
        #expect(grade.value == 0.75)
        #expect(!grade.weighted)
    }

    /// review31b: `~~Ship the old dashboard~~ dropped (weight 20%)` pulled its objective's grade from 0.5 to 0.36.
    @Test("a dropped key result neither counts 0 nor stands among the key results the grade covers")
    func droppedLeftOut() throws {
        let grade = try grade("""
            ## Win reviewers over

            - [ ] KR1: Onboard 20 review teams, 10 so far (weight 40%)
            - [ ] KR2: ~~Ship the old dashboard~~ dropped (weight 20%)
            - [ ] KR3: Guides 2/4 (weight 40%)
            """, title: "Win reviewers over")
        #expect(grade.value == 0.5)
        #expect(grade.keyResults == 2 && grade.measured == 2)
        #expect(grade.coverage == nil)
    }

    @Test("bare-number weights: a key result without one counts 1")
    func bareNumbers() {
        let weights = KeyResultWeights([result(0.2, "3"), result(1, nil)])
        #expect(weights.weights == [3, 1])
        #expect(weights.problem == nil)
        #expect(abs((KeyResultWeights.mean([result(0.2, "3"), result(1, nil)]) ?? 0) - 0.4) < 1e-9)
    }

    @Test("percentages: those without one share what is left of 100% equally")
    func percentagesShareTheRest() {
        let results = [result(1, "40%"), result(0, "30%"), result(0.5, nil), result(0.5, nil)]
        let weights = KeyResultWeights(results)
        #expect(weights.weights == [40, 30, 15, 15])
        #expect(weights.problem == nil)
        #expect(abs((KeyResultWeights.mean(results) ?? 0) - 0.55) < 1e-9)
    }

    @Test("percentages that already make 100% leave nothing for the others, and say so")
    func nothingLeft() {
        let results = [result(1, "60%"), result(0, "40%"), result(0.5, nil)]
        let weights = KeyResultWeights(results)
        #expect(weights.weights == [60, 40, 0])
        #expect(weights.problem == .nothingLeft(100, unweighted: 1))
        #expect(KeyResultWeights.mean(results) == 0.6)
    }

    @Test("percentages that do not add up to 100% are normalised, and their sum is the problem")
    func sumNot100() {
        let results = [result(1, "40%"), result(0, "40%"), result(0.5, "10%")]
        let weights = KeyResultWeights(results)
        #expect(weights.problem == .sum(90))
        #expect(abs((KeyResultWeights.mean(results) ?? 0) - 45.0 / 90.0) < 1e-9)
    }

    @Test("percentages beside bare numbers: no weight is applied")
    func mixed() {
        let results = [result(1, "40%"), result(0, "2")]
        #expect(KeyResultWeights(results).problem == .mixed)
        #expect(KeyResultWeights(results).weights == nil)
        #expect(KeyResultWeights.mean(results) == 0.5)
    }

    @Test("measured key results whose weights are all 0 count alike")
    func zeroWeights() {
        #expect(KeyResultWeights.mean([result(1, "0"), result(0, "0"), result(nil, "5")]) == 0.5)
    }

    @Test("the objective's grade in the alignment is the weighted one")
    func aligned() throws {
        let loaded = plan(["strategy.md": Self.strategy, "objectives/2026-Q4.md": """
            # Q4 2026

            ## Win reviewers over

            - KR1: Onboard 20 review teams, 10 so far [Weight: 3]
            - KR2: Guides 4/4 [Weight: 1]
            """])
        let item = try #require(align(loaded).items.first { $0.title == "Win reviewers over" })
        #expect(item.progress == 0.625)
        #expect(item.weightedGrade)
    }
}
