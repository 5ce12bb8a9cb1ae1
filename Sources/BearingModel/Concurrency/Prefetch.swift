import Foundation

/// A value computed on a thread of its own while the caller does other work, e.g. loading the token
/// vectors while the workspace is scanned (the scan and the strategy are read on one core).
package final class Prefetch<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    /// Written once by the worker before `done` is signalled, read only after waiting for it.
    private var result: Result<Value, any Error>?

    package init(_ work: @escaping @Sendable () throws -> Value) {
        Thread.detachNewThread { [self] in
            result = Result(catching: work)
            done.signal()
        }
    }

    /// Waits for the value (or rethrows the worker's error).
    package func value() throws -> Value {
        done.wait()
        defer { done.signal() }
        return try result!.get()
    }
}
