import BearingAlign
import BearingModel

/// Keys for the overview pages that read a bounded part of the plan — a quarter's page, a quarter's report, a
/// priority's page — so that a one-file change renders the few of them it touches rather than all of them (on a
/// plan of 32 quarters and 25 priorities, these were two thirds of a rebuild's rendering). Each key covers what
/// `SiteContent` reads for the page, listed beside the section that reads it; the incremental tests compare every
/// byte with a full build after edits aimed at each of these inputs.
///
/// The plan's history (trends, changes, strategy versions) is not hashed: a `PageCache` lives in one
/// `IncrementalBuild`, which reads the history once.
extension SiteRender {
    /// What many keys share, hashed once per build: hashing each item afresh for every quarter, report and priority
    /// page that lists it (30,000 times on the benchmark's plan) cost as much as rendering the pages it saved.
    struct KeyInputs: Sendable {
        var global: Int
        /// Per item id: what a row or a report line shows of it (`itemDigest`).
        var items: [String: Int]
        /// Per quarter: its objectives' and initiatives' digests in plan order, and its objectives' key results.
        var quarterItems: [Quarter: Int] = [:]
        var quarterKeyResults: [Quarter: Int] = [:]
        /// Per quarter: the introductions of the files about it and its objectives' digests, in file order — what its
        /// page lists (`quarterKey`), gathered in one pass over the files rather than one per quarter.
        var quarterPages: [Quarter: Int] = [:]
        /// Every roadmap as a report reads it (`roadmapsKey`), and only their ids and titles (where a row says an item is).
        var roadmaps = 0
        var roadmapTitles = 0
        /// Per objective, by its index in `content.objectives`: the hash of the whole objective (`objectiveDigests`).
        var objectives: [Int] = []
        /// Per item id: its links as pages show them, each with its priority's page (`linksDigest`), hashed once here
        /// for the item's digest and its own page's key, rather than once for each (a link hashes its explanation).
        var links: [String: Int] = [:]
        /// Per roadmap path: the hash of the whole roadmap (`roadmapDigests`).
        var roadmapDigests: [String: Int] = [:]
        /// Per quarter label: the hash of its scope (`alignment.scope(.quarter, label)`, the first of the label). Each report
        /// hashes the scopes of the eight quarters its charts show: found by a scan and hashed whole each time, they were
        /// 17 M instructions of a one-file rebuild at 200 files.
        var quarterScopes: [String: Int] = [:]
        /// Per quarter label: the grade of its scope when the quarter has ended (unplanned, its pace finished), as reports
        /// read the last two ended quarters'.
        var endedGrades: [String: Double] = [:]
    }

    /// Each objective's hash, by its id, with the objective it was made from; each roadmap's, by its path, with the
    /// roadmap.
    struct KeptDigests: Sendable {
        var byID: [String: (objective: Objective, digest: Int)] = [:]
        var roadmaps: [String: (roadmap: Roadmap, digest: Int)] = [:]
        /// Each aligned item's digest and links' digest (`itemDigest`, `linksDigest`) by its id, with everything they were
        /// made from: the item, its page, its score and its links. With the priorities' pages (`priorityPages`) unchanged,
        /// an item equal in all of these takes them: hashing every item and every link with its explanation again was
        /// most of `keyInputs`, 65 M instructions of a one-file rebuild at 200 files.
        var items: [String: KeptItem] = [:]
        var priorityPages: [String: String]?
    }

    struct KeptItem: Sendable {
        var item: AlignedItem
        var path: String
        var score: ItemScore?
        var links: [Link]
        var digest: Int
        var linksDigest: Int
    }

    /// Each objective's hash, taken from `kept` when the objective there is the same storage (`Objective.isIdentical`):
    /// an objective a rebuild kept from the last load's parse and resolving has not changed, and hashing all 6,000
    /// whole for their pages' keys was 4 % of a one-file rebuild. Also returns the digests to keep for the next build.
    func objectiveDigests(kept: KeptDigests) -> ([Int], KeptDigests) {
        let objectives = content.objectives
        var digests: [Int] = [], made = KeptDigests()
        digests.reserveCapacity(objectives.count)
        made.byID.reserveCapacity(objectives.count)
        for index in objectives.indices {
            let objective = objectives[index]
            let digest: Int
            if let known = kept.byID[objective.id], known.objective.isIdentical(to: objective) {
                digest = known.digest
            } else {
                var hasher = Hasher()
                hasher.combine(objective)
                digest = hasher.finalize()
            }
            digests.append(digest)
            made.byID[objective.id] = (objective, digest)
        }
        return (digests, made)
    }

