import BearingModel

/// A roadmap drawn as a board: a table whose columns are the lanes (`| Now | Next | Later |`, `| Q1 2027 | Q2 2027 |`,
/// `| In progress | Planned | Done |`) and whose cells are the items, as product teams copy one out of a slide or a
/// planning tool. A first column that is not a lane names each row's theme (`| Area | Now | Next |`): its cells group
/// the items beside them. A cell may hold several items, one per `<br>` line.
struct RoadmapLaneTable {
    struct Column {
        var header: TableCell
        var cells: [(cell: TableCell, group: String?)]
    }

    var columns: [Column]

    /// The table as lanes, or nil when its header does not name two or more lanes (any other table).
    /// `summaries`: whether the page's sections hold work of their own (lists, tables, sub-headings), so that a table
    /// whose headers link to them sums them up.
    init?(_ block: Block, year: Int?, summaries: Bool = true) {
        guard case .table(let header, let rows, _) = block.kind, header.count >= 2, PlanTable.items(in: block) == nil else { return nil }
        // "| [What's next](#whats-next) | [Future work](#future-work) |": headers that link to the page's own sections make
        // a summary of them (Backstage's roadmap), whose cells restate the items those sections hold: read there, once.
        // When those sections hold only prose ("## Now" saying what the lane means), the table is the board itself.
        guard !(summaries && Self.isSummary(header)) else { return nil }
        let isLane = header.map { Self.isLane($0.text, year: year) }
        // Every column a lane, or every one after a first column of row themes.
        let themed = !isLane[0] && !header[0].text.isEmpty
        let laneColumns = themed ? Array(header.indices.dropFirst()) : Array(header.indices)
        guard laneColumns.count >= 2, laneColumns.allSatisfy({ isLane[$0] }) else { return nil }
        columns = laneColumns.map { column in
            let cells = rows.filter { !PlanTable.isSeparator($0) }.flatMap { row -> [(cell: TableCell, group: String?)] in
                guard column < row.count else { return [] }
                let group = themed && !row[0].text.isEmpty ? TitleText.clean(row[0].text) : nil
                return Self.split(row[column]).map { ($0, group) }
            }
            return Column(header: header[column], cells: cells)
        }
    }

    /// A header a reader takes for a lane: a horizon ("Now", "Later", "In progress"), a period ("Q1 2027", "H2"), a
    /// release ("v2.0") or finished or given-up work ("Done", "Dropped").
    static func isLane(_ text: String, year: Int?) -> Bool {
        let title = TitleText.clean(TitleLabel.stripTrailingSymbols(TitleLabel.stripLeadingSymbols(Status.symbols(in: text).1)))
        guard !title.isEmpty else { return false }
        if RoadmapHeading.isDone(title) || RoadmapHeading.isDropped(title) || RoadmapHeading.underway(title) != nil
            || RoadmapHeading.isRelease(title) { return true }
        return RoadmapHeading.laneKind(title, year: year).0 != .theme
    }

    /// Headers that each link to a heading of the same page.
    static func isSummary(_ header: [TableCell]) -> Bool { header.allSatisfy(linksWithinPage) }

    /// Whether a section holds work a summary table could restate: a list, a table other than such a summary, or
    /// sub-headings.
    static func holdsWork(_ section: Section) -> Bool {
        !section.subsections.isEmpty || section.blocks.contains { block in
            switch block.kind {
            case .list: true
            case .table(let header, _, _): !isSummary(header)
            default: false
            }
        }
    }

    /// A cell that is one link to a heading of the same page (`[Future work](#future-work)`).
    static func linksWithinPage(_ cell: TableCell) -> Bool {
        let written = cell.content.filter { if case .text(let text) = $0 { !text.trimmed.isEmpty } else { true } }
        guard written.count == 1, case .link(let destination, _) = written[0] else { return false }
        return destination.hasPrefix("#") && destination.count > 1
    }

    /// The items of one cell: its lines between `<br>` tags (read as line breaks), each non-empty one an item.
    static func split(_ cell: TableCell) -> [TableCell] {
        var parts: [[Inline]] = [[]]
        for inline in cell.content {
            if case .lineBreak = inline { parts.append([]) } else if case .html(let tag) = inline, isBreak(tag) { parts.append([]) } else { parts[parts.count - 1].append(inline) }
        }
        return parts.map { TableCell(Self.trimmed($0), line: cell.line, column: cell.column) }.filter { !$0.text.isEmpty }
    }

    private static func isBreak(_ tag: String) -> Bool {
        let compact = tag.lowercased().filter { !$0.isWhitespace }
        return compact == "<br>" || compact == "<br/>"
    }

    /// Without the spaces left around a `<br>`.
    private static func trimmed(_ content: [Inline]) -> [Inline] {
        var content = content
        if case .text(let first)? = content.first { content[0] = .text(String(first.drop { $0.isWhitespace })) }
        if case .text(let last)? = content.last {
            content[content.count - 1] = .text(String(last.reversed().drop { $0.isWhitespace }.reversed()))
        }
        return content
    }
}

extension LaneReader {
    /// One lane per column of a board table, its cells read as bullets are: a status symbol, a bold title, a trailing
    /// period. The lanes keep the table's position in the file; a row theme is each item's group.
    func lanes(_ table: RoadmapLaneTable, fileStatus: Status?, diagnostics: inout DiagnosticBag) -> [Result] {
        table.columns.map { column in
            let (symbolStatus, bare) = Status.symbols(in: column.header.text)
            let title = TitleText.clean(TitleLabel.stripTrailingSymbols(TitleLabel.stripLeadingSymbols(bare)))
            var (kind, period) = RoadmapHeading.laneKind(title, year: year)
            let release = RoadmapPeriod.release(title, year: year)
            if let dated = release?.period ?? (period == title ? RoadmapPeriod.heading(title, year: year) : nil) { (kind, period) = (.period, dated) }
            var lane = Lane(title: title, kind: kind, period: period,
                            location: SourceLocation(path: document.path, line: column.header.line, column: column.header.column))
            var context = context(for: lane, fileStatus: fileStatus)
            if context.status == nil { context.give(symbolStatus ?? (release?.shipped == true ? .done : nil), from: .lane) }
            var groups: [LaneGroup] = []
            let items = column.cells.compactMap { cell, group -> RoadmapItem? in
                let paragraph = Block(.paragraph(cell.content), line: cell.line, column: cell.column, endLine: cell.line)
                let listItem = ListItem(blocks: [paragraph], line: cell.line, column: cell.column, endLine: cell.line)
                guard let bullet = RoadmapBullet.read(listItem) else { return nil }
                var cellContext = context
                cellContext.group = group
                if let group, !groups.contains(where: { $0.title == group }) { groups.append(LaneGroup(title: group, intro: [])) }
                var made = item(listItem, bullet: bullet, context: cellContext, status: context.given, diagnostics: &diagnostics)
                // The row's line holds the other columns too: the item's text is its own cell.
                made.body = cell.text
                return made
            }
            lane.groups = groups
            return Result(lane: lane, items: items, prose: nil, fromHeadings: false)
        }
    }
}
