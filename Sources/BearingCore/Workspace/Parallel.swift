import Dispatch

/// Maps independent work across the machine's cores, keeping the input order in the output.
public enum Parallel {
    public static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
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
}
