import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// Session 38's review leftovers (review38b), in the shapes its workspaces wrote with made-up content: spans of quarters
/// inside a year, Year columns, alarm clocks, phases closed by their fields, task ranges, and a
/// second strategy file.
@Suite("Leftovers of session 38's reviews (39a)")
struct Leftovers39aTests: TwoPriorityTrial {
    @Test("a span of quarters in one year that is no half ends at its last quarter; Q1–Q4 is the year", arguments: [
        ("Q2 2027 – Q3 2027", "2027-Q3"), ("Q1 2027 through Q3 2027", "2027-Q3"), ("Q2–Q4 2027", "2027-Q4"),
        ("Q2/Q3 2027", "2027-Q3"), ("Q1–Q4 2027", "2027"), ("Q3 2027 – Q4 2027", "2027-H2"),
    ])
    func quarterSpanEndsAtItsLastQuarter(written: String, period: String) {
        #expect(Quarter.find(in: written)?.description == period)
        let plan = load(["roadmaps/plan.md": "# Plan\n\n## \(written)\n\n- Ship the share page\n"])
        #expect(plan.roadmaps.first?.lanes.first?.period == period, "\(plan.roadmaps.first?.lanes.map(\.period) ?? [])")
    }

    @Test("a fiscal Year cell is joined to its Quarter cell, as a calendar year is")
    func fiscalYearColumn() throws {
        let plan = load(["bearing.yml": "fiscal_year_start: 7\n", "roadmaps/releases.md": """
            # Release plan

            | Feature | Year | Quarter | Status |
            |---|---|---|---|
            | Mobile SDK | FY2027 | Q1 | 🚧 |
            | Partner API | FY27 | H2 | ⏰ |
            | Web app | FY2027 | | ⏰ |
            """])
        let items = try #require(plan.roadmaps.first?.items)
        #expect(items.map(\.period) == ["FY2027-Q1", "FY2027-H2", "FY2027"], "\(items.map(\.period)) \(plan.diagnostics)")
        #expect(!plan.codes.contains(.unknownKey), "\(plan.diagnostics)")
    }

    @Test("⏰ in a heading or beside words is no status; alone in a status cell it is work not started")
    func alarmClock() throws {
        let plan = load(["roadmaps/product.md": """
            # Product roadmap

            ## ⏰ Deadlines

            - EU data residency
            - Renew the SMS contract

            ## Releases

            | Item | Status |
            |---|---|
            | Audit logs | ⏰ Overdue |
            | SSO | ⏰ |
            """])
        let statuses = Dictionary(uniqueKeysWithValues: (plan.roadmaps.first?.items ?? []).map { ($0.title, $0.metadata.status) })
        #expect(statuses.count == 4, "\(statuses)")
        #expect(statuses["EU data residency"] == .some(nil), "\(statuses)")
        #expect(statuses["Renew the SMS contract"] == .some(nil), "\(statuses)")
        #expect(statuses["Audit logs"] == .some(nil), "\(statuses)")
        #expect(statuses["SSO"] == .notStarted)
        #expect(plan.diagnostics.contains { $0.code == .unknownStatus && $0.message.contains("Overdue") }, "\(plan.diagnostics)")
        #expect(Status(reading: "⏰") == .notStarted)
        #expect(Status(reading: "⏰ Scheduled") == .notStarted)
        #expect(Status(reading: "⏰ Overdue") == nil)
    }

    /// A memory bank's progress file with its phases as H2s, each closed by its status and the time it took.
    static let phases = """
        # Launch plan

        ## Phase 1: Foundations
        - [x] **Task 1**: Set up the staging cluster
        - [x] **Task 2**: Wire CI to staging
        - **Status**: Complete
        - **Time**: ~2 weeks

        ## Phase 2: Beta
        - [ ] **Task 3**: Invite 20 design partners
        - [ ] **Task 4**: Collect feedback
          - Depends on: Task 3
        - [ ] **Task 5**: Ship the billing page
          - Depends on: Tasks 3-4
        """

