import Foundation
import Testing
import BearingModel
@testable import BearingAlign
import BearingReport

/// Left 31: pages show `Effort: L` as written, but `report --explain` still said "Effort 3": the number effort shares
/// count, which the writer never wrote.
@Suite struct ExplainEffortTests {
    @Test("explain says the effort as written, with the number it counts")
    func effortAsWritten() throws {
        let alignment = align(plan(["strategy.md": "# Strategy\n\n## Priorities\n\n1. **Platform.** Run one shared platform. {#platform}\n",
                                    "objectives/2026-Q4.md": """
                                        # 2026-Q4

                                        ## Cut operating toil

                                        - Effort: L
                                        - Priorities: platform

                                        - [ ] Runbooks written: 3 of 5

                                        ## Automate the release

                                        - Effort: 2
                                        - Priorities: platform

                                        - [ ] Release steps automated: 4 of 8
                                        """]))
        let toil = try #require(alignment.items.first { $0.title == "Cut operating toil" })
        let lines = ExplainReport.render(toil, alignment: alignment).split(separator: "\n")
        #expect(lines.contains("Effort L (counts 3.00)"), "\(lines)")
        let release = try #require(alignment.items.first { $0.title == "Automate the release" })
        #expect(ExplainReport.render(release, alignment: alignment).split(separator: "\n").contains("Effort 2.00"))
    }
}
