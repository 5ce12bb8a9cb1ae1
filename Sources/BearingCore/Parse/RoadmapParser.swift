/// Reads a roadmap: each H2 is a lane; items are H3 sections, or list items that start with a
/// bold title. An H3 whose body lists bold-titled items is a group of them rather than an item.
/// A short paragraph such as "End of Q1:" sets the period of the items after it.
public struct RoadmapParser: Sendable {
    public var config: WorkspaceConfig

    public init(config: WorkspaceConfig = WorkspaceConfig()) { self.config = config }

    /// What the parser carries while walking one lane.
    private struct Context {
        var roadmapID: String
        var lane: Lane
        var group: String?
        var year: Int?
        var period: String?
    }

    public func parse(_ document: MarkdownDocument) -> (Roadmap, [Diagnostic]) {
        var diagnostics = DiagnosticBag(path: document.path)
        diagnostics.append(document.diagnostics)
        let stem = FileName.stem(document.path)
        let id = document.frontMatter?["id"]?.string ?? Slug.make(stem)
        let title = document.title ?? stem
        let year = document.frontMatter?["year"]?.string.flatMap { Int($0) } ?? PeriodText.firstYear(title) ?? PeriodText.firstYear(stem)
        let (_, sections) = Section.split(document.blocks, level: 2, endLine: document.lines.count)
        var lanes: [Lane] = []
        var items: [RoadmapItem] = []
        for section in sections where !config.ignores(heading: section.title) {
            let (kind, period) = PeriodText.laneKind(section.title, year: year)
            let lane = Lane(title: TitleText.clean(section.title), kind: kind, period: period,
                            location: SourceLocation(path: document.path, line: section.line, column: section.column))
            lanes.append(lane)
            var context = Context(roadmapID: id, lane: lane, year: year, period: period)
            items += listItems(in: section.blocks, context: &context, document: document, diagnostics: &diagnostics)
            for sub in section.subsections where !config.ignores(heading: sub.title) {
                var groupContext = Context(roadmapID: id, lane: lane, group: TitleText.clean(sub.title), year: year, period: period)
                let grouped = listItems(in: sub.blocks, context: &groupContext, document: document, diagnostics: &diagnostics)
                items += grouped.isEmpty ? [headingItem(sub, context: context, document: document, diagnostics: &diagnostics)] : grouped
            }
        }
        return (Roadmap(id: id, path: document.path, title: title, lanes: lanes, items: items), diagnostics.items)
    }

    /// An H3 section as one item: its metadata at the top of the body.
    private func headingItem(_ section: Section, context: Context, document: MarkdownDocument,
                             diagnostics: inout DiagnosticBag) -> RoadmapItem {
        let (metadata, metadataEnd) = MetadataReader(document: document).read(section.blocks, diagnostics: &diagnostics)
        let bodyStart = metadataEnd.map { $0 + 1 } ?? section.bodyLine
        let title = TitleText.clean(section.title)
        return RoadmapItem(
            id: section.label ?? "\(context.roadmapID)/\(Slug.make(title))", roadmap: context.roadmapID, lane: context.lane.title,
            group: nil, period: period(metadata, context: context), title: title, metadata: metadata,
            body: document.source(from: bodyStart, through: section.endLine),
            location: SourceLocation(path: document.path, line: section.line, column: section.column), explicitID: section.label != nil)
    }

    /// Bold-titled list items among `blocks`, with period paragraphs applied in order.
    private func listItems(in blocks: [Block], context: inout Context, document: MarkdownDocument,
                           diagnostics: inout DiagnosticBag) -> [RoadmapItem] {
        var items: [RoadmapItem] = []
        for block in blocks {
            switch block.kind {
            case .paragraph(let content) where PeriodText.isPeriodLabel(content.plainText):
                context.period = PeriodText.normalize(content.plainText, year: context.year)
            case .list(_, let listItems):
                for item in listItems {
                    if let parsed = listItem(item, context: context, document: document, diagnostics: &diagnostics) { items.append(parsed) }
                }
            default:
                break
            }
        }
        return items
    }

    /// `- **Title.** text`, with metadata as a nested `Key: value` list or lines after the title.
    private func listItem(_ item: ListItem, context: Context, document: MarkdownDocument, diagnostics: inout DiagnosticBag) -> RoadmapItem? {
        guard case .paragraph(let content)? = item.blocks.first?.kind, let bold = TitleText.leadingBold(content) else { return nil }
        let reader = MetadataReader(document: document)
        var metadata = Metadata()
        var metadataLines: ClosedRange<Int>?
        for block in item.blocks.dropFirst() where reader.metadataLines(block) != nil {
            let (read, end) = reader.read([block], diagnostics: &diagnostics)
            metadata = read
            metadataLines = block.line...(end ?? block.endLine)
            break
        }
        // The body is the item's text without its metadata lines, as for objectives.
        let body = (item.line...max(item.line, item.endLine)).filter { !(metadataLines?.contains($0) ?? false) }
            .map { document.source(from: $0, through: $0) }.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        return RoadmapItem(
            id: item.label ?? "\(context.roadmapID)/\(Slug.make(bold.title))", roadmap: context.roadmapID, lane: context.lane.title,
            group: context.group, period: period(metadata, context: context), title: bold.title, metadata: metadata,
            body: body,
            location: SourceLocation(path: document.path, line: item.line, column: item.column), explicitID: item.label != nil)
    }

    /// The nearest period wins: the item's `Due:`, else the last period paragraph, else the lane's.
    private func period(_ metadata: Metadata, context: Context) -> String? {
        if let due = metadata.due, let normalized = PeriodText.normalize(due, year: context.year) { return normalized }
        return context.period
    }
}
