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

    static func norm(_ a: [Float]) -> Float { dot(a, a).squareRoot() }

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
