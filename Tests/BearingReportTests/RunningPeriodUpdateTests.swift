import Foundation
import Testing
import BearingAlign
import BearingModel
@testable import BearingReport

/// The quarter's update counts a year's objective running through it as the terminal report does (trial 23, F1):
/// listed under its priority, marked with its period, and no gap there.
@Suite struct RunningPeriodUpdateTests {
    @Test("a 2026 objective serving revenue fills revenue in the 2026-Q4 update")
    func yearObjectiveUnderItsPriority() {
        let plan = loadWorkspace([
            "strategy.md": minimalStrategy,
            "objectives/2026.md": "# OKRs 2026\n## Grow recurring revenue from memberships\n- Priorities: revenue\n- [ ] Three membership tiers live: 1/3\n",
            "objectives/2026-Q4.md": "# Q4 2026\n## Run one shared platform\n- Priorities: platform\n- [ ] Alerts with a runbook: 18 of 24\n",
        ])
        let text = MarkdownReport(alignment: align(plan, today: "2026-12-03"), plan: plan, quarter: nil).render()
        #expect(text.contains("2 of 3 priorities have work"), "\(text)")
        #expect(text.contains("### 2. Revenue\n\n- **Grow recurring revenue from memberships** — progress 0.33 _(declared)_ (2026)"), "\(text)")
        #expect(!text.contains("### 2. Revenue\n\n_No objective this quarter: a gap._"), "\(text)")
    }
}
