import Foundation

/// Replaces one file's bytes in one step: the new bytes go to a temporary file in the same folder, are synced
/// to disk, and the temporary file is renamed over the target, so a reader (or a crash) sees the old file or the
/// new one, never half of each. The target keeps its permission bits.
///
/// The temporary file has one fixed name per target (`.<name>.bearing-tmp`), not a per-process one, so a run
/// killed mid-write leaves at most that one file behind, and the next write to the same target (or
/// `removeLeftovers`) removes it.
package enum AtomicFile {
    /// A failure, as one line saying what failed, where, and what to do.
    package struct Failure: Error, CustomStringConvertible {
        package var description: String

        package init(description: String) {
            self.description = description
        }
    }

    package static let temporarySuffix = ".bearing-tmp"

    /// The temporary file beside `path`.
    package static func temporaryPath(for path: String) -> String {
        let url = URL(fileURLWithPath: path)
        return url.deletingLastPathComponent().appendingPathComponent("." + url.lastPathComponent + temporarySuffix).path
    }

    /// Whether the file may be changed: writable for this user, and not read-only for everyone (root may write
    /// anything, but a file whose owner made it read-only is meant to be left alone).
    package static func isWritable(_ path: String) -> Bool {
        var status = stat()
        guard stat(path, &status) == 0 else { return false }
        return access(path, W_OK) == 0 && status.st_mode & 0o222 != 0
    }

    /// Writes `bytes` over the file at `path` (through a symbolic link, to the file it points to).
    package static func write(_ bytes: [UInt8], to path: String) throws {
        let target = realpath(path, nil).map { resolved in
            defer { free(resolved) }
            return String(cString: resolved)
        } ?? path
        var status = stat()
        let mode = stat(target, &status) == 0 ? status.st_mode & 0o7777 : 0o644
        let temporary = temporaryPath(for: target)
        unlink(temporary)
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard descriptor >= 0 else { throw failure("cannot create \(temporary)", "check that its folder is writable") }
        let ok = bytes.withUnsafeBytes { buffer -> Bool in
            guard FileSink.write(buffer, to: descriptor) == nil else { return false }
            // The umask may have cleared bits of `mode` at creation.
            return fchmod(descriptor, mode) == 0 && fsync(descriptor) == 0
        }
        let reason = ok ? nil : String(cString: strerror(errno))
        close(descriptor)
        guard ok else {
            unlink(temporary)
            throw Failure(description: "cannot write \(temporary): \(reason ?? "unknown error"); \(target) was left as it was (check free space)")
        }
        guard rename(temporary, target) == 0 else {
            let error = failure("cannot replace \(target)", "check that its folder is writable")
            unlink(temporary)
            throw error
        }
        syncFolder(of: target)
    }

    /// Removes temporary files that runs killed before their rename left beside `paths`: this helper's own
    /// fixed name, and `.<name>.bearing-<pid>` from versions that named them by process.
    package static func removeLeftovers(beside paths: [String]) {
        let byFolder = Dictionary(grouping: paths.map { URL(fileURLWithPath: $0) }, by: { $0.deletingLastPathComponent().path })
        for (folder, files) in byFolder {
            let names = Set(files.map(\.lastPathComponent))
            guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else { continue }
            for entry in entries where isLeftover(entry, of: names) {
                unlink(folder + "/" + entry)
            }
        }
    }

    static func isLeftover(_ entry: String, of names: Set<String>) -> Bool {
        guard entry.hasPrefix("."), let marker = entry.range(of: ".bearing-", options: .backwards) else { return false }
        let name = String(entry[entry.index(after: entry.startIndex)..<marker.lowerBound])
        let tail = entry[marker.upperBound...]
        return names.contains(name) && (tail == "tmp" || (!tail.isEmpty && tail.allSatisfy(\.isASCIIDigit)))
    }

    /// Makes the rename itself durable; a folder that cannot be synced only loses that guarantee.
    private static func syncFolder(of path: String) {
        let folder = open(URL(fileURLWithPath: path).deletingLastPathComponent().path, O_RDONLY | O_CLOEXEC)
        guard folder >= 0 else { return }
        fsync(folder)
        close(folder)
    }

    private static func failure(_ what: String, _ todo: String) -> Failure {
        Failure(description: "\(what): \(String(cString: strerror(errno))); \(todo)")
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
