import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// Roadmaps exported from Notion and Confluence as one table under the page's title: a Name column beside Priority or
/// Goal columns, a strategic-goal column whose cells carry the goal's label ("Goal 2: …"), a Quarter or Timeline
/// column on every row, a first column named for what the rows are (`| Partnership | Status |`), `:check_mark:`
/// shortcodes and `<br>` line breaks in cells. Each snippet is written here in such an export's shape.
@Suite("Notion and Confluence tables")
struct NotionTables17Tests {
    static let strategy = """
        # Strategic Plan

        ## Strategic Goals

        ### Goal 1: Reach more families with preventive care

        - Objective 1.1: Expand mobile clinic visits
        - Objective 1.2: Train community health workers

        ### Goal 2: Make it easier to keep appointments

        - Objective 2.1: Reduce missed appointments
        - Objective 2.2: Offer evening clinic hours

        ### Goal 3: Use data to learn and improve

        We measure what works.
        """

    func priorityID(_ plan: Plan, _ title: String) throws -> String {
        try #require(plan.strategy?.priorities.first { $0.title.hasPrefix(title) }?.id)
    }

    // MARK: 1. Name beside Priority or Goal

    @Test("`| Name | Status | Quarter | Owner | Priority |`: the Name column is the title, High/P1/Must the row's importance")
    func nameBesidePriority() throws {
        let (roadmap, diagnostics) = RoadmapParser().parse(read("""
            # Program roadmap

            | Name | Status | Quarter | Owner | Priority |
            |---|---|---|---|---|
            | SMS reminder pilot | In progress | Q1 2027 | Maria Lopez | High |
            | Mobile clinic van | Blocked | Q1 2027 | Sam Okafor | P1 |
            """, path: "roadmaps/program.md"))
        #expect(roadmap.items.map(\.title) == ["SMS reminder pilot", "Mobile clinic van"])
        #expect(!diagnostics.contains { $0.code == .noRoadmapItems })
        let first = try #require(roadmap.items.first)
        #expect(first.metadata.priorities.isEmpty)
        #expect(first.metadata.custom.contains { $0.key == "Importance" && $0.value == "High" })
        #expect(first.metadata.owners == ["Maria Lopez"])
    }

    @Test("`| Name | Status | Goal |`: a Goal column naming the strategy's goals is a declared link")
    func nameBesideGoal() throws {
        let plan = loadWorkspace([
            "strategy.md": Self.strategy,
            "roadmaps/program.md": """
                # Program roadmap

                | Name | Status | Owner | Goal |
                |---|---|---|---|
                | SMS reminder pilot | In progress | Maria Lopez | Make it easier to keep appointments |
                | Outcomes dashboard | Done | Priya Shah | Use data to learn and improve |
                """,
        ])
        let sms = try #require(plan.roadmapItems.first { $0.title == "SMS reminder pilot" })
        #expect(sms.resolved.priorities == [try priorityID(plan, "Make it easier")])
        #expect(!plan.diagnostics.contains { $0.code == .unresolvedReference })
    }

