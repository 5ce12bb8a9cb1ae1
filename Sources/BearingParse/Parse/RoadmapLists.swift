import BearingModel

/// Lists in a roadmap that are not items although they sit where items do: a table of contents (every entry
/// only a link) and a summary that names the file's own sections ("- Make the viewer fast" above
/// "## Make the viewer fast").
enum RoadmapLists {
    /// Every item is a link to a place in the site and nothing else (`- [Functionality](#Functionality)`, `- [](0_4.md)`).
    /// A list of links to other sites is a list of things (in-toto's "- [NPM](https://…)"), not contents.
    static func isContents(_ items: [ListItem]) -> Bool {
        !items.isEmpty && items.allSatisfy { item in
            guard item.blocks.count == 1, case .paragraph(let content)? = item.blocks.first?.kind else { return false }
            let meaningful = content.filter { if case .text(let text) = $0 { !text.trimmed.isEmpty } else { true } }
            return !meaningful.isEmpty && meaningful.allSatisfy { inline in
                guard case .link(let destination, _) = inline else { return false }
                return isLocal(destination)
            }
        }
    }

    private static let stopWords: Set<String> = ["and", "the", "for", "with", "our", "from", "into", "that", "this", "all"]

    private static func isLocal(_ destination: String) -> Bool {
        let lower = destination.lowercased()
        return !(lower.hasPrefix("http:") || lower.hasPrefix("https:") || lower.hasPrefix("mailto:") || lower.hasPrefix("//"))
    }

    /// More than half of the items restate another heading of the file: a summary of the sections below.
    static func isSummary(_ items: [ListItem], headings: [String]) -> Bool {
        guard items.count >= 2, !headings.isEmpty else { return false }
        let headingWords = headings.map(words).filter { $0.count >= 2 }
        var matching = 0
        var named = Set<Int>()
        for item in items {
            let text = Set(words(KeyResultCollector.text(of: item)))
            // A bold lead that is a heading's whole title names it, whatever follows ("**Phase 2: Tooling** - editor
            // support and better errors" above "### Phase 2: Tooling").
            let lead = boldLead(item).map { Set(words($0)) }
            // Both ways: the bullet covers most of the heading, and is mostly the heading (not a long sentence that
            // happens to use its words).
            if let index = headingWords.firstIndex(where: { heading in
                if let lead, !lead.isEmpty, lead == Set(heading) { return true }
                let shared = Double(heading.filter(text.contains).count)
                return shared / Double(heading.count) >= 0.6 && shared / Double(max(text.count, 1)) >= 0.5
            }) {
                matching += 1
                named.insert(index)
            }
        }
        // Several different sections named: one bullet that happens to share a heading's words is not a summary.
        return matching * 2 > items.count && named.count >= 2
    }

    /// The bold text a bullet starts with, if it does.
    private static func boldLead(_ item: ListItem) -> String? {
        guard case .paragraph(let content)? = item.blocks.first?.kind else { return nil }
        for inline in content {
            switch inline {
            case .strong(let bold): return bold.plainText
            case .text(let text) where text.trimmed.isEmpty: continue
            default: return nil
            }
        }
        return nil
    }

    /// Status symbols left out: ":green_circle: Provide …" does not restate "### Green :green_circle:".
    private static func words(_ text: String) -> [String] {
        Status.symbols(in: text).1.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
            .filter { $0.count >= 3 && !stopWords.contains($0) }
    }
}
