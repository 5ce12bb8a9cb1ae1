import Testing
@testable import BearingModel

/// The build's results must not depend on how work is spread over cores.
@Suite("Parallel")
struct ParallelTests {
    @Test("map and mapRuns keep the input order; both returns each side's result")
    func order() {
        let input = Array(0..<1_000)
        #expect(Parallel.map(input) { $0 * 2 } == input.map { $0 * 2 })
        #expect(Parallel.mapRuns(input) { run in run.map { $0 + 1 } } == input.map { $0 + 1 })
        #expect(Parallel.mapRuns([Int]()) { run in run.map { $0 } } == [])
        let (left, right) = Parallel.both({ (0..<100).reduce(0, +) }, { "right" })
        #expect(left == 4_950 && right == "right")
    }
}
