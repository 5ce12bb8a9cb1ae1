import Foundation
import Testing

/// Runs the built `bearing` executable, as a user or CI would.
struct BearingBinary {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// `swift test` builds every product; the executable sits beside the test bundle.
    static var executable: URL? {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("bearing")
        let candidates = [beside, packageRoot.appendingPathComponent(".build/debug/bearing")]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// `environment` overrides (or, with an empty value for PATH, narrows) the test's own environment.
    static func run(_ arguments: [String], in directory: URL = packageRoot, environment overrides: [String: String] = [:]) throws -> Run {
        let binary = try #require(executable, "the bearing executable was not built")
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment.merge(overrides) { _, new in new }
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read before waiting: a full pipe would otherwise block the child forever.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }
}
