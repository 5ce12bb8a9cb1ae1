import BearingAlign
import BearingModel
import BearingParse
import Foundation

/// What a change does to the plan: two aligned plans (a base revision and a head) compared by priority,
/// by item, by orphan and by error. `bearing diff` prints it as a pull-request comment or as JSON.
public struct PlanDiff: Sendable, Encodable {
    /// One side of the comparison, summed up.
    public struct Side: Sendable, Encodable, Equatable {
        /// What the user named ("origin/main", "working tree").
        public var label: String
        /// The commit read; nil for the working tree.
        public var commit: String?
        /// Nil when nothing could be judged (no strategy, no items, or every item too thin to link).
        public var alignmentIndex: Double?
        public var coverage: Double
        public var subCoverage: Double
        public var objectives: Int
        public var roadmapItems: Int
        public var orphans: Int
        /// How many of the orphans declare a priority their text does not say how they serve (`declared-unsupported`):
        /// still orphans by the scores, but told apart in words, as `report` does ("orphans 2 (1 declared, unsupported)").
        public var declaredUnsupported: Int = 0
        public var errors: Int
        public var warnings: Int
    }

    public struct PriorityChange: Sendable, Encodable, Equatable {
        public enum Gap: String, Sendable, Encodable { case opened, closed }
        public var id: String
        public var title: String
        public var parent: String?
        /// Items linked above the threshold; nil when the priority is not in that side's strategy.
        public var itemsBefore: Int?
        public var itemsAfter: Int?
        public var shareBefore: Double?
        public var shareAfter: Double?
        public var gap: Gap?
        /// The title it had in the base, when the head renamed it (and with it its id, derived from the title).
        public var renamedFrom: String?
    }

    public struct ItemChange: Sendable, Encodable, Equatable {
        public enum Change: String, Sendable, Encodable { case added, removed, changed }
        public var id: String
        public var title: String
        public var kind: AlignedItem.Kind
        public var change: Change
        /// Where it is on the side that has it (the head, unless removed).
        public var location: SourceLocation
        public var statusBefore: Status?
        public var statusAfter: Status?
        /// Mean key-result progress, 0…1.
        public var progressBefore: Double?
        public var progressAfter: Double?
        /// "2 of 8 key results measured" when the head's grade covers only some of its key results (`Grade.coverage`):
        /// "100%" from two of eight must not read as the objective's whole.
        public var gradeCoverage: String?
        /// Priorities linked above the threshold on one side only.
        public var linksGained: [String]
        public var linksLost: [String]
        public var orphanBefore: Bool
        public var orphanAfter: Bool
        /// The priorities an orphan declares whose link its text does not support, on each side
        /// (`Alignment.unsupportedDeclarations`): a team said which priority, only not how. Empty for an item that
        /// serves a priority or declares nothing.
        public var unsupportedBefore: [String] = []
        public var unsupportedAfter: [String] = []
        /// The priorities the item declares (`Priorities:`) on each side; its other links are inferred. A link that only
        /// became declared changes no priority, yet it is what the change did.
        public var declaredBefore: [String] = []
        public var declaredAfter: [String] = []
        /// The misspelt key the base wrote the item's priorities under ("Priorites"), when the head declares them:
        /// the typo's fix, not a new choice of priorities.
        public var correctedKey: String?
        /// What the item declares in the head that names nothing (`Priorities: stabilty`, each an error): its links are
        /// inferred meanwhile, so they are no choice the change made.
        public var unresolvedAfter: [String] = []
        /// When it is planned on each side, set only when it moved: the most important change of a roadmap item for a
        /// review ("Pricing page revamp" slipping from 2026-Q3 to 2026-Q4 changes no link, status or progress).
        public var scheduleBefore: Schedule?
        public var scheduleAfter: Schedule?
        /// It moved to a later period or due date.
        public var slipped = false
    }

    /// Where an item sits in time: its period (a quarter, half-year or year), its roadmap lane and its due date.
    public struct Schedule: Sendable, Encodable, Equatable {
        public var period: String?
        public var lane: String?
        public var due: String?

