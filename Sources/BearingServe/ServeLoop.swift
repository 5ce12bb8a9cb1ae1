import Foundation

/// Watches the workspace, rebuilds after changes through the `SiteRebuilder` seam and publishes each result to
/// the `LiveSite`. The batcher's state lives on one serial queue; rebuilds run one at a time on another, so
/// changes keep being recorded (and merged) while a rebuild runs.
public final class ServeLoop: @unchecked Sendable {
    /// One rebuild, for the terminal: what changed, how long it took, and what is served now.
    public struct Report: Sendable {
        public var changed: Set<String>
        public var seconds: Double
        public var served: ServedSite
    }

    public typealias WatcherFactory = @Sendable (WatchList) throws -> any WorkspaceWatcher

    private let site: LiveSite
    private let makeWatcher: WatcherFactory
    private let onRebuild: @Sendable (Report) -> Void
    private let queue = DispatchQueue(label: "bearing.serve.changes")
    private let buildQueue = DispatchQueue(label: "bearing.serve.rebuild")
    /// Touched only on `queue`.
    private var batcher: ChangeBatcher
    /// Touched only on `buildQueue` (and in `start`, before anything else runs).
    private var rebuilder: any SiteRebuilder
    private var watcher: (any WorkspaceWatcher)?
    private var watchList: WatchList?

    public init(site: LiveSite, rebuilder: any SiteRebuilder, quiet: Double = 0.1, makeWatcher: @escaping WatcherFactory,
                onRebuild: @escaping @Sendable (Report) -> Void = { _ in }) {
        self.site = site
        self.rebuilder = rebuilder
        self.makeWatcher = makeWatcher
        self.onRebuild = onRebuild
        batcher = ChangeBatcher(quiet: quiet)
    }

    /// Builds the site once and starts watching. Throws when the watcher cannot start.
    public func start() throws -> ServedSite {
        let first = rebuilder.rebuild(changed: [])
        let served = site.publish(first)
        try watch(first.watchList)
        return served
    }

    public func stop() {
        buildQueue.sync { watcher?.stop() }
    }

    /// Workspace-relative paths that changed (the watcher calls this; tests may too).
    public func changed(_ paths: Set<String>) {
        queue.async { [self] in act(batcher.changed(paths, at: Self.now())) }
    }

    private func act(_ action: ChangeBatcher.Action) {
        switch action {
        case .none:
            break
        case .wake(let time):
            queue.asyncAfter(deadline: .now() + max(0, time - Self.now())) { [self] in act(batcher.timerFired(at: Self.now())) }
        case .rebuild(let paths):
            buildQueue.async { [self] in
                let started = Self.now()
                let rebuilt = rebuilder.rebuild(changed: paths)
                let served = site.publish(rebuilt)
                onRebuild(Report(changed: paths, seconds: Self.now() - started, served: served))
                if rebuilt.watchList != watchList { try? watch(rebuilt.watchList) }
                queue.async { [self] in act(batcher.rebuildFinished(at: Self.now())) }
            }
        }
    }

    /// (Re)starts the watcher on a new list; on `buildQueue` or before the loop runs.
    private func watch(_ list: WatchList) throws {
        watcher?.stop()
        let next = try makeWatcher(list)
        next.start { [weak self] paths in self?.changed(paths) }
        watcher = next
        watchList = list
    }

    /// Monotonic seconds.
    static func now() -> Double {
        Double(DispatchTime.now().uptimeNanoseconds) / 1e9
    }
}
