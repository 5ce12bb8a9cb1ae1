import BearingModel
import Foundation

/// Runs `git` as a child process. Bearing reads revisions through git's own plumbing (`ls-tree`, `cat-file`)
/// rather than a library, so whatever git the user has — shallow clones, worktrees, alternates — just works.
package struct Git: Sendable {
    /// The folder git runs in (`git -C`).
    package var folder: String
    /// The executable; `git` looked up on PATH by `/usr/bin/env`.
    package var executable = "/usr/bin/env"
    /// The environment git runs with (PATH finds it); the process's own when nil. A command run in process passes
    /// its console's, so what it was given is what git sees.
    package var environment: [String: String]?

    package init(folder: String, environment: [String: String]? = nil) {
        self.folder = folder
        self.environment = environment
    }

    /// Standard output of `git -C folder arguments…`; throws `GitError` with git's own message when it fails.
    package func run(_ arguments: [String], input: Data? = nil) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["git", "-C", folder] + arguments
        var environment = self.environment ?? ProcessInfo.processInfo.environment
        // Messages are matched by nobody, but a translated git would make the user's report harder to search.
        environment["LC_ALL"] = "C"
        environment["GIT_TERMINAL_PROMPT"] = "0"
        process.environment = environment
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        let inputPipe = input.map { _ in Pipe() }
        process.standardInput = inputPipe ?? FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw GitError(arguments: arguments, message: "cannot run git: \(error.localizedDescription)", notInstalled: true)
        }
        // Input is written on its own thread and both outputs drained at once: a full pipe on either side
        // would otherwise block git and this process on each other.
        if let input, let inputPipe {
            Thread.detachNewThread {
                inputPipe.fileHandleForWriting.write(input)
                try? inputPipe.fileHandleForWriting.close()
            }
        }
        let errorText = Prefetch { errors.fileHandleForReading.readDataToEndOfFile() }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let message = String(decoding: (try? errorText.value()) ?? Data(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        // env's own "not found" status: there is no git on PATH.
        if process.terminationStatus == 127, executable.hasSuffix("/env") {
            throw GitError(arguments: arguments, message: message.isEmpty ? "git is not on PATH" : message, notInstalled: true)
        }
        guard process.terminationStatus == 0 else {
            throw GitError(arguments: arguments, message: message.isEmpty ? "git exited with status \(process.terminationStatus)" : message)
        }
        return data
    }

    /// `run` as trimmed text.
    package func text(_ arguments: [String]) throws -> String {
        String(decoding: try run(arguments), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Whether the command succeeds (for questions such as "does this ref exist?").
    package func succeeds(_ arguments: [String]) -> Bool {
        (try? run(arguments)) != nil
    }
}

/// A git command that failed, with git's own message.
package struct GitError: Error, CustomStringConvertible {
    package var arguments: [String]
    package var message: String
    package var notInstalled = false

    package var description: String { "git \(arguments.joined(separator: " ")): \(message)" }
}
