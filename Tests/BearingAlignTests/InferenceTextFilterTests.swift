import Foundation
import Testing
import TestSupport
@testable import BearingAlign

/// `InferenceText.clean` skips each expression when the text lacks a literal every match holds; the cleaned text must
/// be the same as running them all, on the real plans' lines, the project's files and seeded random strings.
@Suite("Inference text filters")
struct InferenceTextFilterTests {
    @Test func filteredCleaningEqualsRunningEveryExpression() {
        let lines = DifferentialLines.all()
        if !DifferentialLines.corpusIsPresent { Issue.record("../shared/corpus is absent: compared on the project's files and random strings only") }
        // Whole paragraphs too: several rules work across lines.
        let paragraphs = stride(from: 0, to: lines.count, by: 5).map { lines[$0..<min($0 + 5, lines.count)].joined(separator: "\n") }
        var changed = 0
        for text in lines + paragraphs {
            let reference = InferenceText.clean(text, filtered: false)
            if reference != text { changed += 1 }
            #expect(InferenceText.clean(text) == reference, "\(text)")
        }
        #expect(changed > 1000)
    }
}
