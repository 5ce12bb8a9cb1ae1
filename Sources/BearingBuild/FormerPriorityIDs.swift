import BearingModel
import BearingParse
import Foundation

/// A priority id the strategy had in an earlier commit and no longer has, still written in a plan file: the
/// strategy renamed `{#velocity}` to `{#devex}` in August, and the Q3 file written before still says
/// `Priority: velocity`. "unknown priority `velocity`" alone sends the reader looking for a typo; the strategy's
/// own history says what the id was and what stands in its place now.
package enum FormerPriorityIDs {
    /// `plan` with each unknown priority reference that has no fix yet, and names an id an earlier version of the
    /// strategy had, given one saying so. Reads the strategy file's commits only, and only when there is such a
    /// reference; outside git, or when git cannot say, `plan` as it was.
    package static func annotate(_ plan: Plan, root: String, environment: [String: String]? = nil) -> Plan {
        let wanted = plan.diagnostics.indices.filter { unknownID(plan.diagnostics[$0]) != nil }
        guard !wanted.isEmpty, let strategy = plan.strategy,
              let repository = try? GitRepository(workspace: root, environment: environment), (try? repository.commit("HEAD")) != nil,
              let former = try? formerIDs(repository: repository, root: root, config: plan.config, current: strategy) else { return plan }
        var plan = plan
        for index in wanted {
            guard let id = unknownID(plan.diagnostics[index]), let old = former[id.lowercased()] else { continue }
            plan.diagnostics[index].fix = fix(id: id, old: old, current: strategy)
        }
        return plan
    }

    /// A priority as an earlier strategy had it, and the commit that took its id away.
    struct Former {
        var priority: Priority
        var removed: CommitInfo
    }

    /// The id an "unknown priority `…`" error names, when it offers no fix of its own.
    static func unknownID(_ diagnostic: Diagnostic) -> String? {
        guard diagnostic.code == .unresolvedReference, diagnostic.fix == nil, diagnostic.candidates?.kind == "priority",
              let rest = diagnostic.message.components(separatedBy: "unknown priority `").dropFirst().first,
              let id = rest.components(separatedBy: "`").first, !id.isEmpty else { return nil }
        return id
    }

    /// Each id (lowercased) a version of the strategy had, that the current one does not, with the commit that
    /// removed it last.
    static func formerIDs(repository: GitRepository, root: String, config: WorkspaceConfig, current: Strategy) throws -> [String: Former] {
        let currentIDs = Set(current.priorities.map { $0.id.lowercased() })
        let settings = WorkspaceLoader.settings(root: root)
        let history = try repository.history(paths: [ConfigLoader.fileName, config.strategyPath])
        var former: [String: Former] = [:]
        var previous: [String: Priority] = [:]
        history.forEachRevision { info, tree in
            guard let strategy = WorkspaceLoader(fileSystem: tree.fileSystem(root: root), settingsWhenAbsent: settings).load(root: root).strategy,
                  !strategy.priorities.isEmpty else { return }
            let ids = Dictionary(strategy.priorities.map { ($0.id.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
            for (id, priority) in previous where ids[id] == nil && !currentIDs.contains(id) {
                former[id] = Former(priority: priority, removed: info)
            }
            previous = ids
        }
        return former
    }

    /// "`velocity` was the id of priority 2 “Developer velocity” until the strategy changed on 2026-08-21 (Dana
    /// Whitfield); priority 2 is now `devex` (“Developer experience”): write `devex`".
    static func fix(id: String, old: Former, current: Strategy) -> String {
        let kind = old.priority.parent == nil ? "priority" : "sub-priority"
        let when = "until the strategy changed on \(old.removed.committed.prefix(10)) (\(old.removed.author))"
        var text = "`\(id)` was the id of \(kind) \(old.priority.number) “\(old.priority.title)” \(when)"
        if let now = current.priorities.first(where: { $0.number == old.priority.number }) {
            text += "; \(kind) \(now.number) is now `\(now.id)` (“\(now.title)”): write `\(now.id)` if it is the same priority"
        }
        return text
    }
}
