import ArgumentParser
import BearingAlign
import BearingBuild
import BearingModel
import BearingParse
import BearingReport
import BearingSite
import Foundation

/// `bearing report`: alignment and progress, for a terminal, a stakeholder update, or a tool.
struct ReportCommand: ConsoleCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, markdown, summary, json, csv }

    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Report how the plan aligns with the strategy: links, coverage, gaps, orphans, grades and pace.",
        discussion: "Scores are explained on the site's Scoring page (docs/scoring.md). Text is coloured on a terminal unless NO_COLOR is set."
    )

    @OptionGroup var options: WorkspaceOptions
    @OptionGroup var alignment: AlignmentOptions
    @OptionGroup var cache: CacheOption
    @OptionGroup var revision: AsOfOption

    @Option(help: "Only this quarter (e.g. 2026-Q4).")
    var quarter: String?

    @Option(help: "text, markdown, summary (short Markdown for $GITHUB_STEP_SUMMARY), json or csv.")
    var format: Format = .text

    @Option(name: .customLong("site-url"),
            help: ArgumentHelp("The published site's address, for links in the Markdown update (default: base_url in bearing.yml when it is an http(s) address).",
                               valueName: "url"))
    var siteURL: String?

    @Flag(help: "Do not read the workspace's git history (read when the workspace is in a git repository: movement for --format markdown, and each ended quarter scored against the strategy in force then).")
    var noHistory = false

    @Option(help: ArgumentHelp("Show how each number of one item was computed, or what serves one priority and why it is a gap (its id, title or position).", valueName: "item"))
    var explain: String?

    func run(_ console: Console) throws -> Int32 {
        // The cache's files are written beside the run; it ends when they are.
        let writes = CacheWrites()
        defer { writes.finish() }
        let pipeline = BuildPipeline(root: try options.root(console))
        let (loaded, commit) = try revision.load(pipeline, console: console, store: cache.parseStore(root: pipeline.root, writes: writes))
        let vectors = Prefetch { try TokenVectors.bundled() }
        var (plan, current) = try AsOfOption.scoring(alignment, at: commit).align(loaded, console: console, vectors: vectors,
                                                                                   store: cache.store(root: pipeline.root, writes: writes))
        // Statuses, key results and the strategy's versions, without linking each revision: enough for movement and
        // for scoring each ended quarter against the strategy in force then. With --as-of too: movement and trends
        // stop at the day the plan is scored for (`LastReview.until`), so nothing after the revision is told.
        let history = noHistory || explain != nil ? nil
            : pipeline.history(vectors: vectors, config: plan.config, environment: console.environment, linking: false) { console.error("bearing report: " + $0) }
        let aligned = BuildPipeline.scoredByPeriod(current, plan: plan, history: history, vectors: vectors)
        plan = BuildPipeline.withStaleKeyResults(plan, today: aligned.today, history: history)
        if history != nil { plan = FormerPriorityIDs.annotate(plan, root: pipeline.root, environment: console.environment) }
        let selected = try quarter.map { text -> Quarter in
            guard let q = Quarter.find(in: text, fiscalStart: plan.config.fiscalYearStart), plan.quarters.contains(q) else {
                throw ValidationError("no objectives for quarter \(text); planned: \(plan.quarters.map(\.description).joined(separator: ", "))")
            }
            return q
        }
        if let explain {
            // A priority named exactly, else an item, else a priority by the rules a `Priorities:` line is read with.
            let item = ItemLookup.find(explain, in: aligned)
            if let priority = PriorityLookup.exact(explain, in: aligned.strategy)
                ?? (item == nil ? ReferenceResolver().resolvePriority(explain, in: aligned.strategy).id.flatMap(aligned.strategy.priority) : nil) {
                console.print(PriorityExplainReport.render(priority, alignment: aligned), terminator: "")
                return 0
            }
            guard let item else {
                let near = ItemLookup.candidates(explain, in: aligned).map { "\($0.id) (“\($0.title)”)" }
                throw CommandFailure.refusal("bearing report: no single item matches \"\(explain)\"; " + (near.isEmpty ? "give its id, or its title or the start of it"
                                                                                            : "it could be " + near.joined(separator: ", ")))
            }
            console.print(ExplainReport.render(item, alignment: aligned), terminator: "")
            return 0
        }
        switch format {
        case .json: console.print(try ReportDocument(plan: plan, alignment: aligned, quarter: selected).json(), terminator: "")
        case .text: console.print(TextReport(alignment: aligned, plan: plan, quarter: selected, style: ReportStyle(color: console.color)).render(), terminator: "")
        case .markdown:
            // Links only to an address a stakeholder can open: a path such as `/` means nothing outside the site.
            let base = ReportLinks.publishedAddress(siteURL ?? plan.config.baseURL)
            if let siteURL, base == nil { throw ValidationError("--site-url must be an http:// or https:// address, not \(siteURL)") }
            let links = base.map { SiteBuilder.reportLinks(plan: plan, base: $0) }
            // Movement since the last review, from git, as the review page tells it.
            let review = LastReview(alignment: aligned, quarter: selected)
            let changes = history.flatMap { history in review.map { PlanChanges(history: history, since: $0) } }
            let trends = history.map { PlanTrends(history: $0, until: review?.until ?? aligned.today.addingTimeInterval(86_400)) }
            console.print(MarkdownReport(alignment: aligned, plan: plan, quarter: selected, links: links, changes: changes, trends: trends).render(), terminator: "")
        case .summary: console.print(SummaryReport(alignment: aligned, plan: plan, quarter: selected).render(), terminator: "")
        case .csv: console.print(CSVReport.render(aligned, plan: plan, quarter: selected), terminator: "")
        }
        if plan.errorCount > 0 {
            console.printErrors(of: plan)
            throw CommandFailure("bearing report: " + DiagnosticFormatter.summary(plan.diagnostics, fileCount: plan.files.count) + " (run `bearing check`)")
        }
        return 0
    }
}
