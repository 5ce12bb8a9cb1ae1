import BearingModel
import Foundation

/// Writes a whole site into a temporary folder beside the output, then swaps it in with renames, so the
/// output folder always holds either the previous complete site or the new one — never half of one.
package struct OutputWriter: Sendable {
    /// Writes one file (bytes, absolute path, the previous site's copy of it); replaceable so tests can make a
    /// build fail half-way.
    package var writeFile: @Sendable ([UInt8], String, String?) throws -> Void = OutputWriter.write
    /// How long a build waits for another build into the same output to finish, in seconds.
    package var lockTimeout: Double = 600
    /// Told, once, when this build has to wait for another.
    package var onWait: @Sendable (String) -> Void = { _ in }
    /// Called with the staging folder once it holds the whole new site, before the swap. Only tests use it:
    /// `bearing build` pauses there to be killed (see BuildCommand).
    package var afterStaging: @Sendable (String) -> Void = { _ in }

    package init() {}

    /// The folder being filled: pages are written into it as they are rendered, from any thread.
    package struct Staging: Sendable {
        package let root: String
        /// The site being replaced, if there is one.
        let previous: String?
        let writeFile: @Sendable ([UInt8], String, String?) throws -> Void

        /// Writes `bytes` at `path` (relative; its folder must exist).
        package func write(_ path: String, _ bytes: [UInt8]) throws {
            do { try writeFile(bytes, root + "/" + path, previous.map { $0 + "/" + path }) } catch { throw WriteError("write", root + "/" + path, error) }
        }

        /// Copies the file at `source` (absolute) to `path` (relative; its folder must exist) with its modification
        /// time. When the previous site's copy has the same size and time, that copy is linked without reading either
        /// file, as rsync judges a file unchanged: a workspace's images rarely change between builds, and can be large.
        package func copy(_ source: String, to path: String) throws {
            var from = stat()
            guard stat(source, &from) == 0 else { throw WriteError("read", source, errno: errno) }
            if let previous = previous.map({ $0 + "/" + path }), let stamp = SiteImages.stamp(previous), stamp == SiteImages.stamp(source),
               link(previous, root + "/" + path) == 0 { return }
            let bytes: [UInt8]
            do { bytes = Array(try Data(contentsOf: URL(fileURLWithPath: source))) } catch { throw WriteError("read", source, error) }
            try write(path, bytes)
            #if os(Linux)
            var times = [from.st_atim, from.st_mtim]
            #else
            var times = [from.st_atimespec, from.st_mtimespec]
            #endif
            _ = utimensat(AT_FDCWD, root + "/" + path, &times, 0)
        }

        /// Prints a large file at `path` (relative; its folder must exist) straight to disk through a buffer.
        /// Such files (planning.json, the CSV tables) are regenerated data, so they are never linked.
        package func stream(_ path: String, _ print: (inout FileSink) throws -> Void) throws {
            do {
                var sink = try FileSink(path: root + "/" + path)
                do { try print(&sink) } catch { try? sink.close(); throw error }
                try sink.close()
            } catch {
                throw WriteError("write", root + "/" + path, error)
            }
        }

        /// Creates each folder that `paths` (relative file paths) need, once.
        package func makeFolders(for paths: [String]) throws {
            // On UTF-8, as paths are: Character-wise searching of thousands of paths showed in the profile.
            let folders = Set(paths.compactMap { path in path.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(path[..<$0]) } }).sorted()
            for folder in folders {
                do { try FileManager.default.createDirectory(atPath: root + "/" + folder, withIntermediateDirectories: true) } catch {
                    throw WriteError("create the folder", root + "/" + folder, error)
                }
            }
        }
    }

    /// Lets `fill` write the new site into a staging folder, then replaces `output` with it. On any error
    /// the staging folder is removed and `output` is left as it was. `output` is replaced only when it is a site
    /// Bearing built, an empty folder or nothing (`OutputGuard`); when it is a symbolic link, the site goes
    /// into the folder it leads to and the link stays.
    package func replace(_ output: URL, fill: (Staging) throws -> Void) throws {
        let target = try OutputGuard().check(output.path)
        let folders = Folders(target)
        do {
            try FileManager.default.createDirectory(atPath: folders.parent, withIntermediateDirectories: true)
        } catch {
            throw WriteError("create the folder", folders.parent, error)
        }
        let lock = try BuildLock.acquire(folders.lock, output: target, timeout: lockTimeout, waiting: onWait)
        defer { lock.release() }
        // Again with the lock held: what is there may have changed while this build waited.
        _ = try OutputGuard().check(target)
        try folders.removeLeftovers()
        try folders.makeStaging()
        do {
            let previous = PathKind(target) == .folder ? target : nil
            try fill(Staging(root: folders.staging, previous: previous, writeFile: writeFile))
            if let previous { try folders.keepAdded(from: previous) }
            afterStaging(folders.staging)
        } catch {
            Self.removeTree(folders.staging)
            throw error
        }
        try folders.swap()
    }

    /// The fixed names beside an output: its staging folder, the folder its previous site is retired to while the
    /// new one moves in, and the lock. Fixed, so a build can find and remove what a killed one left.
    struct Folders {
        let target: String, parent: String, name: String
        var staging: String { parent + "/." + name + ".building" }
        var retired: String { parent + "/." + name + ".previous" }
        var lock: String { parent + "/." + name + ".lock" }

        init(_ target: String) {
            self.target = target
            let url = URL(fileURLWithPath: target)
            name = url.lastPathComponent
            parent = url.deletingLastPathComponent().path
        }

        func makeStaging() throws {
            guard mkdir(staging, 0o755) == 0 else {
                let code = errno
                if code == EEXIST {
                    throw WriteError(description: "cannot build into \(target): \(staging) is in the way and Bearing did not make it "
                                     + "(it has no \(SiteMarker.name) file); move it away and build again")
                }
                throw WriteError("create the staging folder", staging, errno: code)
            }
            // The marker goes in first, so a staging folder left by a killed build is recognizably Bearing's.
            do { try OutputWriter.write(SiteMarker.bytes, to: staging + "/" + SiteMarker.name) } catch {
                OutputWriter.removeTree(staging)
                throw WriteError("write", staging + "/" + SiteMarker.name, error)
            }
        }

        /// Puts what the user put at the top of the previous site (a `CNAME` for GitHub Pages, a `robots.txt`, a
        /// folder of their own) into the new one: the swap removes the previous site, and nothing the user wrote is
        /// deleted. Names Bearing writes (`SiteMarker.ownedNames`) are its own, and so is anything the new site holds.
        /// Linked, not moved: a build that fails from here on leaves the previous site whole.
        func keepAdded(from previous: String) throws {
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: previous)) ?? []
            for entry in entries.sorted() where !SiteMarker.ownedNames.contains(entry) && !Self.isBuildFolder(entry)
                && PathKind(staging + "/" + entry) == .missing {
                do {
                    try Self.keep(previous + "/" + entry, at: staging + "/" + entry)
                } catch {
                    throw WriteError("keep what you added to the site at", previous + "/" + entry, error)
                }
            }
        }

        /// The staging, retired and lock names of another build whose output is inside this site (`--out _site/team-a`):
        /// that build's, not the user's, and gone or replaced by the time this one swaps.
        static func isBuildFolder(_ entry: String) -> Bool {
            guard entry.hasPrefix(".") else { return false }
            // Earlier versions added their process id: `.team-a.building-4242`.
            var bare = Substring(entry)
            if let dash = entry.lastIndex(of: "-"), !entry[entry.index(after: dash)...].isEmpty,
               entry[entry.index(after: dash)...].allSatisfy(\.isNumber) { bare = entry[..<dash] }
            return [".building", ".previous", ".lock"].contains { bare.hasSuffix($0) && bare.count > $0.count + 1 }
        }

        /// Puts what is at `source` at `destination` as it is. A file is hard-linked: the swap then removes the previous
        /// site's name for it, so the file moves without a byte read, keeping its date and permissions, and a folder of
        /// videos costs nothing per build. A folder is made again and filled; a symbolic link is made again as written,
        /// never followed; a named pipe is made again, since reading one to copy it waits for a writer forever.
        static func keep(_ source: String, at destination: String) throws {
            func failure() -> POSIXError { POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            var status = stat()
            guard lstat(source, &status) == 0 else { throw failure() }
            let mode = status.st_mode & 0o7777
            switch status.st_mode & S_IFMT {
            case S_IFDIR:
                // Made writable to be filled, and given its own mode after.
                guard mkdir(destination, 0o700) == 0 else { throw failure() }
                for child in try FileManager.default.contentsOfDirectory(atPath: source) {
                    try keep(source + "/" + child, at: destination + "/" + child)
                }
                chmod(destination, mode)
            case S_IFLNK:
                let target = try FileManager.default.destinationOfSymbolicLink(atPath: source)
                guard symlink(target, destination) == 0 else { throw failure() }
            case S_IFREG:
                // A file system that refuses hard links gets a copy.
                if link(source, destination) != 0 { try FileManager.default.copyItem(atPath: source, toPath: destination) }
            case S_IFIFO:
                guard mkfifo(destination, mode) == 0 else { throw failure() }
            default:
                // A socket or a device: nothing a site holds, and nothing a build can make again.
                throw POSIXError(POSIXErrorCode(rawValue: ENOTSUP) ?? .EIO)
            }
        }

        /// Moves the previous site aside, the new one in, and removes the previous one. Between the two renames
        /// there is no site at `target`; a build killed there leaves the previous site retired, and the next
        /// build puts it back before anything else (`removeLeftovers`). (Linux's `renameat2` could exchange the
        /// two folders in one step, but Swift's Glibc module does not offer it.)
        func swap() throws {
            let hadPrevious = PathKind(target) != .missing
            if hadPrevious, rename(target, retired) != 0 {
                let code = errno
                OutputWriter.removeTree(staging)
                throw WriteError("move the previous site aside to", retired, errno: code)
            }
            if rename(staging, target) != 0 {
                let code = errno
                if hadPrevious { rename(retired, target) }
                OutputWriter.removeTree(staging)
                throw WriteError("move the new site to", target, errno: code)
            }
            if hadPrevious { OutputWriter.removeTree(retired) }
        }

        /// Removes what a killed build left beside the output, with the lock held so no running build's folders
        /// are touched: the staging and retired folders, and those of earlier versions of Bearing, which added
        /// their process id (`.NAME.building-PID`). Only folders that are Bearing's are removed: they carry the
        /// marker or are empty, or have an earlier version's name and their process is gone.
        func removeLeftovers() throws {
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? []
            // A build killed between its two renames left no site, its previous one retired and its new one still
            // staged (a build killed later, while removing the retired site, has no staging folder left: that
            // half-removed site is not put back). Earlier versions named the pair after their process.
            let pairs = [(".previous", ".building")] + entries.compactMap { entry in
                Self.pid(in: entry, prefix: "." + name + ".previous-").map { (".previous-\($0)", ".building-\($0)") }
            }.sorted { $0.0 < $1.0 }
            if PathKind(target) == .missing,
               let (retired, _) = pairs.first(where: { isLeftover(parent + "/." + name + $0.0) && isLeftover(parent + "/." + name + $0.1) }) {
                let back = parent + "/." + name + retired
                if rename(back, target) != 0 { throw WriteError("restore the previous site from", back, errno: errno) }
            }
            for entry in entries where isLeftover(parent + "/" + entry) {
                OutputWriter.removeTree(parent + "/" + entry)
            }
        }

        /// Whether the folder at `path` is a leftover of a build into this output.
        private func isLeftover(_ path: String) -> Bool {
            let entry = URL(fileURLWithPath: path).lastPathComponent
            guard PathKind(path) == .folder else { return false }
            if path == staging || path == retired {
                return SiteMarker.isPresent(in: path) || PathKind.isEmptyFolder(path) == true
            }
            for prefix in ["." + name + ".building-", "." + name + ".previous-"] {
                if let pid = Self.pid(in: entry, prefix: prefix) { return !Self.isRunning(pid) }
            }
            return false
        }

        /// The process id an earlier version of Bearing put at the end of `entry`, when it has `prefix`.
        private static func pid(in entry: String, prefix: String) -> pid_t? {
            guard entry.hasPrefix(prefix) else { return nil }
            let digits = entry.dropFirst(prefix.count)
            guard !digits.isEmpty, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber) else { return nil }
            return pid_t(digits)
        }

        private static func isRunning(_ pid: pid_t) -> Bool {
            kill(pid, 0) == 0 || errno == EPERM
        }
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
    @Sendable package static func write(_ bytes: [UInt8], to path: String, previous: String?) throws {
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

    /// One `open`/`write`/`close` into the staging folder (the swap makes the site atomic, so a page needs no
    /// temporary file of its own): thousands of pages make Foundation's per-file overhead visible.
    @Sendable package static func write(_ bytes: [UInt8], to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { close(descriptor) }
        if let failure = bytes.withUnsafeBytes({ FileSink.write($0, to: descriptor) }) {
            throw POSIXError(POSIXErrorCode(rawValue: failure) ?? .EIO)
        }
    }
}
