import BearingModel

/// A key result's words as its page shows them: without the owner, status and weight written after them (`— Owner: Jamie`,
/// `[at risk]`, `| Status: on track`, `[Target: 60%, Weight: 40%]`) once they were read into its fields, which the page
/// shows beside its progress.
/// Everything else stays as written, links and emphasis included.
enum KeyResultShownText {
    /// `content` less the trailing text that `result`'s owners or status were read from; `content` itself when nothing
    /// was read, or when the part to drop is not plain text at the end (it is then shown as written).
    static func content(_ content: [Inline], of result: KeyResult) -> [Inline] {
        guard !result.owners.isEmpty || result.status != nil || result.weight != nil, !result.text.isEmpty else { return content }
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

    /// The target a bracket beside its weight gave (`[Target: 60%, Weight: 40%]`), which the page shows with the weight
    /// since the bracket is not shown: a weighted key result whose only figure is a target. A key result with Target
    /// and Weight lines under it has them shown there too, as its Owner line's name is beside its progress.
    static func bracketTarget(of result: KeyResult) -> String? {
        guard result.weight != nil, let figures = result.figures, figures.baseline == nil, figures.current == nil else { return nil }
        return figures.target
    }
}
