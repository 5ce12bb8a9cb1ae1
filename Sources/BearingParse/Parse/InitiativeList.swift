import BearingModel
import Foundation

/// A heading inside an objective that only labels its initiatives ("### Initiatives", "### Key initiatives") over a
/// list, or such a label line over one (`**Key Initiatives:**`): each bullet is one initiative. A bullet that is only a bold label over a nested list ("**Feature work in
/// scope:**" with its features beneath) stands for the nested bullets.
enum InitiativeList {
    private static let labels: Set<String> = [
        "initiatives", "key initiatives", "our initiatives", "planned initiatives", "supporting initiatives", "main initiatives",
        "initiatives planned", "projects", "key projects", "workstreams", "key workstreams",
    ]

    static func namesInitiatives(_ title: String) -> Bool {
        let label = KeyResultLabel.normalize(TitleLabel.stripLeadingSymbols(title))
        if labels.contains(label) { return true }
        // "### Initiatives (실행 방안)": the label with its translation (or a remark) in brackets after it. (A `)` first, byte
        // for byte: every paragraph over a list comes here, and Foundation's trimming of its words showed in a cold build.)
        guard title.containsByte(UInt8(ascii: ")")) else { return false }
        let written = title.trimmed.trimmingCharacters(in: CharacterSet(charactersIn: ":*_ "))
        guard written.hasSuffix(")"), let open = written.firstIndex(of: "("), open > written.startIndex else { return false }
        return labels.contains(KeyResultLabel.normalize(TitleLabel.stripLeadingSymbols(String(written[..<open]))))
    }

    /// The initiatives the section's lists hold, each with the nested text under its bullet; nil when the section holds
    /// no list, or anything besides lists and paragraphs (then it is read as one initiative, as any other heading is).
    static func initiatives(in section: Section, objectiveID: String, document: MarkdownDocument) -> [Initiative]? {
        guard section.blocks.contains(where: { if case .list = $0.kind { true } else { false } }),
              section.blocks.allSatisfy({ block in
                  switch block.kind {
                  case .list, .paragraph, .thematicBreak: true
                  default: false
                  }
              }) else { return nil }
        var unused = DiagnosticBag(path: document.path)
        let found = initiatives(inLists: section.blocks, objectiveID: objectiveID, document: document, diagnostics: &unused)
        return found.isEmpty ? nil : found
    }

    /// "**Key Initiatives:**" over a list in an objective's text: the lists such a label introduces.
    static func labelledLists(_ blocks: [Block]) -> [Block] {
        blocks.indices.dropFirst().compactMap { index in
            guard case .list = blocks[index].kind, case .paragraph(let label) = blocks[index - 1].kind,
                  namesInitiatives(label.plainText) else { return nil }
            return blocks[index]
        }
    }

    /// Lists of work written under an objective with no label over them: every item a bold title over a nested list of its
    /// own fields, an owner, a status or a date among them (a team's quarterly plan lists "1. **What You Get Calculator**
    /// (XS, P1)" over `- **Owner:** Tomas Herrera` and `- **Status:** ✅ All in-scope work shipped`, under "**Completed/Near
    /// Complete (January):**"). Each item is a piece of work with its own owner and status, as an H4 with fields would be;
    /// read as the objective's text, the team's work had no owner, status or place in the plan.
    /// A list of one such item counts when the section holds two or more in all ("**In Progress:**" over the one item in
    /// progress, "**Upcoming:**" over the rest). Not under a label that says the bullets are about the objective
    /// ("**Risks:**", "**Decisions:**", "**Dependencies:**"): a risk or a decision has an owner and a date too, and is no work.
    static func fieldedLists(_ blocks: [Block], reader: MetadataReader) -> [Block] {
        let lists = blocks.indices.filter { index in
            let block = blocks[index]
            guard case .list(_, let items) = block.kind, !items.isEmpty else { return false }
            if index > 0, case .paragraph(let label) = blocks[index - 1].kind, KeyResultLabel.role(of: label.plainText) == .context {
                return false
            }
            return items.allSatisfy { item in
                guard case .paragraph(let content)? = item.blocks.first?.kind, TitleText.leadingBold(content) != nil,
                      item.blocks.count >= 2, case .list = item.blocks[1].kind,
                      let lines = reader.metadataLines(item.blocks[1]) else { return false }
                return lines.contains { line in MetadataKey(spelling: line.key).map { [.owners, .status, .due].contains($0) } ?? false }
            }
        }.map { blocks[$0] }
        let count = lists.reduce(0) { count, list in if case .list(_, let items) = list.kind { count + items.count } else { count } }
        return count >= 2 ? lists : []
    }

    /// One initiative per bullet of the lists among `blocks`, with the text after its bold lead and the nested text under it.
    /// With a `reader`, the fields nested under a bullet (`- **Owner:** …`) are the initiative's metadata.
    static func initiatives(inLists blocks: [Block], objectiveID: String, document: MarkdownDocument,
                            reader: MetadataReader? = nil, diagnostics: inout DiagnosticBag) -> [Initiative] {
        var found: [Initiative] = []
        var copies: [String: Int] = [:]
        func add(_ item: ListItem) {
            let text = KeyResultCollector.text(of: item)
            // "**Feature work in scope:**" over its features: the label groups them, each is an initiative.
            if text.hasSuffix(":"), item.blocks.count > 1, case .list(_, let nested)? = item.blocks.last?.kind {
                nested.forEach(add)
                return
            }
            // "**Backstage as Central IDP**: Deploy a portal…" is titled by its bold lead, the rest its text; a plain
            // bullet is its own title, whole, as a heading's words are.
            var lead: (title: String, rest: String)?
            if case .paragraph(let content)? = item.blocks.first?.kind { lead = TitleText.leadingBold(content) }
            let title = (lead?.title ?? TitleText.clean(text)).trimmingCharacters(in: CharacterSet(charactersIn: ": "))
            guard !title.isEmpty else { return }
            let base = Slug.make(title)
            let copy = (copies[base] ?? 0) + 1
            copies[base] = copy
            let rest = Array(item.blocks.dropFirst())
            let nested = rest.first.map { document.source(from: $0.line, through: item.endLine) } ?? ""
            let body = [lead?.rest ?? "", nested].filter { !$0.trimmed.isEmpty }.joined(separator: "\n\n")
            var metadata = Metadata()
            if let reader { metadata = reader.read(rest, diagnostics: &diagnostics).0 }
            if let task = item.task { metadata.status = task ? .done : nil }
            found.append(Initiative(
                id: "\(objectiveID)/\(copy == 1 ? base : "\(base)-\(copy)")", title: title, metadata: metadata, keyResults: [],
                body: body, location: SourceLocation(path: document.path, line: item.line, column: item.column), blocks: rest))
        }
        for block in blocks {
            guard case .list(_, let items) = block.kind else { continue }
            items.forEach(add)
        }
        return found
    }
}
