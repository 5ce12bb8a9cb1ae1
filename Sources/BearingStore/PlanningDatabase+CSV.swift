import BearingModel
import BearingReport
import Foundation
import GRDB

extension PlanningDatabase {
    /// Every table as CSV text, keyed by table name.
    public func csvTables() throws -> [(String, String)] {
        try Schema.tables.map { table in
            var bytes: [UInt8] = []
            try writeCSV(table: table, into: &bytes)
            return (table, String(decoding: bytes, as: UTF8.self))
        }
    }

    /// One table as CSV (a header row, then every row in insertion order, `scores` in its key's), printed row by row through a cursor so
    /// that no table is ever held whole. Cells read as `query` reads them: NULL is empty, numbers print as Swift
    /// prints them, blobs in base64. On the 2,000-file benchmark the nine tables take 0.15 CPU s through the
    /// cursor against 0.10 s reading SQLite's buffers directly; the CSV tables are written only on request, so
    /// GRDB's way is kept.
    package func writeCSV<Output: ByteOutput>(table: String, into out: inout Output) throws {
        guard Schema.tables.contains(table) else { throw QueryError.sql("no table \(table) to print as CSV (tables: \(Schema.tables.joined(separator: ", ")))") }
        try writer.read { db in
            let statement = try db.makeStatement(sql: "SELECT * FROM \(table) ORDER BY \(Schema.order(of: table))")
            CSV.appendRow(statement.columnNames, to: &out)
            let rows = try Row.fetchCursor(statement)
            while let row = try rows.next() {
                for index in 0..<row.count {
                    if index > 0 { out.append(UInt8(ascii: ",")) }
                    Self.appendCell(row[index], to: &out)
                }
                out.append(contentsOf: [0x0D, 0x0A])
            }
        }
    }

    private static func appendCell<Output: ByteOutput>(_ value: DatabaseValue, to out: inout Output) {
        var text: String
        switch value.storage {
        case .null: return
        case .int64(let number): text = String(number)
        case .double(let number): text = String(number)
        case .string(let string): text = string
        case .blob(let data): text = data.base64EncodedString()
        }
        text.withUTF8 { CSV.appendField($0, to: &out) }
    }
}
