/// When to rebuild, as a pure state machine over the events a watcher and a rebuild produce, so the debounce and
/// the merging are tested without a clock: the driver (`ServeLoop`) passes the time of each event and does what
/// the returned action says.
///
/// An editor's save is often several events (write, rename, attribute change), and a `git checkout` is hundreds:
/// the rebuild waits until no change has arrived for `quiet` seconds. Changes that arrive while a rebuild runs are
/// kept and become one next rebuild when it ends, never a rebuild per change.
public struct ChangeBatcher: Sendable {
    public enum Action: Equatable, Sendable {
        /// Nothing to do now.
        case none
        /// Call `timerFired` at this time (a later arming replaces an earlier one).
        case wake(at: Double)
        /// Start a rebuild of these workspace-relative paths; call `rebuildFinished` when it ends.
        case rebuild(Set<String>)
    }

    public let quiet: Double
    /// Paths changed and not yet handed to a rebuild.
    public private(set) var pending: Set<String> = []
    public private(set) var rebuilding = false
    private var lastChange = -Double.infinity

    public init(quiet: Double = 0.1) {
        self.quiet = quiet
    }

    /// Paths changed at `now`.
    public mutating func changed(_ paths: Set<String>, at now: Double) -> Action {
        guard !paths.isEmpty else { return .none }
        pending.formUnion(paths)
        lastChange = now
        return rebuilding ? .none : .wake(at: now + quiet)
    }

    /// The wake-up asked for earlier: rebuild when the workspace has been quiet long enough.
    public mutating func timerFired(at now: Double) -> Action {
        guard !rebuilding, !pending.isEmpty else { return .none }
        guard now >= lastChange + quiet else { return .wake(at: lastChange + quiet) }
        return start()
    }

    /// The rebuild ended: what changed meanwhile is the next one, once quiet.
    public mutating func rebuildFinished(at now: Double) -> Action {
        rebuilding = false
        guard !pending.isEmpty else { return .none }
        return now >= lastChange + quiet ? start() : .wake(at: lastChange + quiet)
    }

    private mutating func start() -> Action {
        let paths = pending
        pending = []
        rebuilding = true
        return .rebuild(paths)
    }
}
