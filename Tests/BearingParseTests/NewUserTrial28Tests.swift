import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// Objectives files new users brought in trial 28: a Korean OKR page (`**KR 1: …**` over `- 측정:` / `- 현재:` / `- 목표:`
/// bullets, `### Initiatives (실행 방안)`, closing `## OKR 운영 원칙` and `## Self-Evaluation (자체 점검)`), and a committee's
/// `## OKRs (2020 Set 1):` of `* **Objective:** …` bullets over nested `* **Key Result:** …` bullets after `## Key Concepts`.
@Suite("New users' OKR files (trial 28)")
struct NewUserTrial28Tests: TrialWorkspace {
    let strategy = "## Priorities\n\n- **Seller automation** {#automation}\n- **Sustainable revenue** {#revenue}\n"

    @Test("a Korean KR's 측정 / 현재 / 목표 bullets are its measure, current value and target, not key results of their own")
    func koreanFigureLines() throws {
        let plan = load(["objectives/2026-Q1.md": """
            # Richlychee OKR

            ## Objective 1: 모든 스마트스토어 셀러가 가장 먼저 찾는 자동화 도구가 된다

            ### Key Results

            **KR 1: 구독 전환율 25% 달성**
            - 측정: 무료 플랜 사용자 중 유료 플랜으로 전환한 비율
            - 현재: 10% (구독 시스템 구현 완료)
            - 목표: 25%

            **KR 2: 지원 쇼핑몰 20개 이상 확보**
            - 측정: 프리셋으로 등록된 쇼핑몰 수
            - 현재: 5개 (쿠팡, 11번가, Amazon, eBay, AliExpress)
            - 목표: 20개

            ### Initiatives (실행 방안)

            **구독 전환율 향상을 위한 작업:**
            - [ ] 결제 프로세스 UX 개선 (3클릭 이내 결제 완료)
            - [ ] 첫 결제 할인 프로모션 (첫 달 50% 할인)

            ## OKR 운영 원칙

            ### 1. 측정 주기
            - **주간 체크인 (매주 월요일)**: Initiatives 진행 상황 확인

            ## Self-Evaluation (자체 점검)

            **Good Points:**
            1. Key Results가 모두 측정 가능한 수치로 정의됨
            """])
        let objectives = try #require(plan.objectiveFiles.first?.objectives)
        #expect(objectives.count == 1, "\(objectives.map(\.title))")
        let objective = try #require(objectives.first)
        #expect(objective.keyResults.map(\.text) == ["구독 전환율 25% 달성", "지원 쇼핑몰 20개 이상 확보"])
        #expect(objective.keyResults.map(\.progress) == [0.4, 0.25])
        #expect(objective.initiatives.map(\.title) == ["결제 프로세스 UX 개선 (3클릭 이내 결제 완료)", "첫 결제 할인 프로모션 (첫 달 50% 할인)"],
                "\(objective.initiatives.map(\.title))")
    }

    @Test("`## OKRs (2020 Set 1):` over `* **Objective:** …` bullets gives one objective per bullet, its nested Key Results its own")
    func objectiveBullets() throws {
        let plan = load(["objectives/2020-Q1.md": """
            # Community Committee Objectives and Key Results

            ## Key Concepts

            OKRs consist of two elements:

            - Objectives
              - Objectives are qualitative, ambitious, and memorable definitions of the things we would like to achieve.
            - Key Results
              - Key Results are a set of metrics by which we can measure progress toward their objectives.

            ## OKRs (2020 Set 1):

            * **Objective:** Bring more diverse perspectives to our work
                * **Key Result:** Add and retain 5 members who are from backgrounds underrepresented in tech
                * **Key Result:** Draft a growth path for the key roles in the Community Committee

            * **Objective:** Create positively impactful content
                * **Key Result:** Publish 5 practical tutorials with community members
                * **Key Result:** Run 3 AMAs with folks from our ecosystem
                * **Key Result:** Feature 5 non-core repositories in officially published media
            """])
        let objectives = try #require(plan.objectiveFiles.first?.objectives)
        #expect(objectives.map(\.title) == ["Bring more diverse perspectives to our work", "Create positively impactful content"])
        #expect(objectives.map(\.keyResults.count) == [2, 3])
    }

    @Test("a heading's bracketed words do not change what it is", arguments: [
        ("OKRs (2020 Set 1):", HeadingRole.container), ("Objectives (team draft)", .container),
        ("Self-Evaluation (자체 점검)", .aside), ("Key Concepts", .aside), ("Grow revenue (stretch)", .candidate),
    ])
    func bracketedHeading(_ title: String, _ role: HeadingRole) {
        #expect(HeadingRole.classify(title, level: 2, year: 2026, config: WorkspaceConfig()) == role)
    }
}
