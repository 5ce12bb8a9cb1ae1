import Testing
@testable import BearingModel
@testable import BearingParse

/// Shapes met by trying Bearing as a new user on a second round of public planning files outside the corpus: a
/// release roadmap whose H3 releases hold feature tables, a headingless roadmap of "Quarter 1 of 2024: **Theme**"
/// labels over numbered lists, a goals page of `| Goal | Key Results | Status | Progress |` tables under a quarter
/// and a "(Draft)" quarter of task items, a milestones table with an `Ends` column and a milestone file that opens
/// with an `| Item | Value |` table. Each snippet is written here in the same shape.
@Suite("New-user shapes, second round")
struct NewUserShapes2Tests {
    func roadmap(_ markdown: String) -> (Roadmap, [Diagnostic]) {
        RoadmapParser().parse(read(markdown, path: "roadmaps/r.md"))
    }

    func objectives(_ markdown: String, path: String = "objectives/goals.md") -> (ObjectivesFile, [Diagnostic]) {
        ObjectivesParser().parse(read(markdown, path: path))
    }

    @Test("a release H3 over a table of features is a group of those features; an additional-information section holds none")
    func releaseTables() {
        let (roadmap, _) = self.roadmap("""
            # Roadmap

            ## Upcoming releases

            ### Clinic app 2.1

            | Feature | Status | Spec |
            | ------- | ------ | ---- |
            | Shared calendars | *In progress* | - |
            | Billing exports | *Not started* | [spec](https://example.org) |

            ### Later

            Not yet slated for a release.

            | Feature | Status | Spec |
            | ------- | ------ | ---- |
            | Mobile app | *Discussion* | - |

            ## Additional information

            ### How the roadmap is kept

            The maintainers review it monthly.

            ### Status

            | Status | Description |
            | --- | --- |
            | In progress | Someone is building it. |
            """)
        #expect(roadmap.items.map(\.title) == ["Shared calendars", "Billing exports", "Mobile app"])
        #expect(roadmap.items.map(\.group) == ["Clinic app 2.1", "Clinic app 2.1", "Later"])
        #expect(roadmap.items.map(\.metadata.status) == [.onTrack, .notStarted, nil])
    }

    @Test("a headingless roadmap of period labels with a theme over numbered lists: one lane, each label a period and group")
    func quarterLabelsWithThemes() {
        let (roadmap, diagnostics) = self.roadmap("""
            # 2026 clinic roadmap

            Everything here may change each quarter.

            Quarter 1 of 2026: **Foundations**

            1. Pick a hosting provider
            2. Write the security policy

            Quarter 2 of 2026: **Pilots**

            1. Run three clinic pilots
            """)
        #expect(roadmap.items.map(\.title) == ["Pick a hosting provider", "Write the security policy", "Run three clinic pilots"])
        #expect(roadmap.items.map(\.period) == ["2026-Q1", "2026-Q1", "2026-Q2"])
        #expect(roadmap.items.map(\.group) == ["Foundations", "Foundations", "Pilots"])
        #expect(!diagnostics.contains { $0.code == .noRoadmapItems })
    }

    @Test("\"Quarter 2 of 2026\", \"second quarter 2026\" name quarters")
    func quarterSpeltOut() {
        #expect(PeriodText.normalize("Quarter 2 of 2026", year: nil) == "2026-Q2")
        #expect(PeriodText.normalize("second quarter", year: 2026) == "2026-Q2")
    }

