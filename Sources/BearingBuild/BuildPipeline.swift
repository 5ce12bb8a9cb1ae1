import BearingAlign
import BearingModel
import BearingParse
import BearingReport
import BearingSite
import BearingStore
import Foundation

/// The build, as a library: load → align → history from git (when asked) → database and pages into one staging folder → swap.
/// Commands call it instead of wiring the stages themselves, so `check`, `report` and `build` see one plan with one
/// list of diagnostics, merged and sorted here and nowhere else.
public struct BuildPipeline: Sendable {
    /// The workspace folder.
    public var root: String
    public var fileSystem: FileSystem
    /// The settings for a `fileSystem` that has no bearing.yml (a revision older than it: `WorkspaceLoader`).
    public var settingsWhenAbsent: WorkspaceLoader.Settings?

    public init(root: String, fileSystem: FileSystem = .disk) {
        self.root = root
        self.fileSystem = fileSystem
    }

    /// A loaded and aligned plan. `plan.diagnostics` is the build's one list: the plan's own findings and the
    /// alignment's, sorted by place.
    public struct Analysis: Sendable {
        public var plan: Plan
        public var alignment: Alignment
        /// The plan's history from git, stored beside the plan in planning.db; nil outside git or when not read.
        public var history: PlanHistory?
        public var diagnostics: [Diagnostic] { plan.diagnostics }

        package init(plan: Plan, alignment: Alignment, history: PlanHistory? = nil) {
            self.plan = plan
            self.alignment = alignment
            self.history = history
        }
    }

    /// Why the pipeline stopped before writing anything.
    public enum Failure: Error, CustomStringConvertible {
        case badDate(String)

        public var description: String {
            switch self {
            case .badDate(let text): return DateText.todayError(text)
            }
        }
    }

    /// Scan, parse and resolve the workspace's files.
    public func load() -> Plan {
        WorkspaceLoader(fileSystem: fileSystem, settingsWhenAbsent: settingsWhenAbsent).load(root: root)
    }

    /// The same; `store`, when given, answers the files whose text an earlier run parsed, and keeps this run's for the
    /// next.
    package func load(store: ParseStore?) -> Plan {
        guard let store else { return load() }
        var parsed = store.load()
        let plan = WorkspaceLoader(fileSystem: fileSystem, settingsWhenAbsent: settingsWhenAbsent).load(root: root, parsed: &parsed)
        // A store that cannot be written costs the next run its saving, nothing else.
        try? store.save(parsed)
        return plan
    }

    /// The workspace's history from git; nil outside a git repository (or without git, or before the first
    /// commit), where the build is as it always was. What the user should know (a shallow clone, a repository git
    /// cannot read) goes to `warn`; an unreadable history never stops the build. git runs with `environment`
    /// (nil: the process's own).
    /// Without `linking`, statuses and key results only (`HistoryReader.read(linking:)`): enough for trends.
    /// `config` (the workspace's settings today) limits the walk to the commits that changed the plan's own files.
    /// `from` (a day) starts the walk at the plan as it stood just before that day (`HistoryReader.read(from:)`).
    package func history(vectors: Prefetch<TokenVectors>, config: WorkspaceConfig? = nil, environment: [String: String]? = nil, linking: Bool = true,
                         from day: Date? = nil, warn: (String) -> Void) -> PlanHistory? {
        guard let repository = try? GitRepository(workspace: root, environment: environment), (try? repository.commit("HEAD")) != nil,
              repository.tracksWorkspaceFiles() else { return nil }
        do {
            let reader = HistoryReader(repository: repository, aligner: Aligner(vectors: try vectors.value()), root: root, config: config)
            let history = try reader.read(linking: linking, from: day)
            if history.isShallow { warn("warning: " + PlanHistory.shallowWarning) }
            return history
        } catch {
            warn("warning: the git history could not be read (\(error)); built without history")
            return nil
        }
    }

    /// `plan` with the stale-key-result warnings that `check` gives, from a history already read: `report` and `build`
    /// read it anyway, and a count of warnings that differs between commands ("42 warnings" from `check`, "20" from
    /// `report`) leaves a user wondering which is true. Unchanged without history.
    package static func withStaleKeyResults(_ plan: Plan, today: Date, history: PlanHistory?) -> Plan {
        guard let history else { return plan }
        let stale = StaleKeyResult.diagnostics(PlanTrends(history: history, until: today.addingTimeInterval(86_400))
            .staleKeyResults(in: plan, today: today, afterWeeks: plan.config.staleAfterWeeks))
        guard !stale.isEmpty else { return plan }
        var plan = plan
        plan.diagnostics = (plan.diagnostics + stale).sorted(by: Diagnostic.ordered)
        return plan
    }

    /// `alignment` with each quarter that ended under an earlier strategy scored against that strategy
    /// (`Aligner.scoredByPeriod`). Unchanged without history, when the strategy never changed, or when the vectors
    /// cannot be loaded (the plan was aligned with them already, so they can). Versions that took effect after the day
    /// the plan is scored for are left out, as trends leave out later revisions.
    package static func scoredByPeriod(_ alignment: Alignment, plan: Plan, history: PlanHistory?, vectors: Prefetch<TokenVectors>) -> Alignment {
        guard (history?.strategies.count ?? 0) > 1, let vectors = try? vectors.value() else { return alignment }
        return scoredByPeriod(alignment, plan: plan, history: history, vectors: vectors)
    }

