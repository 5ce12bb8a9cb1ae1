import BearingModel
import Testing
@testable import BearingSite

/// Where a roadmap item sits is said by its roadmap's label, now looked up by id in a table made once per build
/// (`SiteContent.roadmapLabels`); each label must be the one the scan over every roadmap gave.
@Suite("Roadmap labels")
struct RoadmapLabelsTests {
    /// The rule as it was: the first roadmap of the id, labelled after a scan of every roadmap for its title.
    static func reference(_ id: String, _ plan: Plan) -> String? {
        plan.roadmaps.first { $0.id == id }.map { SiteContent.roadmapLabel($0, plan: plan) }
    }

    @Test("each id's label is the first roadmap's of that id, with the id when another roadmap has its title")
    func labelsByID() {
        let shapes: [[(id: String, title: String)]] = [
            [("platform", "Platform roadmap"), ("2026-plan", "Annual plan for 2026")],
            // GOV.UK's three snapshots, all titled "Roadmap".
            [("2019", "Roadmap"), ("2020", "Roadmap"), ("2021", "Roadmap")],
            // One id twice (two files giving the same id), the second sharing a title with a third roadmap.
            [("a", "Roadmap"), ("a", "Other"), ("b", "Other")],
            // Titles equal as text, written apart (a composed and a decomposed é).
            [("x", "Caf\u{E9}"), ("y", "Cafe\u{301}"), ("z", "Cafe")],
            [],
        ]
        for shape in shapes {
            let roadmaps = shape.map { Roadmap(id: $0.id, path: "roadmaps/\($0.id).md", title: $0.title, lanes: [], items: []) }
            let plan = Plan(config: WorkspaceConfig(), objectiveFiles: [], roadmaps: roadmaps, diagnostics: [])
            let labels = SiteContent.roadmapLabels(plan)
            for (id, _) in shape { #expect(labels[id] == Self.reference(id, plan), "\(shape)") }
            #expect(labels.count == Set(shape.map(\.id)).count)
        }
    }
}
