import BearingCLI
import Foundation
import Testing

/// Runs a `bearing` command line in process, through the same entry point `main.swift` uses, with standard output
/// and error captured and `directory` as the current folder, as a user or CI would run it from there.
enum Bearing {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The command sees the test's environment with NO_COLOR set, and `environment` over it (an empty PATH, say,
    /// for a machine without git: what it runs is started with this environment).
    static func run(_ arguments: [String], in directory: URL = packageRoot, environment overrides: [String: String] = [:]) throws -> Run {
        let out = Capture(), err = Capture()
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment.merge(overrides) { _, new in new }
        let console = Console(write: out.append, writeError: err.append, currentDirectory: directory.path,
                              environment: environment, color: false)
        let status = BearingCommand.run(arguments, console: console)
        return Run(status: status, stdout: out.text, stderr: err.text)
    }

    /// What a command printed to one stream. Commands print from worker threads too (the build's lock waits).
    final class Capture: @unchecked Sendable {
        private let lock = NSLock()
        private var chunks: [String] = []

        func append(_ text: String) { lock.withLock { chunks.append(text) } }
        var text: String { lock.withLock { chunks.joined() } }
    }
}
