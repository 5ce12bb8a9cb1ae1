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

    private static func isPlain(_ inline: Inline) -> Bool {
        switch inline {
        case .text: true
        case .strong(let inner), .emphasis(let inner): inner.allSatisfy(isPlain)
        default: false
        }
    }
}

import Foundation
