import Testing
@testable import BearingModel
@testable import BearingParse

/// The closing sections of the OKR templates teams fill in — "Risks & Blockers", "Open questions", a RAID log's
/// "Risks, Issues and Dependencies" — say what stands in the way of the objectives; read as objectives, each became one
/// with its risks as key results.
@Suite("OKR templates: what stands in the way is not an objective")
struct OKRTemplateSectionsTests {
    func objectives(_ markdown: String, path: String = "objectives/2027-Q1.md") -> ObjectivesFile {
        ObjectivesParser().parse(read(markdown, path: path)).0
    }

    @Test("'Risks & Blockers', 'Open questions', 'Risks, Issues and Dependencies', 'Risks / Blockers' are asides",
          arguments: ["Risks & Blockers", "Open questions", "Risks, Issues and Dependencies", "Risks / Blockers", "Blockers",
                      "⚠️ Risks and blockers", "Help needed"])
    func closingSections(_ title: String) {
        let file = objectives("""
            # OKRs - Q1 2027

            ## Objective 1: Answer members faster

            ### Key Result 1.1: Median first response under 24 hours
            - **Target:** 24 hours
            - **Current:** 30 hours

            ## \(title)

            - Volunteer turnover
            - The inbox vendor's contract ends in March
            """)
        #expect(file.objectives.count == 1)
        #expect(file.objectives.first?.keyResults.count == 1)
    }

    @Test("work named with those words stays an objective", arguments: ["Clear the blockers in onboarding",
                                                                     "Resolve open issues in the member portal",
                                                                     "Hiring, onboarding and retention"])
    func workWithThoseWords(_ title: String) {
        let file = objectives("""
            # OKRs - Q1 2027

            ## \(title)

            - Reach 40 trained volunteers (now 12)
            """)
        #expect(file.objectives.map(\.title) == [title])
    }
}
