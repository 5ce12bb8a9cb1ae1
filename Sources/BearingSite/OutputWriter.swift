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
    /// Writes one file (bytes, absolute path, the previous site's copy of it); replaceable so tests can make a
    /// build fail half-way.
    public var writeFile: @Sendable ([UInt8], String, String?) throws -> Void = OutputWriter.write

    public init() {}

    /// The folder being filled: pages are written into it as they are rendered, from any thread.
    public struct Staging: Sendable {
        public let root: String
        /// The site being replaced, if there is one.
        let previous: String?
        let writeFile: @Sendable ([UInt8], String, String?) throws -> Void

        /// Writes `bytes` at `path` (relative; its folder must exist).
        public func write(_ path: String, _ bytes: [UInt8]) throws {
            do { try writeFile(bytes, root + "/" + path, previous.map { $0 + "/" + path }) } catch { throw WriteError(message: "\(path): \(error)") }
        }

        /// Prints a large file at `path` (relative; its folder must exist) straight to disk through a buffer.
        /// Such files (planning.json, the CSV tables) are regenerated data, so they are never linked.
        public func stream(_ path: String, _ print: (inout FileSink) throws -> Void) throws {
            do {
                var sink = try FileSink(path: root + "/" + path)
                do { try print(&sink) } catch { try? sink.close(); throw error }
                try sink.close()
            } catch {
                throw WriteError(message: "\(path): \(error)")
            }
        }

        /// Creates each folder that `paths` (relative file paths) need, once.
        public func makeFolders(for paths: [String]) throws {
            // On UTF-8, as paths are: Character-wise searching of thousands of paths showed in the profile.
            let folders = Set(paths.compactMap { path in path.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(path[..<$0]) } }).sorted()
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
            let previous = manager.fileExists(atPath: output.path) ? output.path : nil
            try fill(Staging(root: staging.path, previous: previous, writeFile: writeFile))
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
        if hadPrevious { Self.removeTree(retired.path) }
    }

    /// Removes a folder and everything below it, its second-level entries on both cores: a retired site holds
    /// one file per objective, and removing them one by one was most of the swap on a large plan.
    static func removeTree(_ path: String) {
        let manager = FileManager.default
        var entries: [String] = []
        for child in (try? manager.contentsOfDirectory(atPath: path)) ?? [] {
            let full = path + "/" + child
            // lstat, so a symbolic link to a folder is removed as a link and never followed.
            var status = stat()
            if lstat(full, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR {
                entries += ((try? manager.contentsOfDirectory(atPath: full)) ?? []).map { full + "/" + $0 }
            }
        }
        _ = Parallel.map(entries) { entry in try? manager.removeItem(atPath: entry) }
        try? manager.removeItem(atPath: path)
    }

    /// Writes `bytes` at `path`; when the previous site has the very same bytes there, links that file
    /// instead. Each rebuild would otherwise allocate thousands of inodes while deleting as many, and ext4
    /// spends more time searching for free inodes than Bearing spends rendering (see docs/benchmarks.md).
    @Sendable public static func write(_ bytes: [UInt8], to path: String, previous: String?) throws {
        if let previous, same(bytes, asFileAt: previous), link(previous, path) == 0 { return }
        try write(bytes, to: path)
    }

    /// Whether the file at `path` holds exactly `bytes`.
    static func same(_ bytes: [UInt8], asFileAt path: String) -> Bool {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_size == bytes.count, (status.st_mode & S_IFMT) == S_IFREG else { return false }
        var existing = [UInt8](repeating: 0, count: bytes.count)
        var done = 0
        while done < bytes.count {
            let result = existing.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + done, bytes.count - done) }
            if result < 0, errno == EINTR { continue }
            guard result > 0 else { return false }
            done += result
        }
        // memcmp: Array's == compares element by element, and showed in the profile of a rebuild.
        return existing.withUnsafeBytes { a in bytes.withUnsafeBytes { b in a.count == b.count && (a.count == 0 || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0) } }
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