        /// Every item's schedule in `plan`, by id.
        static func all(_ plan: Plan, _ alignment: Alignment) -> [String: Schedule] {
            var out: [String: Schedule] = [:]
            for item in alignment.items where item.isCounted {
                out[item.id] = Schedule(period: item.quarter?.description, lane: nil, due: nil)
            }
            for objective in plan.objectives { out[objective.id]?.due = objective.metadata.due }
            for item in plan.roadmapItems {
                out[item.id]?.lane = item.lane
                out[item.id]?.due = item.metadata.due
            }
            return out
        }
    }

    public struct Problem: Sendable, Encodable, Equatable {
        public var location: SourceLocation
        public var code: String
        public var message: String
        /// How to fix it, as `check` prints it after the message (a did-you-mean for an unknown reference).
        public var fix: String?
    }

    public var base: Side
    public var head: Side
    /// Priorities whose items, effort share or gap state changed, in strategy order.
    public var priorities: [PriorityChange]
    /// Objectives and roadmap items added, removed or changed (initiatives roll up into their objective).
    public var items: [ItemChange]
    /// New orphans that declare nothing: work nobody tied to a priority.
    public var newOrphans: [String]
    /// New orphans that declare a priority their text does not say how they serve: still orphans by the scores (and
    /// a regression), but "orphan" alone would tell a reviewer that the author named no priority.
    public var newDeclaredUnsupported: [String]
    /// Orphans of the base (declaring or not) that are not orphans in the head.
    public var resolvedOrphans: [String]
    public var newErrors: [Problem]
    public var fixedErrors: [Problem]

    /// The alignment index went down by a point or more, a gap opened, or a new orphan (declaring a priority or not)
    /// or error appeared.
    public var isRegression: Bool {
        if let before = base.alignmentIndex, let after = head.alignmentIndex, after.rounded() < before.rounded() { return true }
        return priorities.contains { $0.gap == .opened } || !newOrphans.isEmpty || !newDeclaredUnsupported.isEmpty || !newErrors.isEmpty
    }

    /// Compares two aligned plans.
    public init(base: (plan: Plan, alignment: Alignment, label: String, commit: String?),
                head: (plan: Plan, alignment: Alignment, label: String, commit: String?)) {
        self.base = Self.side(base.plan, base.alignment, label: base.label, commit: base.commit)
        self.head = Self.side(head.plan, head.alignment, label: head.label, commit: head.commit)
        priorities = Self.priorityChanges(base.alignment, head.alignment)
        items = Self.itemChanges(base.alignment, head.alignment, misspelt: Self.misspeltKeys(base.plan),
                                 schedules: (Schedule.all(base.plan, base.alignment), Schedule.all(head.plan, head.alignment)))
        let unresolved = Self.unresolvedReferences(head.plan)
        for index in items.indices where items[index].change != .removed {
            items[index].unresolvedAfter = unresolved[items[index].id] ?? []
        }
        let orphansBefore = Set(base.alignment.workspace?.orphans ?? []), orphansAfter = Set(head.alignment.workspace?.orphans ?? [])
        let newlyOrphaned = (head.alignment.workspace?.orphans ?? []).filter { !orphansBefore.contains($0) }
        newOrphans = newlyOrphaned.filter { head.alignment.unsupportedDeclarations(of: $0).isEmpty }
        newDeclaredUnsupported = newlyOrphaned.filter { !head.alignment.unsupportedDeclarations(of: $0).isEmpty }
        resolvedOrphans = (base.alignment.workspace?.orphans ?? []).filter { !orphansAfter.contains($0) }
        (newErrors, fixedErrors) = Self.errorChanges(base.plan, head.plan)
    }