    /// The same, with vectors already loaded (`serve` keeps them).
    package static func scoredByPeriod(_ alignment: Alignment, plan: Plan, history: PlanHistory?, vectors: TokenVectors) -> Alignment {
        let until = alignment.today.addingTimeInterval(86_400)
        guard let versions = history?.strategies.filter({ $0.since < until }), versions.count > 1 else { return alignment }
        return Aligner(vectors: vectors).scoredByPeriod(alignment, plan: plan, versions: versions)
    }

    /// Link and score `plan` as of `today` (YYYY-MM-DD; default `today:` in bearing.yml, else the clock), and merge
    /// the alignment's diagnostics into the plan's. `vectors`, when given, were started loading before the plan was read.
    /// `store`, when given, answers the items whose text an earlier run placed, and keeps this run's for the next.
    package static func align(_ plan: Plan, today: String? = nil, vectors: Prefetch<TokenVectors>? = nil, store: InferenceStore? = nil) throws -> Analysis {
        let date = try scoringDate(plan, today: today)
        return analysis(plan, date: date, vectors: try vectors?.value() ?? TokenVectors.bundled(), store: store)
    }

    /// The same, with vectors already loaded (a server that rebuilds keeps them).
    package static func align(_ plan: Plan, today: String?, vectors: TokenVectors) throws -> Analysis {
        analysis(plan, date: try scoringDate(plan, today: today), vectors: vectors)
    }

    private static func scoringDate(_ plan: Plan, today: String?) throws -> Date {
        guard let date = Aligner.today(option: today, config: plan.config) else { throw Failure.badDate(today ?? plan.config.today ?? "") }
        return date
    }

    private static func analysis(_ plan: Plan, date: Date, vectors: TokenVectors, store: InferenceStore? = nil) -> Analysis {
        var cache = store?.load() ?? InferenceCache()
        let alignment = Aligner(vectors: vectors).align(plan, today: date, cache: &cache)
        // A cache that cannot be written (a read-only checkout) costs the next run its saving, nothing else.
        try? store?.save(cache)
        var plan = plan
        plan.diagnostics = (plan.diagnostics + alignment.diagnostics).sorted(by: Diagnostic.ordered)
        return Analysis(plan: plan, alignment: alignment)
    }

    /// Load and align in one call, the vectors loading while the files are read.
    public func analyze(today: String? = nil) throws -> Analysis {
        let vectors = Prefetch { try TokenVectors.bundled() }
        return try Self.align(load(), today: today, vectors: vectors)
    }

    /// The workspace's theme/ folder, when it has one: its templates override the built-in ones.
    public var themeFolder: String? {
        let theme = root + "/theme"
        return fileSystem.fileExists(theme) ? theme : nil
    }

    /// The output folder `out` (absolute, or relative to the workspace), once it is known to be a folder the build
    /// may replace; an `OutputRefusal` otherwise. Checked before anything is scored, rendered or written.
    package func output(_ out: String, config: WorkspaceConfig) throws -> URL {
        URL(fileURLWithPath: try OutputGuard(workspace: root, config: config).check(out.hasPrefix("/") ? out : root + "/" + out))
    }

    /// Renders the site and writes it (the history, when read, into planning.db), with the data files of `options.data` (by default `data/planning.db`; the
    /// CSV tables, printed from the database, on request), into one staging folder that replaces `output` in one
    /// step. `site` carries the writer's hooks (stage timings, lock waits). Returns the number of pages written.
    /// `store`, when given, holds the pages the previous build into `output` left (`PageStore`): those whose inputs are
    /// unchanged are linked rather than rendered, and this build's are kept for the next; `search`, when given, does the
    /// same for the search index's texts (`SearchStore`). `reused`, when given, is told how many pages were linked.
    @discardableResult
    package func write(_ analysis: Analysis, options: SiteBuilder.Options, output: URL, site: SiteBuilder = SiteBuilder(),
                       store: PageStore? = nil, search: SearchStore? = nil, reused: ((Int) -> Void)? = nil) throws -> Int {
        let plan = analysis.plan, alignment = analysis.alignment, history = analysis.history, data = options.data
        var options = options
        options.history = options.history ?? history  // the review page's "what changed"
        options.workspace = options.workspace ?? root  // the images the pages show
        let stamp = store?.stamp(output: output.path, today: alignment.today, history: options.history)
        let loaded = stamp.flatMap { stamp in store?.load(stamp: stamp) }
        var kept = loaded
        var memo = search?.load()
        let pages = try site.build(plan: plan, alignment: alignment, options: options, output: output, kept: &kept, search: &memo) { staging in
            guard data.contains(.database) else { return }
            try Self.writeDatabase(plan: plan, alignment: alignment, history: history, csv: data.contains(.csv), staging: staging)
        }
        if let store, let stamp, let kept, let loaded {
            reused?(kept.reused)
            // A store that cannot be written costs the next build its saving, nothing else.
            try? store.save(kept, stamp: stamp, loaded: loaded)
        }
        if let search, let memo { try? search.save(memo) }
        return pages
    }

    /// data/planning.db, and the CSV tables printed from it when `csv`.
    private static func writeDatabase(plan: Plan, alignment: Alignment, history: PlanHistory?, csv: Bool, staging: OutputWriter.Staging) throws {
        let path = staging.root + "/data/planning.db"
        let database: PlanningDatabase
        do {
            database = try PlanningDatabase.create(at: path)
            try database.write(plan: plan, alignment: alignment)
            if let history { try database.write(history: history) }
        } catch {
            throw WriteError("write the database", path, error)
        }
        if csv {
            for table in PlanningDatabase.csvTableNames {
                try staging.stream("data/\(table).csv") { try database.writeCSV(table: table, into: &$0) }
            }
        }
        do { try database.close() } catch { throw WriteError("write the database", path, error) }
    }
}
