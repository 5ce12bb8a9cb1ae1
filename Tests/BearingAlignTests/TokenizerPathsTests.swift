import Testing
import TestSupport
@testable import BearingAlign

/// `WordPiece.basicTokens` takes an ASCII fast path for all or the head of a text; the tokens must be those of the
/// Unicode path over the whole text, on the real plans' lines, the project's files and seeded random strings.
@Suite("Tokenizer paths")
struct TokenizerPathsTests {
    @Test func fastPathsEqualTheUnicodePath() {
        let lines = DifferentialLines.all()
        if !DifferentialLines.corpusIsPresent { Issue.record("../shared/corpus is absent: compared on the project's files and random strings only") }
        var mixed = 0
        for text in lines + lines.map({ $0 + " …" }) {
            if WordPiece.asciiTokens(text) == nil { mixed += 1 }
            #expect(WordPiece.basicTokens(text) == WordPiece.unicodeTokens(text), "\(text)")
        }
        #expect(mixed > 100)
    }
}
