import Testing
import TestSupport
@testable import BearingAlign

/// `Stems.stem` works on the bytes of ASCII words; it must give what the Unicode-aware version gives, on every word of
/// the corpus and the project's files and on the suffixes' edge cases.
struct StemsTests {
    @Test func theByteStemAgreesWithTheWholeOne() {
        if !DifferentialLines.corpusIsPresent { Issue.record("../shared/corpus is absent: compared on the project's files and random strings only") }
        var words = Set(["renewals", "Hiring", "HIRES", "studies", "tied", "lies", "ies", "ations", "creations", "bee", "free", "fee",
                         "Ed", "ly", "only", "user", "users", "isles", "café", "Cafés", "naïve", "x", ""])
        for line in DifferentialLines.all() {
            for word in line.split(whereSeparator: { !$0.isLetter && !$0.isNumber }) { words.insert(String(word)) }
        }
        var changed = 0
        for word in words {
            let fast = Stems.stem(word)
            #expect(fast == Stems.stemWithoutShortcut(word), "\(word.debugDescription)")
            if fast != word.lowercased() { changed += 1 }
        }
        #expect(changed > 1_000)
    }
}
