import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// Roadmaps new users brought in trial 31: pages a generator writes from a project-status file (`## Q4 2025: Advanced
/// Analytics` › `### Medium Priority` › `- 🟡 Custom report builder`, closed by a rule and "*Last updated: …*"); a
/// roadmap a JSON-to-Markdown tool writes (`## v0.1.0 - Initial Release ✅ <a href="#roadmap">↑ Top</a>` over
/// `### [x] CLI with validate, generate, stats, deps`); and a Chinese project roadmap that ends on how to contribute.
@Suite("New users' roadmaps: generated pages, task-box headings, contributing sections (trial 31)")
struct NewUserTrial31Tests: TrialWorkspace {
    let strategy = "## Priorities\n\n- **Insightful analytics** {#analytics}\n- **Collaboration** {#collaboration}\n"

    @Test("a group's list stays its items when the page's footer follows a rule after it")
    func footerAfterRuleLeavesGroup() throws {
        let plan = load(["roadmaps/roadmap.md": """
            ---
            title: "In Progress"
            id: in-progress
            ---

            # In Progress

            Work that is currently underway.

            ## Current Sprint: Authentication & Core Features

            ### Medium Priority

            - 🟡 Implement password reset flow
            - 🟡 Add email verification
            - 🟡 Update user profile
            - 🟡 Session management

            ---

            *This roadmap is automatically generated from PROJECT_STATUS.md*
            *Last updated: 2025-08-14*
            """])
        let roadmap = try #require(plan.roadmaps.first)
        let items = roadmap.items
        #expect(items.map(\.title) == ["Implement password reset flow", "Add email verification", "Update user profile", "Session management"],
                "\(items.map(\.title))")
        #expect(items.allSatisfy { $0.group == "Medium Priority" }, "\(items.map(\.group))")
        // The page is titled "In Progress": its work is under way, as a "Completed" page's is done. The 🟡 on every entry
        // under "Medium Priority" is that priority's colour, so it does not make them at risk.
        #expect(items.map(\.metadata.status) == [.onTrack, .onTrack, .onTrack, .onTrack], "\(items.map(\.metadata.status))")
        // The footer is the page's, shown below the board, not the text of the group it follows.
        let said = { (blocks: [Block]) in blocks.contains { if case .paragraph(let content) = $0.kind { content.plainText.contains("Last updated") } else { false } } }
        #expect(said(roadmap.notes), "\(roadmap.notes.map(\.kind))")
        #expect(!roadmap.lanes.contains { lane in said(lane.intro) || lane.groups.contains { said($0.intro) } })
    }

    @Test("a roadmap titled by a word that only starts like work under way gives its items no status")
    func activeRoadmapTitleIsNoStatus() throws {
        let items = items("""
            # Active Roadmap

            ## Payments

            - Refund flow
            - Invoices
            """)
        #expect(items.map(\.metadata.status) == [nil, nil], "\(items.map(\.metadata.status))")
    }

    @Test("prose right after a group's list, with no rule, still makes the heading one item with details")
    func closingProseWithoutRuleStaysOneItem() throws {
        let items = items("""
            # Roadmap

            ## Q3 2026

            ### Offline mode

            - Cache the last sync
            - Queue edits while offline

            The app keeps working on a train; edits sync when it is back online.
            """)
        #expect(items.map(\.title) == ["Offline mode"], "\(items.map(\.title))")
    }

    @Test("one colour on every entry under a priority heading is the priority's colour, not a status")
    func priorityColourIsNoStatus() throws {
        let items = items("""
            # Upcoming Roadmap

            ## Q4 2025: Advanced Analytics

            ### Medium Priority

            - 🟡 Advanced filtering and segmentation
            - 🟡 Custom calculations and formulas

            ## Q1 2026: Collaboration & Sharing

            ### High Priority

            - 🔴 Team workspaces
            - 🔴 Audit logs
            """)
        #expect(items.map(\.title) == ["Advanced filtering and segmentation", "Custom calculations and formulas", "Team workspaces", "Audit logs"],
                "\(items.map(\.title))")
        #expect(items.map(\.metadata.status) == [nil, nil, nil, nil], "\(items.map(\.metadata.status))")
        #expect(items.map(\.period) == ["2025-Q4", "2025-Q4", "2026-Q1", "2026-Q1"], "\(items.map(\.period))")
    }

    @Test("circles that differ under a priority heading, or one colour under a theme, still say how each item stands")
    func circlesStayStatusesOtherwise() throws {
        let items = items("""
            # Roadmap

            ## Q4 2025

            ### High Priority

            - 🟢 Advanced filtering
            - 🔴 Custom report builder

            ### Payments

            - 🟡 Refund flow
            - 🟡 Invoices
            """)
        #expect(items.map(\.metadata.status) == [.onTrack, .offTrack, .atRisk, .atRisk], "\(items.map(\.metadata.status))")
    }

    @Test("a task box written into an item's heading is its status, not words of its title; a back-to-top link leaves the lane's name")
    func taskBoxHeadingsAndBackToTop() throws {
        let plan = load(["roadmaps/roadmap.md": """
            # Roadmap

            **Project:** Structured Roadmap

            ## Legend

            | Status | Description |
            |--------|-------------|
            | ✅ | Completed |
            | 📋 | Planned |
            | 💡 | Under Consideration |

            ---

            ## v0.1.0 - Initial Release ✅ <a href="#roadmap">↑ Top</a>

            Machine-readable JSON roadmaps with deterministic Markdown generation

            <a id="cli-commands"></a>

            ### [x] CLI with validate, generate, stats, deps

            Core CLI subcommands for roadmap management

            **Version:** 0.1.0

            ---

            ## Future 💡 [⬆](#roadmap)

            Ideas under consideration

            <a id="jira-import"></a>

            ### [ ] Jira import

            Import roadmap items from Jira epics/stories
            """])
        let items = plan.roadmaps.first?.items ?? []
        #expect(items.map(\.title) == ["CLI with validate, generate, stats, deps", "Jira import"], "\(items.map(\.title))")
        #expect(items.map(\.metadata.status) == [.done, .notStarted], "\(items.map(\.metadata.status))")
        #expect(items.map(\.lane) == ["v0.1.0 - Initial Release", "Future"], "\(items.map(\.lane))")
        #expect(items.first?.id == "roadmap/cli-with-validate-generate-stats-deps", "\(items.map(\.id))")
        // The rule between releases divides the page; it is not drawn as the last line of the release's last card.
        #expect(items.first.map { item in item.blocks.last.map { if case .thematicBreak = $0.kind { false } else { true } } ?? true } == true,
                "\(items.first?.blocks.map(\.kind) ?? [])")
        let lanes = plan.roadmaps.first?.lanes.map(\.title) ?? []
        #expect(!lanes.contains { $0.contains("Top") || $0.contains("⬆") }, "\(lanes)")
    }

    @Test("how to contribute, in Chinese, Japanese or Korean, is no lane of work")
    func contributingInCJKIsAnAside() throws {
        let items = items("""
            # 项目路线图

            > 更新时间：2025-07-24

            ## 2025 Q3
            ✅ **已完成**
            - [x] 项目初始化与基础架构搭建
            - [x] 实现核心 API v0.1

            🔧 **进行中**
            - [ ] 编写开发者文档

            ## 2025 Q4
            🛠 **规划中**
            - [ ] 发布首个稳定版 v1.0.0

            ---

            ## 参与贡献
            1. 认领任务：在 [Issues](https://github.com/your-repo/issues) 中选择 `roadmap` 标签
            2. 讨论提案：在 [Discussions](https://github.com/your-repo/discussions) 提出建议
            3. 赞助支持：通过 [Open Collective](https://opencollective.com/your-repo) 资助开发
            """)
        #expect(items.map(\.title) == ["项目初始化与基础架构搭建", "实现核心 API v0.1", "编写开发者文档", "发布首个稳定版 v1.0.0"], "\(items.map(\.title))")
        #expect(items.map(\.metadata.status) == [.done, .done, .onTrack, .notStarted], "\(items.map(\.metadata.status))")
    }
}
