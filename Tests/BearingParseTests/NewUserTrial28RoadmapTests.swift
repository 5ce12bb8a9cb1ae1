import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// Public roadmaps new users brought in trial 28: a milestone tracker table with start, target and completion dates; a
/// Chinese milestone table (`| 里程碑 | 起始日期 | 结束日期 |`); a suite roadmap whose numbered H4 items end in
/// "✅ COMPLETE" / "🚧 IN PROGRESS" under "## Q1 2026 - Next Quarter" lanes.
@Suite("New users' roadmap tables and headings (trial 28)")
struct NewUserTrial28RoadmapTests: TrialWorkspace {
    let strategy = "## Priorities\n\n- **Solid foundation** {#foundation}\n- **Quality assurance** {#quality}\n"

    @Test("a milestone tracker's rows are titled by their names, due on their target dates; `-` completion dates are empty")
    func milestoneTracker() throws {
        let plan = load(["roadmaps/x.md": """
            # Construction Milestones Tracker

            | Milestone ID | Project Name | Start Date | Target Date | Completion Date | Status | Notes |
            |--------------|--------------|------------|-------------|-----------------|--------|-------|
            | CM-001 | Foundation Setup | 2025-11-01 | 2025-11-15 | 2025-11-13 | COMPLETED | Initial infrastructure setup |
            | CM-002 | Core Framework Development | 2025-11-10 | 2025-12-01 | - | PLANNED | Building core components |
            """])
        #expect(plan.diagnostics.filter { $0.severity >= .warning }.isEmpty, "\(plan.diagnostics.map(\.message))")
        let items = try #require(plan.roadmaps.first?.items)
        #expect(items.map(\.title) == ["Foundation Setup", "Core Framework Development"])
        #expect(items.map(\.metadata.due) == ["2025-11-15", "2025-12-01"])
        #expect(items.map(\.metadata.status) == [.done, .notStarted])
        // The code is kept as a field, and the day the work was finished is shown on the card as written, not dropped.
        let custom = items[0].metadata.custom.map { "\($0.key): \($0.value)" }
        #expect(custom.contains("Milestone ID: CM-001"), "\(custom)")
        let shown = items.map { $0.blocks.map(\.plainText).joined(separator: "\n") }
        #expect(shown[0].contains("Completion Date: 2025-11-13"), "\(shown[0])")
        #expect(!shown[1].contains("Completion Date"), "\(shown[1])")
    }

    @Test("counter-case: a lone Completion Date column is still when the work is due")
    func loneCompletionDate() throws {
        let plan = load(["roadmaps/x.md": """
            # Roadmap

            | Project | Completion Date | Status |
            |---|---|---|
            | Foundation Setup | 2025-11-15 | Planned |
            """])
        #expect(plan.roadmaps.first?.items.map(\.metadata.due) == ["2025-11-15"])
    }

    @Test("a Chinese milestone table's rows are roadmap items with their start and end dates")
    func chineseMilestoneTable() throws {
        let plan = load(["roadmaps/x.md": """
            # 路线图

            ## 2024Q4

            | 里程碑 | 起始日期 | 结束日期 | 历时 | 核心目标 | 主要发布 |
            | :-- | :-- | :-- | :-- | :-- | :-- |
            | H  | 2024-09-29 | 2024-10-19 | 3周 | Balance, Expiry, Entitlement, Chain | Perkify.Core v0.1 |
            | He | 2024-10-20 | 2024-11-09 | 3周 | Stablization & Benckmark | Perkify.Core v0.2 |
            """])
        #expect(!plan.diagnostics.contains { $0.code == .noRoadmapItems }, "\(plan.diagnostics.map(\.message))")
        let items = try #require(plan.roadmaps.first?.items)
        #expect(items.map(\.title) == ["H", "He"])
        #expect(items.map(\.metadata.due) == ["2024-10-19", "2024-11-09"])
        #expect(items.map(\.period) == ["2024-Q4", "2024-Q4"])
        #expect(items[0].body.contains("Balance, Expiry"), "\(items[0].body)")
    }

    @Test("a numbered H4 ending in a status symbol and status words is titled without them and has that status")
    func headingSymbolAndWords() throws {
        let plan = load(["roadmaps/x.md": """
            # Roadmap

            ## Q4 2025 - Current Quarter

            ### Top Priorities

            #### 1. Rename Dashboard → Insight (2-3 hours) ✅ COMPLETE
            - **Why:** Differentiate strategic BI from operational dashboards

            #### 2. Settings Service (4 weeks) 🚧 IN PROGRESS
            - **Why:** One place for business configuration

            #### 3. Dashboard Navigation Fix ✅ 🔑 FOUNDATIONAL
            - **Issue:** Breadcrumb showing instead of navigation
            """])
        let items = try #require(plan.roadmaps.first?.items)
        // The estimates in brackets are Estimate fields (`RealFileReadings29Tests`).
        #expect(items.map(\.title) == ["Rename Dashboard → Insight", "Settings Service", "Dashboard Navigation Fix ✅ 🔑 FOUNDATIONAL"])
        #expect(items.map(\.metadata.status) == [.done, .onTrack, nil])
    }

