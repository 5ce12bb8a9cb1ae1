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

    @Test("dots over rows in one buffer are dot with each row, to the bit, whatever the widths")
    func dotsOverRows() {
        var random = SeededGenerator(state: 12)
        func vector(_ count: Int) -> [Float] { (0..<count).map { _ in Float.random(in: -1...1, using: &random) * Float(1 << Int.random(in: 0...20, using: &random)) } }
        for (count, width, length) in [(0, 384, 384), (1, 384, 384), (5, 384, 384), (9, 384, 384), (8, 16, 16), (6, 384, 100), (3, 50, 384), (0, 0, 3)] {
            let a = vector(length)
            let rows = (0..<count).map { _ in vector(width) }
            let expected = width == 0 ? [] : rows.map { Vector.dot($0, a).bitPattern }
            #expect(Vector.dots(a, rows: rows.flatMap { $0 }, width: width).map(\.bitPattern) == expected, "\(count) rows of \(width)")
        }
    }

    @Test("hasLength is norm > 0: tiny, zero, infinite and NaN vectors included")
    func hasLength() {
        let cases: [[Float]] = [[], [0, 0, 0], [0, -0.0, 1e-30], [1e-20, 1e-20], [1e-19], [0, 1e-18], [3, 4], [.greatestFiniteMagnitude, 1],
                                [.leastNonzeroMagnitude], [-2], [1, .nan], [.nan], [.infinity, 1], [-.infinity]]
        for v in cases { #expect(Vector.hasLength(v) == (Vector.norm(v) > 0), "\(v)") }
    }
}
