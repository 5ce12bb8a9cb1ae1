import Testing
@testable import BearingModel
@testable import BearingParse

/// Review of session 40's reading rules against ordinary shapes of other organizations' files.
@Suite("Review 40b: session 40's rules on other shapes")
struct Review40bTests {
    @Test("a risk register or decision log of bold items, each with its owner and date, stays the objective's text, no initiatives")
    func risksAndDecisionsWithOwnersAreNoInitiatives() {
        let (file, diagnostics) = ObjectivesParser().parse(read("""
            # Q1 2026 objectives

            ## Objective 1: Faster builds

            Priorities: Reliability

            - Build time under 5 minutes
            - Flaky tests below 1%

            **Risks:**

            - **Vendor delay on runners**
              - Owner: Alice
              - Due: 2026-03-01
            - **Budget cut**
              - Owner: Bob
              - Status: at risk

            ## Objective 2: Decisions made

            Key results:

            - Two decisions recorded

            **Decisions:**

            - **Use Postgres**
              - Owner: Carol
              - Date: 2026-01-10
            - **Drop IE11**
              - Owner: Dan
              - Date: 2026-01-12
            """, path: "objectives/2026-Q1.md"))
        #expect(file.objectives.count == 2)
        #expect(file.objectives.allSatisfy { $0.initiatives.isEmpty }, "\(file.objectives.map { ($0.title, $0.initiatives.map(\.title)) })")
        #expect(file.objectives.first?.keyResults.count == 2)
        #expect(!diagnostics.contains { $0.code == .unknownKey }, "\(diagnostics.map(\.message))")
    }
}
