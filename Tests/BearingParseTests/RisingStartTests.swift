import Testing
@testable import BearingModel
@testable import BearingParse

/// A rising key result whose start is written counts from it, in every form a start is written: "Signups 100 → 200"
/// at 150 is half way, as `from 100 to 200, now 150` and `now 150, was 100` always were. Counting it from zero (0.75)
/// beside those (0.5) gave one workspace two answers for one state of the work.
@Suite("Rising measures counted from their written start")
struct RisingStartTests {
    func progress(_ text: String) -> Double? { ProgressReader.read(text, checked: nil).progress }

    @Test("every way of writing the start gives the same progress", arguments: [
        "Signups from 100 to 200, now 150",
        "Signups 100 → 200; 150 so far",
        "Signups 100 -> 200 (Q4: 150)",
        "Signups to 200 (was 100, now 150)",
        "Signups to 200, now 150, was 100",
        "Signups 200 (baseline 100, now 150)",
    ])
    func sameProgress(_ text: String) {
        #expect(progress(text) == 0.5, "\(text): \(String(describing: progress(text)))")
    }

    @Test("a start written for another target, or no start, leaves the count from zero", arguments: [
        ("Signups to 200 (currently 150)", 0.75),
        ("KR 1: 10 new contributors, 4 so far", 0.4),
    ])
    func fromZero(_ text: String, _ expected: Double) {
        #expect(progress(text).map { abs($0 - expected) < 1e-9 } == true, "\(text): \(String(describing: progress(text)))")
    }

    @Test("a table row and a key-result heading count from the start their key result writes")
    func tableAndHeading() {
        let markdown = """
            ## Grow the community

            | Key result | Target | Current |
            |---|---|---|
            | Signups 100 → 200 | 200 | 150 |
            | Members (was 10) | 20 | 15 |
            | Signups | 200 | 150 |

            ### KR: Partners 4 → 8
            - Current: 6
            - Target: 8
            """
        let results = ObjectivesParser().parse(read(markdown, path: "objectives/2026-Q4.md")).0.objectives.flatMap(\.keyResults)
        #expect(results.map(\.progress) == [0.5, 0.5, 0.75, 0.5])
    }
}

/// A key-result heading whose figures end on a percentage ("### KR1: Renewal rate 60% → 75%") with a `Current:` line
/// under it: the percentage is the target and the Current line where it stands (0.67 at 70 %), not 75 % done whatever
/// the Current line says.
@Suite("Key-result headings with a Current line")
struct HeadingCurrentLineTests {
    @Test("the Current line counts from the heading's start to its target, with or without a Target line")
    func currentLine() {
        let markdown = """
            ## Keep members

            ### KR1: Renewal rate 60% → 75%
            Current: 70%

            ### KR2: Renewal rate 60% → 75%
            - Current: 62%
            - Target: 75%

            ### KR3: Run 40 workshops 75%
            """
        let results = ObjectivesParser().parse(read(markdown, path: "objectives/2026-Q4.md")).0.objectives.flatMap(\.keyResults)
        #expect(results.map { $0.progress.map { ($0 * 1000).rounded() / 1000 } } == [0.667, 0.133, 0.75],
                "a heading with no Current line still reads its own percentage")
    }
}
