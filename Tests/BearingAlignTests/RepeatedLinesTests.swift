import Testing
import TestSupport
@testable import BearingAlign

/// `RepeatedLines.removed` decides on bytes that a text repeats no line; that shortcut must never change the answer.
struct RepeatedLinesTests {
    @Test func theShortcutAgreesWithComparingKeys() {
        let lines = DifferentialLines.all()
        if !DifferentialLines.corpusIsPresent { Issue.record("../shared/corpus is absent: compared on the project's files and random strings only") }
        // Texts of eight lines as they come, and the same with one line said again in another case, behind another
        // marker or with trailing space (tab, form feed, no-break space): each variant in turn, one per text.
        let variants: [(String) -> String] = [
            { "- " + $0.uppercased() }, { "> " + $0 + " \t" }, { "* " + $0 + "\u{0C}" }, { $0 + "\u{00A0}" },
            { "+ " + $0.lowercased() + "  " }, { $0.replacingOccurrences(of: " ", with: "\t") },
        ]
        var repeated = 0
        for start in stride(from: 0, to: lines.count, by: 8) {
            let chunk = Array(lines[start..<min(start + 8, lines.count)])
            for variant in [nil, variants[(start / 8) % variants.count]] {
                var text = chunk
                if let variant, let line = chunk.first { text.append(variant(line)) }
                let joined = text.joined(separator: "\n")
                let removed = RepeatedLines.removed(joined)
                #expect(removed == RepeatedLines.removedComparingKeys(joined), "\(joined)")
                if removed != joined { repeated += 1 }
            }
        }
        #expect(repeated > 100)
    }

    @Test func crlfTextIsLeftToTheExactComparison() {
        let text = "Ship the new billing flow\r\nShip the new billing flow\r\nDone"
        #expect(RepeatedLines.removed(text) == RepeatedLines.removedComparingKeys(text))
    }
}
