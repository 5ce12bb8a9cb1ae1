import BearingAlign
import BearingCore
import Foundation
import GRDB
import GRDBSQLite

/// Inserts the whole plan inside one transaction, with one cached prepared statement per table.
struct PlanInserter {
    let db: Database
    let plan: Plan
    let alignment: Alignment

    func writeAll() throws {
        // Computed properties that flatten every file: taken once.
        let objectives = plan.objectives
        let roadmapItems = plan.roadmapItems
        try insert("INSERT INTO meta VALUES (?, ?)", [["schema_version", "\(Schema.version)"], ["generator", "bearing"]])
        try insert("INSERT INTO priorities VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", (plan.strategy?.priorities ?? []).map { p in
            [p.id, p.number, p.title, p.parent, p.summary, p.successSignal, plan.strategy?.weights[p.id], p.location.path, p.location.line]
        })
        let grades = Dictionary(alignment.items.map { ($0.id, $0.progress) }, uniquingKeysWith: { a, _ in a })
        try insert("INSERT INTO objectives VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", objectives.map { o in
            let m = o.metadata
            return [o.id, o.quarter?.description, o.title, m.owners.joined(separator: ", "), m.team, m.status?.rawValue, m.confidence,
                    m.effort, m.due, grades[o.id] ?? nil, o.body, o.location.path, o.location.line]
        })
        try insert("INSERT INTO initiatives VALUES (?, ?, ?, ?, ?, ?, ?, ?)", objectives.flatMap { o in o.initiatives.map { i in
            [i.id, o.id, i.title, i.metadata.owners.joined(separator: ", "), i.metadata.status?.rawValue, i.body, i.location.path, i.location.line]
        } })
        var keyResults: [[DatabaseValueConvertible?]] = []
        for objective in objectives {
            let owner = Dictionary(objective.initiatives.flatMap { i in i.keyResults.map { ($0.location.line, i.id) } }, uniquingKeysWith: { a, _ in a })
            for kr in objective.keyResults {
                keyResults.append([objective.id, owner[kr.location.line], kr.text, kr.done, kr.progress, kr.progressSource.rawValue, kr.location.line])
            }
        }
        try insert("INSERT INTO key_results (objective, initiative, text, done, progress, source, line) VALUES (?, ?, ?, ?, ?, ?, ?)", keyResults)
        try insert("INSERT INTO roadmap_items VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", roadmapItems.map { r in
            [r.id, r.roadmap, r.lane, r.group, r.period, r.title, r.metadata.owners.joined(separator: ", "), r.metadata.status?.rawValue,
             r.metadata.effort, r.resolved.dependsOn.joined(separator: ", "), r.resolved.objectives.joined(separator: ", "), r.body,
             r.location.path, r.location.line]
        })
        let kinds = Dictionary(alignment.items.map { ($0.id, $0.kind.rawValue) }, uniquingKeysWith: { a, _ in a })
        try insert("INSERT INTO links VALUES (?, ?, ?, ?, ?, ?, ?, ?)", alignment.links.map { l in
            [l.item, kinds[l.item] ?? "", l.priority, l.kind.rawValue, l.strength, l.evidence.map(\.term).joined(separator: ", "), l.via, l.explanation]
        })
        try insert("INSERT INTO scores VALUES (?, ?, ?, ?, ?)", scoreRows())
        try insert("INSERT INTO diagnostics VALUES (?, ?, ?, ?, ?, ?, ?)", plan.diagnostics.map { d in
            [d.location.path, d.location.line, d.location.column, d.severity.rawValue, d.code.rawValue, d.message, d.fix]
        })
        var search: [[DatabaseValueConvertible?]] = (plan.strategy?.priorities ?? []).map { ["priority", $0.id, $0.title, $0.body] }
        search += objectives.map { ["objective", $0.id, $0.title, $0.body] }
        search += objectives.flatMap { $0.initiatives.map { ["initiative", $0.id, $0.title, $0.body] } }
        search += roadmapItems.map { ["roadmap-item", $0.id, $0.title, $0.body] }
        try insert("INSERT INTO search (kind, id, title, body) VALUES (?, ?, ?, ?)", search)
    }

    /// Long format: one row per (scope, metric), so new metrics need no migration.
    private func scoreRows() -> [[DatabaseValueConvertible?]] {
        var rows: [[DatabaseValueConvertible?]] = []
        for scope in alignment.scopes {
            let values: [(String, Double?)] = [("items", Double(scope.items)), ("alignment_index", scope.alignmentIndex), ("coverage", scope.coverage),
                                               ("sub_coverage", scope.subCoverage), ("orphan_share", scope.orphanShare), ("balance", scope.balance),
                                               ("grade", scope.grade), ("pace_elapsed", scope.pace?.elapsed)]
            rows += values.map { [scope.kind.rawValue, scope.key, $0.0, $0.1, nil] }
            rows.append([scope.kind.rawValue, scope.key, "gaps", nil, scope.gaps.joined(separator: ", ")])
            rows.append([scope.kind.rawValue, scope.key, "orphans", nil, scope.orphans.joined(separator: ", ")])
            rows.append([scope.kind.rawValue, scope.key, "grade_band", nil, scope.gradeBand])
            rows.append([scope.kind.rawValue, scope.key, "pace", nil, scope.pace?.status])
            for (priority, share) in scope.shares.sorted(by: { $0.key < $1.key }) { rows.append([scope.kind.rawValue, scope.key, "share:" + priority, share, nil]) }
        }
        for metrics in alignment.priorities {
            rows += [("items", Double(metrics.items)), ("effort", metrics.effort), ("effort_share", metrics.effortShare),
                     ("target", metrics.target), ("grade", metrics.progress)].map { ["priority", metrics.priority, $0.0, $0.1, nil] }
            rows.append(["priority", metrics.priority, "direction", nil, metrics.direction])
        }
        for score in alignment.itemScores {
            rows.append(["item", score.item, "strength", score.strength, nil])
            rows.append(["item", score.item, "orphan", score.orphan ? 1 : 0, nil])
            rows.append(["item", score.item, "priority", nil, score.priority])
        }
        return rows
    }

    /// Binds each row with GRDB's own value binding and steps the prepared statement directly: building
    /// `StatementArguments` and going through `execute` for each of ~100,000 rows was 70 % of writing the
    /// database, and SQLite itself under 10 %.
    private func insert(_ sql: String, _ rows: [[DatabaseValueConvertible?]]) throws {
        let statement = try db.cachedStatement(sql: sql)
        let handle = statement.sqliteStatement
        for row in rows {
            for (index, value) in row.enumerated() {
                let code = (value?.databaseValue ?? .null).bind(to: handle, at: CInt(index + 1))
                guard code == SQLITE_OK else { throw failure(code, sql) }
            }
            let code = sqlite3_step(handle)
            sqlite3_reset(handle)
            guard code == SQLITE_DONE else { throw failure(code, sql) }
        }
    }

    private func failure(_ code: CInt, _ sql: String) -> DatabaseError {
        DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)), sql: sql)
    }
}
