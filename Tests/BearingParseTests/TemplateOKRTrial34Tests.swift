import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// OKR templates as teams fill them in: an "OKR Setting" document whose facts are a bullet list under the title
/// (`* **Owner:** Dana Whitfield (VP Product)`), key results as bold-labelled bullets over italic fields (`_Target:_`,
/// `_Current Status:_`), and a technology team's OKRs under "## 🚀 Technology-Specific OKRs".
@Suite("New users' plans: filled-in OKR templates with a facts list, Current Status lines and bounded targets (trial 34)")
struct TemplateOKRTrial34Tests: TrialWorkspace {
    let strategy = """
        # Strategy 2026

        ## Priorities

        ### Win the mid-market

        Sales-assisted deals with companies of 200 to 2,000 people; SSO, audit logs, SOC 2.

        ### Make the product fast and reliable

        Dashboards load in under a second; ingestion never loses events.
        """

    static let setting = """
        # OKR Setting: Product & Engineering - Q1 2026

        * **Owner:** Dana Whitfield (VP Product)
        * **Date Created:** 2025-12-12
        * **Version:** 1.2

        ---

        ### **Objective 1: Close our first wave of mid-market customers**

        * **Key Result 1.1:** Sign 12 new customers with more than 200 employees
            * _Owner:_ Marco Ruiz
            * _Target:_ 12 customers
            * _Current Status:_ 5 customers
        * **Key Result 1.2:** Ship SAML SSO and audit log export to general availability
            * _Owner:_ Priya Natarajan
            * _Target:_ GA by March 15
            * _Current Status:_ In beta with 3 customers

        ---

        ### **Objective 2: Make dashboards feel instant**

        * **Key Result 2.1:** Reduce p95 dashboard load time from 3.2 s to under 1 s
            * _Owner:_ Ana Sousa
            * _Target:_ < 1 s
            * _Current Status:_ 2.1 s
        """

    @Test("an owner in the facts list under the title owns each objective that names none")
    func ownerInFactsList() throws {
        let objectives = load(["objectives/2026-Q1.md": Self.setting]).objectiveFiles.flatMap(\.objectives)
        #expect(objectives.map(\.title) == ["Close our first wave of mid-market customers", "Make dashboards feel instant"])
        #expect(objectives.first?.metadata.owners == ["Dana Whitfield"], "\(objectives.map(\.metadata.owners))")
    }

    @Test("a list of goals written as `Key: value` sentences under the title is no facts list")
    func goalsListIsNoFacts() throws {
        let file = """
            # Q1 2026

            - Growth: we reach 1,000 paying teams and keep churn under 2% a month.
            - Owner: Dana

            ## Ship SSO

            - KR: SSO for 5 customers
            """
        let objectives = load(["objectives/2026-Q1.md": file]).objectiveFiles.flatMap(\.objectives)
        #expect(objectives.first?.metadata.owners == [], "\(objectives.map(\.metadata.owners))")
    }

    @Test("`Current Status:` with a figure is where the measure stands; without one it is no figure")
    func currentStatus() throws {
        let plan = load(["objectives/2026-Q1.md": Self.setting])
        let keyResults = plan.objectiveFiles.flatMap(\.objectives).flatMap(\.keyResults)
        #expect(keyResults.map { $0.figures?.current } == ["5 customers", "In beta with 3 customers", "2.1 s"])
        #expect(keyResults.first?.progress.map { ($0 * 100).rounded() / 100 } == 0.42)
        let unread = plan.diagnostics.filter { $0.code == .progressUnread }
        #expect(unread.map(\.location.line) == [15], "\(unread)")
        #expect(unread.first?.message.contains("its Current line (`In beta with 3 customers`)") == true, "\(unread)")
        #expect(unread.first?.message.contains("no current value") == false)
    }

    @Test("`from 3.2 s to under 1 s`: the bound before the target leaves it the target")
    func boundedTarget() throws {
        let keyResults = load(["objectives/2026-Q1.md": Self.setting]).objectiveFiles.flatMap(\.objectives).flatMap(\.keyResults)
        #expect(keyResults.last?.progress.map { ($0 * 100).rounded() / 100 } == 0.5, "\(keyResults.map(\.progress))")
        for text in ["Reduce load time from 3.2 s to under 1 s, now 2.1 s", "Cut p95 from 3 s to < 1 s, now 2 s",
                     "Grow weekly teams from 10 to at least 50, now 30", "Churn 5% → below 3%, now 4%"] {
            let reading = ProgressReader.read(text, checked: nil)
            #expect(reading.progress.map { ($0 * 100).rounded() / 100 } == 0.5, "\(text): \(reading)")
        }
    }