    /// Each roadmap's hash by its path, taken from `kept` when the roadmap there is equal — at once when a rebuild kept
    /// it from the last load (its arrays are the same storage, which `==` compares first): hashing 20 roadmaps of
    /// 2,000 items whole for their pages' keys was 17 M instructions of a one-file rebuild at 200 files. Also returns
    /// the roadmaps with their digests, to keep for the next build.
    func roadmapDigests(kept: [String: (roadmap: Roadmap, digest: Int)]) -> ([String: Int], [String: (roadmap: Roadmap, digest: Int)]) {
        var digests: [String: Int] = [:], made: [String: (roadmap: Roadmap, digest: Int)] = [:], shared: Set<String> = []
        let roadmaps = content.plan.roadmaps
        // By index: a loop over the roadmaps themselves copies each one.
        for index in roadmaps.indices {
            let path = roadmaps[index].path
            let digest: Int
            if let known = kept[path], known.roadmap == roadmaps[index] {
                digest = known.digest
            } else {
                var hasher = Hasher()
                hasher.combine(roadmaps[index])
                digest = hasher.finalize()
            }
            if digests.updateValue(digest, forKey: path) != nil { shared.insert(path) }
            made[path] = (roadmaps[index], digest)
        }
        // Two roadmaps at one path (not from a workspace on disk): neither has a digest, each page hashes its own.
        for path in shared {
            digests[path] = nil
            made[path] = nil
        }
        return (digests, made)
    }

    func keyInputs() -> KeyInputs { keyInputs(kept: .init(), keep: false).0 }

    /// `keyInputs`, and the objectives', roadmaps' and items' digests to keep for the next build (none with `keep` false).
    func keyInputs(kept: KeptDigests, keep: Bool = true) -> (KeyInputs, KeptDigests) {
        let items = content.alignment.items
        let priorityPages = content.paths.priorityPages
        let samePriorityPages = kept.priorityPages == priorityPages
        let digests = Parallel.mapRuns(items) { run in run.map { item -> (String, Int, Int, KeptItem?) in
            let alignment = content.alignment
            let path = content.paths.item(item), score = alignment.score(of: item.id), links = alignment.links(of: item.id)
            if samePriorityPages, let known = kept.items[item.id], known.item == item, known.path == path, known.score == score,
               known.links == links {
                return (item.id, known.digest, known.linksDigest, keep ? KeptItem(item: item, path: path, score: score, links: links,
                                                                                digest: known.digest, linksDigest: known.linksDigest) : nil)
            }
            let linksHash = linksDigest(item.id)
            let digest = itemDigest(item, path: path, score: score, links: linksHash)
            return (item.id, digest, linksHash, keep ? KeptItem(item: item, path: path, score: score, links: links, digest: digest, linksDigest: linksHash) : nil)
        } }
        var inputs = KeyInputs(global: globalKey, items: Dictionary(digests.map { ($0.0, $0.1) }, uniquingKeysWith: { first, _ in first }))
        inputs.links = Dictionary(digests.map { ($0.0, $0.2) }, uniquingKeysWith: { first, _ in first })
        var (whole, made) = objectiveDigests(kept: kept)
        if keep {
            made.items = Dictionary(digests.compactMap { entry in entry.3.map { (entry.0, $0) } }, uniquingKeysWith: { first, _ in first })
            made.priorityPages = priorityPages
        }
        inputs.objectives = whole
        (inputs.roadmapDigests, made.roadmaps) = roadmapDigests(kept: kept.roadmaps)
        var byQuarter: [Quarter: Hasher] = [:]
        for (item, (_, digest, _, _)) in zip(items, digests) where item.kind != .roadmapItem {
            guard let quarter = item.quarter else { continue }
            byQuarter[quarter, default: Hasher()].combine(digest)
        }
        inputs.quarterItems = byQuarter.mapValues { $0.finalize() }
        var results: [Quarter: Hasher] = [:]
        let objectives = content.objectives
        // By index: a loop over the objectives themselves copies each one.
        for index in objectives.indices {
            guard let quarter = objectives[index].quarter else { continue }
            results[quarter, default: Hasher()].combine(objectives[index].keyResults)
        }
        inputs.quarterKeyResults = results.mapValues { $0.finalize() }
        var pages: [Quarter: Hasher] = [:]
        let files = content.plan.objectiveFiles
        for fileIndex in files.indices {
            if let quarter = Plan.introQuarter(of: files[fileIndex]) {
                pages[quarter, default: Hasher()].combine(files[fileIndex].introBlocks)
                pages[quarter, default: Hasher()].combine(files[fileIndex].notes)
                pages[quarter, default: Hasher()].combine(content.renderer.anchors?.key(of: files[fileIndex].path))
            }
            let objectives = files[fileIndex].objectives
            for index in objectives.indices {
                guard let quarter = objectives[index].quarter else { continue }
                pages[quarter, default: Hasher()].combine(inputs.items[objectives[index].id])
            }
        }
        inputs.quarterPages = pages.mapValues { $0.finalize() }
        var titles = Hasher()
        for roadmap in content.plan.roadmaps {
            titles.combine(roadmap.id)
            titles.combine(roadmap.title)
        }
        inputs.roadmapTitles = titles.finalize()
        inputs.roadmaps = roadmapsKey(inputs)
        for scope in content.alignment.scopes where scope.kind == .quarter && inputs.quarterScopes[scope.key] == nil {
            var hasher = Hasher()
            hasher.combine(scope)
            inputs.quarterScopes[scope.key] = hasher.finalize()
            if !scope.planned, scope.pace?.status == "finished", let grade = scope.grade { inputs.endedGrades[scope.key] = grade }
        }
        return (inputs, made)
    }

