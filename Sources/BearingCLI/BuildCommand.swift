import ArgumentParser
import BearingAlign
import BearingModel
import BearingParse
import BearingReport
import BearingSite
import Foundation

/// `bearing build`: the static planning site and the planning database.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the static planning site and data/planning.db (planning.json and CSV with --data) into --out.",
        discussion: """
            The site is written to a temporary folder beside --out and swapped in at the end, so a failed build \
            leaves the previous site untouched. --out must be a site Bearing built (it carries a .bearing-site file), \
            an empty folder or a new one; anything else, the workspace, a folder holding it and the source folders \
            are refused with exit 2 (see docs/site.md). When `check` finds errors the build stops with exit 1, unless \
            --allow-errors: then the site is written with the errors listed at the top of every page, and the build exits 0 \
            (publish from CI that way, and let `bearing check` be the step that fails). Templates can be overridden from theme/.

            data/ holds planning.db (what `bearing query` reads); --data json,csv adds planning.json and one CSV per \
            table, and --data none writes no data/ at all. Pages link only to the data files written.
            """
    )

    @OptionGroup var options: WorkspaceOptions
    @OptionGroup var alignment: AlignmentOptions
    @OptionGroup var revision: AsOfOption

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

    func run() throws {
        let started = Date()
        let root = try options.root()
        let clock = StageClock(enabled: timings)
        let vectors = Prefetch { try TokenVectors.bundled() }
        let (loaded, commit) = try revision.load(root: root)
        // Before anything is scored, rendered or written: an output that is not a Bearing site is refused.
        let output: URL
        do {
            output = URL(fileURLWithPath: try OutputGuard(workspace: root, config: loaded.config).check(out.hasPrefix("/") ? out : root + "/" + out))
        } catch let refusal as OutputRefusal {
            printError("bearing build: \(refusal)")
            throw ExitCode(2)
        }
        clock.lap("scan and parse")
        let (plan, aligned) = try AsOfOption.scoring(alignment, at: commit).align(loaded, vectors: vectors)
        clock.lap("link and score")
        // History is the commits' story up to HEAD; a site of an earlier revision (--as-of) is that revision alone.
        let history = noHistory || revision.asOf != nil ? nil : try readHistory(root: root, vectors: vectors)
        clock.lap("history")
        if plan.errorCount > 0 && !allowErrors {
            printError(plan.diagnostics.filter { $0.severity == .error }.map(DiagnosticFormatter.text).joined(separator: "\n"))
            printError("bearing build: \(DiagnosticFormatter.summary(plan.diagnostics, fileCount: plan.files.count)); the site was not written (use --allow-errors to build anyway)")
            throw ExitCode(1)
        }
        let theme = root + "/theme"
        let siteOptions = SiteBuilder.Options(
            baseURL: baseURL ?? plan.config.baseURL, stamp: stamp ? ISO8601DateFormatter().string(from: Date()) : nil,
            showProblems: allowErrors, themeFolder: FileManager.default.fileExists(atPath: theme) ? theme : nil, data: data.files,
            history: history)
        var builder = SiteBuilder()
        builder.onStage = { name in clock.lap(name) }
        builder.writer.onWait = { printError("bearing build: " + $0) }
        if let pause = ProcessInfo.processInfo.environment[Self.pauseVariable] { builder.writer.afterStaging = Self.pause(signalling: pause) }
        let pages: Int
        do {
            pages = try builder.build(plan: plan, alignment: aligned, options: siteOptions, output: output)
        } catch let refusal as OutputRefusal {
            printError("bearing build: \(refusal)")
            throw ExitCode(2)
        } catch {
            printError("bearing build: \(WriteError(during: "build the site into", at: output.path, error))")
            throw ExitCode(1)
        }
        UntilExit.keep((loaded, plan, aligned))
        printError("bearing build: \(pages) pages\(data.files.isEmpty ? "" : " and data/") written to \(output.path) in \(String(format: "%.2f", Date().timeIntervalSince(started))) s"
                   + (plan.errorCount > 0 ? " (\(plan.errorCount) errors shown on the site)" : ""))
        // The errors were asked for on the site; a publishing job should not fail for them (check is the gate).
        if plan.errorCount > 0 && !allowErrors { throw ExitCode(1) }
    }
}

extension BuildCommand {
    /// The workspace's history from git; nil outside a git repository (or without git), where the build is as
    /// it always was. A shallow clone gets a warning saying how to fetch the rest.
    func readHistory(root: String, vectors: Prefetch<TokenVectors>) throws -> PlanHistory? {
        // Outside git, or in a repository with no commit yet, there is no history to read.
        guard let repository = try? GitRepository(workspace: root), (try? repository.commit("HEAD")) != nil else { return nil }
        do {
            let history = try HistoryReader(repository: repository, aligner: Aligner(vectors: try vectors.value()), root: root).read()
            if history.isShallow { printError("bearing build: warning: " + PlanHistory.shallowWarning) }
            return history
        } catch {
            // A repository without commits yet, or one git cannot read: the site is still built, without history.
            printError("bearing build: warning: the git history could not be read (\(error)); built without history")
            return nil
        }
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
    private var last = Date()

    init(enabled: Bool) { self.enabled = enabled }

    func lap(_ stage: String) {
        let now = Date()
        if enabled { printError("  " + stage.padding(toLength: 18, withPad: " ", startingAt: 0) + String(format: "%6.2f s", now.timeIntervalSince(last))) }
        last = now
    }
}
