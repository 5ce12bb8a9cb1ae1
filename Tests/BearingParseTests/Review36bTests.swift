import BearingModel
@testable import BearingParse
import Testing

/// Session 36's reviewer (b): the session's new readings tried on files that only look like the shapes they were made
/// for, each in the shape teams write.
struct Review36bTests: TrialWorkspace {
    let strategy = "## Our priorities\n\n### Grow adoption\n\nMore teams use it.\n\n### Reliability\n\nThe service stays up.\n"

    private func keyResults(_ file: String) -> [KeyResult] {
        load(["objectives/2026-Q3.md": file]).objectiveFiles.flatMap(\.objectives).flatMap(\.keyResults)
    }

    @Test("`(Maria: 8, Julian: 5)` or `(Marketing: 4, Declined: 2)` begin as months do but are no monthly series")
    func wordsThatBeginAsMonths() throws {
        #expect(MonthlySeries.latest(in: "Review 40 grant applications (Approved: 12, Declined: 8)") == nil)
        #expect(MonthlySeries.latest(in: "Fund 10 projects (Marketing: 4, Declined: 2)") == nil)
        #expect(MonthlySeries.latest(in: "Close 20 deals (Maria: 8, Julian: 5)") == nil)
        #expect(MonthlySeries.latest(in: "Mark: 3, Janet: 5") == nil)
        // A month's own spellings still are.
        #expect(MonthlySeries.latest(in: "Signups (January: 200, February: 300)")?.figure == "300")
        #expect(MonthlySeries.latest(in: "Sept.: 40, Oct: 55")?.figure == "55")
        let results = keyResults("""
            ## Grow the grants program

            - Close 20 deals (Maria: 8, Julian: 5)
            - Reach 300 signups (Jan: 100, Feb: 200)
            """)
        // Each seller's deals, not a month's figure: not "now 5" (0.25 before).
        #expect(results.first?.progress != 0.25)
        #expect(results.first?.text == "Close 20 deals (Maria: 8, Julian: 5)")
        #expect(results.last?.progress == 2.0 / 3.0)
    }

    @Test("a series written newest first (`Mar: 280, Feb: 200, Jan: 100`) stands at its first entry; across a year's turn at its last")
    func newestFirst() throws {
        #expect(MonthlySeries.latest(in: "Reach 300 signups (Mar: 280, Feb: 200, Jan: 100)")?.figure == "280")
        #expect(MonthlySeries.latest(in: "Reach 500 signups (Nov: 300, Dec: 400, Jan: 450)")?.figure == "450")
        #expect(MonthlySeries.latest(in: "Reach 500 signups (Jan: 450, Dec: 400, Nov: 300)")?.figure == "450")
        #expect(MonthlySeries.latest(in: "Jan: 200, Feb: 300")?.figure == "300")
        let results = keyResults("""
            ## Grow signups

            | Key result | Target | Current |
            |---|---|---|
            | Signups | 300 | Mar: 280, Feb: 200, Jan: 100 |
            """)
        #expect(results.map(\.progress) == [280.0 / 300.0])
    }

    @Test("`**Bulk export** - High - Small`: a priority-ordered list's ranking and size name no team and no owner")
    func rankingAfterDashesIsNoTeam() throws {
        let items = items("""
            # Product roadmap

            ## Now

            - **Bulk export** - High - Small
            - **Audit log** - CRITICAL - Backend
            - **Usage alerts** - Medium - Large
            - **Guided onboarding checklist** - Growth - Dana
            """)
        #expect(items.map(\.title) == ["Bulk export", "Audit log", "Usage alerts", "Guided onboarding checklist"])
        #expect(items.map(\.metadata.team) == [nil, nil, nil, "Growth"])
        #expect(items.map(\.metadata.owners) == [[], [], [], ["Dana"]])
    }

    @Test("`## Q3 2026 Goals` over a list that restates the headings under it is their summary, not goals read twice")
    func goalsListRestatingHeadings() throws {
        let plan = load(["objectives/2026-Q3.md": """
            # Platform team OKRs

            ## Q3 2026 Goals

            - Improve reliability
            - Objective 2: Grow adoption (Owner: Lee)

            ### Improve reliability

            - KR1: Reach 99.9% uptime, now 99.5%
            - KR2: Cut p95 latency from 400ms to 200ms, now 300ms

            ### Grow adoption

            - KR1: 500 weekly active users, now 320
            """])
        let objectives = plan.objectiveFiles.flatMap(\.objectives)
        #expect(objectives.map(\.keyResults.count) == [2, 1])
        #expect(!plan.diagnostics.contains { $0.code == .duplicateID }, "\(plan.diagnostics)")
        // PostHog's shape, goals that no heading restates, is still read as goals beside the headings.
        let goals = load(["objectives/2026-Q3.md": """
            ## Q3 2026 Goals

            - Hit net revenue retention of 120%
            - Improve reliability of the billing sync

            ### AI tooling

            - Ship the account summary bot
            - Cut manual notes by half
            """])
        #expect(goals.objectiveFiles.flatMap(\.objectives).count == 3)
    }

    @Test("`Current Status: At risk, 2 weeks behind plan` is no current figure of 2; `On track - 640` is")
    func statusWithScheduleRemark() throws {
        let results = keyResults("""
            ## Grow adoption

            ### KR1: Sign 10 new customers
            - Target: 10
            - Current Status: At risk, 2 weeks behind plan

            ### KR2: Launch in 5 markets
            - Target: 5
            - Current Status: At risk, blocked on Q3 hiring

            ### KR3: Reach 1000 weekly users
            - Target: 1000
            - Current Status: On track - 640
            """)
        #expect(results.map(\.progress) == [nil, nil, 0.64])
        // The status before the remark is how the work stands (Leftovers37Tests); the remark is no current value.
        #expect(results.map { $0.figures?.current } == [nil, nil, "640"])
        #expect(results.map(\.status) == [.atRisk, .atRisk, .onTrack])
    }

    @Test("a key-result table's `| **Total** | **100%** |` row adds up the rows above: no key result, and no weight of its own")
    func totalsRowOfKeyResults() throws {
        let plan = load(["objectives/2026-Q3.md": """
            ## Grow revenue

            | Key result | Weight | Target | Current |
            |---|---|---|---|
            | New logos | 60% | 20 | 12 |
            | Total ARR | 40% | $1M | $0.5M |
            | **Total** | **100%** | | |
            """])
        let results = plan.objectiveFiles.flatMap(\.objectives).flatMap(\.keyResults)
        #expect(results.map(\.text) == ["New logos", "Total ARR"])
        #expect(!plan.diagnostics.contains { $0.code == .keyResultWeights }, "\(plan.diagnostics)")
    }
}
