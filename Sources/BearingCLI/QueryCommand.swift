import ArgumentParser
import BearingCore
import BearingStore
import Foundation

/// `bearing query "SQL"`: read-only SQL on the planning database.
struct QueryCommand: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable { case table, csv, json }

    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Run read-only SQL on the planning database built by `bearing build`.",
        discussion: """
            Tables: priorities, objectives, initiatives, key_results, roadmap_items, links, scores, diagnostics, meta, \
            and the full-text index `search` (e.g. SELECT id, title FROM search WHERE search MATCH 'renewal'). \
            Statements that write are refused.
            """
    )

    @Argument(help: "One SQL statement.")
    var sql: String

    @OptionGroup var options: WorkspaceOptions

    @Option(help: ArgumentHelp("The database (default: _site/data/planning.db in the workspace).", valueName: "path"))
    var db: String?

    @Option(help: "table, csv or json.")
    var format: Format = .table

    func run() throws {
        let path = try db ?? (options.root() + "/_site/data/planning.db")
        let result: PlanningDatabase.QueryResult
        do {
            result = try PlanningDatabase(path: path).query(sql)
        } catch {
            printError("bearing query: \(error)")
            throw ExitCode(1)
        }
        switch format {
        case .csv: print(CSV.render([result.columns] + result.rows.map { $0.map { $0 ?? "" } }), terminator: "")
        case .json: print(try QueryOutput.json(result))
        case .table: print(QueryOutput.table(result), terminator: "")
        }
    }
}

enum QueryOutput {
    static func table(_ result: PlanningDatabase.QueryResult) -> String {
        let rows = result.rows.map { $0.map { ($0 ?? "NULL").replacingOccurrences(of: "\n", with: " ") } }
        let widths = result.columns.indices.map { column in
            min(60, ([result.columns[column]] + rows.map { $0[column] }).map(\.count).max() ?? 0)
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                let clipped = cell.count > widths[index] ? String(cell.prefix(widths[index] - 1)) + "…" : cell
                return clipped.padding(toLength: widths[index], withPad: " ", startingAt: 0)
            }.joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }
        var out = [line(result.columns), widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")]
        out += rows.map(line)
        out.append("(\(rows.count) row\(rows.count == 1 ? "" : "s"))")
        return out.joined(separator: "\n") + "\n"
    }

    static func json(_ result: PlanningDatabase.QueryResult) throws -> String {
        let objects = result.rows.map { row in Dictionary(uniqueKeysWithValues: zip(result.columns, row.map { $0 as Any? ?? NSNull() })) }
        let data = try JSONSerialization.data(withJSONObject: objects, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }
}
