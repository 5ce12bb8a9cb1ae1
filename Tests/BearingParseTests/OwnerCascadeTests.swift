import Testing
@testable import BearingModel
@testable import BearingParse

/// OKR cascades (GitLab FY20-Q3, 2018-Q3): owner items under an objective, with their teams' key results nested.
@Suite("Owner cascades")
struct OwnerCascadeTests {
    func parsed(_ body: String) -> Objective? {
        ObjectivesParser(config: WorkspaceConfig()).parse(read("### 1. CEO: IACV.\n\n" + body, path: "objectives/2026-Q3.md")).0.objectives.first
    }

    @Test("team items under a named owner are the objective's key results; the owner item and a childless one are not")
    func numbered() throws {
        let objective = try #require(parsed("""
            1. VP Engineering: [Enterprise-level availability](https://example.org/4893)
                1. Development: [Improve predictability](https://example.org/4841) => 78%
                1. Data team: Define and meet SLA - 100%
                1. Diversity, Inclusion & Belonging : Create an environment where all voices are heard
            1. VP Product: Establish a new problem validation process. Complete at least 15 validations.
            1. CoST to the CEO: Hire a strong Chief of Staff
               1. ISC: Source 5 qualified candidates per week
            """))
        #expect(objective.keyResults.map(\.text) == [
            "Development: Improve predictability => 78%", "Data team: Define and meet SLA - 100%",
            "Diversity, Inclusion & Belonging : Create an environment where all voices are heard", "ISC: Source 5 qualified candidates per week",
        ])
        #expect(objective.keyResults.first?.progress == 0.78)
        #expect(objective.title == "IACV")
    }

    @Test("an owner named alone (`* VPE`), and a group inside it, cascade the same way (GitLab 2018-Q3)")
    func bareOwner() throws {
        let objective = try #require(parsed("""
            * VPE
              * Support: Achieved 94.5% CSAT across all customer tickets
              * Dev Backend
                * Plan: Implement 10 performance improvements: 8/10 (80%)
                * Distribution: Preserve 100% of error budget: 100%
            * CMO: Committer Program
               * Increase the number of contributions from the wider community
            """))
        #expect(objective.keyResults.map(\.text) == [
            "Support: Achieved 94.5% CSAT across all customer tickets",
            "Plan: Implement 10 performance improvements: 8/10 (80%)", "Distribution: Preserve 100% of error budget: 100%",
        ])
    }

    @Test("where a list labels its key results (`CRO KR:`), its bold owner items are objectives, not key results (GitLab FY21)")
    func labelledCascade() throws {
        let objective = try #require(parsed("""
            1. **CRO: Build strong FY21 pipeline.**
                1. CRO KR: 3x pipeline coverage
                1. **VP Field Ops:** Improve forecast accuracy
                    1. VP Field Ops KR: Forecast within 5%
                1. **VP Alliances:** Hire to plan
            """))
        #expect(objective.keyResults.map(\.text) == ["3x pipeline coverage", "Forecast within 5%"])
        #expect(objective.keyResults.map(\.owners) == [["CRO"], ["VP Field Ops"]])
    }

    @Test("ordinary lists with colons are not cascades: metadata, labels, prose", arguments: [
        "- Owner: Ada\n- Status: on-track\n",
        "- Notes: keep it short\n  - Context: the pilot\n  - Risk: funding\n",
        "- The plan: ship it\n  - we will see\n  - maybe later\n",
        "- Platform: one stack for all\n",
    ])
    func notCascades(_ body: String) {
        #expect(parsed(body)?.keyResults.isEmpty == true)
    }
}
