import BearingModel

/// A line or heading that labels the list under it with a status, as project roadmaps group their work inside each
/// period: "✅ **Completed**", "🔧 **In Progress**", "**In progress:**", "Completed:", "Next up", "### In progress". The
/// items listed under it stand so unless they say otherwise (a ticked box, a `Status:` of their own, a status symbol);
/// the label is no item. The whole line must be a status phrase in Bearing's status words (`Status(reading:)`), with
/// at most its symbols, bold and colon: "Done right" or "**Next steps**" label nothing.
enum StatusLabel {
    /// The status a one-line paragraph of plain, bold or italic text names; nil for any other block.
    static func status(of block: Block) -> Status? {
        guard case .paragraph(let content) = block.kind, block.line == block.endLine,
              content.allSatisfy(isPlain) else { return nil }
        return status(ofTitle: content.plainText)
    }

    /// The status a label's or heading's text names when that is all it says ("In progress", "🔧 In Progress:", "✅ Done").
    static func status(ofTitle title: String) -> Status? {
        guard mayName(title) else { return nil }
        return statusWithoutShortcut(ofTitle: title)
    }

    /// `status(ofTitle:)` without `mayName`, for the test that compares the two.
    static func statusWithoutShortcut(ofTitle title: String) -> Status? {
        var text = title.trimmed
        if text.hasSuffix(":") || text.hasSuffix("：") { text = String(text.dropLast()).trimmed }
        // A status symbol beside the words ("✅ Completed") agrees with them or is outweighed by them; decoration such as
        // 🔧 or 🚀 says nothing.
        let words = TitleLabel.stripTrailingSymbols(TitleLabel.stripLeadingSymbols(Status.symbols(in: text).1))
            .trimmingCharacters(in: CharacterSet(charactersIn: ":： "))
        let count = words.split(separator: " ").count
        guard (1...3).contains(count), words.allSatisfy({ $0.isLetter || $0 == " " || $0 == "-" || $0 == "'" || $0 == "’" }) else { return nil }
        return Status(reading: words)
    }

    /// Whether `title` may be a status label, decided on its bytes: every heading, label and one-line paragraph is
    /// asked, and the symbol tables and Unicode checks below cost 4 % of a build. Only whitespace, symbols (their ASCII
    /// is `:`, `_`, `(`, `)`, `/`, `!`) and the colon after the words are removed before the words must be letters,
    /// spaces, hyphens and apostrophes, so any other ASCII character rules a label out; and a word of ASCII letters set
    /// off by whitespace is no symbol, so four of them are more than the three words a label has.
    static func mayName(_ title: String) -> Bool {
        var words = 0, inWord = false, plainWord = true
        for byte in title.utf8 {
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                if inWord && plainWord { words += 1; if words > 3 { return false } }
                inWord = false; plainWord = true
                continue
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "-"), UInt8(ascii: "'"):
                break
            case UInt8(ascii: ":"), UInt8(ascii: "_"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "/"), UInt8(ascii: "!"), 0x80...:
                plainWord = false
            default:
                return false
            }
            inWord = true
        }
        return !(inWord && plainWord && words == 3)
    }

    private static func isPlain(_ inline: Inline) -> Bool {
        switch inline {
        case .text: true
        case .strong(let inner), .emphasis(let inner): inner.allSatisfy(isPlain)
        default: false
        }
    }
}

import Foundation
