import BearingAlign
import BearingModel
import BearingParse
import Foundation

/// Reads a workspace's history: every revision loaded from git's object store (each file version parsed once,
/// by blob), aligned as of its own commit date (each distinct item text placed once per strategy), and compared
/// with the revision before, so only what changed is kept.
public struct HistoryReader: Sendable {
    public var repository: GitRepository
    public var aligner: Aligner
    /// The workspace folder, as the loader names it.
    public var root: String
    /// The files and folders the plan is read from (workspace-relative); nil walks every commit of the workspace.
    public var paths: [String]?
    /// The workspace's bearing.yml as it is now, for the revisions committed before it was.
    public var settings: WorkspaceLoader.Settings?

    public init(repository: GitRepository, aligner: Aligner, root: String, config: WorkspaceConfig? = nil) {
        self.repository = repository
        self.aligner = aligner
        self.root = root
        paths = config.flatMap(Self.paths)
        settings = WorkspaceLoader.settings(root: root)
    }

    /// What a revision of the plan can change: bearing.yml and the paths it names today (a folder the settings named
    /// in the past and no longer name is not walked: its commits are not revisions of today's plan). Nil, walking
    /// every commit of the workspace, when a path reaches outside the workspace.
    public static func paths(_ config: WorkspaceConfig) -> [String]? {
        var seen = Set<String>(), paths: [String] = []
        for path in [ConfigLoader.fileName, config.strategyPath] + config.objectivePaths + config.roadmapPaths {
            let parts = path.split(separator: "/").filter { $0 != "." }
            guard !path.hasPrefix("/"), !parts.contains("..") else { return nil }
            let clean = parts.joined(separator: "/")
            if !clean.isEmpty, seen.insert(clean).inserted { paths.append(clean) }
        }
        return paths
    }

    /// The history, or what git said when it could not be read. Without `linking`, each revision is loaded but not
    /// linked or scored: statuses and key results only (no links, no item progress), which is all trends and stale
    /// key results need, at a fraction of the cost.
    /// With `from` (a day), the walk starts at the last commit before that day, as it stood, instead of the first:
    /// enough for what happened since, at a fraction of a long history's cost.
    public func read(linking: Bool = true, from day: Date? = nil) throws -> PlanHistory {
        let start = try day.flatMap { day -> String? in
            let before = Format.day(day.addingTimeInterval(-86_400))
            do { return try repository.commit(asOf: before) } catch RevisionError.nothingBefore { return nil }
        }
        let revisions = try repository.history(since: start, paths: paths, baseline: start != nil)
        let cache = ParseCache()
        var inferences = InferenceCache()
        var figures = KeyResultFigureCache()
        var history = PlanHistory(isShallow: revisions.isShallow)
        var previous: [String: PlanHistory.ItemState] = [:]
        var fingerprint: String?
        var strategyKey: StrategyVersion.Key?
        let dates = ISO8601DateFormatter()
        revisions.forEachRevision { info, tree in
            let plan = WorkspaceLoader(fileSystem: tree.fileSystem(root: root), cache: cache, settingsWhenAbsent: settings).load(root: root)
            // A commit that changed only Markdown the plan does not read (a README) is no revision of the plan.
            guard plan.inputFingerprint != fingerprint else { return }
            fingerprint = plan.inputFingerprint
            // A strategy without priorities scores nothing: quarters before the first real one keep today's scoring.
            if let strategy = plan.strategy, !strategy.topLevel.isEmpty, StrategyVersion.Key(strategy) != strategyKey {
                strategyKey = StrategyVersion.Key(strategy)
                let since = dates.date(from: info.committed) ?? dates.date(from: info.date) ?? .distantPast
                history.strategies.append(StrategyVersion(strategy: strategy, commit: info, since: since))
            }
            let states: [String: PlanHistory.ItemState]
            if linking {
                // Links only: history keeps each item's status, key results and links, and scoring a large plan at
                // every revision was most of the walk.
                let (items, links) = aligner.links(plan, cache: &inferences)
                states = Self.states(plan: plan, items: items, links: links, figures: &figures)
            } else {
                states = Self.states(plan: plan, figures: &figures)
            }
            let index = history.revisions.count
            history.revisions.append(info)
            for id in Set(states.keys).union(previous.keys).sorted() where states[id] != previous[id] {
                history.changes.append(PlanHistory.Change(revision: index, item: id, state: states[id]))
            }
            previous = states
        }
        return history
    }

