import ArgumentParser
import BearingAlign
import BearingModel
import Foundation

/// Options for commands that score: the date to score for.
struct AlignmentOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Score as of this date (YYYY-MM-DD).", discussion: "Default: the clock (or `today:` in bearing.yml, which pins it, with a warning).", valueName: "date"))
    var today: String?

    /// The plan, aligned; alignment warnings are added to the plan's diagnostics.
    /// `vectors`, when given, were started loading before the plan was read. `quiet` leaves out the note about a
    /// pinned date (for a second plan of the same command).
    func align(_ plan: Plan, vectors: Prefetch<TokenVectors>? = nil, quiet: Bool = false) throws -> (Plan, Alignment) {
        guard let date = Aligner.today(option: today, config: plan.config) else {
            throw ValidationError("--today must be a date written YYYY-MM-DD")
        }
        // A date pinned in bearing.yml freezes pace and the current quarter; in CI that goes stale unnoticed.
        if today == nil, let pinned = plan.config.today, !quiet {
            printError("bearing: warning: bearing.yml pins `today: \(pinned)`, so scores are as of that date, not the clock (remove the line to use the clock, or pass --today)")
        }
        let alignment = Aligner(vectors: try vectors?.value() ?? TokenVectors.bundled()).align(plan, today: date)
        var plan = plan
        plan.diagnostics = (plan.diagnostics + alignment.diagnostics).sorted(by: Diagnostic.ordered)
        return (plan, alignment)
    }
}
