import BearingAlign
import BearingModel
import BearingParse
@testable import BearingSite
import Testing

/// What a new user's trial of the day's build found: an at-risk key result flagged its objective in the attention
/// list but not in the review's owners' counts; an owner in brackets kept its `@`; and a roadmap card showed its
/// whole line again (owner and step label included) under the title read from it.
@Suite struct NewUserTrial19Tests {
    static let strategy = "# Strategy\n\n## Priorities\n\n- **Reliable service** — the cluster stays up\n- **Growth** — more customers\n"
    static let objectives = """
        # 2026-Q4

        ## Keep the cluster up

        Owner: Maria Lopez

        | Key result | Owner | Status | Target | Current |
        |---|---|---|---|---|
        | Families reached per month | Tom Reyes | at risk | 400 | 150 |
        | Volunteers trained | Ana | on track | 40 | 30 |
        """
    static let roadmap = """
        # Roadmap 2027

        ## Now

        - Volunteer app (@priya)
        - Milestone 1: Pick the van route (@jamie)
        - MVP: partner portal sign-up and JSON export
        - M2: Waitlist [Owner: Ana] (beta)
        """

    static func pages() throws -> [String: String] {
        let (plan, alignment) = Site.memory(["strategy.md": strategy, "objectives/2026-Q4.md": objectives, "roadmaps/2027.md": roadmap])
        let pages = try SiteBuilder().render(plan: plan, alignment: alignment, options: .init())
        return Site.text(pages)
    }

    @Test("an objective flagged by its key result counts as flagged in By owner, as the attention list flags it")
    func ownersCountKeyResultFlags() throws {
        let review = try #require(try Self.pages()["review.html"])
        let owners = try #require(review.range(of: "<th scope=\"row\">Maria Lopez").map { review[$0.upperBound...].prefix(600) })
        #expect(owners.contains("<strong>1</strong>"), "\(owners)")
        #expect(owners.contains("<span class=\"status at-risk\">at-risk</span>"), "\(owners)")
    }

    @Test("the review's At risk now counts an objective flagged by its key result, as Needs attention and By owner do")
    func atRiskNow() throws {
        let (_, alignment) = Site.memory(["strategy.md": Self.strategy, "objectives/2026-Q4.md": Self.objectives])
        #expect(alignment.currentQuarter?.description == "2026-Q4", "the test's plan is current work")
        #expect(alignment.priorities.map(\.currentAtRisk).reduce(0, +) > 0, "\(alignment.priorities.map(\.currentAtRisk))")
    }

    @Test("an owner in brackets is named without its @, and a card does not repeat the line its title and owner came from")
    func roadmapCards() throws {
        let (plan, _) = Site.memory(["strategy.md": Self.strategy, "roadmaps/2027.md": Self.roadmap])
        let items = plan.roadmaps.flatMap(\.items)
        #expect(items.map(\.title) == ["Volunteer app", "Pick the van route", "MVP", "Waitlist (beta)"])
        #expect(items.map(\.metadata.owners) == [["priya"], ["jamie"], [], ["Ana"]], "a remark after the owner's bracket stays in the title")
        #expect(items[0].blocks.isEmpty && items[1].blocks.isEmpty, "the line says nothing beyond the title and what was read")
        #expect(!items[2].blocks.isEmpty, "a line with words of its own stays the card's text")
        let page = try #require(try Self.pages()["roadmaps/2027.html"])
        #expect(!page.contains("(@priya)") && !page.contains("Milestone 1: Pick"), "\(page)")
        #expect(page.contains("partner portal sign-up"))
    }
}
