import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// Objectives files new users brought in trial 27: a platform team's yearly objectives with "**Pareto Efficiency
/// Focus:**" ("Apply 80/20 rule …") beside "**Potential Benefits/Measures:**", and a team OKR page with a "## Review
/// Cadence" table under its objectives.
@Suite("New users' files (trial 27)")
struct NewUserTrial27Tests: TrialWorkspace {
    let strategy = "## Priorities\n\n- **Developer experience** {#devex}\n- **Secure by default** {#security}\n"

    @Test("“80/20 rule”, “a 70/30 split”, “the Pareto (80/20) principle” are proportions, not 80 done of 20", arguments: [
        "Apply 80/20 rule to platform features: prioritize the capabilities that deliver the most value",
        "Keep a 70/30 split between roadmap work and support",
        "Apply the Pareto (80/20) principle to cost reviews",
    ])
    func proportionIsNoProgress(_ text: String) {
        #expect(ProgressReader.read(text, checked: nil).progress == nil, "\(ProgressReader.read(text, checked: nil))")
    }

    @Test("counter-case: a count of done over total is still progress", arguments: ["Migrate 8/20 services", "Rules migrated: 3/5"])
    func countIsProgress(_ text: String) {
        #expect(ProgressReader.read(text, checked: nil).progress != nil)
    }

    @Test("“**Potential Benefits/Measures:**” labels an objective's key results; “**Pareto Efficiency Focus:**” beside it does not")
    func benefitsMeasuresLabel() throws {
        let plan = load(["objectives/2025.md": """
            # Top 3 Platform Engineering Objectives for 2025

            ## Objective 2: Platform as a Product with FinOps Integration

            **Key Initiatives:**

            - **Backstage as Central IDP**: Implement a developer portal with service catalog and scaffolding
            - **FinOps Dashboard Integration**: Create real-time cost visibility within the developer workflow

            **Pareto Efficiency Focus:**

            - Apply 80/20 rule to platform features: prioritize the 20% of capabilities that deliver 80% of value
            - Focus cost optimization efforts on the 20% of resources that represent 80% of cloud spend

            **Potential Benefits/Measures:**

            - 90% platform adoption across engineering teams
            - 25% reduction in cloud spend without sacrificing performance
            - Platform NPS score above 40

            ## Key Success Factors

            - Prioritize backend API quality and stability before frontend development
            - Measure and communicate value delivered continuously
            """])
        let objectives = plan.objectiveFiles.first?.objectives ?? []
        #expect(objectives.map(\.title) == ["Platform as a Product with FinOps Integration"], "\(objectives.map(\.title))")
        let krs = try #require(objectives.first?.keyResults)
        #expect(krs.map(\.text) == ["90% platform adoption across engineering teams", "25% reduction in cloud spend without sacrificing performance",
                                    "Platform NPS score above 40"], "\(krs.map(\.text))")
        #expect(krs.allSatisfy { $0.progress == nil })
    }

    @Test("a label joined from a key-results word and a context word stays context", arguments: ["Risks/Measures", "Tasks & measures"])
    func joinedLabelWithAnotherRole(_ label: String) {
        #expect(KeyResultLabel.role(of: label) != .keyResults)
        #expect(KeyResultLabel.role(of: "Potential Benefits/Measures") == .keyResults)
    }

    @Test("“## Review Cadence” (a table of check-ins by frequency) is how the OKRs are run, neither an objective nor unread work")
    func reviewCadence() {
        let plan = load(["objectives/2026-Q2.md": """
            # Engineering Team — Q2 2026 OKRs

            ## Objective 1: Improve Platform Reliability

            Reduce operational noise and improve system stability.

            ### Key Results

            | KR | Target | Current | Status |
            |----|--------|---------|--------|
            | **KR 1.1**: Reduce on-call page frequency | 40% reduction from Q1 baseline | — | 🟡 |

            ## Review Cadence

            | Activity | Frequency | Owner |
            |----------|-----------|-------|
            | OKR progress check | Bi-weekly | Ariel |
            | Retrospective | End of quarter | Team |
            """])
        let objectives = plan.objectiveFiles.first?.objectives ?? []
        #expect(objectives.map(\.title) == ["Improve Platform Reliability"], "\(objectives.map(\.title))")
        #expect(!plan.diagnostics.contains { $0.code == .skippedSection }, "\(plan.diagnostics)")
    }

    @Test("“### Initiatives” over a list: each bullet is an initiative, a bold label's nested bullets too; not one called “Initiatives”")
    func initiativesHeading() throws {
        let plan = load(["objectives/2026-Q2.md": """
            # Engineering Team — Q2 2026 OKRs

            ## Objective 2: Increase Engineering Velocity

            Improve delivery predictability and code quality.

            ### Key Results

            | KR | Target | Current | Status |
            |----|--------|---------|--------|
            | **KR 2.1**: Ship major epics to production | 2 epics | — | 🟡 |

            ### Initiatives

            - **Feature work in scope:**
              - F-A1: Enhanced PII redaction in audit exports
              - F-B2: Custom retention policies per workspace
            - Establish code review SLA with team accountability
            - **Test infrastructure**: mock connectors, test data factories
            """])
        let objective = try #require(plan.objectiveFiles.first?.objectives.first)
        #expect(objective.initiatives.map(\.title) == ["F-A1: Enhanced PII redaction in audit exports", "F-B2: Custom retention policies per workspace",
                                                       "Establish code review SLA with team accountability", "Test infrastructure"],
                "\(objective.initiatives.map(\.title))")
        #expect(objective.initiatives.last?.body == "mock connectors, test data factories")
        #expect(objective.keyResults.count == 1)
    }

    @Test("counter-case: an initiative's own heading, or “### Initiatives” over prose alone, is one initiative as before")
    func initiativeHeadingsStay() {
        let plan = load(["objectives/2026-Q2.md": """
            # Q2 2026 OKRs

            ## Increase Engineering Velocity

            ### Code review SLA
            - Agree the SLA with every team
            - Report the cycle time weekly

            ### Initiatives

            We will pick them at the planning offsite.
            """])
        let objective = plan.objectiveFiles.first?.objectives.first
        #expect(objective?.initiatives.map(\.title) == ["Code review SLA", "Initiatives"], "\(String(describing: objective?.initiatives.map(\.title)))")
    }

    @Test("“**Key Initiatives:**” over bold-lead bullets in an objective's text: its initiatives, never its key results")
    func keyInitiativesLabel() throws {
        let plan = load(["objectives/okrs-2025.md": """
            # OKRs 2025

            ## Objective 1: Enhance Developer Experience & Productivity

            **Key Initiatives:**

            - **Implement Internal Developer Platform (IDP)**: Deploy Backstage as a centralized developer portal
            - **GitHub Copilot Integration**: Integrate AI-assisted coding tools

            **Potential Benefits/Measures:**

            - 30% reduction in development cycle time
            - 60% faster onboarding for new developers
            """])
        let objective = try #require(plan.objectiveFiles.first?.objectives.first)
        #expect(objective.initiatives.map(\.title) == ["Implement Internal Developer Platform (IDP)", "GitHub Copilot Integration"],
                "\(objective.initiatives.map(\.title))")
        #expect(objective.initiatives.first?.body == "Deploy Backstage as a centralized developer portal")
        #expect(objective.keyResults.map(\.text) == ["30% reduction in development cycle time", "60% faster onboarding for new developers"],
                "\(objective.keyResults.map(\.text))")
    }
}
