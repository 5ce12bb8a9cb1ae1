import ArgumentParser
import BearingAlign
import BearingBuild
import BearingModel
import BearingParse
import BearingReport
import BearingSite
import Foundation

/// `bearing build`: the static planning site and the planning database.
struct BuildCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the static planning site and data/planning.db (planning.json and CSV with --data) into --out.",
        discussion: """
            The site is written to a temporary folder beside --out and swapped in at the end, so a failed build \
            leaves the previous site untouched. --out must be a site Bearing built (it carries a .bearing-site file), \
            an empty folder or a new one; anything else, the workspace, a folder holding it and the source folders \
            are refused with exit 2 (see docs/site.md). What you add at the top of a built site (a CNAME, a folder of \
            your own) is kept by every build; what is inside Bearing's own folders is replaced. When `check` finds errors the build stops with exit 1, unless \
            --allow-errors: then the site is written with the errors listed at the top of every page, and the build exits 0 \
            (publish from CI that way, and let `bearing check` be the step that fails). Templates can be overridden from theme/.

            data/ holds planning.db (what `bearing query` reads); --data json,csv adds planning.json and one CSV per \
            table, and --data none writes no data/ at all. Pages link only to the data files written.
            """
    )

    @OptionGroup var options: WorkspaceOptions
    @OptionGroup var alignment: AlignmentOptions
    @OptionGroup var revision: AsOfOption
    @OptionGroup var cache: CacheOption

    @Option(help: ArgumentHelp("Output folder (relative to the workspace): a site Bearing built, an empty folder or a new one.", valueName: "dir"))
    var out = "_site"

    @Option(help: ArgumentHelp("Where the site will be published, for canonical links (default: base_url in bearing.yml).", valueName: "url"))
    var baseURL: String?

    @Flag(help: "Put the build time in the footer (off by default, so two builds are byte-identical).")
    var stamp = false

    @Flag(help: "Build even when the plan has errors, show them on the site, and exit 0.")
    var allowErrors = false

    @Option(help: ArgumentHelp("Data files beside data/planning.db: json, csv (comma-separated), or none for no data/ folder.", valueName: "list"))
    var data: DataFilesArgument = DataFilesArgument(files: .database)

    @Flag(help: "Do not read the workspace's git history (read by default when the workspace is in a git repository).")
    var noHistory = false

    @Flag(help: "Print how long each stage took (scan and parse, link and score, render and write, swap).")
    var timings = false

    func run(_ console: Console) throws -> Int32 {
        // The cache's files are written beside the run; it ends when they are.
        let writes = CacheWrites()
        defer { writes.finish() }
        let started = Date()
        let pipeline = BuildPipeline(root: try options.root(console))
        let clock = StageClock(enabled: timings, console: console)
        let vectors = Prefetch { try TokenVectors.bundled() }
        let (loaded, commit) = try revision.load(pipeline, console: console, store: cache.parseStore(root: pipeline.root, writes: writes))
        // Before anything is scored, rendered or written: an output that is not a Bearing site is refused.
        let output: URL
        do {
            output = try pipeline.output(out, config: loaded.config)
        } catch let refusal as OutputRefusal {
            console.error("bearing build: \(refusal)")
            return 2
        }
        clock.lap("scan and parse")
        var (plan, current) = try AsOfOption.scoring(alignment, at: commit).align(loaded, console: console, vectors: vectors,
                                                                                   store: cache.store(root: pipeline.root, writes: writes))
        clock.lap("link and score")
        // Only explanations read the raw inferences; let them go before the site is rendered.
        current = current.withoutExplanations()
        // History is the commits' story up to HEAD; a site of an earlier revision (--as-of) is that revision alone.
        let history = noHistory || revision.asOf != nil ? nil : pipeline.history(vectors: vectors, config: plan.config, environment: console.environment) {
            console.error("bearing build: " + $0)
        }
        // Quarters that ended under an earlier strategy are scored against it.
        let aligned = BuildPipeline.scoredByPeriod(current, plan: plan, history: history, vectors: vectors)
        plan = BuildPipeline.withStaleKeyResults(plan, today: aligned.today, history: history)
        if history != nil { plan = FormerPriorityIDs.annotate(plan, root: pipeline.root, environment: console.environment) }
        clock.lap("history")
        if plan.errorCount > 0 && !allowErrors {
            console.error(plan.diagnostics.filter { $0.severity == .error }.map(DiagnosticFormatter.text).joined(separator: "\n"))
            console.error("bearing build: \(DiagnosticFormatter.summary(plan.diagnostics, fileCount: plan.files.count)); the site was not written (use --allow-errors to build anyway)")
            return 1
        }
        let siteOptions = SiteBuilder.Options(
            baseURL: baseURL ?? plan.config.baseURL, stamp: stamp ? ISO8601DateFormatter().string(from: Date()) : nil,
            showProblems: allowErrors, themeFolder: pipeline.themeFolder, data: data.files)
        var site = SiteBuilder()
        site.onStage = { name in clock.lap(name) }
        site.writer.onWait = { console.error("bearing build: " + $0) }
        if let pause = console.environment[Self.pauseVariable] { site.writer.afterStaging = Self.pause(signalling: pause) }
        let pages: Int
        do {
            pages = try pipeline.write(BuildPipeline.Analysis(plan: plan, alignment: aligned, history: history), options: siteOptions, output: output, site: site,
                                       store: cache.pageStore(root: pipeline.root), search: cache.searchStore(root: pipeline.root)) { reused in
                if timings { console.error("  pages kept        \(reused) of the previous build's, unchanged (not rendered)") }
            }
        } catch let refusal as OutputRefusal {
            console.error("bearing build: \(refusal)")
            return 2
        } catch {
            console.error("bearing build: \(WriteError(during: "build the site into", at: output.path, error))")
            return 1
        }
        console.error("bearing build: \(pages) pages\(data.files.isEmpty ? "" : " and data/") written to \(output.path) in \(String(format: "%.2f", Date().timeIntervalSince(started))) s"
                      + (plan.errorCount > 0 ? " (\(plan.errorCount) error\(plan.errorCount == 1 ? "" : "s") shown on the site)" : ""))
        // The errors were asked for on the site; a publishing job should not fail for them (check is the gate).
        return 0
    }
}

