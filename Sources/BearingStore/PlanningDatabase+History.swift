import BearingModel
import BearingReport
import Foundation
import GRDB

extension PlanningDatabase {
    /// Inserts the plan's history (revisions and each item's changes), in one transaction.
    public func write(history: PlanHistory) throws {
        try writer.write { db in
            let revision = try db.makeStatement(sql: "INSERT INTO revisions VALUES (?, ?, ?, ?, ?, ?)")
            for (index, info) in history.revisions.enumerated() {
                try revision.execute(arguments: [index + 1, info.commit, info.author, info.email, info.date, info.committed])
            }
            let item = try db.makeStatement(sql: "INSERT INTO item_history VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
            let result = try db.makeStatement(sql: "INSERT INTO key_result_history VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
            let link = try db.makeStatement(sql: "INSERT INTO link_history VALUES (?, ?, ?, ?, ?)")
            for change in history.changes {
                let seq = change.revision + 1
                guard let state = change.state else {
                    try item.execute(arguments: [seq, change.item, nil, 0, nil, nil, nil, nil])
                    continue
                }
                try item.execute(arguments: [seq, state.id, state.kind.rawValue, 1, state.title, state.quarter, state.status?.rawValue, state.progress])
                for (position, kr) in state.keyResults.enumerated() {
                    // `current` is the number, or a table's Current cell as written when it is none (as key_results.current).
                    let current: (any DatabaseValueConvertible)? = kr.current ?? kr.currentCell
                    try result.execute(arguments: [seq, state.id, position + 1, kr.text, kr.done, current, kr.target, kr.progress])
                }
                for each in state.links {
                    try link.execute(arguments: [seq, state.id, each.priority, each.kind.rawValue, each.strength])
                }
            }
        }
    }
}
