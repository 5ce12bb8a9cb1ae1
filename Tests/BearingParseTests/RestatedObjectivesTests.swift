import Testing
@testable import BearingModel
@testable import BearingParse

/// A file that lists the year's goals by title only — a progress report, a summary page — beside the file that sets
/// them out mentions those objectives; it does not add second ones whose duplicate ids stop the build (TODO Group's
/// Steering Committee Q1 report restates the four 2025 goals of its governance file).
@Suite struct RestatedObjectivesTests {
    static let goals = """
        # 📌 2025

        ## ➡️ Develop Shared Goals with Partner Communities

        Related issues https://github.com/todogroup/governance/milestone/16

        ## ➡️ TODO Repo Maintenance and Clean-Up

        Related issues https://github.com/todogroup/governance/milestone/19

        """
    static let report = """
        ---
        title: "Steering Committee Q1 2025 Report"
        date: 2025-04-15
        ---

        This is the Q1 2025 review provided by the TODO Steering Committee, sharing the progress made on the approved strategic goals for the year.

        ### 2025 Strategic Goals:

        1. **Develop Shared Goals with Partner Communities**
        2. **TODO Repo Maintenance and Clean-Up**

        """

    @Test("a goal listed by title only where another file sets it out is a mention of it, with a note")
    func reportRestatesGoals() throws {
        let plan = loadWorkspace(["strategy.md": minimalStrategy, "objectives/goals.md": Self.goals, "objectives/sc-q1-report.md": Self.report])
        #expect(plan.errors.isEmpty, "\(plan.errors)")
        let titles = plan.objectives.map(\.title)
        #expect(titles.filter { $0 == "Develop Shared Goals with Partner Communities" }.count == 1, "\(titles)")
        #expect(titles.filter { $0 == "TODO Repo Maintenance and Clean-Up" }.count == 1, "\(titles)")
        let kept = try #require(plan.objectives.first { $0.title == "Develop Shared Goals with Partner Communities" })
        #expect(kept.location.path == "objectives/goals.md")
        let notes = plan.diagnostics.filter { $0.code == .restatedObjective }
        #expect(notes.count == 2 && notes.allSatisfy { $0.severity == .note && $0.location.path == "objectives/sc-q1-report.md" })
        #expect(notes.first?.message.contains("objectives/goals.md:3") == true, "\(notes)")
    }

    @Test("two objectives of one id that both say something, or ids someone wrote, are still duplicates")
    func realDuplicatesStayErrors() {
        let twice = "# 2025\n\n## Develop Shared Goals with Partner Communities\n\nRelated issues: milestone 16.\n"
        let both = loadWorkspace(["strategy.md": minimalStrategy, "objectives/a.md": twice, "objectives/b.md": twice])
        #expect(both.errors.map(\.code) == [.duplicateID])
        let written = "# 2025\n\n1. **Develop Shared Goals** {#shared-goals}\n"
        let explicit = loadWorkspace(["strategy.md": minimalStrategy, "objectives/a.md": twice.replacingOccurrences(of: "Communities\n", with: "Communities {#shared-goals}\n"),
                                      "objectives/b.md": written])
        #expect(explicit.errors.map(\.code) == [.duplicateID])
        // Two bare lists of the same titles: neither says more, so which one is the objective is not for Bearing to guess.
        let bare = "# 2025\n\n1. **Develop Shared Goals with Partner Communities**\n2. **Grow the membership**\n"
        let lists = loadWorkspace(["strategy.md": minimalStrategy, "objectives/a.md": bare, "objectives/b.md": bare])
        #expect(lists.diagnostics.contains { $0.code == .duplicateID })
        #expect(!lists.diagnostics.contains { $0.code == .restatedObjective })
        // An empty second heading in the same file is a slip to point out, not a mention.
        let slip = loadWorkspace(["strategy.md": minimalStrategy, "objectives/2025.md": twice + "\n## Develop Shared Goals with Partner Communities\n"])
        #expect(slip.errors.map(\.code) == [.duplicateID])
    }
}
