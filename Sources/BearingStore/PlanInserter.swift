import BearingAlign
import BearingModel
import Foundation
import GRDB
import GRDBSQLite

/// Inserts the whole plan inside the caller's transaction, with one cached prepared statement per table.
struct PlanInserter {
    let db: Database
    let plan: Plan
    let alignment: Alignment

    func writeAll() throws {
        // Computed properties that flatten every file: taken once.
        let objectives = plan.objectives
        let roadmapItems = plan.roadmapItems
        try insert("INSERT INTO meta VALUES (?, ?)") { table in
            try table.row("schema_version", "\(Schema.version)")
            try table.row("generator", "bearing")
            // `bearing query` compares it with the workspace's files to tell a stale database.
            try table.row("input_fingerprint", plan.inputFingerprint)
        }
        // `search` reads titles and bodies through a view over four tables by rowid, so their rowids never overlap.
        var rowid = 0
        func next() -> Int { rowid += 1; return rowid }
        try insert("INSERT INTO priorities (rowid, id, number, title, parent, summary, success_signal, weight, path, line, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") { table in
            for p in plan.strategy?.priorities ?? [] {
                try table.row(next(), p.id, p.number, p.title, p.parent, p.summary, p.successSignal, plan.strategy?.weights[p.id], p.location.path,
                              p.location.line, p.body)
            }
        }
        let grades = Dictionary(alignment.items.map { ($0.id, $0.progress) }, uniquingKeysWith: { a, _ in a })
        try insert("INSERT INTO objectives (rowid, id, quarter, title, owners, team, status, confidence, effort, due, grade, body, path, line, grp) "
                   + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") { table in
            for o in objectives {
                let m = o.metadata
                try table.row(next(), o.id, o.quarter?.description, o.title, m.owners.joined(separator: ", "), m.team, m.status?.rawValue, m.confidence,
                              m.effort, m.due, grades[o.id] ?? nil, o.body, o.location.path, o.location.line, o.group)
            }
        }
        try insert("INSERT INTO initiatives (rowid, id, objective, title, owners, status, body, path, line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)") { table in
            for o in objectives {
                for i in o.initiatives {
                    try table.row(next(), i.id, o.id, i.title, i.metadata.owners.joined(separator: ", "), i.metadata.status?.rawValue, i.body, i.location.path,
                                  i.location.line)
                }
            }
        }
        try insert("INSERT INTO key_results (objective, initiative, text, done, progress, source, line, priority, baseline, target, current, owners, status, "
                   + "weight, stretch) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") { table in
            for objective in objectives {
                let owner = Dictionary(objective.initiatives.flatMap { i in i.keyResults.map { ($0.location.line, i.id) } }, uniquingKeysWith: { a, _ in a })
                for kr in objective.keyResults {
                    try table.row(objective.id, owner[kr.location.line], kr.text, kr.done, kr.progress, kr.progressSource.rawValue, kr.location.line, kr.priority,
                                  kr.figures?.baseline, kr.figures?.target, kr.figures?.current,
                                  kr.owners.isEmpty ? nil : kr.owners.joined(separator: ", "), kr.status?.rawValue, kr.weight?.shown,
                                  kr.figures?.stretch)
                }
            }
        }
        try insert("INSERT INTO roadmap_items (rowid, id, roadmap, lane, grp, period, title, owners, status, effort, depends_on, objectives, body, "
                   + "path, line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") { table in
            for r in roadmapItems {
                try table.row(next(), r.id, r.roadmap, r.lane, r.group, r.period, r.title, r.metadata.owners.joined(separator: ", "), r.metadata.status?.rawValue,
                              r.metadata.effort, r.resolved.dependsOn.joined(separator: ", "), r.resolved.objectives.joined(separator: ", "), r.body,
                              r.location.path, r.location.line)
            }
        }
        let kinds = Dictionary(alignment.items.map { ($0.id, $0.kind.rawValue) }, uniquingKeysWith: { a, _ in a })
        try insert("INSERT INTO links VALUES (?, ?, ?, ?, ?, ?, ?, ?)") { table in
            for l in alignment.links {
                try table.row(l.item, kinds[l.item] ?? "", l.priority, l.kind.rawValue, l.strength, l.evidence.map(\.term).joined(separator: ", "), l.via,
                              l.explanation)
            }
        }
        try insert("INSERT INTO scores VALUES (?, ?, ?, ?, ?)", insertScores)
        try insert("INSERT INTO diagnostics VALUES (?, ?, ?, ?, ?, ?, ?)") { table in
            for d in plan.diagnostics {
                try table.row(d.location.path, d.location.line, d.location.column, d.severity.rawValue, d.code.rawValue, d.message, d.fix)
            }
        }
        // The index only: the texts stay in their tables (see Schema.v3).
        try db.execute(sql: "INSERT INTO search (search) VALUES ('rebuild')")
    }

