import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// Readings trial 28 left: a Notion-synced roadmap's task properties (standardhuman/sailorskills-docs
/// `docs/roadmap/2025-Q4-ACTIVE.md`), a quarter lane holding one "### Recently Completed ✅" list and "(2-3 hours)"
/// estimates in titles (its `ROADMAP.md`), an empty "## 2026 Q1 OKR" heading (juuuno-coder/richlychee `OKR.md`),
/// "(current is 125k)" (nodejs/community-committee `OKR.md`), "by the end of Q3" with no year, and GitLab's unnumbered
/// `CEO KR:` labels.
@Suite("Real files' readings left by trial 28")
struct RealFileReadings29Tests: TrialWorkspace {
    let strategy = "## Priorities\n\n- **Solid foundation** {#foundation}\n- **Customer results** {#customers}\n"

    // MARK: Estimates in titles

    @Test("\"(2-3 hours)\", \"(1 day)\", \"(~3 weeks)\" after a name are an Estimate field, not words of the title")
    func estimatesLeaveTitles() throws {
        let items = items("""
            # Sailorskills Suite - Roadmap

            ## Q4 2025 - Current Quarter

            ### Top Priorities

            #### 1. Rename Dashboard → Insight (2-3 hours) ✅ COMPLETE
            - **Why:** Differentiate strategic BI from operational dashboards

            #### 5. Settings Service (4 weeks) 🚧 IN PROGRESS
            - **Goal:** Centralized configuration management for entire suite

            ### Quick wins
            - Fix the breadcrumb on the second tier (1 day)
            - Build the Gantt view (~3 weeks)
            - Ship v2 (Q3 2026)
            - Invite the beta group (3 testers)
            """)
        #expect(items.map(\.title) == ["Rename Dashboard → Insight", "Settings Service", "Fix the breadcrumb on the second tier",
                                       "Build the Gantt view", "Ship v2", "Invite the beta group (3 testers)"])
        let estimates = items.map { $0.metadata.custom.first { $0.key == "Estimate" }?.value }
        #expect(estimates == ["2-3 hours", "4 weeks", "1 day", "~3 weeks", nil, nil])
        #expect(items.map(\.metadata.status).prefix(2) == [.done, .onTrack])
        #expect(items[4].period == "2026-Q3")
    }
}
