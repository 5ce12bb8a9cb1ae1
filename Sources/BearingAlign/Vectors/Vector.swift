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
            let count = min(a.count, b0.count, b1.count, b2.count, b3.count)
            guard count == a.count, b0.count == b1.count, b1.count == b2.count, b2.count == b3.count else { break }
            var (s0, s1, s2, s3): (Float, Float, Float, Float) = (0, 0, 0, 0)
            a.withUnsafeBufferPointer { a in
                b0.withUnsafeBufferPointer { b0 in
                    b1.withUnsafeBufferPointer { b1 in
                        b2.withUnsafeBufferPointer { b2 in
                            b3.withUnsafeBufferPointer { b3 in
                                for i in 0..<count {
                                    let x = a[i]
                                    s0 += x * b0[i]
                                    s1 += x * b1[i]
                                    s2 += x * b2[i]
                                    s3 += x * b3[i]
                                }
                            }
                        }
                    }
                }
            }
            (results[start], results[start + 1], results[start + 2], results[start + 3]) = (s0, s1, s2, s3)
            start += 4
        }
        for index in start..<others.count { results[index] = dot(a, others[index]) }
        return results
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
