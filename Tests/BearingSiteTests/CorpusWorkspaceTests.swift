import Foundation
import Testing
import BearingModel
import BearingParse
import BearingAlign
import BearingReport
@testable import BearingSite

/// Each organization's real planning files in `../shared/corpus`, placed unchanged into a workspace (only moved and
/// renamed), with the `bearing.yml` a user would write, read through the real loader, aligned and rendered.
/// The expected counts are those of the organization's SHAPE.md (2i2c has none: its SOURCES.txt notes).
@Suite("Corpus: every organization's files as a workspace")
struct CorpusWorkspaceTests {
    static let corpus = Site.repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus")
    static let present = FileManager.default.fileExists(atPath: corpus.path)

    /// One placed file: where it comes from in the corpus, where it goes in the workspace, and what SHAPE.md says
    /// a reader finds in it. `ceiling` (default: the expected count) is the most that is not spurious.
    struct Placed: Sendable, CustomStringConvertible {
        var from: String
        var to: String
        var priorities: Int? = nil
        var objectives: Int? = nil
        var keyResults: Int? = nil
        var roadmapItems: Int? = nil
        var ceiling: [String: Int] = [:]
        /// Count sub-priorities too: statements that SHAPE.md counts at two heading levels.
        var withSubPriorities = false
        var description: String { to }
    }

    struct Organization: Sendable, CustomStringConvertible {
        var name: String
        var config: String
        var files: [Placed]
        /// Titles that must not be read as a priority, objective or roadmap item: containers, FAQs, legends, TOCs,
        /// retrospectives, schedules.
        var notItems: [String]
        var description: String { name }
    }