    @Test("`## Q1 2026 - Next Quarter`: a horizon lane keeps the period written before the dash", arguments: [
        ("Q1 2026 - Next Quarter", "2026-Q1"), ("Next — Q1 2027", "2027-Q1"), ("Now (Q4 2026)", "2026-Q4"),
        ("Upcoming - H2 2026", "2026-H2"), ("Shipped - the old API", nil),
    ])
    func horizonPeriodBeforeDash(_ lane: String, _ period: String?) throws {
        let plan = load(["roadmaps/x.md": """
            # Roadmap

            ## \(lane)

            ### Deploy the platform
            Production readiness checks before go-live.
            """])
        let item = try #require(plan.roadmaps.first?.items.first)
        #expect(item.period == period)
    }
}

/// A roadmap's theme lanes whose names begin with a month's abbreviation: "## Service Architecture & Portal Separation ✅"
/// (the first lane of trial 28's Notion-synced quarter file) was a period lane whose period was its own title.
@Suite("Theme lanes that begin with a month's letters (trial 28)")
struct MonthLetterLaneTests {
    @Test("a word that starts with a month's abbreviation does not make a lane a period", arguments: [
        "Service Architecture & Portal Separation ✅", "Marketing", "Decision support", "Augmented reality", "Junior hires",
        "Octopus deploy", "Novel features",
    ])
    func themeLane(_ title: String) throws {
        let plan = WorkspaceLoader(fileSystem: .memory([
            "/ws/strategy.md": "## Priorities\n\n- **Solid foundation** {#foundation}\n",
            "/ws/roadmaps/x.md": "# Roadmap\n\n## \(title)\n- [x] **Separate Customer Portal from Operations**\n",
        ])).load(root: "/ws")
        let lane = try #require(plan.roadmaps.first?.lanes.first)
        #expect(lane.kind == .theme, "\(lane)")
        #expect(lane.period == nil, "\(lane)")
    }

    @Test("counter-case: a month is still a period", arguments: [
        ("March 2026", "March 2026"), ("Sept 2026", "Sept 2026"), ("Dec 2026 launch", "December 2026"),
    ])
    func monthLane(_ title: String, _ period: String) throws {
        let plan = WorkspaceLoader(fileSystem: .memory([
            "/ws/strategy.md": "## Priorities\n\n- **Solid foundation** {#foundation}\n",
            "/ws/roadmaps/x.md": "# Roadmap\n\n## \(title)\n- [ ] **Separate Customer Portal from Operations**\n",
        ])).load(root: "/ws")
        let lane = try #require(plan.roadmaps.first?.lanes.first)
        #expect(lane.kind == .period)
        #expect(lane.period == period, "\(lane)")
    }
}

/// Trial 28's suite roadmap keeps a "## Progress Dashboard" restating every item with ✅/⏳, a "## Metrics & Goals"
/// section of goal checklists and suite metrics, and a "## Quick Reference" of its architecture and deployment URLs
/// beside its quarter lanes: 56 items where a reader sees 22.
@Suite("A suite roadmap's own report sections (trial 28)")
struct SuiteRoadmapAsidesTests {
    @Test("Progress Dashboard, Metrics & Goals and Quick Reference are asides, not lanes of work")
    func reportSections() throws {
        let plan = WorkspaceLoader(fileSystem: .memory([
            "/ws/strategy.md": "## Priorities\n\n- **Solid foundation** {#foundation}\n",
            "/ws/roadmaps/x.md": """
                # Sailorskills Suite - Roadmap

                ## Progress Dashboard

                ### Q4 2025 Status
                - ✅ **Portal Separation:** Complete
                - ⏳ **Billing → Completion Rename:** Pending (Medium Priority)

                ## Q4 2025 - Current Quarter

                ### Top Priorities

                #### 1. Rename Dashboard → Insight (2-3 hours) ✅ COMPLETE
                - **Why:** Differentiate strategic BI from operational dashboards

                ### Recently Completed ✅
                - **Portal Separation** (2025-10-25): Customer portal now separate service

                ## Metrics & Goals

                ### Q4 2025 Goals
                - [ ] Fix navigation inconsistencies across services

                ### Overall Suite Metrics
                - **Services:** 9 active (Estimator, Operations, Portal, Billing)

                ## Quick Reference

                ### Deployment URLs
                - **Estimator:** https://sailorskills.com
                - **Site:** https://sailorskills.com
                """,
        ])).load(root: "/ws")
        let items = try #require(plan.roadmaps.first?.items)
        #expect(items.map(\.title) == ["Rename Dashboard → Insight", "Portal Separation"], "\(items.map(\.title))")
        #expect(!plan.diagnostics.contains { $0.code == .unknownKey }, "\(plan.diagnostics.map(\.message))")
    }
}
