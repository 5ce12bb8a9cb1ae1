import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// A roadmap table's rows as a reader sees them: a row with fields but no title is said, not dropped; a tracker link in
/// the title cell is the item's issue, as in a bullet.
@Suite("Roadmap table rows: untitled rows and tracker links")
struct RoadmapTableRowsTests {
    func parse(_ markdown: String) -> (Roadmap, [Diagnostic]) {
        RoadmapParser().parse(read(markdown, path: "roadmaps/product.md"))
    }

    @Test("a row with an owner and a status but no title is a warning at its line, and no step of the row above")
    func untitledRowWarns() throws {
        let (roadmap, diagnostics) = parse("""
            # Product roadmap 2027

            ## Next

            | Initiative | Owner | Status | Goal |
            |---|---|---|---|
            | **Rural roadshow** | Tom | Planned | A.1 |
            |  | Tom | Planned | A.1 |
            """)
        #expect(roadmap.items.map(\.title) == ["Rural roadshow"])
        #expect(roadmap.items.first?.body.contains("Planned") == false)
        let warning = try #require(diagnostics.first { $0.code == .unreadRoadmapItems })
        #expect(warning.location.line == 8)
        #expect(warning.message.contains("Tom | Planned | A.1"))
    }

    @Test("an untitled first row warns too: there is no row above it to carry on")
    func untitledFirstRow() throws {
        let (roadmap, diagnostics) = parse("""
            # Product roadmap 2027

            ## Next

            | Initiative | Owner | Status |
            |---|---|---|
            |  | Tom | Planned |
            | SMS reminders | Priya | In progress |
            """)
        #expect(roadmap.items.map(\.title) == ["SMS reminders"])
        #expect(diagnostics.filter { $0.code == .unreadRoadmapItems }.map(\.location.line) == [7])
    }

    @Test("an empty title beside a description is more of the row above (merged cells), without a warning; an empty row is nothing")
    func describedRowCarriesOn() throws {
        let (roadmap, diagnostics) = parse("""
            # Harbor roadmap

            ## Themes

            | Theme | Description | Timeline |
            |---|---|---|
            | Harbor for Edge | Optimize data transfer to edge nodes | 2022 H2 |
            |  | Create a lightweight Harbor for the edge | 2022 H2 |
            |  |  |  |
            """)
        #expect(roadmap.items.map(\.title) == ["Harbor for Edge"])
        #expect(roadmap.items.first?.body.contains("lightweight Harbor") == true)
        #expect(!diagnostics.contains { $0.code == .unreadRoadmapItems })
    }

    @Test("a tracker link in the title cell is the item's issue", arguments: [
        "https://linear.app/acme/issue/ENG-4",
        "https://github.com/acme/site/issues/12",
        "https://gitlab.com/acme/site/-/issues/12",
        "https://acme.atlassian.net/browse/ENG-4",
    ])
    func titleLinkIsIssue(address: String) throws {
        let (roadmap, _) = parse("""
            # Product roadmap 2027

            ## Next

            | Initiative | Owner | Status |
            |---|---|---|
            | [SMS reminders](\(address)) | Priya | In progress |
            | [Design notes](https://acme.notion.site/sms-design) | Priya | Planned |
            """)
        #expect(roadmap.items.map(\.title) == ["SMS reminders", "Design notes"])
        #expect(roadmap.items.first?.metadata.issues == [address])
        #expect(roadmap.items.last?.metadata.issues == [])
    }

    @Test("a Linear address is an issue in a bullet too, with or without the issue's slug after its key")
    func linearInBullet() throws {
        let (roadmap, _) = parse("""
            # Product roadmap 2027

            ## Now

            - [SMS reminders](https://linear.app/acme/issue/ENG-4/sms-reminders) — texts the day before
            - Grant tracker ([ENG-7](https://linear.app/acme/issue/ENG-7))
            - [Linear's own roadmap](https://linear.app/acme/project/roadmap) — a project page, not an issue
            """)
        #expect(roadmap.items.map(\.metadata.issues) == [
            ["https://linear.app/acme/issue/ENG-4/sms-reminders"], ["https://linear.app/acme/issue/ENG-7"], [],
        ])
        #expect(roadmap.items.map(\.title) == ["SMS reminders", "Grant tracker", "Linear's own roadmap"])
    }
}