    /// A quarter's page: its files (introductions and objectives), its scope, each objective's aligned item with its
    /// strongest link, and the strategy it was scored against.
    func quarterKey(_ quarter: Quarter, _ inputs: KeyInputs, into hasher: inout Hasher) {
        hasher.combine(quarter)
        let label = quarter.description
        hasher.combine(content.paths.quarter(label))
        hasher.combine(content.paths.report(label))
        hasher.combine(inputs.quarterScopes[label])
        hasher.combine(content.alignment.periods?.scoredAgainst[label])
        hasher.combine(inputs.quarterPages[quarter])
        // The half-years and years running through the quarter, listed on its page.
        for period in inputs.quarterPages.keys.filter({ $0.spans(quarter) }).sorted() { hasher.combine(inputs.quarterItems[period]) }
    }

    /// A priority's page: its metrics (the sparkline reads the trend of every quarter), its children's counts, the
    /// rows listed under it with where each item is, and the quarters and roadmaps that order its sections.
    func priorityKey(_ priority: Priority, _ inputs: KeyInputs, into hasher: inout Hasher) {
        hasher.combine(priority.id)
        // Its text's headings' ids and links (its text itself is the strategy's, in the global key).
        hasher.combine(content.renderer.anchors?.key(of: priority.location.path))
        let alignment = content.alignment
        hasher.combine(alignment.priorities.first { $0.priority == priority.id })
        for child in content.strategy.children(of: priority.id) {
            hasher.combine(alignment.priorities.first { $0.priority == child.id }?.items)
        }
        hasher.combine(alignment.currentQuarter)
        hasher.combine(content.scopeLabels())
        // Which of an item's links a row shows follows from its links (in its digest) and the strategy (in the global
        // key); where it sits, from its quarter or roadmap (in its digest) and the roadmaps' titles.
        hasher.combine(inputs.roadmapTitles)
        for (item, _) in content.priorityRows[priority.id] ?? [] { hasher.combine(inputs.items[item.id]) }
    }

