import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// An OKR document of the shape planning templates and writing assistants give a team (epieczko/betty's
/// `okr-definitions.md`): each objective under "### Objective 1: …" with bold fields whose keys carry a gloss
/// (`**DRI (Directly Responsible Individual)**: CRO`), a rank (`**Priority**: P0`) and a kind (`**Type**: Committed (90%+
/// confidence)`), then "#### Key Results" over a table whose columns say when each figure was taken (`Baseline (Q4
/// 2024)`, `Current (as of 2025-02-01)`), a confidence, and a list of the initiatives that will get it there.
@Suite("New users' plans: a template's OKR document with glossed fields, ranks and initiatives under the key results (trial 33)")
struct TemplateOKRTrial33Tests: TrialWorkspace {
    let strategy = """
        # Strategy 2025

        ## Strategic priorities

        ### Win enterprise customers

        Grow enterprise ARR by landing and retaining large accounts.

        ### Product-market fit in the mid-market

        Activation, engagement and retention of mid-market teams.

        ### A platform that scales

        Reliability, latency and capacity in every region.
        """

    static let company = """
        # OKR Definitions (Objectives and Key Results)

        ## 2. Company-Level OKRs (Q1 2025)

        ### Objective 1: Accelerate Enterprise Customer Acquisition

        **Owner**: CEO
        **DRI (Directly Responsible Individual)**: CRO (Chief Revenue Officer)
        **Priority**: P0
        **Type**: Committed (90%+ confidence)

        #### Key Results

        | # | Key Result | Baseline (Q4 2024) | Target (Q1 2025) | Current (as of 2025-02-01) | Status |
        |---|-----------|-------------------|-----------------|---------------------------|--------|
        | **KR1** | Increase Enterprise ARR from $12M to $18M (+50%) | $12M | $18M | $14.5M | 🟡 On track |
        | **KR2** | Close 15 new enterprise deals (>$100K ACV) | 8 | 15 | 6 | 🟡 On track |

        **Confidence**: 75% (moderate confidence; market conditions favorable)

        ---

        ### Objective 2: Improve Product-Market Fit for Mid-Market Segment

        **Owner**: CEO
        **DRI**: VP Product
        **Priority**: P1
        **Type**: Aspirational (60-70% confidence)

        #### Key Results

        - KR1: Increase weekly active users from 25K to 35K, now 29K
        - KR2: Reduce churn from 5% to 3%, now 4.2%

        **Initiatives** (How we'll achieve these KRs):
        - In-app onboarding redesign with progressive disclosure
        - Personalized email nurture campaigns
        """

    @Test("a glossed key is its key: the DRI is an owner, and the fields around it are read")
    func glossedKey() throws {
        let plan = load(["objectives/2025-Q1.md": Self.company])
        let first = try #require(plan.objectiveFiles.first?.objectives.first)
        #expect(first.title == "Accelerate Enterprise Customer Acquisition")
        #expect(first.metadata.owners == ["CEO", "CRO"], "\(first.metadata.owners)")
        #expect(!plan.codes.contains(.metadataAfterProse), "\(plan.diagnostics)")
    }

    @Test("a kind with a remark in brackets is still the objective's commitment")
    func commitmentWithRemark() throws {
        let objectives = load(["objectives/2025-Q1.md": Self.company]).objectiveFiles.flatMap(\.objectives)
        #expect(objectives.map { Commitment(metadata: $0.metadata) } == [.committed, .aspirational])
    }

    @Test("columns whose header says when the figure was taken are the baseline, target and current value")
    func glossedColumns() throws {
        let plan = load(["objectives/2025-Q1.md": Self.company])
        let keyResults = try #require(plan.objectiveFiles.first?.objectives.first).keyResults
        #expect(keyResults.map(\.text) == ["Increase Enterprise ARR from $12M to $18M (+50%)", "Close 15 new enterprise deals (>$100K ACV)"])
        #expect(keyResults.map { $0.figures?.current } == ["$14.5M", "6"])
        #expect(keyResults.map { $0.figures?.baseline } == ["$12M", "8"])
        // From 8 to 15, now 6: below where it started, so no progress yet; $12M to $18M, now $14.5M: 0.42.
        #expect(keyResults.map { $0.progress.map { ($0 * 100).rounded() / 100 } } == [0.42, 0], "\(keyResults.map(\.progress))")
        #expect(!plan.codes.contains(.progressUnread), "\(plan.diagnostics)")
    }

    @Test("a confidence written after the key results' table, still under their heading, is the objective's")
    func confidenceAfterTheTable() throws {
        let first = try #require(load(["objectives/2025-Q1.md": Self.company]).objectiveFiles.first?.objectives.first)
        #expect(first.metadata.confidence == 0.75)
    }

    @Test("a list labelled as initiatives under the key results heading is the objective's initiatives, not key results")
    func initiativesUnderKeyResults() throws {
        let objectives = load(["objectives/2025-Q1.md": Self.company]).objectiveFiles.flatMap(\.objectives)
        let second = try #require(objectives.last)
        #expect(second.keyResults.map(\.text) == ["Increase weekly active users from 25K to 35K, now 29K", "Reduce churn from 5% to 3%, now 4.2%"])
        #expect(second.initiatives.map(\.title) == ["In-app onboarding redesign with progressive disclosure", "Personalized email nurture campaigns"])
    }

    @Test("`Priority: P0` beside `Priority: P1` in one file ranks the work; neither names the strategy's first priority")
    func rankCodes() throws {
        let plan = load(["objectives/2025-Q1.md": Self.company])
        let objectives = plan.objectiveFiles.flatMap(\.objectives)
        #expect(objectives.map(\.resolved.priorities) == [[], []], "\(objectives.map(\.resolved.priorities))")
        #expect(objectives.map { $0.metadata.custom.first { $0.key == "Rank" }?.value } == ["P0", "P1"])
        #expect(!plan.codes.contains(.unresolvedReference), "\(plan.diagnostics)")
    }

