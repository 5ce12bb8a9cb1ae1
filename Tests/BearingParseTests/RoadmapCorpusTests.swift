import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// The real roadmap files in ../shared/corpus, read unchanged as `roadmaps/<name>.md`, against the counts their
/// SHAPE.md gives: at least 90 % of the items a reader sees, and none of the legend, contents, summary or schedule
/// entries.
@Suite("Roadmap corpus")
struct RoadmapCorpusTests {
    static let shared = Corpus.root.deletingLastPathComponent()
    static var present: Bool { FileManager.default.fileExists(atPath: shared.appendingPathComponent("astropy").path) }
    static let absent: Comment = "../shared/corpus is not beside the repository; roadmap corpus tests skipped"

    /// A corpus file, what SHAPE.md says a reader sees in it, and titles that must not be items.
    struct Case: CustomTestStringConvertible, Sendable {
        var file: String
        var expected: Int
        var notItems: [String] = []
        var testDescription: String { file }
    }

    static let cases: [Case] = [
        Case(file: "astropy/astropy-project/roadmap/roadmap.md", expected: 30,
             notItems: ["Introduction", "Status Legend", "Group or person leading effort is identified and sufficiently supported",
                        "Item is already defined", "Green", "Fund Raising"]),
        Case(file: "astropy/astropy-project/roadmap/roadmap_2021-11_41f99d1.md", expected: 22,
             notItems: ["Introduction", "Project Board", "Consensus of the community is that the item is a priority"]),
        Case(file: "astropy/astropy-project/roadmap/COMPLETED.md", expected: 13),
        Case(file: "govuk-design-system/govuk-design-system/roadmap/index_2021-09-27_5e0b8e2.md.njk", expected: 19),
        Case(file: "govuk-design-system/govuk-design-system/roadmap/index_2024-10-10_2e6be7d.md", expected: 14,
             notItems: ["We’ve released GOV.UK Frontend v5.7.0", "We’ve also recently", "We're"]),
        Case(file: "govuk-design-system/govuk-design-system/roadmap/index.md", expected: 9),
        // 3 ongoing + 20 recently completed + 10 near-term bullets (and the prose "Others" as one more) + 4 long-term.
        Case(file: "in-toto/community/ROADMAP.md", expected: 37, notItems: ["SBOMit", "PyPI", "AWS KMS"]),
        // 4 ITEs + Keylime + CII badge; not the intro's goal list nor the review schedule.
        Case(file: "in-toto/community/roadmap-reviews/2022/ROADMAP.md", expected: 6,
             notItems: ["End of December 2021", "Months 1-2", "ITE-4: Support abstract artifact resource types (more on this below)",
                        "Release scheduling and roadmap review schedule"]),
        // 3 ITE H3s, 3 + 3 bullets, and the prose themes v1.0, Integrations, Community.
        Case(file: "in-toto/community/roadmap-reviews/2023/ROADMAP.md", expected: 12, notItems: ["End of April 2023", "Roadmap Review Schedule"]),
        // 33 strategic deliverables + 12 timeline bullets; not the focus-area definitions, risks or mitigations.
        Case(file: "napari/docs/roadmaps/active_roadmap.md", expected: 45,
             notItems: ["API (Code interface)", "Scope Creep", "Transparent Roadmap", "is n-dimensional first"]),
        // 13 priority bullets + 5 deferred; not the three priorities restated above their sections.
        Case(file: "napari/docs/roadmaps/0_4.md", expected: 18,
             notItems: ["Make the data viewing and annotation capabilities bug-free, fast, and delightful to use",
                        "Support functional and interactive plugins that enable complete image analysis workflows"]),
        Case(file: "napari/docs/roadmaps/0_3_retrospective.md", expected: 21, notItems: ["Make a downloadable application with reader / writer plugin management"]),
        // 6 accomplished + 7 ranked priorities + 6 backlog; not the P0/P1/P2 definitions.
        Case(file: "opentelemetry/community/roadmap.md", expected: 19, notItems: ["P0", "We must do this within the specified time frame"]),
        // 1 + 2 + 3 deliverables by term + 2 timeline entries; not the use cases, staffing or meetings.
        Case(file: "opentelemetry/community/projects/gen-ai.md", expected: 8, notItems: ["Debugging", "@drewby", "General GenAI topics"]),
        // 9 deliverables + 4 quarters of 2024 + 1 of 2025; not the staffing list.
        Case(file: "opentelemetry/community/projects/completed-projects/ci-cd.md", expected: 14, notItems: ["domain experts", "cicd"]),
        // 4 deliverable steps + 5 + 4 dated deliverables; not the challenges or staffing.
        Case(file: "opentelemetry/community/projects/browser-phase-1.md", expected: 13,
             notItems: ["A lack of compression and gRPC in browsers", "Package size"]),
        // 3 done + 6 by month range.
        Case(file: "todo-group/website/blog/ospo-book-2024-roadmap.md", expected: 9, notItems: ["When"]),
        Case(file: "2i2c/team-compass/organization/plan_2026.md", expected: 13,
             notItems: ["A membership service that doesn't yet cover its fixed costs", "Sales costs", "Revenue"]),
        Case(file: "2i2c/docs/about-strategy-roadmap_2021.md", expected: 8),
    ]

    func roadmap(_ file: String) throws -> (Roadmap, [Diagnostic]) {
        let text = try String(contentsOf: Self.shared.appendingPathComponent(file), encoding: .utf8)
        // Placed as a user would: `.md.njk` renamed to `.md` (Bearing warns about and skips `.md.njk`).
        var name = file.split(separator: "/").suffix(2).joined(separator: "-")
        if name.hasSuffix(".md.njk") { name.removeLast(4) }
        return RoadmapParser().parse(read(text, path: "roadmaps/" + name))
    }

