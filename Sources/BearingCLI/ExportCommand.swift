import ArgumentParser
import BearingBuild
import BearingAlign
import BearingModel
import BearingParse
import BearingReport
import BearingStore

/// `bearing export`: the whole model as one document, or one table of the planning database as CSV; printed
/// even when some files have errors.
struct ExportCommand: ConsoleCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable { case json, csv }

    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Print the whole planning model as JSON (schema: docs/export.md), or one table of planning.db as CSV.",
        discussion: """
            --format csv --table T prints table T of the planning database, as `build --data csv` writes it to \
            data/T.csv, built in memory from the current files (tables: \(PlanningDatabase.csvTableNames.joined(separator: ", "))). \
            The model is printed even when some files have errors; the exit code is then 1.
            """
    )

    @OptionGroup var options: WorkspaceOptions
    @OptionGroup var alignment: AlignmentOptions
    @OptionGroup var revision: AsOfOption

    @Option(help: "Output format: json (the model) or csv (one table; needs --table).")
    var format: Format = .json

    @Option(help: ArgumentHelp("The table to print with --format csv.", valueName: "name"))
    var table: String?

    func validate() throws {
        switch (format, table) {
        case (.csv, nil):
            throw ValidationError("--format csv prints one table: add --table with one of \(PlanningDatabase.csvTableNames.joined(separator: ", "))")
        case (.csv, let name?) where !PlanningDatabase.csvTableNames.contains(name):
            throw ValidationError("no table \(name): --table takes one of \(PlanningDatabase.csvTableNames.joined(separator: ", "))")
        case (.json, _?):
            throw ValidationError("--table goes with --format csv; --format json prints the whole model")
        default: break
        }
    }

    func run(_ console: Console) throws -> Int32 {
        let (loaded, commit) = try revision.load(BuildPipeline(root: try options.root(console)), console: console)
        var plan = loaded
        switch format {
        case .json:
            console.print(try ExportDocument(plan).json(), terminator: "")
        case .csv:
            let aligned: Alignment
            (plan, aligned) = try AsOfOption.scoring(alignment, at: commit).align(plan, console: console)
            let database = try PlanningDatabase.inMemory()
            try database.write(plan: plan, alignment: aligned)
            var bytes: [UInt8] = []
            try database.writeCSV(table: table ?? "", into: &bytes)
            console.print(String(decoding: bytes, as: UTF8.self), terminator: "")
        }
        if plan.errorCount > 0 {
            throw CommandFailure("bearing export: " + DiagnosticFormatter.summary(plan.diagnostics, fileCount: plan.files.count) + " (run `bearing check`)")
        }
        return 0
    }
}
