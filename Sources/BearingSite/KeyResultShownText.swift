import BearingModel

/// A key result's words as its page shows them: without the owner and status written after them (`— Owner: Jamie`,
/// `[at risk]`, `| Status: on track`) once they were read into its fields, which the page shows beside its progress.
/// Everything else stays as written, links and emphasis included.
enum KeyResultShownText {
    /// `content` less the trailing text that `result`'s owners or status were read from; `content` itself when nothing
    /// was read, or when the part to drop is not plain text at the end (it is then shown as written).
    static func content(_ content: [Inline], of result: KeyResult) -> [Inline] {
        guard !result.owners.isEmpty || result.status != nil, !result.text.isEmpty else { return content }
        let written = content.plainText
        guard let words = written.range(of: result.text, options: .backwards) else { return content }
        let tail = written[words.upperBound...]
        guard !tail.trimmed.isEmpty else { return content }
        var drop = tail.count
        var kept = content
        while drop > 0, let last = kept.last {
            switch last {
            case .text(let text) where text.count <= drop:
                drop -= text.count
                kept.removeLast()
            case .text(let text):
                kept[kept.count - 1] = .text(String(text.dropLast(drop)))
                drop = 0
            default:
                // "— Owner: **Jamie**": the read part holds markup; dropping a whole inline that is all tail is safe.
                var plain = ""
                last.appendPlainText(to: &plain)
                guard plain.count <= drop else { return content }
                drop -= plain.count
                kept.removeLast()
            }
        }
        if case .text(let text)? = kept.last {
            let trimmed = String(text.reversed().drop { $0 == " " }.reversed())
            if trimmed.isEmpty { kept.removeLast() } else { kept[kept.count - 1] = .text(trimmed) }
        }
        return kept
    }
}
