extension StringProtocol {
    /// Without white space and line breaks at either end, like Foundation's `.whitespacesAndNewlines` trimming;
    /// written over Unicode scalars because Foundation's version bridges through UTF-16 and showed up in profiles.
    package var trimmed: String { Trimming.trim(String(self), keepingNewlines: false) }

    /// Without spaces and tabs at either end (Foundation's `.whitespaces`); line breaks stay.
    package var trimmedSpaces: String { Trimming.trim(String(self), keepingNewlines: true) }
}

package enum Trimming {
    package static func trim(_ text: String, keepingNewlines: Bool) -> String {
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, isSpace(scalars[start], keepingNewlines) { start = scalars.index(after: start) }
        while start < end {
            let last = scalars.index(before: end)
            guard isSpace(scalars[last], keepingNewlines) else { break }
            end = last
        }
        return start == scalars.startIndex && end == scalars.endIndex ? text : String(text[start..<end])
    }

    /// Foundation's sets: `.whitespaces` is tab plus Unicode's space separators (Zs); `.whitespacesAndNewlines`
    /// adds U+000A–U+000D, U+0085 and the line and paragraph separators.
    package static func isSpace(_ scalar: Unicode.Scalar, _ keepingNewlines: Bool) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x200B: return true  // Foundation still counts the zero-width space
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return !keepingNewlines
        case 0..<0x80: return false
        default: return scalar.properties.generalCategory == .spaceSeparator
        }
    }
}

extension String {
    /// Runs of spaces and tabs as one space, and none at either end: "Pair with Lin Chen                 on pricing"
    /// (an MDX tag blanked out in place, so columns stay true) as a reader means it. Line breaks stay.
    package var singleSpaced: String {
        let bytes = utf8
        // Most texts have no run to collapse: return them as they are, without building a new string.
        var previousSpace = false, needed = false
        for byte in bytes {
            let space = byte == 0x20 || byte == 0x09
            if space && previousSpace { needed = true; break }
            previousSpace = space
        }
        guard needed else { return trimmedSpaces }
        var out = ""
        out.reserveCapacity(bytes.count)
        var pendingSpace = false
        for character in self {
            if character == " " || character == "\t" {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(character)
            }
        }
        return out
    }
}
