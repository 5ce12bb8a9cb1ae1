import BearingModel

/// A bullet list that is only metadata (`- Owner: Grace Hopper`, `- **Status:** at-risk`): an initiative's, or an
/// objective's written after its text. Pages show such a list as one line of fields rather than as a list of points.
package enum MetadataList {
    package static func isMetadata(_ block: Block) -> Bool {
        guard case .list(let ordered, let items) = block.kind, !ordered, !items.isEmpty else { return false }
        return items.allSatisfy { item in
            guard item.task == nil, item.blocks.count == 1, case .paragraph(let content) = item.blocks[0].kind else { return false }
            let text = content.plainText
            // Most lists hold no colon near their start: answered before any key is looked up.
            guard let colon = text.firstIndex(of: ":"), text.distance(from: text.startIndex, to: colon) <= 24,
                  text.index(after: colon) < text.endIndex else { return false }
            return MetadataKey(spelling: String(text[..<colon]).trimmed) != nil
        }
    }
}
