import Testing
import TestSupport
@testable import BearingAlign

/// `PriorityInferrer.isWordCandidate` and `hasThreeCharacters` answer on a word's bytes when it opens with three ASCII
/// bytes: they must say what its characters say, for ASCII words, words with combining marks, line breaks and other
/// scripts alike.
struct WordCandidateTests {
    @Test func aWordsBytesSayWhatItsCharactersSay() {
        let pieces = ["a", "Z", "ab", "abc", "1", "_", "-", "é", "e\u{301}", "\u{301}", "\r\n", "\r", "\n", "ſ", "K", "日本", "ß", "'", " ", "x"]
        var generator = SeededGenerator(state: 40)
        var words = DifferentialLines.all().flatMap { $0.split(separator: " ").map(String.init) }
        words += (0..<20_000).map { _ in (0..<Int.random(in: 1...5, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined() }
        var candidates = 0
        for word in words {
            let candidate = PriorityInferrer.isWordCandidate(word)
            if candidate { candidates += 1 }
            #expect(candidate == (word.count >= 3 && word.first?.isLetter == true), "\(word.debugDescription)")
            #expect(PriorityInferrer.hasThreeCharacters(word) == (word.count >= 3), "\(word.debugDescription)")
        }
        #expect(candidates > 1_000)
    }
}
