import BearingModel
import BearingParse
import Foundation

/// The site `serve` is serving now, and the pages listening for the next one.
public struct ServedSite: Sendable, Equatable {
    /// Changes with every new set of files; a page reloads when it differs from the one it was served with.
    public var build: String
    public var files: [String: Data]
    /// The errors of the latest rebuild, shown over every page.
    public var errors: [Diagnostic]
    /// Whether `files` is an earlier build kept because the latest one had errors.
    public var kept: Bool
    /// Whether `files` came from a build without errors.
    public var clean: Bool

    public static let empty = ServedSite(build: "", files: [:], errors: [], kept: false, clean: false)

    /// The site after a rebuild: a clean rebuild replaces it; one with errors keeps the last site and shows the
    /// errors over it. Only when there is no site yet, or only one that already had errors, is a site with
    /// errors served (its pages listing them too), so the first build always serves something.
    public func next(after rebuilt: RebuiltSite, build id: String) -> ServedSite {
        if rebuilt.errors.isEmpty, let files = rebuilt.files {
            return ServedSite(build: id, files: files, errors: [], kept: false, clean: true)
        }
        if clean || rebuilt.files == nil {
            return ServedSite(build: build, files: files, errors: rebuilt.errors, kept: !files.isEmpty, clean: clean)
        }
        return ServedSite(build: id, files: rebuilt.files ?? [:], errors: rebuilt.errors, kept: false, clean: false)
    }

    /// What the reload endpoint sends: `{"build": …, "kept": …, "errors": [{"location", "message"}]}`.
    public var message: String {
        struct Message: Encodable {
            struct Error: Encodable { var location: String; var message: String }
            var build: String
            var kept: Bool
            var errors: [Error]
        }
        let value = Message(build: build, kept: kept, errors: errors.map { .init(location: $0.location.description, message: $0.message) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}

/// Holds the served site and tells every listening page about each new state. Handlers read it from the
/// server's tasks while the rebuild thread publishes, hence the lock.
public final class LiveSite: @unchecked Sendable {
    private let lock = NSLock()
    private var site = ServedSite.empty
    private var listeners: [UUID: AsyncStream<String>.Continuation] = [:]
    private var count = 0
    /// Distinguishes this server's builds from an earlier run's, so a page left open across a restart reloads.
    private let session = String(UInt32.random(in: 0...UInt32.max), radix: 36)

    public init() {}

    public var current: ServedSite {
        lock.lock(); defer { lock.unlock() }
        return site
    }

    /// Takes a rebuild's result and sends the new state to every listener; returns it.
    @discardableResult
    public func publish(_ rebuilt: RebuiltSite) -> ServedSite {
        lock.lock()
        count += 1
        site = site.next(after: rebuilt, build: "\(session)-\(count)")
        let (state, targets) = (site, Array(listeners.values))
        lock.unlock()
        for target in targets { target.yield(state.message) }
        return state
    }

    /// The messages for one page: the current state at once (a page that connects after a rebuild learns that
    /// its build is stale), then one per rebuild.
    public func subscribe() -> AsyncStream<String> {
        let (stream, continuation) = AsyncStream<String>.makeStream(bufferingPolicy: .bufferingNewest(8))
        let id = UUID()
        lock.lock()
        listeners[id] = continuation
        continuation.yield(site.message)
        lock.unlock()
        continuation.onTermination = { [weak self] _ in self?.unsubscribe(id) }
        return stream
    }

    public var listenerCount: Int {
        lock.lock(); defer { lock.unlock() }
        return listeners.count
    }

    private func unsubscribe(_ id: UUID) {
        lock.lock(); listeners[id] = nil; lock.unlock()
    }
}
