import Foundation

/// Reports workspace-relative paths that changed; `start` calls `onChange` from a thread of its own.
public protocol WorkspaceWatcher: AnyObject, Sendable {
    func start(onChange: @escaping @Sendable (Set<String>) -> Void)
    func stop()
}

/// Watches by scanning: every `interval` seconds, the size and modification time of each watched file, compared
/// with the scan before. For file systems inotify does not see (network mounts, some containers) and `--poll`.
public final class PollingWatcher: WorkspaceWatcher, @unchecked Sendable {
    /// What one scan saw of a file.
    public struct Stamp: Equatable, Sendable {
        var size: UInt64
        var modified: Double
    }

    private let root: String
    private let list: WatchList
    private let interval: Double
    private let lock = NSLock()
    private var stopped = false
    private var last: [String: Stamp]

    /// Takes the first snapshot before returning, so a change made after `init` is seen.
    public init(root: String, list: WatchList, interval: Double = 0.25) {
        self.root = root
        self.list = list
        self.interval = interval
        last = Self.scan(root: root, list: list)
    }

    public func start(onChange: @escaping @Sendable (Set<String>) -> Void) {
        let thread = Thread { [self] in
            while !isStopped {
                Thread.sleep(forTimeInterval: interval)
                let now = Self.scan(root: root, list: list)
                let changed = Self.difference(last, now)
                last = now
                if !changed.isEmpty { onChange(changed) }
            }
        }
        thread.name = "bearing-poll"
        thread.start()
    }

    public func stop() {
        lock.lock(); stopped = true; lock.unlock()
    }

    private var isStopped: Bool { lock.lock(); defer { lock.unlock() }; return stopped }

    /// Paths added, removed or changed between two scans.
    public static func difference(_ before: [String: Stamp], _ after: [String: Stamp]) -> Set<String> {
        Set(after.filter { before[$0.key] != $0.value }.keys).union(before.keys.filter { after[$0] == nil })
    }

    /// Every relevant file of the workspace with its size and modification time.
    public static func scan(root: String, list: WatchList) -> [String: Stamp] {
        var found: [String: Stamp] = [:]
        for file in list.files { found[file] = stamp(root + "/" + file) }
        for folder in list.folders {
            for path in filesUnder(root + "/" + folder) {
                let relative = folder + "/" + path
                if list.isRelevant(relative) { found[relative] = stamp(root + "/" + relative) }
            }
        }
        return found.compactMapValues { $0 }
    }

    private static func stamp(_ path: String) -> Stamp? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return nil }
        return Stamp(size: (attributes[.size] as? NSNumber)?.uint64Value ?? 0,
                     modified: (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0)
    }
}

/// Every file under a folder, relative to it (none when it does not exist).
func filesUnder(_ folder: String) -> [String] {
    guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
    return walker.compactMap { $0 as? String }.filter { path in
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isFolder) && !isFolder.boolValue
    }
}
