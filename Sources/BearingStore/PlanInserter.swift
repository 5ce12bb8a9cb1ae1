import BearingAlign
import BearingModel
import Foundation
import GRDB

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
        try insert("INSERT INTO priorities VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)") { table in
            for p in plan.strategy?.priorities ?? [] {
                try table.row(p.id, p.number, p.title, p.parent, p.summary, p.successSignal, plan.strategy?.weights[p.id], p.location.path, p.location.line)
            }
        }
        let grades = Dictionary(alignment.items.map { ($0.id, $0.progress) }, uniquingKeysWith: { a, _ in a })
        try insert("INSERT INTO objectives VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") { table in
            for o in objectives {
                let m = o.metadata
                try table.row(o.id, o.quarter?.description, o.title, m.owners.joined(separator: ", "), m.team, m.status?.rawValue, m.confidence,
                              m.effort, m.due, grades[o.id] ?? nil, o.body, o.location.path, o.location.line)
            }
        }
        try insert("INSERT INTO initiatives VALUES (?, ?, ?, ?, ?, ?, ?, ?)") { table in
            for o in objectives {
                for i in o.initiatives {
                    try table.row(i.id, o.id, i.title, i.metadata.owners.joined(separator: ", "), i.metadata.status?.rawValue, i.body, i.location.path,
                                  i.location.line)
                }
            }
        }
        try insert("INSERT INTO key_results (objective, initiative, text, done, progress, source, line) VALUES (?, ?, ?, ?, ?, ?, ?)") { table in
            for objective in objectives {
                let owner = Dictionary(objective.initiatives.flatMap { i in i.keyResults.map { ($0.location.line, i.id) } }, uniquingKeysWith: { a, _ in a })
                for kr in objective.keyResults {
                    try table.row(objective.id, owner[kr.location.line], kr.text, kr.done, kr.progress, kr.progressSource.rawValue, kr.location.line)
                }
            }
        }
        try insert("INSERT INTO roadmap_items VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") { table in
            for r in roadmapItems {
                try table.row(r.id, r.roadmap, r.lane, r.group, r.period, r.title, r.metadata.owners.joined(separator: ", "), r.metadata.status?.rawValue,
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
        try insert("INSERT INTO search (kind, id, title, body) VALUES (?, ?, ?, ?)") { table in
            for p in plan.strategy?.priorities ?? [] { try table.row("priority", p.id, p.title, p.body) }
            for o in objectives { try table.row("objective", o.id, o.title, o.body) }
            for o in objectives { for i in o.initiatives { try table.row("initiative", i.id, i.title, i.body) } }
            for r in roadmapItems { try table.row("roadmap-item", r.id, r.title, r.body) }
        }
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

    /// One cached prepared INSERT, executed once per row with that row's values. Each value is converted as it
    /// is bound rather than gathered with the others into arrays of `DatabaseValueConvertible?` first, which
    /// cost half the database write in allocations and boxing.
    struct Rows {
        let statement: Statement

        func row<each Value: DatabaseValueConvertible>(_ values: repeat Optional<each Value>) throws {
            var arguments: [DatabaseValue] = []
            for value in repeat each values { arguments.append(value?.databaseValue ?? .null) }
            try statement.execute(arguments: StatementArguments(arguments))
        }
    }

    private func insert(_ sql: String, _ rows: (Rows) throws -> Void) throws {
        try rows(Rows(statement: try db.cachedStatement(sql: sql)))
    }
}
