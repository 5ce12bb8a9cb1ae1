import ArgumentParser
import BearingAlign
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

    func run(_ console: Console) throws -> Int32 {
        let vectors = Prefetch { try TokenVectors.bundled() }
        let root = try options.root(console)
        let (plan, _) = try alignment.align(WorkspaceLoader().load(root: root), console: console, vectors: vectors)
        let prefix = format == .github ? RepositoryPath.prefix(ofWorkspace: root) : ""
        console.print(DiagnosticFormatter.format(plan.diagnostics, as: format, fileCount: plan.files.count, repositoryPrefix: prefix), terminator: "")
        if format == .text { console.error("bearing check: " + DiagnosticFormatter.summary(plan.diagnostics, fileCount: plan.files.count)) }
        return CheckOutcome.failed(plan.diagnostics, strict: strict) ? 1 : 0
    }
}

/// When a check fails: any error, or with `strict` any warning.
public enum CheckOutcome {
    public static func failed(_ diagnostics: [Diagnostic], strict: Bool) -> Bool {
        diagnostics.contains { $0.severity == .error || (strict && $0.severity == .warning) }
    }
}
