/// Makes ids unique, resolves every reference in the plan to ids, and finds dependency cycles.
/// Runs after every file is parsed, so references may point across files in any order.
package struct ReferenceResolver: Sendable {
    package init() {}

    package func resolve(_ plan: inout Plan, weights: [WeightEntry]) {
        var indexes = ReferenceIndexes()
        resolve(&plan, weights: weights, indexes: &indexes)
    }

    /// `resolve`, taking each kind's index from `indexes` when its entries are unchanged since the load that made it.
    package func resolve(_ plan: inout Plan, weights: [WeightEntry], indexes: inout ReferenceIndexes) {
        indexes.begin()
        // First, so that every reference, table and page after this sees unique ids.
        var diagnostics = DuplicateIDs.rename(&plan)
        let priorities = indexes.index(kind: "priority", plan.strategy.map { ReferenceIndex.Entry.priorities($0.priorities) } ?? [])
        diagnostics += RankCodes.take(&plan, priorities: priorities)
        // Entries straight from the files: flattening `plan.objectives` first copies every objective whole.
        let objectives = indexes.index(kind: "objective", plan.objectiveFiles.flatMap { file in
            file.objectives.map { ReferenceIndex.Entry(id: $0.id, title: $0.title, location: $0.location, aliases: $0.aliases) }
        })
        let items = indexes.index(kind: "roadmap item", plan.roadmaps.flatMap { roadmap in
            roadmap.items.map { item in
                ReferenceIndex.Entry(id: item.id, title: ReferenceAlias.writtenTitle(item.title, metadata: item.metadata), location: item.location,
                                     aliases: ReferenceAlias.aliases(of: item.metadata) + item.aliases
                                         + ReferenceAlias.formerID(item.id, title: item.title, explicitID: item.explicitID, metadata: item.metadata))
            }
        })
        let roadmaps = indexes.index(kind: "roadmap", plan.roadmaps.map {
            ReferenceIndex.Entry(id: $0.id, title: $0.title, location: SourceLocation(path: $0.path))
        })

        func lookup(_ references: [Reference], in index: ReferenceIndex, preferring prefix: String? = nil) -> (ids: [String], missing: [String]) {
            var ids: [String] = [], missing: [String] = []
            for reference in references.flatMap({ StepRange.expand($0, in: index, preferring: prefix) ?? [$0] }) {
                guard let id = resolveOne(reference, in: index, preferring: prefix, diagnostics: &diagnostics) else {
                    missing.append(reference.written ?? reference.text)
                    continue
                }
                if !ids.contains(id) { ids.append(id) }
            }
            return (ids, missing)
        }
        let strategyPriorities = plan.strategy?.priorities ?? []
        let priorityNames = TitleTag.Names(strategyPriorities)
        // A priority named in the title's tag, when the item declares none (`TitleTag`).
        func tagged(_ resolved: inout ResolvedReferences, _ metadata: Metadata, title: String) {
            guard metadata.priorities.isEmpty else { return }
            let ids = TitleTag.priorities(in: title, names: priorityNames)
            if !ids.isEmpty {
                resolved.priorities = ids
                resolved.declaredBy = "its title's tag"
            }
        }
        // A priority named by the heading the item is filed under, nearest first — its group, its lane, its roadmap's
        // title — when it declares none: "## Reliability" over work in a strategy whose priority is "Reliability", or
        // Rust's roadmap "Fast Builds" whose theme is the priority "Fast Builds". Only an exact title or id, as a title's tag.
        // An item that serves an objective says what it is for on its own line: the heading is where the team put the card,
        // and taking the link from it would drop the objective's ("## Analytics Platform" over a gateway cut-over that
        // serves "Retire the old gateway").
        func filed(_ resolved: inout ResolvedReferences, _ metadata: Metadata, item: RoadmapItem, roadmapTitle: String) {
            guard metadata.priorities.isEmpty, resolved.priorities.isEmpty, resolved.objectives.isEmpty, !strategyPriorities.isEmpty else { return }
            let groups = item.group?.components(separatedBy: " / ").reversed().map { ("group", $0) } ?? []
            for (kind, heading) in groups + [("lane", item.lane), ("roadmap", roadmapTitle)] {
                let ids = TitleTag.priorities(named: TitleLabel.stripLeadingSymbols(heading), names: priorityNames)
                if !ids.isEmpty {
                    resolved.priorities = ids
                    resolved.declaredBy = "the \(kind) “\(heading)”"
                    resolved.filedUnderHeading = true
                    return
                }
            }
        }
        // An objective filed under a group heading that names a priority exactly, when it declares none.
        func fileUnder(_ resolved: inout ResolvedReferences, _ metadata: Metadata, heading: String) {
            guard metadata.priorities.isEmpty, resolved.priorities.isEmpty, resolved.objectives.isEmpty, !strategyPriorities.isEmpty else { return }
            let ids = TitleTag.priorities(named: TitleLabel.stripLeadingSymbols(heading), names: priorityNames)
            guard !ids.isEmpty else { return }
            resolved.priorities = ids
            resolved.declaredBy = "the heading “\(heading)”"
            resolved.filedUnderHeading = true
        }
        let words = Set(plan.strategy?.priorityWords ?? [])
        let codes = ObjectiveCodes(plan.objectiveFiles)
        // Each file resolves from its own items and this context alone: a file whose items are those the last load
        // resolved, against the same context, takes that load's result and findings (`ReferenceIndexes.Resolved`).
        let reuse = indexes.settle(.init(priorities: strategyPriorities, words: words, fiscalYearStart: plan.config.fiscalYearStart, codes: codes))
        var keptFiles: [String: ReferenceIndexes.Resolved<ObjectivesFile>] = [:], keptRoadmaps: [String: ReferenceIndexes.Resolved<Roadmap>] = [:]
        keptFiles.reserveCapacity(plan.objectiveFiles.count)
        var reused = 0
        for f in plan.objectiveFiles.indices {
            if reuse, let kept = indexes.objectives(plan.objectiveFiles[f]) {
                plan.objectiveFiles[f] = kept.output
                diagnostics += kept.diagnostics
                keptFiles[kept.output.path] = kept
                reused += 1
                continue
            }
            let input = plan.objectiveFiles[f], found = diagnostics.count
            // In place: copying each objective out and back made its initiatives copy themselves too.
            for o in plan.objectiveFiles[f].objectives.indices {
                PriorityWordFields.take(&plan.objectiveFiles[f].objectives[o].metadata, words: words, index: priorities)
                LooseDependencies.take(&plan.objectiveFiles[f].objectives[o].metadata, index: items)
                for i in plan.objectiveFiles[f].objectives[o].initiatives.indices {
                    PriorityWordFields.take(&plan.objectiveFiles[f].objectives[o].initiatives[i].metadata, words: words, index: priorities)
                    LooseDependencies.take(&plan.objectiveFiles[f].objectives[o].initiatives[i].metadata, index: items)
                }
                plan.objectiveFiles[f].objectives[o].resolved = resolved(
                    plan.objectiveFiles[f].objectives[o].metadata, lookup: lookup, priorities: priorities, objectives: objectives,
                    items: items, roadmaps: roadmaps, prefix: nil)
                tagged(&plan.objectiveFiles[f].objectives[o].resolved, plan.objectiveFiles[f].objectives[o].metadata,
                       title: plan.objectiveFiles[f].objectives[o].title)
                // "## 1. Grow revenue" over "### Objective: Win 20 customers": filed under the heading, as a roadmap item is.
                if let group = plan.objectiveFiles[f].objectives[o].group {
                    fileUnder(&plan.objectiveFiles[f].objectives[o].resolved, plan.objectiveFiles[f].objectives[o].metadata, heading: group)
                }
                for i in plan.objectiveFiles[f].objectives[o].initiatives.indices {
                    plan.objectiveFiles[f].objectives[o].initiatives[i].resolved = resolved(
                        plan.objectiveFiles[f].objectives[o].initiatives[i].metadata, lookup: lookup, priorities: priorities,
                        objectives: objectives, items: items, roadmaps: roadmaps, prefix: nil)
                    tagged(&plan.objectiveFiles[f].objectives[o].initiatives[i].resolved, plan.objectiveFiles[f].objectives[o].initiatives[i].metadata,
                           title: plan.objectiveFiles[f].objectives[o].initiatives[i].title)
                }
            }
            keptFiles[input.path] = .init(input: input, output: plan.objectiveFiles[f], diagnostics: Array(diagnostics[found...]))
        }
        for r in plan.roadmaps.indices {
            if reuse, let kept = indexes.roadmap(plan.roadmaps[r]) {
                plan.roadmaps[r] = kept.output
                diagnostics += kept.diagnostics
                keptRoadmaps[kept.output.path] = kept
                reused += 1
                continue
            }
            let input = plan.roadmaps[r], found = diagnostics.count
            let prefix = plan.roadmaps[r].id + "/"
            let places = Dictionary(plan.roadmaps[r].items.map { ($0.id, [$0.lane, $0.group ?? ""]) }) { first, _ in first }
            for i in plan.roadmaps[r].items.indices {
                PriorityWordFields.take(&plan.roadmaps[r].items[i].metadata, words: words, index: priorities)
                LooseDependencies.take(&plan.roadmaps[r].items[i].metadata, index: items)
                var metadata = plan.roadmaps[r].items[i].metadata
                let place = [plan.roadmaps[r].items[i].lane, plan.roadmaps[r].items[i].group ?? ""]
                if AllPrevious.any(metadata.dependsOn) {
                    metadata.dependsOn = AllPrevious.expand(metadata.dependsOn, earlier: plan.roadmaps[r].items[..<i].map(\.id))
                }
                // `Depends on: Tasks 1-2` under a phase whose tasks are numbered from 1 again: each task, then the nearest.
                metadata.dependsOn = metadata.dependsOn.flatMap { StepRange.expand($0, in: items, preferring: prefix) ?? [$0] }
                    .map { Self.nearest($0, in: items, prefix: prefix, place: place, places: places) }
                let period = plan.roadmaps[r].items[i].period.flatMap { Quarter.holding($0, fiscalStart: plan.config.fiscalYearStart) }
                let byCode = codes.take(&metadata.objectives, period: period, diagnostics: &diagnostics)
                plan.roadmaps[r].items[i].resolved = resolved(metadata, lookup: lookup, priorities: priorities,
                                                             objectives: objectives, items: items, roadmaps: roadmaps, prefix: prefix)
                for id in byCode where !plan.roadmaps[r].items[i].resolved.objectives.contains(id) {
                    plan.roadmaps[r].items[i].resolved.objectives.append(id)
                }
                tagged(&plan.roadmaps[r].items[i].resolved, plan.roadmaps[r].items[i].metadata, title: plan.roadmaps[r].items[i].title)
                filed(&plan.roadmaps[r].items[i].resolved, plan.roadmaps[r].items[i].metadata, item: plan.roadmaps[r].items[i],
                      roadmapTitle: plan.roadmaps[r].title)
            }
            keptRoadmaps[input.path] = .init(input: input, output: plan.roadmaps[r], diagnostics: Array(diagnostics[found...]))
        }
        indexes.keep(objectives: keptFiles, roadmaps: keptRoadmaps, reused: reused)
        diagnostics += DependencyCycles.find(in: plan.roadmapItems)
        if plan.strategy != nil {
            plan.strategy?.weights = resolveWeights(weights, priorities: priorities, diagnostics: &diagnostics)
        }
        // One word written once is said once: a front matter's `priority: Reliabilty` is every objective's in the file,
        // and its unknown-priority error was repeated, word for word at the same place, for each of them.
        var said = Set<Diagnostic>()
        plan.diagnostics += diagnostics.filter { said.insert($0).inserted }
    }

    /// "Dependencies: Phase 1" under a milestone whose phases are numbered from 1 again (each of a get-shit-done roadmap's
    /// milestones): of the items that reference fits, the one in the same lane and group as the item that depends on it.
    /// Any other ambiguity is left to be said.
    private static func nearest(_ reference: Reference, in items: ReferenceIndex, prefix: String, place: [String],
                                places: [String: [String]]) -> Reference {
        guard case .ambiguous(let ids) = items.resolve(reference.text, preferring: prefix) else { return reference }
        let near = ids.filter { places[$0] == place }
        guard near.count == 1, let id = near.first else { return reference }
        var scoped = reference
        scoped.written = reference.written ?? reference.text
        scoped.text = id
        return scoped
    }

    private func resolved(_ metadata: Metadata, lookup: ([Reference], ReferenceIndex, String?) -> (ids: [String], missing: [String]),
                          priorities: ReferenceIndex, objectives: ReferenceIndex, items: ReferenceIndex, roadmaps: ReferenceIndex,
                          prefix: String?) -> ResolvedReferences {
        var result = ResolvedReferences()
        let (priorityIDs, missingPriorities) = lookup(metadata.priorities, priorities, nil)
        let (objectiveIDs, missingObjectives) = lookup(metadata.objectives, objectives, nil)
        result.priorities = priorityIDs
        result.objectives = objectiveIDs
        result.dependsOn = lookup(metadata.dependsOn, items, prefix).ids
        // "| Roadmap | Fast Builds |": Rust's project goals each name the roadmap theme they belong to, and a strategy made of
        // those themes has "Fast Builds" as a priority. A roadmap reference that names a priority exactly (its title or
        // id) is also the item's link to it when it declares none; one that names no roadmap file is only that.
        let themes = metadata.roadmaps.map { (reference: $0, priority: Self.namedExactly($0, in: priorities)) }
        if metadata.priorities.isEmpty {
            for case let id? in themes.map(\.priority) where !result.priorities.contains(id) { result.priorities.append(id) }
            if !result.priorities.isEmpty { result.declaredBy = "its Roadmap field" }
        }
        let roadmapReferences = themes.filter { $0.priority == nil || Self.namedExactly($0.reference, in: roadmaps) != nil }.map(\.reference)
        result.roadmaps = lookup(roadmapReferences, roadmaps, nil).ids
        // Only what decides the item's links: a missing dependency or roadmap moves no score.
        result.unresolved = missingPriorities + missingObjectives
        return result
    }

    /// The id of the entry `reference` names exactly, by its id or its whole title; nil for a near or partial match.
    static func namedExactly(_ reference: Reference, in index: ReferenceIndex) -> String? {
        guard case .found(let id) = index.resolve(reference.text), let entry = index.entry(id) else { return nil }
        let key = ReferenceIndex.normalize(reference.text)
        return key == ReferenceIndex.normalize(entry.title) || key == ReferenceIndex.normalize(id) ? id : nil
    }

    func resolveOne(_ reference: Reference, in index: ReferenceIndex, preferring prefix: String?,
                            diagnostics: inout [Diagnostic]) -> String? {
        // "GPU expansion (24 × H100)" is an item's whole title as often as a reference and a remark: the whole wins.
        if let written = reference.written, case .found(let id) = index.resolve(written, preferring: prefix) { return id }
        let quoted = reference.written ?? reference.text
        switch index.resolve(reference.text, preferring: prefix) {
        case .found(let id):
            return id
        case .ambiguous(let ids):
            diagnostics.append(Diagnostic(.error, .ambiguousReference,
                                          "\(index.kind) reference `\(quoted)` matches \(ids.count): \(ids.prefix(5).map { "`\($0)`" }.joined(separator: ", "))",
                                          at: reference.location, fix: "use the full id"))
        case .family(let id, let others):
            diagnostics.append(familyWarning(reference, linkedTo: id, alsoFits: others, in: index))
            return id
        case .missing(let suggestion):
            let known = index.entries.isEmpty ? " (there are none)" : ""
            diagnostics.append(Diagnostic(.error, .unresolvedReference, "unknown \(index.kind) `\(quoted)`\(known)",
                                          at: reference.location, fix: missingFix(suggestion, in: index) ?? index.positionHint(reference.text),
                                          candidates: candidates(in: index)))
        }
        return nil
    }

    /// "did you mean `reliability` (“Dependable, reliable service”)?", when some id is close.
    private func missingFix(_ suggestion: String?, in index: ReferenceIndex) -> String? {
        suggestion.map { id in
            let title = index.entry(id).map { " (“\($0.title)”)" } ?? ""
            return "did you mean `\(id)`\(title)?"
        }
    }

    /// Listed once after all the findings (`ReferenceCandidates`), and in full in JSON.
    private func candidates(in index: ReferenceIndex) -> ReferenceCandidates? {
        index.entries.isEmpty ? nil : ReferenceCandidates(kind: index.kind, ids: index.candidateIDs)
    }

    /// A reference that fits a priority and its sub-priority is linked to one of them, never silently.
    private func familyWarning(_ reference: Reference, linkedTo id: String, alsoFits others: [String], in index: ReferenceIndex) -> Diagnostic {
        func named(_ id: String) -> String { "`\(id)`" + (index.entry(id).map { " (“\($0.title)”)" } ?? "") }
        let linkedIsChild = index.entry(id)?.parent != nil
        let message = linkedIsChild
            ? "\(index.kind) reference `\(reference.text)` fits both \(others.map(named).joined(separator: " and ")) and its sub-priority \(named(id)); linked to the sub-priority"
            : "\(index.kind) reference `\(reference.text)` fits both \(named(id)) and its sub-priorities \(others.map(named).joined(separator: ", ")); linked to the priority"
        return Diagnostic(.warning, .parentAndChildReference, message, at: reference.location,
                          fix: "write the id you mean: " + ([id] + others).map { "`\($0)`" }.joined(separator: " or "))
    }

    /// Resolves `weights:` to priority ids and scales them to sum to 1, warning when they did not.
    private func resolveWeights(_ entries: [WeightEntry], priorities: ReferenceIndex, diagnostics: inout [Diagnostic]) -> [String: Double] {
        var weights: [String: Double] = [:]
        for entry in entries {
            if let id = resolveOne(entry.reference, in: priorities, preferring: nil, diagnostics: &diagnostics) {
                weights[id, default: 0] += entry.value
            }
        }
        let total = weights.sumInKeyOrder
        guard total > 0 else { return [:] }
        if abs(total - 1) > 0.005, let first = entries.first {
            diagnostics.append(Diagnostic(.warning, .weightsSum, "weights add up to \(Int((total * 100).rounded()))%, not 100%; they are scaled to 100%",
                                          at: first.reference.location))
        }
        return weights.mapValues { $0 / total }
    }
}

import BearingModel
import Foundation
