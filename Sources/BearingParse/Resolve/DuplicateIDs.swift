import BearingModel

/// Makes every id in the plan unique, reporting each duplicate at the later place and naming the earlier one.
/// The later duplicate is renamed (`id-2`, or the first free suffix), so every table keyed by id downstream,
/// from the aligner to the database and the site, can rely on unique keys: safe by construction, not by care.
/// Ids are compared case-insensitively, as references resolve them and as case-insensitive file systems store pages.
enum DuplicateIDs {
    static func rename(_ plan: inout Plan) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        dropRestatements(&plan, &diagnostics)
        renamePriorities(&plan, &diagnostics)
        renameRoadmaps(&plan, &diagnostics)
        renameExportedObjectives(&plan)
        renameItems(&plan, &diagnostics)
        return diagnostics
    }

    /// One space of ids: objectives, initiatives and roadmap items share one, since the aligner keys them together.
    struct Namespace {
        /// Every id as written, lowercased: a suffix never takes an id someone wrote further on.
        private let written: Set<String>
        private var taken: [String: (kind: String, location: SourceLocation, team: String?)] = [:]
        /// The next suffix to try per duplicated id, so a thousand copies of one title are renamed in linear time.
        private var nextSuffix: [String: Int] = [:]

        init(written ids: [String]) { written = Set(ids.map(Self.folded)) }

        /// Whether `id` is not yet claimed (nor written elsewhere, for an id that is not `id` itself).
        func isFree(_ id: String) -> Bool { taken[Self.folded(id)] == nil }

        /// Whether `id` is neither claimed nor written anywhere: free to give to something that did not write it.
        func isUnused(_ id: String) -> Bool { isFree(id) && !written.contains(Self.folded(id)) }

        /// `id` itself when it is free, else a fresh `id-N` after reporting the duplicate. Two objectives of different
        /// teams that share a title are not a mistake (one file per team and quarter): the later one is called
        /// `id-team`, with a note, and the plan still builds. Nor are two long titles that only begin alike: the later
        /// takes `whole`, the id of all its title's words (`DuplicateIDs.whole`), when that is free, with no error.
        /// `whole` is asked for only when `id` is taken: making it reads the title word by word (`Slug.whole`), and doing
        /// so for every item of the plan on every load was 150 M instructions of a one-file rebuild at 200 files.
        mutating func claim(_ id: String, kind: String, at location: SourceLocation, team: String? = nil, whole: () -> String? = { nil },
                            diagnostics: inout [Diagnostic]) -> String {
            let key = Self.folded(id)
            guard let first = taken[key] else {
                taken[key] = (kind, location, team)
                return id
            }
            if let teamID = teamID(id, kind: kind, team: team, first: first) {
                taken[Self.folded(teamID)] = (kind, location, team)
                diagnostics.append(Diagnostic(.note, .teamObjectiveID,
                                              "objective id `\(id)` is also used at \(first.location.description)\(first.team.map { " (team \($0))" } ?? " (no team)"); this one, of team \(team ?? ""), is called `\(teamID)`",
                                              at: location, fix: "give it an id of its own with `{#other-id}` at the end of its heading (or of its list item's first line) if `\(teamID)` does not suit"))
                return teamID
            }
            // After the team rule, whose ids were given first and must not move.
            if let whole = whole(), Self.folded(whole) != key, isUnused(whole) {
                taken[Self.folded(whole)] = (kind, location, team)
                return whole
            }
            var n = nextSuffix[key, default: 2]
            while written.contains("\(key)-\(n)") || taken["\(key)-\(n)"] != nil { n += 1 }
            nextSuffix[key] = n + 1
            let renamed = "\(id)-\(n)"
            taken[Self.folded(renamed)] = (kind, location, team)
            let other = first.kind == kind ? "" : " by \(Self.article(first.kind)) \(first.kind)"
            diagnostics.append(Diagnostic(.error, .duplicateID,
                                          "duplicate \(kind) id `\(id)`: also used\(other) at \(first.location.description); this one is called `\(renamed)` until it has its own",
                                          at: location, fix: "give one of them an explicit id with `{#other-id}` at the end of its heading (or of its list item's first line)"))
            return renamed
        }

        /// `id-team` for an objective whose team differs from the first holder's, when that id is free. The first may
        /// have none: Sourcegraph's quarterly OKRs list the company's objectives under "## Company", then each team's
        /// under "## Sales", "## Marketing" …, and a team takes up a company objective under its very title.
        private func teamID(_ id: String, kind: String, team: String?, first: (kind: String, location: SourceLocation, team: String?)) -> String? {
            guard kind == "objective", first.kind == kind, let team, team.lowercased() != first.team?.lowercased() else { return nil }
            let teamID = "\(id)-\(Slug.make(team))"
            let key = Self.folded(teamID)
            return written.contains(key) || taken[key] != nil ? nil : teamID
        }

        /// `id.lowercased()`, without a new string for an id with no capital letter and nothing beyond ASCII, as
        /// most are (made by `Slug.make`): every id of the plan is lowercased twice on every load, a rebuild's too.
        static func folded(_ id: String) -> String {
            for byte in id.utf8 where byte >= 0x80 || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")) { return id.lowercased() }
            return id
        }

        private static func article(_ kind: String) -> String { kind.first.map { "aeiou".contains($0) } == true ? "an" : "a" }
    }

    /// An objective that is only its title, where another of the same id in another file says more, restates it: a progress report
    /// that lists the year's goals ("1. **Develop Shared Goals with Partner Communities**") beside the file that
    /// sets them. It is read as a mention of that objective, with a note, rather than as a second objective whose
    /// duplicate id stops the build. Ids someone wrote (`{#id}`) are never dropped: their collisions are errors.
    private static func dropRestatements(_ plan: inout Plan, _ diagnostics: inout [Diagnostic]) {
        var full: [String: SourceLocation] = [:]
        var titleOnly: [String: Int] = [:]
        for file in plan.objectiveFiles {
            for objective in file.objectives where !objective.explicitID {
                if isTitleOnly(objective) {
                    titleOnly[objective.id.lowercased(), default: 0] += 1
                } else if full[objective.id.lowercased()] == nil {
                    full[objective.id.lowercased()] = objective.location
                }
            }
        }
        guard titleOnly.keys.contains(where: { full[$0] != nil }) else { return }
        for f in plan.objectiveFiles.indices {
            plan.objectiveFiles[f].objectives.removeAll { objective in
                // In another file only: an empty second heading in the same file is more likely a slip than a mention.
                guard !objective.explicitID, let kept = full[objective.id.lowercased()], kept.path != objective.location.path,
                      isTitleOnly(objective) else { return false }
                diagnostics.append(Diagnostic(.note, .restatedObjective,
                                              "“\(objective.title)” restates the objective at \(kept.description) and is read as a mention of it, not as a second objective",
                                              at: objective.location, fix: "give it an id of its own with `{#id}` if it is another objective"))
                return true
            }
        }
    }

    /// Nothing but the title: no key results, initiatives or metadata, and no words in its body besides the title's.
    private static func isTitleOnly(_ objective: Objective) -> Bool {
        guard objective.keyResults.isEmpty, objective.initiatives.isEmpty, objective.metadata.isEmpty else { return false }
        var rest = objective.blocks.map(\.plainText).joined(separator: " ")
        if let range = rest.range(of: objective.title) { rest.removeSubrange(range) }
        return rest.allSatisfy { !$0.isLetter && !$0.isNumber }
    }

    /// Sub-priorities follow their parent in `priorities`, so a child's parent is the latest priority of that id.
    private static func renamePriorities(_ plan: inout Plan, _ diagnostics: inout [Diagnostic]) {
        guard let priorities = plan.strategy?.priorities else { return }
        var space = Namespace(written: priorities.map(\.id))
        var latest: [String: String] = [:]
        var renamed = priorities
        for index in renamed.indices {
            let original = renamed[index].id
            if let parent = renamed[index].parent { renamed[index].parent = latest[parent] ?? parent }
            renamed[index].id = space.claim(original, kind: "priority", at: renamed[index].location, diagnostics: &diagnostics)
            latest[original] = renamed[index].id
        }
        if renamed != priorities { plan.strategy?.priorities = renamed }
    }

    /// A renamed roadmap takes its items with it: ids derived from the roadmap's get its new prefix.
    private static func renameRoadmaps(_ plan: inout Plan, _ diagnostics: inout [Diagnostic]) {
        var space = Namespace(written: plan.roadmaps.map(\.id))
        for r in plan.roadmaps.indices {
            let original = plan.roadmaps[r].id
            // Two files of one name in two folders (`dvnt/builder.md`, `dvntm/builder.md`: a site's sections; Notion's
            // "Team A <id>/Roadmap <id>.md" once its page ids are left out) are told apart by their folders' names.
            var claimed = original
            if !space.isFree(original), let folder = folderID(plan.roadmaps[r].path, id: original, exportedOnly: false), space.isUnused(folder) { claimed = folder }
            let id = space.claim(claimed, kind: "roadmap", at: SourceLocation(path: plan.roadmaps[r].path), diagnostics: &diagnostics)
            guard id != original else { continue }
            plan.roadmaps[r].id = id
            for i in plan.roadmaps[r].items.indices {
                plan.roadmaps[r].items[i].roadmap = id
                if !plan.roadmaps[r].items[i].explicitID {
                    plan.roadmaps[r].items[i].id = reprefixed(plan.roadmaps[r].items[i].id, from: original, to: id)
                }
            }
        }
    }

    /// "team-a-roadmap" for "roadmaps/Team A 1f2e…/Roadmap 9a8b….md" whose id `id` is its file's name without Notion's
    /// page id, "dvntm-builder" for "roadmaps/infrastructure/dvntm/builder.md" (unless `exportedOnly`), and for a section
    /// page (`dvntm/_index.md`, whose name is its folder's) the folder above, or "mobile-section" for one right under
    /// the roadmaps folder; nil for any other file (an id someone wrote, a file in no folder of its own).
    private static func folderID(_ path: String, id: String, exportedOnly: Bool) -> String? {
        let components = path.split(separator: "/").map(String.init)
        guard components.count >= 2, let name = components.last, let dot = name.lastIndex(of: ".") else { return nil }
        let rawStem = String(name[..<dot])
        let stem = FileName.pageStem(path)
        guard !exportedOnly || FileName.withoutExportID(rawStem) != rawStem, Slug.make(stem) == id else { return nil }
        var folders = components.dropLast()
        if WorkspaceScanner.isSectionPage(name) { folders = folders.dropLast() }
        guard let folder = folders.last else { return nil }
        let folderName = FileName.withoutExportID(folder)
        // `roadmaps/mobile/_index.md` beside `roadmaps/mobile.md`: the section's page, named as the section over the page.
        guard folderName != folder || folders.count >= 2 else { return WorkspaceScanner.isSectionPage(name) ? Slug.make(stem + " section") : nil }
        let combined = Slug.make(folderName + " " + stem)
        return combined.isEmpty || combined == id ? nil : combined
    }

    /// Notion names every team's page alike ("Growth <id>/Team OKRs <id>.md", "Platform <id>/Team OKRs <id>.md"): with the
    /// page ids left out, the objectives of two such files that name no period (each placed by its due date) share the
    /// prefix `team-okrs/`, and one title in both was a duplicate-id error that stopped the build. A later file of the
    /// kind whose objectives would take an earlier file's id has its folder's name in their prefix
    /// (`platform-team-okrs/…`), for all of them, as such roadmaps do; ids someone wrote, and objectives prefixed by their
    /// period, keep theirs, and files without page ids keep their duplicate error.
    private static func renameExportedObjectives(_ plan: inout Plan) {
        var seen: Set<String> = []
        var written: Set<String>?
        for f in plan.objectiveFiles.indices {
            let objectives = plan.objectiveFiles[f].objectives
            let stem = Slug.make(FileName.stem(plan.objectiveFiles[f].path))
            let derived = objectives.indices.filter { !objectives[$0].explicitID && objectives[$0].id.lowercased().hasPrefix(stem.lowercased() + "/") }
            defer { for objective in plan.objectiveFiles[f].objectives { seen.insert(objective.id.lowercased()) } }
            guard !stem.isEmpty, derived.contains(where: { seen.contains(objectives[$0].id.lowercased()) }),
                  let folder = folderID(plan.objectiveFiles[f].path, id: stem, exportedOnly: true) else { continue }
            // Every id written anywhere, lowercased, built once: a prefix someone already uses is not taken.
            if written == nil {
                written = Set(plan.objectiveFiles.flatMap { file in file.objectives.flatMap { [$0.id] + $0.initiatives.map(\.id) } }.map { $0.lowercased() })
            }
            guard !(written ?? []).contains(where: { $0.hasPrefix(folder.lowercased() + "/") }) else { continue }
            for o in derived {
                let original = objectives[o].id
                let id = folder + original.dropFirst(stem.count)
                plan.objectiveFiles[f].objectives[o].id = id
                plan.objectiveFiles[f].objectives[o].aliases = objectives[o].aliases.map { $0.hasPrefix(stem + "/") ? folder + $0.dropFirst(stem.count) : $0 }
                guard !objectives[o].initiatives.isEmpty else { continue }
                for i in objectives[o].initiatives.indices {
                    plan.objectiveFiles[f].objectives[o].initiatives[i].id = reprefixed(objectives[o].initiatives[i].id, from: original, to: id)
                }
                // The initiative headings were given their anchors when parsed: they move with their ids.
                let headings = plan.objectiveFiles[f].objectives[o].initiatives.map { ($0.location.line, $0.id) }
                ItemAnchor.set(on: &plan.objectiveFiles[f].objectives[o].blocks, headings: headings)
            }
        }
    }

    private static func renameItems(_ plan: inout Plan, _ diagnostics: inout [Diagnostic]) {
        var written: [String] = []
        for file in plan.objectiveFiles {
            for objective in file.objectives { written.append(objective.id); written += objective.initiatives.map(\.id) }
        }
        for roadmap in plan.roadmaps { written += roadmap.items.map(\.id) }
        var space = Namespace(written: written)
        func team(_ f: Int, _ o: Int) -> String? { plan.objectiveFiles[f].objectives[o].metadata.team ?? plan.objectiveFiles[f].team }
        // A company's objective written after a team's that took it up under its very title ("## Sales" above "## Company")
        // keeps the shared id, and the team's gets its team, as in the other order: which comes first in the files is no
        // reason to call either a duplicate.
        var claimedFirst: [Int: [Int: String]] = [:]
        for (f, o) in companyAfterTeam(plan, team: team) {
            claimedFirst[f, default: [:]][o] = space.claim(plan.objectiveFiles[f].objectives[o].id, kind: "objective",
                                                           at: plan.objectiveFiles[f].objectives[o].location, diagnostics: &diagnostics)
        }
        // In place, index by index: copying objectives out and back would copy every initiative too.
        for f in plan.objectiveFiles.indices {
            for o in plan.objectiveFiles[f].objectives.indices {
                let original = plan.objectiveFiles[f].objectives[o].id
                let objective = plan.objectiveFiles[f].objectives[o]
                let id = claimedFirst[f]?[o] ?? space.claim(original, kind: "objective", at: objective.location, team: team(f, o),
                                                            whole: { Self.whole(original, title: objective.title, explicit: objective.explicitID) },
                                                            diagnostics: &diagnostics)
                if id != original { plan.objectiveFiles[f].objectives[o].id = id }
                var renamedInitiative = false
                for i in plan.objectiveFiles[f].objectives[o].initiatives.indices {
                    var initiative = plan.objectiveFiles[f].objectives[o].initiatives[i].id
                    if id != original { initiative = reprefixed(initiative, from: original, to: id) }
                    let written = plan.objectiveFiles[f].objectives[o].initiatives[i]
                    let claimed = space.claim(initiative, kind: "initiative", at: written.location,
                                              whole: { Self.whole(initiative, title: written.title, explicit: false) }, diagnostics: &diagnostics)
                    if claimed != plan.objectiveFiles[f].objectives[o].initiatives[i].id {
                        plan.objectiveFiles[f].objectives[o].initiatives[i].id = claimed
                        renamedInitiative = true
                    }
                }
                // The initiative headings were given their anchors when parsed; a renamed id moves its anchor too.
                if renamedInitiative {
                    let headings = plan.objectiveFiles[f].objectives[o].initiatives.map { ($0.location.line, $0.id) }
                    ItemAnchor.set(on: &plan.objectiveFiles[f].objectives[o].blocks, headings: headings)
                }
            }
        }
        for r in plan.roadmaps.indices {
            for i in plan.roadmaps[r].items.indices {
                let original = plan.roadmaps[r].items[i].id
                let item = plan.roadmaps[r].items[i]
                let id = space.claim(original, kind: "roadmap item", at: item.location,
                                     whole: { Self.whole(original, title: item.title, explicit: item.explicitID) }, diagnostics: &diagnostics)
                if id != original { plan.roadmaps[r].items[i].id = id }
            }
        }
    }

    /// Objectives with no team whose id an earlier objective of a team holds, the first such of each id, as (file,
    /// objective) indices: they are claimed before the rest so that the team's objective is the one to get its team.
    private static func companyAfterTeam(_ plan: Plan, team: (Int, Int) -> String?) -> [(Int, Int)] {
        var firstTeam: [String: Bool] = [:]
        var found: [(Int, Int)] = []
        for f in plan.objectiveFiles.indices {
            for o in plan.objectiveFiles[f].objectives.indices {
                let key = plan.objectiveFiles[f].objectives[o].id.lowercased()
                guard let teamFirst = firstTeam[key] else {
                    firstTeam[key] = team(f, o) != nil
                    continue
                }
                if teamFirst, team(f, o) == nil {
                    found.append((f, o))
                    firstTeam[key] = false
                }
            }
        }
        return found
    }

    /// The id of every word of `title` for an id made from its first words (`Slug.maxWords`): Brazil's digital-government
    /// strategy has "Estimular o uso e a integração de plataformas e serviços de governo digital no Governo federal"
    /// and "… com os entes da federação", one id by their first eight words, a duplicate-id error that stopped the build.
    /// Nil for an id someone wrote, one not made from this title, or a title of no more words than the id holds.
    static func whole(_ id: String, title: String, explicit: Bool) -> String? {
        guard !explicit else { return nil }
        let slash = id.lastIndex(of: "/")
        let prefix = slash.map { String(id[...$0]) } ?? ""
        let leaf = slash.map { String(id[id.index(after: $0)...]) } ?? id
        guard leaf.lowercased() == Slug.make(title).lowercased() else { return nil }
        let whole = Slug.whole(title)
        return whole.count > leaf.count ? prefix + whole : nil
    }

    private static func reprefixed(_ id: String, from old: String, to new: String) -> String {
        id.hasPrefix(old + "/") ? new + id.dropFirst(old.count) : id
    }
}
