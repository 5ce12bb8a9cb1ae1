import Testing
import TestSupport
@testable import BearingAlign

/// Inference must give the same bits however its sums are scheduled: every score, share and evidence word
/// depends on them.
@Suite("Vectors")
struct VectorTests {
    @Test("dots are dot, to the bit, for any number of vectors and lengths")
    func dots() {
        var random = SeededGenerator(state: 11)
        func vector(_ count: Int) -> [Float] { (0..<count).map { _ in Float.random(in: -1...1, using: &random) * Float(1 << Int.random(in: 0...20, using: &random)) } }
        for count in 0..<10 {
            let a = vector(384)
            var others = (0..<count).map { _ in vector(384) }
            if count == 7 { others[5] = vector(100) }
            #expect(Vector.dots(a, others).map(\.bitPattern) == others.map { Vector.dot(a, $0).bitPattern })
        }
    }

    @Test("hasLength is norm > 0: tiny, zero, infinite and NaN vectors included")
    func hasLength() {
        let cases: [[Float]] = [[], [0, 0, 0], [0, -0.0, 1e-30], [1e-20, 1e-20], [1e-19], [0, 1e-18], [3, 4], [.greatestFiniteMagnitude, 1],
                                [.leastNonzeroMagnitude], [-2], [1, .nan], [.nan], [.infinity, 1], [-.infinity]]
        for v in cases { #expect(Vector.hasLength(v) == (Vector.norm(v) > 0), "\(v)") }
    }
}
