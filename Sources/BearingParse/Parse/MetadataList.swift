import BearingModel

/// A bullet list that is only metadata (`- Owner: Grace Hopper`, `- **Status:** at-risk`): an initiative's, or an
/// objective's written after its text. Pages show such a list as one line of fields rather than as a list of points.
package enum MetadataList {
    package static func isMetadata(_ block: Block) -> Bool {
        guard case .list(let ordered, let items) = block.kind, !ordered, !items.isEmpty else { return false }
        return items.allSatisfy { item in
            guard item.task == nil, item.blocks.count == 1, case .paragraph(let content) = item.blocks[0].kind else { return false }
            return isField(content)
        }
    }

    /// The lines of a paragraph written as two or more `Key: value` lines of known keys (`**Owner:** Ana` then
    /// `Status: on track` under a key result's heading), nil for any other paragraph.
    package static func fieldLines(_ content: [Inline]) -> [[Inline]]? {
        guard content.contains(where: { $0 == .softBreak || $0 == .lineBreak }) else { return nil }
        let lines = content.lines.filter { !$0.plainText.trimmed.isEmpty }
        return lines.count >= 2 && lines.allSatisfy(isField) ? lines : nil
    }

    static func isField(_ content: [Inline]) -> Bool {
        let text = content.plainText
        // Most lines hold no colon near their start: answered before any key is looked up.
        guard let colon = text.firstIndex(of: ":"), text.distance(from: text.startIndex, to: colon) <= 24,
              text.index(after: colon) < text.endIndex else { return false }
        return MetadataKey(spelling: String(text[..<colon]).trimmed) != nil
    }
}
