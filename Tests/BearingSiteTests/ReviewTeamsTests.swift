import BearingModel
@testable import BearingSite
import Testing

/// The review's "By team" view is for plans that name teams; one that names none (GitLab's OKR pages) gets a sentence
/// saying so, not a table whose only row is "No team named".
@Suite struct ReviewTeamsTests {
    @Test("a plan that names no team says so instead of a one-row table")
    func noTeams() throws {
        let files = [
            "strategy.md": "# Strategy\n\n## Priorities\n\n1. **Platform.** Run one shared platform. {#platform}\n",
            "objectives/2026-Q4.md": "# 2026-Q4\n\n## Move every hub onto the shared platform\n\n- Owner: Priya\n\n- [ ] 12/40 hubs migrated\n",
        ]
        let (plan, alignment) = Site.memory(files)
        let rendered = try SiteBuilder().render(plan: plan, alignment: alignment, options: .init())
        let review = try #require(rendered.first { $0.0 == "review.html" }.map { String(decoding: $0.1, as: UTF8.self) })
        let section = try #require(review.range(of: "id=\"teams-title\""))
        let teams = review[section.upperBound...].prefix(400)
        #expect(teams.contains("No work names a team"), "\(teams)")
        #expect(!review.contains("No team named"))
        // Owners are named, so that view stays a table.
        #expect(review.contains("<th scope=\"row\">Priya"))
    }
}
