import Dispatch
import Foundation

/// Maps independent work across the machine's cores, keeping the input order in the output.
package enum Parallel {
    package static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        guard items.count > 1 else { return items.map(transform) }
        var results = [R?](repeating: nil, count: items.count)
        results.withUnsafeMutableBufferPointer { buffer in
            // Each iteration writes only its own slot, so the buffer is never shared between threads for one index.
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: items.count) { index in
                slots[index] = transform(items[index])
            }
        }
        return results.map { $0! }
    }

    /// Like `map`, but hands each core a contiguous run of items, so per-run state (a cache) is reused
    /// across many items without being shared between threads. The output keeps the input order.
    package static func mapRuns<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (ArraySlice<T>) -> [R]) -> [R] {
        let runs = Swift.min(items.count, ProcessInfo.processInfo.activeProcessorCount * 4)
        guard runs > 1 else { return transform(items[...]) }
        let bounds = (0...runs).map { $0 * items.count / runs }
        return map(Array(0..<runs)) { run in transform(items[bounds[run]..<bounds[run + 1]]) }.flatMap { $0 }
    }

    /// Runs two independent pieces of work at once, one per core, and returns both results.
    package static func both<A: Sendable, B: Sendable>(_ first: @Sendable () -> A, _ second: @Sendable () -> B) -> (A, B) {
        var a: A?
        var b: B?
        withUnsafeMutablePointer(to: &a) { aSlot in
            withUnsafeMutablePointer(to: &b) { bSlot in
                // Each iteration writes only its own slot.
                nonisolated(unsafe) let (aSlot, bSlot) = (aSlot, bSlot)
                DispatchQueue.concurrentPerform(iterations: 2) { index in
                    if index == 0 { aSlot.pointee = first() } else { bSlot.pointee = second() }
                }
            }
        }
        return (a!, b!)
    }
}
