import ArgumentParser
import BearingAlign
import BearingBuild
import BearingModel

/// Options for commands that score: the date to score for.
struct AlignmentOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Score as of this date (YYYY-MM-DD).", discussion: "Default: the clock (or `today:` in bearing.yml, which pins it, with a warning).", valueName: "date"))
    var today: String?

    /// The plan, aligned by the build pipeline, with the alignment's diagnostics merged into the plan's.
    /// `vectors`, when given, were started loading before the plan was read. A date pinned in bearing.yml is noted
    /// on `console`'s standard error unless `quiet` (for a second plan of the same command).
    /// `store` keeps what inference found between runs (`CacheOption`).
    func align(_ plan: Plan, console: Console, vectors: Prefetch<TokenVectors>? = nil, quiet: Bool = false, store: InferenceStore? = nil) throws -> (Plan, Alignment) {
        let analysis: BuildPipeline.Analysis
        do {
            analysis = try BuildPipeline.align(plan, today: today, vectors: vectors, store: store)
        } catch let failure as BuildPipeline.Failure {
            throw ValidationError(failure.description)
        }
        // A date pinned in bearing.yml freezes pace and the current quarter; in CI that goes stale unnoticed.
        if today == nil, let pinned = plan.config.today, !quiet {
            console.error("bearing: warning: bearing.yml pins `today: \(pinned)`, so scores are as of that date, not the clock (remove the line to use the clock, or pass --today)")
        }
        return (analysis.plan, analysis.alignment)
    }
}
