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
    /// Writes one file; replaceable so tests can make a build fail half-way.
    public var writeFile: @Sendable (Data, URL) throws -> Void = { data, url in try data.write(to: url) }

    public init() {}

    /// Writes `files` (relative path → bytes), lets `finish` add more into the staging folder (the database),
    /// then replaces `output`. On any error the staging folder is removed and `output` is left as it was.
    public func write(_ files: [(String, Data)], to output: URL, finish: (URL) throws -> Void = { _ in }) throws {
        let manager = FileManager.default
        let parent = output.deletingLastPathComponent()
        try manager.createDirectory(at: parent, withIntermediateDirectories: true)
        let pid = ProcessInfo.processInfo.processIdentifier
        let staging = parent.appendingPathComponent(".\(output.lastPathComponent).building-\(pid)")
        let retired = parent.appendingPathComponent(".\(output.lastPathComponent).previous-\(pid)")
        try? manager.removeItem(at: staging)
        do {
            try manager.createDirectory(at: staging, withIntermediateDirectories: true)
            // Folders first, each once; then the files, on both cores.
            let folders = Set(files.map { ($0.0 as NSString).deletingLastPathComponent }).filter { !$0.isEmpty }.sorted()
            for folder in folders { try manager.createDirectory(at: staging.appendingPathComponent(folder), withIntermediateDirectories: true) }
            let write = writeFile
            let failures = Parallel.map(files) { path, data -> String? in
                do { try write(data, staging.appendingPathComponent(path)); return nil } catch { return "\(path): \(error)" }
            }.compactMap { $0 }
            if let first = failures.first { throw WriteError(message: first) }
            try finish(staging)
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
}