    @Test("a phase lane's closing Status and Time entries are its text, not items; `Tasks 3-4` names both tasks")
    func phaseLaneFields() throws {
        let plan = load(["roadmaps/progress.md": Self.phases])
        let roadmap = try #require(plan.roadmaps.first)
        #expect(roadmap.items.map(\.title) == ["Set up the staging cluster", "Wire CI to staging", "Invite 20 design partners",
                                              "Collect feedback", "Ship the billing page"], "\(roadmap.items.map(\.title))")
        let intro = roadmap.lanes.first?.intro.map(\.plainText).joined(separator: "\n") ?? ""
        #expect(intro.contains("Status: Complete") && intro.contains("Time: ~2 weeks"), "\(intro)")
        #expect(plan.errors.isEmpty, "\(plan.errors)")
        let ids = roadmap.items.map(\.id)
        #expect(roadmap.items.last?.resolved.dependsOn == [ids[2], ids[3]], "\(roadmap.items.last?.resolved.dependsOn ?? [])")
    }

    @Test("`Tasks 1-2` under a phase whose tasks are numbered from 1 again names that phase's tasks")
    func taskRangeInItsPhase() throws {
        let plan = load(["roadmaps/launch.md": """
            # Launch plan

            ## Phase 1: Foundations
            - [x] **Task 1**: Set up the staging cluster
            - [x] **Task 2**: Wire CI to staging

            ## Phase 2: Beta
            - [ ] **Task 1**: Invite 20 design partners
            - [ ] **Task 2**: Collect feedback
            - [ ] **Task 3**: Ship the billing page
              - Depends on: Tasks 1-2
            """])
        let items = try #require(plan.roadmaps.first?.items)
        #expect(plan.errors.isEmpty, "\(plan.errors)")
        #expect(items.last?.resolved.dependsOn == [items[2].id, items[3].id], "\(items.last?.resolved.dependsOn ?? [])")
    }

    @Test("a STRATEGY.md beside the strategy.md that is read is said to be unread")
    func secondStrategyFile() throws {
        let plan = load(["STRATEGY.md": "# Old strategy\n\n## Priorities\n\n- **Growth**\n"])
        let warning = try #require(plan.diagnostics.first { $0.code == .skippedFile })
        #expect(warning.severity == .warning)
        #expect(warning.location.path == "STRATEGY.md")
        #expect(warning.message.contains("strategy.md"), "\(warning.message)")
        // The same bytes under both names (a file system that ignores case opens one file for both): nothing to say.
        let same = load(["STRATEGY.md": strategy])
        #expect(!same.codes.contains(.skippedFile))
    }

    @Test("a card's bold field lines stay lines of their own, every word kept")
    func fieldLinesApart() throws {
        let items = items("""
            # Roadmap

            ## Now

            ### Self-serve checkout
            **Owner**: Dana Lee
            **Risk**: Payment provider contract not signed yet
            **Notes**: Legal must review the EU terms first
            **Scope**:
            - Upgrade from free to team plan
            """)
        let item = try #require(items.first)
        let paragraphs = item.blocks.compactMap { block -> [Inline]? in if case .paragraph(let content) = block.kind { content } else { nil } }
        let fields = try #require(paragraphs.first { $0.plainText.contains("Legal must review the EU terms first") }, "\(item.blocks)")
        #expect(!fields.contains(.softBreak))
        #expect(fields.filter { $0 == .lineBreak }.count == 3, "\(fields)")
        #expect(item.metadata.owners == ["Dana Lee"])
        // A paragraph of prose keeps its soft breaks.
        let prose = self.items("# Roadmap\n\n## Now\n\n### Search\nA faster index\nfor every team.\n").first
        #expect(prose?.blocks.contains { if case .paragraph(let content) = $0.kind { content.contains(.softBreak) } else { false } } == true)
    }

    @Test("a title whose list goes on (', ...') keeps its dots; a closing stop still goes")
    func titleListGoesOn() {
        let items = items("# Roadmap\n\n## Next\n\n- Support more activities, storage backends, ...\n- Offline mode...\n- Ship the importer.\n")
        #expect(items.map(\.title) == ["Support more activities, storage backends, ...", "Offline mode", "Ship the importer"], "\(items.map(\.title))")
    }
}