    @Test("`Current Status: at risk` is how the work stands, not a figure")
    func currentStatusWord() throws {
        let file = """
            # Q1 2026

            ## Ship SSO

            #### Key Result 1.1: SSO live for 5 customers
            - **Current Status**: At risk
            - **Target**: 5 customers
            """
        let keyResult = try #require(load(["objectives/2026-Q1.md": file]).objectiveFiles.first?.objectives.first?.keyResults.first)
        #expect(keyResult.status == .atRisk)
        #expect(keyResult.figures?.current == nil)
    }

    @Test("\"Technology-Specific OKRs\" beside the company's are the Technology team's")
    func scopeSuffix() throws {
        let file = """
            # Quarterly OKRs - Q3 2026

            ## 🚀 Technology-Specific OKRs

            ### Objective 1: Never lose an event in ingestion

            #### KR1: Zero data-loss incidents
            - **Progress**: 50%
            """
        let objective = try #require(load(["objectives/2026-Q3.md": file]).objectiveFiles.first?.objectives.first)
        #expect(objective.metadata.team == "Technology")
    }
}

/// Roadmaps as product tools and templates give them: an export whose first columns are the tracker's number and link
/// (`| Aha! Issue Number | Aha! Issue Link | Description | Owner | Status | Target Date |`) under period lines, and a
/// template's "Strategic Themes" list and "Roadmap Overview" timeline above the quarters' work.
@Suite("New users' roadmaps: a tracker export's number columns and a template's themes and overview (trial 34)")
struct RoadmapTemplateTrial34Tests: TwoPriorityTrial {
    @Test("the Description column names the work when the columns before it are the tracker's number and link")
    func trackerNumberColumns() {
        let roadmap = """
            Product Roadmap 2026
            Q1 2026 (Jan – Mar)

            | Aha! Issue Number | Aha! Issue Link | Description | Owner | Status | Target Date |
            |-------------------|-----------------|-------------|-------|--------|-------------|
            | AHA-1001 | [AHA-1001](https://acme.aha.io/ideas/AHA-1001) | SAML single sign-on for enterprise workspaces | Priya Natarajan | In Progress | 2026-02-20 |
            | AHA-1003 | [AHA-1003](https://acme.aha.io/ideas/AHA-1003) | Query cache for dashboard tiles | Ana Sousa | Done | 2026-03-01 |
            """
        let found = items(roadmap)
        #expect(found.map(\.title) == ["SAML single sign-on for enterprise workspaces", "Query cache for dashboard tiles"])
        #expect(found.map(\.metadata.owners) == [["Priya Natarajan"], ["Ana Sousa"]])
        #expect(found.first?.metadata.issues == ["AHA-1001"], "\(found.map(\.metadata.issues))")
    }

    @Test("a board's Story column names the work: `| Story ID | Story | Status |`")
    func storyColumn() {
        let roadmap = "## Next\n\n| Story ID | Story | Status |\n|---|---|---|\n| S-1 | Autoscaling ingest workers | To Do |\n| S-2 | Multi-region read replicas | To Do |\n"
        #expect(items(roadmap).map(\.title) == ["Autoscaling ingest workers", "Multi-region read replicas"])
    }

    @Test("a template's Strategic Themes list and its Roadmap Overview timeline are about the roadmap, not work")
    func themesAndOverview() {
        let roadmap = """
            # Platform Roadmap

            ## Strategic Themes

            1. **Reliability**: no lost events, 99.95% uptime
            2. **Speed**: sub-second dashboards

            ## Roadmap Overview

            ### Timeline

            ```
            Q1 2026          Q2 2026
            Foundation       Speed
            ```

            ## Q1 2026: Foundation

            - [x] Durable queue for raw events
            - [ ] Partitioned replay
            """
        #expect(items(roadmap).map(\.title) == ["Durable queue for raw events", "Partitioned replay"])
    }
}