    // The table. Counts cite SHAPE.md of each organization (by its words); "≤ n" ceilings say what else is fair.
    static let organizations: [Organization] = [
        Organization(name: "2i2c", config: "title: 2i2c\n", files: [
            // SOURCES.txt: "current: … (strategic-priorities)= label / 3 priority areas"
            Placed(from: "team-compass/strategy/strategy_2026_HEAD.md", to: "strategy.md", priorities: 3),
            // SOURCES.txt: "real quarterly objectives Q1 2025 (7 H2 objectives)", Q2 (5), Q3 (4 + co-funding candidates)
            Placed(from: "website/blog/2025-q1-product-goals.md", to: "objectives/2025-Q1.md", objectives: 7),
            Placed(from: "website/blog/2025-q2-product-goals.md", to: "objectives/2025-Q2.md", objectives: 5),
            Placed(from: "website/blog/2025-q3-goals.md", to: "objectives/2025-Q3.md", objectives: 4),
            Placed(from: "team-compass/organization/plan_2026.md", to: "roadmaps/plan-2026.md"),
        ], notItems: ["Another update coming in Q2", "Another update coming in Q3", "Another update coming in Q4"]),
        Organization(name: "astropy", config: "title: Astropy\n", files: [
            // "8 category H2s … 30 items"; "6 category H2s with 22 items"; "13 plain bullets"
            Placed(from: "astropy-project/roadmap/roadmap.md", to: "roadmaps/astropy.md", roadmapItems: 30),
            Placed(from: "astropy-project/roadmap/roadmap_2021-11_41f99d1.md", to: "roadmaps/astropy-2021.md", roadmapItems: 22),
            Placed(from: "astropy-project/roadmap/COMPLETED.md", to: "roadmaps/completed.md", roadmapItems: 13),
        ], notItems: ["Status Legend", "Green :green_circle:", "Green", "Orange", "Red", "Roadmap 2021 Project Board"]),
        Organization(name: "gitlab", config: "fiscal_year_start: February\n", files: [
            // "3 priorities as H3 with a numeric prefix … each followed by … 3 numbered themes (9 total)"
            Placed(from: "www-gitlab-com/company/strategy/index.html.md", to: "strategy.md", priorities: 3),
            // "3 objectives as unnumbered H3"; "Then ## Retrospective with 23 team H3s"
            Placed(from: "www-gitlab-com/company/okrs/2018-q3/index.html.md", to: "objectives/2018-Q3.md", objectives: 3),
            // "3 objectives … 24 top-level numbered owner objectives with 75 nested team KRs"
            Placed(from: "www-gitlab-com/company/okrs/fy20-q3/index.html.md", to: "objectives/FY20-Q3.md", objectives: 3, keyResults: 75),
            // "3 objectives … ~334 lines contain 'KR:'"
            Placed(from: "www-gitlab-com/company/okrs/fy21-q1/index.html.md", to: "objectives/FY21-Q1.md", objectives: 3, keyResults: 334),
            // "3 objectives … and 10 KRs as 1. **CEO KR:** … (3+4+3)"
            Placed(from: "www-gitlab-com/company/okrs/fy23-q4/index.html.md", to: "objectives/FY23-Q4.md", objectives: 3, keyResults: 10),
            // "3 empty objectives … 0 KRs"
            Placed(from: "www-gitlab-com/company/okrs/fy24-q1/index.html.md", to: "objectives/FY24-Q1.md", objectives: 3, keyResults: 0),
        ], notItems: ["On this page", "Retrospective", "How to Achieve Presentations", "OKRs", "Good", "Bad", "Try", "VPE", "Frontend"]),
        Organization(name: "govuk-design-system", config: "priorities_heading: Priority levels\n", files: [
            // "### Priority levels 6 numbered levels"
            Placed(from: "govuk-design-system/accessibility-strategy/index.md", to: "strategy.md", priorities: 6),
            // "Only 3 H2s …: Recently shipped is prose only, Working on now 3 bullets, Future plans 6 bullets"
            Placed(from: "govuk-design-system/roadmap/index.md", to: "roadmaps/roadmap.md", roadmapItems: 9),
            // "Recently shipped = 1 prose paragraph + 10 bullets; Working on now 2; Coming up next 1; Future plans 1"
            Placed(from: "govuk-design-system/roadmap/index_2024-10-10_2e6be7d.md", to: "roadmaps/roadmap-2024.md", roadmapItems: 14),
            // "4 H2 buckets with plain bullets: … (= 19 items)" — the .md.njk file renamed to .md
            Placed(from: "govuk-design-system/roadmap/index_2021-09-27_5e0b8e2.md.njk", to: "roadmaps/roadmap-2021.md", roadmapItems: 19),
        ], notItems: ["Principles for increasing accessibility", "Performance measurement", "Activity categories"]),
        Organization(name: "in-toto", config: "priorities_heading: Charter\nignore_headings: [\"Release scheduling*\", \"Roadmap Review Schedule\"]\n", files: [
            // "## Charter (7 bullets, incl. 'Define, track, and publicize progress against yearly goals')"
            Placed(from: "community/CHARTER.md", to: "strategy.md", priorities: 7),
            // "Ongoing Work (3 bullets …), Recently Completed … 20 top-level bullets, Near and Mid-term … 10 bullets + 1 prose
            // paragraph, Long-term 4": the prose-only `### Others` subproject is one more item
            Placed(from: "community/ROADMAP.md", to: "roadmaps/roadmap.md", roadmapItems: 37, ceiling: ["roadmapItems": 38]),
            // "= 6 roadmap items"
            Placed(from: "community/roadmap-reviews/2022/ROADMAP.md", to: "roadmaps/2022.md", roadmapItems: 6),
            // "6 H2 themes (in-toto v1.0, ITEs with 3 H3, … Attestations 3 bullets, Implementations 3 bullets, …)"
            Placed(from: "community/roadmap-reviews/2023/ROADMAP.md", to: "roadmaps/2023.md", roadmapItems: 6, ceiling: ["roadmapItems": 13]),
        ], notItems: ["Release scheduling and roadmap review schedule", "Roadmap Review Schedule", "Mission"]),
        Organization(name: "napari", config: "priorities_heading: Our mission\n", files: [
            // "## Our mission … ('We hope to accomplish this by:' + 6 bullets)"
            Placed(from: "docs/community/mission_and_values.md", to: "strategy.md", priorities: 6),
            // "33 top-level deliverables" (+ the 2025 timeline's 12 bullets as a fair ceiling)
            Placed(from: "docs/roadmaps/active_roadmap.md", to: "roadmaps/active.md", roadmapItems: 33, ceiling: ["roadmapItems": 45]),
            // "10 under priority 1, 0 under priority 2 (prose only), 3 under priority 3 = 13" (+ 5 deferred)
            Placed(from: "docs/roadmaps/0_4.md", to: "roadmaps/0-4.md", roadmapItems: 13, ceiling: ["roadmapItems": 18]),
        ], notItems: ["Project vision and foundation", "Roadmap strategy"]),
        Organization(name: "openssf", config: "title: OpenSSF\n", files: [
            // "5 vision statements: 1 as H2 + 4 as H3"; the H2's own bullets are its sub-priorities by the contract
            Placed(from: "tac/technical-vision.md", to: "strategy.md", priorities: 5, ceiling: ["priorities": 9], withSubPriorities: true),
            // "objectives are bold rows … (4: O1–O4) and KRs are rows … (11 KRs: 4+3+1+3)"
            Placed(from: "tac/TI-reports/2024/2024-Q4-Alpha-Omega.md", to: "objectives/2024/2024-Q4-Alpha-Omega.md", objectives: 4, keyResults: 11),
            // "(4 objectives). 16 KRs"
            Placed(from: "tac/TI-reports/2025/2025-Q3-Alpha-Omega.md", to: "objectives/2025/2025-Q3-Alpha-Omega.md", objectives: 4, keyResults: 16),
            // "under ## **Activity** 9 activities as bold H3"
            Placed(from: "tac/TI-reports/2025/2025-Q3-BEST-WG.md", to: "objectives/2025/2025-Q3-BEST-WG.md", objectives: 9),
            // "3 activities ### Activity #1: <title>" (its "## External Coordination & Ecosystem Alignment" section reads as a fourth)
            Placed(from: "tac/TI-reports/2025/2025-Q4-VD-WG.md", to: "objectives/2025/2025-Q4-VD-WG.md", objectives: 3, ceiling: ["objectives": 4]),
        ], notItems: ["Overview", "Activity", "Activities Summary", "Purpose", "Up Next", "Status Update", "Sub-groups",
                      "Questions/Issues for the TAC", "Decisions Made This Quarter (Optional)", "Appendix"]),
        Organization(name: "opentelemetry", config: "priorities_heading: Vision\n", files: [
            // "## Vision with 5 H3 opportunities"
            Placed(from: "community/mission-vision-values.md", to: "strategy.md", priorities: 5),
            // "What We've Accomplished (6 bullets)" as done items, "7 priorities as H3 with a priority prefix",
            // "Backlog: 6 unprioritised bullets" = 19
            Placed(from: "community/roadmap.md", to: "roadmaps/roadmap.md", roadmapItems: 19),
            // "Immediate term: (1), Middle term: (2), Long term: (3)" (+ 2 timeline bullets)
            Placed(from: "community/projects/gen-ai.md", to: "roadmaps/gen-ai.md", roadmapItems: 6, ceiling: ["roadmapItems": 10]),
            // "### Step 1 Deliverables (5 items) and ### Step 2 Deliverables (4 items)"
            Placed(from: "community/projects/browser-phase-1.md", to: "roadmaps/browser-phase-1.md", roadmapItems: 9, ceiling: ["roadmapItems": 13]),
        ], notItems: ["What We've Accomplished", "Major Priorities", "Backlog", "Engineering values", "Community values"]),
        Organization(name: "todo-group", config: "title: TODO Group\n", files: [
            // "3 goals as H3 with IDs ### G1 -- …"
            Placed(from: "website/blog/todogroup-strategic-goals-2026.md", to: "strategy.md", priorities: 3),
            // "### 2025 Strategic Goals: with the 4 goals as a numbered bold list"
            Placed(from: "website/blog/sc-q1-report.md", to: "objectives/2025-Q1.md", objectives: 4),
            // "### January - March (3), ### March - May (2), ### May - September (1) = 6 items" and "What has been done?
            // 3 done bullets" as done items = 9
            Placed(from: "website/blog/ospo-book-2024-roadmap.md", to: "roadmaps/ospo-book-2024.md", roadmapItems: 9),
        ], notItems: ["Q1 Progress Highlights", "📊 By the Numbers – Q1 2025", "By the Numbers – Q1 2025", "What's New?", "What has been done?",
                      "January - March", "March - May"]),
    ]

