import Testing
import BearingModel
@testable import BearingAlign

/// A capacity planner's roadmap files each stream's work under the stream's name ("### 🚀 Platform Modernization" over
/// "API Gateway Migration"), and its strategy's priorities are those streams. Short titles say little of their stream:
/// read as unsupported declarations they were 17 orphans with a warning to "check the `Priorities:` line" — there is
/// none. The plan's own filing counts, at the least a declaration gets.
@Suite("Work filed under a heading that names a priority")
struct FiledUnderHeadingTests {
    static let strategy = """
        # Product strategy

        ## Priorities

        ### Platform Modernization

        Move the platform to managed services and a single gateway.

        ### Analytics Platform

        Give customers reports and dashboards they trust.
        """

    @Test("an item filed under a priority's heading counts for it even when its words say little, with no warning")
    func filedCounts() throws {
        let workspace = plan(["strategy.md": Self.strategy, "roadmaps/quarterly.md": """
            # Roadmap Q3 2025

            ## Streams

            ### 🚀 Platform Modernization
            - **Mobile SDK Integration**: Sep W3-Oct W1 | Alice
            - **Admin Dashboard v2**: Aug W4-Sep W2 | Carol

            ### 📊 Analytics Platform
            - **Reporting Engine**: Jul W3-Aug W2 | Bob
            """])
        let alignment = align(workspace)
        for item in workspace.roadmapItems {
            let link = try #require(alignment.links(of: item.id).first { $0.kind == .declared }, "\(item.title)")
            #expect(link.strength >= 0.7, "\(item.title): \(link.strength)")
        }
        #expect(!alignment.diagnostics.contains { $0.code == .declaredUnsupported }, "\(alignment.diagnostics.map(\.message))")
        #expect(alignment.scope(.roadmap, "quarterly")?.orphans.isEmpty == true)
    }

    @Test("a Roadmap field the words do not support is still questioned, by what the writer wrote")
    func fieldQuestioned() throws {
        let workspace = plan(["strategy.md": Self.strategy, "objectives/2025.md": """
            # Goals 2025

            ## Renew the office lease

            | Metadata | |
            | --- | --- |
            | Roadmap | Analytics Platform |

            Order new chairs for the team and renew the lease for two more years.
            """])
        let alignment = align(workspace)
        let warning = try #require(alignment.diagnostics.first { $0.code == .declaredUnsupported })
        #expect(warning.fix?.hasPrefix("check its Roadmap field") == true, "\(warning.fix ?? "")")
    }

    /// A lane is where the team put the card; `Objectives:` is what the writer says the card serves. A growth team's
    /// roadmap "## Analytics Platform" over an item that serves an objective of Platform Modernization is that
    /// objective's work: the heading must not take the link its own line gives.
    @Test("an item's own Objectives line wins over the heading it is filed under")
    func objectivesWin() throws {
        let workspace = plan(["strategy.md": Self.strategy, "objectives/2025-Q3.md": """
            # Q3 2025

            ## Retire the old gateway

            - Priorities: platform-modernization

            Move every service behind the single managed gateway.
            """, "roadmaps/analytics.md": """
            # Analytics roadmap

            ## Analytics Platform

            ### Gateway cut-over for the reports API

            - Objectives: retire-the-old-gateway

            Move the reports API behind the new gateway.
            """])
        let alignment = align(workspace)
        let item = try #require(workspace.roadmapItems.first)
        let links = alignment.links(of: item.id)
        #expect(links.map(\.priority) == ["platform-modernization"], "\(links)")
        #expect(links.allSatisfy { $0.kind == .inherited }, "\(links)")
    }

    /// `report --explain` and the item's page say why a link is declared; with no `Priorities:` line to look for, they
    /// must name the heading or the tag that declared it, whether or not the words support it.
    @Test("a declared link's explanation names the heading or tag it came from")
    func explanationNamesSource() throws {
        let workspace = plan(["strategy.md": Self.strategy, "roadmaps/quarterly.md": """
            # Roadmap Q3 2025

            ## Analytics Platform

            ### Customer reports and dashboards

            Give customers reports and dashboards they trust, with the figures they ask for.

            ## Later

            ### Gateway for every service [Platform Modernization]

            Move the platform to managed services behind a single gateway.
            """])
        let alignment = align(workspace)
        let filed = try #require(alignment.links(of: "quarterly/customer-reports-and-dashboards").first { $0.kind == .declared })
        #expect(filed.explanation.hasPrefix("filed under the lane “Analytics Platform”"), "\(filed.explanation)")
        let tagged = try #require(alignment.links(of: "quarterly/gateway-for-every-service-platform-modernization").first { $0.kind == .declared })
        #expect(tagged.explanation.hasPrefix("declared by its title's tag"), "\(tagged.explanation)")
    }
}
