import Foundation
import Testing

/// `bearing report --explain` given a priority: its position and title, the work serving it and how each is tied, its
/// progress, and why it is a gap.
@Suite("bearing report --explain a priority")
struct ExplainPriorityTests {
    static func workspace() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("bearing-explain-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("objectives"), withIntermediateDirectories: true)
        try """
            # Strategy 2027

            ## Goals

            ### Goal A: Grow our member base
            Reach more members in rural areas.

            #### A.1 Rural outreach
            #### A.2 Online sign-up

            ### Goal B: Financial sustainability
            Diversify income from grants, donations and corporate partners.
            """.write(to: root.appendingPathComponent("strategy.md"), atomically: true, encoding: .utf8)
        try """
            # Q1 2027

            ## Run roadshows in rural towns
            Priorities: A.1
            Owner: Tom

            - [ ] Visit 12 rural towns, now 3
            """.write(to: root.appendingPathComponent("objectives/2027-Q1.md"), atomically: true, encoding: .utf8)
        return root
    }

    @Test("a priority by its letter: position, title, its parts, the work serving it and how, its progress")
    func servedPriority() throws {
        let root = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try Bearing.run(["report", "--explain", "Goal A", "--workspace", root.path, "--today", "2027-02-15"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("A Grow our member base — priority `grow-our-member-base` (strategy.md:5:1)\n"))
        #expect(run.stdout.contains("  A.1    Rural outreach"))
        #expect(run.stdout.contains("  A.2    Online sign-up                           no work (a gap)"))
        #expect(run.stdout.contains("2027-q1/run-roadshows-in-rural-towns — \"Run roadshows in rural towns\" (objective, 2027-Q1)"))
        #expect(run.stdout.contains("declared 1.00 → A.1, written `A.1` at objectives/2027-Q1.md:4:13"))
        #expect(run.stdout.contains("Progress: 1 item · 100% of linked effort · 2027-Q1: 1 objective, progress 0.25"))
    }

    @Test("a gap says where and why, by title or id alike")
    func gap() throws {
        let root = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        for name in ["Financial sustainability", "financial-sustainability", "B"] {
            let run = try Bearing.run(["report", "--explain", name, "--workspace", root.path, "--today", "2027-02-15"])
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stdout.hasPrefix("B Financial sustainability — priority"))
            #expect(run.stdout.contains("Work serving it: none"))
            #expect(run.stdout.contains("Why it is a gap\n  in the whole plan: no objective or roadmap item declares it"))
            #expect(run.stdout.contains("`Priorities: B`"))
        }
        // An objective's title still explains the objective.
        let item = try Bearing.run(["report", "--explain", "Run roadshows", "--workspace", root.path, "--today", "2027-02-15"])
        #expect(item.stdout.hasPrefix("2027-q1/run-roadshows-in-rural-towns"))
    }
}
