import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// A period heading keeps its period with a remark after it ("## Q2 2026 (graded)", "— done", "✅"), and a year with an
/// academic term beside it is said to be a guess at the whole year, not silently taken as that year.
@Suite struct PeriodRemarksTests {
    @Test("a remark after a period heading leaves it that period's heading", arguments: [
        "Q2 2026 (graded)", "Q2 2026 — done", "Q2 2026 – final", "Q2 2026 ✅", "Q2 2026 (graded) ✅", "2026-Q2 (draft)",
    ])
    func remark(_ heading: String) throws {
        let (file, diagnostics) = ObjectivesParser().parse(read("""
            # Cloud OKRs 2026

            ## Q3 2026

            ### Objective 1: Move telemetry to the new store

            Owner: Sam

            ## \(heading)

            ### Objective 1: Retire the old cluster

            Owner: Sam

            """, path: "objectives/cloud/cloud-okrs-2026.md"))
        let retired = try #require(file.objectives.first { $0.title.contains("Retire") })
        #expect(retired.quarter?.description == "2026-Q2", "\(heading)")
        #expect(file.objectives.first { $0.title.contains("telemetry") }?.quarter?.description == "2026-Q3")
        #expect(!diagnostics.contains { $0.severity == .error })
    }

    @Test("a name after a dash, or a team in brackets, is no remark")
    func notRemarks() {
        #expect(HeadingRemark.strip("Q3 2026 — Platform") == nil)
        #expect(HeadingRemark.strip("Q3 2026 (Platform team)") == nil)
        #expect(HeadingRemark.strip("Ship the forum") == nil)
        #expect(HeadingRemark.strip("Q1 2026 — done") == "Q1 2026")
    }

    @Test("a year with an academic term is planned for the year, with a warning naming the term")
    func academicTerm() throws {
        let plan = loadWorkspace([
            "strategy.md": minimalStrategy,
            "objectives/training-2026-spring-term.md": "# Training programme — 2026 Spring term\n\n## Deliver the core curriculum\n\nWorkshops, each twice.\n",
        ])
        let file = try #require(plan.objectiveFiles.first)
        #expect(file.objectives.first?.quarter?.description == "2026")
        let warning = try #require(plan.diagnostics.first { $0.code == .periodTerm })
        #expect(warning.message.contains("Spring term") && warning.location.line == 1)
        #expect(AcademicTerm.find("Fall semester 2025") == "Fall semester")
        #expect(AcademicTerm.find("Spring cleaning of the backlog, 2026") == nil)
        #expect(AcademicTerm.find("Q1 2026 term sheet") == nil)
    }
}
