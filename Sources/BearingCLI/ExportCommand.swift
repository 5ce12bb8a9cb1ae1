import ArgumentParser
import BearingModel
import BearingReport

/// `bearing export`: the whole model as one document, printed even when some files have errors.
struct ExportCommand: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable { case json }

    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Print the whole planning model as JSON (schema: docs/export.md).",
        discussion: "The model is printed even when some files have errors; the exit code is then 1."
    )

    @OptionGroup var options: WorkspaceOptions

    @Option(help: "Output format.")
    var format: Format = .json

    func run() throws {
        let plan = try options.loadPlan()
        print(try ExportDocument(plan).json(), terminator: "")
        if plan.errorCount > 0 {
            printError("bearing export: " + DiagnosticFormatter.summary(plan.diagnostics, fileCount: plan.files.count) + " (run `bearing check`)")
            throw ExitCode(1)
        }
    }
}
