import BearingAlign
import BearingModel
import BearingParse
import BearingReport
import Foundation
import GRDB
import Testing
@testable import BearingStore

@Suite("Planning database")
struct PlanningDatabaseTests {
    /// The example's database in memory.
    static func example() throws -> (Plan, Alignment, PlanningDatabase) {
        let (plan, alignment) = try Example.plan()
        let database = try PlanningDatabase(writer: DatabaseQueue())
        try database.write(plan: plan, alignment: alignment)
        return (plan, alignment, database)
    }

    @Test("the migrations are the schema version: v1…vN applied, N in meta")
    func schemaVersion() throws {
        let queue = try DatabaseQueue()
        let database = try PlanningDatabase(writer: queue)
        let (plan, alignment) = try Example.plan()
        try database.write(plan: plan, alignment: alignment)
        let identifiers = Schema.migrator.migrations
        #expect(identifiers == (1...Schema.version).map { "v\($0)" })
        #expect(try queue.read { try Schema.migrator.appliedIdentifiers($0) } == Set(identifiers))
        #expect(try database.query("SELECT value FROM meta WHERE key = 'schema_version'").rows == [["\(identifiers.count)"]])
        #expect(PlanningDatabase.schemaVersion == identifiers.count)
    }

    @Test("the schema has exactly the tables CSV prints, plus the search index")
    func tables() throws {
        let database = try PlanningDatabase(writer: DatabaseQueue())
        let names = try database.query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search_%' AND name <> 'grdb_migrations' ORDER BY name")
        #expect(names.rows.compactMap { $0[0] } == (PlanningDatabase.csvTableNames + ["search"]).sorted())
        // v2: a key result's progress may be NULL.
        let progress = try database.query("SELECT \"notnull\" FROM pragma_table_info('key_results') WHERE name = 'progress'")
        #expect(progress.rows == [["0"]])
    }

    @Test("migrating a v1 database to the current schema keeps its rows")
    func migration() throws {
        let queue = try DatabaseQueue()
        try Schema.migrator.migrate(queue, upTo: "v1")
        try queue.write { db in
            try db.execute(sql: "INSERT INTO objectives (id, title, owners, body, path, line) VALUES ('o', 'O', '', '', 'a.md', 1)")
            try db.execute(sql: "INSERT INTO key_results (objective, text, done, progress, source, line) VALUES ('o', 'kr', 0, 0.5, 'fraction', 2)")
        }
        let database = try PlanningDatabase(writer: queue)
        #expect(try database.query("SELECT objective, text, progress FROM key_results").cells == [[.text("o"), .text("kr"), .real(0.5)]])
        #expect(try queue.read { try Schema.migrator.hasCompletedMigrations($0) })
    }

