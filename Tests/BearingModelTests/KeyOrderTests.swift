import Testing

@Suite("Key order")
struct KeyOrderTests {
    @Test("a table's total does not depend on the order its dictionary keeps")
    func totalInKeyOrder() {
        // Values whose sum depends on the order they are added in, kept in tables that iterate in different orders.
        let entries = [("a", 1e16), ("b", 1.0), ("c", -1e16), ("d", 1.0), ("e", 0.1), ("f", 3e-17)]
        var sums = Set<UInt64>()
        for rotation in 0..<entries.count {
            let rotated = Array(entries[rotation...] + entries[..<rotation])
            var table: [String: Double] = [:]
            table.reserveCapacity(rotation * 40)
            for (key, value) in rotated { table[key] = value }
            sums.insert(table.sumInKeyOrder.bitPattern)
        }
        #expect(sums.count == 1)
        #expect(Dictionary(uniqueKeysWithValues: entries).sumInKeyOrder == ((((1e16 + 1.0) + -1e16) + 1.0) + 0.1) + 3e-17)
    }
}
