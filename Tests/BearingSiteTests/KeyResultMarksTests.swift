import Foundation
import Testing
@testable import BearingSite
import TestSupport

/// An objective's page shows, beside each line Bearing read as a key result, the progress it read — for plain
/// bullets as for task boxes — so a reader can see which lines count towards the grade and what was made of them.
@Suite struct KeyResultMarksTests {
    static let strategy = "## Priorities\n\n1. **Platform.** Run one shared platform. {#platform}\n"
    static let objectives = """
    # 2026-Q4

    ## Move every hub onto the shared platform

    - Owner: Priya Natarajan
    - Priorities: platform

    Consolidate the clusters onto one shared platform.

    ### Key results

    - 12/40 hubs migrated
    - Support tickets from 80 to 40, now 60
    - Write the migration runbook
      - Reviewed by the on-call team

    ### Notes

    - We met the vendor in October

    """

    @Test("a plain bullet read as a key result shows its progress, or that it is unknown; other bullets show none")
    func plainBullets() throws {
        let (plan, alignment) = Site.memory(["strategy.md": Self.strategy, "objectives/2026-Q4.md": Self.objectives])
        let files = try SiteBuilder().render(plan: plan, alignment: alignment, options: .init())
        let page = String(decoding: try #require(files.first { $0.0.hasPrefix("objectives/2026-q4/") }).1, as: UTF8.self)
        #expect(page.contains("<li>12/40 hubs migrated <span style=\"--p:30%\">30%</span>\n"))
        #expect(page.contains("<li>Support tickets from 80 to 40, now 60 <span style=\"--p:50%\">50%</span>\n"))
        // The mark follows the item's own words, before what is nested under it.
        #expect(page.contains("<li>Write the migration runbook <span class=\"kr unknown\" title=\"progress not stated\">progress unknown</span><ul>"))
        #expect(page.contains("<li>We met the vendor in October\n"))
        #expect(page.components(separatedBy: "<span style=\"--p:").count + page.components(separatedBy: "class=\"kr unknown").count - 2 == plan.objectives[0].keyResults.count)
        // A plan without roadmaps does not say on each objective that no roadmap item names it.
        #expect(!page.contains("<dt>Roadmap"))
    }

    @Test("an objective read from a table row lists its key results on its page, each with the progress read from its cell")
    func tableRowKeyResults() throws {
        let table = """
        # Council tax — Q4

        | Goal | Measures | Owner | RAG |
        |---|---|---|---|
        | Direct debit set-up works first time | First-time success from 62% to 85%, now 81% | Sam Reid | Green |
        | Annual billing emails instead of paper | 25,000 households on e-billing | Sam Reid | Amber |

        """
        let (plan, alignment) = Site.memory(["strategy.md": Self.strategy, "objectives/2026-Q4.md": table])
        let files = try SiteBuilder().render(plan: plan, alignment: alignment, options: .init())
        let page = { (slug: String) in
            String(decoding: (files.first { $0.0.hasPrefix("objectives/2026-q4/\(slug)") }?.1) ?? Data(), as: UTF8.self)
        }
        #expect(page("direct-debit").contains("<li>First-time success from 62% to 85%, now 81% <span style=\"--p:83%\">83%</span>"))
        #expect(page("annual-billing").contains("<li>25,000 households on e-billing <span class=\"kr unknown\""))
    }
}
