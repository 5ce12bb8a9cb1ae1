/// The few operations on dense vectors that inference needs.
enum Vector {
    /// Summed in index order, one product at a time, so results never depend on how the loop is compiled.
    static func dot(_ a: [Float], _ b: [Float]) -> Float {
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                var sum: Float = 0
                for i in 0..<min(a.count, b.count) { sum += a[i] * b[i] }
                return sum
            }
        }
    }

    /// `dot(a, b)` for every `b`, to the bit: each sum still runs in index order, one product at a time, but four
    /// sums advance together, so the processor is not left waiting on one chain of additions.
    static func dots(_ a: [Float], _ others: [[Float]]) -> [Float] {
        var results = [Float](repeating: 0, count: others.count)
        var start = 0
        while start + 4 <= others.count {
            let (b0, b1, b2, b3) = (others[start], others[start + 1], others[start + 2], others[start + 3])
            guard a.count == b0.count, b0.count == b1.count, b1.count == b2.count, b2.count == b3.count else { break }
            let sums = a.withUnsafeBufferPointer { a in
                b0.withUnsafeBufferPointer { b0 in
                    b1.withUnsafeBufferPointer { b1 in
                        b2.withUnsafeBufferPointer { b2 in
                            b3.withUnsafeBufferPointer { b3 in dot4(a, b0.baseAddress, b1.baseAddress, b2.baseAddress, b3.baseAddress) }
                        }
                    }
                }
            }
            (results[start], results[start + 1], results[start + 2], results[start + 3]) = sums
            start += 4
        }
        for index in start..<others.count { results[index] = dot(a, others[index]) }
        return results
    }

    /// `dot(a, row)` for each row of `width` numbers laid end to end in `rows`, to the bit, four at a time as `dots`
    /// does: for many short-lived vectors, one buffer instead of an array each.
    static func dots(_ a: [Float], rows: [Float], width: Int) -> [Float] {
        guard width > 0 else { return [] }
        let count = rows.count / width
        let row = { (index: Int) in Array(rows[(index * width)..<((index + 1) * width)]) }
        guard a.count == width else { return (0..<count).map { dot(a, row($0)) } }
        var results = [Float](repeating: 0, count: count)
        var start = 0
        a.withUnsafeBufferPointer { a in
            rows.withUnsafeBufferPointer { rows in
                while start + 4 <= count {
                    let at = { (index: Int) in rows.baseAddress.map { $0 + (start + index) * width } }
                    (results[start], results[start + 1], results[start + 2], results[start + 3]) = dot4(a, at(0), at(1), at(2), at(3))
                    start += 4
                }
            }
        }
        for index in start..<count { results[index] = dot(a, row(index)) }
        return results
    }

    /// Four dot products of `a` with vectors of its length, each summed in index order.
    private static func dot4(_ a: UnsafeBufferPointer<Float>, _ b0: UnsafePointer<Float>?, _ b1: UnsafePointer<Float>?, _ b2: UnsafePointer<Float>?,
                             _ b3: UnsafePointer<Float>?) -> (Float, Float, Float, Float) {
        guard let b0, let b1, let b2, let b3 else { return (0, 0, 0, 0) }
        var (s0, s1, s2, s3): (Float, Float, Float, Float) = (0, 0, 0, 0)
        for i in 0..<a.count {
            let x = a[i]
            s0 += x * b0[i]
            s1 += x * b1[i]
            s2 += x * b2[i]
            s3 += x * b3[i]
        }
        return (s0, s1, s2, s3)
    }

    static func norm(_ a: [Float]) -> Float { dot(a, a).squareRoot() }

    /// `norm(a) > 0`, usually without the sum: one element of 1e-18 or more makes the sum of squares positive
    /// (no term is negative, and an overflow gives infinity) unless an element is NaN, which makes it NaN; only
    /// vectors of tiny values are summed. One pass with no chain of dependent additions, unlike `dot`.
    static func hasLength(_ a: [Float]) -> Bool {
        var sizeable = false
        for x in a {
            if x.isNaN { return false }
            if abs(x) >= 1e-18 { sizeable = true }
        }
        return sizeable || norm(a) > 0
    }

    static func normalized(_ a: [Float]) -> [Float] {
        let length = norm(a)
        return length > 0 ? a.map { $0 / length } : a
    }

    /// `a = normalized(a)` without a new array.
    static func normalize(_ a: inout [Float]) {
        let length = norm(a)
        guard length > 0 else { return }
        for i in a.indices { a[i] = a[i] / length }
    }

    static func subtract(_ a: [Float], _ b: [Float]) -> [Float] { zip(a, b).map { $0 - $1 } }

    static func add(_ a: [Float], _ b: [Float], times factor: Float = 1) -> [Float] { zip(a, b).map { $0 + factor * $1 } }

    /// `a = add(a, b, times: factor)` without a new array: the same expression for every element.
    static func addInPlace(_ a: inout [Float], _ b: [Float], times factor: Float) {
        let count = min(a.count, b.count)
        b.withUnsafeBufferPointer { b in
            a.withUnsafeMutableBufferPointer { a in
                for i in 0..<count { a[i] = a[i] + factor * b[i] }
            }
        }
        if a.count > count { a.removeLast(a.count - count) }
    }

    static func mean(_ vectors: [[Float]], dimensions: Int) -> [Float] {
        guard !vectors.isEmpty else { return [Float](repeating: 0, count: dimensions) }
        var sum = [Float](repeating: 0, count: dimensions)
        for vector in vectors { for i in 0..<dimensions { sum[i] += vector[i] } }
        return sum.map { $0 / Float(vectors.count) }
    }
}
