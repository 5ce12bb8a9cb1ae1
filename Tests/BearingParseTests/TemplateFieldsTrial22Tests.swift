import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// F4: template fields named like references (`Goals:` beside a strategy of goals, `Dependencies:`).
@Suite("Reading: template fields that look like references (trial 22)")
struct TemplateFieldsTrial22Tests {
    static let strategy = """
        # BCaATAC strategy
        ## 2026 Goals
        - Goal 1:  Discovery and validation of ARCHE-drug response associations in preclinical models (via ATAC-Seq)
        - Goal 2:  Translation of ARCHEs in cfDNA
        """

    static let plan = """
        # Plan 2026
        ## Quarterly Breakdown
        ### **Q1 (Jan–Mar)**
        - Goals: Paper 1 (preclinical only?)
        - Dependencies: Data access
        ### **Q2 (Apr–Jun)**
        - Goals: 6B-Seq or regular WGS for validation
        - Planned Outputs: Validation cohort
        - Dependencies: Preclinical results, funding
        """

    @Test("an unchanged yearly-plan template has no errors: its Goals and Dependencies are kept as written")
    func templateKeepsFields() {
        let plan = loadWorkspace(["strategy.md": Self.strategy, "objectives/2026.md": Self.plan])
        #expect(plan.errors.isEmpty, "\(plan.errors)")
        let fields = plan.objectiveFiles.flatMap(\.objectives).flatMap { $0.metadata.custom + $0.initiatives.flatMap(\.metadata.custom) }
        #expect(fields.contains { $0.key == "Goals" && $0.value == "Paper 1 (preclinical only?)" })
        #expect(fields.contains { $0.key == "Dependencies" && $0.value == "Data access" })
        #expect(fields.contains { $0.key == "Dependencies" && $0.value == "Preclinical results, funding" })
    }

    @Test("the same fields still link what they name: a goal by its number, an item by its title or id")
    func referencesStillLink() throws {
        let plan = loadWorkspace([
            "strategy.md": Self.strategy,
            "roadmaps/r.md": "# Roadmap\n## Now\n- Data access\n",
            "objectives/2026-Q1.md": """
                # 2026-Q1
                ## Get the data
                - Goals: Goal 2
                - Dependencies: Data access
                ## Run the pipeline
                - Dependencies: `pipeline-v2`
                """,
        ])
        let objectives = plan.objectiveFiles.flatMap(\.objectives)
        let first = try #require(objectives.first)
        #expect(first.resolved.priorities.count == 1)
        #expect(first.resolved.dependsOn == ["r/data-access"])
        // Written as an id, a dependency that names nothing is still reported.
        #expect(plan.errors.contains { $0.code == .unresolvedReference && $0.message.contains("pipeline-v2") })
    }
}
