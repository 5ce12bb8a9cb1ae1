import ArgumentParser
import BearingModel
import BearingParse
import BearingReport
import Foundation

/// `bearing`: the root command. Subcommands stay thin: parse flags, call the library, print.
public struct BearingCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "bearing",
        abstract: "Turn planning Markdown (strategy, quarterly objectives, roadmaps) into a checked planning model.",
        discussion: """
            Exit codes: 0 success; 1 the workspace has errors (or warnings, with --strict); 2 usage error.
            The workspace is the nearest folder, upward from here, holding bearing.yml or strategy.md.
            """,
        version: BearingVersion.current,
        subcommands: [InitCommand.self, NewCommand.self, CheckCommand.self, BuildCommand.self, ServeCommand.self, ReportCommand.self, DiffCommand.self, QueryCommand.self, RankCommand.self, SuggestCommand.self, ExportCommand.self, EvalCommand.self, RebuildBenchCommand.self]
    )

    public init() {}

    /// Runs the command line and exits, mapping ArgumentParser's usage errors to exit code 2.
    public static func runMain(_ arguments: [String]? = nil) -> Never {
        Allocator.tune()
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
            Foundation.exit(0)
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}

/// Options every workspace command shares.
struct WorkspaceOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The workspace folder.", discussion: "Default: the nearest folder, upward from the current one, holding bearing.yml or strategy.md.", valueName: "dir"))
    var workspace: String?

    /// The workspace root, or a usage error when there is none.
    func root(fileSystem: FileSystem = .disk) throws -> String {
        if let workspace {
            guard fileSystem.fileExists(workspace) else { throw ValidationError("no such workspace folder: \(workspace)") }
            return workspace
        }
        let here = FileManager.default.currentDirectoryPath
        guard let found = WorkspaceLoader(fileSystem: fileSystem).findWorkspace(from: here) else {
            throw ValidationError("no workspace here: no bearing.yml or strategy.md in \(here) or above; pass --workspace DIR")
        }
        return found
    }

    func loadPlan() throws -> Plan {
        WorkspaceLoader().load(root: try root())
    }
}

extension DiagnosticFormat: ExpressibleByArgument {}

/// Each error of the plan on standard error, for commands that do not list diagnostics: what they show may depend
/// on it (a duplicate is shown under its new id, a broken reference as no link), so it is never silent.
func printErrors(of plan: Plan) {
    for diagnostic in plan.diagnostics where diagnostic.severity == .error { printError(DiagnosticFormatter.text(diagnostic)) }
}

/// Standard error, for summaries that must not mix with machine-readable output on standard output.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
