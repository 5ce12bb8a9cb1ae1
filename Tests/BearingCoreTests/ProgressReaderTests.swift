import Testing
@testable import BearingCore

@Suite("Key-result progress")
struct ProgressReaderTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var checked: Bool
        var progress: Double
        var source: ProgressSource
        var testDescription: String { "\(checked ? "[x]" : "[ ]") \(text)" }
    }

    static let cases: [Case] = [
        Case(text: "Uptime alerts cover 46/46 hubs", checked: false, progress: 1, source: .ratio),
        Case(text: "Paying members: 48 of 60", checked: false, progress: 0.8, source: .ratio),
        Case(text: "Docs for the 10 most common tasks: 7/10", checked: false, progress: 0.7, source: .ratio),
        Case(text: "Adoption, 40%", checked: false, progress: 0.4, source: .percent),
        Case(text: "Adoption at 12.5 %.", checked: false, progress: 0.125, source: .percent),
        Case(text: "Time to detect from 40 to 5 minutes, now 12", checked: false, progress: 0.8, source: .range),
        Case(text: "Revenue from $0 to $120K, now $75K", checked: false, progress: 0.625, source: .range),
        Case(text: "Share from 20% to 50%, now 35%", checked: false, progress: 0.5, source: .range),
        Case(text: "Errors from 10 to 20, now 30", checked: false, progress: 1, source: .range),
        Case(text: "Standard agreement reviewed, score 0.4", checked: false, progress: 0.4, source: .score),
        Case(text: "Graded: score: .7", checked: true, progress: 0.7, source: .score),
        Case(text: "Backups restored in a drill", checked: true, progress: 1, source: .checkbox),
        Case(text: "Backups restored in a drill", checked: false, progress: 0, source: .checkbox),
        Case(text: "Over-delivered 12/10", checked: true, progress: 1, source: .ratio),
    ]

    @Test("forms of the contract", arguments: cases)
    func reads(_ example: Case) {
        let reading = ProgressReader.read(example.text, checked: example.checked)
        #expect(abs(reading.progress - example.progress) < 1e-9)
        #expect(reading.source == example.source)
        #expect(reading.problem == nil)
    }

    @Test("hostile text cannot make the patterns backtrack: a 1 MB key result reads at once")
    func hostile() {
        let reading = ProgressReader.read(String(repeating: "from 1 to 2 ", count: 90_000), checked: false)
        #expect(reading.source == .checkbox)
        let long = ProgressReader.read(String(repeating: "from 1 to 2 ", count: 45), checked: false)
        #expect(long.source == .checkbox)
    }

    @Test("progress-looking text in no known form is reported")
    func unreadable() {
        #expect(ProgressReader.read("p95 latency 200ms, currently 350ms", checked: false).problem != nil)
        #expect(ProgressReader.read("0/0 hubs migrated", checked: false).problem != nil)
        #expect(ProgressReader.read("Ship the thing", checked: false).problem == nil)
    }
}
