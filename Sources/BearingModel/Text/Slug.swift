import Foundation

/// Ids derived from titles: lowercase ASCII words joined by hyphens, at most `maxWords` words
/// so that long sentence-titles still give ids a person can type.
package enum Slug {
    package static let maxWords = 8

    package static func make(_ title: String) -> String { make(title, maxWords: maxWords) }

    /// The slug of every word of `title`: the id a long title takes when its first `maxWords` words are another's
    /// (`DuplicateIDs`), so two titles that merely begin alike are told apart by the words that differ.
    package static func whole(_ title: String) -> String { make(title, maxWords: Int.max) }

    private static func make(_ title: String, maxWords: Int) -> String {
        // Folding only changes non-ASCII letters (the slug is lowercased below), and Foundation's folding is slow.
        let ascii = title.utf8.allSatisfy { $0 < 0x80 }
        var folded = ascii ? title
            : title.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en_US_POSIX"))
        // Chinese, Cyrillic, Greek, Arabic… would otherwise all lose every letter and share one id: spell them in
        // Latin letters. Latin-script titles keep their folded form, so existing ids do not move.
        if !ascii, hasNonLatinLetters(folded), let latin = folded.applyingTransform(Self.toASCII, reverse: false) {
            folded = latin
        }
        let slug = words(spelled(folded)).prefix(maxWords).joined(separator: "-").lowercased()
        // Emoji and symbols have no spelling: a hash of the title keeps such ids distinct and stable across runs.
        return slug.isEmpty ? "untitled-" + hash(title) : slug
    }

    /// The slug ids had before symbols were spelled (`C++` → `c`, `Beyond the &` → `beyond-the`): references written
    /// with it still find the item (`ReferenceIndex`). Nil when it is the slug `make` gives.
    package static func former(_ title: String) -> String? {
        guard needsSpelling(title) else { return nil }
        let ascii = title.utf8.allSatisfy { $0 < 0x80 }
        var folded = ascii ? title
            : title.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en_US_POSIX"))
        // Spelled in Latin letters as `make` does: "Платформа .NET" was `platforma-net`.
        if !ascii, hasNonLatinLetters(folded), let latin = folded.applyingTransform(Self.toASCII, reverse: false) {
            folded = latin
        }
        let slug = words(folded).prefix(maxWords).joined(separator: "-").lowercased()
        return slug.isEmpty || slug == make(title) ? nil : slug
    }

    /// Whether `spelled` may change the title: it holds `+`, `#`, `&`, or a `.` before a letter. Most titles hold none
    /// and are slugged as they always were, at the cost of one pass over their bytes.
    private static func needsSpelling(_ text: String) -> Bool {
        var previousDot = false
        for byte in text.utf8 {
            if byte == 0x2B || byte == 0x23 || byte == 0x26 { return true }  // + # &
            if previousDot, (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) { return true }
            previousDot = byte == 0x2E
        }
        return false
    }

    /// Symbols that are part of a name or are the subject, spelled so the id keeps them: `C++` → `cpp`, `C#` → `csharp`,
    /// `.NET` → `dotnet` (as GitHub's topics spell them), so "C" and "C++" no longer share an id; a symbol standing alone at
    /// the start or end of a title ("Beyond the `&`", Rust's goal about references) by its name. Between words a symbol
    /// joins them ("Research & Development", "R&D", "Tools + Infrastructure") and stays out of the id as it always has,
    /// so references written with those ids still find them; so does `#` before a number ("issue #42").
    static func spelled(_ text: String) -> String {
        guard needsSpelling(text) else { return text }
        var scalars = Array(text.unicodeScalars)
        scalars = spelledEdges(scalars)
        var out = String.UnicodeScalarView()
        var index = 0
        func isLetter(_ at: Int) -> Bool { at >= 0 && at < scalars.count && isASCIIAlphanumeric(scalars[at].value) && !(0x30...0x39).contains(scalars[at].value) }
        func isAlphanumeric(_ at: Int) -> Bool { at >= 0 && at < scalars.count && isASCIIAlphanumeric(scalars[at].value) }
        // The letters of the word that ends just before `at`.
        func wordLength(before at: Int) -> Int {
            var start = at
            while start > 0, isAlphanumeric(start - 1) { start -= 1 }
            return at - start
        }
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "+", index + 1 < scalars.count, scalars[index + 1] == "+", isLetter(index - 1),
               !(index + 2 < scalars.count && scalars[index + 2] == "+") {
                out.append(contentsOf: "pp".unicodeScalars)  // C++, g++, C++20
                index += 2
                continue
            }
            if scalar == "#", isLetter(index - 1), wordLength(before: index) <= 2, !isAlphanumeric(index + 1) {
                out.append(contentsOf: "sharp".unicodeScalars)  // C#, F#; not "PR#12" nor "#growth"
                index += 1
                continue
            }
            if scalar == ".", isLetter(index + 1), index == 0 || !(isAlphanumeric(index - 1) || scalars[index - 1] == ".") {
                out.append(contentsOf: "dot".unicodeScalars)  // .NET; not "v1.2" nor "wait...what"
                index += 1
                continue
            }
            out.append(scalar)
            index += 1
        }
        return String(out)
    }

    /// Names of the symbols a title may start or end with as a word of its own. Only these two: `?` and `!` (French puts
    /// a space before them), `%`, `*` (a footnote), `<`, `=` and dashes (`< 200 ms`, `- Phase 2`) begin or end
    /// titles for other reasons, and ids made from such titles must not move.
    private static let symbolNames: [Unicode.Scalar: String] = ["&": "ampersand", "+": "plus"]

    /// The title with a first or last word made only of named symbols (`&`, `&&`) spelled by their names.
    private static func spelledEdges(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isWhitespace }
        let words = scalars.split(whereSeparator: isSpace)
        guard words.count > 1, let first = words.first, let last = words.last else { return scalars }
        func named(_ word: ArraySlice<Unicode.Scalar>) -> [Unicode.Scalar]? {
            guard word.allSatisfy({ symbolNames[$0] != nil }) else { return nil }
            return Array(word.compactMap { symbolNames[$0] }.joined(separator: " ").unicodeScalars)
        }
        var result = scalars
        // The last first, so the first's range stays where it is.
        if let spelled = named(last) { result.replaceSubrange(last.startIndex..<last.endIndex, with: spelled) }
        if let spelled = named(first) { result.replaceSubrange(first.startIndex..<first.endIndex, with: spelled) }
        return result
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
