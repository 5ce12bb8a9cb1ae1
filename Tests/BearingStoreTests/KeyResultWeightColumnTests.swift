import BearingAlign
import BearingModel
import BearingParse
import Foundation
import GRDB
import Testing
@testable import BearingStore

/// v8 adds a key result's weight to `key_results`, as written ("40%", "2"): NULL for the rows a v7 database held and
/// for key results given none.
@Suite("Key result weight column")
struct KeyResultWeightColumnTests {
    @Test("a v7 database migrates to v8 with the column, its rows NULL in it")
    func migration() throws {
        let folder = try Example.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let queue = try DatabaseQueue(path: folder.appendingPathComponent("planning.db").path)
        try Schema.migrator.migrate(queue, upTo: "v7")
        try queue.write { db in
            try db.execute(sql: "INSERT INTO objectives (id, title, owners, body, path, line) VALUES ('o', 'O', '', '', 'objectives/2026-Q4.md', 3)")
            try db.execute(sql: "INSERT INTO key_results (objective, text, done, source, line) VALUES ('o', 'Uptime', 0, 'unknown', 5)")
        }
        try Schema.migrator.migrate(queue, upTo: "v8")
        let columns = try queue.read { db in try String.fetchAll(db, sql: "SELECT name FROM pragma_table_info('key_results')") }
        #expect(columns.last == "weight")
        let row = try queue.read { db in try Row.fetchOne(db, sql: "SELECT weight FROM key_results") }
        #expect(row?["weight"] == DatabaseValue.null)
        #expect(Schema.version >= 8)
    }

    @Test("a plan's key results write their weight as written, NULL when they have none")
    func written() throws {
        let files = [
            "strategy.md": "# Strategy\n\n## Priorities\n\n- **Reliability**: keep the service up.\n",
            "objectives/2026-Q4.md": """
                # Q4 2026

                ## Make the service reliable

                | Key result | Weight | Target | Current |
                |---|---|---|---|
                | Uptime 99.9% | 60% | 99.9% | 99.7% |
                | Pages a week | 40% | 5 | 8 |

                ## Grow

                - KR1: Members from 10 to 20, now 15 (weight 2)
                - KR2: Renewals 4/8
                """,
        ]
        let plan = WorkspaceLoader(fileSystem: .memory(Dictionary(uniqueKeysWithValues: files.map { ("/ws/" + $0.key, $0.value) }))).load(root: "/ws")
        let alignment = Aligner(vectors: try TokenVectors.bundled()).align(plan, today: try #require(DateText.parse("2026-11-24")))
        let database = try PlanningDatabase(writer: DatabaseQueue())
        try database.write(plan: plan, alignment: alignment)
        let result = try database.query("SELECT text, weight FROM key_results ORDER BY line")
        #expect(result.rows == [["Uptime 99.9%", "60%"], ["Pages a week", "40%"], ["Members from 10 to 20, now 15", "2"], ["Renewals 4/8", nil]])
    }
}
