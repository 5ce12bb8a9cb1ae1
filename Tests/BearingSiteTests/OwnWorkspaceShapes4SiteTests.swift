import BearingAlign
import BearingModel
import BearingParse
@testable import BearingSite
import Testing

/// What a leader reads on sites built from the shapes of OwnWorkspaceShapes4Tests: key-result lines run into prose
/// show their progress bars; Confluence's icons show as symbols; a sheet's Progress column grades an objective with no
/// key results; a grade over only some of the key results says how many it covers.
@Suite struct OwnWorkspaceShapes4SiteTests {
    static func pages(_ files: [String: String]) throws -> [String: String] {
        try Site.pages(files)
    }

    static let strategy = "# Strategy\n\n## Priorities\n\n1. **Fast product.** Pages load fast. {#fast}\n2. **Revenue.** Win paying teams. {#revenue}\n"

    @Test("key-result lines after a prose line in one paragraph each show their progress bar on the objective's page")
    func runOnKeyResultsShowBars() throws {
        let objectives = """
            # OKRs Q1 2027

            ## O1: Make the product fast

            Latency is the top complaint from customers this year.
            KR1.1 — Cut p95 latency from 800 ms to 300 ms, now 550 ms
            KR1.2 — Page weight from 2 MB to 1 MB, now 1.5 MB
            """
        let page = try #require(try Self.pages(["strategy.md": Self.strategy, "objectives/2027-Q1.md": objectives])["objectives/2027-q1/make-the-product-fast.html"])
        #expect(page.components(separatedBy: "<span style=\"--p:50%\">").count == 3, "\(page)")
        #expect(page.contains("<p>Latency is the top complaint from customers this year.</p>"), "\(page)")
    }

    @Test("Confluence's `(!)` and `(/)` in a key result show as ⚠️ and ✅ on the page, not as markup")
    func wikiIconsOnPage() throws {
        let objectives = "# OKRs Q1 2027\n\n## Keep the platform up\n\n- KR1: (/) Migrate all services\n- KR2: (!) Pager load under 5 pages a week\n"
        let page = try #require(try Self.pages(["strategy.md": Self.strategy, "objectives/2027-Q1.md": objectives])["objectives/2027-q1/keep-the-platform-up.html"])
        #expect(!page.contains("(!)") && !page.contains("(/)"), "\(page)")
        #expect(page.contains("⚠️ Pager load") && page.contains("✅ Migrate"), "\(page)")
    }

    @Test("a sheet's Progress column grades an objective that has no key results")
    func progressColumn() throws {
        let objectives = "# OKRs Q1 2027\n\n| Objective | Owner | Progress |\n|---|---|---|\n| Ship the mobile app | Ana | 60% |\n| Open the EU region | Ben | |\n"
        let (_, alignment) = Site.memory(["strategy.md": Self.strategy, "objectives/2027-Q1.md": objectives])
        #expect(alignment.item("2027-q1/ship-the-mobile-app")?.progress == 0.6)
        #expect(alignment.item("2027-q1/open-the-eu-region")?.progress == nil)
    }

    @Test("a grade over 1 of 3 key results says so on the objective's page and the quarter's row")
    func partialGrade() throws {
        let objectives = "# OKRs Q1 2027\n\n## Grow revenue\n\n- KR1: [x] Launch the team plan\n- KR2: Sign 40 new teams\n- KR3: Raise expansion revenue\n\n## Win trials\n\n- [x] Ship the trial\n"
        let pages = try Self.pages(["strategy.md": Self.strategy, "objectives/2027-Q1.md": objectives])
        let page = try #require(pages["objectives/2027-q1/grow-revenue.html"])
        #expect(page.contains("1.00 (1 of 3 key results measured)"), "\(page)")
        let quarter = try #require(pages["quarters/2027-Q1.html"])
        #expect(quarter.contains("<small>1 of 3 key results measured</small>"), "\(quarter)")
        #expect(quarter.components(separatedBy: "key results measured</small>").count == 2, "a grade over all its key results says nothing more: \(quarter)")
        let full = try #require(pages["objectives/2027-q1/win-trials.html"])
        #expect(!full.contains("key results measured"), "\(full)")
    }

    @Test("a metric card's label shows the card's progress; its fields stay below it as written")
    func metricCardShowsItsBar() throws {
        let objectives = "# OKRs Q1 2027\n\n## Make the product fast\n\nMetric: median time to first response\n- Baseline: 20 hours\n- Target: 8 hours\n- Current: 14 hours\n"
        let page = try #require(try Self.pages(["strategy.md": Self.strategy, "objectives/2027-Q1.md": objectives])["objectives/2027-q1/make-the-product-fast.html"])
        #expect(page.contains("<p>Metric: median time to first response <span style=\"--p:50%\">"), "\(page)")
        #expect(page.contains("<li>Baseline: 20 hours\n"), "\(page)")
        // The objective's text and key results sit under a heading of their own, not inside the "Priorities" list above.
        #expect(page.contains("<h2>Details</h2>\n<div class=\"prose\">"), "\(page)")
    }
}