    /// Long format: one row per (scope, metric), so new metrics need no migration.
    private func insertScores(_ table: Rows) throws {
        let none: String? = nil
        for scope in alignment.scopes {
            let values: [(String, Double?)] = [("items", Double(scope.items)), ("alignment_index", scope.alignmentIndex), ("coverage", scope.coverage),
                                               ("sub_coverage", scope.subCoverage), ("orphan_share", scope.orphanShare), ("balance", scope.balance),
                                               ("grade", scope.grade), ("pace_elapsed", scope.pace?.elapsed)]
            for (metric, value) in values { try table.row(scope.kind.rawValue, scope.key, metric, value, none) }
            try table.row(scope.kind.rawValue, scope.key, "gaps", none, scope.gaps.joined(separator: ", "))
            try table.row(scope.kind.rawValue, scope.key, "orphans", none, scope.orphans.joined(separator: ", "))
            try table.row(scope.kind.rawValue, scope.key, "grade_band", none, scope.gradeBand)
            try table.row(scope.kind.rawValue, scope.key, "pace", none, scope.pace?.status)
            for (priority, share) in scope.shares.sorted(by: { $0.key < $1.key }) { try table.row(scope.kind.rawValue, scope.key, "share:" + priority, share, none) }
        }
        for metrics in alignment.priorities {
            let values: [(String, Double?)] = [("items", Double(metrics.items)), ("effort", metrics.effort), ("effort_share", metrics.effortShare),
                                               ("target", metrics.target), ("grade", metrics.progress)]
            for (metric, value) in values { try table.row("priority", metrics.priority, metric, value, none) }
            try table.row("priority", metrics.priority, "direction", none, metrics.direction)
        }
        for score in alignment.itemScores {
            try table.row("item", score.item, "strength", score.strength, none)
            try table.row("item", score.item, "orphan", score.orphan ? 1 : 0, none)
            try table.row("item", score.item, "priority", none, score.priority)
        }
    }

    /// One cached prepared INSERT, stepped once per row, each value bound with GRDB's own conversion as it comes.
    /// The one place BearingStore calls SQLite directly, because it is measured: on the 2,000-file benchmark
    /// (about 200,000 rows) the write took 0.30 CPU s this way and 0.43-0.49 CPU s through GRDB's
    /// `Statement.execute(arguments:)` or `setUncheckedArguments` + `execute()` (thread CPU time of the
    /// database job, interleaved runs), whose per-execution bookkeeping (argument validation, observation and
    /// suspension checks) buys nothing for a private connection written once.
    struct Rows {
        let statement: Statement
        let db: Database

        func row<each Value: DatabaseValueConvertible>(_ values: repeat Optional<each Value>) throws {
            let handle = statement.sqliteStatement
            var index: CInt = 0
            for value in repeat each values {
                index += 1
                let code = (value?.databaseValue ?? .null).bind(to: handle, at: index)
                guard code == SQLITE_OK else { throw failure(code) }
            }
            let code = sqlite3_step(handle)
            sqlite3_reset(handle)
            guard code == SQLITE_DONE else { throw failure(code) }
        }

        private func failure(_ code: CInt) -> DatabaseError {
            DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)), sql: statement.sql)
        }
    }

    private func insert(_ sql: String, _ rows: (Rows) throws -> Void) throws {
        try rows(Rows(statement: try db.cachedStatement(sql: sql), db: db))
    }
}