    @Test("a Goal column beside a key-result column is the measure's figure, not a link (counter-case)")
    func goalBesideMeasureStaysFigure() throws {
        let rows = try #require(PlanTable.items(in: read("""
            | Objective | Key result | Goal |
            |---|---|---|
            | Faster builds | Median build time | 5 min |
            """).blocks[0]))
        #expect(!rows[0].fields.contains { $0.key == "Priorities" })
    }

    // MARK: 2. Strategic goal columns and labelled references

    @Test("a Strategic goal column with 'Goal 2: …', 'Goal 1', '2.2' and titles links each row")
    func strategicGoalColumn() throws {
        let plan = loadWorkspace([
            "strategy.md": Self.strategy,
            "roadmaps/program.md": """
                # Program roadmap

                | Name | Status | Quarter | Owner | Strategic goal |
                |---|---|---|---|---|
                | SMS reminder pilot | In progress | Q1 2027 | Maria Lopez | Goal 2: Make it easier to keep appointments |
                | Mobile clinic van | Blocked | Q2 2027 | Sam Okafor | Goal 1 |
                | Evening clinic staffing | Not started | Q3 2027 | Sam Okafor | 2.2 |
                | Data audit | Not started | Q3 2027 | Priya Shah | Goal 3 — Use data to learn and improve |
                """,
        ])
        let links = Dictionary(uniqueKeysWithValues: plan.roadmapItems.map { ($0.title, $0.resolved.priorities) })
        #expect(links["SMS reminder pilot"] == [try priorityID(plan, "Make it easier")])
        #expect(links["Mobile clinic van"] == [try priorityID(plan, "Reach more families")])
        #expect(links["Data audit"] == [try priorityID(plan, "Use data")])
        #expect(links["Evening clinic staffing"]?.count == 1)
        #expect(!plan.diagnostics.contains { $0.code == .unresolvedReference })
    }

    @Test("Pillar, Strategic pillar and Goal area are priority keys; a bare Goal: line is not")
    func pillarKeys() {
        #expect(MetadataKey(spelling: "Strategic pillar") == .priorities)
        #expect(MetadataKey(spelling: "Pillar") == .priorities)
        #expect(MetadataKey(spelling: "Goal area") == .priorities)
        #expect(MetadataKey(spelling: "Strategic goal") == .priorities)
        #expect(MetadataKey(spelling: "Goal") == nil)
    }

    @Test("a labelled reference resolves by its position, else by the title after the label")
    func labelledReference() {
        let index = ReferenceIndex(kind: "priority", entries: [
            .init(id: "reach", number: "1", title: "Reach more families", location: SourceLocation(path: "s.md", line: 1, column: 1)),
            .init(id: "keep", number: "2", title: "Make it easier to keep appointments", location: SourceLocation(path: "s.md", line: 2, column: 1)),
        ])
        #expect(index.resolve("Goal 2: Make it easier to keep appointments") == .found("keep"))
        #expect(index.resolve("Priority 1 — Reach more families") == .found("reach"))
        #expect(index.resolve("Pillar 9: Reach more families") == .found("reach"))
        // Not a label: a version number before a colon is part of the words.
        if case .found = index.resolve("Version 2: something else") { Issue.record("a version is not a position") }
    }

    // MARK: 3. Quarter and Timeline columns as lanes

    @Test("one table under the page's title, every row with a Quarter: a lane per quarter, in order")
    func quarterColumnLanes() {
        let (roadmap, _) = RoadmapParser().parse(read("""
            # Program roadmap

            Exported from Notion.

            | Name | Status | Quarter |
            |---|---|---|
            | Data audit | Not started | Q3 2027 |
            | SMS reminder pilot | In progress | Q1 2027 |
            | Rideshare vouchers | Not started | Q1 2027 |
            """, path: "roadmaps/program.md"))
        #expect(roadmap.lanes.map(\.title) == ["2027-Q1", "2027-Q3"])
        #expect(roadmap.lanes.map(\.kind) == [.period, .period])
        #expect(roadmap.items.filter { $0.lane == "2027-Q1" }.map(\.title) == ["SMS reminder pilot", "Rideshare vouchers"])
    }

    @Test("a row without a period keeps the page's one lane (counter-case)")
    func missingPeriodKeepsPageLane() {
        let (roadmap, _) = RoadmapParser().parse(read("""
            # Program roadmap

            | Name | Status | Quarter |
            |---|---|---|
            | Data audit | Not started | Q3 2027 |
            | SMS reminder pilot | In progress | |
            """, path: "roadmaps/program.md"))
        #expect(roadmap.lanes.map(\.title) == ["Program roadmap"])
    }

    @Test("a Timeline column is the period; a multi-quarter cell keeps the first quarter and says so")
    func timelineAndSpan() throws {
        let (roadmap, diagnostics) = RoadmapParser().parse(read("""
            # Plan 2027

            | Project | Status | Timeline |
            |---|---|---|
            | SMS reminder pilot | In progress | Q1 2027, Q2 2027 |
            | Data audit | Not started | Q3 2027 |
            """, path: "roadmaps/plan.md"))
        let sms = try #require(roadmap.items.first { $0.title == "SMS reminder pilot" })
        #expect(sms.period == "2027-Q1")
        #expect(roadmap.items.first { $0.title == "Data audit" }?.period == "2027-Q3")
        // A page titled with its year is still one lane of the page: the rows' quarters are the lanes.
        #expect(roadmap.lanes.map(\.title) == ["2027-Q1", "2027-Q3"])
        let span = try #require(diagnostics.first { $0.code == .periodSpan })
        #expect(span.message.contains("2027-Q2"))
        #expect(span.location.line == 5)
    }

    // MARK: 4. Confluence: a first column of words, shortcodes, <br>

    @Test("`| Partnership | Status | Timeline | Notes |`: the first column is the title; `:check_mark: Done` is done")
    func confluenceFirstColumn() throws {
        let (roadmap, diagnostics) = RoadmapParser().parse(read("""
            # Partnerships plan 2027

            | Partnership | Status | Timeline | Notes |
            |---|---|---|---|
            | School district MOU | :check_mark: Done | Q1 2027 | Signed in January<br>Covers 12 schools |
            | Transit bus passes | :hourglass: In progress | Q2 2027 | Pilot with 2 routes |
            | Food bank network | :sparkles: Not started | Q3 2027 | |
            """, path: "roadmaps/partnerships.md"))
        #expect(roadmap.items.map(\.title) == ["School district MOU", "Transit bus passes", "Food bank network"])
        #expect(roadmap.items.map(\.metadata.status) == [.done, .onTrack, .notStarted])
        #expect(!diagnostics.contains { $0.code == .unknownStatus })
        let mou = try #require(roadmap.items.first)
        #expect(mou.body.contains("Signed in January Covers 12 schools") || mou.body.contains("Signed in January\nCovers 12 schools"))
        #expect(!mou.body.contains("JanuaryCovers"))
    }

    @Test("a risk register or a legend beside a Status column stays a table (counter-case)")
    func riskRegisterIsNotItems() {
        let risk = read("""
            | Risk | Status | Owner |
            |---|---|---|
            | Funding gap | Open | Dana |
            """)
        #expect(PlanTable.items(in: risk.blocks[0]) == nil)
        let legend = read("""
            | Symbol | Status |
            |---|---|
            | 🟢 | On track |
            """)
        #expect(PlanTable.items(in: legend.blocks[0]) == nil)
    }

    @Test("`<br>` in a cell is a line break: the cell's text has a space, not glued words")
    func breakInCell() {
        let document = read("""
            | A | B |
            |---|---|
            | one<br>two | three<br/>four |
            """)
        guard case .table(_, let rows, _) = document.blocks[0].kind else { Issue.record("no table"); return }
        #expect(rows[0][0].text == "one two")
        #expect(rows[0][0].content.contains(.lineBreak))
    }

    @Test("Status reads `:check_mark:`, `:cross_mark:` and a known word after an unknown shortcode")
    func shortcodes() {
        #expect(Status(reading: ":check_mark: Done") == .done)
        #expect(Status(reading: ":check_mark:") == .done)
        #expect(Status(reading: ":cross_mark:") == .dropped)
        #expect(Status(reading: ":rocket: In progress") == .onTrack)
        #expect(Status(reading: ":white_check_mark:") == .done)
    }
}
