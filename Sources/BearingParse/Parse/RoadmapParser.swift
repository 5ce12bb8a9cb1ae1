import BearingModel

/// Reads a roadmap in the shapes real teams write (docs/format.md, "Roadmaps"):
///
/// - each H2 is a lane (H1s when the file has no H2): a horizon, a period or a theme; sections that describe the
///   roadmap (introduction, legend, how we work, review schedule, staffing…) are not lanes (`RoadmapHeading`);
/// - items are H3 sections, list items (bold-led or plain, each top-level bullet one item), and rows of a table whose
///   first column is a title; an H3 or H4 whose body is lists is a group of the items in them, not an item;
/// - a status symbol at the start of an item, a `DocTeam:` lead-in, a trailing "(mid 2022)" or ": TBD", a period
///   paragraph ("End of Q2:", "Immediate term:") or heading ("### 2024") and a lane of finished work fill the item's
///   status, team and period;
/// - a file whose items are headings makes a prose-only theme H2 an item too (in-toto's yearly roadmaps).
package struct RoadmapParser: Sendable {
    package var config: WorkspaceConfig

    package init(config: WorkspaceConfig = WorkspaceConfig()) { self.config = config }

    /// What the parser carries while walking one lane.
    struct Context {
        var roadmapID: String
        var lane: Lane
        var group: String?
        var year: Int?
        var period: String?
        /// Done for a lane or file of finished work, or after a "completed recently:" lead-in; on track in an "Ongoing"
        /// lane. Set through `give`, so that `statusFrom` says which.
        var status: Status?
        var statusFrom: StatusOrigin?
        /// The headings of the whole file, to tell a summary list from items.
        var headings: RoadmapLists.Headings

        /// The status an item that states none takes here, and what gave it.
        var given: (Status, StatusOrigin)? { status.map { ($0, statusFrom ?? .lane) } }

        mutating func give(_ status: Status?, from origin: StatusOrigin) {
            self.status = status
            statusFrom = status == nil ? nil : origin
        }
    }

    /// The page's one lane split into a lane per period, when every item gives its own period (a row's Quarter,
    /// Timeline or When cell) and they name two or more; nil otherwise. Lanes follow the periods' order when each is a
    /// quarter or a year, else the order the rows first name them; the page's intro leads the first.
    static func periodLanes(_ page: LaneReader.Result, year: Int?) -> [LaneReader.Result]? {
        let items = page.items
        guard items.count >= 2 else { return nil }
        var order: [String] = []
        for item in items {
            guard let due = item.metadata.due, let period = PeriodText.normalize(due, year: year), period == item.period else { return nil }
            if !order.contains(period) { order.append(period) }
        }
        guard order.count >= 2 else { return nil }
        if order.allSatisfy({ calendarPeriod.matches($0) }) { order.sort() }
        return order.enumerated().map { index, period in
            let own = items.filter { $0.period == period }.map { item in
                var item = item
                item.lane = period
                return item
            }
            var lane = Lane(title: period, kind: .period, period: period, location: own.first?.location ?? page.lane.location)
            if index == 0 { lane.intro = page.lane.intro }
            return LaneReader.Result(lane: lane, items: own, prose: nil, fromHeadings: false)
        }
    }

    /// "2027-Q1", "2027": periods whose written form sorts in time order.
    static let calendarPeriod = Pattern(#"^\d{4}(?:-Q[1-4])?$"#)

    package func parse(_ written: MarkdownDocument) -> (Roadmap, [Diagnostic]) {
        // `#### Expected Delivery: Q4 2022` under an item is its field, as the line is (`FieldHeadings`).
        let document = FieldHeadings.lowered(written.withHandNumberedLists())
        var diagnostics = DiagnosticBag(path: document.path)
        diagnostics.append(document.diagnostics)
        let stem = FileName.pageStem(document.path)
        var id = document.frontMatter?["id"]?.string ?? Slug.make(stem)
        // "# Next version feature Preview:" introduces the list below it; the colon is not part of the roadmap's name.
        var title = document.title.map { $0.hasSuffix(":") ? String($0.dropLast()).trimmed : $0 }
        var (intro, sections) = Self.lanes(document)
        // One page of a Notion database of work: its one item, in the lane its period or status gives, of the roadmap
        // that the database's pages make together.
        let databasePage = NotionDatabasePage.roadmapItemPage(document)
        if let page = databasePage {
            (intro, sections) = Section.split(page.blocks, level: 2, endLine: document.lines.count, skippedLevels: true)
            id = page.id
            title = page.title
        }
        if let readme = ReadmeRoadmap.take(sections, path: document.path) {
            sections = readme.roadmap
            let names = readme.others.map { "“\(TitleText.clean($0.title))”" }
            let shown = names.prefix(4).joined(separator: ", ") + (names.count > 4 ? " and \(names.count - 4) more" : "")
            diagnostics.note(.skippedSection, "read as a README: its \(readme.roadmap.count == 1 ? "roadmap section is" : "roadmap sections are") the plan; \(shown) \(names.count == 1 ? "is" : "are") about the project and not read as roadmap items",
                             line: readme.others[0].line, column: readme.others[0].column,
                             fix: "to read a section as work, move it under the roadmap's heading")
        }
        // "# Front-end Priorities", "# Back-end Priorities" as the lanes (Thunderbird's roadmap, titled only in GitBook's
        // sidebar): the first of them is a lane, not the name of the whole roadmap, which is then its file's name.
        if document.frontMatter?["title"]?.string == nil, let first = sections.first, first.level == 1,
           first.title == title, sections.count >= 2 {
            title = nil
        }
        let year = RoadmapYear.find(document, title: title, stem: stem, intro: intro)
        // True when the file has no lanes and its one lane is the page itself, named after its title.
        var pageLane = false
        // A file with no headings but its title, whose lists follow period labels ("Quarter 1 of 2024: **Governance**"),
        // is one lane: the labels set its items' periods.
        // So is a file whose plan is one table under its title (`| Milestone | Ends | Status |`, no lanes): its rows are
        // the items, not "a table before the first lane".
        // So is a file that is its list of work and nothing more ("- implement basic server and client" …, under a title
        // or a sentence at most): a reader sees the items, and there is no lane they could belong to but this one.
        // Lists each under a short label and no headings ("Immediate:" over two bullets, "Longer term:" over two more)
        // are a lane per label.
        if sections.isEmpty, !Self.hasPeriodLabelledList(intro, year: year), let labelled = Self.labelledLanes(intro, document: document) {
            (intro, sections) = labelled
        }
        // So is a table of items above sections that only say how the plan is run ("## Gouvernance et suivi").
        let itemTable = intro.contains(where: { !(PlanTable.items(in: $0)?.isEmpty ?? true) })
        let onlyAsides = !sections.isEmpty && sections.allSatisfy { Self.isAside($0) || RoadmapHeading.isLegend($0) }
        // So is a checklist above sections that only draw it ("## ガントチャート" over a Mermaid gantt of the same tasks):
        // the list is the plan, the chart a picture of it.
        let onlyCharts = !sections.isEmpty && sections.allSatisfy(Self.holdsOnlyCharts)
        if sections.isEmpty || (onlyAsides && itemTable) || onlyCharts, Self.hasPeriodLabelledList(intro, year: year) || itemTable
            || Self.hasWorkList(intro, document: document),
           let first = intro.first(where: Self.isContent) {
            sections = [Section(title: title ?? stem, level: 2, label: nil, line: first.line, column: first.column,
                                endLine: sections.first.map { $0.line - 1 } ?? document.lines.count, blocks: intro, subsections: [])] + sections
            intro = []
            pageLane = true
        }
        let headings = RoadmapLists.Headings(Self.headingTitles(document.blocks))
        var reader = LaneReader(parser: self, document: document, roadmapID: id, year: year, headings: headings)
        reader.groupTitles = reader.groupTitles(in: sections)
        reader.archiveLine = Self.kanbanArchive(document)
        reader.titlePeriod = title.flatMap { RoadmapPeriod.heading($0, year: year) }.flatMap { $0.contains("-Q") || $0.contains("-H") ? $0 : nil }
        // A file with no H1 whose first H2 holds no items is titled by that H2 (astropy's "## The Astropy Roadmap").
        var scratch = DiagnosticBag(path: document.path)
        if title == nil, let first = sections.first, first.subsections.isEmpty, !intro.contains(where: Self.isContent),
           reader.lane(first, fileStatus: nil, diagnostics: &scratch).items.isEmpty {
            title = TitleText.clean(first.title)
            intro += first.blocks
            sections.removeFirst()
        }
        let title_ = title ?? stem
        // "Roadmap Completed Items" is done throughout, unless its title is also its first lane.
        let titleIsLane = sections.first.map { $0.level == 1 } ?? false
        // So is "# In Progress" ("Work that is currently underway.", one page of a generated roadmap beside "Upcoming
        // Roadmap"): on track throughout — the whole title only, since "Active Roadmap" names the plan.
        let fileStatus: Status? = titleIsLane ? nil : RoadmapHeading.isDone(title_) ? .done : RoadmapHeading.isUnderwayPage(title_) ? .onTrack : nil
        // A board (`| Now | Next | Later |`) before any lane is the roadmap's lanes, not a table the intro shows.
        let introCharts = Self.gantts(in: &intro).flatMap { reader.lanes($0, fallback: title_, fileStatus: fileStatus) }
        // A table whose headers link to the page's sections sums them up only when they hold work of their own.
        let summaries = sections.contains(where: RoadmapLaneTable.holdsWork)
        var lanes = Self.boards(in: &intro, year: year, summaries: summaries).flatMap { reader.lanes($0, fileStatus: fileStatus, diagnostics: &diagnostics) }
            + introCharts
        // So is a table of items whose rows each name their period (`| Item | Quarter | … |` above `## Later`): each row
        // says where it goes, so it needs no lane above it.
        lanes += Self.datedTables(in: &intro, page: title_, reader: reader, fileStatus: fileStatus, diagnostics: &diagnostics)
        // The lines of the chart tasks read as items, to fold those that restate an item of a list into it.
        var chartLines = Set(introCharts.flatMap(\.items).map(\.location.line))
        reader.warnUnread(intro, diagnostics: &diagnostics)
        // "---" then "*This roadmap is automatically generated from PROJECT_STATUS.md*" / "*Last updated: 2025-08-14*" at
        // the end of the file, after the last group's list: the page's footer, shown below the board with the notes
        // rather than as the text of the group it happens to follow.
        let footer = Self.takeFooter(&sections)?.blocks ?? []
        // "## Epic List" over "### Epic 1: Account Creation" before "## Epic 1: Account Creation" itself: a list of the
        // file's own lanes, whose entries introduce those lanes rather than adding items.
        let index = RoadmapLaneIndex.take(&sections)
        var notes: [Block] = index.notes
        var asides: [Section] = []
        var skipped: [SkippedWork] = []
        for var section in sections where !config.ignores(heading: section.title) {
            if Self.isAside(section) || RoadmapHeading.isLegend(section) {
                notes += document.blocks(from: section.line, through: section.endLine)
                asides.append(section)
                if !RoadmapHeading.isLegend(section), let held = Self.skippedWork(section) {
                    skipped.append(held)
                    // A section named for the roadmap's themes ("Focus Areas") is the one aside a writer often means
                    // as work (Shipwright's four areas): said at its heading even beside lanes that are read.
                    if held.themes {
                        diagnostics.warning(.skippedSection, "“\(held.title)” is not read as a lane: it is taken for \(held.reason), so its \(held.what) \(held.count == 1 ? "is" : "are") shown as a note, not as roadmap items",
                                            line: section.line, column: section.column,
                                            fix: "if it holds work, rename the heading as a lane (`## Themes`, `## Now`, `## 2026-Q3`); to skip it without this warning, add it to `ignore_headings` in bearing.yml")
                    }
                }
                continue
            }
            // A team roadmap's own "## Priorities" list says what its work serves: shown with the roadmap, not as items.
            if section.level <= 2, RoadmapHeading.isOwnPriorities(section.title) {
                notes += document.blocks(from: section.line, through: section.endLine)
                asides.append(section)
                diagnostics.note(.skippedSection, "\"\(TitleText.clean(section.title))\" is the roadmap's own priorities: shown with the roadmap, not read as roadmap items",
                                 line: section.line, column: section.column,
                                 fix: "to link work to them, make them the strategy's priorities (or sub-priorities) and name them on the items with `Priorities:`")
                continue
            }
            // A board in a section ("## 2027" over `| Q1 | Q2 |`) gives its columns as lanes; what else the section holds
            // is read as a lane as before, and its prose alone introduces the board's first lane.
            let charts = Self.gantts(in: &section.blocks).flatMap { reader.lanes($0, fallback: TitleText.clean(section.title), fileStatus: fileStatus) }
            chartLines.formUnion(charts.flatMap(\.items).map(\.location.line))
            let boards = Self.boards(in: &section.blocks, year: year, summaries: summaries).flatMap { reader.lanes($0, fileStatus: fileStatus, diagnostics: &diagnostics) }
                + charts
            guard !boards.isEmpty else {
                lanes.append(reader.lane(section, fileStatus: fileStatus, diagnostics: &diagnostics))
                continue
            }
            var own = reader.lane(section, fileStatus: fileStatus, diagnostics: &diagnostics)
            if own.items.isEmpty {
                var first = boards
                first[0].lane.intro = own.lane.intro + first[0].lane.intro
                lanes += first
            } else {
                own.prose = nil
                lanes += [own] + boards
            }
        }
        RoadmapLaneIndex.introduce(&lanes, with: index.intros)
        // A Notion or Confluence export is one table under the page's title, every row with its Quarter (or Timeline):
        // the periods are the roadmap's lanes, as `## 2027-Q1` headings would be, not one lane named after the page.
        if pageLane, lanes.count == 1, let split = Self.periodLanes(lanes[0], year: year) { lanes = split }
        // Items written as headings make a prose-only theme lane an item of its own, as in-toto's yearly roadmaps do.
        let headingItems = lanes.contains(where: \.fromHeadings)
        var items: [RoadmapItem] = []
        for index in lanes.indices {
            let entry = lanes[index]
            if entry.items.isEmpty, headingItems, let prose = entry.prose {
                items.append(reader.headingItem(prose, context: reader.context(for: entry.lane, fileStatus: fileStatus), diagnostics: &diagnostics))
                // Its prose is the item's body now; the lane need not say it again.
                lanes[index].lane.intro = []
            } else {
                items += entry.items
                for table in entry.unreadTables { Self.warnUnreadTable(table, lane: entry.lane.title, diagnostics: &diagnostics) }
            }
        }
        // A chart's task that restates an item of the file's lists adds its dates to that item instead of repeating it.
        let charted = RoadmapGantt.fold(items, chartLines: chartLines)
        items = charted.items
        lanes.removeAll { charted.emptied.contains($0.lane.title) && $0.lane.intro.isEmpty }
        // A file with no lane of items whose plan is a table in a section about it (Rust's "## Motivation" › "### How we
        // get there" over `| Goal | Timespan | What and why |`): the table's rows are the items, its heading their lane.
        if items.isEmpty {
            let tables = reader.planTables(in: asides, fileStatus: fileStatus, diagnostics: &diagnostics)
            lanes += tables
            items = tables.flatMap(\.items)
        }
        // A schedule table restating the file's own items ("## Project schedule") fills them in rather than adding them
        // again; a lane left with nothing is not shown empty.
        let restated = RestatedRows.merge(items, rowTables: RestatedRows.rowTables(in: document.blocks))
        items = restated.items
        // The table says more than the items took from it (Kata's Progress Summary: each milestone's count of plans): the
        // lane's section, table and text, goes with the notes, as an aside does, rather than nowhere (or, with a line of
        // text, a lane of that line alone).
        var summarized: Set<String> = []
        for entry in lanes where restated.emptied.contains(entry.lane.title) {
            guard let section = sections.first(where: { $0.line == entry.lane.location.line }) else { continue }
            notes += document.blocks(from: section.line, through: section.endLine)
            summarized.insert(entry.lane.title)
        }
        lanes.removeAll { restated.emptied.contains($0.lane.title) && ($0.lane.intro.isEmpty || summarized.contains($0.lane.title)) }
        // A piece of work written in two sections (a milestone list and a heading over its phases, a checklist and a
        // details section) is one item; a summary list's ticks are the status of the headings it restates.
        let headingLines = Set(document.blocks.compactMap { block -> Int? in if case .heading = block.kind { block.line } else { nil } })
        let copies = RestatedItems.merge(RestatedItems.summaryStatuses(items, document: document, headings: headings),
                                         headingLines: headingLines, diagnostics: &diagnostics)
        items = RestatedItems.describe(copies.items)
        lanes.removeAll { copies.emptied.contains($0.lane.title) && $0.lane.intro.isEmpty }
        items = Self.uniqueIDs(NoteTitles.tidy(items, document: document), diagnostics: &diagnostics)
        // A raw HTML `<table>` is markup to Markdown: its rows are said, not silently lost.
        for (table, rows) in HTMLTable.tables(in: document.blocks) {
            diagnostics.warning(.unreadRoadmapItems, "an HTML table is not read as roadmap items; its \(rows) row\(rows == 1 ? "" : "s") \(rows == 1 ? "is" : "are") skipped",
                                line: table.line, column: table.column,
                                fix: "write it as a Markdown table (`| Lane | 2026-Q1 | 2026-Q2 |`) or as a list under H2 lanes (`## 2026-Q1`)")
        }
        // Headings count as content here: a roadmap of only its title (or of empty lanes) was started and is empty.
        if items.isEmpty, document.blocks.contains(where: { if case .heading = $0.kind { true } else { Self.isContent($0) } }),
           !diagnostics.items.contains(where: { $0.code == .unreadRoadmapItems }) {
            if !skipped.isEmpty {
                // The file has lists under H2s, so "put the work under H2 lanes" would tell the writer to do what they
                // did: say which headings were skipped and what they were taken for.
                let named = skipped.prefix(3).map { "“\($0.title)” (\($0.what), taken for \($0.reason))" }.joined(separator: ", ")
                let more = skipped.count > 3 ? " and \(skipped.count - 3) more" : ""
                diagnostics.warning(.noRoadmapItems, "no roadmap items: the sections holding lists are not read as lanes: \(named)\(more); they are shown as notes",
                                    line: skipped[0].line, fix: "rename a heading that holds work as a lane (`## Themes`, `## Now`, `## 2026-Q3`)")
            } else if let (table, heading) = Self.emptyPlanTable(document.blocks) {
                diagnostics.warning(.noRoadmapItems, "no roadmap items: the table of items\(heading.map { " under “\($0)”" } ?? "") has no rows filled in yet",
                                    line: table.line, column: table.column, fix: "fill in one row per item, its title in the first column")
            } else if let linked = ObjectivesParser.linkedPages(document.blocks), linked.databases > 0 {
                // Notion's page over its roadmap database: the database's pages are the items, read on their own.
                diagnostics.note(.noRoadmapItems, "no roadmap items here: the page is an index of \(NotionDatabasePage.indexed(pages: linked.pages, databases: linked.databases)), each page read on its own",
                                 line: 1)
            } else {
                diagnostics.warning(.noRoadmapItems, "no roadmap items: each item is an H3 under a lane, or a bullet under an H2 lane", line: 1,
                                    fix: "put the work under H2 lanes (`## Now`, `## Next`, `## 2026-Q3`), one bullet or H3 per item")
            }
        }
        items = SymbolLegend.apply(SymbolLegend.find(in: document.lines), to: items, lanes: lanes.map(\.lane), lines: document.lines)
        var roadmap = Roadmap(id: id, path: document.path, title: title_, lanes: lanes.map(\.lane), items: items)
        roadmap.database = databasePage?.folder
        roadmap.intro = intro.filter { block in
            switch block.kind {
            case .heading(1, _, _), .label: false
            default: true
            }
        }
        roadmap.notes = notes + footer
        return (roadmap, SentenceStatuses.merge(diagnostics.items))
    }

    /// The line of a Kanban plugin board's archive heading: the H2 right after a thematic break (`***`), as the plugin
    /// writes it below the board's columns, whatever the language its title is in ("Archive", "Archiv", "归档").
    static func kanbanArchive(_ document: MarkdownDocument) -> Int? {
        guard document.frontMatter?["kanban-plugin"] != nil else { return nil }
        let blocks = document.blocks
        for index in blocks.indices.dropFirst() {
            guard case .heading(2, _, _) = blocks[index].kind, case .thematicBreak = blocks[index - 1].kind else { continue }
            return blocks[index].line
        }
        return nil
    }

    /// A lane's table that gave no items (`LaneReader.unreadTables`), named by its header: the lane shows it as text.
    static func warnUnreadTable(_ table: Block, lane: String, diagnostics: inout DiagnosticBag) {
        guard case .table(let header, let rows, _) = table.kind else { return }
        let count = rows.filter { !PlanTable.isSeparator($0) }.count
        let written = "| " + header.map(\.text).joined(separator: " | ") + " |"
        diagnostics.warning(.unreadRoadmapItems,
                            "the table `\(written)` under “\(lane)” is not read as roadmap items (\(count) row\(count == 1 ? "" : "s")): no column is named for the work, so it is shown as the lane's text",
                            line: table.line, column: table.column,
                            fix: "name the column that holds the work Item, Feature, Epic or Initiative (`| Item | … |`); a table that holds no work can go under a heading listed in `ignore_headings`")
    }

    /// What a skipped aside holds that could be work: its list items and its H3s. Lists that only link elsewhere
    /// ("Past roadmaps") and H3s that are asides too ("### Vision") hold none.
    struct SkippedWork {
        var title: String
        var line: Int
        var count: Int
        var what: String
        var reason: String
        /// Named for the roadmap's themes ("Focus Areas").
        var themes: Bool
    }

    /// The footer ending the file's last section — a rule after its list, then only paragraphs (`LaneReader.footerStart`) —
    /// taken out of it (and out of the sections around it), with the rule's line.
    static func takeFooter(_ sections: inout [Section]) -> (line: Int, blocks: [Block])? {
        guard let last = sections.indices.last else { return nil }
        if !sections[last].subsections.isEmpty {
            guard let taken = takeFooter(&sections[last].subsections) else { return nil }
            sections[last].endLine = min(sections[last].endLine, taken.line - 1)
            return taken
        }
        guard let rule = LaneReader.footerStart(sections[last].blocks) else { return nil }
        let line = sections[last].blocks[rule].line
        let blocks = Array(sections[last].blocks[(rule + 1)...])
        sections[last].blocks.removeSubrange(rule...)
        sections[last].endLine = line - 1
        return (line, blocks)
    }

    /// A section about the roadmap (`RoadmapHeading.isAside`), unless a template's name for one holds the work itself
    /// (`holdsOwnWork`).
    static func isAside(_ section: Section) -> Bool {
        if section.level <= 2, RoadmapHeading.isReportSection(section.title) { return !holdsOwnedWork(section) }
        return RoadmapHeading.isAside(section.title) && !holdsOwnWork(section)
    }

    /// "## Success Metrics" over "- Build a churn dashboard for the success team (owner: Lee)": a report section's name
    /// over work someone owns, or a checklist. Its targets (`| Metric | Target |`, "- Query p95 under 2s") own nothing.
    static func holdsOwnedWork(_ section: Section) -> Bool {
        section.blocks.contains { block in
            guard case .list(_, let items) = block.kind else { return false }
            return items.contains { item in
                item.task != nil || item.blocks.prefix(2).contains { block in
                    // "(owner: Lee)" is taken out of the line as a field when the file is read (`.fields`).
                    if case .fields(let fields) = block.kind { return fields.contains { MetadataKey(spelling: $0.key.lowercased()) == .owners } }
                    return BracketedOwners.written(in: block.plainText.trimmed) != nil
                }
            }
        }
    }

    /// "## Roadmap Timeline" over "### Q1 2026" and its list, "## Strategic Themes" over "### Reliability" and its
    /// checklist, "## Roadmap Overview" over `| Initiative | Quarter | Status |`: a section named as a template names its
    /// summary of the roadmap, holding the work. It was read as lanes before those names were asides, and as an aside
    /// its work vanished (beside other lanes, without a word). Sub-headings over lists or tables, a checklist, or (for an
    /// overview) a table of items are work; a list of themes (`1. **Reliability**: no lost events`), a themes table, prose
    /// or a `### Timeline` over a code block are not.
    static func holdsOwnWork(_ section: Section) -> Bool {
        let (overview, themes) = RoadmapHeading.mayHoldWork(section.title)
        guard overview || themes else { return false }
        func holdsListOrTable(_ section: Section) -> Bool {
            section.blocks.contains { block in
                if case .list(_, let items) = block.kind { !RoadmapLists.isOnlyLinks(items) } else if case .table = block.kind { true } else { false }
            } || section.subsections.contains(where: holdsListOrTable)
        }
        let checklist = section.blocks.contains { block in
            if case .list(_, let items) = block.kind { items.contains { $0.task != nil } } else { false }
        }
        let itemTable = overview && section.blocks.contains { !(PlanTable.items(in: $0)?.isEmpty ?? true) }
        // "## Roadmap Timeline" over `- **Q1 2026**: Durable queue for raw events`: each entry dated, the work on its way.
        let datedList = overview && section.blocks.contains { block in
            guard case .list(_, let items) = block.kind, !items.isEmpty else { return false }
            return items.allSatisfy { item in
                let text = item.blocks.first?.plainText ?? ""
                return Quarter.find(in: text) != nil || !PeriodText.years(in: text).isEmpty
            }
        }
        return checklist || itemTable || datedList || section.subsections.contains(where: holdsListOrTable)
    }

    static func skippedWork(_ section: Section) -> SkippedWork? {
        guard section.level <= 2 else { return nil }
        let listItems = section.blocks.reduce(0) { count, block in
            if case .list(_, let items) = block.kind, !RoadmapLists.isOnlyLinks(items) { count + items.count } else { count }
        }
        let subsections = section.subsections.filter { !RoadmapHeading.isAside($0.title) && !RoadmapHeading.isLegend($0) }.count
        var parts: [String] = []
        if listItems > 0 { parts.append("\(listItems) list item\(listItems == 1 ? "" : "s")") }
        if subsections > 0 { parts.append("\(subsections) H3 section\(subsections == 1 ? "" : "s")") }
        guard !parts.isEmpty else { return nil }
        let word = RoadmapHeading.asideReason(section.title)
        return SkippedWork(title: TitleText.clean(section.title), line: section.line, count: listItems + subsections,
                           what: parts.joined(separator: " and "),
                           reason: word.map { "a section about the roadmap (“\($0)”)" } ?? "a section about the roadmap",
                           themes: word.map(RoadmapHeading.themeWords.contains) ?? false)
    }

    /// The lanes: H2 sections, or H1 sections when the file has no H2 (their H3s are then split out too), or H3
    /// sections under a lone H1 title (Grafana's "### Short term (1-4 months)"). An H2 that only holds horizon H3s
    /// ("## Detailed roadmap" over "### Ongoing work", "### Future work", "### Completed milestones") gives way to them.
    /// A lane whose sub-headings skip a level (`## Major Milestones` over `#### Milestone 1: Public beta`) has them
    /// where H3s would be: read as its body, they were neither items nor shown.
    static func lanes(_ document: MarkdownDocument) -> (intro: [Block], sections: [Section]) {
        let endLine = document.lines.count
        let (intro, sections) = Section.split(Self.laterH1sAsLanes(document.blocks), level: 2, endLine: endLine, skippedLevels: true)
        if !sections.isEmpty, let grouped = h1Lanes(document, endLine: endLine) { return grouped }
        if let page = h2Items(document, intro: intro, sections: sections, endLine: endLine) { return page }
        guard sections.isEmpty else { return leadingLanes(intro, before: sections.flatMap(horizonLanes)) }
        let (ones, h1) = Section.split(document.blocks, level: 1, endLine: endLine)
        guard h1.count >= 2 else {
            let (threes, h3) = Section.split(document.blocks, level: 3, endLine: endLine)
            // H3s that each say when they are due or how they stand (`### Milestone 1: Public beta` over `**Target
            // Date:** 2027-03-31`) are the work itself, in one lane named after the page, not lanes with nothing in them.
            let reader = MetadataReader(document: document)
            if h3.count >= 1, h3.filter({ carriesItemFields($0, reader: reader) }).count * 2 > h3.count,
               let first = h3.first {
                let lane = Section(title: document.title ?? FileName.stem(document.path), level: 2, label: nil, line: first.line,
                                   column: first.column, endLine: endLine, blocks: [], subsections: h3)
                return (threes, [lane])
            }
            return h3.isEmpty ? (intro, sections) : (threes, h3)
        }
        return (ones, h1.map { section in
            var lane = section
            let (own, subs) = Section.split(section.blocks, level: 3, endLine: section.endLine)
            lane.blocks = own
            lane.subsections = subs
            return lane
        })
    }

    /// "### v0.3 (Current Release)" over its checklist before the file's first H2 ("## Future" over "### v0.4", "## v0.2"):
    /// a release written one level down, under the title, as the later ones are under "## Future". Each such H3 that
    /// holds work (a list, a table or sub-headings) is a lane before the others; it was "13 roadmap items before the first
    /// lane are not read", the release the file is about. Prose or a heading over prose alone stays the introduction.
    private static func leadingLanes(_ intro: [Block], before sections: [Section]) -> (intro: [Block], sections: [Section]) {
        guard let firstLine = sections.first?.line,
              intro.contains(where: { if case .heading(let level, _, _) = $0.kind { level >= 3 } else { false } }) else { return (intro, sections) }
        let (own, subs) = Section.split(intro, level: 3, endLine: firstLine - 1, skippedLevels: true)
        func holdsWork(_ section: Section) -> Bool {
            !section.subsections.isEmpty || section.blocks.contains { block in
                if case .list = block.kind { true } else if case .table = block.kind { true } else { false }
            }
        }
        guard !subs.isEmpty, subs.allSatisfy(holdsWork), !subs.contains(where: { RoadmapHeading.isAside($0.title) }) else { return (intro, sections) }
        return (own, subs.map { section in
            var lane = section
            lane.level = 2
            return lane
        } + sections)
    }

    /// An H1 after the lanes have begun ("# Getting involved with Contributions" after "## Future", "# 2022" over its
    /// H3 goals) starts a section beside them, as a reader sees it, instead of running on inside the last lane and its
    /// last H3. An H1 over H2s of its own ("# 2024" over "## Community Engagement") only heads them, and they stay the lanes.
    private static func laterH1sAsLanes(_ blocks: [Block]) -> [Block] {
        func level(_ block: Block) -> Int? { if case .heading(let level, _, _) = block.kind { level } else { nil } }
        guard let first = blocks.firstIndex(where: { level($0) == 2 }) else { return blocks }
        var blocks = blocks
        for index in blocks.indices.dropFirst(first + 1) where level(blocks[index]) == 1 {
            let next = blocks[(index + 1)...].first { level($0).map { $0 <= 2 } ?? false }
            guard next.flatMap(level) != 2, case .heading(_, let content, let label) = blocks[index].kind else { continue }
            blocks[index].kind = .heading(level: 2, content: content, label: label)
        }
        return blocks
    }

    /// "# Search milestones" over "## Search API" with its own `Dependencies:` line: in a file of two or more H1s whose
    /// H2s carry an item's own metadata (what it depends on, its status, owner or due date), the H1s group the work
    /// and are the lanes, and each H2 is one item, its lists and H3s its text. Read as lanes, each H2 lost its title to
    /// the bullets in its body ("Run lint suite" for "CI-CD"), and the H1 groups were not shown at all.
    private static func h1Lanes(_ document: MarkdownDocument, endLine: Int) -> (intro: [Block], sections: [Section])? {
        let (ones, h1) = Section.split(document.blocks, level: 1, endLine: endLine)
        guard h1.count >= 2, !ones.contains(where: { if case .heading = $0.kind { true } else { false } }) else { return nil }
        let reader = MetadataReader(document: document)
        let h2s = h1.flatMap(\.subsections)
        let itemLike = h2s.filter { carriesItemFields($0, reader: reader) }
        guard itemLike.count >= 2, itemLike.count * 2 >= h2s.count else { return nil }
        // An item's own H3s ("## Design tooling" over "### Prototyping", "### Diagramming") are its text, not items.
        let itemLines = Set(itemLike.map(\.line))
        return (ones, h1.map { lane in
            var lane = lane
            lane.subsections = lane.subsections.map { h2 in
                guard itemLines.contains(h2.line), !h2.subsections.isEmpty else { return h2 }
                var item = h2
                item.blocks = document.blocks(from: h2.bodyLine, through: h2.endLine)
                item.subsections = []
                return item
            }
            return lane
        })
    }

    /// "# Roadmap" over "## Unified Toolbar" with `**Expected Delivery: Q4 2022**` and "## Firefox Sync" with `####
    /// Expected Delivery: Q4 2022` (Thunderbird's 2023 roadmap): under a lone title, H2s most of which open with an
    /// item's own fields are the work itself, in one lane named after the page, as such H3s are. Read as lanes of
    /// nothing, each feature was a lane with no item, and one whose date was a heading vanished. An H2 whose date is
    /// such a heading holds it as its text; one over sub-headings with fields of their own groups them.
    private static func h2Items(_ document: MarkdownDocument, intro: [Block], sections: [Section], endLine: Int) -> (intro: [Block], sections: [Section])? {
        guard sections.count >= 2, sections.allSatisfy({ $0.level == 2 }),
              Section.split(document.blocks, level: 1, endLine: endLine).1.count <= 1,
              sections.allSatisfy({ RoadmapHeading.laneKind(TitleText.clean($0.title), year: nil).0 == .theme && !RoadmapHeading.isAside($0.title) })
        else { return nil }
        let reader = MetadataReader(document: document)
        func fieldHeading(_ section: Section) -> Bool {
            guard let first = section.subsections.first, !section.blocks.contains(where: isContentList),
                  let colon = first.title.firstIndex(of: ":") else { return false }
            let key = first.title[..<colon].filter { $0 != "*" }.trimmed
            return MetadataKey(spelling: key).map { [.dependsOn, .status, .owners, .due].contains($0) } ?? false
        }
        // "## Platform" over `**Owner:** @alice` and a list of work is a lane that says who leads it, not one item whose
        // work is its text: a section holding a list or table of its own is no feature here.
        let itemLike = sections.filter {
            (carriesItemFields($0, reader: reader) && !$0.blocks.contains(where: isContentList)) || fieldHeading($0)
        }
        guard itemLike.count >= 2, itemLike.count * 2 > sections.count, let first = sections.first else { return nil }
        let items = sections.map { section -> Section in
            guard fieldHeading(section) else { return section }
            var item = section
            item.blocks = document.blocks(from: section.bodyLine, through: section.endLine)
            item.subsections = []
            return item
        }
        let lane = Section(title: document.title ?? FileName.stem(document.path), level: 1, label: nil, line: first.line,
                           column: first.column, endLine: endLine, blocks: [], subsections: items)
        return (intro, [lane])
    }

    private static func isContentList(_ block: Block) -> Bool {
        if case .list = block.kind { true } else if case .table = block.kind { true } else { false }
    }

    /// A section that opens with one piece of work's own fields: what it depends on, its status, owner or due date.
    static func carriesItemFields(_ section: Section, reader: MetadataReader) -> Bool {
        let itemKeys: Set<MetadataKey> = [.dependsOn, .status, .owners, .due]
        return section.blocks.prefix(3).contains { block in
            (reader.metadataLines(block) ?? []).contains { MetadataKey(spelling: $0.key).map(itemKeys.contains) ?? false }
        }
    }

    /// An H2 with no items of its own whose H3s are all horizons or releases: the H3s are the lanes (period H3s stay
    /// groups that set their items' period, as under napari's "## Timeline"). JupyterHub's "## The roadmap proper" holds
    /// "### Now", "### Soon", "### Later", and Chaos Toolkit's "## Roadmap" "### v1.x" and "### v2.x". An H3 about the
    /// roadmap beside them ("### Project vision") becomes a section of its own, shown as a note. Its prose stays
    /// with the first of them, so nothing it says is lost. An H2 that names a period keeps it: its H3s are groups.
    private static func horizonLanes(_ section: Section) -> [Section] {
        func isLane(_ sub: Section) -> Bool {
            let title = TitleText.clean(TitleLabel.stripLeadingSymbols(Status.symbols(in: sub.title).1))
            return RoadmapHeading.laneKind(title, year: nil).0 == .horizon || RoadmapHeading.isRelease(title)
        }
        // "## Q3 2026" over "### In progress" and "### Done": the period is the lane, and the H3s say how its work stands,
        // as status groups; made lanes of their own, the work lost its quarter.
        let (kind, period) = RoadmapHeading.laneKind(TitleText.clean(section.title), year: nil)
        guard kind != .period, period == nil, section.subsections.filter(isLane).count >= 2,
              !section.blocks.contains(where: { if case .list = $0.kind { true } else if case .table = $0.kind { true } else { false } }),
              section.subsections.allSatisfy({ isLane($0) || RoadmapHeading.isAside($0.title) }) else { return [section] }
        return section.subsections.enumerated().map { index, sub in
            var lane = sub
            lane.level = 2
            if index == 0 { lane.blocks = section.blocks + sub.blocks }
            return lane
        }
    }

    /// The board tables among `blocks`, taken out of them.
    static func boards(in blocks: inout [Block], year: Int?, summaries: Bool = true) -> [RoadmapLaneTable] {
        var boards: [RoadmapLaneTable] = []
        blocks.removeAll { block in
            guard let board = RoadmapLaneTable(block, year: year, summaries: summaries) else { return false }
            boards.append(board)
            return true
        }
        return boards
    }

    /// The Mermaid gantt charts among `blocks`, taken out of them: their tasks are the items the site shows.
    static func gantts(in blocks: inout [Block]) -> [RoadmapGantt] {
        var gantts: [RoadmapGantt] = []
        blocks.removeAll { block in
            guard let gantt = RoadmapGantt(block) else { return false }
            gantts.append(gantt)
            return true
        }
        return gantts
    }

    /// A section that holds a Mermaid gantt chart and nothing else but words about it: no list, table or sub-heading.
    static func holdsOnlyCharts(_ section: Section) -> Bool {
        guard section.subsections.isEmpty, section.blocks.contains(where: { RoadmapGantt($0) != nil }) else { return false }
        return section.blocks.allSatisfy { block in
            switch block.kind {
            case .list, .table: false
            case .code: RoadmapGantt(block) != nil
            default: true
            }
        }
    }

    /// A period label paragraph (`End of Q1:`, `Quarter 1 of 2024: Governance`) with a list right after it.
    static func hasPeriodLabelledList(_ blocks: [Block], year: Int?) -> Bool {
        let content = blocks.filter { if case .html = $0.kind { false } else { true } }
        return zip(content, content.dropFirst()).contains { label, next in
            guard case .paragraph(let inlines) = label.kind, case .list = next.kind else { return false }
            return [inlines.plainText.trimmed, RoadmapPeriod.lastLine(inlines)].compactMap { $0 }.contains { text in
                RoadmapPeriod.label(text, year: year) != nil || RoadmapPeriod.labelWithTheme(text, year: year) != nil
            }
        }
    }

    /// Lanes from short labels ("Immediate:", "**Longer term**") each directly over a list of work, when there are two
    /// or more and every list of work has one; what comes before the first label stays the roadmap's introduction.
    static func labelledLanes(_ blocks: [Block], document: MarkdownDocument) -> (intro: [Block], sections: [Section])? {
        let content = blocks.enumerated().filter { if case .html = $0.element.kind { false } else { true } }
        var starts: [(index: Int, title: String)] = []
        for (position, entry) in content.enumerated() {
            guard case .list = entry.element.kind, hasWorkList([entry.element], document: document, least: 1) else { continue }
            guard position > 0, case .paragraph(let inlines) = content[position - 1].element.kind,
                  let title = laneLabel(inlines) else { return nil }
            starts.append((content[position - 1].offset, title))
        }
        guard starts.count >= 2 else { return nil }
        var sections: [Section] = []
        for (number, start) in starts.enumerated() {
            let end = number + 1 < starts.count ? starts[number + 1].index : blocks.count
            let label = blocks[start.index]
            let body = Array(blocks[(start.index + 1)..<end])
            let endLine = number + 1 < starts.count ? blocks[end].line - 1 : document.lines.count
            sections.append(Section(title: start.title, level: 2, label: nil, line: label.line, column: label.column,
                                    endLine: endLine, blocks: body, subsections: []))
        }
        return (Array(blocks[..<starts[0].index]), sections)
    }

    /// "Immediate:", "Longer term:", "**Next up**": a paragraph of at most five words that ends in a colon or is all bold.
    private static func laneLabel(_ inlines: [Inline]) -> String? {
        var text = inlines.plainText.trimmed
        let meaningful = inlines.filter { if case .text(let text) = $0 { !text.trimmed.isEmpty } else { true } }
        let bold = meaningful.count == 1 && { if case .strong = meaningful[0] { true } else { false } }()
        guard text.hasSuffix(":") || bold else { return nil }
        while text.hasSuffix(":") { text = String(text.dropLast()).trimmed }
        guard !text.isEmpty, text.split(separator: " ").count <= 5, !text.contains("\n") else { return nil }
        return text
    }

    /// A list of two or more entries (`least`) that is not a table of contents, a list of links elsewhere or `Key: value` lines.
    /// One task (a box) is work too: a Kiro plan of one task over its sub-tasks (`- [ ] 1. Add search` under
    /// `# Implementation Plan`) read no items, with a warning that it is "before the first lane".
    static func hasWorkList(_ blocks: [Block], document: MarkdownDocument, least: Int = 2) -> Bool {
        let reader = MetadataReader(document: document)
        return blocks.contains { block in
            guard case .list(_, let items) = block.kind, items.count >= least || (items.count == 1 && items[0].task != nil),
                  reader.metadataLines(block) == nil else { return false }
            return !RoadmapLists.isOnlyLinks(items)
        }
    }

    /// The first table of items with no row filled in (a generator's placeholder row at most), and the heading above it.
    static func emptyPlanTable(_ blocks: [Block]) -> (Block, String?)? {
        var heading: String?
        for block in blocks {
            if case .heading(_, let content, _) = block.kind { heading = TitleText.clean(content.plainText) }
            if PlanTable.items(in: block)?.isEmpty == true { return (block, heading) }
        }
        return nil
    }

    static func headingTitles(_ blocks: [Block]) -> [String] {
        blocks.compactMap { if case .heading(_, let content, _) = $0.kind { content.plainText.trimmed } else { nil } }
    }

    /// A block a reader would call content: not a label, a comment, a rule or a heading.
    static func isContent(_ block: Block) -> Bool {
        switch block.kind {
        case .label, .html, .thematicBreak, .heading: false
        default: true
        }
    }

    /// Derived ids made unique within the roadmap, since a roadmap repeats its words: the same bullet under "Witness"
    /// and "Archivista", or "Release candidate" in May and again in June, are two items. A taken id takes the first
    /// place that tells the two apart (group, then period, then lane: `plan/june/release-candidate`); the same text
    /// twice in one place is a numeric suffix (`-2`, as `DuplicateIDs` renames) and a warning, never an error that
    /// stops the build. Ids someone wrote (`{#id}`) are left to `DuplicateIDs`, which reports their collisions.
    static func uniqueIDs(_ items: [RoadmapItem], diagnostics: inout DiagnosticBag) -> [RoadmapItem] {
        // Only where each id was first seen, not the item: copying whole items made 5,000 copies of one bullet
        // quadratic, as did counting suffixes up from 2 for each copy (`nextSuffix` remembers where to go on).
        struct Place { var group: String?; var period: String?; var lane: String; var line: Int }
        var seen: [String: Place] = [:]
        var nextSuffix: [String: Int] = [:]
        func place(_ item: RoadmapItem) -> Place { Place(group: item.group, period: item.period, lane: item.lane, line: item.location.line) }
        for item in items where item.explicitID { seen[item.id.lowercased()] = place(item) }
        return items.map { item in
            var item = item
            guard !item.explicitID, let first = seen[item.id.lowercased()] else {
                if seen[item.id.lowercased()] == nil { seen[item.id.lowercased()] = place(item) }
                return item
            }
            let leaf = item.id.split(separator: "/").last.map(String.init) ?? item.id
            let places = [(item.group, first.group), (item.period, first.period), (Optional(item.lane), Optional(first.lane))]
            let folded = places.lazy.compactMap { own, other -> String? in
                guard let own, own != other, !Slug.make(own).isEmpty else { return nil }
                return "\(item.roadmap)/\(Slug.make(own))/\(leaf)"
            }.first { seen[$0.lowercased()] == nil }
            if let folded {
                item.id = folded
            } else if let whole = DuplicateIDs.whole(item.id, title: item.title, explicit: false), seen[whole.lowercased()] == nil {
                // Two long titles that begin alike are two items: the later one's id holds every word of its title.
                item.id = whole
            } else {
                let base = item.id
                var n = nextSuffix[base.lowercased(), default: 2]
                while seen["\(base)-\(n)".lowercased()] != nil { n += 1 }
                nextSuffix[base.lowercased()] = n + 1
                item.id = "\(base)-\(n)"
                if places.allSatisfy({ $0.0 == $0.1 }) {
                    let line = first.line
                    diagnostics.warning(.duplicateID, "\"\(item.title)\" is written twice in \(item.lane.isEmpty ? "this roadmap" : "“\(item.lane)”") (also line \(line)); this one is `\(item.id)`",
                                        line: item.location.line, column: item.location.column,
                                        fix: "if they are one item, remove one; if two, tell them apart in their titles or with `{#id}`")
                }
            }
            seen[item.id.lowercased()] = place(item)
            return item
        }
    }
}
