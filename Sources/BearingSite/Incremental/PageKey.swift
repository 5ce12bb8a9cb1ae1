import BearingAlign
import BearingModel

/// What a page is rendered from, hashed: pages with a key are rendered again only when it changes. The pages of one
/// objective or roadmap have keys, and so do the pages of one quarter, report or priority (`OverviewKeys.swift`);
/// so do the search page, the lists of quarters and roadmaps, the strategy page and the scoring page
/// (`OverviewPageKeys.swift`). The few left that gather the whole plan's scores (dashboard, review, alignment) are
/// rendered every time and written only when their bytes differ.
/// A key must cover everything `SiteContent` reads for the page and everything `SiteRender.layout` adds; the
/// incremental tests compare every byte with a full build to keep it honest.
extension SiteRender {
    /// The key of `job`, or nil when the page is rendered every time.
    func key(_ job: PageJob, _ inputs: KeyInputs) -> Int? {
        var hasher = Hasher()
        hasher.combine(inputs.global)
        switch job {
        case .objective(let index):
            let objective = content.objectives[index]
            // The whole objective, hashed once per build (or kept from the last: `objectiveDigests`).
            hasher.combine(inputs.objectives[index])
            hasher.combine(content.paths.objective(objective.id))
            // Its headings' ids and where its links lead, which other files' headings and targets decide (`SiteAnchors`).
            hasher.combine(content.renderer.anchors?.key(of: objective.location.path))
            hasher.combine(objective.quarter.map { content.paths.quarter($0.description) })
            // Not its aligned item: `AlignedItem.collect` makes that from the objective alone, so hashing it hashed the
            // objective's body a second time on every build for nothing more.
            hasher.combine(content.alignment.score(of: objective.id))
            // Its links, hashed once per build with its item's digest (`KeyInputs.links`).
            hasher.combine(inputs.links[objective.id] ?? linksDigest(objective.id))
            // "Served by": the roadmap items whose `Objectives:` line names it, as the page lists them, and whether
            // the plan has roadmaps at all ("no item names it"). Without them, renaming such an item left the page stale.
            hasher.combine(content.plan.roadmaps.isEmpty)
            for id in objective.resolved.roadmaps { hasher.combine(content.plan.roadmaps.first { $0.id == id }?.title) }
            for item in content.roadmapItemsServing[objective.id] ?? [] {
                hasher.combine(item.id)
                hasher.combine(item.title)
                hasher.combine(item.lane)
                hasher.combine(item.metadata.status)
                hasher.combine(item.metadata.owners)
                hasher.combine(content.paths.roadmap(item.roadmap))
                hasher.combine(content.plan.roadmaps.first { $0.id == item.roadmap }?.title)
            }
        case .roadmap(let roadmap):
            // The whole roadmap, hashed once per build or kept from the last (`roadmapDigests`).
            if let digest = inputs.roadmapDigests[roadmap.path] { hasher.combine(digest) } else { hasher.combine(roadmap) }
            hasher.combine(content.paths.roadmap(roadmap.id))
            hasher.combine(content.renderer.anchors?.key(of: roadmap.path))
            if let scope = content.alignment.scope(.roadmap, roadmap.id) {
                hasher.combine(scope.alignmentIndex)
                hasher.combine(scope.orphans.count)
            }
            for item in roadmap.items {
                hasher.combine(inputs.links[item.id] ?? linksDigest(item.id))
                for id in item.resolved.dependsOn {
                    let depended = content.roadmapItemsByID[id]
                    hasher.combine(depended?.title)
                    hasher.combine(depended.map { content.paths.roadmap($0.roadmap) })
                }
                for id in item.resolved.objectives {
                    let served = content.objectivesByID[id]
                    hasher.combine(served?.title)
                    hasher.combine(served.map { content.paths.objective($0.id) })
                }
            }
        case .quarter(let quarter):
            quarterKey(quarter, inputs, into: &hasher)
        case .report(let quarter):
            reportKey(quarter, inputs, into: &hasher)
        case .priority(let priority):
            priorityKey(priority, inputs, into: &hasher)
        case .search:
            searchPageKey(into: &hasher)
        case .scoring:
            // docs/scoring.md, bundled: nothing of the plan but what every layout shows (the global key).
            hasher.combine(scoring)
        case .roadmaps, .quarters:
            // Short lists whose contexts cost little to build: the context is the key, only laying it out is saved.
            job.page(content, scoring: scoring).context.combine(into: &hasher)
        case .strategy:
            strategyPageKey(into: &hasher)
        default:
            return nil
        }
        return hasher.finalize()
    }

    /// What every page's layout and renderer share: the strategy (priority titles and numbers appear on every
    /// card), the site's title and settings, the build options, the theme and the problems shown on each page.
    var globalKey: Int {
        var hasher = Hasher()
        hasher.combine(content.strategy)
        hasher.combine(content.title)
        // All of bearing.yml, not only what pages are known to read (raw HTML, the objectives folders that label a
        // page's file, the weeks after which a key result is stale): it changes seldom, and a setting read by one more
        // page later would otherwise leave that page stale.
        hasher.combine(content.plan.config)
        hasher.combine(options.baseURL)
        hasher.combine(options.stamp)
        hasher.combine(options.showProblems)
        hasher.combine(options.themeFolder)
        // The theme's templates as read: a page kept between runs of the command line outlives an edit of them.
        hasher.combine(templates.theme)
        hasher.combine(options.data)
        if options.showProblems {
            let problems = content.plan.diagnostics.filter { $0.severity == .error }
            hasher.combine(problems.count)
            for problem in problems.prefix(Self.problemsPerPage) { hasher.combine(problem) }
        }
        return hasher.finalize()
    }
}
