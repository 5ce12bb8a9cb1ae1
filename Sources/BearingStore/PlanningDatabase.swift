import BearingAlign
import BearingModel
import BearingReport
import Foundation
import GRDB

/// The planning database (`data/planning.db`): every priority, objective, key result, initiative, roadmap
/// item, link, score and diagnostic, with full-text search. One connection, opened once; written in one
/// transaction; read through read-only access.
public struct PlanningDatabase: Sendable {
    let writer: any DatabaseWriter

    /// The database behind `writer`, migrated to the current schema (GRDB's `AppDatabase` shape). Tests pass an
    /// in-memory `DatabaseQueue()`.
    package init(writer: some DatabaseWriter) throws {
        self.writer = writer
        try Schema.migrator.migrate(writer)
    }

    /// A database already built, opened read-only as it is (never migrated: it answers as it was written).
    private init(readOnly writer: some DatabaseWriter) {
        self.writer = writer
    }

    /// A new database file at `path` (which must not exist), with the current schema.
    public static func create(at path: String) throws -> PlanningDatabase {
        // The database is written once into a staging folder that replaces the site only when the build is
        // complete, so a rollback journal and syncs to disk protect nothing here; they are left out.
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF")
        }
        return try PlanningDatabase(writer: DatabaseQueue(path: path, configuration: configuration))
    }

    /// A new database in memory, with the current schema: `bearing query` answers from one when the site's
    /// database is missing or stale, and `bearing export --format csv` prints from one.
    public static func inMemory() throws -> PlanningDatabase {
        try PlanningDatabase(writer: DatabaseQueue())
    }

    /// The database file at `path`, read-only: anything that writes is refused by SQLite itself.
    public static func open(at path: String) throws -> PlanningDatabase {
        guard FileManager.default.fileExists(atPath: path) else { throw QueryError.missing(path) }
        var configuration = Configuration()
        configuration.readonly = true
        do {
            return PlanningDatabase(readOnly: try DatabaseQueue(path: path, configuration: configuration))
        } catch let error as DatabaseError {
            throw QueryError.sql(error.message ?? "\(error)")
        }
    }

    /// Inserts the plan and its alignment, in one transaction.
    public func write(plan: Plan, alignment: Alignment) throws {
        try writer.write { db in try PlanInserter(db: db, plan: plan, alignment: alignment).writeAll() }
    }

    /// Closes the connection; a file database is complete on disk once this returns.
    public func close() throws {
        try writer.close()
    }

    /// The tables `writeCSV` writes, in order.
    public static var csvTableNames: [String] { Schema.tables }

    /// The tables of history from git: empty unless the build read history.
    public static var historyTableNames: Set<String> { Schema.historyTables }

    /// The schema version this Bearing writes: the number of its last migration.
    public static var schemaVersion: Int { Schema.version }
}
