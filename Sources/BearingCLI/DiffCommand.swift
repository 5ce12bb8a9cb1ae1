import ArgumentParser
import BearingAlign
import BearingModel
import BearingParse
import BearingReport
import Foundation

/// `bearing diff`: what a change does to the plan's alignment, as a pull-request comment or as JSON.
struct DiffCommand: ConsoleCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable { case markdown, json }
    enum FailOn: String, ExpressibleByArgument, CaseIterable { case regression, errors }

    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what a change does to the plan's alignment, as Markdown for a pull-request comment.",
        discussion: """
            BASE defaults to the merge-base of HEAD with the default branch (origin/HEAD, else main, master, \
            origin/main, origin/master); HEAD defaults to the working tree. Revisions are read from git without a \
            checkout. Exits 0 unless --fail-on: `regression` fails (exit 1) when the alignment index drops a point, a gap \
            opens, or a new orphan or error appears; `errors` fails when HEAD has errors BASE did not have. The comment \
            starts with the hidden marker \(DiffMarkdown.marker), so a workflow can update one comment per pull request.
            """
    )

    @OptionGroup var options: WorkspaceOptions
    @OptionGroup var alignment: AlignmentOptions

    @Argument(help: ArgumentHelp("The revision or date (YYYY-MM-DD: the last commit on or before it) to compare from (default: the merge-base with the default branch).", valueName: "base"))
    var base: String?

    @Argument(help: ArgumentHelp("The revision or date to compare to (default: the working tree).", valueName: "head"))
    var head: String?

    @Option(help: "markdown (a pull-request comment, under 64 KB) or json.")
    var format: Format = .markdown

    @Option(name: .customLong("fail-on"), help: ArgumentHelp("Exit 1 on a regression or on new errors (default: always exit 0).", valueName: "regression|errors"))
    var failOn: FailOn?

    func run(_ console: Console) throws -> Int32 {
        let root = URL(fileURLWithPath: try options.root(console)).standardizedFileURL.path
        let vectors = Prefetch { try TokenVectors.bundled() }
        let diff: PlanDiff
        let repository: GitRepository
        do {
            repository = try GitRepository(workspace: root, environment: console.environment)
            let baseRevision = try base.map { (revision: $0, label: $0) } ?? defaultBase(repository, console: console)
            // A date (YYYY-MM-DD) is the last commit on or before it, as --as-of reads one: "what changed between the
            // end of Q1 and the end of Q2" needs no hashes from `git log`.
            let baseCommit = try repository.commit(asOf: baseRevision.revision)
            // A revision from before bearing.yml was committed is read with today's settings, as history reads it.
            let settings = WorkspaceLoader.settings(root: root)
            let basePlan = WorkspaceLoader(fileSystem: try repository.tree(at: baseCommit).fileSystem(root: root), settingsWhenAbsent: settings).load(root: root)
            let headSide: (Plan, String, String?)
            if let head {
                let commit = try repository.commit(asOf: head)
                headSide = (WorkspaceLoader(fileSystem: try repository.tree(at: commit).fileSystem(root: root), settingsWhenAbsent: settings).load(root: root), head, commit)
            } else {
                headSide = (WorkspaceLoader().load(root: root), "working tree", nil)
            }
            let (baseAligned, baseAlignment) = try alignment.align(basePlan, console: console, vectors: vectors, quiet: true)
            let (headAligned, headAlignment) = try alignment.align(headSide.0, console: console, vectors: vectors)
            diff = PlanDiff(base: (baseAligned, baseAlignment, baseRevision.label, baseCommit),
                            head: (headAligned, headAlignment, headSide.1, headSide.2))
            let titles = Self.titles(baseAlignment, headAlignment)
            switch format {
            case .markdown:
                console.print(DiffMarkdown(diff: diff, titles: titles, pathPrefix: repository.workspacePrefix).render(), terminator: "")
            case .json:
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                encoder.keyEncodingStrategy = .convertToSnakeCase
                let document = DiffDocument(headline: DiffMarkdown(diff: diff, titles: titles).headline, regression: diff.isRegression, diff: diff)
                console.print(String(decoding: try encoder.encode(document), as: UTF8.self))
            }
        } catch let error as RevisionError {
            console.error("bearing diff: \(error)")
            return 2
        } catch let error as GitError {
            console.error("bearing diff: \(error)")
            return 2
        }
        switch failOn {
        case .regression? where diff.isRegression:
            throw CommandFailure("bearing diff: the change lowers the plan's alignment (--fail-on regression)")
        case .errors? where !diff.newErrors.isEmpty:
            throw CommandFailure("bearing diff: the change adds \(diff.newErrors.count) error\(diff.newErrors.count == 1 ? "" : "s") (--fail-on errors)")
        default: return 0
        }
    }

    /// The merge-base of HEAD (or the named head) with the default branch, and how to call it.
    private func defaultBase(_ repository: GitRepository, console: Console) throws -> (revision: String, label: String) {
        guard let branch = repository.defaultBranch(environment: console.environment) else { throw RevisionError.noDefaultBranch }
        return (try repository.mergeBase(branch, head ?? "HEAD"), "merge-base with \(branch)")
    }

    /// Priority and item titles of both sides by id, the head's winning, for naming links gained and lost.
    static func titles(_ base: Alignment, _ head: Alignment) -> [String: String] {
        var titles: [String: String] = [:]
        for alignment in [base, head] {
            for priority in alignment.strategy.priorities { titles[priority.id] = priority.title }
            for item in alignment.items { titles[item.id] = item.title }
        }
        return titles
    }
}

/// `bearing diff --format json`: the headline and verdict beside every change.
struct DiffDocument: Encodable {
    var headline: String
    var regression: Bool
    var diff: PlanDiff
}
