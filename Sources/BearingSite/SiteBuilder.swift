import BearingAlign
import BearingModel
import BearingReport
import Foundation

/// The render and write stages: every page, asset and data file of the site, then one atomic swap.
public struct SiteBuilder: Sendable {
    public struct Options: Sendable {
        /// Published address, for canonical links only; pages link to each other relatively.
        public var baseURL: String?
        /// A build date for the footer; nil keeps two builds of the same input byte-identical.
        public var stamp: String?
        /// Show the plan's errors on the site instead of refusing to build.
        public var showProblems: Bool
        public var themeFolder: String?
        /// What goes into `data/`; pages link only to these.
        public var data: DataFiles

        /// The plan's history from git, for the review page's "what changed"; nil outside git or with --no-history.
        public var history: PlanHistory?
        /// What changed since the last review, when the build has the plan's history; the review page says so when not.
        public var changes: PlanChanges?
        /// The workspace folder, whose images the pages show are copied into `media/` (`SiteImages`); nil copies none.
        public var workspace: String?

        public init(baseURL: String? = nil, stamp: String? = nil, showProblems: Bool = false, themeFolder: String? = nil,
                    data: DataFiles = .database, history: PlanHistory? = nil, changes: PlanChanges? = nil) {
            self.history = history
            self.changes = changes
            self.baseURL = baseURL
            self.stamp = stamp
            self.showProblems = showProblems
            self.themeFolder = themeFolder
            self.data = data
        }
    }

    package var writer = OutputWriter()
    /// Called after each stage with its name, for `bearing build --timings`.
    public var onStage: @Sendable (String) -> Void = { _ in }

    public init() {}

    /// Renders the site in memory: (relative path, bytes), sorted by path. `build` writes exactly these files, plus the
    /// database, the CSV tables (when asked for) and the site's marker (`SiteMarker`).
    public func render(plan: Plan, alignment: Alignment, options: Options) throws -> [(String, Data)] {
        let site = try prepare(plan: plan, alignment: alignment, options: options)
        var files = Parallel.map(site.jobs) { job in
            let (path, bytes) = site.render(job)
            return (path, Data(bytes))
        }
        files += try site.extras().map { ($0, Data($1)) }
        files += site.images.files().map { ($0, Data($1)) }
        return files.sorted { $0.0 < $1.0 }
    }

    /// Renders and writes the site to `output` atomically, with the data files of `options.data` in `data/`:
    /// `planning.json` itself, and whatever `database` writes into the same staging folder for the others (the
    /// build's planning.db and its CSV tables: BearingSite does not know the database). `database` is called only
    /// when `options.data` is not empty.
    /// Each page is written as soon as it is rendered, and the data files are printed straight to disk, so the
    /// site is never held in memory whole; the data files are written one after another beside the pages.
    /// Returns the number of pages written.
    @discardableResult
    package func build(plan: Plan, alignment: Alignment, options: Options, output: URL,
                       database: @Sendable (OutputWriter.Staging) throws -> Void = { _ in }) throws -> Int {
        var kept: KeptPages? = nil
        return try build(plan: plan, alignment: alignment, options: options, output: output, kept: &kept, database: database)
    }

    /// `build`, taking from the site being replaced each page whose key is the one `kept` holds for it and whose file
    /// is still the one that build wrote (it is linked, neither rendered nor written); `kept` is left holding this
    /// build's pages. With `kept` nil, no key is made: a build without a store pays nothing for it.
    package func build(plan: Plan, alignment: Alignment, options: Options, output: URL, kept: inout KeptPages?,
                       database: @Sendable (OutputWriter.Staging) throws -> Void = { _ in }) throws -> Int {
        var search: SearchIndex.Memo? = nil
        return try build(plan: plan, alignment: alignment, options: options, output: output, kept: &kept, search: &search, database: database)
    }

