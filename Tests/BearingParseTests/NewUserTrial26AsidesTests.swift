import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// Sections of trial 26b's files that sit beside the plan and were read as work: a Korean roadmap's "## Known Issues"
/// (bugs, five roadmap items), Cerberus's "#### Undecided issues" (three questions as items), a Russian launch plan's
/// "## Executive Summary", "## Success Criteria", "## Version History", and an OKR page's "## 📋 Action Items for
/// Leadership Team" (two more objectives made of this week's chores). And the strategy of a Korean or Russian team,
/// whose priorities heading "## 우선순위" / "## Приоритеты" was "no priorities section".
@Suite("Sections beside the plan, and priorities headings in Korean and Russian (trial 26b)")
struct NewUserTrial26AsidesTests: TwoPriorityTrial {
    @Test("known issues, undecided questions and a report's own sections are no roadmap items")
    func roadmapAsides() {
        let plan = load(["roadmaps/roadmap.md": """
            # 개발 로드맵

            ## Executive Summary

            ### Текущее состояние
            - ✅ Функциональность: 99%

            ## 향후 개선 예정

            ### 고우선순위
            - [x] 다중 사용자 권한 관리
            - [ ] ODM/External 엔진 재활성화

            ### Modernization and consolidation

            #### Checklist

            - [ ] All Python 2 related code is removed.

            #### Undecided issues

            - Which Python version will be the minimum to support?
            - The name `itemrules`.

            ## Known Issues

            ### 지도
            - **권역 툴팁 우선순위**: 권역과 프로젝트 중첩 시 권역 툴팁 표시됨
            - **오프라인 타일**: 로컬 타일 필요

            ## ✅ SUCCESS CRITERIA

            - ✅ $10,000 MRR

            ## 🎊 VERSION HISTORY

            - v4.0 (2024-11-05): Detailed roadmap
            """])
        let titles = plan.roadmaps.first?.items.map(\.title) ?? []
        // The phase over its checklist is one piece of work; its undecided questions are its text, not items.
        #expect(titles == ["다중 사용자 권한 관리", "ODM/External 엔진 재활성화", "Modernization and consolidation"], "\(titles)")
    }

    @Test("`## 📋 Action Items for Leadership Team` holds no objectives")
    func actionItems() {
        let plan = load(["objectives/2025-Q3.md": """
            # Quarterly OKRs - Q3 2025

            ## 🚀 Technology-Specific OKRs

            ### Objective 1: Make the platform boringly reliable

            - [ ] Raise API availability from 99.5% to 99.9%

            ## 📋 Action Items for Leadership Team

            ### Immediate (This Week)
            - [ ] Approve managed queue budget - CTO - 2025-08-20
            - [x] Assign owner for audit log export - VP Eng - 2025-08-18
            """])
        #expect(plan.objectives.map(\.title) == ["Make the platform boringly reliable"], "\(plan.objectives.map(\.title))")
    }

    @Test("`## 우선순위`, `## Приоритеты` head the priorities; `## Приоритизация` does not", arguments: [
        ("우선순위", true), ("핵심 우선 순위", true), ("Приоритеты", true), ("Стратегические приоритеты", true), ("优先事项", true),
        ("Приоритизация", false),
    ])
    func prioritiesHeading(_ heading: String, _ names: Bool) {
        let result = StrategyParser().parse(read("# 전략\n\n## 목표\n대용량 처리.\n\n## \(heading)\n- **안정적인 대용량 처리**: TB급 업로드.\n- **조직과 권한 관리**: 다중 사용자 권한.\n",
                                                 path: "strategy.md"))
        #expect((result.strategy.priorities.map(\.title) == ["안정적인 대용량 처리", "조직과 권한 관리"]) == names,
                "\(result.strategy.priorities.map(\.title)) \(result.diagnostics.map(\.message))")
    }
}
