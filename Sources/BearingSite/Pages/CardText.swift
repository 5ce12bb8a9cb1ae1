import BearingModel

/// A card's first paragraph after the words its title already says.
enum CardText {
    /// The paragraph from where `title` stops, led by "…", when it opens with the title's words (a title cut short ends
    /// in "…"; line breaks count as spaces); nil when it does not, when a link or emphasis falls inside those words, or
    /// when little more than punctuation is left.
    static func after(_ title: String, in content: [Inline]) -> [Inline]? {
        let words = title.hasSuffix("…") ? String(title.dropLast()) : title
        var wanted = Substring(words.trimmed)
        guard wanted.count >= 3 else { return nil }
        var index = 0
        var rest = ""
        while index < content.count {
            let piece: String
            switch content[index] {
            case .text(let text): piece = text
            case .softBreak, .lineBreak: piece = " "
            default: return nil
            }
            index += 1
            var chars = Substring(piece)
            while let w = wanted.first, let c = chars.first {
                if w.isWhitespace, c.isWhitespace {
                    wanted = wanted.drop(while: \.isWhitespace)
                    chars = chars.drop(while: \.isWhitespace)
                } else if w == c {
                    wanted = wanted.dropFirst()
                    chars = chars.dropFirst()
                } else {
                    return nil
                }
            }
            if wanted.isEmpty {
                rest = String(chars)
                break
            }
        }
        guard wanted.isEmpty else { return nil }
        // ", which defines …", " – and …": the joint between the title's words and the rest is not worth keeping.
        let tail = rest.drop { $0.isWhitespace || ",;:–—-".contains($0) }
        let remaining = [Inline.text(String(tail))] + content[index...]
        guard remaining.plainText.trimmed.count(where: { $0.isLetter || $0.isNumber }) >= 2 else { return nil }
        return [.text("…" + tail)] + content[index...]
    }
}
