import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// Roadmaps as schedules and tracker exports: `| Item | Start | End | Owner |` tables (a Gantt sheet's columns), Linear's
/// `| Epic | Status | Target release | Owner | Labels |` with `—` for no assignee, and horizon lanes that name their
/// quarter ("Now (Q4 2026)"). Each snippet is written here in such a file's shape.
@Suite("Roadmap schedules and tracker exports")
struct RoadmapSchedules16Tests {
    // MARK: Start and End columns

    @Test("`| Item | Start | End |`: the end is the item's due date and period, the start is kept without a warning")
    func startAndEnd() throws {
        let (roadmap, diagnostics) = RoadmapParser().parse(read("""
            # Infrastructure roadmap 2026–2028

            | Item | Start | End | Owner | Status |
            |---|---|---|---|---|
            | Cluster build | Feb 2027 | Jul 2027 | Priya Raman | Not started |
            | Storage refresh | 2026-05-01 | 2026-09-30 | Sam Lee | In progress |
            | GPU expansion | FY28 Q1 | FY28 Q2 | Sam Okafor | Proposed |
            """, path: "roadmaps/infra.md"))
        let build = try #require(roadmap.items.first)
        #expect(build.metadata.due == "Jul 2027")
        #expect(build.period == "Jul 2027")
        #expect(build.metadata.custom.contains { $0.key == "Start" && $0.value == "Feb 2027" })
        #expect(roadmap.items.last?.metadata.due == "FY28 Q2")
        #expect(!diagnostics.contains { $0.code == .invalidValue })
        let storage = try #require(roadmap.items.dropFirst().first)
        #expect(storage.metadata.due == "2026-09-30")
        #expect(storage.period == "2026-Q3")
        #expect(!diagnostics.contains { $0.code == .unknownKey })
    }

    @Test("`| Project | From | To |` with months in them: when the work starts and when it is due")
    func fromAndTo() throws {
        let (roadmap, _) = RoadmapParser().parse(read("""
            # Roadmap

            | Project | From | To | Owner |
            |---|---|---|---|
            | Data pilot | Q1 2026 | Q3 2026 | Ana |
            """, path: "roadmaps/r.md"))
        let item = try #require(roadmap.items.first)
        #expect(item.metadata.due == "Q3 2026")
        #expect(item.period == "2026-Q3")
    }

    // MARK: The text an item is inferred from

    @Test("A table row's text is its other cells' words, not their headers, dates, owners or statuses; labels stay")
    func rowTextWithoutHeaders() throws {
        let (roadmap, _) = RoadmapParser().parse(read("""
            # Product roadmap

            | Epic | Status | Target release | Owner | Labels | Importance |
            |---|---|---|---|---|---|
            | Stripe billing migration | In Progress | Q4 2026 | @amara | cloud, billing | High |
            """, path: "roadmaps/product.md"))
        let item = try #require(roadmap.items.first)
        #expect(!item.body.lowercased().contains("target"))
        #expect(!item.body.lowercased().contains("release"))
        #expect(!item.body.lowercased().contains("labels"))
        #expect(!item.body.contains("Q4 2026"))
        #expect(!item.body.contains("High"))
        #expect(item.body.contains("cloud, billing"))
        // The card still shows each note under its header.
        let shown = item.blocks.map { $0.kind }.description
        #expect(shown.contains("Labels:"))
    }

    @Test("An objective's table of initiatives: its rows' text leaves out the column names too")
    func initiativeRowText() throws {
        let plan = loadWorkspace([
            "strategy.md": "# Strategy\n\n## Priorities\n\n- **Research computing**\n- **Teaching**\n",
            "objectives/2026-Q4.md": """
                # 2026-Q4

                ## Modernize the cluster

                | Initiative | Start date | Notes |
                |---|---|---|
                | Scheduler upgrade | October 2026 | move to the new scheduler |
                """,
        ])
        let initiative = try #require(plan.objectiveFiles.first?.objectives.first?.initiatives.first)
        #expect(initiative.body == "move to the new scheduler")
    }

    // MARK: Horizon lanes that name a quarter

    @Test("`## Now (Q4 2026)`, `## Next — Q1 2027`: a horizon lane that names its quarter sets its items' period")
    func horizonLaneWithQuarter() throws {
        let (roadmap, _) = RoadmapParser().parse(read("""
            # Product roadmap

            ## Now (Q4 2026)

            | Epic | Status | Owner |
            |---|---|---|
            | Guided setup v2 | In Progress | Lena |

            ## Next — Q1 2027

            ### Matter bridge beta

            ## Later this year

            ### Web dashboard
            """, path: "roadmaps/product.md"))
        #expect(roadmap.items.map(\.period) == ["2026-Q4", "2027-Q1", nil])
        #expect(roadmap.items.first?.lane == "Now (Q4 2026)")
    }

    // MARK: Placeholder owners

    @Test("An owner cell of `—`, `TBD`, `n/a`, `?` or `unassigned` is no owner, not a person named so")
    func placeholderOwners() throws {
        let (roadmap, _) = RoadmapParser().parse(read("""
            # Roadmap

            | Epic | Status | Owner |
            |---|---|---|
            | Energy clamp | Backlog | — |
            | Scratch refresh | Not started | TBD |
            | Web dashboard | Backlog | n/a |
            | Docs | Backlog | ? |
            | Alerts | Backlog | Unassigned |
            | Billing | Backlog | @amara, TBD |
            """, path: "roadmaps/r.md"))
        #expect(roadmap.items.map(\.metadata.owners) == [[], [], [], [], [], ["amara"]])
    }

    // MARK: References with brackets

    @Test("`Depends on: GPU expansion (24 × H100)` links the item of that whole title, and a message quotes what was written")
    func bracketedTitleReference() throws {
        let plan = loadWorkspace([
            "strategy.md": "# Strategy\n\n## Priorities\n\n- **Research computing**\n",
            "roadmaps/service.md": """
                # Service roadmap

                ## Now

                ### Cluster build
                - Depends on: GPU expansion (24 × H100)

                ### Storage
                - Depends on: GPU growth (second round)

                ## Done

                ### GPU expansion (24 × H100)

                ### GPU expansion (16 × L40S)
                """,
        ])
        let build = try #require(plan.roadmaps.first?.items.first)
        #expect(build.resolved.dependsOn == ["service/gpu-expansion-24-h100"])
        let unknown = try #require(plan.diagnostics.first { $0.code == .unresolvedReference })
        #expect(unknown.message.contains("GPU growth (second round)"))
    }
}
