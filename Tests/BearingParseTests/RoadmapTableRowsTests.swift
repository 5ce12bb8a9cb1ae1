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

    // MARK: Schedules that restate the roadmap's items

    @Test("a schedule table restating the items of the roadmap fills in their dates and owners, and adds no items")
    func scheduleFillsItems() throws {
        let (roadmap, diagnostics) = parse("""
            # Product roadmap 2027

            ## Now

            - **Online sign-up form** — first version for members
            - **Grant tracker** — spreadsheet replacement

            ## Next

            - **SMS reminders** — texts the day before

            ## Project schedule

            | Item | Start | End | Owner | Status |
            |---|---|---|---|---|
            | Online sign-up form | 2027-01-10 | 2027-03-20 | Priya | In progress |
            | grant tracker | Feb 2027 | Apr 2027 | Tom | |
            | SMS reminders | 2027-04-01 | 2027-06-30 | Priya | Planned |
            """)
        #expect(roadmap.items.map(\.id) == ["product/online-sign-up-form", "product/grant-tracker", "product/sms-reminders"])
        #expect(roadmap.items.map(\.lane) == ["Now", "Now", "Next"])
        #expect(roadmap.items.map(\.metadata.due) == ["2027-03-20", "Apr 2027", "2027-06-30"])
        #expect(roadmap.items.map(\.period) == ["2027-Q1", "Apr 2027", "2027-Q2"])
        #expect(roadmap.items.map(\.metadata.owners) == [["Priya"], ["Tom"], ["Priya"]])
        #expect(roadmap.items.map(\.metadata.status) == [.onTrack, nil, .notStarted])
        #expect(roadmap.items[0].metadata.custom.contains { $0.key == "Start" && $0.value == "2027-01-10" })
        #expect(roadmap.lanes.map(\.title) == ["Now", "Next"])
        #expect(!diagnostics.contains { $0.code == .duplicateID })
    }

    @Test("what an item says itself stands; a row with a title of its own, or one like another, is an item of its own")
    func distinctRowsStayApart() throws {
        let (roadmap, _) = parse("""
            # Product roadmap 2027

            ## Now

            - **Grant tracker** — spreadsheet replacement
              - Due: 2027-02-28
              - Owner: Sam
            - **SMS reminders** — texts the day before

            ## Schedule

            | Item | End | Owner |
            |---|---|---|
            | Grant tracker | Apr 2027 | Tom |
            | Grant tracker v2 | Jun 2027 | Tom |
            | SMS reminders pilot | 2027-05-30 | Priya |
            """)
        #expect(roadmap.items.map(\.title) == ["Grant tracker", "SMS reminders", "Grant tracker v2", "SMS reminders pilot"])
        #expect(roadmap.items[0].metadata.due == "2027-02-28")
        #expect(roadmap.items[0].metadata.owners == ["Sam"])
        #expect(roadmap.items[1].metadata.due == nil)
        #expect(roadmap.lanes.map(\.title) == ["Now", "Schedule"])
    }

    @Test("a title written twice before the table is not guessed at: the row stays an item; a table listing a row twice keeps both")
    func ambiguousRowsStay() throws {
        let (roadmap, _) = parse("""
            # Product roadmap 2027

            ## Web

            - Accessibility audit

            ## Mobile

            - Accessibility audit

            ## Schedule

            | Item | End |
            |---|---|
            | Accessibility audit | 2027-03-31 |
            | Dark mode | 2027-04-30 |
            | Dark mode | 2027-06-30 |
            """)
        #expect(roadmap.items.count == 5)
        #expect(roadmap.items.filter { $0.title == "Accessibility audit" }.map(\.metadata.due) == [nil, nil, "2027-03-31"])
    }

    @Test("a summary table above the H3 items it sums up gives them its cells, and is not a second set of items")
    func summaryTableAboveHeadings() throws {
        let (roadmap, _) = parse("""
            # Platform roadmap 2027

            ## Projects

            | Project | Status | Owner |
            |---|---|---|
            | [Build farm](https://github.com/acme/infra/issues/7) | In progress | Ada |
            | Log search | Planned | Lin |

            ## Now

            ### Build farm

            Replace the ageing build hosts with a cluster.

            ### Log search

            One place to search every service's logs.
            """)
        #expect(roadmap.items.map(\.title) == ["Build farm", "Log search"])
        #expect(roadmap.items.map(\.lane) == ["Now", "Now"])
        #expect(roadmap.items.map(\.metadata.owners) == [["Ada"], ["Lin"]])
        #expect(roadmap.items[0].metadata.issues == ["https://github.com/acme/infra/issues/7"])
        #expect(roadmap.items.map(\.metadata.status) == [.onTrack, .notStarted])
    }
}
