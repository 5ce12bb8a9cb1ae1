import Foundation

/// Cache files written on threads of their own while the run goes on. After a one-file edit, encoding and writing the
/// parsed files (17 MB at 2,000 files) and the inferences took a fifth of a warm build's wall time, all of it on the way
/// to the site (docs/benchmarks.md, "Session 28"). Whoever makes one waits for it (`finish`) before the process ends,
/// and each file is written whole or not at all (`AtomicFile`), so a run that stops early leaves the last good file.
package final class CacheWrites: @unchecked Sendable {
    private let group = DispatchGroup()

    package init() {}

    /// Runs `write` on a thread of its own. Its failure costs the next run its saving, nothing else.
    package func start(_ write: @escaping @Sendable () throws -> Void) {
        group.enter()
        Thread.detachNewThread { [group] in
            try? write()
            group.leave()
        }
    }

    /// Waits for every write started.
    package func finish() { group.wait() }
}
