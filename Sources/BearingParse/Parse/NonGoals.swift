import BearingModel

/// What the strategy says it will not do: the items of its "Not in scope", "Non-goals", "Out of scope" or "What we
/// won't do" sections, for `bearing rank` to flag a proposal the strategy already ruled out.
package enum NonGoals {
    package struct Item: Hashable, Sendable {
        package var text: String
        package var section: String
        package var location: SourceLocation
    }

    package static func of(_ strategy: Strategy) -> [Item] {
        strategy.sections.filter { PrioritiesSection.isExclusion(PrioritiesSection.spaced($0.title)) }.flatMap { section in
            section.blocks.flatMap { block -> [Item] in
                switch block.kind {
                case .list(_, let items):
                    return items.compactMap { item in
                        guard let first = item.blocks.first else { return nil }
                        let text = first.plainText.trimmed
                        return text.isEmpty ? nil : Item(text: text, section: section.title,
                                                         location: SourceLocation(path: section.location.path, line: item.line, column: item.column))
                    }
                case .paragraph:
                    let text = block.plainText.trimmed
                    // "We will not:" introduces the list; it rules nothing out itself.
                    return text.isEmpty || text.hasSuffix(":") ? [] : [Item(text: text, section: section.title,
                                                     location: SourceLocation(path: section.location.path, line: block.line, column: block.column))]
                default: return []
                }
            }
        }
    }
}
