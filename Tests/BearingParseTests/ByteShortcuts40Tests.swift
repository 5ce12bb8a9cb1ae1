import Foundation
import Testing
import TestSupport
@testable import BearingModel
@testable import BearingParse

/// The cold build's byte shortcuts (byte searches by `memchr`, a byte set before a pattern's or a filter's needle
/// searches, ASCII paths of key normalizing, key testing and heading remarks): each must answer as the whole check it
/// stands before, on every corpus line and on random strings of the pieces it looks for, ASCII and not.
struct ByteShortcuts40Tests {
    static let pieces = ["Q2 2026", "(graded)", "(Draft)", "[Draft]", "Draft:", "DRAFT", "draft", "WIP", "wip", "Proposed", "tentative",
                         "— done", "– final", "- done", " -", "- ", "-", "—", "–", "✅", "🟢", ":", "::", "%%", "^", " ^", "[/] ", "</",
                         "</b>", "<b>", "\\", "\\*", "*", "**", "_", "Owner", "Due", "Start date", "e\u{301}", "\u{301}", "K", "ſ",
                         "\r\n", "\r", "\t", "  ", " ", "(", ")", "3", "a", "Z", "'", "/", "team", "notes", "http:", "mailto:", "#x",
                         "é", "\u{00A0}", "x"]

