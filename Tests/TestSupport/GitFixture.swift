import Foundation

/// A real git repository in a temporary folder, for `bearing diff` tests: files written, committed, branched.
public struct GitFixture {
    public let root: URL

    public init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("bearing-git-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try git("init", "-q", "-b", "main")
        try git("config", "user.email", "test@example.org")
        try git("config", "user.name", "Test")
        try git("config", "commit.gpgsign", "false")
    }

    public func remove() { try? FileManager.default.removeItem(at: root) }

    /// Writes files (paths relative to the repository), creating folders.
    public func write(_ files: [String: String]) throws {
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
    }

    public func commitAll(_ message: String) throws {
        try git("add", "-A")
        try git("commit", "-q", "-m", message)
    }

    /// Commits everything as `author` at `date` (ISO 8601, author and committer alike), for history tests.
    public func commitAll(_ message: String, author: String, date: String) throws {
        try git("add", "-A")
        try Self.git(["commit", "-q", "-m", message, "--author", "\(author) <\(author.lowercased())@example.org>"], in: root,
                     environment: ["GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date])
    }

    @discardableResult
    public func git(_ arguments: String..., in folder: URL? = nil) throws -> String {
        try Self.git(arguments, in: folder ?? root)
    }

    @discardableResult
    public static func git(_ arguments: [String], in folder: URL, environment: [String: String] = [:]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = folder
        if !environment.isEmpty { process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new } }
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw GitFailed(command: "git " + arguments.joined(separator: " ")) }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// A git command a test ran failed.
public struct GitFailed: Error, CustomStringConvertible {
    public var command: String
    public var description: String { "\(command) failed" }
}
