import Foundation
import Testing
import BearingAlign
import BearingModel
import BearingParse
@testable import BearingSite

/// Sourcegraph plans a quarter in one file of team sections ("## Talent", "## Product/Engineering", "## Marketing"), each
/// over a numbered list of its objectives. The quarter page's one table of objectives lost whose each one was.
@Suite struct QuarterTeamGroupsTests {
    static let strategy = "# Strategy\n\n## Priorities\n\n1. **Enterprise.** Win the largest enterprises.\n2. **Team.** A company that thrives.\n"

    static let okrs = """
        # Q3 2026 OKRs

        ## Company

        1. **Bring code search to the largest enterprises**
           - KR: Land 5 Large Enterprise Logos

        ## Talent

        1. **Enhance recruitment branding efforts to attract talent globally.**
           - KR: Publish 2 articles focused on talent/culture.
        1. **Execute on hiring plans that are responsive to teams' needs.**
           - KR: Final Q3 hiring is 85%+ of the plan.

        ## Product/Engineering

        1. **Happy, effective, async team**
           - KR: Each team has documented KPIs in the handbook.

        ## People Ops

        Our onboarding gets better this quarter.

        - Team-specific onboarding training for 10+ teams
        """

    static func page(_ files: [String: String]) throws -> String {
        try #require(try Site.pages(["strategy.md": strategy].merging(files) { a, _ in a })["quarters/2026-Q3.html"])
    }

    /// The group rows of a page, in order.
    static func groups(_ page: String) -> [String] {
        page.components(separatedBy: "<tr class=\"group\">").dropFirst().map { row in
            let cell = row.components(separatedBy: "\">")[1]
            return String(cell.prefix { $0 != "<" && $0 != "\n" })
        }
    }

    @Test("each team's objectives are under its name, in the file's order; rows without a team after a team's say so")
    func grouped() throws {
        let page = try Self.page(["objectives/2026-Q3.md": Self.okrs])
        #expect(Self.groups(page) == ["Talent", "Product/Engineering", "No team named"], "\(Self.groups(page))")
        let talent = try #require(page.range(of: ">Talent\n"))
        let hiring = try #require(page.range(of: "Execute on hiring plans"))
        let engineering = try #require(page.range(of: ">Product/Engineering\n"))
        let company = try #require(page.range(of: "Bring code search"))
        #expect(company.lowerBound < talent.lowerBound && talent.lowerBound < hiring.lowerBound && hiring.lowerBound < engineering.lowerBound)
        // The group cell spans the row: the objective and link columns (no owner, status or grade here).
        #expect(page.contains("<tr class=\"group\"><th colspan=\"2\">Talent\n"))
    }

    @Test("a quarter whose objectives name one team, or none, has no group rows (counter-case)")
    func oneTeam() throws {
        let one = "---\nteam: Platform\n---\n# Q3 2026\n\n## Faster builds\n- [ ] 2/4 pipelines\n\n## Fewer pages\n- [ ] 1/3 alerts\n"
        #expect(Self.groups(try Self.page(["objectives/2026-Q3.md": one])) == [])
        let none = one.replacingOccurrences(of: "---\nteam: Platform\n---\n", with: "")
        #expect(Self.groups(try Self.page(["objectives/2026-Q3.md": none])) == [])
    }

    @Test("two files, one per team, group their objectives under the file's team")
    func filesPerTeam() throws {
        let a = "---\nteam: Platform\n---\n# Q3 2026\n\n## Faster builds\n- [ ] 2/4 pipelines\n"
        let b = "---\nteam: Growth\n---\n# Q3 2026\n\n## More signups\n- [ ] 100/400 signups\n"
        let groups = Self.groups(try Self.page(["objectives/2026-Q3-platform.md": a, "objectives/2026-Q3-growth.md": b]))
        #expect(groups.sorted() == ["Growth", "Platform"], "\(groups)")
    }

    @Test("a group opens where the team changes")
    func teamChanges() {
        #expect(SiteContent.teamGroups([nil, "A", "A", "B", nil, nil, "B"]) == [nil, "A", nil, "B", "No team named", nil, "B"])
        #expect(SiteContent.teamGroups(["A", nil, "A"]) == [nil, nil, nil])
        #expect(SiteContent.teamGroups([]) == [])
    }
}