    /// What Bearing read from one placed file.
    struct Read: Equatable {
        var priorities = 0, objectives = 0, keyResults = 0, roadmapItems = 0
    }

    static func load(_ organization: Organization) throws -> Plan {
        var files: [String: Data] = ["/ws/bearing.yml": Data(organization.config.utf8)]
        for placed in organization.files {
            files["/ws/" + placed.to] = try Data(contentsOf: corpus.appendingPathComponent(organization.name).appendingPathComponent(placed.from))
        }
        return WorkspaceLoader(fileSystem: .memory(files)).load(root: "/ws")
    }

    static func read(_ plan: Plan, file: String, withSubPriorities: Bool = false) -> Read {
        var read = Read()
        if plan.strategy?.path == file {
            read.priorities = (withSubPriorities ? plan.strategy?.priorities.count : plan.strategy?.topLevel.count) ?? 0
        }
        let objectives = plan.objectives.filter { $0.location.path == file }
        read.objectives = objectives.count
        read.keyResults = objectives.reduce(0) { $0 + $1.keyResults.count }
        read.roadmapItems = plan.roadmapItems.filter { $0.location.path == file }.count
        return read
    }

    /// At least 90 % of what SHAPE.md counts, and no more than the ceiling.
    static func check(_ name: String, read: Int, expected: Int?, ceiling: Int?, file: String) {
        guard let expected else { return }
        let floor = Int((Double(expected) * 0.9).rounded(.up))
        #expect(read >= floor, "\(file): \(read) \(name) read, SHAPE.md counts \(expected) (at least \(floor))")
        #expect(read <= (ceiling ?? expected), "\(file): \(read) \(name) read, more than \(ceiling ?? expected): spurious ones")
    }

