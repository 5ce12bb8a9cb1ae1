import Testing
@testable import BearingModel
@testable import BearingParse

@Suite("Roadmap parser")
struct RoadmapParserTests {
    @Test("horizon lanes with H3 items and their metadata")
    func headingItems() {
        let (roadmap, diagnostics) = RoadmapParser().parse(read("""
            # Platform roadmap

            ## Now

            ### Compute quotas {#quotas}
            - Owner: Aiko
            - Depends on: usage dashboards
            - Objectives: 2026-q4/co-funding

            Co-funded by four communities.

            ## Later

            ### Usage dashboards
            """, path: "roadmaps/platform.md"))
        #expect(diagnostics.isEmpty)
        #expect(roadmap.id == "platform" && roadmap.title == "Platform roadmap")
        #expect(roadmap.lanes.map(\.kind) == [.horizon, .horizon])
        #expect(roadmap.items.map(\.id) == ["quotas", "platform/usage-dashboards"])
        #expect(roadmap.items[0].metadata.dependsOn.map(\.text) == ["usage dashboards"])
        #expect(roadmap.items[0].body == "Co-funded by four communities.")
    }

    @Test("bold list items, period paragraphs, groups and due dates")
    func listItems() {
        let (roadmap, diagnostics) = RoadmapParser().parse(read("""
            # Annual plan for 2026

            ## Major actions

            ### Platform

            By end of Q1:

            - **Wrap up reliability.** Finish alerting.
            - **Engage communities.** Define a system.
              - Priorities: community
              - Due: 2026-08-01
            - a plain bullet among bold ones is an item too

            End of Q2:

            - **Speed up deploys**. Faster.

            ## 2026-Q3

            - **Quarter lane item.**
            """, path: "roadmaps/plan.md"))
        #expect(diagnostics.isEmpty)
        #expect(roadmap.items.map(\.title) == ["Wrap up reliability", "Engage communities", "a plain bullet among bold ones is an item too",
                                               "Speed up deploys", "Quarter lane item"])
        #expect(roadmap.items.map(\.period) == ["2026-Q1", "2026-Q3", "2026-Q1", "2026-Q2", "2026-Q3"])
        #expect(roadmap.items.map(\.group) == ["Platform", "Platform", "Platform", "Platform", nil])
        #expect(roadmap.items[1].metadata.priorities.map(\.text) == ["community"])
        #expect(roadmap.lanes.map(\.kind) == [.theme, .period])
    }

    @Test("2i2c annual plan 2026 as a roadmap: major actions under their groups with their periods",
          .enabled(if: Corpus.isPresent, Corpus.absent))
    func corpusPlan() throws {
        var config = WorkspaceConfig()
        config.ignoreHeadings = ["Current business reality", "Key challenge for 2026", "2026 strategic focus",
                                 "Expected revenue growth targets", "Risks", "Not a focus in 2026"]
        let (roadmap, diagnostics) = RoadmapParser(config: config).parse(try Corpus.document("team-compass/organization/plan_2026.md"))
        #expect(diagnostics.isEmpty)
        #expect(roadmap.lanes.map(\.title) == ["Major actions to take"])
        let groups = Dictionary(grouping: roadmap.items, by: { $0.group ?? "" }).mapValues(\.count)
        #expect(groups == ["Platform and services": 4, "Business development": 6, "Organization-wide": 3])
        let periods = roadmap.items.map { "\($0.title) @ \($0.period ?? "-")" }
        #expect(periods.contains("Speed up the time it takes to deploy improvements to our member network @ 2026-Q2"))
        #expect(periods.contains("Sell enough development work to cover our cost gap @ 2026-Q4"))
        #expect(periods.contains("Freeze hiring for now @ 2026-Q1"))
        #expect(roadmap.items.allSatisfy { $0.metadata.isEmpty })
    }

    @Test("2i2c plan read without ignore_headings: business reality, challenge, strategic focus, risks and non-focus are not lanes",
          .enabled(if: Corpus.isPresent, Corpus.absent))
    func corpusPlanUnconfigured() throws {
        let (roadmap, diagnostics) = RoadmapParser().parse(try Corpus.document("team-compass/organization/plan_2026.md"))
        #expect(diagnostics.isEmpty)
        #expect(roadmap.lanes.map(\.title) == ["Major actions to take"])
        #expect(roadmap.items.count == 13)
    }
}
