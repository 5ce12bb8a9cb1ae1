import BearingAlign
import BearingModel
import BearingParse
import Foundation
import GRDB
import Testing
@testable import BearingStore

/// v7 adds a key result's own owners and status to `key_results`: NULL for the rows a v6 database already held and for
/// key results that name neither, the names (", "-separated) and the status word for those that do.
@Suite("Key result owner and status columns")
struct KeyResultOwnerColumnsTests {
    @Test("a v6 database migrates to v7 with the two columns, its rows NULL in them")
    func migration() throws {
        let folder = try Example.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let queue = try DatabaseQueue(path: folder.appendingPathComponent("planning.db").path)
        try Schema.migrator.migrate(queue, upTo: "v6")
        try queue.write { db in
            try db.execute(sql: "INSERT INTO objectives (id, title, owners, body, path, line) VALUES ('o', 'O', '', '', 'objectives/2026-Q4.md', 3)")
            try db.execute(sql: "INSERT INTO key_results (objective, text, done, source, line) VALUES ('o', 'Uptime', 0, 'unknown', 5)")
        }
        try Schema.migrator.migrate(queue, upTo: "v7")
        let columns = try queue.read { db in try String.fetchAll(db, sql: "SELECT name FROM pragma_table_info('key_results')") }
        #expect(columns.suffix(2) == ["owners", "status"])
        let row = try queue.read { db in try Row.fetchOne(db, sql: "SELECT owners, status FROM key_results") }
        #expect(row?["owners"] == DatabaseValue.null)
        #expect(row?["status"] == DatabaseValue.null)
        #expect(Schema.version >= 7)
    }

    @Test("a plan's key results write their own owners and status, NULL when they name none")
    func written() throws {
        let files = [
            "strategy.md": "# Strategy\n\n## Priorities\n\n- **Reliability**: keep the service up.\n",
            "objectives/2026-Q4.md": """
                # Q4 2026

                ## Make the service reliable

                | Key result | Owner | Status |
                |---|---|---|
                | Uptime 99.9% | Ana, Lee | at risk |
                | Pages under 5 a week | | |
                """,
        ]
        let plan = WorkspaceLoader(fileSystem: .memory(Dictionary(uniqueKeysWithValues: files.map { ("/ws/" + $0.key, $0.value) }))).load(root: "/ws")
        let alignment = Aligner(vectors: try TokenVectors.bundled()).align(plan, today: try #require(DateText.parse("2026-11-24")))
        let database = try PlanningDatabase(writer: DatabaseQueue())
        try database.write(plan: plan, alignment: alignment)
        let result = try database.query("SELECT text, owners, status FROM key_results ORDER BY line")
        #expect(result.rows == [["Uptime 99.9%", "Ana, Lee", "at-risk"], ["Pages under 5 a week", nil, nil]])
    }
}