/// `--data`'s value, as `DataFiles`.
struct DataFilesArgument: ExpressibleByArgument {
    let files: DataFiles

    init(files: DataFiles) { self.files = files }

    init?(argument: String) {
        guard let files = DataFiles(list: argument) else { return nil }
        self.files = files
    }

    var defaultValueDescription: String { "db" }
}

extension BuildCommand {
    /// Names a folder; when set, the build creates `paused` in it once the new site is staged, then waits until
    /// `resume` appears there. The end-to-end tests use it to kill a build at its most delicate moment and to hold
    /// one build while a second starts. Without it there is no pause.
    static let pauseVariable = "BEARING_TEST_PAUSE_AFTER_STAGING"

    static func pause(signalling folder: String) -> @Sendable (String) -> Void {
        { _ in
            _ = FileManager.default.createFile(atPath: folder + "/paused", contents: nil)
            while !FileManager.default.fileExists(atPath: folder + "/resume") { usleep(20_000) }
        }
    }
}

/// Prints the time since the previous lap to standard error, when enabled. Laps come from the build's own
/// thread one after another, never concurrently, hence `@unchecked Sendable`.
final class StageClock: @unchecked Sendable {
    let enabled: Bool
    let console: Console
    private var last = Date()

    init(enabled: Bool, console: Console) {
        self.enabled = enabled
        self.console = console
    }

    func lap(_ stage: String) {
        let now = Date()
        if enabled { console.error("  " + stage.padding(toLength: 18, withPad: " ", startingAt: 0) + String(format: "%6.2f s", now.timeIntervalSince(last))) }
        last = now
    }
}
