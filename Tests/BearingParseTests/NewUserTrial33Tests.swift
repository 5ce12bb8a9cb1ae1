import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// A new user's thirty-third trial: Backstage's roadmap (its phases as the strategy, a summary table of links over the
/// sections it sums up), Sourcegraph's FY23-Q1 OKRs in a file named `2023_Q1.md`, Kubernetes SIG Release's roadmap and
/// Node.js's strategic initiatives.
@Suite("Real planning files: a new user's trial (33)")
struct NewUserTrial33Tests {
    @Test("a decorative emoji before a priority's bold label, and a label that only numbers a phase (Backstage)")
    func phasesAfterEmoji() {
        var config = WorkspaceConfig()
        config.prioritiesHeadings = ["Phases"]
        let result = StrategyParser(config: config).parse(read("""
            # Backstage vision

            ## Phases

            We have divided the project into three high-level _phases_:

            - 🐣 **Phase 1:** Extensible frontend platform (Done ✅) - You will be able to
              easily create a single consistent UI layer for your internal infrastructure
              and tools.

            - 🐢 **Phase 2:** Software Catalog - With a single catalog, Backstage makes it
              easy for a team to manage ten services.

            - 🐇 **Phase 3:** Ecosystem (later) - Everyone's infrastructure stack is
              different.
            """, path: "strategy.md"))
        let priorities = result.strategy.priorities
        #expect(priorities.map(\.title) == ["Extensible frontend platform", "Software Catalog", "Ecosystem"],
                "\(priorities.map(\.title))")
        #expect(priorities.first?.summary?.hasPrefix("You will be able to easily create") == true, "\(priorities.first?.summary ?? "")")
        #expect(priorities.first?.id == "extensible-frontend-platform")
    }

    @Test("a bold title after an emoji is the priority's title, the words after the dash its summary")
    func boldAfterEmoji() {
        let result = StrategyParser().parse(read("""
            # Strategy

            ## Priorities

            - 🚀 **Grow the community** - more contributors each quarter.
            - 🛡️ **Secure the supply chain** - signed artifacts everywhere.
            """, path: "strategy.md"))
        #expect(result.strategy.priorities.map(\.title) == ["Grow the community", "Secure the supply chain"],
                "\(result.strategy.priorities.map(\.title))")
    }

    @Test("a table whose headers link to the page's own sections sums them up: its cells are not items twice (Backstage)")
    func summaryTableOfLinks() {
        let (roadmap, diagnostics) = RoadmapParser().parse(read("""
            ## The Backstage Roadmap

            The Backstage roadmap lays out both [“what’s next”](#whats-next) and [“future work”](#future-work).

            | [What's next](#whats-next) | [Future work](#future-work) |
            | -------------------------- | --------------------------- |
            | [Backstage 1.0](#backstage-10) <br/> [Backstage Security Audit](#backstage-security-audit) | Backend Services <br/> GraphQL <br/> Telemetry |

            ## What’s next

            ### Backstage 1.0

            During the first quarter of 2022, we plan to finalize and release version 1.0.

            ### Backstage Security Audit

            Involve third-party companies in auditing the platform.

            ## Future work

            - **Backend Services:** A backend layer of services is planned.
            - **[GraphQL](https://graphql.org/) support:** Query backend services with a standard query language.
            - **Telemetry:** Generate logging and metrics so that Backstage can be monitored.
            """, path: "roadmaps/roadmap.md"))
        #expect(roadmap.items.map(\.title) == ["Backstage 1.0", "Backstage Security Audit", "Backend Services", "GraphQL support", "Telemetry"],
                "\(roadmap.items.map(\.title))")
        #expect(roadmap.lanes.filter { !$0.title.hasSuffix("Roadmap") }.map(\.title) == ["What’s next", "Future work"],
                "\(roadmap.lanes.map(\.title))")
        #expect(!diagnostics.contains { $0.code == .duplicateID }, "\(diagnostics.map(\.message))")
    }

    @Test("a board whose headers are plain lane names is still a board")
    func plainBoardStays() {
        let (roadmap, _) = RoadmapParser().parse(read("""
            # Roadmap

            | Now | Next | Later |
            |---|---|---|
            | [Search 1.0](https://example.org/search) | Telemetry | GraphQL |
            """, path: "roadmaps/roadmap.md"))
        #expect(roadmap.items.map(\.title) == ["Search 1.0", "Telemetry", "GraphQL"], "\(roadmap.items.map(\.title))")
    }

    static let sourcegraph = """
        # FY23-Q1 OKRs

        > These OKRs are for Q1 in [fiscal year 2023](../communication/index.md#fiscal-year), which runs from 2022-02-01 to 2022-04-30.

        ## Company

        1. **OBJECTIVE: Learn and validate how use cases work for the business**

           - KR: Public product roadmap tied to use cases

        ## Marketing

        1. **OBJECTIVE: Build for long-term revenue growth**
           - KR: Generate 563 Marketing Qualified Leads
        """

    @Test("a file named 2023_Q1 titled FY23-Q1, in a workspace with a February fiscal year, is FY2023-Q1 (Sourcegraph)")
    func fiscalFileNameWithoutFY() throws {
        var config = WorkspaceConfig()
        config.fiscalYearStart = 2
        let (file, diagnostics) = ObjectivesParser(config: config).parse(read(Self.sourcegraph, path: "objectives/2023_Q1.md"))
        #expect(file.quarter?.description == "FY2023-Q1", "\(String(describing: file.quarter))")
        #expect(file.quarter?.start.year == 2022 && file.quarter?.start.month == 2)
        #expect(!diagnostics.contains { $0.code == .quarterMismatch }, "\(diagnostics.map(\.message))")
        #expect(file.objectives.map(\.title) == ["Learn and validate how use cases work for the business", "Build for long-term revenue growth"])
    }

    @Test("a file name with other digits than the fiscal title still disagrees with it")
    func fiscalFileNameOtherQuarter() {
        var config = WorkspaceConfig()
        config.fiscalYearStart = 2
        let (file, diagnostics) = ObjectivesParser(config: config).parse(read(Self.sourcegraph, path: "objectives/2023_Q2.md"))
        #expect(file.quarter?.description == "2023-Q2")
        #expect(diagnostics.contains { $0.code == .quarterMismatch })
    }

    @Test("a group heading whose status is followed by a short bracket sets its items' status (SIG Release's WIP)")
    func groupStatusWithBracket() {
        let (roadmap, _) = RoadmapParser().parse(read("""
            # Roadmap and Vision

            ## SIG Release Roadmap for 2024 and beyond

            ### Work in progress (WIP)

            1. **Make artifact validation more robust**

               Outcome: Provide a fast and error-resistant workflow for artifact promotion.

            ### In progress (2)

            1. **Migrate away from GCS bucket**

            ### Done Deliverables

            1. **Signing of release artifacts (Secure)**

               Outcome: Being able to GPG sign release artifacts.
            """, path: "roadmaps/roadmap.md"))
        #expect(roadmap.items.map(\.metadata.status) == [.onTrack, .onTrack, .done], "\(roadmap.items.map(\.metadata.status))")
    }

    @Test("a small heading under the title with nothing under it, before the first H2, is a remark of the introduction")
    func smallRemarkUnderTitle() throws {
        var config = WorkspaceConfig()
        config.fiscalYearStart = 2
        let text = Self.sourcegraph.replacingOccurrences(of: "## Company", with: """
            ##### For Sourcegraph employees, if you want more information or access to underlying data you can see the internal slides here: [FY23 Q1 OKR Tracker](https://example.org/slides)

            ## Company
            """)
        let (file, diagnostics) = ObjectivesParser(config: config).parse(read(text, path: "objectives/2023_Q1.md"))
        #expect(file.objectives.map(\.title) == ["Learn and validate how use cases work for the business", "Build for long-term revenue growth"],
                "\(file.objectives.map(\.title))")
        #expect(!diagnostics.contains { $0.code == .emptyObjective }, "\(diagnostics.map(\.message))")
        // Its words are kept, with the introduction.
        #expect(file.introBlocks.contains { $0.plainText.contains("internal slides") }, "\(file.introBlocks)")
    }

    @Test("two champions joined by a spaced plus are two owners; '?' is none (Node.js strategic initiatives)")
    func championsJoinedByPlus() {
        let (roadmap, _) = RoadmapParser().parse(read("""
            # Strategic Initiatives

            ## Current Initiatives

            | Initiative          | Champion                                                  | Links                                    |
            |---------------------|-----------------------------------------------------------|------------------------------------------|
            | Open Web Standards  | [Myles Borins][MylesBorins] + [Joyee Cheung][joyeecheung] | https://github.com/nodejs/open-standards |
            | C++ bindings        | Anna Henningsen                                           |                                          |

            ## Need volunteers for

            | Initiative       | Champion | Links                                              |
            |------------------|----------|----------------------------------------------------|
            | Async Hooks      | ?        | https://github.com/nodejs/diagnostics/issues/124   |

            [MylesBorins]: https://github.com/MylesBorins
            [joyeecheung]: https://github.com/joyeecheung
            """, path: "roadmaps/strategic-initiatives.md"))
        #expect(roadmap.items.map(\.metadata.owners) == [["Myles Borins", "Joyee Cheung"], ["Anna Henningsen"], []],
                "\(roadmap.items.map(\.metadata.owners))")
    }
}
