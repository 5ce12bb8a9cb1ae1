import BearingAlign
import BearingModel
import BearingParse
import BearingSite
import Foundation

/// A build that keeps what it can between runs in one process, for `serve`: each file's parse result by its text and
/// its resolved items while nothing they resolve against changed, each item's inference by its text, and each page's
/// bytes by a key of its inputs. After a one-file change only that file is read, parsed and resolved, only the items
/// whose text changed are inferred, and only the pages whose inputs changed are rendered. Linking and scoring still run over the whole plan: they are fast, and an item's score
/// depends on every other item. Every result is byte for byte what a full build of the same files gives.
public struct IncrementalBuild: Sendable {
    /// One build: the plan, its alignment, and the site's files in memory (nil when the theme could not be rendered).
    public struct Result: Sendable {
        public var plan: Plan
        public var alignment: Alignment?
        public var files: [(String, Data)]?
        /// Set when `files` is nil: why the site could not be rendered.
        public var failure: Diagnostic?
        /// The pages rendered this time (the others came from the cache), and the files whose bytes changed.
        public var rendered: [String]
        public var changed: [String]
    }

    let root: String
    let today: String?
    let vectors: TokenVectors
    public private(set) var parses = ParsedFiles()
    public private(set) var inferences = InferenceCache()
    public private(set) var pages = PageCache()
    /// The site's paths with the ids they were made from (`SiteIndex.make`).
    private var index = SiteIndex.Kept()
    /// Called after each stage with its name, for timings.
    public var onStage: @Sendable (String) -> Void = { _ in }

    public init(root: String, today: String?, vectors: TokenVectors) {
        self.root = root
        self.today = today
        self.vectors = vectors
    }

    /// Builds after `changed` (workspace-relative files or folders, from a watcher); nil reads every file again and
    /// trusts only what is unchanged in content. `showProblems` nil shows the plan's errors on the site when it has
    /// any, as `serve` does.
    public mutating func build(changed: Set<String>?, options base: SiteBuilder.Options = .init(), showProblems: Bool? = nil) -> Result {
        // A theme template may have changed: no page key covers the templates, so every page is rendered again.
        if changed?.contains(where: { $0 == "theme" || $0.hasPrefix("theme/") }) ?? true { pages = PageCache() }
        var plan = WorkspaceLoader().load(root: root, parsed: &parses, changed: changed.map(Self.clean))
        onStage("scan and parse")
        guard let date = Aligner.today(option: today, config: plan.config) else {
            let problem = Diagnostic(.error, .configInvalid, DateText.todayError(today ?? ""),
                                     at: SourceLocation(path: ConfigLoader.fileName))
            return Result(plan: plan, alignment: nil, files: nil, failure: problem, rendered: [], changed: [])
        }
        // Linking and scoring run mostly on one core after a one-file change (every other item's inference is cached):
        // the site's index of the plan (paths, anchors, tables by id) is made on the other meanwhile.
        let cache = CacheBox(inferences)
        inferences = InferenceCache()
        let aligner = Aligner(vectors: vectors), loaded = plan, keptIndex = self.index
        let (current, (index, madeIndex)) = Parallel.both({ aligner.align(loaded, today: date, cache: &cache.value) },
                                                          { SiteIndex.make(plan: loaded, kept: keptIndex) })
        self.index = madeIndex
        inferences = cache.value
        // Only the texts of this plan stay, so a long-running server does not keep every text ever typed.
        inferences.retainLatest()
        // Quarters that ended under an earlier strategy, scored against it, as `build` does. Their pages are overview
        // pages, rendered on every build, so no page key needs to know.
        let alignment = BuildPipeline.scoredByPeriod(current, plan: plan, history: base.history, vectors: vectors)
        plan.diagnostics = (plan.diagnostics + alignment.diagnostics).sorted(by: Diagnostic.ordered)
        onStage("link and score")
        var options = base
        if options.baseURL == nil { options.baseURL = plan.config.baseURL }
        if options.workspace == nil { options.workspace = root }
        options.showProblems = showProblems ?? (plan.errorCount > 0)
        let theme = root + "/theme"
        options.themeFolder = FileManager.default.fileExists(atPath: theme) ? theme : nil
        do {
            let files = try SiteBuilder().render(plan: plan, alignment: alignment, options: options, cache: &pages, index: index)
            onStage("render")
            return Result(plan: plan, alignment: alignment, files: files, failure: nil, rendered: pages.rendered, changed: pages.changed)
        } catch {
            pages = PageCache()
            let problem = Diagnostic(.error, .configInvalid, "the site could not be rendered: \(error)", at: SourceLocation(path: "theme"))
            return Result(plan: plan, alignment: alignment, files: nil, failure: problem, rendered: [], changed: [])
        }
    }

    /// The inference cache, lent to the aligner on another thread: one owner at a time, so no copy is made.
    private final class CacheBox: @unchecked Sendable {
        var value: InferenceCache
        init(_ value: InferenceCache) { self.value = value }
    }

    /// `objectives/./a.md` and `objectives/a.md` are one file.
    private static func clean(_ paths: Set<String>) -> Set<String> {
        Set(paths.map { $0.split(separator: "/").filter { $0 != "." }.joined(separator: "/") })
    }
}