    /// Every item's state in one linked revision.
    static func states(plan: Plan, items: [AlignedItem], links: [Link], figures: inout KeyResultFigureCache) -> [String: PlanHistory.ItemState] {
        var keyResults: [String: [KeyResult]] = [:]
        for objective in plan.objectives {
            keyResults[objective.id] = objective.keyResults
            for initiative in objective.initiatives { keyResults[initiative.id] = initiative.keyResults }
        }
        let links = Dictionary(grouping: links, by: \.item)
        var states: [String: PlanHistory.ItemState] = [:]
        for item in items {
            let results = figures.states(keyResults[item.id] ?? [])
            let itemLinks = (links[item.id] ?? []).map { PlanHistory.LinkState(priority: $0.priority, kind: $0.kind, strength: ($0.strength * 1000).rounded() / 1000) }
            states[item.id] = PlanHistory.ItemState(id: item.id, kind: item.kind, title: item.title, quarter: item.quarter?.description,
                                                    status: item.status, progress: item.progress, keyResults: results, links: itemLinks)
        }
        return states
    }

    /// Every item's state in one revision, unlinked: status and key results as written.
    static func states(plan: Plan, figures: inout KeyResultFigureCache) -> [String: PlanHistory.ItemState] {
        var states: [String: PlanHistory.ItemState] = [:]
        for objective in plan.objectives {
            let quarter = objective.quarter?.description
            states[objective.id] = PlanHistory.ItemState(id: objective.id, kind: .objective, title: objective.title, quarter: quarter,
                                                         status: objective.metadata.status, progress: nil, keyResults: figures.states(objective.keyResults), links: [])
            for initiative in objective.initiatives {
                states[initiative.id] = PlanHistory.ItemState(id: initiative.id, kind: .initiative, title: initiative.title, quarter: quarter,
                                                              status: initiative.metadata.status, progress: nil, keyResults: figures.states(initiative.keyResults), links: [])
            }
        }
        for item in plan.roadmapItems {
            states[item.id] = PlanHistory.ItemState(id: item.id, kind: .roadmapItem, title: item.title, quarter: nil,
                                                    status: item.metadata.status, progress: nil, keyResults: [], links: [])
        }
        return states
    }
}

/// A key result's current value and target, read once per distinct text.
struct KeyResultFigureCache {
    private var known: [String: (Double?, Double?)] = [:]

    /// Key results as history stores them, with their figures.
    mutating func states(_ keyResults: [KeyResult]) -> [PlanHistory.KeyResultState] {
        keyResults.map { result in
            var (current, target) = read(result.text)
            // A table row's Current and Target cells are its figures (the row's text names only the measure).
            let cells = result.figures
            let cellCurrent = cells?.current.flatMap(ProgressReader.cellNumber)
            current = cellCurrent ?? (cells?.current == nil ? current : nil)
            target = cells?.target.flatMap(ProgressReader.cellNumber) ?? target
            return PlanHistory.KeyResultState(text: result.text, done: result.done, current: current, target: target,
                                              currentCell: cellCurrent == nil ? cells?.current : nil, progress: result.progress)
        }
    }

    mutating func read(_ text: String) -> (Double?, Double?) {
        if let found = known[text] { return found }
        let figures = ProgressReader.figures(text)
        let pair = (figures?.current, figures?.target)
        known[text] = pair
        return pair
    }
}
