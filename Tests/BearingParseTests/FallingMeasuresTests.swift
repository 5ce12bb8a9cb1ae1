import Testing
@testable import BearingModel
@testable import BearingParse

/// Measures where lower is better that say so by what they time rather than by a verb: "Median first response
/// (hours)", "Time to first booking", "Wait time". Read as rising, 27 hours against a target of 24 was met, on a row
/// its writer had marked at risk.
@Suite("Falling measures named by what they time")
struct FallingMeasuresTests {
    func objectives(_ markdown: String) -> (ObjectivesFile, [Diagnostic]) {
        ObjectivesParser().parse(read(markdown, path: "objectives/2027-Q1.md"))
    }

    @Test("a time taken, or a unit of time in brackets, is lower-is-better", arguments: [
        "Median first response (hours)", "Time to first booking", "Average wait time", "Resolution time for P1 tickets",
        "Page load (ms)", "Lead time for changes", "Volunteer turnover",
    ])
    func falling(_ measure: String) {
        #expect(TargetAndCurrent.isFalling(measure))
    }

    @Test("measures that rise stay rising", arguments: [
        "Online sign-ups", "Volunteers trained on new inbox", "Hours of tutoring delivered", "Days of training run", "New grant income",
    ])
    func rising(_ measure: String) {
        #expect(!TargetAndCurrent.isFalling(measure))
    }

    @Test("a table row past its target on a falling measure is unknown and says why")
    func tableRow() {
        let (file, diagnostics) = objectives("""
            # Q1 2027 OKRs

            | Objective | Key Result | Owner | Target | Current | Status |
            |---|---|---|---|---|---|
            | Answer members faster | Median first response (hours) | Dana | 24 | 27 | 🟡 At risk |
            | | Volunteers trained on new inbox | Tom | 40 | 12 | 🔴 Off track |
            """)
        #expect(file.objectives.first?.keyResults.map(\.progress) == [nil, 0.3])
        #expect(diagnostics.filter { $0.code == .progressUnread }.map(\.location.line) == [5])
    }
}