    static func side(_ plan: Plan, _ alignment: Alignment, label: String, commit: String?) -> Side {
        let workspace = alignment.workspace
        let judged = workspace.map { $0.items > 0 && !$0.nothingJudged && !alignment.strategy.topLevel.isEmpty } ?? false
        return Side(label: label, commit: commit, alignmentIndex: judged ? workspace?.alignmentIndex : nil,
                    coverage: workspace?.coverage ?? 0, subCoverage: workspace?.subCoverage ?? 0,
                    objectives: plan.objectives.count, roadmapItems: plan.roadmapItems.count,
                    orphans: workspace?.orphans.count ?? 0,
                    declaredUnsupported: workspace?.orphans.count { !alignment.unsupportedDeclarations(of: $0).isEmpty } ?? 0,
                    errors: plan.errorCount, warnings: plan.warningCount)
    }

    /// Every priority of either strategy (head order first) whose numbers moved.
    static func priorityChanges(_ base: Alignment, _ head: Alignment) -> [PriorityChange] {
        let before = Dictionary(base.priorities.map { ($0.priority, $0) }, uniquingKeysWith: { first, _ in first })
        let after = Dictionary(head.priorities.map { ($0.priority, $0) }, uniquingKeysWith: { first, _ in first })
        let gapsBefore = Set((base.workspace?.gaps ?? []) + (base.workspace?.subGaps ?? []))
        let gapsAfter = Set((head.workspace?.gaps ?? []) + (head.workspace?.subGaps ?? []))
        // A priority renamed in place (same number, its id derived from the new title) is one row, "renamed from …",
        // compared with what it had under its old id, not a new priority beside a removed one.
        var renamed: [String: (id: String, title: String)] = [:]
        for change in StrategyChange.between(base.strategy, head.strategy) where change.kind == .renamed {
            if let ids = change.ids { renamed[ids.after] = (ids.before, change.oldTitle ?? ids.before) }
        }
        var seen = Set(renamed.values.map(\.id))
        var changes: [PriorityChange] = []
        for priority in head.strategy.priorities + base.strategy.priorities where seen.insert(priority.id).inserted {
            let baseID = renamed[priority.id]?.id ?? priority.id
            let old = before[baseID], new = after[priority.id]
            var gap: PriorityChange.Gap?
            if old != nil, new != nil {
                if gapsAfter.contains(priority.id) && !gapsBefore.contains(baseID) { gap = .opened }
                if gapsBefore.contains(baseID) && !gapsAfter.contains(priority.id) { gap = .closed }
            }
            // Shares of effort are the top-level priorities' (they sum to 100 %); a sub-priority's work counts in its
            // parent's, so its own share is none rather than "0% → 0%".
            let shared = priority.parent == nil
            let change = PriorityChange(id: priority.id, title: priority.title, parent: priority.parent,
                                        itemsBefore: old?.items, itemsAfter: new?.items,
                                        shareBefore: shared ? old?.effortShare : nil, shareAfter: shared ? new?.effortShare : nil, gap: gap,
                                        renamedFrom: renamed[priority.id]?.title)
            let moved = change.itemsBefore != change.itemsAfter || gap != nil || change.renamedFrom != nil
                || (change.shareBefore.map { (($0 * 100).rounded()) } != change.shareAfter.map { (($0 * 100).rounded()) })
            if moved { changes.append(change) }
        }
        return changes
    }