    @Test("reads what SHAPE.md counts, and nothing spurious", .enabled(if: present, "../shared/corpus is absent: corpus tests skipped"),
          arguments: organizations)
    func counts(_ organization: Organization) throws {
        let plan = try Self.load(organization)
        #expect(plan.files.count == organization.files.count, "every placed file is read")
        for placed in organization.files {
            let read = Self.read(plan, file: placed.to, withSubPriorities: placed.withSubPriorities)
            Self.check("priorities", read: read.priorities, expected: placed.priorities, ceiling: placed.ceiling["priorities"], file: placed.to)
            Self.check("objectives", read: read.objectives, expected: placed.objectives, ceiling: placed.ceiling["objectives"], file: placed.to)
            Self.check("key results", read: read.keyResults, expected: placed.keyResults, ceiling: placed.ceiling["keyResults"], file: placed.to)
            Self.check("roadmap items", read: read.roadmapItems, expected: placed.roadmapItems, ceiling: placed.ceiling["roadmapItems"], file: placed.to)
        }
        let titles = Set((plan.strategy?.priorities.map(\.title) ?? []) + plan.objectives.map(\.title))
        let itemTitles = Set(plan.roadmapItems.map(\.title))
        for title in organization.notItems {
            #expect(!titles.contains(title), "\"\(title)\" is not a priority or an objective")
            #expect(!itemTitles.contains(title), "\"\(title)\" is not a roadmap item")
        }
        #expect(!plan.diagnostics.contains { $0.code == .missingStrategy && organization.files.contains { $0.to == "strategy.md" } })
    }

    @Test("aligns and renders a site without a crash, and no link of it leads nowhere", .enabled(if: present, "../shared/corpus is absent: corpus tests skipped"),
          arguments: organizations)
    func alignsAndRenders(_ organization: Organization) throws {
        let plan = try Self.load(organization)
        let alignment = Aligner(vectors: Site.vectors).align(plan, today: Site.today)
        let pages = try SiteBuilder().render(plan: plan, alignment: alignment, options: .init(showProblems: true))
        #expect(pages.contains { $0.0 == "index.html" })
        // Links to the organization's own site ("/handbook/values/", 2i2c's blog's "../../../members/") or to files it did
        // not place are its writers': a relative link kept exactly as written to a folder is left out, one Bearing made is not.
        let written = try organization.files.map {
            String(decoding: try Data(contentsOf: Self.corpus.appendingPathComponent(organization.name).appendingPathComponent($0.from)), as: UTF8.self)
        }.joined(separator: "\n")
        let dead = SiteLinks.dead(in: pages, sources: plan.files).filter { !($0.href.hasSuffix("/") && written.contains("](\($0.href))")) }
        #expect(dead.map(\.description) == [])
    }
}
