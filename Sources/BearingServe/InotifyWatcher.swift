#if canImport(Glibc)
import Foundation
import Glibc

/// Watches a workspace with Linux inotify: every watched folder and each folder under it (inotify is not
/// recursive, so a folder created later gets its own watch as soon as it is seen), plus the folders holding the
/// single files. Reports workspace-relative paths that `WatchList` says matter, from its own thread.
///
/// State is touched only by that thread after `start`, except `stopped`, which is read under the lock.
public final class InotifyWatcher: WorkspaceWatcher, @unchecked Sendable {
    public enum Failure: Error, CustomStringConvertible {
        case unavailable(String)
        public var description: String {
            switch self { case .unavailable(let why): "inotify is unavailable (\(why))" }
        }
    }

    private let root: String
    private let list: WatchList
    private let descriptor: Int32
    /// Watch descriptor → workspace-relative folder ("" is the root).
    private var folders: [Int32: String] = [:]
    private let lock = NSLock()
    private var stopped = false
    private static let mask = UInt32(IN_MODIFY | IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE_SELF | IN_ATTRIB)

    /// Sets up every watch before returning, so no change made after `init` is missed.
    public init(root: String, list: WatchList) throws {
        self.root = root
        self.list = list
        descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { throw Failure.unavailable(String(cString: strerror(errno))) }
        for folder in list.fileFolders { try watch(folder, recursive: false) }
        for folder in list.folders { try watch(folder, recursive: true) }
    }

    deinit { close(descriptor) }

    public func start(onChange: @escaping @Sendable (Set<String>) -> Void) {
        let thread = Thread { [self] in run(onChange) }
        thread.name = "bearing-inotify"
        thread.start()
    }

    public func stop() {
        lock.lock(); stopped = true; lock.unlock()
    }

    private var isStopped: Bool { lock.lock(); defer { lock.unlock() }; return stopped }

    private func run(_ onChange: @Sendable (Set<String>) -> Void) {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while !isStopped {
            var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            // A timeout, so `stop` is noticed without closing a descriptor another thread is reading.
            guard poll(&poller, 1, 250) > 0 else { continue }
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { continue }
            let changed = events(in: buffer[..<count])
            if !changed.isEmpty { onChange(changed) }
        }
    }

    /// The relevant paths named by a buffer of `inotify_event` records; new folders get watches on the way.
    private func events(in bytes: ArraySlice<UInt8>) -> Set<String> {
        var changed: Set<String> = []
        var offset = bytes.startIndex
        let header = MemoryLayout<inotify_event>.size
        while offset + header <= bytes.endIndex {
            let (wd, mask, length) = bytes.withUnsafeBytes { raw -> (Int32, UInt32, Int) in
                let base = offset - bytes.startIndex
                return (raw.loadUnaligned(fromByteOffset: base, as: Int32.self),
                        raw.loadUnaligned(fromByteOffset: base + 4, as: UInt32.self),
                        Int(raw.loadUnaligned(fromByteOffset: base + 12, as: UInt32.self)))
            }
            let nameBytes = bytes[(offset + header)..<min(bytes.endIndex, offset + header + length)].prefix { $0 != 0 }
            offset += header + length
            if mask & UInt32(IN_Q_OVERFLOW) != 0 {
                // Events were lost: say that everything may have changed.
                changed.formUnion(list.folders + list.files)
                continue
            }
            guard let folder = folders[wd] else { continue }
            let name = String(decoding: nameBytes, as: UTF8.self)
            let path = name.isEmpty ? folder : (folder.isEmpty ? name : folder + "/" + name)
            if mask & UInt32(IN_ISDIR) != 0, mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0, list.isRelevant(path) {
                // A new folder (or one moved in): watch it and report what it already holds.
                try? watch(path, recursive: true)
                changed.formUnion(filesUnder( root + "/" + path).map { path + "/" + $0 })
            }
            if list.isRelevant(path) { changed.insert(path) }
        }
        return changed
    }

    private func watch(_ folder: String, recursive: Bool) throws {
        let full = folder.isEmpty ? root : root + "/" + folder
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: full, isDirectory: &isFolder), isFolder.boolValue else { return }
        let wd = inotify_add_watch(descriptor, full, Self.mask)
        guard wd >= 0 else { throw Failure.unavailable("cannot watch \(full): \(String(cString: strerror(errno)))") }
        folders[wd] = folder
        guard recursive, let entries = try? FileManager.default.contentsOfDirectory(atPath: full) else { return }
        for entry in entries.sorted() where !entry.hasPrefix(".") {
            try watch(folder.isEmpty ? entry : folder + "/" + entry, recursive: true)
        }
    }
}
#endif
