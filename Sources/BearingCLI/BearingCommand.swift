import ArgumentParser
import BearingBuild
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
            The workspace is the nearest folder, upward from here, holding bearing.yml or a strategy (strategy.md, Strategy.md or STRATEGY.md).
            """,
        version: BearingVersion.current,
        subcommands: [InitCommand.self, NewCommand.self, CheckCommand.self, BuildCommand.self, ServeCommand.self, ReportCommand.self, DiffCommand.self, QueryCommand.self, RankCommand.self, SuggestCommand.self, ExportCommand.self, EvalCommand.self, RebuildBenchCommand.self]
    )

    public init() {}

    /// Runs one command line (without the program name) and returns its exit code: 0 success, 1 the workspace
    /// has errors or a command failed, 2 a usage error (ArgumentParser's, or a ValidationError from a command).
    /// Nothing here exits the process, so tests run commands in process with a capturing `console`.
    public static func run(_ arguments: [String], console: Console = .standard) -> Int32 {
        var subcommand: ParsableCommand.Type?
        do {
            let parsed = try parseAsRoot(arguments)
            guard let command = parsed as? ConsoleCommand else {
                // The root command without a subcommand: ArgumentParser's own run prints the help.
                var root = parsed
                try root.run()
                return 0
            }
            subcommand = type(of: parsed)
            return try command.run(console)
        } catch let error as ValidationError where subcommand != nil {
            // Thrown by a command's own checks after parsing: ArgumentParser would print the root's usage
            // ("Usage: bearing <subcommand>"), so the message is given with the command's own.
            let name = subcommand?.configuration.commandName ?? "<subcommand>"
            console.error("Error: \(error.message)\nUsage: \(usageString(for: subcommand!))\n  See 'bearing \(name) --help' for more information.")
            return 2
        } catch let failure as CommandFailure {
            console.error(failure.message)
            return failure.code
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .validationFailure {
                console.error(message)
                return 2
            }
            if !message.isEmpty {
                // Help and --version are asked for: standard output, as ArgumentParser prints them.
                if code == .success { console.print(message) } else { console.error(message) }
            }
            return code.rawValue
        }
    }

    /// Settings the process makes once, before any command: `main.swift` calls it (tests do not).
    public static func prepareProcess() {
        StableHashing.ensure(arguments: Array(CommandLine.arguments.dropFirst()))
        Allocator.tune()
    }
}

/// Options every workspace command shares.
struct WorkspaceOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The workspace folder.", discussion: "Default: the nearest folder, upward from the current one, holding bearing.yml or a strategy (strategy.md, Strategy.md or STRATEGY.md).", valueName: "dir"))
    var workspace: String?

    /// The workspace root, or a usage error when there is none. A relative --workspace is taken from the
    /// console's current folder.
    func root(_ console: Console, fileSystem: FileSystem = .disk) throws -> String {
        if let workspace {
            let path = console.absolute(workspace)
            guard fileSystem.fileExists(path) else { throw ValidationError("no such workspace folder: \(workspace)") }
            return path
        }
        let here = console.currentDirectory
        let loader = WorkspaceLoader(fileSystem: fileSystem)
        guard let found = loader.findWorkspace(from: here) else {
            if let below = loader.workspacesBelow(here).first {
                throw ValidationError("no workspace here: no bearing.yml or strategy.md (or Strategy.md, STRATEGY.md) in \(here) or above, but `\(below)` holds one; pass --workspace \(below)")
            }
            throw ValidationError("no workspace here: no bearing.yml or strategy.md (or Strategy.md, STRATEGY.md) in \(here) or above; pass --workspace DIR, or start one here with `bearing init`")
        }
        return found
    }

    func loadPlan(_ console: Console) throws -> Plan {
        BuildPipeline(root: try root(console)).load()
    }
}

extension DiagnosticFormat: ExpressibleByArgument {}
