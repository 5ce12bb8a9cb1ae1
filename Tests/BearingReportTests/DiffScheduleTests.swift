import BearingAlign
import BearingModel
import Foundation
import Testing
@testable import BearingReport

/// A roadmap item that slips a quarter changes no link, status or progress, so `diff` showed nothing (trial 25b, F5),
/// though a slip is what a review most needs to see.
@Suite("Diff: items that move in time")
struct DiffScheduleTests {
    static let strategy = "# Strategy\n\n## Priorities\n\n1. **Win enterprise accounts** {#enterprise}\n2. **Grow self-serve revenue** {#plg}\n"

    func diff(_ before: String, _ after: String) -> (PlanDiff, String) {
        let base = loadWorkspace(["strategy.md": Self.strategy, "roadmaps/milestones.md": before])
        let head = loadWorkspace(["strategy.md": Self.strategy, "roadmaps/milestones.md": after])
        let diff = PlanDiff(base: (base, align(base), "main", nil), head: (head, align(head), "working tree", nil))
        return (diff, DiffMarkdown(diff: diff, titles: [:]).render())
    }

    @Test("an item moved to a later quarter's lane is listed as slipped, with both periods")
    func slipped() throws {
        let (diff, text) = diff("""
            # Milestones

            ## 2026-Q3

            - SOC 2 Type II audit for enterprise buyers
            - Pricing page revamp for self-serve buyers

            ## 2026-Q4

            - EU data residency for enterprise
            """, """
            # Milestones

            ## 2026-Q3

            - SOC 2 Type II audit for enterprise buyers

            ## 2026-Q4

            - EU data residency for enterprise
            - Pricing page revamp for self-serve buyers
            """)
        let change = try #require(diff.items.first { $0.title == "Pricing page revamp for self-serve buyers" })
        #expect(diff.items.count == 1)
        #expect(change.slipped)
        #expect(change.scheduleBefore?.period == "2026-Q3" && change.scheduleAfter?.period == "2026-Q4")
        #expect(text.contains("⚠️ slipped: period 2026-Q3 → 2026-Q4"))
    }

    @Test("an item brought forward is a move, not a slip; a later due date on the same lane is a slip")
    func movedAndDue() throws {
        let (diff, text) = diff("""
            # Milestones

            ## Next

            ### Pricing page revamp for self-serve buyers

            Due: 2026-08-15

            ## Later

            - EU data residency for enterprise
            """, """
            # Milestones

            ## Now

            - EU data residency for enterprise

            ## Next

            ### Pricing page revamp for self-serve buyers

            Due: 2026-09-30
            """)
        let pricing = try #require(diff.items.first { $0.title == "Pricing page revamp for self-serve buyers" })
        #expect(pricing.slipped)
        #expect(text.contains("due 2026-08-15 → 2026-09-30"))
        let residency = try #require(diff.items.first { $0.title == "EU data residency for enterprise" })
        #expect(!residency.slipped)
        #expect(text.contains("lane Later → Now"))
    }
}