    @Test("a strategy that codes its priorities P0, P1 is still named by them")
    func codedStrategyKeepsReferences() throws {
        let plan = loadWorkspace([
            "strategy.md": "## Our priorities\n\n### P0: Continued investment in the platform\n\nOne stack.\n\n### P1: Customer results\n\nFewer no-shows.\n",
            "objectives/2026-Q1.md": "## Faster builds\n\nPriority: P0\n\n- KR: builds in 5 minutes\n\n## More clinics\n\nPriority: P1\n\n- KR: 10 clinics\n",
        ])
        let objectives = plan.objectiveFiles.flatMap(\.objectives)
        #expect(objectives.map(\.resolved.priorities) == [["continued-investment-in-the-platform"], ["customer-results"]])
    }

    @Test("`Priorities: p9` beside a strategy of three, with no P0 in the file, is a position mistyped: still an error")
    func mistypedPositionStaysAnError() throws {
        let plan = load(["objectives/2025-Q1.md": "## Land big accounts\n\nPriorities: p9\n\n- KR: 5 deals\n"])
        #expect(plan.diagnostics.contains { $0.code == .unresolvedReference && $0.message.contains("p9") }, "\(plan.diagnostics)")
    }

    @Test("`Priority: 1` and `Priority: P2` without a P0 in the file still name the strategy's priorities by position")
    func positionsWithoutP0() throws {
        let plan = load(["objectives/2025-Q1.md": "## Land big accounts\n\nPriority: P1\n\n- KR: 5 deals\n\n## Scale\n\nPriority: 3\n\n- KR: 3 regions\n"])
        let objectives = plan.objectiveFiles.flatMap(\.objectives)
        #expect(objectives.map(\.resolved.priorities) == [["win-enterprise-customers"], ["a-platform-that-scales"]])
    }

    @Test("a change history and a sign-off table after the OKRs are the document's record: skipped without a warning")
    func changeHistory() throws {
        let plan = load(["objectives/2025-Q1.md": Self.company + """


            ## 10. Change History

            | Quarter | Date | Author | Changes |
            |---------|------|--------|---------|
            | Q1 2025 | 2024-12-15 | VP Product | Drafted Q1 2025 OKRs |
            | Q1 2025 | 2025-02-01 | VP Product | Mid-quarter update and status |

            **Document Approval**:

            | Role | Name | Signature | Date |
            |------|------|-----------|------|
            | CEO | [Name] | _____________ | ______ |
            """])
        #expect(plan.objectiveFiles.flatMap(\.objectives).count == 2)
        #expect(!plan.codes.contains(.skippedSection), "\(plan.diagnostics)")
    }

    @Test("numbered team sections with their quarter after the name are the teams; the company's section is no team")
    func numberedTeamSections() throws {
        let plan = load(["objectives/2025-Q1.md": """
            # OKR Definitions

            ## 2. Company-Level OKRs (Q1 2025)

            ### Objective 1: Accelerate Enterprise Customer Acquisition

            - KR1: Close 15 new enterprise deals, now 6

            ## 3. Product Team OKRs (Q1 2025)

            ### Objective 1: Ship Enterprise-Ready Platform Capabilities

            - KR1: SSO live for 3 customers, now 1

            ## 4. Engineering Team OKRs (Q1 2025)

            ### Objective 1: Build Scalable, Reliable Infrastructure

            - KR1: 3 regions live, now 2
            """])
        let objectives = plan.objectiveFiles.flatMap(\.objectives)
        #expect(objectives.map(\.title) == ["Accelerate Enterprise Customer Acquisition", "Ship Enterprise-Ready Platform Capabilities",
                                           "Build Scalable, Reliable Infrastructure"])
        #expect(objectives.map(\.metadata.team) == [nil, "Product", "Engineering"])
    }

    @Test("a template's Progress slot not filled in (`[X%] 🔴`) leaves the Baseline, Target and Current lines to say how far it is")
    func unfilledProgressSlot() throws {
        let plan = load(["objectives/2025-Q1.md": """
            ## Objective 2: Make the platform reliable at scale

            ### Key Result 2.2: Cut p99 latency
            - **Baseline:** 800 ms
            - **Target:** 400 ms
            - **Current:** 550 ms
            - **Progress:** [X%] 🔴
            - **Owner:** Lee
            """])
        let keyResult = try #require(plan.objectiveFiles.first?.objectives.first?.keyResults.first)
        #expect(keyResult.progress.map { ($0 * 1000).rounded() / 1000 } == 0.625)
        #expect(keyResult.status == .offTrack)
        #expect(!plan.codes.contains(.progressUnread), "\(plan.diagnostics)")
    }

    @Test("a level below its target with no baseline is unknown, and the warning asks for the baseline, not for a current value")
    func levelWithoutBaseline() throws {
        let plan = load(["objectives/2025-Q1.md": """
            ## Make the platform reliable at scale

            ### Key Result 2.1: 99.9% monthly uptime
            - **Target:** 99.9%
            - **Current:** 99.7%
            """])
        let keyResult = try #require(plan.objectiveFiles.first?.objectives.first?.keyResults.first)
        #expect(keyResult.progress == nil)
        let warning = try #require(plan.diagnostics.first { $0.code == .progressUnread })
        #expect(warning.message.contains("Current (99.7%) and Target (99.9%)"), "\(warning.message)")
        #expect(warning.fix?.contains("Baseline") == true, "\(warning.fix ?? "")")
    }
}
