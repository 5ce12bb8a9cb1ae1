import Testing
@testable import BearingModel
@testable import BearingParse

/// Key results written as cards — a "Metric:" line over its Baseline / Target / Current fields, as OKR templates and
/// pasted sheets have them — are one key result each, counted from the figures.
@Suite("Key results as metric cards: 'Metric:' over Baseline / Target / Current fields")
struct MetricCardTests {
    static let file = """
        # Q1 2027 objectives

        ## Responsiveness

        We answer users quickly.

        Metric: share of support tickets answered within one business day
        - Current: 78%
        - Target: 85%
        - Plan to measure: weekly export from the help desk

        **KPI:** median time to first response
        - **Baseline:** 20 hours
        - **Target:** 8 hours
        - **Current:** 12 hours

        Measure: p95 page load on the dashboard
        - Target: 2 s
        """

    @Test("each card is one key result with its figures, not one per field ('Current: 78%' was 78 % done)")
    func cardsAreOneKeyResultEach() throws {
        let (file, diagnostics) = ObjectivesParser().parse(read(Self.file, path: "objectives/2027-Q1.md"))
        let results = try #require(file.objectives.first?.keyResults)
        #expect(results.map(\.text) == [
            "share of support tickets answered within one business day (current 78%, target 85%)",
            "median time to first response (baseline 20 hours, target 8 hours, current 12 hours)",
            "p95 page load on the dashboard (target 2 s)",
        ])
        #expect(abs((results[0].progress ?? 0) - 78.0 / 85.0) < 0.001)
        #expect(abs((results[1].progress ?? 0) - 8.0 / 12.0) < 0.001)
        #expect(results[2].progress == nil)
        // A card with a target and no current value is told so, at the card's line.
        #expect(diagnostics.contains { $0.code == .progressUnread && $0.location.line == 17 })
        #expect(results.map(\.location.line) == [7, 12, 17])
    }

    @Test("a 'Metric:' line over a list of plain work, or fields without a target, is no card")
    func notCards() throws {
        let (file, _) = ObjectivesParser().parse(read("""
            # Q1 2027 objectives

            ## Responsiveness

            Metric: share of tickets answered in a day
            - [ ] Hire two support engineers
            - [x] Publish the help centre

            Measure: customer effort score
            - Owner: Ada
            - Source: the quarterly survey
            """, path: "objectives/2027-Q1.md"))
        let results = try #require(file.objectives.first?.keyResults)
        #expect(results.map(\.text) == ["Hire two support engineers", "Publish the help centre"])
    }
}
