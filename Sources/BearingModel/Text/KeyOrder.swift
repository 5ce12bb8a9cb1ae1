/// Sums over a dictionary's values, taken in key order. A dictionary's own order follows a hash seed that Swift
/// picks per process, and the order of a floating-point sum changes its last bits: two runs on the same input
/// could differ. Every sum that feeds a score or a report goes through these.
extension Dictionary where Key: Comparable {
    /// The entries, sorted by key.
    public var inKeyOrder: [(key: Key, value: Value)] { sorted { $0.key < $1.key } }
}

extension Dictionary where Key: Comparable, Value == Double {
    /// The sum of the values, added in key order.
    public var sumInKeyOrder: Double { inKeyOrder.reduce(0) { $0 + $1.value } }
}
