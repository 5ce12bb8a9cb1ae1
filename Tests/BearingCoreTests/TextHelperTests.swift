import Foundation
import Testing
@testable import BearingCore

@Suite("Text helpers")
struct TextHelperTests {
    @Test("trims exactly what Foundation's whitespace sets trim, for every scalar of the Basic Multilingual Plane")
    func matchesFoundation() {
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = String(scalar) + "a" + String(scalar) + " b" + String(scalar) + String(scalar)
            #expect(text.trimmed == text.trimmingCharacters(in: .whitespacesAndNewlines), "U+\(String(value, radix: 16))")
            #expect(text.trimmedSpaces == text.trimmingCharacters(in: .whitespaces), "U+\(String(value, radix: 16))")
        }
        #expect("".trimmed == "" && " \r\n\t ".trimmed == "" && "\u{3000}x\u{2029}".trimmed == "x")
    }

    @Test("replacingAll replaces like Foundation's replacingOccurrences")
    func replacing() {
        let cases = [("1,200_000", ",", ""), ("a and b and", " and ", ","), ("in_progress", "_", "-"), ("", ",", ""), ("ééé,é", ",", "; "),
                     ("aaaa", "aa", "b"), ("x & y & z", " & ", ","), ("—_—", "_", " ")]
        for (text, needle, replacement) in cases {
            #expect(text.replacingAll(needle, with: replacement) == text.replacingOccurrences(of: needle, with: replacement), "\(text)")
        }
    }
}
