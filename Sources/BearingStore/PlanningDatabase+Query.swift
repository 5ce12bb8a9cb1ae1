import Foundation
import GRDB

extension PlanningDatabase {
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

        init(_ value: DatabaseValue) {
            switch value.storage {
            case .null: self = .null
            case .int64(let number): self = .integer(number)
            case .double(let number): self = .real(number)
            case .string(let string): self = .text(string)
            case .blob(let data): self = .blob(data)
            }
        }
    }

    public enum QueryError: Error, CustomStringConvertible {
        case missing(String), sql(String), writes(String)
        public var description: String {
            switch self {
            case .missing(let path): "no planning database at \(path): run `bearing build` first"
            case .sql(let message): message
            case .writes(let verb):
                "\(verb) would change the database, and query only reads it (SELECT, WITH, EXPLAIN); the database is rebuilt from "
                    + "the workspace's files by `bearing build`, so change the files instead"
            }
        }
    }

    /// Runs one SQL statement with read-only access: anything that writes is refused by SQLite itself (the
    /// connection of `open(at:)` is read-only, and GRDB's `read` sets `query_only` on the others).
    public func query(_ sql: String) throws -> QueryResult {
        do {
            return try writer.read { db in
                let statement = try db.makeStatement(sql: sql)
                // Said before SQLite refuses it: "attempt to write a readonly database" read as a broken database.
                guard statement.isReadonly else {
                    throw QueryError.writes(sql.trimmingCharacters(in: .whitespacesAndNewlines).prefix { !$0.isWhitespace }.uppercased())
                }
                let rows = try Row.fetchAll(statement)
                return QueryResult(columns: statement.columnNames, cells: rows.map { row in row.databaseValues.map(QueryValue.init) })
            }
        } catch let error as DatabaseError {
            throw QueryError.sql(error.message ?? "\(error)")
        }
    }

    /// The `InputFingerprint` of the files this database was built from; nil when the database predates it.
    public func inputFingerprint() throws -> String? {
        try query("SELECT value FROM meta WHERE key = 'input_fingerprint'").rows.first?.first ?? nil
    }

    /// Whether this database holds what a build of the files with `fingerprint` would write now: built from the
    /// same files (a database without a fingerprint predates them, so it is stale), with this Bearing's schema.
    public func isCurrent(fingerprint: String) throws -> Bool {
        let meta = try query("SELECT key, value FROM meta WHERE key IN ('input_fingerprint', 'schema_version')").rows
        let values = Dictionary(meta.compactMap { row in row[0].map { ($0, row[1]) } }, uniquingKeysWith: { first, _ in first })
        return values["input_fingerprint"] == fingerprint && values["schema_version"] == "\(Schema.version)"
    }
}
