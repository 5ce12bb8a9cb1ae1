import ArgumentParser
import BearingModel
import BearingReport
import Foundation

/// Where a command prints and what it sees of its process: standard output and error, the current folder and the
/// environment. `main.swift` passes the process's own; tests pass a capturing one and run commands in process.
public struct Console: Sendable {
    public var write: @Sendable (String) -> Void
    public var writeError: @Sendable (String) -> Void
    /// Relative paths given on the command line, and the search for a workspace, start here.
    public var currentDirectory: String
    public var environment: [String: String]
    /// Colour the text report: standard output is a terminal and neither NO_COLOR nor TERM=dumb is set.
    public var color: Bool

    public init(write: @escaping @Sendable (String) -> Void, writeError: @escaping @Sendable (String) -> Void,
                currentDirectory: String, environment: [String: String] = [:], color: Bool = false) {
        self.write = write
        self.writeError = writeError
        self.currentDirectory = currentDirectory
        self.environment = environment
        self.color = color
    }

    /// The process's standard output and error, current folder and environment.
    public static var standard: Console {
        Console(write: { FileHandle.standardOutput.write(Data($0.utf8)) },
                writeError: { FileHandle.standardError.write(Data($0.utf8)) },
                currentDirectory: FileManager.default.currentDirectoryPath,
                environment: ProcessInfo.processInfo.environment, color: ReportStyle.detect().color)
    }

    /// Standard output, as `Swift.print` writes it.
    func print(_ text: String, terminator: String = "\n") {
        write(text + terminator)
    }

    /// Standard error, for summaries that must not mix with machine-readable output on standard output.
    func error(_ text: String) {
        writeError(text + "\n")
    }

    /// Each error of the plan on standard error, for commands that do not list diagnostics: what they show may
    /// depend on it (a duplicate is shown under its new id, a broken reference as no link), so it is never silent.
    func printErrors(of plan: Plan) {
        let errors = plan.diagnostics.filter { $0.severity == .error }
        for line in errors.map(\.description) + DiagnosticFormatter.candidateLines(errors) { error(line) }
    }

    /// `path` as given on the command line, resolved from the console's current folder. When that is the process's
    /// own (the real command line) a relative path is left as written, so messages show paths as the user typed them.
    func absolute(_ path: String) -> String {
        if path.hasPrefix("/") || currentDirectory == FileManager.default.currentDirectoryPath { return path }
        return currentDirectory + "/" + path
    }
}

/// A subcommand that runs in process: it prints through `console` and returns its exit code instead of exiting.
/// Usage errors are still thrown (`ValidationError`) and become exit code 2 in `BearingCommand.run`.
protocol ConsoleCommand: ParsableCommand {
    func run(_ console: Console) throws -> Int32
}

/// A command's failure, with the message for the user: `BearingCommand.run` prints it and returns its exit code —
/// 1 by default, 2 for a refusal (a file that exists, an item that is not there), which prints no usage text, since
/// the command line itself was right.
struct CommandFailure: Error {
    let message: String
    let code: Int32
    init(_ message: String, code: Int32 = 1) {
        self.message = message
        self.code = code
    }

    static func refusal(_ message: String) -> CommandFailure { CommandFailure(message, code: 2) }
}
