import BearingAlign
import BearingModel
import BearingReport
import Foundation
import GRDB
import GRDBSQLite

/// The planning database (`data/planning.db`): every priority, objective, key result, initiative, roadmap
/// item, link, score and diagnostic, with full-text search. Written in one transaction; queried read-only.
public struct PlanningDatabase: Sendable {
    public let path: String

    public init(path: String) { self.path = path }

    /// Creates the database at `path` (which must not exist) from the plan and its alignment.
    public func write(plan: Plan, alignment: Alignment) throws {
        // The database is written once into a staging folder that replaces the site only when the build is
        // complete, so a rollback journal and syncs to disk protect nothing here; they are left out.
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF")
        }
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        try Schema.migrator.migrate(queue)
        try queue.write { db in try PlanInserter(db: db, plan: plan, alignment: alignment).writeAll() }
        try queue.close()
    }

    /// A result of `query`: column names as SQLite gives them (two may be equal) and typed cells.
    public struct QueryResult: Sendable, Equatable {
        public var columns: [String]
        public var cells: [[QueryValue]]

        /// Every cell as text (nil for NULL).
        public var rows: [[String?]] { cells.map { $0.map(\.text) } }
    }

    /// One cell of a query result, with SQLite's own storage class, so JSON keeps numbers numeric.
    public enum QueryValue: Sendable, Equatable {
        case null
        case integer(Int64)
        case real(Double)
        case text(String)
        /// Printed in base64 wherever text is needed.
        case blob(Data)

        /// The cell as text (nil for NULL), as the table and CSV formats print it.
        public var text: String? {
            switch self {
            case .null: nil
            case .integer(let number): String(number)
            case .real(let number): String(number)
            case .text(let string): string
            case .blob(let data): data.base64EncodedString()
            }
        }
    }

    public enum QueryError: Error, CustomStringConvertible {
        case missing(String), sql(String)
        public var description: String {
            switch self {
            case .missing(let path): "no planning database at \(path): run `bearing build` first"
            case .sql(let message): message
            }
        }
    }

    /// Runs one SQL statement on a read-only connection: anything that writes is refused by SQLite itself.
    public func query(_ sql: String) throws -> QueryResult {
        guard FileManager.default.fileExists(atPath: path) else { throw QueryError.missing(path) }
        var configuration = Configuration()
        configuration.readonly = true
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            return try queue.read { db in
                let statement = try db.makeStatement(sql: sql)
                let rows = try Row.fetchAll(statement)
                return QueryResult(columns: statement.columnNames, cells: rows.map { row in row.databaseValues.map(Self.cell) })
            }
        } catch let error as DatabaseError {
            throw QueryError.sql(error.message ?? "\(error)")
        }
    }

    /// The `InputFingerprint` of the files this database was built from; nil when the database predates it.
    public func inputFingerprint() throws -> String? {
        try query("SELECT value FROM meta WHERE key = 'input_fingerprint'").rows.first?.first ?? nil
    }

    private static func cell(_ value: DatabaseValue) -> QueryValue {
        switch value.storage {
        case .null: .null
        case .int64(let number): .integer(number)
        case .double(let number): .real(number)
        case .string(let string): .text(string)
        case .blob(let data): .blob(data)
        }
    }

    /// Every table as CSV text, keyed by table name.
    public func csvTables() throws -> [(String, String)] {
        try Schema.tables.map { table in
            var bytes: [UInt8] = []
            try writeCSV(table: table, into: &bytes)
            return (table, String(decoding: bytes, as: UTF8.self))
        }
    }

    /// The tables `writeCSV` writes, in order.
    public static var csvTableNames: [String] { Schema.tables }

    /// One table as CSV (a header row, then every row in rowid order), printed row by row from SQLite's own
    /// buffers so that no table is ever held whole and no cell becomes a String. Cells read as `query` reads
    /// them: NULL is empty, numbers print as Swift prints them, text stops at a NUL as GRDB's does.
    package func writeCSV<Output: ByteOutput>(table: String, into out: inout Output) throws {
        guard FileManager.default.fileExists(atPath: path) else { throw QueryError.missing(path) }
        var configuration = Configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        try queue.read { db in
            let statement = try db.makeStatement(sql: "SELECT * FROM \(table) ORDER BY rowid")
            CSV.appendRow(statement.columnNames, to: &out)
            let handle = statement.sqliteStatement
            let columns = sqlite3_column_count(handle)
            while true {
                let code = sqlite3_step(handle)
                if code == SQLITE_DONE { break }
                guard code == SQLITE_ROW else {
                    throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
                }
                for column in 0..<columns {
                    if column > 0 { out.append(UInt8(ascii: ",")) }
                    Self.appendCell(handle, column, to: &out)
                }
                out.append(contentsOf: [0x0D, 0x0A])
            }
        }
        try queue.close()
    }

    private static func appendCell<Output: ByteOutput>(_ handle: SQLiteStatement, _ column: CInt, to out: inout Output) {
        var text: String
        switch sqlite3_column_type(handle, column) {
        case SQLITE_NULL:
            return
        case SQLITE_TEXT:
            guard let bytes = sqlite3_column_text(handle, column) else { return }
            CSV.appendField(UnsafeBufferPointer(start: bytes, count: strlen(bytes)), to: &out)
            return
        case SQLITE_INTEGER:
            text = String(sqlite3_column_int64(handle, column))
        case SQLITE_FLOAT:
            text = String(sqlite3_column_double(handle, column))
        default:
            text = Self.text(DatabaseValue(sqliteStatement: handle, index: column))
        }
        text.withUTF8 { CSV.appendField($0, to: &out) }
    }

    static func text(_ value: DatabaseValue) -> String {
        switch value.storage {
        case .null: ""
        case .int64(let number): String(number)
        case .double(let number): String(number)
        case .string(let string): string
        case .blob(let data): data.base64EncodedString()
        }
    }
}
