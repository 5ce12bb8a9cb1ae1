import Foundation

/// Ids derived from titles: lowercase ASCII words joined by hyphens, at most `maxWords` words
/// so that long sentence-titles still give ids a person can type.
package enum Slug {
    package static let maxWords = 8

    package static func make(_ title: String) -> String {
        // Folding only changes non-ASCII letters (the slug is lowercased below), and Foundation's folding is slow.
        let ascii = title.utf8.allSatisfy { $0 < 0x80 }
        var folded = ascii ? title
            : title.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en_US_POSIX"))
        // Chinese, Cyrillic, Greek, Arabic… would otherwise all lose every letter and share one id: spell them in
        // Latin letters. Latin-script titles keep their folded form, so existing ids do not move.
        if !ascii, hasNonLatinLetters(folded), let latin = folded.applyingTransform(Self.toASCII, reverse: false) {
            folded = latin
        }
        let slug = words(folded).prefix(maxWords).joined(separator: "-").lowercased()
        // Emoji and symbols have no spelling: a hash of the title keeps such ids distinct and stable across runs.
        return slug.isEmpty ? "untitled-" + hash(title) : slug
    }

    /// ICU's transliteration to Latin, then to plain ASCII (pinyin tones, `ʹ` and the like removed).
    private static let toASCII = StringTransform("Any-Latin; Latin-ASCII")

    private static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        for scalar in text.unicodeScalars {
            // ASCII letters and digits: what `CharacterSet.alphanumerics` holds below 0x80, without its costly getter.
            if Self.isASCIIAlphanumeric(scalar.value) {
                current.unicodeScalars.append(scalar)
            } else if scalar == "'" || scalar == "’" {
                continue
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// Whether a letter outside the Latin blocks remains (after folding, Latin letters are ASCII or Latin Extended).
    static func hasNonLatinLetters(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            scalar.value >= 0x250 && !(0x1E00...0x1EFF).contains(scalar.value) && !(0x2C60...0x2C7F).contains(scalar.value)
                && !(0xA720...0xA7FF).contains(scalar.value) && scalar.properties.isAlphabetic
        }
    }

    static func isASCIIAlphanumeric(_ value: UInt32) -> Bool {
        (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
    }

    /// Eight hex digits of the 32-bit FNV-1a hash of the UTF-8 text: stable across runs and machines, unlike
    /// Swift's seeded `Hasher`, so ids and file names built from it never change between builds.
    package static func hash(_ text: String) -> String {
        var value: UInt32 = 0x811C_9DC5
        for byte in text.utf8 {
            value ^= UInt32(byte)
            value = value &* 0x0100_0193
        }
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 8 - digits.count) + digits
    }
}