    @Test("a `| Goal | Key Results | Status | Progress |` table: each row an objective with its key result")
    func goalAndKeyResultTable() {
        let (file, diagnostics) = objectives("""
            ### Q1 2026 Goals

            #### Product Goals

            | Goal | Key Results | Status | Progress |
            |------|-------------|--------|----------|
            | Faster scheduling | Book a visit in three clicks | On Track | 60% |
            | Fewer no-shows | Send reminders by text | Complete | 100% |
            """)
        #expect(file.objectives.map(\.title) == ["Faster scheduling", "Fewer no-shows"])
        #expect(file.objectives.map(\.metadata.team) == ["Product", "Product"])
        #expect(file.objectives.map(\.metadata.status) == [.onTrack, .done])
        #expect(file.objectives.map { $0.keyResults.map(\.text) } == [["Book a visit in three clicks"], ["Send reminders by text"]])
        #expect(file.objectives.map { $0.keyResults.map(\.progress) } == [[0.6], [1]])
        #expect(file.objectives.map { $0.quarter?.description } == ["2026-Q1", "2026-Q1"])
        #expect(!diagnostics.contains { $0.code == .unknownKey })
    }

    @Test("\"Q2 2026 Goals (Draft)\" is a quarter heading, not an objective of the quarter before")
    func draftQuarter() {
        let (file, diagnostics) = objectives("""
            ### Q1 2026 Goals

            #### Reliability
            - [x] A runbook for every alert

            ### Q2 2026 Goals (Draft)

            #### Growth
            - [ ] Launch the referral programme
            """)
        #expect(file.objectives.map(\.title) == ["Reliability", "Growth"])
        #expect(file.objectives.map { $0.quarter?.description } == ["2026-Q1", "2026-Q2"])
        #expect(!diagnostics.contains { $0.code == .periodHeading })
    }

    @Test("a change \"by 20%\" is a target, not 20 % done")
    func changeByPercent() {
        let reading = ProgressReader.read("Cut page load time by 20%", checked: false)
        #expect(reading.progress == nil)
        #expect(reading.unread != nil)
    }

    @Test("an `Ends` column is the item's due date and sets its period")
    func endsColumn() {
        let (roadmap, diagnostics) = self.roadmap("""
            ## Milestones

            | Milestone | Ends | Status |
            |---|---|---|
            | Public beta | Q3 2026 | 🚧 |
            """)
        #expect(roadmap.items.map(\.metadata.due) == ["Q3 2026"])
        #expect(roadmap.items.map(\.period) == ["2026-Q3"])
        #expect(!diagnostics.contains { $0.code == .unknownKey })
    }

    @Test("an `| Item | Value |` table before the first lane is said to be fields, not roadmap items")
    func fieldsTableBeforeLanes() {
        let (roadmap, diagnostics) = self.roadmap("""
            # Milestone 2

            | Item | Value |
            |---|---|
            | Codename | `Sunrise` |
            | Delivery | Q3 2026 |

            ## Goals

            * Ship the public API
            """)
        #expect(roadmap.items.map(\.title) == ["Ship the public API"])
        let unread = diagnostics.filter { $0.code == .unreadRoadmapItems }
        #expect(unread.count == 1)
        #expect(unread.first?.message.contains("fields") == true)
        #expect(unread.first?.location.line == 3)
    }
}

extension NewUserShapes2Tests {
    @Test("a period label that ends a paragraph after a hard line break still labels the list after it")
    func labelAfterLineBreak() {
        let (roadmap, _) = self.roadmap("""
            # 2026 clinic roadmap

            Our plan for the year:\\
            Quarter 1 of 2026: **Foundations**

            1. Pick a hosting provider

            Quarter 2 of 2026: **Pilots**

            1. Run three clinic pilots
            """)
        #expect(roadmap.items.map(\.period) == ["2026-Q1", "2026-Q2"])
        #expect(roadmap.items.map(\.group) == ["Foundations", "Pilots"])
    }

    @Test("\"Under Development\" is in progress; \"Team Contribution Goals\" groups goals of \"Team Contribution\"")
    func underDevelopmentAndTeamGoals() {
        #expect(Status(reading: "Under Development") == .onTrack)
        let (file, _) = objectives("""
            ### Q1 2026 Goals

            #### Team Contribution Goals

            | Goal | Key Results | Status |
            |------|-------------|--------|
            | Knowledge sharing | Two internal talks | On Track |
            """)
        #expect(file.objectives.map(\.metadata.team) == ["Team Contribution"])
    }
}
