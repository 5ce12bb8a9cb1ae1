import ArgumentParser
import BearingBuild
import BearingModel
import BearingParse
import Foundation

/// `--as-of REV|DATE`: the plan as it was at a revision of its git repository, read from git's object store
/// without a checkout.
struct AsOfOption: ParsableArguments {
    @Option(name: .customLong("as-of"), help: ArgumentHelp(
        "The plan as it was at a git revision, or on a date (YYYY-MM-DD: the last commit on or before it).",
        discussion: "Read from git without a checkout; scores are as of that commit's date unless --today is given.",
        valueName: "rev|date"))
    var asOf: String?

    /// The pipeline's workspace as of the revision asked for (with that commit), or as it is on disk (nil).
    /// A revision git does not know is a usage error (exit 2). git runs with the console's environment.
    func load(_ pipeline: BuildPipeline, console: Console, store: ParseStore? = nil) throws -> (Plan, CommitInfo?) {
        guard let asOf else { return (pipeline.load(store: store), nil) }
        let root = pipeline.root
        do {
            let repository = try GitRepository(workspace: root, environment: console.environment)
            let commit = try repository.commit(asOf: asOf)
            var past = pipeline
            past.fileSystem = try repository.tree(at: commit).fileSystem(root: root)
            // A revision from before bearing.yml was committed: its files were where today's settings say.
            past.settingsWhenAbsent = WorkspaceLoader.settings(root: root)
            let plan = past.load()
            return (plan, try repository.info(commit))
        } catch let error as RevisionError {
            throw ValidationError("--as-of \(asOf): \(error)")
        }
    }

    /// `alignment` scoring as of the commit's day, unless a date was given with --today.
    static func scoring(_ alignment: AlignmentOptions, at commit: CommitInfo?) -> AlignmentOptions {
        guard let commit, alignment.today == nil else { return alignment }
        var scored = alignment
        // The commit's own calendar day (its offset kept), as the people who made it saw it.
        scored.today = String(commit.committed.prefix(10))
        return scored
    }
}
