import Testing
@testable import BearingModel

/// A pattern's `first:` and `needs:` skip ICU for ASCII text that cannot hold a match; they must never change an
/// answer. Debug builds also check every call against the expression, so the whole suite's reads test them too.
@Suite("Pattern prefilters")
struct PatternFilterTests {
    @Test("a first-byte filter answers for ASCII text and still matches where case folding reaches past ASCII")
    func firstByte() {
        let quarter = Pattern(#"^Q([1-4])$"#, first: "q")
        #expect(quarter.firstMatch(in: "Q3")?[1] == "3")
        #expect(quarter.firstMatch(in: "q2")?[1] == "2")
        #expect(quarter.firstMatch(in: "Now") == nil)
        #expect(quarter.firstMatch(in: "") == nil)
        // "ſ" (long s) folds to "s" and "K" (Kelvin sign) to "k" under case-insensitive matching: text that is not
        // ASCII always runs the expression.
        let term = Pattern(#"^(short|keep)$"#, first: "sk")
        #expect(term.matches("ſhort"))
        #expect(term.matches("\u{212A}eep"))
        #expect(!term.matches("long"))
    }

    @Test("a literal filter is case-insensitive when the pattern is, and exact when it is not")
    func literals() {
        let fiscal = Pattern(#"FY([0-9]{2})"#, needs: ["fy"])
        #expect(fiscal.firstMatch(in: "Plan for fy24 and FY25")?[1] == "24")
        #expect(fiscal.firstMatch(in: "Plan for 2024") == nil)
        let marker = Pattern(#"\b(P[0-9])\b"#, caseInsensitive: false, needs: ["P0", "P1"])
        #expect(marker.firstMatch(in: "Ship P1 first")?[1] == "P1")
        #expect(marker.firstMatch(in: "ship p1 first") == nil)
        #expect(marker.allRanges(in: "P0 then P1").count == 2)
        #expect(marker.allRanges(in: "nothing here").isEmpty)
    }

    @Test("containsBytes finds a marker anywhere, in strings and substrings")
    func containsBytes() {
        #expect("see {:toc}".containsBytes("{:toc}"))
        #expect(!"see {toc}".containsBytes("{:"))
        #expect("ab".containsBytes(""))
        #expect(!"a".containsBytes("ab"))
        let text = "prefix {: here"
        #expect(text.dropFirst(7).containsBytes("{:"))
        #expect(!text.dropFirst(8).containsBytes("{:"))
        #expect("é and {:".containsBytes("{:"))
    }
}
