import ArgumentParser
import BearingAlign
import BearingBuild
import BearingModel
import BearingParse
import BearingReport
import BearingStore
import Foundation

/// `bearing query "SQL"`: read-only SQL on the planning database.
struct QueryCommand: ConsoleCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable { case table, csv, json }

    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Run read-only SQL on the planning database: the built site's, or a fresh build of the workspace when it has changed or there is none.",
        discussion: """
            Tables: priorities, objectives, initiatives, key_results, roadmap_items, links, scores, diagnostics, meta, \
            and the full-text index `search` (e.g. SELECT id, title FROM search WHERE search MATCH 'renewal'). \
            Statements that write are refused.

            When the workspace's files have changed since the last build (the database records a fingerprint of the \
            files it was built from), the answer comes from a fresh database built in memory from the \
            current files, and standard error says so; the site is not touched. --no-rebuild answers from the old \
            database instead, with a warning. A database named with --db is never rebuilt, only reported as stale. \
            Without a built site, the answer comes from a fresh database of the current files too.

            Two columns with the same name (SELECT * over a join) are printed as a, a_2, a_3 in every format. JSON \
            gives integers and reals as numbers, NULL as null, text as strings and blobs as base64 strings.
            """
    )

    @Argument(help: "One SQL statement.")
    var sql: String

    @OptionGroup var options: WorkspaceOptions
    @OptionGroup var alignment: AlignmentOptions
    @OptionGroup var revision: AsOfOption

    @Option(help: ArgumentHelp("The database (default: _site/data/planning.db in the workspace).", valueName: "path"))
    var db: String?

    @Option(help: "table, csv or json.")
    var format: Format = .table

    @Flag(help: "Answer from the database even when the workspace's files have changed since it was built.")
    var noRebuild = false

    @Flag(help: "In a fresh build, leave the history tables empty instead of reading the git history.")
    var noHistory = false

    func run(_ console: Console) throws -> Int32 {
        let root: String? = db == nil ? try options.root(console) : try? options.root(console)
        let path = db.map(console.absolute) ?? (root ?? console.currentDirectory) + "/_site/data/planning.db"
        let database: PlanningDatabase
        let result: PlanningDatabase.QueryResult
        do {
            if revision.asOf != nil, let root {
                // An earlier plan is never what a built database holds: answered from that revision's files.
                database = try fresh(root: root, console: console)
            } else if db == nil, let root, !FileManager.default.fileExists(atPath: path) {
                // No site yet (or one built with --data none): answer from the workspace as it is, rather than send
                // the user to build a site first.
                database = try fresh(root: root, console: console)
                console.error("bearing query: no planning database at \(path) (no site built yet, or built with --data none); answered from a fresh build of the workspace's files")
            } else {
                let built = try PlanningDatabase.open(at: path)
                if let root, try !built.isCurrent(fingerprint: WorkspaceLoader().inputFingerprint(root: root)) {
                    if db != nil || noRebuild {
                        console.error("bearing query: warning: \(path) was built from other files than the workspace now holds (or by another version of Bearing); run `bearing build` to update it")
                        database = built
                    } else {
                        database = try fresh(root: root, console: console)
                        console.error("bearing query: the workspace's files changed since \(path) was built (or another version of Bearing built it); answered from a fresh build of them (run `bearing build` to update the site)")
                    }
                } else {
                    database = built
                }
            }
            result = try database.query(sql)
        } catch let error as PlanningDatabase.QueryError {
            throw CommandFailure("bearing query: \(error)")
        }
        switch format {
        case .csv: console.print(QueryOutput.csv(result), terminator: "")
        case .json: console.print(QueryOutput.json(result))
        case .table: console.print(QueryOutput.table(result), terminator: "")
        }
        return 0
    }

    /// The database `bearing build` would write, from the same load, alignment and insertion, in memory.
    private func fresh(root: String, console: Console) throws -> PlanningDatabase {
        let (loaded, commit) = try revision.load(BuildPipeline(root: root), console: console)
        let vectors = Prefetch { try TokenVectors.bundled() }
        let (plan, current) = try AsOfOption.scoring(alignment, at: commit).align(loaded, console: console, vectors: vectors)
        // History is read only for a query that asks for it: it is the slow part of a build in a long repository.
        let history = noHistory || revision.asOf != nil || !Self.mentionsHistory(sql) ? nil
            : BuildPipeline(root: root).history(vectors: vectors, config: plan.config,
                                                environment: console.environment) { console.error("bearing query: " + $0) }
        // With the history, ended quarters are scored against the strategy in force then, as in the site's planning.db.
        let aligned = BuildPipeline.scoredByPeriod(current, plan: plan, history: history, vectors: vectors)
        do {
            let database = try PlanningDatabase.inMemory()
            try database.write(plan: plan, alignment: aligned)
            if let history { try database.write(history: history) }
            return database
        } catch {
            throw CommandFailure("bearing query: could not build a fresh database in memory: \(error)")
        }
    }
}

