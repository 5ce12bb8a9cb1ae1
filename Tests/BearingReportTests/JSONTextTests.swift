import Foundation
import Testing
@testable import BearingReport

@Suite("JSON text")
struct JSONTextTests {
    @Test("JSON string escaping copies runs whole and escapes exactly as the byte-by-byte reference does")
    func jsonEscaping() {
        let pieces = ["a", "é", "\"", "\\", "\n", "\r", "\t", "\u{8}", "\u{c}", "\u{1}", "\u{1f}", "/", "<", "</", "\u{2028}", "\u{2029}",
                      "\u{2026}", "—", "😀", " ", "<\u{2028}/"]
        var generator = SystemRandomNumberGenerator()
        var texts = pieces + ["", "plain text with nothing to escape"]
        for _ in 0..<2_000 {
            texts.append((0..<Int.random(in: 1...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined())
        }
        for text in texts {
            for forScript in [false, true] {
                var fast: [UInt8] = []
                JSONText.append(text, to: &fast, forScript: forScript)
                #expect(fast == Self.referenceJSON(text, forScript: forScript), "\(text.debugDescription) forScript: \(forScript)")
            }
        }
    }

    /// The escaping as first written, one byte at a time.
    static func referenceJSON(_ text: String, forScript: Bool) -> [UInt8] {
        var out: [UInt8] = [0x22]
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case 0x22: out += [0x5C, 0x22]
            case 0x5C: out += [0x5C, 0x5C]
            case 0x08: out += [0x5C, 0x62]
            case 0x09: out += [0x5C, 0x74]
            case 0x0A: out += [0x5C, 0x6E]
            case 0x0C: out += [0x5C, 0x66]
            case 0x0D: out += [0x5C, 0x72]
            case 0..<0x20: out += Array(String(format: "\\u%04x", Int(byte)).utf8)
            case 0x2F where forScript && index > 0 && bytes[index - 1] == 0x3C: out += [0x5C, 0x2F]
            case 0xE2 where forScript && index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                out += Array((bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                index += 2
            default: out.append(byte)
            }
            index += 1
        }
        return out + [0x22]
    }
}
