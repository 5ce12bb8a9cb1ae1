import Testing
@testable import BearingModel
@testable import BearingParse

/// A key result whose written start is above its target falls, from the figures alone: "Time to first booking (days):
/// 3 → 2" at 2.5 is halfway (0.5) and met at 2, whatever words the measure uses. Without a start, and for rising
/// measures, nothing changes.
@Suite("Falling measures read from their written start")
struct FallingBaselineTests {
    func progress(_ text: String) -> Double? { ProgressReader.read(text, checked: nil).progress }

    func keyResults(_ markdown: String) -> [KeyResult] {
        ObjectivesParser().parse(read(markdown, path: "objectives/2026-Q4.md")).0.objectives.flatMap(\.keyResults)
    }

    @Test("a start above the target before a current value marked any way is counted from", arguments: [
        ("Onboarding steps: 3 → 2; 2.5 so far", 0.5),
        ("Onboarding steps 3 -> 2 (Q4: 2.5)", 0.5),
        ("Onboarding steps from 3 to 2 (Oct: 2.5)", 0.5),
        ("Time to first booking from 3 to 2 days (Nov: 2.5)", 0.5),
        ("Time to first booking (days): 3 → 2 (Q4: 2.5)", 0.5),
        ("Onboarding steps down to 2 (was 3, now 2.5)", 0.5),
        ("Support tickets to 20 (was 60, now 40)", 0.5),
        ("Time to first booking (days): 3 → 2 (Q4: 2)", 1),
        ("Onboarding steps: 3 → 2; 3.5 so far", 0),
    ])
    func startBeforeCurrent(_ text: String, _ expected: Double) {
        #expect(progress(text) == expected)
        #expect(ProgressReader.read(text, checked: nil).source == .range)
    }

    @Test("forms read before stay as they were: the now-forms, rising measures, percentages, counts with no start", arguments: [
        ("Time to first booking (days): 3 → 2 (currently 2.5)", 0.5),
        ("Time to first booking (days): 3 → 2, now 2.5", 0.5),
        ("Reduce churn from 8% to 5% (currently 6.5%)", 0.5),
        ("Grow members: 100 → 200 (currently 150)", 0.5),
        ("Signups to 200 (currently 150)", 0.75),
        ("Reduce churn to 3% (currently 2.5%)", 1),
        ("Onboard 12 clinics; 5 done so far", 5.0 / 12),
        ("Routine tickets self-served: 55%", 0.55),
    ])
    func unchanged(_ text: String, _ expected: Double) {
        #expect(progress(text).map { abs($0 - expected) < 1e-9 } == true, "\(text): \(String(describing: progress(text)))")
    }

    @Test("a falling measure with no start is still read only once met")
    func noStart() {
        #expect(progress("Reduce churn to 5% (currently 6.5%)") == nil)
        #expect(ProgressReader.read("Reduce churn to 5% (currently 6.5%)", checked: nil).unread != nil)
    }

    @Test("a table row without a Baseline column counts from the start its key result writes above the target")
    func tableRow() {
        let results = keyResults("""
            ## Faster first booking

            | Key result | Target | Current |
            |---|---|---|
            | Time to first booking (days): 3 → 2 | 2 | 2.5 |
            | Onboarding steps (baseline 3) | 2 | 2.5 |
            | Onboarding steps from 3 to 2 | 2 | 2 |
            | Cost per booking: $3 → $2 | $2 | $2.50 |
            | Signups 100 → 200 | 200 | 150 |
            | Onboarding steps | 2 | 2.5 |
            | Onboarding steps: 5 → 4 | 2 | 2.5 |
            """)
        #expect(results.map(\.progress) == [0.5, 0.5, 1, 0.5, 0.5, 1, 1],
                "a rising row counts from its written start too (RisingStartTests); a row with no start and a start for another target are read as before")
    }

    @Test("a key-result heading with Current and Target bullets counts from the start the heading writes above the target")
    func heading() {
        let results = keyResults("""
            ## Faster first booking

            ### KR1: Onboarding steps 3 → 2
            - Current: 2.5
            - Target: 2

            ### KR2: Signups 100 → 200
            - Current: 150
            - Target: 200
            """)
        #expect(results.map(\.progress) == [0.5, 0.5])
    }
}
