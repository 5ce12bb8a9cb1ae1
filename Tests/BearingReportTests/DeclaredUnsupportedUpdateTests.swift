import BearingAlign
import BearingModel
@testable import BearingReport
import Testing

/// The stakeholder update lists work declared for a priority whose text does not say how under that priority, as
/// declared, not under "Not clearly tied to a priority" with the priority "a gap" (trial 25b, F1).
@Suite struct DeclaredUnsupportedUpdateTests {
    @Test("declared, unsupported objectives sit under their priority, not among those tied to none")
    func update() throws {
        let plan = loadWorkspace(["strategy.md": DeclaredUnsupportedReportTests.strategy,
                                  "objectives/2026-Q4.md": DeclaredUnsupportedReportTests.objectives])
        let alignment = align(plan, today: "2026-11-01")
        let text = MarkdownReport(alignment: alignment, plan: plan, quarter: DeclaredUnsupportedReportTests.q4).render()
        #expect(!text.contains("Not clearly tied to a priority"), "\(text)")
        #expect(text.contains("0 of 3 priorities have work, 2 objectives declare priorities their text does not say how they serve."), "\(text)")
        let talent = try #require(text.range(of: "### 3. Hire and keep great people\n\n"), "\(text)")
        #expect(text[talent.upperBound...].hasPrefix("_Declared, but its text does not say how it serves this priority:_\n\n- **Engagement survey**"), "\(text)")
        let enterprise = try #require(text.range(of: "### 1. Win enterprise accounts\n\n"), "\(text)")
        #expect(text[enterprise.upperBound...].hasPrefix("_No objective this quarter: a gap._"), "\(text)")
    }
}