extension QueryCommand {
    /// Whether `sql` names one of the history tables (a word of it, in any case).
    static func mentionsHistory(_ sql: String) -> Bool {
        let words = Set(sql.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "_") }.map(String.init))
        return !words.isDisjoint(with: PlanningDatabase.historyTableNames)
    }
}

/// The three output formats of `bearing query`.
enum QueryOutput {
    /// Column names made unique: a repeated name gets `_2`, `_3`… (skipping names the query already has),
    /// so JSON objects keep every column and every format names them alike.
    static func uniqueNames(_ columns: [String]) -> [String] {
        var taken = Set(columns)
        var seen = Set<String>()
        return columns.map { name in
            if seen.insert(name).inserted { return name }
            var number = 2
            while taken.contains("\(name)_\(number)") { number += 1 }
            taken.insert("\(name)_\(number)")
            return "\(name)_\(number)"
        }
    }

    static func table(_ result: PlanningDatabase.QueryResult) -> String {
        let columns = uniqueNames(result.columns)
        let rows = result.rows.map { $0.map { ($0 ?? "NULL").replacingOccurrences(of: "\n", with: " ") } }
        let widths = columns.indices.map { column in
            min(60, ([columns[column]] + rows.map { $0[column] }).map(\.count).max() ?? 0)
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                let clipped = cell.count > widths[index] ? String(cell.prefix(widths[index] - 1)) + "…" : cell
                return clipped.padding(toLength: widths[index], withPad: " ", startingAt: 0)
            }.joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }
        var out = [line(columns), widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")]
        out += rows.map(line)
        out.append("(\(rows.count) row\(rows.count == 1 ? "" : "s"))")
        return out.joined(separator: "\n") + "\n"
    }

    static func csv(_ result: PlanningDatabase.QueryResult) -> String {
        CSV.render([uniqueNames(result.columns)] + result.rows.map { $0.map { $0 ?? "" } })
    }

    /// An array of objects, one per row, keys in column order.
    static func json(_ result: PlanningDatabase.QueryResult) -> String {
        let columns = uniqueNames(result.columns)
        var writer = JSONWriter()
        writer.array(result.cells) { writer, row in
            writer.object { writer in
                for (name, cell) in zip(columns, row) {
                    writer.key(name)
                    switch cell {
                    case .null: writer.null()
                    case .integer(let number): writer.integer(Int(number))
                    // JSON has no infinity: SQLite's overflowing reals are given as the strings "inf" and "-inf".
                    case .real(let number) where !number.isFinite: writer.string(String(number))
                    case .real(let number): writer.number(number)
                    case .text(let text): writer.string(text)
                    case .blob: writer.string(cell.text ?? "")
                    }
                }
            }
        }
        return String(decoding: writer.bytes, as: UTF8.self)
    }
}