    /// `build(kept:)`, taking the search index's texts from `search` when it is given and leaving it holding this
    /// build's (`SearchIndex.Memo`; the command line keeps it between runs in `SearchStore`).
    package func build(plan: Plan, alignment: Alignment, options: Options, output: URL, kept: inout KeptPages?,
                       search: inout SearchIndex.Memo?,
                       database: @Sendable (OutputWriter.Staging) throws -> Void = { _ in }) throws -> Int {
        let site = try prepare(plan: plan, alignment: alignment, options: options)
        // Only the assets' job reads and replaces it, and the jobs are done before it is read again.
        let memo = MemoSlot(search)
        let before = kept
        let inputs = before == nil ? nil : site.keyInputs()
        var made = KeptPages()
        try writer.replace(output) { staging in
            let data = options.data
            try staging.makeFolders(for: site.jobs.map { $0.path(site.content) } + ["assets/x"] + (data.isEmpty ? [] : ["data/x"])
                                    + site.images.copies.map(\.path))
            // The data files go first, one after another on one core (together they held the peak of memory),
            // while the other core renders the assets and pages; then both share the remaining pages.
            let work: [BuildWork] = (data.isEmpty ? [] : [.data]) + [.assets] + site.images.copies.map(BuildWork.image) + site.jobs.map(BuildWork.page)
            let results = Parallel.map(work) { item -> Result<KeptPages.Written?, WriteError> in
                do {
                    switch item {
                    case .page(let job):
                        if let before, let inputs { return .success(try site.write(job, key: site.key(job, inputs), kept: before, into: staging)) }
                        let (path, bytes) = site.render(job)
                        try staging.write(path, bytes)
                    case .assets:
                        if var kept = memo.value {
                            for (path, bytes) in try site.assets(memo: &kept) { try staging.write(path, bytes) }
                            memo.value = kept
                        } else {
                            for (path, bytes) in try site.assets() { try staging.write(path, bytes) }
                        }
                    case .image(let copy):
                        try staging.copy(copy.source, to: copy.path)
                    case .data:
                        try database(staging)
                        if data.contains(.json) { try staging.stream("data/planning.json") { try site.writePlanningJSON(into: &$0) } }
                    }
                    return .success(nil)
                } catch let error as WriteError {
                    return .failure(error)
                } catch {
                    return .failure(WriteError(description: "cannot build the site: \(WriteError.firstLine(of: error))"))
                }
            }
            for result in results {
                guard let page = try result.get() else { continue }
                made.pages[page.path] = page.page
                if page.reused { made.reused += 1 }
            }
            onStage("render and write")
        }
        onStage("swap")
        if before != nil { kept = made }
        search = memo.value
        return site.jobs.count
    }

    /// The search memo, handed to the one job that renders the index.
    private final class MemoSlot: @unchecked Sendable {
        var value: SearchIndex.Memo?
        init(_ value: SearchIndex.Memo?) { self.value = value }
    }

    /// One unit of the render-and-write stage.
    private enum BuildWork: Sendable {
        case page(PageJob), assets, data, image(SiteImages.Copy)
    }

    /// `templates`: the last build's, taken when compiled from the same sources (`TemplateLibrary.load(kept:)`).
    func prepare(plan: Plan, alignment: Alignment, options: Options, index: SiteIndex? = nil, templates: TemplateLibrary? = nil) throws -> SiteRender {
        var content = SiteContent(plan: plan, alignment: alignment, renderer: HTMLRenderer(allowHTML: plan.config.allowHTML, topHeadingLevel: 2),
                                  index: index)
        // Without a chosen moment, the last review is taken to be the start of the current quarter.
        let review = LastReview(alignment: alignment)
        content.changes = options.changes ?? options.history.flatMap { history in review.map { PlanChanges(history: history, since: $0) } }
        // Trends only when there is history: a plan outside git pays nothing for them.
        if let history = options.history {
            let trends = PlanTrends(history: history, until: alignment.today.addingTimeInterval(86_400))
            content.trends = trends
            content.stale = trends.staleKeyResults(in: plan, today: alignment.today, afterWeeks: plan.config.staleAfterWeeks)
        }
        var jobs: [PageJob] = [.dashboard, .review, .strategy, .alignment, .quarters, .roadmaps, .search, .scoring]
        jobs += alignment.strategy.priorities.map(PageJob.priority)
        jobs += plan.quarters.map(PageJob.quarter) + plan.quarters.map(PageJob.report)
        jobs += content.objectives.indices.map(PageJob.objective)
        jobs += plan.roadmaps.map(PageJob.roadmap)
        return SiteRender(content: content, templates: try TemplateLibrary.load(themeFolder: options.themeFolder, kept: templates), options: options,
                          scoring: try Self.resource("scoring", "md"), jobs: jobs, images: SiteImages(plan: plan, workspace: options.workspace))
    }

    /// An embedded file of BearingSite's Resources folder, e.g. `resource("assets/style", "css")`.
    static func resource(_ name: String, _ ext: String) throws -> String {
        guard let text = EmbeddedFiles.text("BearingSite/\(name).\(ext)") else { throw TemplateLibrary.LoadError.missing }
        return text
    }
}
