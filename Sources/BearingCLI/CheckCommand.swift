import ArgumentParser
import BearingAlign
import BearingBuild
import BearingModel
import BearingParse
import BearingReport

/// `bearing check`: every diagnostic from every file, sorted by path and line.
struct CheckCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the workspace and print every problem as path:line:col: severity: message [code].",
        discussion: "Exits 0 when clean, 1 on errors (and on warnings with --strict). Codes are listed in docs/diagnostics.md."
    )

    @OptionGroup var options: WorkspaceOptions

    @Option(help: "Output format: text, json or github (GitHub Actions annotations).")
    var format: DiagnosticFormat = .text

    @Flag(help: "Fail (exit 1) on warnings too.")
    var strict = false

    @OptionGroup var alignment: AlignmentOptions
    @OptionGroup var cache: CacheOption

    @Flag(help: "Do not read the workspace's git history (read to find stale key results when the workspace is in a git repository).")
    var noHistory = false

    func run(_ console: Console) throws -> Int32 {
        // The cache's files are written beside the run; it ends when they are.
        let writes = CacheWrites()
        defer { writes.finish() }
        let vectors = Prefetch { try TokenVectors.bundled() }
        let root = try options.root(console)
        var (plan, aligned) = try alignment.align(BuildPipeline(root: root).load(store: cache.parseStore(root: root, writes: writes)), console: console, vectors: vectors,
                                                 store: cache.store(root: root, writes: writes))
        plan = BuildPipeline.withStaleKeyResults(plan, today: aligned.today, history: history(plan, aligned, root: root, vectors: vectors, console: console))
        if !noHistory { plan = FormerPriorityIDs.annotate(plan, root: root, environment: console.environment) }
        let prefix = format == .github ? RepositoryPath.prefix(ofWorkspace: root, environment: console.environment) : ""
        console.print(DiagnosticFormatter.format(plan.diagnostics, as: format, fileCount: plan.files.count, repositoryPrefix: prefix), terminator: "")
        if format == .text { console.error("bearing check: " + DiagnosticFormatter.summary(plan.diagnostics, fileCount: plan.files.count)) }
        return CheckOutcome.failed(plan.diagnostics, strict: strict) ? 1 : 0
    }

    /// The history stale key results are read from. Read only when some objective's quarter has not ended, as only
    /// those can be stale; outside git there is none and nothing is said.
    private func history(_ plan: Plan, _ aligned: Alignment, root: String, vectors: Prefetch<TokenVectors>, console: Console) -> PlanHistory? {
        let open = plan.objectives.compactMap(\.quarter).filter { $0.dateInterval.end > aligned.today }
        guard !noHistory, let earliest = open.map(\.dateInterval.start).min() else { return nil }
        // A key result's stale clock starts at its quarter's start at the earliest, so the walk starts there too, with
        // the plan as it stood then: `check` runs on every pull request, and a long history was read in full each time.
        return BuildPipeline(root: root).history(vectors: vectors, config: plan.config, environment: console.environment, linking: false,
                                                 from: earliest, warn: { console.error("bearing check: " + $0) })
    }
}

/// When a check fails: any error, or with `strict` any warning.
public enum CheckOutcome {
    public static func failed(_ diagnostics: [Diagnostic], strict: Bool) -> Bool {
        diagnostics.contains { $0.severity == .error || (strict && $0.severity == .warning) }
    }
}
