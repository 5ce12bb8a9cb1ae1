/// CommonMark's backslash escapes (`\-`, `1\.`, `0\)`, `\_`), which converters from word processors and web pages
/// (Google Docs' Markdown download, Turndown, pandoc) write before any punctuation that might read as syntax. Text read
/// from source lines rather than through cmark — field values on `Key: value` lines — shows them unless removed here,
/// and then `Priority: Self\-serve growth` names no priority.
enum BackslashEscapes {
    /// The text with each backslash before an ASCII punctuation character removed, as CommonMark renders it; a backslash
    /// before anything else (`DOMAIN\user`) stays, as does one inside a code span, where escapes do not apply.
    static func removed(from text: String) -> String {
        // The byte: Foundation's `contains` is a Unicode-aware search on Linux, and nearly no text holds a backslash.
        // (A backslash that is part of a larger character matches no `"\\"` below, so the text comes back as it was.)
        guard text.containsByte(UInt8(ascii: "\\")) else { return text }
        var result = ""
        result.reserveCapacity(text.count)
        var inCode = false
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "`" { inCode.toggle() }
            let next = text.index(after: index)
            if character == "\\", !inCode, next < text.endIndex, isEscapable(text[next]) {
                result.append(text[next])
                index = text.index(after: next)
                continue
            }
            result.append(character)
            index = next
        }
        return result
    }

    private static func isEscapable(_ character: Character) -> Bool {
        guard character.isASCII, let scalar = character.unicodeScalars.first else { return false }
        return (0x21...0x2F).contains(scalar.value) || (0x3A...0x40).contains(scalar.value)
            || (0x5B...0x60).contains(scalar.value) || (0x7B...0x7E).contains(scalar.value)
    }
}