    /// A quarter's report (`MarkdownReport` and the charts beside it): the items of the quarter and the next one
    /// (objectives by priority, risks, next steps), every roadmap (`roadmapsKey`: risks and next lanes), the scopes and priority
    /// trend points of the eight quarters its charts show (the previous quarter, for "what moved", is among them),
    /// the last two ended quarters' grades, and the day it is generated on.
    func reportKey(_ quarter: Quarter, _ inputs: KeyInputs, into hasher: inout Hasher) {
        let alignment = content.alignment
        hasher.combine(inputs.roadmaps)
        hasher.combine(quarter)
        hasher.combine(content.paths.report(quarter.description))
        hasher.combine(alignment.today)
        hasher.combine(alignment.currentQuarter)
        let quarters = content.quarters
        let upTo = quarters.filter { $0 <= quarter }
        let shown = upTo.suffix(SiteContent.reportChartQuarters).map(\.description)
        let next = quarters.first { $0 > quarter }
        hasher.combine(shown)
        hasher.combine(next)
        // The risks of the half-years and years running through the quarter, their key results' marks among them
        // (`KeyResultFlags`).
        for period in inputs.quarterItems.keys.filter({ $0.spans(quarter) }).sorted() {
            hasher.combine(inputs.quarterItems[period])
            hasher.combine(inputs.quarterKeyResults[period])
        }
        for label in shown {
            // The scope's hash, made once per build (nil: the quarter has none).
            hasher.combine(inputs.quarterScopes[label])
            hasher.combine(alignment.periods?.scoredAgainst[label])
        }
        let ended = upTo.compactMap { q -> (String, Double)? in
            let label = q.description
            return inputs.endedGrades[label].map { (label, $0) }
        }
        for (label, grade) in ended.suffix(2) {
            hasher.combine(label)
            hasher.combine(grade)
        }
        let columns = Set(shown)
        for metrics in alignment.priorities {
            hasher.combine(metrics.priority)
            for point in metrics.trend where columns.contains(point.quarter) { hasher.combine(point) }
        }
        // Key-result movement reads the quarter's key results (the items carry only their mean progress).
        hasher.combine(inputs.quarterKeyResults[quarter])
        hasher.combine(inputs.quarterItems[quarter])
        hasher.combine(next.flatMap { inputs.quarterItems[$0] })
    }

    /// What every report reads of the roadmaps — their lanes, and each item as a risk or a next step — hashed once
    /// per build rather than once per report: hashing 2,000 roadmap items for each of 32 reports cost more than
    /// rendering the reports it saved.
    private func roadmapsKey(_ inputs: KeyInputs) -> Int {
        var hasher = Hasher()
        for roadmap in content.plan.roadmaps {
            hasher.combine(roadmap.id)
            hasher.combine(roadmap.title)
            for lane in roadmap.lanes {
                hasher.combine(lane.title)
                hasher.combine(lane.period)
            }
            for item in roadmap.items {
                hasher.combine(item.lane)
                hasher.combine(item.metadata.status)
                hasher.combine(inputs.items[item.id])
            }
        }
        return hasher.finalize()
    }

    /// An item as lists, rows and report lines show it — not its body, which none of these pages shows — with its
    /// page, score and links, and the pages of the priorities it links to.
    /// `path` is `content.paths.item(item)`, `score` `content.alignment.score(of: item.id)`, `links` `linksDigest(item.id)`.
    private func itemDigest(_ item: AlignedItem, path: String, score: ItemScore?, links: Int) -> Int {
        var hasher = Hasher()
        hasher.combine(item.id)
        hasher.combine(item.kind)
        hasher.combine(item.title)
        hasher.combine(item.quarter)
        hasher.combine(item.roadmap)
        hasher.combine(item.parent)
        hasher.combine(item.progress)
        hasher.combine(item.status)
        hasher.combine(item.owners)
        hasher.combine(path)
        hasher.combine(score)
        hasher.combine(links)
        return hasher.finalize()
    }

    /// The links of the item `id` as its rows and its own page show them, each with the page of its priority.
    func linksDigest(_ id: String) -> Int {
        var hasher = Hasher()
        for link in content.alignment.links(of: id) {
            hasher.combine(link)
            hasher.combine(content.paths.priority(link.priority))
        }
        return hasher.finalize()
    }
}
