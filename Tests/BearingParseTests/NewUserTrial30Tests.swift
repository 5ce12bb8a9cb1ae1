import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// Strategies and OKR files new users brought in trial 30: a quarter's prioritization pack whose bets are an H3 under
/// "## 1) Season Framing"; a product vision whose goals are "### 3.1 Goals" under "## 3. Product goals & non-goals"; a
/// strategic plan whose goals are "### 3. Strategic Goals" under its subtitle H2; a language roadmap whose pillars are the
/// numbered H2s after an empty "## Strategic Pillars"; a quarterly business review whose OKR scorecard is a table under
/// "## OKR Scorecard" › "### Company-Level OKRs"; and OKRs written as bold "**Objective 1 — …**" paragraphs.
@Suite("New users' strategies and OKR files: nested goals, numbered pillars, scorecards (trial 30)")
struct NewUserTrial30Tests: TrialWorkspace {
    let strategy = "## Priorities\n\n- **Revenue growth** {#revenue}\n- **Operational excellence** {#operations}\n"

    private func strategy(_ text: String, roadmap: String = "# Roadmap\n\n## Now\n\n### First step\n") -> Plan {
        loadWorkspace(["strategy.md": text, "roadmaps/roadmap.md": roadmap])
    }

    @Test("bets in an H3 under a framing H2 are the priorities, beside the non-goals")
    func betsUnderFramingHeading() throws {
        let plan = strategy("""
            # Roadmap Prioritization Pack — Team Collaboration SaaS, Q2

            ## 0) Context Snapshot

            - **Product:** Team collaboration SaaS
            - **North Star / primary goal:** Weekly active teams completing >=1 project

            ## 1) Season Framing

            ### Why Now (What Changed)
            - **Activation has plateaued:** New team sign-ups are growing, but activation is flat.

            ### Season Bets (5)
            1. **Improve time-to-first-project for new teams** — Reduce friction from sign-up to first completed project.
            2. **Eliminate reliability blockers in onboarding** — Fix the errors and crashes that block new users.
            3. **Deliver SSO as the enterprise "wedge"** — Unblock enterprise deals without derailing activation focus.

            ### Non-Goals (5)
            - **Full enterprise admin suite** — Beyond SSO and basic roles, enterprise admin features are deferred.

            ## 8) Risks / Open Questions / Next Steps

            | Risk | Likelihood | Impact | Mitigation |
            |---|---|---|---|
            | **Platform migration slips** | Medium | High | Weekly status updates |
            """)
        #expect(!plan.codes.contains(.noPriorities), "\(plan.diagnostics.map(\.message))")
        let titles = plan.strategy?.priorities.filter { $0.parent == nil }.map(\.title)
        #expect(titles == ["Improve time-to-first-project for new teams", "Eliminate reliability blockers in onboarding",
                           "Deliver SSO as the enterprise \"wedge\""], "\(titles ?? [])")
        // The framing around them stays the strategy's text.
        #expect(plan.strategy?.sections.contains { $0.title == "0) Context Snapshot" } == true)
    }

    @Test("goals in an H3 under a goals-and-non-goals H2 are the priorities, not the prose vision above them")
    func goalsUnderGoalsAndNonGoals() throws {
        let plan = strategy("""
            # 01 — Product Vision

            ## 1. Vision statement

            **For** the refugee and vulnerable beneficiaries served by Mersal Foundation, **HBMP** digitizes the medical journey.

            > **One line:** Give every beneficiary one secure medical identity.

            ## 3. Product goals & non-goals

            ### 3.1 Goals (what HBMP is for)

            1. **One beneficiary identity, many documents.** Establish a single immutable beneficiary record.
            2. **Real-time, benefit-aware eligibility.** Answer "can this person receive this service, now?" instantly.
            3. **Controlled, evidence-based approvals.** Route high-cost services through an auditable approval workflow.

            ### 3.2 Non-goals (explicitly out of scope for the product's identity — some are future roadmap)

            - **Not a general hospital information system (HIS)** with bed management.
            """, roadmap: """
            # HBMP roadmap

            ## Now

            ### Beneficiary registry
            Priorities: One beneficiary identity, many documents
            """)
        #expect(plan.errors.isEmpty, "\(plan.errors.map(\.message))")
        let priorities = try #require(plan.strategy?.priorities.filter { $0.parent == nil })
        #expect(priorities.map(\.title) == ["One beneficiary identity, many documents", "Real-time, benefit-aware eligibility",
                                            "Controlled, evidence-based approvals"], "\(priorities.map(\.title))")
        try #require(priorities.count == 3)
        #expect(plan.roadmaps.first?.items.first?.resolved.priorities == [priorities[0].id])
    }

    @Test("goals in a numbered H3 under a plan's subtitle H2 are the priorities, not the subtitle and the section names")
    func goalsUnderSubtitle() throws {
        let plan = strategy("""
            # Strategic Plan 2025-2030
            ## Nutrition Relief & Development Centre (NRDC)

            ### 1. Executive Summary
            NRDC is committed to addressing the nutritional needs of refugees and displaced communities.

            ### 2. Vision and Mission
            **Vision:** A world where displaced communities have the resources and support to thrive independently.
            **Mission:** To provide nutrition, food security programs, capacity building, and community health support.

            ### 3. Strategic Goals
            - **Goal 1:** Scale emergency nutrition interventions by 40%.
            - **Goal 2:** Establish 50 new community-led sustainable farms.
            - **Goal 3:** Strengthen maternal and child health programs.

            ### 4. Implementation Framework
            We will implement these goals through strategic partnerships, community empowerment, and data-driven interventions.
            """, roadmap: """
            # NRDC programme

            ## Now

            ### Emergency feeding centres
            Priorities: Goal 2
            """)
        #expect(plan.errors.isEmpty, "\(plan.errors.map(\.message))")
        let priorities = try #require(plan.strategy?.priorities.filter { $0.parent == nil })
        // Each goal is named by the words after its "Goal N:" label.
        #expect(priorities.map(\.title) == ["Scale emergency nutrition interventions by 40%", "Establish 50 new community-led sustainable farms",
                                            "Strengthen maternal and child health programs"], "\(priorities.map(\.title))")
        try #require(priorities.count >= 2)
        // "Goal 2" names the second goal.
        #expect(plan.roadmaps.first?.items.first?.resolved.priorities == [priorities[1].id], "\(plan.roadmaps.first?.items.first?.resolved.priorities ?? [])")
    }

    @Test("the numbered H2s after an empty pillars heading are the pillars; the H2 after them stays a section")
    func numberedPillarsAfterEmptyHeading() throws {
        let plan = strategy("""
            # Lumen Roadmap

            This roadmap describes the direction of the language and platform.

            ## Vision

            Lumen is a general-purpose, statically typed language for AI-native systems.

            ## Strategic Pillars

            ## 1. Language Core

            - Mature static type system with robust generics.
            - Strong compile-time diagnostics with strict defaults.

            ## 2. Deterministic Runtime

            - Deterministic execution profile for workflow-style programs.
            - Replayable execution model with trace and checkpoint support.

            ## 3. Tooling and Developer Experience

            - First-party language server.

            ## Execution Principles

            - No metadata-only features presented as full semantics.
            """, roadmap: """
            # Lumen delivery roadmap

            ## Now

            ### Language server preview
            Priorities: Tooling and Developer Experience

            ### Effect rows in the type checker
            Priorities: 1
            """)
        #expect(plan.errors.isEmpty, "\(plan.errors.map(\.message))")
        let all = try #require(plan.strategy?.priorities)
        let pillars = all.filter { $0.parent == nil }
        #expect(pillars.map(\.title) == ["Language Core", "Deterministic Runtime", "Tooling and Developer Experience"], "\(pillars.map(\.title))")
        try #require(pillars.count == 3)
        #expect(all.filter { $0.parent == pillars.first?.id }.count == 2)
        #expect(plan.strategy?.sections.map(\.title).contains("Execution Principles") == true, "\(plan.strategy?.sections.map(\.title) ?? [])")
        let items = try #require(plan.roadmaps.first?.items)
        #expect(items.map(\.resolved.priorities) == [[pillars[2].id], [pillars[0].id]])
    }

    @Test("an empty named heading followed by unnumbered H2s is still prose only, said as before")
    func emptyHeadingWithoutNumberedRun() throws {
        let plan = strategy("""
            # Roadmap

            ## Strategic Pillars

            ## Language Core

            - Mature static type system.

            ## Runtime

            - Deterministic execution.
            """)
        #expect(plan.codes.contains(.noPriorities), "\(plan.diagnostics.map(\.message))")
    }

    @Test("a scorecard table under a report heading names its objectives, each with its key results and scores")
    func scorecardUnderReportHeading() throws {
        let plan = load(["objectives/2026-Q1.md": """
            # Q1 2026 Quarterly Business Review

            ## Executive Summary

            Q1 2026 was a **strong quarter**.

            ## OKR Scorecard

            ### Company-Level OKRs

            | Objective | Key Result | Target | Actual | Score | Status |
            |-----------|-----------|--------|--------|-------|--------|
            | **O1: Accelerate revenue growth** | Increase ARR | $41.5M | $42.8M | 1.03 | ✅ Achieved |
            | | Reduce sales cycle length | 68 days | 72 days | 0.94 | ⚠️ Near Miss |
            | **O3: Achieve operational excellence** | Reduce MTTR to 15 min | 15 min | 18 min | 0.83 | ❌ Missed |
            | | Zero SEV-1 incidents | 0 | 2 | 0.0 | ❌ Missed |

            **Overall OKR Score: 0.88** (target: 0.85 — within acceptable range)

            ## KPI Trend Analysis

            | Metric | Q3 2025 | Q4 2025 | Q1 2026 | QoQ Change | Trend |
            |--------|---------|---------|---------|------------|-------|
            | Annual Recurring Revenue (ARR) | $34.1M | $38.5M | $42.8M | +11.2% | Accelerating |
            | Logo Churn Rate | 3.2% | 2.8% | 2.4% | -0.4pp | Improving |
            """])
        let objectives = plan.objectives
        // The summary and the KPI trend around the scorecard are the review's report, not objectives.
        #expect(objectives.map(\.title) == ["Accelerate revenue growth", "Achieve operational excellence"], "\(objectives.map(\.title))")
        let revenue = try #require(objectives.first { $0.title == "Accelerate revenue growth" })
        #expect(revenue.keyResults.map(\.text) == ["Increase ARR", "Reduce sales cycle length"])
        #expect(revenue.keyResults.map(\.progress) == [1, 0.94], "\(revenue.keyResults.map(\.progress))")
        let operations = try #require(objectives.first { $0.title == "Achieve operational excellence" })
        #expect(operations.keyResults.map(\.progress) == [0.83, 0], "\(operations.keyResults.map(\.progress))")
    }

    @Test("a heading objective with its own key results beside a scorecard stays an objective")
    func headingObjectiveBesideScorecard() throws {
        let plan = load(["objectives/2026-Q1.md": """
            # Quarterly review

            ## OKR Scorecard

            | Objective | Key Result | Target | Actual | Score |
            |---|---|---|---|---|
            | **O1: Accelerate revenue growth** | Increase ARR | $41.5M | $42.8M | 1.03 |
            | **O2: Build a world-class team** | Hire 10 AEs | 10 | 6 | 0.60 |

            ## Ship the mobile app

            - Beta to 500 users, 320 so far
            """])
        #expect(plan.objectives.map(\.title) == ["Accelerate revenue growth", "Build a world-class team", "Ship the mobile app"],
                "\(plan.objectives.map(\.title))")
        #expect(!plan.codes.contains(.skippedSection), "\(plan.diagnostics.map(\.message))")
    }

    @Test("a key-result table of one objective under a heading stays that objective's")
    func oneObjectiveTableStaysItsHeadings() throws {
        let plan = load(["objectives/2026-Q1.md": """
            # Q1 2026

            ## Grow revenue

            | Objective | Key Result | Target | Actual |
            |---|---|---|---|
            | **O1: Grow revenue** | Increase ARR | $41.5M | $42.8M |
            | | Close 3 enterprise deals | 3 | 2 |
            """])
        #expect(plan.objectives.map(\.title) == ["Grow revenue"], "\(plan.objectives.map(\.title))")
        #expect(plan.objectives.first?.keyResults.count == 2)
    }

    @Test("bold paragraphs labelled Objective N with a dash are the objectives, over their key results")
    func dashLabelledBoldObjectives() throws {
        let plan = load(["objectives/2026-Q3.md": """
            # PlatinumCoin Pix — OKRs & KPIs

            Framed as if this were a real platform: **OKRs** are the outcomes the architecture commits to.

            **Objective 1 — Never lose or corrupt money.** *(the non-negotiable one)*
            - **KR1.1** 0 negative-balance / 0 double-spend / 0 duplicate-debit — money is conserved end to end.
              *Observed:* the invariant-storm suite proves it under concurrency.

            **Objective 2 — Keep the user-facing path fast.**
            - **KR2.1** Send-Pix acknowledgement **p99 < 2s**.
              *Observed:* k6 threshold `http_req_duration{endpoint:send} p(99)<2000` fails the run on breach.
            - **KR2.2** Balance read **p99 < 300ms**.

            **KPIs (steady-state health):**

            | KPI | What it tells you | Healthy signal |
            |---|---|---|
            | Send p99 / Balance p99 | User-facing latency vs. budget | < 2s / < 300ms |
            """])
        let objectives = plan.objectives
        #expect(objectives.count == 2, "\(objectives.map(\.title))")
        #expect(objectives.last?.title == "Keep the user-facing path fast", "\(objectives.map(\.title))")
        #expect(objectives.map(\.keyResults.count) == [1, 2], "\(objectives.map(\.keyResults.count))")
    }
}
