import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// F2 and F3 of trial 23: roadmap sections and HTML tables that were dropped without a word.
@Suite("Reading: skipped roadmap sections and HTML tables are said (trial 23)")
struct SkippedLanesTrial23Tests {
    @Test("a skipped section holding bullets beside a readable lane is a warning at its heading, naming it, its count and why")
    func focusAreasBesideNow() throws {
        let (roadmap, diagnostics) = RoadmapParser().parse(read("""
            # Roadmap

            ## Focus Areas

            - Security
            - Community

            ## Now

            - Ship the Windows installer
            """, path: "roadmaps/plan.md"))
        #expect(roadmap.items.map(\.title) == ["Ship the Windows installer"])
        let warning = try #require(diagnostics.first { $0.code == .skippedSection })
        #expect(warning.severity == .warning)
        #expect(warning.location.line == 3)
        #expect(warning.message.contains("“Focus Areas”"))
        #expect(warning.message.contains("2 list items"))
        #expect(warning.message.contains("focus areas"))
        #expect(warning.fix?.contains("rename the heading") == true)
    }

    @Test("a file whose only work is skipped says which headings were skipped, not advice to do what it already does")
    func onlySkipped() throws {
        let (roadmap, diagnostics) = RoadmapParser().parse(read("""
            # Roadmap

            ## Focus Areas

            - Security
              - Address vulnerability findings
            - Community

            ## Risks

            ### Funding
            Text.
            """, path: "roadmaps/plan.md"))
        #expect(roadmap.items.isEmpty)
        #expect(diagnostics.filter { $0.code == .skippedSection }.map(\.location.line) == [3])
        let none = try #require(diagnostics.first { $0.code == .noRoadmapItems })
        #expect(none.location.line == 3)
        #expect(none.message.contains("“Focus Areas” (2 list items, taken for a section about the roadmap (“focus areas”))"))
        #expect(none.message.contains("“Risks” (1 H3 section, taken for a section about the roadmap (“risks”))"))
        #expect(none.fix?.contains("put the work under H2 lanes") == false)
    }

    @Test("beside read lanes, an aside that is plainly not work (Risks, Staffing) stays a note without a warning")
    func plainAsides() {
        let (roadmap, diagnostics) = RoadmapParser().parse(read("""
            # Roadmap

            ## Risks

            - Funding may run out

            ## Now

            - Ship it
            """, path: "roadmaps/plan.md"))
        #expect(roadmap.items.map(\.title) == ["Ship it"])
        #expect(diagnostics.isEmpty)
    }

    @Test("a prose-only aside and an ignored heading stay quiet")
    func quietAsides() {
        var config = WorkspaceConfig()
        config.ignoreHeadings = ["Focus Areas"]
        let (_, diagnostics) = RoadmapParser(config: config).parse(read("""
            # Roadmap

            ## Introduction

            We plan in the open.

            ## Focus Areas

            - Security

            ## Now

            - Ship it
            """, path: "roadmaps/plan.md"))
        #expect(!diagnostics.contains { $0.code == .skippedSection })
    }

    @Test("a dated release schedule is a lane: each release is an item due that week")
    func releaseSchedule() {
        let (roadmap, diagnostics) = RoadmapParser().parse(read("""
            # Project Roadmap

            ## 2025 Release Schedule

            Below is the tentative release schedule for 2025.

            - v0.15.0: week of 2025-02-14
              - Kubernetes version: 1.32
            - v0.16.0: week of 2025-05-16
            """, path: "roadmaps/plan.md"))
        #expect(roadmap.items.map(\.title) == ["v0.15.0", "v0.16.0"])
        #expect(roadmap.items.map(\.metadata.due) == ["2025-02-14", "2025-05-16"])
        #expect(!diagnostics.contains { $0.severity == .warning })
    }

    /// A plain grid is read as a table (`HTMLTableBlocksTests`), even with a blank line between its rows; one with a
    /// cell over two columns cannot be.
    @Test("an HTML table in a roadmap is a warning at its line with its rows counted")
    func htmlTableRoadmap() throws {
        let (roadmap, diagnostics) = RoadmapParser().parse(read("""
            # 2025 Roadmap

            <table>
              <tr><th>Lane</th><th colspan="2">Q1 2025</th><th>Q2 2025</th></tr>
              <tr><td>New Features</td><td>✅ Push Notifications</td><td>Merchandise Store</td></tr>

              <tr><td>Operations</td><td>Donations</td><td></td></tr>
            </table>
            """, path: "roadmaps/2025.md"))
        #expect(roadmap.items.isEmpty)
        let warning = try #require(diagnostics.first { $0.message.contains("HTML table") })
        #expect(warning.severity == .warning)
        #expect(warning.location.line == 3)
        #expect(warning.message.contains("3 rows"))
        #expect(warning.fix?.contains("Markdown table") == true)
    }

    @Test("a plain HTML grid with a blank line between its rows is the roadmap's lanes and items, at their lines")
    func htmlGridRoadmap() throws {
        let (roadmap, diagnostics) = RoadmapParser().parse(read("""
            # 2025 Roadmap

            <table>
              <tr><th>Lane</th><th>Q1 2025</th><th>Q2 2025</th></tr>
              <tr><td>New Features</td><td>✅ Push Notifications</td><td>Merchandise Store</td></tr>

              <tr><td>Operations</td><td>Donations</td><td></td></tr>
            </table>
            """, path: "roadmaps/2025.md"))
        #expect(roadmap.items.map(\.title) == ["Push Notifications", "Donations", "Merchandise Store"])
        #expect(roadmap.items.map(\.location.line) == [5, 7, 5])
        #expect(!diagnostics.contains { $0.message.contains("HTML table") })
    }

    @Test("an HTML table in an objectives file is a warning too")
    func htmlTableObjectives() throws {
        let (_, diagnostics) = ObjectivesParser().parse(read("""
            # Q4 2026

            ## Ship the API

            - [ ] Three partners live: 1/3

            <table><tr><td>Grow revenue</td><td>£15k a month</td></tr></table>
            """, path: "objectives/2026-Q4.md"))
        let warning = try #require(diagnostics.first { $0.message.contains("HTML table") })
        #expect(warning.location.line == 7)
        #expect(warning.message.contains("1 row is skipped"))
    }

    @Test("HTML table text: tags out, references read, spans of blank cells kept as cells")
    func tableText() {
        #expect(HTMLTable.rows(in: "<tr><td colspan=\"2\"><strong>✅ v1 LAUNCH</strong> <img src=\"r.png\"></td><td>A &amp; B</td></tr><tr><td></td></tr>")
                == [["✅ v1 LAUNCH", "A & B"]])
        #expect(HTMLTable.rows(in: "<p align=\"center\"><img src=\"x.png\"></p>").isEmpty)
        #expect(HTMLTable.rows(in: "<track><thead>").isEmpty)
    }

}
