import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// What leads a roadmap bullet before its words: a bold label that says when, how it stands, how it ranks or who does it
/// (`- **Q1:** Move the helpdesk…`, `- **Done:** …`, `- **P1:** …`), and a date set off by a dash or colon
/// (`- 2027-03 — Publish the annual report`). A bold lead that names the work stays its title.
@Suite("Roadmap bullets: labels and dates before the words")
struct RoadmapBulletLeadsTests {
    func items(_ bullets: String, lane: String = "## Now (Q1 2027)") -> [RoadmapItem] {
        RoadmapParser().parse(read("# Product roadmap 2027\n\n\(lane)\n\n\(bullets)\n", path: "roadmaps/product.md")).0.items
    }

    // MARK: Bold labels

    @Test("a bold period label is when the item is due, and the words after it its title",
          arguments: [
              ("- **Q1:** Move the helpdesk to the new inbox", "Q1", "2027-Q1"),
              ("- **Q1**: Move the helpdesk to the new inbox", "Q1", "2027-Q1"),
              ("- **H2 2027:** Move the helpdesk to the new inbox", "H2 2027", "2027-H2"),
              ("- **Jan–Mar:** Move the helpdesk to the new inbox", "Jan–Mar", nil),
              ("- **March:** Move the helpdesk to the new inbox", "March", nil),
              ("- **2027-03-15** — Move the helpdesk to the new inbox", "2027-03-15", "2027-Q1"),
              ("- **End of Q2:** Move the helpdesk to the new inbox", "End of Q2", "2027-Q2"),
          ] as [(String, String, String?)])
    func periodLabel(line: String, due: String, period: String?) throws {
        let item = try #require(items(line).first)
        #expect(item.title == "Move the helpdesk to the new inbox")
        #expect(item.metadata.due == due)
        if let period { #expect(item.period == period) }
        #expect(item.id == "product/move-the-helpdesk-to-the-new-inbox")
    }

    @Test("a bold lead that names the work stays the title, with or without a colon",
          arguments: [
              ("- ✅ **Volunteer course v2**: rewrite modules 1–3", "Volunteer course v2"),
              ("- **Search:** Q3 2027", "Search"),
              ("- **Marketing push Q3:** new landing pages", "Marketing push Q3"),
              ("- **Platform 2027**: a new build farm", "Platform 2027"),
              ("- **Note:** the dates are estimates", "Note"),
              ("- **Q1**", "Q1"),
          ])
    func namingBoldStays(line: String, title: String) throws {
        let item = try #require(items(line).first)
        #expect(item.title == title)
    }

    @Test("a status label is the item's status", arguments: [
        ("- **Done:** Move the helpdesk to the new inbox", Status.done),
        ("- **Blocked:** Move the helpdesk to the new inbox", Status.offTrack),
        ("- **In progress** — Move the helpdesk to the new inbox", Status.onTrack),
        ("- [ ] **At risk:** Move the helpdesk to the new inbox", Status.atRisk),
    ])
    func statusLabel(line: String, status: Status) throws {
        let item = try #require(items(line).first)
        #expect(item.title == "Move the helpdesk to the new inbox")
        #expect(item.metadata.status == status)
    }

    @Test("a rank label is kept as Rank, as a ranked heading's; a priority word as Priority; a team as the team")
    func rankImportanceTeam() throws {
        let found = items("""
            - **P1:** Move the helpdesk to the new inbox
            - **High priority:** Publish the annual report
            - **Platform team:** Replace the build farm
            """)
        #expect(found.map(\.title) == ["Move the helpdesk to the new inbox", "Publish the annual report", "Replace the build farm"])
        #expect(found[0].metadata.custom.contains { $0.key == "Rank" && $0.value == "P1" })
        #expect(found[1].metadata.custom.contains { $0.key == "Priority" && $0.value == "High priority" })
        #expect(found[2].metadata.team == "Platform team")
        #expect(found.allSatisfy { $0.metadata.priorities.isEmpty })
    }

    @Test("a label's words keep what a bullet's words say: a tracker link, a dash and its description, a due field")
    func labelledWordsReadAsABullet() throws {
        let found = items("""
            - **Q2:** [SMS reminders](https://github.com/acme/site/issues/4) — texts the day before
            - **Q3:** Grant tracker - spreadsheet replacement - Due: 2027-08-20
            """)
        #expect(found.map(\.title) == ["SMS reminders", "Grant tracker"])
        #expect(found[0].metadata.issues == ["https://github.com/acme/site/issues/4"])
        #expect(found[0].metadata.due == "Q2")
        #expect(found[1].metadata.due == "2027-08-20")
    }

    // MARK: Leading dates

    @Test("a leading date or period set off by a dash or colon is the due date, not the title's start",
          arguments: [
              ("- 2027-03 — Publish the annual report", "2027-03"),
              ("- 2027-03-15: Publish the annual report", "2027-03-15"),
              ("- Mar 2027 – Publish the annual report", "Mar 2027"),
              ("- 15 March: Publish the annual report", "15 March"),
              ("- March 15, 2027 - Publish the annual report", "March 15, 2027"),
              ("- Q3 2027: Publish the annual report", "Q3 2027"),
              ("- Jan – Mar 2027 — Publish the annual report", "Jan – Mar 2027"),
              ("- [ ] 2027-03 — Publish the annual report", "2027-03"),
          ])
    func leadingDate(line: String, due: String) throws {
        let item = try #require(items(line).first)
        #expect(item.title == "Publish the annual report")
        #expect(item.metadata.due == due)
    }

    @Test("an ISO month is in its quarter, as a day is")
    func isoMonthPeriod() throws {
        let item = try #require(items("- 2027-05 — Publish the annual report").first)
        #expect(item.period == "2027-Q2")
    }

    @Test("words that only start with a number or a month are the title", arguments: [
        "- 2FA for every admin account",
        "- 3D map of the warehouse - first draft",
        "- May the new inbox replace email: a trial",
        "- Marketing site: new landing pages",
        "- 2027 budget — draft for the board",
        "- 10 new volunteers: recruit in the spring",
    ])
    func notADate(line: String) throws {
        let item = try #require(items(line).first)
        #expect(item.metadata.due == nil)
        #expect(item.title.hasPrefix(String(line.dropFirst(2).prefix(4))))
    }
}
