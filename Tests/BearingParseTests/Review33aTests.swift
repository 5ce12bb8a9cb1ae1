import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// Shapes that session 33's template rules (glossed keys, P-code ranks, fields under the key results, team headings with
/// a period) misread when they were applied to other organizations' files.
struct Review33aTests: TrialWorkspace {
    let strategy = """
        # Strategy 2025

        ## Our priorities

        ### P1: Reliable platform

        Make the service dependable.

        ### P2: Grow revenue

        Sell more.

        ### P3: Developer experience

        Make builds fast.
        """

    @Test("key results written as field paragraphs under their heading keep their owners and confidence: not the objective's")
    func keyResultParagraphsUnderTheirHeading() throws {
        let plan = load(["objectives/2025-Q1.md": """
            ## Objective 1: Make the platform dependable

            **Owner**: Alice
            **Confidence**: 80%

            #### Key Results

            **KR1**: Uptime to 99.9%
            **Owner**: Bob
            **Confidence**: 30%

            **KR2**: p99 latency under 400 ms
            **Owner**: Carol
            **Confidence**: 50%
            """])
        let objective = try #require(plan.objectiveFiles.first?.objectives.first)
        #expect(objective.keyResults.map(\.text) == ["Uptime to 99.9%", "p99 latency under 400 ms"])
        #expect(objective.metadata.owners == ["Alice"], "\(objective.metadata.owners)")
        #expect(objective.metadata.confidence == 0.8)
        #expect(objective.metadata.custom.isEmpty, "\(objective.metadata.custom)")
    }

    @Test("a field paragraph after the key results' list, still under their heading, is still the objective's")
    func fieldsAfterTheList() throws {
        let plan = load(["objectives/2025-Q1.md": """
            ## Objective 1: Make the platform dependable

            **Owner**: Alice

            #### Key Results

            1. Uptime to 99.9%
            2. p99 latency under 400 ms

            **Confidence**: 60% (two vendors late)
            """])
        let objective = try #require(plan.objectiveFiles.first?.objectives.first)
        #expect(objective.metadata.confidence == 0.6)
    }
}
