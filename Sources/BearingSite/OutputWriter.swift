import BearingCore
import Foundation

/// A file of the site could not be written.
public struct WriteError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { "cannot write \(message)" }
}

/// Writes a whole site into a temporary folder beside the output, then swaps it in with renames, so the
/// output folder always holds either the previous complete site or the new one — never half of one.
public struct OutputWriter: Sendable {
    /// Writes one file (bytes, absolute path); replaceable so tests can make a build fail half-way.
    public var writeFile: @Sendable ([UInt8], String) throws -> Void = OutputWriter.write

    public init() {}

    /// The folder being filled: pages are written into it as they are rendered, from any thread.
    public struct Staging: Sendable {
        public let root: String
        let writeFile: @Sendable ([UInt8], String) throws -> Void

        /// Writes `bytes` at `path` (relative; its folder must exist).
        public func write(_ path: String, _ bytes: [UInt8]) throws {
            do { try writeFile(bytes, root + "/" + path) } catch { throw WriteError(message: "\(path): \(error)") }
        }

        /// Creates each folder that `paths` (relative file paths) need, once.
        public func makeFolders(for paths: [String]) throws {
            let folders = Set(paths.compactMap { path in path.lastIndex(of: "/").map { String(path[..<$0]) } }).sorted()
            for folder in folders {
                try FileManager.default.createDirectory(atPath: root + "/" + folder, withIntermediateDirectories: true)
            }
        }
    }

    /// Lets `fill` write the new site into a staging folder, then replaces `output` with it. On any error
    /// the staging folder is removed and `output` is left as it was.
    public func replace(_ output: URL, fill: (Staging) throws -> Void) throws {
        let manager = FileManager.default
        let parent = output.deletingLastPathComponent()
        try manager.createDirectory(at: parent, withIntermediateDirectories: true)
        let pid = ProcessInfo.processInfo.processIdentifier
        let staging = parent.appendingPathComponent(".\(output.lastPathComponent).building-\(pid)")
        let retired = parent.appendingPathComponent(".\(output.lastPathComponent).previous-\(pid)")
        try? manager.removeItem(at: staging)
        do {
            try manager.createDirectory(at: staging, withIntermediateDirectories: true)
            try fill(Staging(root: staging.path, writeFile: writeFile))
        } catch {
            try? manager.removeItem(at: staging)
            throw error
        }
        try? manager.removeItem(at: retired)
        let hadPrevious = manager.fileExists(atPath: output.path)
        if hadPrevious { try manager.moveItem(at: output, to: retired) }
        do {
            try manager.moveItem(at: staging, to: output)
        } catch {
            if hadPrevious { try? manager.moveItem(at: retired, to: output) }
            try? manager.removeItem(at: staging)
            throw error
        }
        if hadPrevious { try? manager.removeItem(at: retired) }
    }

    /// One `open`/`write`/`close`: thousands of pages make Foundation's per-file overhead visible.
    @Sendable public static func write(_ bytes: [UInt8], to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { close(descriptor) }
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress! + written, bytes.count - written) }
            if result < 0 {
                if errno == EINTR { continue }
                throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
            }
            written += result
        }
    }
}