    static func random(count: Int, seed: UInt64) -> [String] {
        var generator = SeededGenerator(state: seed)
        return (0..<count).map { _ in
            (0..<Int.random(in: 1...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
        }
    }

    static let lines = DifferentialLines.all() + random(count: 20_000, seed: 40)

    /// The plain byte search `containsBytes` and `containsByte` replace.
    static func naiveContains(_ text: String, _ needle: String) -> Bool {
        let bytes = Array(text.utf8), pattern = Array(needle.utf8)
        guard !pattern.isEmpty else { return true }
        guard bytes.count >= pattern.count else { return false }
        return (0...(bytes.count - pattern.count)).contains { start in bytes[start..<start + pattern.count].elementsEqual(pattern) }
    }

    @Test func aByteSearchFindsWhatThePlainSearchFinds() {
        let needles = ["%%", "::", "[/] ", " ^", "  ", "</", "—", "a", " ", " a ", "[-] ", "@{", "#status/", "✅", "\r\n", ""]
        var found = 0
        for line in Self.lines {
            for needle in needles {
                let expected = Self.naiveContains(line, needle)
                if expected { found += 1 }
                #expect(line.containsBytes(of: needle) == expected, "\(line.debugDescription) \(needle.debugDescription)")
            }
            for byte in [UInt8(ascii: ":"), UInt8(ascii: "["), UInt8(ascii: "\\"), 0xCC] {
                #expect(line.containsByte(byte) == line.utf8.contains(byte), "\(line.debugDescription)")
            }
            // A substring of the line is always found in it, and in a longer text that ends with it.
            let bytes = Array(line.utf8)
            if bytes.count >= 4 {
                let needle = String(decoding: bytes[(bytes.count / 2)...], as: UTF8.self)
                #expect(line.containsBytes(of: needle) == Self.naiveContains(line, needle), "\(line.debugDescription)")
            }
        }
        #expect(found > 1_000)
    }

    @Test func aPatternsByteSetNeverTurnsAwayAMatch() throws {
        let sources: [(String, Bool, [String])] = [
            (#"(?<!\w)(?:jetzt|aktuell|derzeit|ora|nu|hoy)\s*(?=\d)"#, true, ["jetzt", "aktuell", "derzeit", "ora", "nu", "hoy"]),
            (#"\bscored?\s*[:=]?\s*(0?\.\d+)"#, true, ["score"]),
            (#"(\d+)\s*/\s*(\d+)"#, false, ["/"]),
            (#"Owner|Due"#, false, ["Owner", "Due"]),
            (#"★|stars?"#, true, ["star", "★"]),
        ]
        var matched = 0
        for (source, caseInsensitive, needs) in sources {
            let pattern = Pattern(source, caseInsensitive: caseInsensitive, needs: needs)
            let regex = try NSRegularExpression(pattern: source, options: caseInsensitive ? [.caseInsensitive] : [])
            for line in Self.lines {
                let expected = regex.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil
                if expected { matched += 1 }
                #expect(pattern.matches(line) == expected, "\(source) \(line.debugDescription)")
            }
        }
        #expect(matched > 500)
    }

    @Test func aLiteralFiltersByteSetNeverTurnsAwayALiteral() {
        let literals = ["24", "kr", "key result", "://", "jan", "march", "v", "-", "→", "->", "from", " to ", "%", "(", "ed", "score", "é", ""]
        for line in Self.lines {
            let filter = LiteralFilter(line)
            let ascii = !line.utf8.contains { $0 >= 0x80 }
            let lowered = String(decoding: line.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
            for literal in literals {
                #expect(filter.mayHold(any: [literal]) == (!ascii || Self.naiveContains(lowered, literal)), "\(line.debugDescription) \(literal)")
            }
        }
    }

    @Test func anASCIIKeyNormalizesAsItsScalarsDo() {
        var ascii = 0
        for line in Self.lines {
            let key = line.split(separator: ":", maxSplits: 1).first.map(String.init) ?? line
            for text in [line, key] {
                if let fast = MetadataKey.normalizeASCII(text) {
                    ascii += 1
                    #expect(fast == MetadataKey.normalizeScalars(text), "\(text.debugDescription)")
                } else {
                    #expect(text.utf8.contains { $0 >= 0x80 }, "\(text.debugDescription)")
                }
            }
        }
        #expect(ascii > 1_000)
    }

    @Test func anASCIIKeyIsAKeyAsItsCharactersSay() {
        var keys = 0
        for line in Self.lines {
            let key = line.split(separator: ":", maxSplits: 1).first.map(String.init) ?? line
            for text in [line, key, key.trimmed, String(key.prefix(31)), String(key.prefix(30))] {
                guard let fast = MetadataReader.isASCIIKey(text) else {
                    #expect(text.utf8.contains { $0 >= 0x80 }, "\(text.debugDescription)")
                    continue
                }
                if fast { keys += 1 }
                #expect(fast == MetadataReader.isKeyByCharacters(text), "\(text.debugDescription)")
            }
        }
        #expect(keys > 500)
    }

    @Test func aHeadingsRemarksAreStrippedAsTheWholeCheckStripsThem() {
        var stripped = 0, states = 0
        for line in Self.lines {
            for text in [line, line.trimmed, line + " (graded)", line + " — done", "DRAFT " + line, "[Draft] " + line, line + " -x", line + "\t"] {
                let remark = HeadingRemark.strip(text)
                if remark != nil { stripped += 1 }
                #expect(remark == HeadingRemark.stripWhole(text), "\(text.debugDescription)")
                let state = HeadingRemark.stripLeadingState(text)
                if state != nil { states += 1 }
                #expect(state == HeadingRemark.stripLeadingStateWhole(text), "\(text.debugDescription)")
            }
        }
        #expect(stripped > 1_000)
        #expect(states > 1_000)
    }

    @Test func endsAreStrippedAsBeforeTheShortcut() {
        for line in Self.lines {
            for characters in [": ", ":-–—|", "*_", " "] {
                let reference = String(line.drop { characters.contains($0) }.reversed().drop { characters.contains($0) }.reversed())
                #expect(line.strippingEnds(characters) == reference, "\(line.debugDescription)")
            }
        }
    }

    @Test func aTitleSpacedOnceIsItsOwnSplitAndJoin() {
        var checked = 0
        for line in Self.lines where !line.utf8.contains(where: { $0 >= 0x80 }) && !line.hasPrefix(" ") && !line.hasSuffix(" ")
            && !line.containsBytes("  ") {
            checked += 1
            #expect(line.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ") == line, "\(line.debugDescription)")
        }
        #expect(checked > 1_000)
    }

    @Test func aTimeSetOffIsNeverTurnedAwayByItsByteTest() {
        for line in Self.lines {
            let separated = [" — ", " – ", " - ", ": ", " —", "— "].contains { line.range(of: $0) != nil }
            let bytes = line.containsByte(UInt8(ascii: ":")) || line.containsByte(UInt8(ascii: "-")) || line.containsBytes("—") || line.containsBytes("–")
            if separated { #expect(bytes, "\(line.debugDescription)") }
            if !bytes { #expect(WhenText.leading(line) == nil, "\(line.debugDescription)") }
        }
    }
}
