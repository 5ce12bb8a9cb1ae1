import Foundation
import Testing
import BearingAlign
import BearingModel
@testable import BearingReport

/// The update's Risks name a half-year objective that is behind pace with the share of its own period gone.
@Suite struct HalfYearRiskTests {
    @Test("a 2026-H2 objective at 0.20 in mid-November is a risk 'at 74% of the half-year', marked with its period")
    func halfYearBehindPace() {
        let plan = loadWorkspace([
            "strategy.md": minimalStrategy,
            "objectives/2026-Q4.md": "## Renew the cluster contract\n- Priorities: platform\n- [ ] 3/5 quotes\n",
            "objectives/lab/2026-H2.md": "---\nperiod: 2026-H2\n---\n## Publish the field survey\n- Owner: Sam Kaur\n- Priorities: revenue\n- [ ] 1/5 chapters drafted\n",
        ])
        let text = MarkdownReport(alignment: align(plan, today: "2026-11-15"), plan: plan, quarter: nil).render()
        #expect(text.contains("Publish the field survey"))
        #expect(text.contains("behind pace (grade 0.20 at 74% of the half-year), Sam Kaur (2026-H2)"), "\(text)")
    }
}
