import BearingAlign
import BearingBuild
import BearingModel
import BearingSite
import Foundation
import Testing

/// The quarter, report and priority pages are rendered again only when what they read changed. A plan of twelve
/// quarters, so a report's eight-quarter window and its neighbours matter: each edit below rebuilds to the bytes of
/// a full build, and the pages it cannot touch are not rendered.
@Suite struct OverviewKeysTests {
    static let quarters = (2024...2026).flatMap { year in (1...4).map { "\(year)-Q\($0)" } }
    static let themes = [
        ("platform", "Run one reliable hosting platform", "upgrades outages monitoring clusters"),
        ("revenue", "Grow recurring membership revenue", "members renewals pricing invoices"),
        ("open", "Work upstream in open source", "upstream maintainers releases contributions"),
    ]

    static func workspace() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("bearing-overview-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try IncrementalBuildTests.write(root, "bearing.yml", "title: Overview keys\ntoday: 2026-11-20\n")
        var strategy = "# Strategy\n\n## Priorities\n\n"
        for (index, (id, title, words)) in themes.enumerated() { strategy += "\(index + 1). **\(title).** Work on \(words). {#\(id)}\n" }
        try IncrementalBuildTests.write(root, "strategy.md", strategy)
        for (index, quarter) in quarters.enumerated() {
            var text = "---\nquarter: \(quarter)\n---\n\n# Objectives \(quarter)\n\n"
            for (offset, (id, title, words)) in themes.enumerated() where (index + offset) % 3 != 2 {
                text += """
                    ## \(title) in \(quarter)

                    - Owner: Person \(offset)
                    - Status: on-track
                    - Priorities: \(id)

                    This quarter we work on \(words).

                    - [ ] Measure \(offset) from 10 to 50, now 30


                    """
            }
            try IncrementalBuildTests.write(root, "objectives/\(quarter).md", text)
        }
        try IncrementalBuildTests.write(root, "roadmaps/platform.md", """
            # Platform roadmap

            ## Next

            ### Faster upgrades

            - Status: on-track
            - Priorities: platform

            Upgrades without outages.

            """)
        return root
    }

    struct Edit: Sendable {
        var name: String
        var path: String
        var old: String
        var new: String
        /// Pages that must be rendered again, and pages that must not.
        var rendered: [String] = []
        var untouched: [String] = []
    }

    static let edits: [Edit] = [
        Edit(name: "a key result of an early quarter", path: "objectives/2024-Q2.md",
             old: "Measure 0 from 10 to 50, now 30", new: "Measure 0 from 10 to 50, now 45",
             // The report before lists this quarter's objectives as next steps; the reports charting it follow.
             rendered: ["quarters/2024-Q2.html", "reports/2024-Q1.html", "reports/2024-Q2.html", "reports/2026-Q1.html", "priorities/platform.html"],
             untouched: ["quarters/2024-Q1.html", "quarters/2026-Q4.html", "reports/2026-Q2.html", "reports/2026-Q4.html"]),
        Edit(name: "a status in the middle of the plan", path: "objectives/2025-Q3.md",
             old: "- Owner: Person 0\n- Status: on-track", new: "- Owner: Person 0\n- Status: at-risk",
             rendered: ["quarters/2025-Q3.html", "reports/2025-Q3.html"],
             untouched: ["quarters/2025-Q2.html", "reports/2024-Q1.html"]),
        Edit(name: "a declared priority changed", path: "objectives/2026-Q2.md",
             old: "- Owner: Person 1\n- Status: on-track\n- Priorities: revenue", new: "- Owner: Person 1\n- Status: on-track\n- Priorities: open",
             rendered: ["priorities/revenue.html", "priorities/open.html", "reports/2026-Q1.html", "reports/2026-Q2.html", "reports/2026-Q4.html"],
             untouched: ["reports/2024-Q3.html"]),
        Edit(name: "a roadmap item's status", path: "roadmaps/platform.md",
             old: "- Status: on-track", new: "- Status: off-track",
             rendered: ["reports/2024-Q1.html", "reports/2026-Q4.html", "priorities/platform.html"],
             untouched: ["quarters/2025-Q1.html"]),
        Edit(name: "an objective renamed, which the report before lists as a next step", path: "objectives/2024-Q3.md",
             old: "## Grow recurring membership revenue in 2024-Q3", new: "## Grow recurring member revenue in 2024-Q3",
             rendered: ["quarters/2024-Q3.html", "reports/2024-Q2.html", "reports/2024-Q3.html", "priorities/revenue.html"],
             untouched: ["reports/2024-Q1.html", "quarters/2024-Q2.html"]),
        // The latest ended quarter: its scope (hashed once per build for every report charting it) and its grade, which
        // the reports from it on print among the last two ended quarters'.
        Edit(name: "a key result of the last ended quarter", path: "objectives/2026-Q3.md",
             old: "Measure 0 from 10 to 50, now 30", new: "Measure 0 from 10 to 50, now 50",
             rendered: ["quarters/2026-Q3.html", "reports/2026-Q3.html", "reports/2026-Q4.html"],
             untouched: ["reports/2024-Q4.html", "quarters/2026-Q2.html"]),
        Edit(name: "the title of a quarter's file", path: "objectives/2025-Q1.md",
             old: "# Objectives 2025-Q1", new: "# Objectives 2025-Q1\n\nThe first quarter of the year.",
             rendered: ["quarters/2025-Q1.html"],
             untouched: ["reports/2024-Q1.html", "quarters/2024-Q4.html"]),
    ]

    @Test("each edit renders the overview pages it touches, not the others, to a full build's bytes")
    func editsRenderWhatTheyTouch() throws {
        let root = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        var build = IncrementalBuild(root: root.path, today: nil, vectors: try IncrementalBuildTests.vectors.get())
        let first = build.build(changed: nil)
        try IncrementalBuildTests.expectSame(first, root: root, step: "first build")
        let pages = Set((first.files ?? []).map(\.0))
        for edit in Self.edits {
            try IncrementalBuildTests.edit(root, edit.path, edit.old, edit.new)
            let result = build.build(changed: [edit.path])
            try IncrementalBuildTests.expectSame(result, root: root, step: edit.name)
            for page in edit.rendered + edit.untouched { #expect(pages.contains(page), "\(edit.name): no page \(page)") }
            for page in edit.rendered { #expect(result.rendered.contains(page), "\(edit.name): \(page) was not rendered") }
            for page in edit.untouched { #expect(!result.rendered.contains(page), "\(edit.name): \(page) was rendered") }
        }
    }
}
