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

    // MARK: Notion-synced task properties

    static let notionTasks = """
        # Q4 2025 - Current Quarter (Detailed)

        ## Service Architecture & Portal Separation ✅
        - [x] **Separate Customer Portal from Operations**
          - **Completed:** 2025-10-25
          - **Rationale:** Separate admin-only operations dashboard from customer-facing portal for better security
          - **Implementation:**
            - Created new `sailorskills-portal` repository
            - Moved all customer auth, service history and invoices to the portal repo
          - **Impact:** Complete code isolation, independent deployment cycles, smaller bundle sizes, clearer security boundary

        ## Service Architecture & Naming
        - [x] **Rename sailorskills-dashboard → sailorskills-insight**
          - **Completed:** 2025-11-02
          - **Rationale:** "Insight" differentiates strategic BI service from operational dashboards in other services
          - **Tasks:**
            - Rename GitHub repository: `sailorskills-dashboard` → `sailorskills-insight`
            - Update navigation links in all services (shared package navigation)
          - **Impact:** Repository, Vercel deployment, navigation across all services, documentation
          - **Dependencies:** None (design already complete in `/docs/plans/2025-11-01-strategic-insight-transformation.md`)
          - **Priority:** High (clean slate before Q1 2026 implementation)
          - **Estimated Effort:** 2-3 hours

        - [ ] **Customer Portal Notifications**
          - **Rationale:** Customers ask to hear when a technician starts and finishes the service on their boat
          - **Features:**
            - Email when the service starts
            - SMS when it is complete
          - **Dependencies:** Separate Customer Portal from Operations (portal must exist first)
          - **Priority:** Medium-High (Q1 2026 - improves daily UX)
          - **Estimated Effort:** 3-4 days (24-32 hours) spread over 3 weeks

        - [x] **Schedule Calendar: Drag-and-Drop Rescheduling**
          - **Completed:** 2025-11-03
          - **Issue:** Confirmed orders did not show on the calendar
          - **Solution:**
            - Added a function that reads every form of service interval
          - **Status:** FULLY COMPLETE - Both click-to-view modal and drag-and-drop rescheduling implemented
          - **Dependencies:** Customer Portal Notifications (for the reminders), Scheduling system
        """

    @Test("a Notion task's Dependencies, Priority and Estimated Effort bullets are read wherever they sit among its fields")
    func notionTaskFields() throws {
        let plan = load(["roadmaps/x.md": Self.notionTasks])
        #expect(plan.diagnostics.filter { $0.severity >= .warning }.isEmpty, "\(plan.diagnostics.map(\.message))")
        let items = try #require(plan.roadmaps.first?.items)
        #expect(items.map(\.title) == ["Separate Customer Portal from Operations", "Rename sailorskills-dashboard → sailorskills-insight",
                                       "Customer Portal Notifications", "Schedule Calendar: Drag-and-Drop Rescheduling"])
        let rename = items[1]
        let fields = rename.metadata.custom.map { "\($0.key): \($0.value)" }
        #expect(fields.contains("Importance: High (clean slate before Q1 2026 implementation)"), "\(fields)")
        #expect(fields.contains("Estimated Effort: 2-3 hours"), "\(fields)")
        #expect(fields.contains("Completed: 2025-11-02"), "\(fields)")
        #expect(rename.metadata.dependsOn.isEmpty)
        #expect(!fields.contains { $0.hasPrefix("Dependencies") }, "None is no dependency: \(fields)")
        // The entries that are text stay the item's text: the rationale, and the tasks beneath their label.
        #expect(rename.body.contains("Rationale:"), "\(rename.body)")
        #expect(rename.body.contains("Rename GitHub repository"), "\(rename.body)")
        #expect(!rename.body.contains("Estimated Effort"), "\(rename.body)")
        let shown = rename.blocks.map(\.plainText).joined(separator: "\n")
        #expect(shown.contains("Update navigation links"), "\(shown)")
        #expect(!shown.contains("Estimated Effort"), "\(shown)")
        // A dependency named by another task's title, with a remark after it, is that task.
        let notifications = items[2]
        #expect(notifications.resolved.dependsOn == [items[0].id], "\(notifications.metadata.dependsOn) \(notifications.metadata.custom)")
        let more = notifications.metadata.custom.map { "\($0.key): \($0.value)" }
        #expect(more.contains("Importance: Medium-High (Q1 2026 - improves daily UX)"), "\(more)")
        #expect(more.contains("Estimated Effort: 3-4 days (24-32 hours) spread over 3 weeks"), "\(more)")
        // A status phrase before what it means in words is the status, the words kept beside it; words that name no
        // task and are near none ("Scheduling system") stay the field's text, not an unknown reference.
        let calendar = items[3]
        #expect(calendar.metadata.status == .done)
        #expect(calendar.resolved.dependsOn == [items[2].id], "\(calendar.metadata.dependsOn)")
        let said = calendar.metadata.custom.map { "\($0.key): \($0.value)" }
        #expect(said.contains("Status: FULLY COMPLETE - Both click-to-view modal and drag-and-drop rescheduling implemented"), "\(said)")
        #expect(said.contains("Dependencies: Scheduling system"), "\(said)")
        #expect(said.contains("Issue: Confirmed orders did not show on the calendar"), "\(said)")
        #expect(calendar.body.contains("Added a function that reads"), "\(calendar.body)")
    }

    @Test("counter-case: a status phrase qualified by \"partially\" is not read as done")
    func qualifiedStatusLead() {
        #expect(MetadataValues.statusLead("Partially complete - the modal works, drag and drop does not") == nil)
        #expect(MetadataValues.statusLead("Import complete, infrastructure ready for future updates") == .done)
        #expect(MetadataValues.statusLead("Data Ready (1,196 service logs imported 2025-11-04)") == .notStarted)
        #expect(MetadataValues.statusLead("We will finish it, once the portal ships") == nil)
    }

    @Test("counter-case: a nested list of points, not of bold fields, stays the item's text")
    func plainNestedListStaysText() throws {
        let items = items("""
            # Roadmap

            ## Platform
            - [ ] **Customer Portal Notifications**
              - Email when the service starts
              - **Priority:** High
              - SMS when it is complete, with the boat's name
            """)
        let item = try #require(items.first)
        #expect(item.body.contains("Priority: High") || item.body.contains("**Priority:** High"), "\(item.body)")
        #expect(!item.metadata.custom.contains { $0.key == "Importance" })
    }

    // MARK: One status-marked H3 in a lane

    @Test("a quarter lane holding one \"### Recently Completed ✅\" list of bold-titled work gives that work as items")
    func oneMarkedGroup() throws {
        for lane in ["## Q4 2025 - Current Quarter", "## Portal and platform"] {
            let items = items("""
                # Sailorskills Suite - Roadmap

                \(lane)

                ### Recently Completed ✅
                - **Portal Separation** (2025-10-25): Customer portal now separate service
                - **Testing Platform** (2025-10-29): Comprehensive test infrastructure
                - **Notion Integration** (2025-11-02): Automated roadmap sync to Notion
                """)
            #expect(items.map(\.title) == ["Portal Separation", "Testing Platform", "Notion Integration"], "\(lane)")
            #expect(items.allSatisfy { $0.metadata.status == .done }, "\(lane)")
            #expect(items.allSatisfy { $0.group == "Recently Completed" }, "\(lane): \(items.map(\.group))")
        }
    }

    @Test("counter-case: a quarter's work grouped under \"### Shipped ✅\" and \"### In progress 🚧\" stays work")
    func markedGroupsInAQuarter() throws {
        let items = items("""
            # Roadmap

            ## Q4 2025

            ### Shipped ✅
            - Customer portal
            - Testing platform

            ### In progress 🚧
            - Settings service
            """)
        #expect(items.map(\.title) == ["Customer portal", "Testing platform", "Settings service"])
        #expect(items.map(\.metadata.status) == [.done, .done, .onTrack])
    }

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

    // MARK: An empty period heading

    @Test("an empty \"## 2026 Q1 OKR\" heading before the objectives is their period, not an objective")
    func emptyPeriodHeading() throws {
        let plan = load(["objectives/okr.md": """
            # Richlychee OKR (Objectives and Key Results)

            ## 2026 Q1 OKR

            ---

            ## Objective 1: Become the automation tool every store seller looks for first

            ### Key Results

            - [ ] Cut the time to list 100 products from 10 hours to 1 hour

            ## Objective 2: Reach a stable monthly recurring revenue

            ### Key Results

            - [ ] Grow paying subscribers to 400
            """])
        let objectives = plan.objectiveFiles.flatMap(\.objectives)
        #expect(objectives.map(\.title) == ["Become the automation tool every store seller looks for first",
                                            "Reach a stable monthly recurring revenue"])
        #expect(objectives.allSatisfy { $0.quarter == Quarter(year: 2026, number: 1) }, "\(objectives.map(\.quarter))")
    }

    @Test("counter-case: a period heading with prose under it is still an objective")
    func periodHeadingWithProse() throws {
        let plan = load(["objectives/okr.md": """
            # OKRs

            ## Q3 2025

            We will make scheduling fast for every clinic.

            ## Objective 2: Reach a stable monthly recurring revenue

            - [ ] Grow paying subscribers to 400
            """])
        #expect(plan.objectiveFiles.flatMap(\.objectives).count == 2)
    }

    // MARK: A current value after "current is"

    @Test("\"(current is 125k)\" after a target is the key result's current value")
    func currentIs() throws {
        let plan = load(["objectives/2020-Q1.md": """
            # Community Committee OKRs

            ## OKRs (2020 Set 1):

            * **Objective:** Positively affect the rest of the JavaScript Ecosystem
                * **Key Result:** 200k views per 30 days of Node.js Collection articles (current is 125k)
                * **Key Result:** Raise the tutorial rating to 4.5 (current value is 3.6)
                * **Key Result:** Publish 5 blog posts with key ecosystem projects
            """])
        let results = plan.objectiveFiles.flatMap(\.objectives).flatMap(\.keyResults)
        #expect(results.count == 3)
        #expect(results.map(\.progress) == [0.625, 0.8, nil], "\(results.map(\.progress))")
    }

    // MARK: A quarter with no year

    @Test("\"by the end of Q3\" takes its year from the lane or the file, and with none is no date")
    func yearlessQuarter() throws {
        let none = items("""
            # Roadmap

            ## Platform

            - **Ship search.** We will ship it by the end of Q3.
            - Release 2.0 by the end of Q4
            """)
        #expect(none.map(\.period) == [nil, nil], "\(none.map(\.period))")
        #expect(none.map(\.metadata.due) == [nil, nil])
        let placed = items("""
            # Roadmap

            ## 2026

            - **Ship search.** We will ship it by the end of Q3.
            - Release 2.0 by the end of Q4
            """)
        #expect(placed.map(\.period) == ["2026-Q3", "2026-Q4"])
        #expect(placed.map(\.metadata.due) == ["end of Q3 2026", "end of Q4 2026"])
    }

    // MARK: Unnumbered role labels

    @Test("\"CEO KR:\" is CEO's key result, as \"CEO KR1:\" is: the label leaves the words and names the owner")
    func unnumberedRoleLabel() throws {
        let plan = load(["objectives/fy23-q4.md": """
            ---
            title: "FY23-Q4 OKRs"
            ---

            ## OKRs

            ### 1. CEO: Drive revenue through delivering customer results
            1. **CEO KR:** Automate Dedicated
            1. **CEO KR:** Enhance security through meeting FedRAMP and Yubikey targets
            1. **VP of Customer Success KR:** Activate 15 new Leading Organizations
            1. **Stretch KR:** Do FY24-Q1 OKRs in GitLab
            1. **CEO KR1:** Certify at least 100 team members as TeamOps trainers
            1. **CEO KR:** Roll out the leadership training module (Owner: Ada)
            """])
        let results = plan.objectiveFiles.flatMap(\.objectives).flatMap(\.keyResults)
        #expect(results.map(\.text) == ["Automate Dedicated", "Enhance security through meeting FedRAMP and Yubikey targets",
                                        "Activate 15 new Leading Organizations", "Do FY24-Q1 OKRs in GitLab",
                                        "Certify at least 100 team members as TeamOps trainers",
                                        "Roll out the leadership training module"], "\(results.map(\.text))")
        #expect(results.map(\.owners) == [["CEO"], ["CEO"], ["VP of Customer Success"], [], ["CEO"], ["Ada"]], "\(results.map(\.owners))")
    }

    @Test("counter-case: words before \"KR\" with no colon or number stay the key result's words")
    func unmarkedLabelStays() {
        #expect(KeyResultLabel.strippingLabel("CEO KR Increase revenue") == "CEO KR Increase revenue")
        #expect(KeyResultLabel.owner(in: "CEO KR Increase revenue") == nil)
        #expect(KeyResultLabel.owner(in: "Q3 KR: Increase revenue") == nil)
    }
}
