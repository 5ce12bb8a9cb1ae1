import BearingAlign
import BearingModel
import BearingParse
import Foundation
import GRDB
import Testing
@testable import BearingStore

/// v9 adds the heading an objective is filed under (`Objective.group`) to `objectives`, as `grp`, as roadmap items have
/// it: NULL for the rows a v8 database held and for objectives under no group heading.
@Suite("Objective group column")
struct ObjectiveGroupColumnTests {
    static let files = [
        "strategy.md": "# Strategy\n\n## Priorities\n\n- **Grow revenue**: sell more.\n- **Reliability**: keep the service up.\n",
        "objectives/2026-Q1.md": """
            # Q1 2026

            ## 1. Grow revenue

            ### Objective: Win 20 new customers

            - [ ] Sign 20 customers, 5 so far

            ## 2. Reliable platform

            ### Objective: Cut incidents in half

            - [ ] Incidents from 12 to 6, now 9
            """,
        "objectives/2026-Q2.md": "## Ship the mobile app\n\n- [ ] Release 1.0\n",
    ]

    @Test("a v8 database migrates to v9 with the column, its rows NULL in it")
    func migration() throws {
        let folder = try Example.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let queue = try DatabaseQueue(path: folder.appendingPathComponent("planning.db").path)
        try Schema.migrator.migrate(queue, upTo: "v8")
        try queue.write { db in
            try db.execute(sql: "INSERT INTO objectives (id, title, owners, body, path, line) VALUES ('o', 'O', '', '', 'objectives/2026-Q4.md', 3)")
        }
        try Schema.migrator.migrate(queue, upTo: "v9")
        let columns = try queue.read { db in try String.fetchAll(db, sql: "SELECT name FROM pragma_table_info('objectives')") }
        #expect(columns.last == "grp")
        let row = try queue.read { db in try Row.fetchOne(db, sql: "SELECT grp FROM objectives") }
        #expect(row?["grp"] == DatabaseValue.null)
        #expect(Schema.version >= 9)
    }

    @Test("objectives write the heading they are filed under, NULL when there is none")
    func written() throws {
        let plan = WorkspaceLoader(fileSystem: .memory(Dictionary(uniqueKeysWithValues: Self.files.map { ("/ws/" + $0.key, $0.value) }))).load(root: "/ws")
        let alignment = Aligner(vectors: try TokenVectors.bundled()).align(plan, today: try #require(DateText.parse("2026-11-24")))
        let database = try PlanningDatabase(writer: DatabaseQueue())
        try database.write(plan: plan, alignment: alignment)
        let result = try database.query("SELECT title, grp FROM objectives ORDER BY path, line")
        #expect(result.rows == [["Win 20 new customers", "Grow revenue"], ["Cut incidents in half", "Reliable platform"], ["Ship the mobile app", nil]])
    }
}
