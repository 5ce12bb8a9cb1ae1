import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// Files new users brought in trial 26b: a Russian week-by-week launch plan whose tasks say how urgent they are in
/// brackets, a quarterly OKR page with `#### KR1:` headings over `**Current Progress**: 60% - …` bullets, and a Korean
/// roadmap whose finished phases are a `| Phase | 상태 | 설명 |` table.
@Suite("New users' files (trial 26b)")
struct NewUserTrial26Tests: TwoPriorityTrial {
    @Test("`(priority: high)` on a task says how urgent it is, not which strategic priority it serves", arguments: [
        "(priority: critical → high → medium)", "(priority: high)", "(Priority: Low)",
    ])
    func urgencyInBrackets(_ written: String) {
        let plan = load(["roadmaps/launch.md": """
            # Roadmap

            ## Q1 2025

            **День 3-4: Bug Fixing**
            - [ ] Исправить найденные баги \(written)
            - [ ] Обновить error messages
            """])
        #expect(!plan.diagnostics.contains { $0.code == .unresolvedReference }, "\(plan.diagnostics)")
        let item = plan.roadmaps.first?.items.first
        #expect(item?.title == "Исправить найденные баги")
        #expect(item?.metadata.priorities.isEmpty == true)
        #expect(item?.metadata.custom.contains { $0.key == "Importance" } == true, "\(String(describing: item?.metadata.custom))")
    }

    @Test("a `Priority: High` line under an item is its importance; a priority's name still links")
    func urgencyLine() {
        let plan = load(["roadmaps/r.md": """
            # Roadmap

            ## Now

            ### Fix the flaky queue
            Priority: High

            The queue drops jobs.

            ### Audit logs
            Priority: reliability
            """])
        #expect(!plan.diagnostics.contains { $0.code == .unresolvedReference }, "\(plan.diagnostics)")
        let items = plan.roadmaps.first?.items ?? []
        #expect(items.first?.metadata.priorities.isEmpty == true)
        #expect(items.first?.metadata.custom.first { $0.key == "Importance" }?.value == "High")
        #expect(items.last?.metadata.priorities.map(\.text) == ["reliability"])
    }

    @Test("`**Current Progress**: 60% - SAML done` under a `#### KR1:` heading is how far the key result has come")
    func currentProgressBullet() {
        let plan = load(["objectives/2025-Q3.md": """
            # Quarterly OKRs - Q3 2025

            ## 🎯 Company OKRs (Technology's Contribution)

            ### Company Objective 1: Win the mid-market segment

            #### Technology KR1: Ship SSO and audit logs for all paid plans
            - **Owner**: Platform team
            - **Current Progress**: 60% - SAML done, audit log export in review
            - **Confidence**: Medium - depends on security review

            #### Technology KR2: Cut onboarding time for a 50-seat account from 5 days to 1 day
            - **Owner**: Growth engineering
            - **Current Progress**: 30% - bulk invite shipped
            """])
        let read = plan.objectives.first?.keyResults.map(\.progress) ?? []
        #expect(read == [0.6, 0.3], "\(read)")
        #expect(!plan.diagnostics.contains { $0.code == .progressUnread }, "\(plan.diagnostics)")
    }

    @Test("a `| Phase | 상태 | 설명 |` table of phases is one item per row, not dropped without a word")
    func phaseTable() {
        let plan = load(["roadmaps/roadmap.md": """
            # 개발 로드맵

            ## 현재 상태

            현재 핵심 기능은 완료 상태입니다.

            | Phase | 상태 | 설명 |
            |-------|------|------|
            | Phase 1: Foundation | ✅ | 백엔드, DB, JWT 인증 |
            | Phase 2: File Transfer | 🚧 | S3 Multipart Upload, Resumable Download |

            ## 향후 개선 예정

            ### 고우선순위
            - [ ] 그룹 단위 일괄 작업
            """])
        let items = plan.roadmaps.first?.items ?? []
        #expect(items.count == 3, "\(items.map(\.title))")
        #expect(items.first?.metadata.status == .done, "\(String(describing: items.first?.metadata))")
    }

    @Test("a Korean, Russian, Chinese or Japanese Status says how the work stands, without an unknown-status warning", arguments: [
        ("상태: 완료", Status.done), ("상태: 진행 중", .onTrack), ("Статус: в работе", .onTrack), ("Статус: выполнено", .done),
        ("状态: 进行中", .onTrack), ("状态: 已完成", .done), ("状態: 未着手", .notStarted), ("ステータス: 完了", .done),
    ])
    func statusWords(_ line: String, _ status: Status) {
        let plan = load(["roadmaps/roadmap.md": "# 로드맵\n\n## 2026 Q1\n\n### 插件系统\n\(line)\n\n插件加载。\n"])
        #expect(plan.roadmaps.first?.items.first?.metadata.status == status, "\(String(describing: plan.roadmaps.first?.items.first?.metadata))")
        #expect(!plan.diagnostics.contains { $0.code == .unknownStatus }, "\(plan.diagnostics)")
    }
}