/// A "Goals & Strategy" page as a product team's template has it: a North Star Metric's fields, "## Strategic
/// Framework" over "### Vision" and "### Strategic Pillars" (`1. **Pillar 1: User Growth**` over `- Description: …`,
/// `- Why it matters: …`, `- Key initiatives: …`), then "## Current Goals & OKRs" with the period's objectives.
@Suite("New users' strategies: a goals-and-strategy template's pillars beside its current OKRs (trial 34)")
struct GoalsAndStrategyTrial34Tests {
    static let strategy = """
        # Goals & Strategy

        ## North Star Metric

        **Metric**: Activation rate
        **Target**: 75%

        ## Strategic Framework

        ### Vision

        Become the default planning tool for product teams.

        ### Strategic Pillars

        1. **Pillar 1: User Growth**
           - Description: Activation, retention and expansion of self-serve teams
           - Why it matters: Foundation for sustainable growth
           - Key initiatives: Onboarding redesign, in-app templates
           - Metric: 7-day activation rate

        2. **Pillar 2: Enterprise Readiness**
           - Description: SSO, audit logs and a security review that passes
           - Why it matters: Deals stall on security questionnaires

        ## Current Goals & OKRs

        ### Current Period: Q1 2026

        **Objective 1**: Make onboarding self-explanatory
        - **KR1**: Raise 7-day activation from 62% to 75%
        """

    @Test("the pillars are the priorities, not the current OKRs, and the OKRs are said to be untracked there")
    func pillarsOverCurrentOKRs() throws {
        let plan = loadWorkspace(["strategy.md": Self.strategy, "objectives/2026-Q1.md": "## Ship templates\n\n- KR: 20 templates\n"])
        let strategy = try #require(plan.strategy)
        #expect(strategy.priorities.filter { $0.parent == nil }.map(\.title) == ["User Growth", "Enterprise Readiness"])
        #expect(plan.diagnostics.contains { $0.code == .unreadObjectives && $0.message.contains("Current Goals & OKRs") }, "\(plan.diagnostics)")
    }

    @Test("a pillar's Description, Why it matters and Key initiatives lines are its text, not sub-priorities")
    func pillarFields() throws {
        let plan = loadWorkspace(["strategy.md": Self.strategy, "objectives/2026-Q1.md": "## Ship templates\n\n- KR: 20 templates\n"])
        let priorities = try #require(plan.strategy).priorities
        #expect(priorities.count == 2, "\(priorities.map(\.title))")
        let growth = try #require(priorities.first)
        #expect(growth.summary?.hasPrefix("Activation, retention and expansion of self-serve teams") == true, "\(growth.summary ?? "")")
        #expect(growth.summary?.contains("Key initiatives: Onboarding redesign, in-app templates") == true)
        #expect(growth.successSignal == "Metric: 7-day activation rate")
        #expect(!plan.codes.contains(.duplicateID), "\(plan.diagnostics)")
    }

    @Test("a pillar's nested list of sub-priorities stays its sub-priorities")
    func subPrioritiesStay() throws {
        let strategy = "## Strategic Pillars\n\n1. **Data**\n   - Data: one warehouse for every team\n   - Self-serve dashboards\n\n2. **People**\n   - Hiring\n"
        let plan = loadWorkspace(["strategy.md": strategy, "objectives/2026-Q1.md": "## Ship templates\n\n- KR: 20 templates\n"])
        let priorities = try #require(plan.strategy).priorities
        #expect(priorities.filter { $0.parent != nil }.count == 3, "\(priorities.map(\.title))")
    }
}

@Suite("Key results: a progress bar drawn with symbols (trial 34)")
struct ProgressBarTrial34Tests {
    @Test("a bar's filled share is its progress; a status symbol or a word beside one is no bar")
    func bars() {
        for (text, share) in [("🟩🟩🟩⬜⬜", 0.6), ("■■■□□", 0.6), ("●●○○", 0.5), ("▰▰▰▰▱", 0.8), ("[█████░░░░░]", 0.5), ("🟩🟩🟩⬜️⬜️", 0.6)] {
            #expect(ProgressReader.read(text, checked: nil).progress == share, "\(text)")
        }
        for text in ["🟢 On track", "● Shipped", "🟢", "■■"] {
            #expect(ProgressBar.read(text) == nil, "\(text)")
        }
    }

    @Test("a Progress column of bars gives each key result its share")
    func barColumn() throws {
        let file = """
            # Q1 2026 OKRs

            ## Make dashboards feel instant

            | Key Result | Owner | Progress | Status |
            |---|---|---|---|
            | Ingestion lag p99 at 15 s | Tom | 🟩🟩🟩⬜⬜ | 🟢 On track |
            """
        let plan = loadWorkspace(["strategy.md": minimalStrategy, "objectives/2026-Q1.md": file])
        let keyResult = try #require(plan.objectiveFiles.first?.objectives.first?.keyResults.first)
        #expect(keyResult.progress == 0.6)
        #expect(!plan.codes.contains(.progressUnreadable), "\(plan.diagnostics)")
    }
}