    /// Objectives and roadmap items matched by id, then the rest by kind and title: a roadmap item's id carries its
    /// file's name, so renaming or moving a file changes nothing. A retitled objective (its id is its title's slug)
    /// shows as one removed and one added.
    static func itemChanges(_ base: Alignment, _ head: Alignment, misspelt: [String: String] = [:],
                            schedules: (base: [String: Schedule], head: [String: Schedule]) = ([:], [:])) -> [ItemChange] {
        let beforeItems = base.items.filter(\.isCounted), afterItems = head.items.filter(\.isCounted)
        let beforeIDs = Set(beforeItems.map(\.id)), afterIDs = Set(afterItems.map(\.id))
        let before = Dictionary(beforeItems.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        // Items only on one side, by kind and title, for the second round of matching.
        var removedByTitle: [String: [AlignedItem]] = [:]
        for item in beforeItems where !afterIDs.contains(item.id) { removedByTitle[Self.titleKey(item), default: []].append(item) }
        let sides = Sides(base: base, head: head, misspelt: misspelt, schedules: schedules)
        var changes: [ItemChange] = []
        for item in afterItems {
            var old = before[item.id]
            if old == nil, !beforeIDs.contains(item.id), var candidates = removedByTitle[Self.titleKey(item)], !candidates.isEmpty {
                old = candidates.removeFirst()
                removedByTitle[Self.titleKey(item)] = candidates
            }
            guard let old else {
                changes.append(ItemChange(id: item.id, title: item.title, kind: item.kind, change: .added, location: item.location,
                                          statusAfter: item.status, progressAfter: item.progress, gradeCoverage: item.gradeCoverage,
                                          linksGained: linked(item.id, in: head),
                                          linksLost: [], orphanBefore: false, orphanAfter: sides.orphanAfter(item.id),
                                          unsupportedAfter: sides.unsupported(item.id, in: head),
                                          declaredAfter: item.declaredIDs))
                continue
            }
            if let change = sides.compare(old, item) { changes.append(change) }
        }
        let stillRemoved = Set(removedByTitle.values.joined().map(\.id))
        for item in beforeItems where stillRemoved.contains(item.id) {
            changes.append(ItemChange(id: item.id, title: item.title, kind: item.kind, change: .removed, location: item.location,
                                      statusBefore: item.status, progressBefore: item.progress, linksGained: [],
                                      linksLost: linked(item.id, in: base), orphanBefore: sides.orphanBefore(item.id), orphanAfter: false,
                                      unsupportedBefore: sides.unsupported(item.id, in: base),
                                      declaredBefore: item.declaredIDs))
        }
        return changes
    }

    static func titleKey(_ item: AlignedItem) -> String { item.kind.rawValue + "\u{0}" + item.title.lowercased() }

    /// Both alignments, for comparing one item across them.
    struct Sides {
        let base: Alignment
        let head: Alignment
        let orphansBefore: Set<String>
        let orphansAfter: Set<String>
        /// Items of the base by id whose priorities were written under a misspelt key, and that key.
        let misspelt: [String: String]
        let schedules: (base: [String: Schedule], head: [String: Schedule])

        init(base: Alignment, head: Alignment, misspelt: [String: String] = [:],
             schedules: (base: [String: Schedule], head: [String: Schedule]) = ([:], [:])) {
            self.base = base
            self.head = head
            self.misspelt = misspelt
            self.schedules = schedules
            orphansBefore = Set(base.workspace?.orphans ?? [])
            orphansAfter = Set(head.workspace?.orphans ?? [])
        }

        func orphanBefore(_ id: String) -> Bool { orphansBefore.contains(id) }
        func orphanAfter(_ id: String) -> Bool { orphansAfter.contains(id) }
        /// The declared priorities of an orphan that its text does not support, by id.
        func unsupported(_ id: String, in alignment: Alignment) -> [String] {
            var seen = Set<String>()
            return alignment.unsupportedDeclarations(of: id).map(\.priority).filter { seen.insert($0).inserted }
        }

        /// What changed between the item as it was and as it is; nil when nothing a reviewer would care about did.
        func compare(_ old: AlignedItem, _ new: AlignedItem) -> ItemChange? {
            let linksBefore = linked(old.id, in: base), linksAfter = linked(new.id, in: head)
            let corrected = old.declaredIDs.isEmpty && !new.declaredIDs.isEmpty ? misspelt[old.id] : nil
            let scheduleBefore = schedules.base[old.id], scheduleAfter = schedules.head[new.id]
            let rescheduled = scheduleBefore != scheduleAfter
            var change = ItemChange(id: new.id, title: new.title, kind: new.kind, change: .changed, location: new.location,
                                    statusBefore: old.status, statusAfter: new.status,
                                    progressBefore: old.progress, progressAfter: new.progress, gradeCoverage: new.gradeCoverage,
                                    linksGained: linksAfter.filter { !linksBefore.contains($0) },
                                    linksLost: linksBefore.filter { !linksAfter.contains($0) },
                                    orphanBefore: orphanBefore(old.id), orphanAfter: orphanAfter(new.id),
                                    unsupportedBefore: unsupported(old.id, in: base), unsupportedAfter: unsupported(new.id, in: head),
                                    declaredBefore: old.declaredIDs, declaredAfter: new.declaredIDs, correctedKey: corrected)
            if rescheduled {
                (change.scheduleBefore, change.scheduleAfter) = (scheduleBefore, scheduleAfter)
                let later = old.quarter.flatMap { was in new.quarter.map { was.dateInterval.end < $0.dateInterval.end } } ?? false
                // ISO dates order as text; a due date only set or cleared is a change, not a slip.
                let due = (scheduleBefore?.due, scheduleAfter?.due)
                let dueLater = due.0.flatMap { was in due.1.map { DateText.parse(was) != nil && DateText.parse($0) != nil && was < $0 } } ?? false
                change.slipped = later || dueLater
            }
            let progressMoved = change.progressBefore.map { ($0 * 100).rounded() } != change.progressAfter.map { ($0 * 100).rounded() }
            let moved = change.statusBefore != change.statusAfter || progressMoved || !change.linksGained.isEmpty
                || !change.linksLost.isEmpty || change.orphanBefore != change.orphanAfter || old.title != new.title
                || Set(old.declaredIDs) != Set(new.declaredIDs) || rescheduled
            return moved ? change : nil
        }
    }

    /// Objectives and roadmap items by id whose metadata writes a priorities key misspelt ("Priorites: growth"), with
    /// the key as written: kept as a custom field, so the item declared nothing.
    static func misspeltKeys(_ plan: Plan) -> [String: String] {
        var found: [String: String] = [:]
        let fields = plan.objectives.map { ($0.id, $0.metadata.custom) } + plan.roadmapItems.map { ($0.id, $0.metadata.custom) }
        for (id, custom) in fields {
            if let field = custom.first(where: { MisspeltKey.priorities($0.key, value: $0.value) != nil }) { found[id] = field.key }
        }
        return found
    }

    /// The priorities an item counts for: its links at or above the threshold.
    /// The references each objective (with its initiatives') and roadmap item wrote that matched nothing, by item id.
    static func unresolvedReferences(_ plan: Plan) -> [String: [String]] {
        var out: [String: [String]] = [:]
        for objective in plan.objectives {
            let written = objective.resolved.unresolved + objective.initiatives.flatMap(\.resolved.unresolved)
            if !written.isEmpty { out[objective.id, default: []] += written }
        }
        for item in plan.roadmapItems where !item.resolved.unresolved.isEmpty { out[item.id, default: []] += item.resolved.unresolved }
        return out
    }

    static func linked(_ item: String, in alignment: Alignment) -> [String] {
        var seen = Set<String>()
        return alignment.links(of: item).filter { $0.strength >= Alignment.threshold }.map(\.priority).filter { seen.insert($0).inserted }
    }

    /// Errors matched by file, code and message (not line: an edit above an old error moves it, it is not new).
    static func errorChanges(_ base: Plan, _ head: Plan) -> (new: [Problem], fixed: [Problem]) {
        func problems(_ plan: Plan) -> [Problem] {
            plan.diagnostics.filter { $0.severity == .error }
                .map { Problem(location: $0.location, code: $0.code.rawValue, message: $0.message, fix: $0.fix) }
        }
        func key(_ problem: Problem) -> String { problem.location.path + "\u{0}" + problem.code + "\u{0}" + problem.message }
        /// The problems of `these` left over once each of `those` has cancelled one with the same key.
        func unmatched(_ these: [Problem], against those: [Problem]) -> [Problem] {
            var remaining: [String: Int] = [:]
            for problem in those { remaining[key(problem), default: 0] += 1 }
            return these.filter { problem in
                guard let count = remaining[key(problem)], count > 0 else { return true }
                remaining[key(problem)] = count - 1
                return false
            }
        }
        let before = problems(base), after = problems(head)
        return (unmatched(after, against: before), unmatched(before, against: after))
    }
}
