import BearingAlign
import BearingModel
import BearingParse
import Foundation
import GRDB
import Testing
@testable import BearingStore

/// v10 adds a key result's stretch figure (`| Committed | Stretch |`) to `key_results`, as `stretch`, beside its target:
/// NULL for the rows a v9 database held and for key results with none.
@Suite("Key result stretch column")
struct StretchColumnTests {
    static let files = [
        "strategy.md": "# Strategy\n\n## Priorities\n\n- **Grow revenue**: sell more.\n",
        "objectives/2026-Q4.md": """
            ## Grow revenue from existing customers

            | Key result | Committed | Stretch | Current |
            |---|---|---|---|
            | Net revenue retention | 110% | 120% | 104% |

            - [ ] Sign 20 customers, 5 so far
            """,
    ]

    @Test("a v9 database migrates to v10 with the column, its rows NULL in it")
    func migration() throws {
        let folder = try Example.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let queue = try DatabaseQueue(path: folder.appendingPathComponent("planning.db").path)
        try Schema.migrator.migrate(queue, upTo: "v9")
        try queue.write { db in
            try db.execute(sql: "INSERT INTO objectives (id, title, owners, body, path, line) VALUES ('o', 'O', '', '', 'objectives/2026-Q4.md', 3)")
            try db.execute(sql: "INSERT INTO key_results (objective, text, done, progress, source, line) VALUES ('o', 'KR', 0, NULL, 'unknown', 5)")
        }
        try Schema.migrator.migrate(queue, upTo: "v10")
        let columns = try queue.read { db in try String.fetchAll(db, sql: "SELECT name FROM pragma_table_info('key_results')") }
        #expect(columns.last == "stretch")
        let row = try queue.read { db in try Row.fetchOne(db, sql: "SELECT stretch FROM key_results") }
        #expect(row?["stretch"] == DatabaseValue.null)
    }

    @Test("key results write their stretch figure beside the target, NULL when there is none")
    func written() throws {
        let plan = WorkspaceLoader(fileSystem: .memory(Dictionary(uniqueKeysWithValues: Self.files.map { ("/ws/" + $0.key, $0.value) }))).load(root: "/ws")
        let alignment = Aligner(vectors: try TokenVectors.bundled()).align(plan, today: try #require(DateText.parse("2026-11-24")))
        let database = try PlanningDatabase(writer: DatabaseQueue())
        try database.write(plan: plan, alignment: alignment)
        let result = try database.query("SELECT target, stretch FROM key_results ORDER BY line")
        #expect(result.rows == [["110%", "120%"], [nil, nil]])
    }
}
