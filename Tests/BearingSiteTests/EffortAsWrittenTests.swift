import Foundation
import BearingModel
@testable import BearingSite
import Testing

/// Site 30: an objective written with "Effort: L" showed "Effort 3" on its page — the number effort shares count, which
/// a reader who wrote L does not recognise; "Effort: 2-3 hours" was not shown at all (warned and dropped).
@Suite("Effort is shown as written")
struct EffortAsWrittenTests {
    static let strategy = "# Strategy\n\n## Priorities\n\n1. **Reliable service.** Nothing goes down.\n"
    static let objectives = """
        # Objectives for 2026-Q4

        ## Make the service dependable

        Effort: L

        - [ ] Pages per week from 12 to 3, now 7

        ## Fix the dashboard navigation

        Effort: 2-3 hours

        - [ ] Ship the new menu
        """

    @Test("an objective's page shows its effort as the plan writes it")
    func effortAsWritten() throws {
        let pages = try Site.pages(["strategy.md": Self.strategy, "objectives/2026-Q4.md": Self.objectives])
        let dependable = try #require(pages.first { $0.key.hasSuffix("make-the-service-dependable.html") }?.value)
        #expect(dependable.contains("<dt>Effort<dd>L</div>"), "\(dependable)")
        let navigation = try #require(pages.first { $0.key.hasSuffix("fix-the-dashboard-navigation.html") }?.value)
        #expect(navigation.contains("<dt>Effort<dd>2-3 hours</div>"), "\(navigation)")
    }
}
