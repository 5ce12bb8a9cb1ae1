import Foundation

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
            for (path, data) in files {
                let url = staging.appendingPathComponent(path)
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try writeFile(data, url)
            }
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
