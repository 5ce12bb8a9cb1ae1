import Foundation
import Testing

/// `bearing new objective --file` appended an H2 after an ADR's "## Consequences" and "## Footnotes", where Bearing
/// then skipped it as an aside: it now writes at the level and place of the file's objectives, and refuses (leaving the
/// file alone) when what it would write is not read as an objective.
@Suite("bearing new objective writes where the file's objectives are")
struct NewObjectivePlacementTests {
    static let adr = """
        # 21. Plan for 2024: Objectives and Key Results

        Date: 2024-01-09

        ## Decision

        ### Objective 1: Users help themselves

        - [ ] Publish a FAQ

        ### Objective 2: Quality

        - [ ] Raise test coverage to 80%

        ## Consequences

        We will review the plan every quarter.

        ## Footnotes

        [^1]: A note.

        """

    @Test("an ADR's objectives are H3s under Decision: the new one is an H3 at the end of Decision, and is read")
    func writesAtTheObjectivesLevel() throws {
        let folder = try InitNewCommandTests.initialized()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = "objectives/0021-plan-for-2024-objectives-and-key-results.md"
        try Data(Self.adr.utf8).write(to: folder.appendingPathComponent(path))
        let run = try Bearing.run(["new", "objective", "--title", "Improve onboarding for new units", "--file", path], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let text = try InitNewCommandTests.text(folder, path)
        let lines = text.components(separatedBy: "\n")
        let at = try #require(lines.firstIndex(of: "### Improve onboarding for new units"))
        #expect(at < lines.firstIndex(of: "## Consequences")!, "\(text)")
        let export = try Bearing.run(["export", "--workspace", folder.path, "--format", "json"])
        #expect(export.stdout.contains("\"title\" : \"Improve onboarding for new units\"") || export.stdout.contains("\"title\":\"Improve onboarding for new units\""),
                "\(export.stdout.prefix(400))")
        let check = try Bearing.run(["check", "--workspace", folder.path])
        #expect(!check.stdout.contains("skipped-section"), "\(check.stdout)")
    }

    @Test("a file whose objectives are a list (a heading would unread them): nothing is written, and the refusal says why")
    func refusesWhatWouldNotBeRead() throws {
        let folder = try InitNewCommandTests.initialized()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = "objectives/list.md"
        // A title naming no goals: its list would no longer be read beside a heading. ("# Q4 2026 goals" over
        // the list keeps it read as goals beside a new heading, so there `new` may write.)
        let before = "# Q4 2026 plan\n\n1. **Ship the API**\n2. **Grow the community**\n"
        try Data(before.utf8).write(to: folder.appendingPathComponent(path))
        let run = try Bearing.run(["new", "objective", "--title", "Faster setup", "--file", path], in: folder)
        #expect(run.status != 0)
        #expect(run.stderr.contains("nothing was written"), "\(run.stderr)")
        #expect(try InitNewCommandTests.text(folder, path) == before)
    }
}
