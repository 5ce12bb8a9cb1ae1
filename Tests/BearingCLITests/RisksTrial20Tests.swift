import Foundation
import Testing

/// The CI summary counted only work marked at risk itself, where the update, review and dashboard count work a key
/// result flags and work behind pace too; and a key result's own owner answers for the work it flags.
@Suite("Risks and new objectives, twentieth trial")
struct RisksTrial20Tests {
    static let files = [
        "strategy.md": "# Strategy\n\n## Priorities\n\n1. **Reliable service.** {#reliability}\n",
        "bearing.yml": "today: 2026-11-15\n",
        "objectives/2026-Q4.md": """
            # 2026-Q4

            ## Make the service dependable

            - Owner: Ada Lovelace
            - Status: on track
            - Priorities: reliability

            - [ ] Pages per week from 12 to 3, now 11 [at risk] — Owner: Grace Hopper

            ## Stop the outages

            - Owner: Ada Lovelace
            - Status: at risk
            - Priorities: reliability

            - [ ] Outages from 4 to 0, now 2
            """,
    ]

    @Test("report --format summary lists the work a key result flags, as the update does")
    func summaryCountsFlaggedWork() throws {
        let root = try CIConveniencesTests.workspace(Self.files)
        defer { try? FileManager.default.removeItem(at: root) }
        let summary = try Bearing.run(["report", "--format", "summary"], in: root).stdout
        let update = try Bearing.run(["report", "--format", "markdown"], in: root).stdout
        #expect(summary.contains("**At risk** (2)"), "\(summary)")
        #expect(summary.contains("Make the service dependable — key result"), "\(summary)")
        #expect(update.contains("Make the service dependable"), "\(update)")
    }

    @Test("the owner of a key result that flags an objective is who the update names")
    func keyResultOwnerAnswers() throws {
        let root = try CIConveniencesTests.workspace(Self.files)
        defer { try? FileManager.default.removeItem(at: root) }
        let update = try Bearing.run(["report", "--format", "markdown"], in: root).stdout
        let line = update.split(separator: "\n").first { $0.contains("Make the service dependable") }.map(String.init) ?? ""
        #expect(line.contains("Grace Hopper"), "\(line)")
        #expect(!line.contains("Ada Lovelace"), "\(line)")
    }

    @Test("new objective refuses a title its file already has")
    func newObjectiveRefusesADuplicate() throws {
        let root = try CIConveniencesTests.workspace(Self.files)
        defer { try? FileManager.default.removeItem(at: root) }
        let before = try String(contentsOf: root.appendingPathComponent("objectives/2026-Q4.md"), encoding: .utf8)
        let run = try Bearing.run(["new", "objective", "--title", "Stop the outages", "--quarter", "2026-Q4"], in: root)
        #expect(run.status != 0)
        #expect(run.stderr.contains("already has the objective"), "\(run.stderr)")
        #expect(try String(contentsOf: root.appendingPathComponent("objectives/2026-Q4.md"), encoding: .utf8) == before)
    }
}
