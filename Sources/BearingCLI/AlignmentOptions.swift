import ArgumentParser
import BearingAlign
import BearingModel
import Foundation

/// Options for commands that score: the date to score for.
struct AlignmentOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Score as of this date (YYYY-MM-DD).", discussion: "Default: `today:` in bearing.yml, else the clock.", valueName: "date"))
    var today: String?

    /// The plan, aligned; alignment warnings are added to the plan's diagnostics.
    /// `vectors`, when given, were started loading before the plan was read.
    func align(_ plan: Plan, vectors: Prefetch<TokenVectors>? = nil) throws -> (Plan, Alignment) {
        guard let date = Aligner.today(option: today, config: plan.config) else {
            throw ValidationError("--today must be a date written YYYY-MM-DD")
        }
        let alignment = Aligner(vectors: try vectors?.value() ?? TokenVectors.bundled()).align(plan, today: date)
        var plan = plan
        plan.diagnostics = (plan.diagnostics + alignment.diagnostics).sorted(by: Diagnostic.ordered)
        return (plan, alignment)
    }
}
