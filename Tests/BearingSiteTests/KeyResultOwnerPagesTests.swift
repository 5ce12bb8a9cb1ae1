import BearingAlign
import BearingModel
import BearingParse
@testable import BearingSite
import Testing

/// A key result's own owner and status on the site: beside the key result on its objective's page (nothing added for
/// one that names neither), in the review's "By owner" for a person who owns only key results, and in the attention
/// list when its writer marked it at risk.
@Suite struct KeyResultOwnerPagesTests {
    static let strategy = "# Strategy\n\n## Priorities\n\n- **Reliable service** — the cluster stays up\n- **Growth** — more customers\n"
    static let plan = """
        # 2026-Q4

        ## Keep the cluster up

        - [ ] Uptime 99.9%, now 99.5% — @ana [at risk]
        - [ ] Pages under 5 a week (Owner: Sam Kaur)
        - [ ] Runbooks for every alert 3/10
        """

    static func pages() throws -> [String: String] {
        let (plan, alignment) = Site.memory(["strategy.md": strategy, "objectives/2026-Q4.md": plan])
        let pages = try SiteBuilder().render(plan: plan, alignment: alignment, options: .init())
        return Site.text(pages)
    }

    @Test("the objective page shows each key result's own status and owner beside it, and nothing for one naming neither")
    func objectivePage() throws {
        let pages = try Self.pages()
        let page = try #require(pages.first { $0.key.hasPrefix("objectives/") && $0.value.contains("<h1>Keep the cluster up</h1>") }?.value)
        #expect(page.contains("<span class=\"status at-risk\">at-risk</span> <span class=\"muted\">ana</span>"), "\(page)")
        #expect(page.contains("<span class=\"muted\">Sam Kaur</span>"), "\(page)")
        let runbooks = try #require(page.range(of: "Runbooks for every alert 3/10"))
        let line = page[runbooks.upperBound...].prefix { $0 != "\n" }
        #expect(line == " <span style=\"--p:30%\">30%</span>", "nothing added for a key result with no owner or status")
    }

    @Test("people who own only key results are in the review's By owner, and an at-risk key result flags its objective")
    func review() throws {
        let pages = try Self.pages()
        let review = try #require(pages["review.html"])
        #expect(review.contains("<th scope=\"row\">ana"), "\(review)")
        #expect(review.contains("<th scope=\"row\">Sam Kaur"), "\(review)")
        #expect(!review.contains("No work names an owner"))
        let attention = try #require(review.range(of: "id=\"attention-title\"").map { review[$0.upperBound...].prefix(2_000) })
        #expect(attention.contains("Keep the cluster up (key result: Uptime 99.9%, now 99.5%)"), "\(attention)")
    }
}