    @Test("every table is filled from the example plan, one row per item")
    func everyTable() throws {
        let (plan, alignment, database) = try Self.example()
        func count(_ table: String) throws -> String? { try database.query("SELECT count(*) FROM \(table)").rows.first?.first ?? nil }
        for table in PlanningDatabase.csvTableNames + ["search"] where !PlanningDatabase.historyTableNames.contains(table) { #expect(try count(table) != "0", "\(table) is empty") }
        #expect(try count("priorities") == "\(plan.strategy?.priorities.count ?? 0)")
        #expect(try count("objectives") == "\(plan.objectives.count)")
        #expect(try count("initiatives") == "\(plan.objectives.flatMap(\.initiatives).count)")
        #expect(try count("key_results") == "\(plan.objectives.flatMap(\.keyResults).count)")
        #expect(try count("roadmap_items") == "\(plan.roadmapItems.count)")
        #expect(try count("links") == "\(alignment.links.count)")
        #expect(try count("diagnostics") == "\(plan.diagnostics.count)")
        #expect(try count("meta") == "3")
        let found = try database.query("SELECT id FROM search WHERE search MATCH 'renewals' ORDER BY id").rows.compactMap { $0[0] }
        #expect(found.contains("2026-q4/close-the-year-with-renewals"))
        let score = try database.query("SELECT value FROM scores WHERE scope_kind = 'quarter' AND scope = '2026-Q4' AND metric = 'coverage'")
        #expect(score.cells.count == 1)
        let diagnostic = try database.query("SELECT path, line, col, severity, code, message, fix FROM diagnostics")
        #expect(diagnostic.cells == [[.text("objectives/x.md"), .integer(3), .integer(2), .text("warning"), .text("unreadable-file"),
                                      .text("a \"quoted\", multi-line\nmessage"), .text("do this")]])
    }

    @Test("queries keep SQLite's types, and anything that writes is refused, in memory and on file")
    func readOnly() throws {
        let (plan, alignment, memory) = try Self.example()
        let folder = try Example.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("planning.db").path
        let created = try PlanningDatabase.create(at: path)
        try created.write(plan: plan, alignment: alignment)
        try created.close()
        let file = try PlanningDatabase.open(at: path)
        for database in [memory, file] {
            #expect(try database.query("SELECT 1 AS a, 2.5 AS a, 'x', NULL, x'00ff'").cells == [[.integer(1), .real(2.5), .text("x"), .null, .blob(Data([0, 255]))]])
            #expect(try database.query("SELECT 1 AS a, 2 AS a").columns == ["a", "a"])
            for sql in ["DELETE FROM objectives", "DROP TABLE links", "INSERT INTO meta VALUES ('a', 'b')", "CREATE TABLE x (y)", "SELECT nothing FROM nowhere"] {
                #expect(throws: PlanningDatabase.QueryError.self) { try database.query(sql) }
            }
            // A new user's DELETE was told "attempt to write a readonly database", as if the database were broken.
            let refusal = #expect(throws: PlanningDatabase.QueryError.self) { try database.query("  delete FROM objectives") }
            #expect(refusal?.description.hasPrefix("DELETE would change the database, and query only reads it") == true, "\(String(describing: refusal))")
            #expect(try database.query("SELECT count(*) FROM objectives").rows == [["\(plan.objectives.count)"]])
        }
        #expect(try memory.query("SELECT * FROM objectives ORDER BY rowid") == file.query("SELECT * FROM objectives ORDER BY rowid"))
        #expect(throws: PlanningDatabase.QueryError.self) { try PlanningDatabase.open(at: folder.appendingPathComponent("none.db").path) }
    }

    @Test("a database is current only for the files it was built from and this Bearing's schema")
    func staleness() throws {
        let (plan, alignment) = try Example.plan()
        let queue = try DatabaseQueue()
        let database = try PlanningDatabase(writer: queue)
        try database.write(plan: plan, alignment: alignment)
        #expect(try database.inputFingerprint() == plan.inputFingerprint)
        #expect(try database.isCurrent(fingerprint: plan.inputFingerprint))
        #expect(try !database.isCurrent(fingerprint: plan.inputFingerprint + "0"))
        try queue.write { try $0.execute(sql: "UPDATE meta SET value = '1' WHERE key = 'schema_version'") }
        #expect(try !database.isCurrent(fingerprint: plan.inputFingerprint))
        try queue.write { try $0.execute(sql: "DELETE FROM meta") }
        #expect(try database.inputFingerprint() == nil)
        #expect(try !database.isCurrent(fingerprint: plan.inputFingerprint))
    }

    @Test("each CSV table is the table's query result as RFC 4180 text; an unknown table is refused")
    func csv() throws {
        let (_, _, database) = try Self.example()
        let tables = try database.csvTables()
        #expect(tables.map(\.0) == PlanningDatabase.csvTableNames)
        for (table, text) in tables {
            let result = try database.query("SELECT * FROM \(table) ORDER BY \(table == "scores" ? "scope_kind, scope, metric" : "rowid")")
            let rows = [result.columns] + result.rows.map { $0.map { $0 ?? "" } }
            #expect(text == rows.map { $0.map(CSV.field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n", "\(table)")
        }
        var bytes: [UInt8] = []
        #expect(throws: PlanningDatabase.QueryError.self) { try database.writeCSV(table: "search; DROP TABLE x", into: &bytes) }
    }
}