    @Test("real roadmaps give at least 90 % of their items and none of their legends, contents or schedules",
          .enabled(if: present, absent), arguments: cases)
    func counts(_ shape: Case) throws {
        let (roadmap, diagnostics) = try roadmap(shape.file)
        let read = roadmap.items.count
        print("roadmap corpus: \(shape.file): \(read) items read, \(shape.expected) in SHAPE.md")
        #expect(Double(read) >= (Double(shape.expected) * 0.9).rounded(.up), "\(read) of \(shape.expected)")
        #expect(read <= shape.expected + 1, "\(read) items read where SHAPE.md describes \(shape.expected)")
        let titles = roadmap.items.map(\.title)
        for entry in shape.notItems {
            #expect(!titles.contains { $0 == entry || $0.hasPrefix(entry) }, "\"\(entry)\" is not a roadmap item")
        }
        #expect(diagnostics.allSatisfy { $0.severity != .error })
    }

    @Test("astropy: status shortcodes give 9 on-track, 9 at-risk and 12 off-track items, 2021 gives 3, 12 and 7; completed items are done",
          .enabled(if: present, absent))
    func astropyStatuses() throws {
        func counts(_ roadmap: Roadmap) -> [Status: Int] {
            Dictionary(grouping: roadmap.items.compactMap(\.metadata.status), by: { $0 }).mapValues(\.count)
        }
        let current = try roadmap("astropy/astropy-project/roadmap/roadmap.md").0
        #expect(counts(current) == [.onTrack: 9, .atRisk: 9, .offTrack: 12])
        #expect(current.title == "The Astropy Roadmap" && current.lanes.count == 8)
        #expect(current.items.allSatisfy { !$0.title.hasPrefix(":") })
        let old = try roadmap("astropy/astropy-project/roadmap/roadmap_2021-11_41f99d1.md").0
        #expect(counts(old) == [.onTrack: 3, .atRisk: 12, .offTrack: 7])
        let completed = try roadmap("astropy/astropy-project/roadmap/COMPLETED.md").0
        #expect(counts(completed) == [.done: 13])
        #expect(completed.lanes.map(\.title) == ["July 2025", "June 2024", "May 2023", "April 2022"])
    }

    @Test("GOV.UK: shipped items are done, buckets are horizons, future plans carry their loose date", .enabled(if: present, absent))
    func govukBuckets() throws {
        let (roadmap, _) = try roadmap("govuk-design-system/govuk-design-system/roadmap/index_2021-09-27_5e0b8e2.md.njk")
        let byLane = Dictionary(grouping: roadmap.items, by: \.lane).mapValues(\.count)
        #expect(byLane == ["Recently shipped": 7, "Working on now": 5, "Coming up next": 5, "Future plans": 2])
        #expect(roadmap.lanes.allSatisfy { $0.kind == .horizon })
        #expect(roadmap.items.filter { $0.lane == "Recently shipped" }.allSatisfy { $0.metadata.status == .done })
        #expect(roadmap.items.filter { $0.lane == "Future plans" }.map(\.metadata.due) == ["mid 2022", "mid 2022"])
    }

    @Test("in-toto: subprojects are groups inside horizons; OSPO book: teams and month ranges; OpenTelemetry: term periods",
          .enabled(if: present, absent))
    func groupsTeamsAndPeriods() throws {
        let intoto = try roadmap("in-toto/community/ROADMAP.md").0
        #expect(intoto.items.filter { $0.group == "Witness" }.count == 11)
        #expect(intoto.items.filter { $0.lane == "Recently Completed Work" }.allSatisfy { $0.metadata.status == .done })
        let ospo = try roadmap("todo-group/website/blog/ospo-book-2024-roadmap.md").0
        #expect(ospo.items.compactMap(\.metadata.team) == ["DocTeam", "InfraTeam", "ReviewTeam", "DocTeam", "ReviewtTeam", "DocTeam & ReviewtTeam"])
        #expect(Set(ospo.items.compactMap(\.period)) == ["January - March", "March - May", "May - September"])
        let genAI = try roadmap("opentelemetry/community/projects/gen-ai.md").0
        #expect(genAI.items.compactMap(\.period) == ["Immediate term", "Middle term", "Middle term", "Long term", "Long term", "Long term"])
        let otel = try roadmap("opentelemetry/community/roadmap.md").0
        #expect(otel.items.compactMap { $0.metadata.custom.first { $0.key == "Rank" }?.value } == ["P0", "P1", "P1", "P2", "P2", "P2", "P2"])
    }

    @Test("roadmap pages with no items (a blog post, a generated board, an index) say so instead of staying silent",
          .enabled(if: present, absent))
    func noItems() throws {
        for file in ["2i2c/website/blog/2026-public-roadmap.md", "2i2c/roadmap/docs/index.md", "napari/docs/roadmaps/index.md"] {
            let (roadmap, diagnostics) = try roadmap(file)
            #expect(roadmap.items.isEmpty, "\(file)")
            #expect(diagnostics.map(\.code) == [.noRoadmapItems], "\(file)")
        }
        for file in ["in-toto/community/roadmap-reviews/2022/review_1_december_21.md", "in-toto/community/roadmap-reviews/2022/review_3_december_22.md"] {
            let (roadmap, diagnostics) = try roadmap(file)
            print("roadmap corpus: \(file): \(roadmap.items.count) items read (a review; SHAPE.md gives no count)")
            #expect(!roadmap.items.isEmpty && diagnostics.allSatisfy { $0.severity != .error })
        }
    }
}
