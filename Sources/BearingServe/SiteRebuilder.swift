import BearingAlign
import BearingBuild
import BearingModel
import BearingParse
import BearingSite
import Foundation

/// What one rebuild produced: the site's files in memory, and the plan's errors.
public struct RebuiltSite: Sendable {
    /// Relative path → bytes, exactly what `bearing build` writes (without the database); nil when the site could
    /// not be rendered at all (a broken theme template), in which case `errors` says why.
    public var files: [String: Data]?
    /// The errors of the plan (severity error), at their `file:line`.
    public var errors: [Diagnostic]
    /// What to watch from now on: bearing.yml may have moved the objective or roadmap folders.
    public var watchList: WatchList

    public init(files: [String: Data]?, errors: [Diagnostic], watchList: WatchList) {
        self.files = files
        self.errors = errors
        self.watchList = watchList
    }
}

/// The one seam through which `serve` rebuilds. Today's `FullRebuild` reads, links, scores and renders
/// everything; an incremental engine replaces it by reparsing only `changed` and rendering only the pages that
/// depend on it, with no change to the watcher, the server or the reload.
public protocol SiteRebuilder: Sendable {
    /// The site after `changed` (workspace-relative paths; empty for the first build, meaning everything).
    mutating func rebuild(changed: Set<String>) -> RebuiltSite
}

/// Rebuilds the whole site in memory: the same stages as `bearing build`, without writing anything.
public struct FullRebuild: SiteRebuilder {
    let root: String
    /// `--today`, else `today:` in bearing.yml, else the clock (read at each rebuild, so a server left running
    /// overnight scores for the new day).
    let today: String?
    let vectors: TokenVectors

    public init(root: String, today: String?, vectors: TokenVectors) {
        self.root = root
        self.today = today
        self.vectors = vectors
    }

    public mutating func rebuild(changed: Set<String>) -> RebuiltSite {
        // Load, align and merge the diagnostics exactly as `bearing build` does; only the write differs.
        let pipeline = BuildPipeline(root: root)
        let loaded = pipeline.load()
        let watchList = WatchList(plan: loaded)
        let analysis: BuildPipeline.Analysis
        do {
            analysis = try BuildPipeline.align(loaded, today: today, vectors: vectors)
        } catch {
            let problem = Diagnostic(.error, .configInvalid, "\(error)", at: SourceLocation(path: ConfigLoader.fileName))
            return RebuiltSite(files: nil, errors: [problem], watchList: watchList)
        }
        let errors = analysis.diagnostics.filter { $0.severity == .error }
        var options = SiteBuilder.Options(baseURL: analysis.plan.config.baseURL, showProblems: !errors.isEmpty,
                                          themeFolder: pipeline.themeFolder)
        options.workspace = root
        do {
            let files = try SiteBuilder().render(plan: analysis.plan, alignment: analysis.alignment, options: options)
            return RebuiltSite(files: Dictionary(files, uniquingKeysWith: { first, _ in first }), errors: errors, watchList: watchList)
        } catch {
            let problem = Diagnostic(.error, .configInvalid, "the site could not be rendered: \(error)", at: SourceLocation(path: "theme"))
            return RebuiltSite(files: nil, errors: errors + [problem], watchList: watchList)
        }
    }
}
