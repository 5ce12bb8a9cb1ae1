import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// Review of trial 34's template rules against the shapes other teams write: a roadmap whose "Roadmap Timeline",
/// "Roadmap Overview" or "Strategic Themes" section holds the work itself, a tracker's key column before a Title or
/// Summary, a key result's `Current Status: Done` line, and a strategy whose year's OKRs are its priorities.
@Suite("Review 34a: template names that hold the work, tracker keys before a title, Current Status as a status, a year's OKRs")
struct Review34aTests: TwoPriorityTrial {
    @Test("\"Roadmap Timeline\" over quarter sections holds the roadmap's work, not a summary of it")
    func roadmapTimelineOverQuarters() {
        let roadmap = """
            # Platform Roadmap 2026

            ## Roadmap Timeline

            ### Q1 2026

            - Durable queue for raw events
            - Partitioned replay

            ### Q2 2026

            - Query cache for dashboard tiles

            ## Out of scope

            - Mobile app
            """
        #expect(items(roadmap).map(\.title) == ["Durable queue for raw events", "Partitioned replay", "Query cache for dashboard tiles"])
    }

    @Test("\"Roadmap Timeline\" over a list of dated entries holds the work")
    func roadmapTimelineDatedList() {
        let roadmap = """
            # Platform Roadmap 2026

            ## Roadmap Timeline

            - **Q1 2026**: Durable queue for raw events
            - **Q2 2026**: Query cache for dashboard tiles

            ## Next

            - Partitioned replay
            """
        #expect(items(roadmap).map(\.title) == ["Durable queue for raw events", "Query cache for dashboard tiles", "Partitioned replay"])
    }

    @Test("\"Roadmap Overview\" over a table of initiatives beside a lane: the table's rows are work")
    func roadmapOverviewTable() {
        let roadmap = """
            # App Roadmap

            ## Roadmap Overview

            | Initiative | Quarter | Status |
            |---|---|---|
            | Offline mode | Q1 2026 | In progress |
            | Dark theme | Q2 2026 | Planned |

            ## Now

            - Push notifications
            """
        #expect(items(roadmap).map(\.title) == ["Offline mode", "Dark theme", "Push notifications"])
    }

    @Test("\"Strategic Themes\" over a theme's checklist is lanes of work; a list of themes alone stays an aside")
    func strategicThemesWithWork() {
        let roadmap = """
            # Platform Roadmap 2026

            ## Strategic Themes

            ### Reliability

            - [ ] Durable queue for raw events
            - [x] Partitioned replay

            ### Speed

            - [ ] Query cache for dashboard tiles
            """
        #expect(items(roadmap).map(\.title) == ["Durable queue for raw events", "Partitioned replay", "Query cache for dashboard tiles"])
        let themesOnly = """
            # Platform Roadmap

            ## Strategic Themes

            1. **Reliability**: no lost events, 99.95% uptime
            2. **Speed**: sub-second dashboards

            ## Q1 2026

            - [ ] Durable queue for raw events
            """
        #expect(items(themesOnly).map(\.title) == ["Durable queue for raw events"])
    }

    @Test("a tracker's ticket number, link or key before a Title or Summary column numbers the rows")
    func trackerColumnBeforeTitle() {
        for header in ["| Ticket # | Title | Status |", "| Jira Link | Summary | Status |", "| Key | Summary | Status |"] {
            let roadmap = """
                # Roadmap 2026

                ## Q3 2026

                \(header)
                |---|---|---|
                | [PLAT-12](https://acme.atlassian.net/browse/PLAT-12) | Import from CSV | Planned |
                | [PLAT-13](https://acme.atlassian.net/browse/PLAT-13) | Export to CSV | In progress |

                ## Q4 2026

                - Audit log export
                """
            let found = items(roadmap)
            #expect(found.map(\.title) == ["Import from CSV", "Export to CSV", "Audit log export"], "\(header)")
            #expect(found.first?.metadata.issues.isEmpty == false, "\(header): \(found.map(\.metadata.issues))")
        }
    }

    @Test("a tracker's link column with no words column after it is the column of titles")
    func trackerLinkColumnIsTheTitle() {
        for header in ["| Issue Link | Status | Owner |", "| Jira Link | Status | Owner |"] {
            let roadmap = """
                # Roadmap 2026

                ## Q3 2026

                \(header)
                |---|---|---|
                | [Dark mode for the editor](https://github.com/acme/app/issues/12) | Planned | Ana |
                | [Export to CSV](https://github.com/acme/app/issues/13) | In progress | Ben |

                ## Q4 2026

                - Audit log export
                """
            let found = items(roadmap)
            #expect(found.map(\.title) == ["Dark mode for the editor", "Export to CSV", "Audit log export"], "\(header)")
            #expect(found.first?.metadata.owners == ["Ana"], "\(header)")
        }
    }

    @Test("`Current Status: Done` under a key-result bullet says it is met; `Current Status: At risk` how it stands")
    func currentStatusUnderBullet() throws {
        let file = """
            # Q1 2026

            ## Close mid-market customers

            * **Key Result 1.1:** Publish 10 case studies
                * _Target:_ 10
                * _Current Status:_ Done
            * **Key Result 1.2:** Sign 12 new customers
                * _Target:_ 12 customers
                * _Current Status:_ At risk
            * **Key Result 1.3:** Grow weekly active teams to 500
                * _Target:_ 500
                * _Current Status:_ 450
            """
        let plan = load(["objectives/2026-Q1.md": file])
        let keyResults = plan.objectiveFiles.flatMap(\.objectives).flatMap(\.keyResults)
        #expect(keyResults.map(\.status) == [.done, .atRisk, nil])
        #expect(keyResults.first?.progress == 1)
        #expect(keyResults.last?.figures?.current == "450")
    }

    static let annualOKRStrategy = """
        # Acme Strategy 2026

        ## Mission

        Help product teams plan.

        ## 2026 Goals & OKRs

        ### Objective 1: Win the mid-market

        - KR1: 40 mid-market customers
        - KR2: SOC 2 Type II

        ### Objective 2: Make the product fast

        - KR1: p95 under 1 s

        ## Product

        ### Themes

        - Collaboration: real-time editing
        - Insights: usage analytics
        """

    @Test("a year's goals and OKRs in the strategy stay its priorities beside a product's themes further down")
    func annualOKRsStayPriorities() throws {
        let plan = loadWorkspace(["strategy.md": Self.annualOKRStrategy, "objectives/2026-Q1.md": "## Ship templates\n\n- KR: 20 templates\n"])
        let priorities = try #require(plan.strategy).priorities
        #expect(priorities.map(\.title) == ["Win the mid-market", "Make the product fast"])
        #expect(!plan.codes.contains(.unreadObjectives), "\(plan.diagnostics)")
    }

    @Test("a quarter's OKRs beside the strategy's pillars still yield to them")
    func quarterOKRsYield() throws {
        let strategy = Self.annualOKRStrategy.replacingOccurrences(of: "## 2026 Goals & OKRs", with: "## Q1 2026 Goals & OKRs")
            .replacingOccurrences(of: "### Themes", with: "### Strategic Pillars")
        let plan = loadWorkspace(["strategy.md": strategy, "objectives/2026-Q1.md": "## Ship templates\n\n- KR: 20 templates\n"])
        let priorities = try #require(plan.strategy).priorities
        #expect(priorities.filter { $0.parent == nil }.map(\.title).first?.hasPrefix("Collaboration") == true, "\(priorities.map(\.title))")
        #expect(plan.codes.contains(.unreadObjectives))
    }
}
