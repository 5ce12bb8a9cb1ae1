import BearingAlign
import BearingModel
import BearingParse
@testable import BearingReport
import Foundation
import Testing

/// The review page's "what changed" from the plan's history: each item before the chosen date against every later
/// revision, with who changed it and when.
@Suite struct PlanChangesHistoryTests {
    static func state(_ id: String, status: Status?, progress: [Double?]) -> PlanHistory.ItemState {
        PlanHistory.ItemState(id: id, kind: .objective, title: "Title of \(id)", quarter: "2026-Q4", status: status, progress: nil,
                              keyResults: progress.enumerated().map { .init(text: "KR \($0.offset)", done: false, current: nil, target: nil, progress: $0.element) },
                              links: [])
    }

    @Test("changes after the date, newest first, with authors; what happened before it is the baseline")
    func changesSince() throws {
        let revisions = [
            CommitInfo(commit: "a", author: "Aiko", email: "", date: "2026-09-01T10:00:00+02:00", committed: "2026-09-01T10:00:00+02:00"),
            CommitInfo(commit: "b", author: "Marcus", email: "", date: "2026-10-10T10:00:00Z", committed: "2026-10-10T10:00:00Z"),
            CommitInfo(commit: "c", author: "Priya", email: "", date: "2026-11-02T10:00:00Z", committed: "2026-11-02T10:00:00Z"),
        ]
        let history = PlanHistory(revisions: revisions, changes: [
            .init(revision: 0, item: "kept", state: Self.state("kept", status: .onTrack, progress: [0.2])),
            .init(revision: 0, item: "gone", state: Self.state("gone", status: .onTrack, progress: [])),
            .init(revision: 1, item: "kept", state: Self.state("kept", status: .atRisk, progress: [0.2])),
            .init(revision: 1, item: "gone", state: nil),
            .init(revision: 2, item: "kept", state: Self.state("kept", status: .atRisk, progress: [0.5])),
            .init(revision: 2, item: "new", state: Self.state("new", status: .notStarted, progress: [nil])),
        ])
        let changes = PlanChanges(history: history, since: try #require(DateText.parse("2026-10-01")), label: "the last review")
        #expect(changes.since == "the last review")
        let lines = changes.changes.map { "\($0.kind.rawValue) \($0.item) \($0.from ?? "-") \($0.to ?? "-") \($0.author)" }
        #expect(lines == ["added new - not-started Priya", "progress kept 0.20 0.50 Priya",
                          "dropped gone - - Marcus", "status kept on-track at-risk Marcus"])
        let later = PlanChanges(history: history, since: try #require(DateText.parse("2026-12-01")), label: "x")
        #expect(later.changes.isEmpty)
        // Scored as of 2026-10-31 (a pinned `today:`), Priya's commit of 2026-11-02 has not happened yet.
        let asOf = PlanChanges(history: history, since: try #require(DateText.parse("2026-10-01")),
                               until: try #require(DateText.parse("2026-11-01")), label: "x")
        #expect(asOf.changes.map(\.author) == ["Marcus", "Marcus"])
        // A repository whose first commit comes after the date: that commit is where the story starts, not a list
        // of everything "added".
        let imported = PlanChanges(history: history, since: try #require(DateText.parse("2026-01-01")), label: "x")
        #expect(imported.changes.map { "\($0.kind.rawValue) \($0.item)" }.sorted()
                == ["added new", "dropped gone", "progress kept", "status kept"])
    }

    @Test("a roadmap item moved to a later quarter is a change of its own, with both periods (trial 25b, F5)")
    func moved() throws {
        let revisions = [
            CommitInfo(commit: "a", author: "Aiko", email: "", date: "2026-06-01T10:00:00Z", committed: "2026-06-01T10:00:00Z"),
            CommitInfo(commit: "b", author: "Marcus", email: "", date: "2026-10-10T10:00:00Z", committed: "2026-10-10T10:00:00Z"),
        ]
        var item = Self.state("milestones/pricing", status: .onTrack, progress: [])
        item.kind = .roadmapItem
        item.quarter = "2026-Q3"
        var slipped = item
        slipped.quarter = "2026-Q4"
        let history = PlanHistory(revisions: revisions, changes: [
            .init(revision: 0, item: item.id, state: item), .init(revision: 1, item: item.id, state: slipped),
        ])
        let changes = PlanChanges(history: history, since: try #require(DateText.parse("2026-10-01")), label: "x")
        #expect(changes.changes.map { "\($0.kind.rawValue) \($0.from ?? "-") \($0.to ?? "-") \($0.author)" } == ["moved 2026-Q3 2026-Q4 Marcus"])
    }
}
