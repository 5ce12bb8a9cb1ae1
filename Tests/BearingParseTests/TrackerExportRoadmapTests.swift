import Foundation
import Testing
@testable import BearingModel
@testable import BearingParse

/// An engineering org's roadmap pasted from its tracker: GitHub Projects' `| Title | Status | Assignees | Iteration |
/// Target date | Labels | Milestone | Epic |`, Jira's `| Issue key | Summary | … | Due date | Epic Link |`, Linear's
/// `| ID | Title | Status | Assignee | Cycle | Project | Priority | Due Date |`. Each row is one item, named by its
/// Title or Summary, with its tracker key as its issue.
@Suite("Roadmaps pasted from a tracker")
struct TrackerExportRoadmapTests {
    func parse(_ markdown: String) -> (Roadmap, [Diagnostic]) {
        RoadmapParser().parse(read(markdown, path: "roadmaps/platform.md"))
    }

    @Test("GitHub Projects: the Title column names the rows beside a Milestone and an Epic; an epic's name is no issue")
    func githubProjects() throws {
        let (roadmap, diagnostics) = parse("""
            # Platform roadmap — H1 2027

            ## Q1 2027

            | Title | Status | Assignees | Iteration | Target date | Labels | Milestone | Epic |
            |---|---|---|---|---|---|---|---|
            | [Migrate CI to GitHub Actions](https://github.com/acme/platform/issues/101) | In Progress | @ada, @lin | Sprint 14 | 2027-02-28 | infra, ci | v3.0 | Developer velocity |
            | Rate limiting on public API #142 | Done | @priya | Sprint 13 | Jan 31, 2027 | api | v2.9 | |
            """)
        #expect(roadmap.items.map(\.title) == ["Migrate CI to GitHub Actions", "Rate limiting on public API"])
        let ci = try #require(roadmap.items.first)
        #expect(ci.metadata.issues == ["https://github.com/acme/platform/issues/101"])
        #expect(ci.metadata.owners.count == 2)
        #expect(ci.metadata.due == "2027-02-28")
        #expect(ci.metadata.custom.contains { $0.key == "Epic" && $0.value == "Developer velocity" })
        #expect(ci.metadata.custom.contains { $0.key == "Milestone" && $0.value == "v3.0" })
        #expect(roadmap.items.last?.metadata.status == .done)
        #expect(!diagnostics.contains { $0.severity == .warning })
    }

    @Test("Linear: the Title column after the ID names the rows, not the Project column; the ID is the issue")
    func linear() throws {
        let (roadmap, _) = parse("""
            # Notifications roadmap 2027

            ## Next

            | ID | Title | Status | Assignee | Cycle | Project | Priority | Due Date | Labels |
            |---|---|---|---|---|---|---|---|---|
            | ENG-4 | SMS reminders | In Progress | priya | Cycle 12 | Notifications | Urgent | 2027-03-01 | Feature |
            | ENG-9 | Email digest | Backlog | — | | Notifications | No priority | | Feature, Improvement |
            """)
        #expect(roadmap.items.map(\.title) == ["SMS reminders", "Email digest"])
        #expect(roadmap.items.map(\.metadata.issues) == [["ENG-4"], ["ENG-9"]])
        #expect(roadmap.items.first?.metadata.custom.contains { $0.key == "Project" && $0.value == "Notifications" } == true)
        #expect(roadmap.items.first?.period == "2027-Q1")
        #expect(roadmap.items.allSatisfy { $0.metadata.priorities.isEmpty })
        #expect(roadmap.items.last?.metadata.custom.contains { $0.key == "Importance" && $0.value == "No priority" } == true)
    }

    @Test("Jira: the issue key is the issue, and a `28/Feb/27` due date is a day in 2027-Q1")
    func jira() throws {
        let (roadmap, diagnostics) = parse("""
            # Payments roadmap 2027

            ## Now

            | Issue key | Summary | Issue Type | Status | Assignee | Priority | Fix Version/s | Due date | Epic Link |
            |---|---|---|---|---|---|---|---|---|
            | [PAY-101](https://acme.atlassian.net/browse/PAY-101) | Move card payments to the new processor | Epic | In Progress | Ada Lovelace | High | 3.0 | 28/Feb/27 | |
            | PAY-114 | Refund API | Story | To Do | Lin Chen | Medium | 3.0 | 15/Mar/2027 | PAY-101 |
            """)
        #expect(roadmap.items.map(\.title) == ["Move card payments to the new processor", "Refund API"])
        #expect(roadmap.items.map(\.metadata.issues) == [["https://acme.atlassian.net/browse/PAY-101"], ["PAY-114"]])
        #expect(roadmap.items.map(\.period) == ["2027-Q1", "2027-Q1"])
        #expect(!diagnostics.contains { $0.code == .invalidValue })
    }

    @Test("a day-first date with a number for its month is not read as Jira's: `03/04/27` stays as written")
    func numericDateIsNotJira() {
        #expect(WrittenDate.find(in: "28/Feb/27") != nil)
        #expect(WrittenDate.find(in: "03/04/27") == nil)
        #expect(WrittenDate.find(in: "release 1/Feb/x") == nil)
    }

    @Test("an Issues field of words only is kept as written, not split into issues; one with a reference is read")
    func issueFieldOfWords() throws {
        let (roadmap, _) = parse("""
            # Roadmap 2027

            ## Now

            - Faster builds
              - Tracking: weekly sync
            - Smaller images
              - Issues: #12, acme/web#88
            """)
        #expect(roadmap.items.first?.metadata.issues == [])
        #expect(roadmap.items.first?.metadata.custom.contains { $0.key == "Tracking" && $0.value == "weekly sync" } == true)
        #expect(roadmap.items.last?.metadata.issues == ["#12", "acme/web#88"])
    }
}
