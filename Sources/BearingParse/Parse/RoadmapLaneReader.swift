import BearingModel

/// Reads the items of one roadmap lane: its own lists and tables, and its H3 (and H4) sections as items or as
/// groups of the items listed in them.
struct LaneReader {
    let parser: RoadmapParser
    let document: MarkdownDocument
    let roadmapID: String
    let year: Int?
    let headings: RoadmapLists.Headings
    /// Normalized titles of the sections inside lanes that group a list of items ("### Related work" over its bullets):
    /// the same title left empty in another lane is that section with nothing in it yet, not an item.
    var groupTitles: Set<String> = []
    /// The quarter or half-year the roadmap's title names ("# Quarterly Roadmap – Q2 2027"): the period of the work in
    /// its theme lanes ("## Initiatives"), which say none of their own. A year in the title is not used so: a "2027
    /// roadmap" often reaches past 2027 in its later lanes.
    var titlePeriod: String?
    /// The line of a Kanban board's archive (`***` then `## Archive`, as the Kanban plugin writes the cards archived off
    /// the board): finished work, a lane of it as a Done column is.
    var archiveLine: Int?

    func groupTitles(in sections: [Section]) -> Set<String> {
        var titles: Set<String> = []
        func visit(_ section: Section) {
            if isGroup(section.blocks) { titles.insert(RoadmapHeading.normalized(section.title)) }
            section.subsections.forEach(visit)
        }
        sections.flatMap(\.subsections).forEach(visit)
        return titles
    }

    struct Result {
        var lane: Lane
        var items: [RoadmapItem]
        /// The lane itself, when it holds only prose: an item in a file whose items are headings.
        var prose: Section?
        /// True when some item of the lane is a heading.
        var fromHeadings: Bool
        /// Tables of the lane's own that no reader took, when the lane has no items (`unreadTables`).
        var unreadTables: [Block] = []
    }

    private typealias Context = RoadmapParser.Context

    func context(for lane: Lane, fileStatus: Status?) -> RoadmapParser.Context {
        var context = Context(roadmapID: roadmapID, lane: lane, year: year, period: lane.period, headings: headings)
        // An "Ongoing Work" or "In progress" lane says how its items stand as plainly as "Recently Completed" does.
        if lane.location.line == archiveLine {
            context.give(.done, from: .lane)
        } else if let status = RoadmapHeading.isDone(lane.title) ? .done : RoadmapHeading.isDropped(lane.title) ? .dropped : RoadmapHeading.underway(lane.title) {
            context.give(status, from: .lane)
        } else {
            context.give(fileStatus, from: .file)
        }
        return context
    }

    func lane(_ section: Section, fileStatus: Status?, diagnostics: inout DiagnosticBag) -> Result {
        // A status symbol in the lane's title ("### Ongoing work 🚧", "### Completed milestones ✅") is its items'
        // status, and not part of its name.
        var (symbolStatus, bare) = Status.symbols(in: section.title)
        let title = TitleText.clean(TitleLabel.stripTrailingSymbols(TitleLabel.stripLeadingSymbols(bare)))
        // "## High Priority 🔴" over `- 🟢 Audit logs`: a coloured circle beside a name of urgency is that urgency's
        // colour, as the circles of "### Medium Priority" entries are, not how every item in the lane stands.
        if symbolStatus != nil, Self.urgencyColour(section.title, name: title) { symbolStatus = nil }
        // "## ⏰ Deadlines": an alarm clock in a heading says its dates matter, not that its work has not started.
        if Status.onlyAlarmClock(section.title) { symbolStatus = nil }
        if symbolStatus == .dropped, RoadmapHeading.saysToDo(title) { symbolStatus = .notStarted }
        var (kind, period) = RoadmapHeading.laneKind(title, year: year)
        // A lane named by a release and its date ("Kubeflow 1.9 Release, Delivered: July 2024", "Kubeflow 1.2 - November
        // 2020") is that period, not the whole title; one that says it shipped holds finished work. Its date says more
        // than a horizon word beside it ("…, Planned for release: Mar 2025").
        let release = RoadmapPeriod.release(title, year: year)
        if let dated = release?.period ?? (kind == .theme || (kind == .period && period == nil) || period == title ? RoadmapPeriod.lane(title, year: year) : nil) {
            (kind, period) = (.period, dated)
        }
        if kind == .theme, period == nil, let titlePeriod { period = titlePeriod }
        var lane = Lane(title: title, kind: kind, period: period,
                        location: SourceLocation(path: document.path, line: section.line, column: section.column))
        var context = context(for: lane, fileStatus: fileStatus)
        if context.status == nil { context.give(symbolStatus ?? (release?.shipped == true ? .done : nil) ?? statusField(section.blocks), from: .lane) }
        var fromHeadings = false
        var subItems: [RoadmapItem] = []
        var groups: [LaneGroup] = []
        // "#### Theme: Topics, Dashboards, and Data Profiler" over nothing: what the release is about, the lane's summary.
        // (Above the lane's first H3 the H4 stays a heading among the lane's own blocks.)
        let themes = section.blocks.compactMap { block -> (Int, String)? in
            guard case .heading(_, let content, _) = block.kind else { return nil }
            return Self.theme(content.plainText).map { (block.line, $0) }
        } + section.subsections.compactMap { sub in Self.theme(sub).map { (sub.line, $0) } }
        if !themes.isEmpty {
            lane.summary = themes.map(\.1).joined(separator: "; ")
            lane.intro += themes.map { line, theme in
                Block(.paragraph([.strong([.text("Theme:")]), .text(" " + theme)]), line: line, endLine: line)
            }
        }
        for sub in readable(section.subsections) where !Self.isCollectionNote(sub) && Self.theme(sub) == nil {
            let (items, heading) = subsection(sub, context: context, groups: &groups, diagnostics: &diagnostics)
            subItems += items
            fromHeadings = fromHeadings || heading
        }
        // Beside heading items, a lane's own lists describe it (OpenTelemetry's P0/P1/P2 definitions); only a list of
        // bold-titled items is read there.
        var consumed = Set<Int>()
        let (laneBlocks, closing) = section.subsections.isEmpty ? Self.closingFieldsApart(section.blocks, document: document) : (section.blocks, nil)
        var own = listItems(laneBlocks.filter { $0.line != closing?.line }, context: &context, boldOnly: fromHeadings, consumed: &consumed,
                            diagnostics: &diagnostics)
        // A board's "## ✅ Done" column of cards that are all `- [ ]` (KanbanDown never ticks them): the column says the
        // work is finished, and the boxes, all alike, say nothing. With some ticked, an unticked one is unfinished.
        if context.status == .done, context.statusFrom == .lane {
            let boxes = section.blocks.flatMap { block -> [ListItem] in if case .list(_, let entries) = block.kind { entries } else { [] } }
                .filter { $0.task != nil }
            if boxes.count >= 2, boxes.allSatisfy({ $0.task == false }) {
                let lines = Set(boxes.map(\.line))
                for index in own.indices where own[index].metadata.status == .notStarted && lines.contains(own[index].location.line) {
                    own[index].metadata.status = .done
                    own[index].statusFrom = .lane
                }
            }
        }
        let items = own + subItems
        // What the lane says besides its items (its prose, a list that describes it) is shown with it, not dropped.
        lane.intro += Self.prose(laneBlocks, consumed: consumed, headings: headings)
        // A section about the lane inside it ("### Invariants (don't drift)", a legend) holds no items, but it is shown
        // with the lane rather than dropped.
        for sub in section.subsections where !parser.config.ignores(heading: sub.title)
            && (RoadmapHeading.isAside(sub.title) || RoadmapHeading.isLegend(sub) || Self.isCollectionNote(sub)) {
            lane.intro += document.blocks(from: sub.line, through: sub.endLine)
        }
        lane.groups = groups
        // A lane whose lists were all read as something other than work (a summary of the file's headings, a table of
        // contents, links to other pages) says what they are; it is not a piece of work written as prose. A list of the
        // lane's own fields (`- Owner: Alice`, `- Status: in progress`) or a legend under its prose leaves it one: such a
        // lane beside heading items was an item with its owner, and with the fields it vanished, with no word said.
        let fieldReader = MetadataReader(document: document)
        let proseOnly = items.isEmpty && section.subsections.isEmpty && kind == .theme && context.status == nil
            && section.blocks.contains { if case .paragraph(let content) = $0.kind { !PlaceholderProse.isPlaceholder(content.plainText) } else { false } }
            && !section.blocks.indices.contains { index in
                guard case .list(_, let entries) = section.blocks[index].kind else { return false }
                // A checklist is work summed up (GSD's phase list, one list with the numbering legend above it).
                if entries.contains(where: { $0.task != nil }) { return true }
                if index > 0, case .paragraph(let content) = section.blocks[index - 1].kind, RoadmapLists.leadsLegend(content.plainText),
                   RoadmapLists.definesTerms(entries) { return false }
                return fieldReader.metadataLines(section.blocks[index]) == nil
            }
            && !RoadmapHeading.namesTheRoadmap(section.title)
        return Result(lane: lane, items: items, prose: proseOnly ? section : nil, fromHeadings: fromHeadings,
                      unreadTables: items.isEmpty ? Self.unreadTables(section.blocks) : [])
    }

    /// `| Area | Change | Status |`, `| Requirement | Rationale |` in a lane that gives no items: a table of rows no column
    /// of which is named for the work, so no reader took it. A lane holds work, so its table most likely is the work;
    /// it is shown as the lane's text, and the writer is told (`RoadmapParser`). Not a table already said to be unread
    /// (key results, rows by period), the lane's own fields (`| Owner | Platform team |`), or a table whose first column names what is no work (a risk
    /// register, a legend).
    static func unreadTables(_ blocks: [Block]) -> [Block] {
        blocks.filter { block in
            guard case .table(let header, let rows, _) = block.kind, header.count >= 2,
                  rows.contains(where: { !PlanTable.isSeparator($0) && $0.contains { !$0.text.isEmpty } }),
                  PlanTable.rows(in: block, untitledApart: true) == nil, !PlanTable.looksLikePlan(block),
                  !PlanTable.isPeriodLed(header: header, rows: rows), !PlanTable.isFieldsTable(block),
                  MetadataKey(spelling: PlanTable.headerKey(header[0])) == nil
            else { return false }
            let keys = header.map { PlanTable.headerKey($0) }
            return !PlanTable.notWorkHeaders.contains(keys[0]) && !peopleFirstHeaders.contains(keys[0])
                && !keys.dropFirst().contains(where: peopleHeaders.contains)
        }
    }

    /// `| Name | Role |` under `## Team`, `| Area | Contact |` under `## Contacts`, `| Doc | Link |`: who to ask and where
    /// to look, not work left unread — a column of people's roles or ways to reach them, or a first column of names,
    /// people or documents, says so.
    private static let peopleFirstHeaders: Set<String> = [
        "name", "names", "person", "people", "who", "contact", "contacts", "stakeholder", "stakeholders", "link", "links",
        "resource", "resources", "document", "documents", "doc", "docs", "acronym", "abbreviation", "glossary",
    ]
    private static let peopleHeaders: Set<String> = [
        "role", "roles", "contact", "contacts", "email", "e-mail", "slack", "phone", "responsibility", "responsibilities",
        "link", "url", "answer", "definition",
    ]

    /// "Theme: Data quality and Lineage", "Focus: Usability" as a heading with nothing under it: the theme, or nil.
    static func theme(_ section: Section) -> String? {
        guard section.subsections.isEmpty, !section.blocks.contains(where: RoadmapParser.isContent) else { return nil }
        return theme(section.title)
    }

    /// The theme a heading's words name ("Theme:  Topics, Dashboards, and Data Profiler"), or nil.
    static func theme(_ heading: String) -> String? {
        let title = TitleText.clean(heading)
        guard let colon = title.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return nil }
        let key = title[..<colon].lowercased().split(separator: " ").joined(separator: " ")
        let value = title[title.index(after: colon)...].trimmed
        guard ["theme", "themes", "release theme", "main theme", "focus", "release focus"].contains(key), !value.isEmpty else { return nil }
        return value.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }

    /// "**Status:** In Progress" on its own line in a phase's text: how the phase stands, and so each piece of work in
    /// it that says nothing of its own.
    private func statusField(_ blocks: [Block]) -> Status? {
        let reader = MetadataReader(document: document)
        for block in blocks {
            guard case .paragraph = block.kind, let lines = reader.metadataLines(block) else { continue }
            if let line = lines.first(where: { MetadataKey(spelling: $0.key) == .status }) { return Status(reading: line.value) }
        }
        return nil
    }

    /// "### Deliverables" over only "The following deliverables are sorted by priority.": a note about the lane's
    /// work, which names a collection and lists none, not a piece of work.
    private static func isCollectionNote(_ section: Section) -> Bool {
        RoadmapHeading.isCollection(section.title) && section.subsections.isEmpty && !section.blocks.isEmpty
            && section.blocks.allSatisfy { if case .paragraph = $0.kind { true } else { false } }
    }

    private func readable(_ sections: [Section]) -> [Section] {
        sections.filter { !parser.config.ignores(heading: $0.title) && !RoadmapHeading.isAside($0.title) && !RoadmapHeading.isLegend($0) }
    }

    /// An H3 or H4: a period group ("### 2024"), a group of the items listed in it, or an item. Returns its items and
    /// whether it (or a section in it) is an item written as a heading.
    private func subsection(_ section: Section, context: Context, groups: inout [LaneGroup],
                            diagnostics: inout DiagnosticBag) -> ([RoadmapItem], Bool) {
        var inner = context
        let title = TitleLabel.stripTrailingSymbols(TitleLabel.parse(Status.symbols(in: section.title).1).title)
        // A group of finished work ("### Completed milestones ✅") or one marked by a status symbol sets its items' status.
        if RoadmapHeading.isDone(title) || RoadmapPeriod.release(section.title, year: year)?.shipped == true { inner.give(.done, from: .group) }
        else if let said = StatusLabel.status(ofTitle: section.title) ?? RoadmapHeading.groupStatus(title) { inner.give(said, from: .group) }
        else if let symbol = Status.symbols(in: section.title).0, !Self.urgencyColour(section.title, name: title),
                !Status.onlyAlarmClock(section.title) {
            inner.give(symbol == .dropped && RoadmapHeading.saysToDo(title) ? .notStarted : symbol, from: .group)
        }
        let period = RoadmapPeriod.heading(section.title, year: PeriodText.firstYear(context.period ?? "") ?? year)
        // A ranked or numbered heading ("### P1: Logs", "### 2. Quotas") names one piece of work, whatever it lists.
        let ranked = TitleLabel.parse(section.title).code != nil
        // A heading over a table with no rows filled in ("### Current Status" over an empty template) holds nothing yet.
        if section.subsections.isEmpty, Self.onlyEmptyTables(section.blocks) { return ([], false) }
        // Every lane has the same sections ("### Deep Dives", "### Project agreement", "### Related work"): one that
        // groups a list in some lane and is empty in another holds nothing there yet. (In prose, it may be the work:
        // in-toto's "### Others" in one lane lists items, in the next it says what the work is.)
        let recurring = !ranked && section.subsections.isEmpty && !section.blocks.contains(where: RoadmapParser.isContent)
            && groupTitles.contains(RoadmapHeading.normalized(section.title))
        // A heading that opens with its own fields ("### Faster sync" over "Owner: Ada") is one piece of work, and its
        // sub-headings ("#### Design notes") are its text, unless they carry fields of their own.
        let reader = MetadataReader(document: document)
        // "## Tasks" over `Priority: P3` / `Delivery Quarter: Q2 2026` (Thunderbird's roadmap, where Tasks is the
        // product's to-do feature): a heading that names a collection of work but opens with one item's own fields
        // is that item; its list is what it will do.
        let collection = RoadmapHeading.isCollection(title) && section.blocks.contains { if case .list = $0.kind { true } else { false } }
            && !RoadmapParser.carriesItemFields(section, reader: reader)
        // So is a milestone whose sub-headings are only its parts ("### Alpha 1" over "#### Goals" and "#### Status",
        // "#### 目标" and "#### 状态"): what it aims at and how it stands, not pieces of work of their own. A phase over
        // its "#### Checklist" (and "#### Undecided issues" beside it, an aside) is one piece of work and its steps.
        let fielded = !section.subsections.isEmpty && (RoadmapParser.carriesItemFields(section, reader: reader)
            && !section.subsections.contains { RoadmapParser.carriesItemFields($0, reader: reader) }
            || section.subsections.allSatisfy { RoadmapHeading.isItemPart($0.title) || RoadmapHeading.isAside($0.title) }
                && section.subsections.contains { RoadmapHeading.isItemPart($0.title) })
        // "This section covers items which have not been started." over `1. **Make validation more robust**` entries:
        // a short intro to a list of separately titled work, which is the heading's items, not one item's details.
        let introduced = !ranked && !fielded && section.subsections.isEmpty && introducesTitledEntries(section.blocks)
        // Steps closed by the heading's own fields (`- **Depends on**: Task 1.1`, `- **Estimate**: 2 hours`): one item.
        let closingFields = section.subsections.isEmpty && !RoadmapHeading.isRelease(title)
            ? TrailingFieldEntries.fields(section.blocks, reader: reader, document: document) : nil
        // Features scheduled row by row beside a list that describes them: the rows are the heading's items, the list its text.
        // A heading with fields of its own ("Owner: …", "Status: …") stays one piece of work, its table its schedule; so
        // does one whose list is a checklist (`- [ ] Pick a vendor`): its steps are work, not words about the rows.
        let scheduled = section.subsections.isEmpty && !ranked && !Self.holdsItemTable(section.blocks)
            && !RoadmapParser.carriesItemFields(section, reader: reader) && !Self.holdsChecklist(section.blocks)
            && Self.holdsScheduledTable(section.blocks)
        if period != nil || (!section.subsections.isEmpty && !fielded) || collection || Self.holdsItemTable(section.blocks) || recurring || scheduled
            || (introduced && closingFields == nil)
            || (!ranked && closingFields == nil && isGroup(section.blocks, fieldsLead: RoadmapHeading.leadsWithRelease(title))) {
            let group = context.group.map { "\($0) / \(title)" } ?? title
            inner.group = group
            if let period { inner.period = period }
            // "### Payments" over "Target: end of Q2 2026.": when the group's work is due, the period of its items that
            // state no date of their own.
            let contextYear = PeriodText.firstYear(context.period ?? "") ?? year
            if period == nil, let due = ProseDue.intro(section.blocks, year: contextYear), let dated = RoadmapPeriod.ofDue(due, year: contextYear) {
                inner.period = dated
            }
            // "**Status**: ✅ Released" in the group's own text: how its items stand, unless they say otherwise.
            var scratch = DiagnosticBag(path: document.path)
            if inner.status == nil, let said = MetadataReader(document: document).read(section.blocks, diagnostics: &scratch).0.status {
                inner.give(said, from: .group)
            }
            var consumed = Set<Int>()
            let read = scheduled ? section.blocks.filter { if case .list = $0.kind { false } else { true } } : section.blocks
            var items = listItems(read, context: &inner, boldOnly: false, consumed: &consumed, diagnostics: &diagnostics)
            // The group's own text comes before its subgroups', as in the file.
            let at = groups.count
            var fromHeadings = false
            for sub in readable(section.subsections) {
                let (found, heading) = subsection(sub, context: inner, groups: &groups, diagnostics: &diagnostics)
                items += found
                fromHeadings = fromHeadings || heading
            }
            // A period heading with only a placeholder sentence ("### 2026 milestones and beyond") holds nothing yet; one
            // that names the work before its period ("### v1.0 (fall 2026)" over a paragraph) is that piece of work.
            let namedWork = items.isEmpty && section.subsections.isEmpty
                && RoadmapPeriod.trailingAside(title, year: PeriodText.firstYear(context.period ?? "") ?? year) != nil
            if !items.isEmpty || (period != nil && !namedWork) || recurring {
                let intro = Self.prose(section.blocks, consumed: consumed, headings: headings)
                if !intro.isEmpty { groups.insert(LaneGroup(title: group, intro: intro), at: at) }
                return (items, fromHeadings)
            }
            groups.removeSubrange(at...)
        }
        var own = section
        if let closingFields { own.blocks.append(closingFields) }
        let item = headingItem(own, context: context, diagnostics: &diagnostics)
        // A list of separately titled work read as one item's details is said, so nobody wonders where the entries went;
        // one restating the file's headings is a summary of items read there (`RestatedItems.summaryStatuses`).
        if let folded = section.blocks.first(where: { block in
            if case .list(_, let entries) = block.kind {
                (Self.titledEntries(entries) || Self.sentenceTitledEntries(entries)) && !RoadmapLists.isSummary(entries, headings: headings)
            } else { false }
        }),
           case .list(_, let entries) = folded.kind {
            diagnostics.warning(.unreadRoadmapItems,
                                "the \(entries.count) titled entries of the list at line \(folded.line) are read as the details of one item, \"\(item.title)\"",
                                line: section.line, column: section.column,
                                fix: "if they are separate pieces of work, make each an H4 or shorten the text before the list to a lead-in ending in `:`")
        }
        return ([item], true)
    }

    /// Prose of at most two short paragraphs, then only lists of separately titled entries (and lead-ins between them).
    private func introducesTitledEntries(_ blocks: [Block]) -> Bool {
        let reader = MetadataReader(document: document)
        var paragraphs = 0
        var lists = 0
        for block in blocks {
            switch block.kind {
            case .paragraph(let content):
                let text = content.plainText.trimmed
                if lists > 0 && !Self.isLeadIn(text) && !Self.isLabel(content) { return false }
                if reader.metadataLines(block) != nil { return false }
                paragraphs += 1
                if paragraphs > 2 || text.split(separator: " ").count > 40 { return false }
            case .list(_, let entries):
                guard Self.titledEntries(entries), reader.metadataLines(block) == nil else { return false }
                lists += 1
            case .label, .html, .thematicBreak:
                break
            default:
                return false
            }
        }
        return lists > 0
    }

    /// Two or more entries, each a piece of work with a title of its own: a bold title alone on the entry's first line
    /// with its text beneath (`1. **Make validation more robust**` over "Outcome: …"), or a task box led by a bold
    /// title (`- [ ] **Bound the concurrency.** Needs a design.`). `- **Metrics**: …` details are neither.
    static func titledEntries(_ entries: [ListItem]) -> Bool {
        entries.count >= 2 && entries.allSatisfy { entry in
            guard case .paragraph(let content)? = entry.blocks.first?.kind, RoadmapBullet.read(entry)?.startsBold == true else { return false }
            if entry.task != nil { return true }
            let meaningful = content.filter { if case .text(let text) = $0 { !text.trimmed.isEmpty } else { true } }
            guard meaningful.count == 1, case .strong = meaningful[0] else { return false }
            return entry.blocks.count >= 2
        }
    }

    /// Two or more entries, each led by a bold sentence of its own and then more words (`- **Idempotency keys on
    /// payment callbacks.** Paygate can replay…`): the way a roadmap titles separate pieces of work in a list.
    static func sentenceTitledEntries(_ entries: [ListItem]) -> Bool {
        entries.count >= 2 && entries.allSatisfy { entry in
            guard entry.task == nil, case .paragraph(let content)? = entry.blocks.first?.kind else { return false }
            let meaningful = content.filter { if case .text(let text) = $0 { !text.trimmed.isEmpty } else { true } }
            guard meaningful.count >= 2, case .strong(let bold) = meaningful[0] else { return false }
            let title = bold.plainText.trimmed
            return title.hasSuffix(".") && title.split(separator: " ").count >= 2
        }
    }

    /// A body that lists items rather than describing one: lists with nothing but lead-ins between them — "We're:",
    /// "End of Q1:", a bold or italic label or goal paragraph ("**Architecture improvements**", "*Benefits: …*").
    /// Plain prose makes the section an item whose lists are its details (OpenTelemetry's "### P1: Logs").
    /// Metadata lists and lists under a key-results or checklist label do not count.
    /// Under a release's heading (`fieldsLead`), `**Status:** In development` lines lead its lists as a label does.
    private func isGroup(_ blocks: [Block], fieldsLead: Bool = false) -> Bool {
        let reader = MetadataReader(document: document)
        var lists: [[ListItem]] = []
        var onlyLeadIns = true
        var labelled = false
        let labels = Self.listLabels(blocks)
        let footer = Self.footerStart(blocks)
        for (index, block) in blocks.enumerated() {
            // "---" then "*This roadmap is automatically generated … Last updated: 2025-08-14*": the page's footer, set
            // off from the last group's list by the rule, says nothing of that group's work.
            if let footer, index >= footer { break }
            switch block.kind {
            case .list(_, let items):
                if !labelled && reader.metadataLines(block) == nil { lists.append(items) }
                labelled = false
            case .paragraph(let content) where !lists.isEmpty && Self.isClosingNote(content, after: blocks[(index + 1)...]):
                // "**Phase 1 exit criteria:** …" after the last group of a lane closes the lane: a note shown with the
                // group, which leaves its list the items it was.
                break
            case .paragraph(let content):
                let text = content.plainText.trimmed
                labelled = KeyResultLabel.role(of: text) != nil
                if !(Self.isLeadIn(text) || Self.isLabel(content) || labelled || (fieldsLead && isFieldParagraph(block))
                     || labels[index] != nil || StatusLabel.status(of: block) != nil) { onlyLeadIns = false }
                // Fields ending on a label (`**Depends on**: Phase 2` then `**Success Criteria** (what must be TRUE):`) are
                // the one item's, and the list under them its details, however the last line reads.
                if !fieldsLead, reader.metadataLines(block) != nil { onlyLeadIns = false }
            case .label, .html, .fields, .thematicBreak:
                break
            default:
                onlyLeadIns = false
            }
        }
        return !lists.isEmpty && onlyLeadIns
    }

    /// Where a section's closing rule starts: a thematic break after its last list, with only paragraphs (or HTML) after
    /// it — a footer or a note set off from the work, as a generated page ends on "*Last updated: …*".
    static func footerStart(_ blocks: [Block]) -> Int? {
        guard let rule = blocks.lastIndex(where: { if case .thematicBreak = $0.kind { true } else { false } }),
              blocks[..<rule].contains(where: { if case .list = $0.kind { true } else { false } }) else { return nil }
        let after = blocks[(rule + 1)...]
        guard !after.isEmpty, after.allSatisfy({ block in
            switch block.kind {
            case .paragraph, .html, .thematicBreak: true
            default: false
            }
        }) else { return nil }
        return rule
    }

    /// A paragraph led by a bold label that is no field of an item ("**Phase 1 exit criteria:** 1 pilot agency …",
    /// "**Note**: …"), with no list after it: a note closing what came before, not the text of one piece of work.
    private static func isClosingNote(_ content: [Inline], after rest: ArraySlice<Block>) -> Bool {
        guard !rest.contains(where: { if case .list = $0.kind { true } else { false } }),
              let (label, _) = BulletLeadLabel.afterBold(content) else { return false }
        // A colon ends the label ("**Exit criteria:**" or "**Exit criteria**:"); a dash would make it a titled entry.
        let plain = content.plainText.trimmed
        guard let colon = plain.firstIndex(where: { $0 == ":" || $0 == "：" }),
              plain[..<colon].strippingEnds("*_ ") == label.strippingEnds(":： ") else { return false }
        let key = label.strippingEnds(":： ")
        return !key.isEmpty && MetadataKey(spelling: key) == nil
    }

    /// "**Status:** In Development" / "**Focus:** Usability improvements": every line a short `Key: value` field, the
    /// way a release heading says how it stands before listing its features. (Under a milestone's heading the same
    /// lines — `Dependencies: CI-CD` — are the one item's fields, and its lists its details.)
    private func isFieldParagraph(_ block: Block) -> Bool {
        guard block.line >= 1, block.endLine <= document.lines.count, block.line <= block.endLine else { return false }
        return (block.line...block.endLine).allSatisfy { number in
            let text = document.lines[number - 1].filter { $0 != "*" && $0 != "_" }
            guard let colon = text.firstIndex(of: ":") else { return false }
            let key = text[..<colon].trimmed, value = text[text.index(after: colon)...].trimmed
            let keyWords = key.split(separator: " ").count, valueWords = value.split(separator: " ").count
            return (1...3).contains(keyWords) && (1...8).contains(valueWords) && !(value.hasSuffix(".") && valueWords > 2)
        }
    }

    /// A table of items (`| Feature | Status |`) and no list: a release or theme heading over the features it holds
    /// (Hyperledger Grid's "### Grid 0.4"), never one piece of work whose details are a table.
    private static func holdsItemTable(_ blocks: [Block]) -> Bool {
        blocks.contains { PlanTable.items(in: $0) != nil } && !blocks.contains { if case .list = $0.kind { true } else { false } }
    }

    /// `| Feature | Area | Quarter |` with a quarter (or a status) in two rows or more, beside a list: Azure DevOps' roadmap
    /// says what an initiative is in bullets ("The main capabilities of GitHub Advanced Security are: …"), then lists
    /// the features it will ship, each by its quarter. Work scheduled row by row is the heading's items, not the details
    /// of one piece of work; read as one item, the features were a table inside its card.
    private static func holdsScheduledTable(_ blocks: [Block]) -> Bool {
        blocks.contains { block in
            guard let items = PlanTable.items(in: block), items.count >= 2 else { return false }
            return items.filter { item in
                item.fields.contains { field in MetadataKey(spelling: field.key).map { $0 == .due || $0 == .status } ?? false }
            }.count >= 2
        }
    }

    /// A list among the blocks with a task box on one of its items.
    private static func holdsChecklist(_ blocks: [Block]) -> Bool {
        blocks.contains { block in
            if case .list(_, let items) = block.kind { items.contains { $0.task != nil } } else { false }
        }
    }

    /// Tables and nothing else but prose, every body cell blank.
    private static func onlyEmptyTables(_ blocks: [Block]) -> Bool {
        var sawTable = false
        for block in blocks {
            switch block.kind {
            case .table(_, let rows, _):
                sawTable = true
                if rows.contains(where: { $0.contains { !$0.content.plainText.trimmed.isEmpty } }) { return false }
            case .list:
                return false
            default:
                break
            }
        }
        return sawTable
    }

    /// "Several major products now support it, including:" — a short sentence that introduces the list after it (a
    /// full-width colon, as Chinese and Japanese write it, too).
    private static func isLeadIn(_ text: String) -> Bool {
        (text.hasSuffix(":") || text.hasSuffix("：")) && text.split(separator: " ").count <= 25
    }

    /// The label lines of `blocks` by their index, when the lists are divided by two or more of them. One short line
    /// above one list ("Details", "We're:") only leads it in: the heading stays one item, as it was, or its list
    /// stays the heading's items without a group of its own.
    static func listLabels(_ blocks: [Block]) -> [Int: String] {
        var labels: [Int: String] = [:]
        for index in blocks.indices {
            if let label = listLabel(blocks[index], before: blocks.dropFirst(index + 1).first) { labels[index] = label }
        }
        return labels.count >= 2 ? labels : [:]
    }

    /// "MQTT", "Dashboard", "Cli:", "集群模式：" on a line of their own right above a list: a name for the list after it,
    /// as a heading would be, not prose. At most three words (or twelve characters of text written without spaces),
    /// plain text with no sentence mark. Returns the name without its colon.
    static func listLabel(_ block: Block, before next: Block?) -> String? {
        guard case .paragraph(let content) = block.kind, block.line == block.endLine, let next, case .list = next.kind,
              content.allSatisfy({ if case .text = $0 { true } else { false } }) else { return nil }
        var text = content.plainText.trimmed
        if text.hasSuffix(":") || text.hasSuffix("：") { text = String(text.dropLast()).trimmed }
        let words = text.split(separator: " ")
        guard !text.isEmpty, words.count <= 3, text.count <= (words.count == 1 && !text.allSatisfy(\.isASCII) ? 12 : 40),
              text.first?.isLetter == true || text.first?.isNumber == true,
              !text.contains(where: { ".!?。！？;；,，()（）".contains($0) }) else { return nil }
        return text
    }

    /// A paragraph that is all bold or italic: a sub-label such as "**User-facing improvements**".
    private static func isLabel(_ content: [Inline]) -> Bool {
        let meaningful = content.filter { if case .text(let text) = $0 { !text.trimmed.isEmpty } else { true } }
        return meaningful.count == 1 && meaningful.allSatisfy {
            switch $0 {
            case .strong, .emphasis: true
            default: false
            }
        }
    }

    // MARK: Items from lists and tables

    /// The items of the lists and tables among `blocks`, with period labels and status lead-ins applied in order.
    /// `consumed` gets the first line of each block read as items or as a period label, so that the rest is kept as prose.
    private func listItems(_ blocks: [Block], context: inout Context, boldOnly: Bool, consumed: inout Set<Int>,
                           diagnostics: inout DiagnosticBag) -> [RoadmapItem] {
        var items: [RoadmapItem] = []
        var leadInStatus: Status?
        var labelled = false
        // A paragraph of the lane's own prose just above a list says what the list is ("…definitions, however:").
        var described = false
        // "**Phase Numbering:**" just above a list: the list explains the roadmap's numbers, and is shown as its text.
        var legend = false
        let themeGroup = context.group
        // "MQTT" over one list and "Dashboard" over the next: each names the group of the items listed after it.
        let labels = Self.listLabels(blocks)
        var listGroup: String?
        for (index, block) in blocks.enumerated() {
            switch block.kind {
            case .paragraph(let content):
                let text = content.plainText.trimmed
                let periodYear = PeriodText.firstYear(context.period ?? "") ?? year
                legend = false
                if let label = labels[index], RoadmapPeriod.label(text, year: periodYear) == nil,
                   KeyResultLabel.role(of: text) == nil, Self.status(ofLeadIn: text) == nil, Status(reading: label) == nil {
                    listGroup = label
                    consumed.insert(block.line)
                } else if let period = RoadmapPeriod.label(text, year: periodYear) {
                    context.period = period
                    consumed.insert(block.line)
                } else if let (period, theme) = RoadmapPeriod.labelWithTheme(text, year: periodYear)
                            ?? RoadmapPeriod.lastLine(content).flatMap({ RoadmapPeriod.labelWithTheme($0, year: periodYear) }) {
                    context.period = period
                    context.group = themeGroup.map { "\($0) / \(theme)" } ?? theme
                    consumed.insert(block.line)
                } else if KeyResultLabel.role(of: text) != nil {
                    // "### Q1 2026" over "**Tasks**:" and its list: with no item above them, the tasks are the group's work.
                    labelled = !KeyResultLabel.namesWork(text)
                    if !labelled { consumed.insert(block.line) }
                } else if let said = StatusLabel.status(of: block) {
                    // "🔧 **In Progress**" over its list: how the items under it stand. The label is shown on each item,
                    // not again as the lane's text.
                    leadInStatus = said
                    described = false
                    consumed.insert(block.line)
                } else {
                    leadInStatus = text.hasSuffix(":") ? Self.status(ofLeadIn: text) : nil
                    described = MetadataReader(document: document).metadataLines(block) == nil
                    legend = RoadmapLists.leadsLegend(text)
                }
            case .list(_, let written):
                let listItems = written.map { BulletTrailingFields.split($0, document: document) }
                let outerGroup = context.group
                if let listGroup { context.group = outerGroup.map { "\($0) / \(listGroup)" } ?? listGroup }
                defer { leadInStatus = nil; labelled = false; described = false; legend = false; listGroup = nil; context.group = outerGroup }
                // "**Naming conventions:**" over `- Rename the endpoints to kebab-case`: the label's words say legend, the
                // entries say work. A legend's entries each define a term.
                if legend, RoadmapLists.definesTerms(listItems) { continue }
                if !labelled, let records = FieldRecords.records(listItems) {
                    consumed.insert(block.line)
                    for record in records {
                        guard var bullet = RoadmapBullet.read(record.item) else { continue }
                        bullet.title = record.title
                        items.append(self.item(record.item, bullet: bullet, context: context,
                                               status: leadInStatus.map { ($0, .leadIn) } ?? context.given, diagnostics: &diagnostics))
                    }
                    continue
                }
                if labelled || (MetadataReader(document: document).metadataLines(block) != nil && !Self.labelledWork(listItems)) { continue }
                if RoadmapLists.isContents(listItems) || RoadmapLists.isSummary(listItems, headings: context.headings)
                    || RoadmapLists.isDefinitions(listItems, year: PeriodText.firstYear(context.period ?? "") ?? year)
                    || RoadmapLists.isSymbolLegend(listItems)
                    || RoadmapLists.isEmptyTimeline(listItems) { continue }
                var bullets = listItems.map(RoadmapBullet.read)
                // "### Medium Priority" over `- 🟡 Team workspaces`, `- 🟡 Audit logs`: one colour on every entry under a
                // heading that names how urgent they are is that urgency's colour, not how each stands.
                if let named = listGroup ?? context.group.flatMap({ $0.components(separatedBy: " / ").last }) ?? Optional(context.lane.title),
                   RoadmapHeading.namesPriorityLevel(named), Self.oneColourCircle(listItems) {
                    for index in bullets.indices { bullets[index]?.status = nil }
                }
                // Beside heading items, plain bullets straight under the lane ("- Fix billing export") are its smaller
                // pieces of work, as they are in a lane without headings; a list its prose introduces, or of sentences,
                // describes the lane and is shown as its text.
                // A checklist is work whatever its length ("- [x] Phase 11: DNS Cutover & Decommission (2/2 plans) — completed
                // 2026-02-09", eleven words, dropped a GSD roadmap's four shipped phases as the lane's text).
                if boldOnly && !bullets.allSatisfy({ $0?.startsBold == true }) && (described || !RoadmapLists.isTitles(listItems))
                    && !listItems.allSatisfy({ $0.task != nil }) { continue }
                consumed.insert(block.line)
                for (item, bullet) in zip(listItems, bullets) {
                    guard let bullet else { continue }
                    // "1. **May:**" with the month's milestones beneath: the label is their period, they are the items.
                    if let (period, nested) = periodLabelled(item, year: PeriodText.firstYear(context.period ?? "") ?? year) {
                        var labelled = context
                        labelled.period = period
                        for child in nested.map({ BulletTrailingFields.split($0, document: document) }) {
                            guard let childBullet = RoadmapBullet.read(child) else { continue }
                            items.append(self.item(child, bullet: childBullet, context: labelled, status: leadInStatus.map { ($0, .leadIn) } ?? context.given,
                                                   diagnostics: &diagnostics))
                        }
                        continue
                    }
                    if Subtasks.isLinkLabel(item) { continue }
                    // "- 0.2" or "- **Key Activities**:" with the work beneath: the label groups the items, it is not one.
                    if let (label, nested) = Self.groupLabelled(item),
                       !item.blocks.dropFirst().contains(where: { MetadataReader(document: document).metadataLines($0) != nil }) {
                        var grouped = context
                        grouped.group = context.group.map { "\($0) / \(label)" } ?? label
                        items += self.listItems([Block(.list(ordered: false, items: nested), line: item.line, endLine: item.endLine)],
                                           context: &grouped, boldOnly: false, consumed: &consumed, diagnostics: &diagnostics)
                        continue
                    }
                    items.append(self.item(item, bullet: bullet, context: context, status: leadInStatus.map { ($0, .leadIn) } ?? context.given,
                                           diagnostics: &diagnostics))
                }
            case .table:
                let rows = tableItems(block, context: context, diagnostics: &diagnostics)
                if !rows.isEmpty { consumed.insert(block.line) }
                items += rows
            default:
                break
            }
        }
        return items
    }

    /// Coloured circles a tracker marks urgency with (🔴 high, 🟡 medium, 🟢 low), written or as GitHub shortcodes.
    private static let circles = ["🔴", "🟠", "🟡", "🟢", "🔵", "🟣", "🟤", "⚫", "⚪", ":red_circle:", ":orange_circle:",
                                  ":yellow_circle:", ":green_circle:", ":large_blue_circle:", ":blue_circle:", ":purple_circle:",
                                  ":white_circle:", ":black_circle:"]

    /// True when `heading`, whose words are `name`, names a level of urgency and holds a coloured circle: the circle is
    /// that urgency's colour ("## High Priority 🔴"), not a status.
    static func urgencyColour(_ heading: String, name: String) -> Bool {
        RoadmapHeading.namesPriorityLevel(name) && circles.contains { heading.containsBytes(of: $0) }
    }

    /// Two or more entries, every one led by the same coloured circle.
    static func oneColourCircle(_ items: [ListItem]) -> Bool {
        guard items.count >= 2 else { return false }
        let leads = items.map { item -> String? in
            guard case .paragraph(let content)? = item.blocks.first?.kind else { return nil }
            let text = content.plainText.trimmed
            return circles.first { text.hasPrefix($0) }
        }
        guard let first = leads[0] else { return false }
        return leads.allSatisfy { $0 == first }
    }

    /// `- **Done:** Move the helpdesk to the new inbox`: bullets each led by a bold status, period or rank label and then
    /// words of work, which the metadata reader takes for `Key: value` lines ("Done" is near "Due"). A value that is
    /// only a date (`- **Done:** 2027-03-01`) is a field.
    static func labelledWork(_ items: [ListItem]) -> Bool {
        items.allSatisfy { item in
            guard case .paragraph(let content)? = item.blocks.first?.kind, let (label, rest) = BulletLeadLabel.afterBold(content),
                  BulletLeadLabel.read(label) != nil else { return false }
            let words = rest.plainText.trimmed
            return !WhenText.isWhen(words) && WrittenDate.find(in: words) == nil && words.split(separator: " ").count >= 2
        }
    }

    /// A list item that is only a period label ("**May:**", "Q3 2025:", "End of Q2:") over a nested list: the period
    /// and the nested items, or nil for any other item.
    private func periodLabelled(_ item: ListItem, year: Int?) -> (String, [ListItem])? {
        guard item.blocks.count >= 2, case .paragraph(let content)? = item.blocks.first?.kind,
              let period = RoadmapPeriod.label(content.plainText, year: year) else { return nil }
        let nested = item.blocks.dropFirst().flatMap { block -> [ListItem] in
            if case .list(_, let children) = block.kind { children } else { [] }
        }
        guard !nested.isEmpty else { return nil }
        return (period.hasSuffix(":") ? String(period.dropLast()).trimmed : period, nested)
    }

    /// A list item that is only a label over a nested list of the work: a release ("0.2", "2.1.7-beta1", "2.1.7 (same
    /// release as openvcloud)") or a collection of work ("**Key Activities**:", "Deliverables:", "Backlogs"). The
    /// label, and the nested items; nil for an item with text of its own.
    static func groupLabelled(_ item: ListItem) -> (String, [ListItem])? {
        guard item.blocks.count >= 2, case .paragraph(let content)? = item.blocks.first?.kind else { return nil }
        var nested: [ListItem] = []
        for block in item.blocks.dropFirst() {
            guard case .list(_, let children) = block.kind else { return nil }
            nested += children
        }
        let text = content.plainText.trimmed
        guard !nested.isEmpty, !text.contains("\n"), Status.leadingSymbol(in: text) == nil, item.task == nil else { return nil }
        var release = text
        if let open = release.firstIndex(of: "("), release.hasSuffix(")") { release = release[..<open].trimmed }
        if RoadmapHeading.isRelease(release) || RoadmapHeading.isRelease(release.split(separator: "-").first.map(String.init) ?? "")
            && release.split(separator: " ").count == 1 {
            // "- **v0.1.0 Release**" over one bullet of prose ("With the release of v0.1.0, the core team … will be able to
            // …"): the release is the work and the bullet says what it is. Read as a release over its one feature, the item
            // was titled by the description's first words and the release's name was only its group.
            if nested.count == 1, Self.describes(nested[0]) { return nil }
            return (text, nested)
        }
        // Only a label that names a collection ("Key activities:", "Backlogs"): "SQLite schema with core tables:" over
        // the tables, or "**Phase 5 (Cleanup):**" over what it did, is one piece of work with its parts beneath.
        let label = TitleText.clean(text)
        guard RoadmapHeading.isCollection(label) else { return nil }
        return (label, nested)
    }

    /// A bullet that describes rather than names a piece of work: one paragraph of prose, not led by a bold title or a
    /// box, with two sentences or more words than a title has ("Release all LABS Token detailed information in
    /// preparation for the token launch date. (07/24/2024 @ 00:00 UTC).").
    static func describes(_ item: ListItem) -> Bool {
        guard item.task == nil, item.blocks.count == 1, case .paragraph(let content)? = item.blocks.first?.kind,
              !content.isEmpty else { return false }
        if case .strong(_)? = content.first { return false }
        let text = content.plainText.trimmed
        guard text.split(whereSeparator: \.isWhitespace).count < 12 else { return true }
        // A second sentence: a full stop, a space and a capital ("Vesting Contracts Explained. Improvise new look…").
        let parts = text.components(separatedBy: ". ")
        return parts.dropFirst().contains { $0.first?.isUppercase == true }
    }

    /// The blocks a reader sees as text beside the items: everything not read as items or as a period label, except
    /// navigation (a table of contents, a list restating the file's headings), labels, comments and rules.
    /// `## Phase 1: Foundations` over `- [x] **Task 1**: …` tasks closed by `- **Status**: Complete` and `- **Time**: ~2
    /// weeks` (a memory bank's progress file): the closing entries (`TrailingFieldEntries`) say how the phase stands and
    /// what it took, no work of their own. The lane's blocks with them split off into a list of their own, which is shown
    /// as the lane's text, and that list; the blocks as they are when the lane's list has no such entries.
    static func closingFieldsApart(_ blocks: [Block], document: MarkdownDocument) -> ([Block], Block?) {
        guard let fields = TrailingFieldEntries.fields(blocks, reader: MetadataReader(document: document), document: document, lone: true),
              let index = blocks.lastIndex(where: { if case .list = $0.kind { true } else { false } }),
              case .list(let ordered, let entries) = blocks[index].kind else { return (blocks, nil) }
        let steps = entries.filter { $0.line < fields.line }, closing = entries.filter { $0.line >= fields.line }
        guard !steps.isEmpty, !closing.isEmpty else { return (blocks, nil) }
        let list = blocks[index]
        let closingList = Block(.list(ordered: ordered, items: closing), line: fields.line, column: list.column, endLine: list.endLine)
        var split = blocks
        split[index] = Block(.list(ordered: ordered, items: steps), line: list.line, column: list.column, endLine: fields.line - 1)
        split.insert(closingList, at: index + 1)
        return (split, closingList)
    }

    static func prose(_ blocks: [Block], consumed: Set<Int>, headings: RoadmapLists.Headings) -> [Block] {
        blocks.filter { block in
            guard !consumed.contains(block.line) else { return false }
            switch block.kind {
            case .label, .html, .thematicBreak, .heading: return false
            case .list(_, let items): return !RoadmapLists.isContents(items) && !RoadmapLists.isSummary(items, headings: headings)
            default: return true
            }
        }
    }

    /// "The following items were completed recently:" makes the list after it done.
    private static func status(ofLeadIn text: String) -> Status? {
        let lower = text.lowercased()
        return ["completed", "shipped", "finished", "delivered", "accomplished", "released", "has been done", "have been done"]
            .contains(where: lower.contains) ? .done : nil
    }

    /// A list item as a roadmap item: its title, status, team and period from its first line, and metadata from a
    /// nested `Key: value` list.
    func item(_ item: ListItem, bullet: RoadmapBullet, context: RoadmapParser.Context, status given: (Status, StatusOrigin)?,
                      diagnostics: inout DiagnosticBag) -> RoadmapItem {
        let reader = MetadataReader(document: document)
        var metadata = Metadata()
        var metadataLines: ClosedRange<Int>?
        // "**Kiosk.** A tablet app. (owner: Lee Chen)": fields split off the end of the item's own line; the words before
        // them are still its text.
        var inlineFields: Block?
        // Fields at the end of the line and a nested `Key: value` list under it are both the item's metadata.
        var fieldBlocks: [Block] = []
        // A nested list of bold-key fields, some over details of their own (a Notion-synced task's properties): its
        // fields are read wherever they sit among the entries, and the entries that are text stay the item's text.
        var entryFields: [MetadataReader.Line] = []
        for block in item.blocks.dropFirst() {
            if let entries = reader.fieldEntries(block) {
                entryFields = entries
                break
            }
            guard let lines = reader.metadataLines(block) else { continue }
            fieldBlocks.append(block)
            if case .fields = block.kind, let first = item.blocks.first, block.line <= first.endLine {
                inlineFields = block
                continue
            }
            metadataLines = block.line...(lines.map(\.endLine).max() ?? block.endLine)
            break
        }
        if !fieldBlocks.isEmpty { metadata = reader.read(fieldBlocks, diagnostics: &diagnostics).0 }
        for line in entryFields { reader.apply(line, to: &metadata, diagnostics: &diagnostics) }
        // Field lines continuing the bullet's own paragraph ("- Fix the dashboard navigation" over "  Effort: 2-3 hours").
        for line in Self.continuationFields(item) { reader.apply(line, to: &metadata, diagnostics: &diagnostics) }
        // "Size: depends on the vendor." run on under the bullet: a remark, kept as its text; said, since the key is a field's.
        if let first = item.blocks.first, case .paragraph(let content) = first.kind {
            for remark in RoadmapBullet.remarkFieldLines(content) {
                diagnostics.warning(.invalidValue, "`\(remark.key):` here reads as a remark, not as the item's \(remark.key.lowercased()): the line is kept as the item's text and no value is read from it",
                                    line: first.line + remark.offset, column: first.column,
                                    fix: "to set the field, write its value alone (`\(remark.key): …`); to keep it as a remark, reword it so it does not open with `\(remark.key):`")
            }
        }
        let entryLines = Set(entryFields.flatMap { $0.line...$0.endLine })
        var statusFrom: StatusOrigin?
        // Nothing ticked yet under a lane or label of work under way ("## In progress"): the lane says how it stands,
        // as it does for an unticked box.
        if metadata.status == nil, bullet.status == nil, let status = Subtasks.status(of: item),
           status != .notStarted || (RoadmapHeading.underway(context.lane.title) == nil && !Self.underway(given?.0)) {
            metadata.status = status
        }
        if metadata.status == nil, let status = bullet.status ?? given?.0 {
            metadata.status = status
            if bullet.status == nil { statusFrom = given?.1 }
        }
        if metadata.status == nil, bullet.struck { metadata.status = .done }
        // An unticked box in an "In progress" or "Blocked" lane: the lane says how it stands, the box only that it is
        // not finished.
        if item.task == false, metadata.status == .notStarted, let lane = RoadmapHeading.underway(context.lane.title) {
            metadata.status = lane
            statusFrom = .lane
        } else if item.task == false, metadata.status == .notStarted, let (label, origin) = given, [.onTrack, .atRisk, .offTrack].contains(label),
                  origin == .leadIn || context.group.flatMap({ $0.components(separatedBy: " / ").last }).flatMap(StatusLabel.status(ofTitle:)) != nil {
            // The same under a status label or heading ("🔧 **In Progress**", "### Blocked"): not finished is not "not
            // started". (A release's "Status: In development" says how the release stands, not each unticked feature.)
            metadata.status = label
            statusFrom = origin
        }
        if metadata.team == nil { metadata.team = bullet.team }
        // A path or an address is never when the item is due, however the line put it.
        if metadata.due == nil, let due = bullet.due, !LiteralText.isPathOrAddress(due) { metadata.due = due }
        if metadata.owners.isEmpty { metadata.owners = bullet.owners }
        metadata.issues += bullet.issues.filter { !metadata.issues.contains($0) }
        metadata.custom += bullet.fields.filter { field in !metadata.custom.contains { $0.key == field.key } }
        // The body is the item's text without its metadata lines, as for objectives.
        let body = (item.line...max(item.line, item.endLine)).filter { !(metadataLines?.contains($0) ?? false) && !entryLines.contains($0) }
            .map { line in
                let source = document.source(from: line, through: line)
                guard let inlineFields, inlineFields.line == line else { return source }
                return Self.before(fields: inlineFields, in: source)
            }
            .joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        let periodYear = PeriodText.firstYear(context.period ?? "") ?? year
        // A period in a code span of the title ("Write the notes: `2026-Q3`") names a file or a value, not when.
        var plainTitle = bullet.title
        if case .paragraph(let content)? = item.blocks.first?.kind {
            for code in LiteralText.codeSpans(in: content) { plainTitle = plainTitle.replacingAll(code, with: " ") }
        }
        // "- Release 2.0 by the end of 2018", "- **Search index.** We will move it by Q3 2026.": the item's words say when.
        if metadata.due == nil, let due = ProseDue.trailing(in: plainTitle, year: periodYear) ?? ProseDue.sentence(in: item.blocks, year: periodYear) {
            metadata.due = due
        }
        let ownPeriod = metadata.due.flatMap { due in RoadmapPeriod.ofDue(due, year: periodYear) }
            ?? RoadmapPeriod.heading(plainTitle, year: periodYear)
        var made = RoadmapItem(
            id: item.label ?? "\(context.roadmapID)/\(Slug.make(bullet.title))", roadmap: context.roadmapID, lane: context.lane.title,
            group: context.group, period: ownPeriod ?? context.period, title: bullet.title, metadata: metadata, body: body,
            location: SourceLocation(path: document.path, line: item.line, column: item.column), explicitID: item.label != nil,
            blocks: Self.shownBlocks(item, bullet: bullet, without: metadataLines, inlineFields: inlineFields, entries: entryLines))
        made.statusFrom = statusFrom
        return made
    }

    /// The `Key: value` lines that end a bullet's first paragraph (`RoadmapBullet.continuationFields`), as metadata lines.
    static func continuationFields(_ item: ListItem) -> [MetadataReader.Line] {
        guard let first = item.blocks.first, case .paragraph(let content) = first.kind,
              let cut = RoadmapBullet.continuationFields(content) else { return [] }
        return content.lines.enumerated().dropFirst(cut).compactMap { offset, line in
            let text = line.plainText
            guard let colon = text.firstIndex(of: ":") else { return nil }
            let bare = { (part: Substring) in String(part.drop { " *_".contains($0) }.reversed().drop { " *_".contains($0) }.reversed()) }
            let key = bare(text[..<colon]), value = bare(text[text.index(after: colon)...])
            let number = first.line + offset
            return MetadataReader.Line(key: key, value: value, line: number, valueColumn: first.column + text.distance(from: text.startIndex, to: colon) + 2,
                                       endLine: number)
        }
    }

    /// A source line without the `(Owner: …)` bracket at its end that `fields` was split from.
    static func before(fields: Block, in source: String) -> String {
        guard case .fields(let read) = fields.kind, let key = read.first?.key,
              let open = source.range(of: "(" + key, options: [.backwards, .caseInsensitive])
                ?? source.range(of: key, options: [.backwards, .caseInsensitive]) else { return source }
        var kept = source[..<open.lowerBound]
        while let last = kept.last, " \t—–|·-;,".contains(last) { kept.removeLast() }
        return String(kept)
    }

    /// The item's blocks as its card shows them: without the metadata and without a leading bold title, which
    /// the card shows as its heading.
    static func shownBlocks(_ item: ListItem, bullet: RoadmapBullet, without metadata: ClosedRange<Int>?, inlineFields: Block? = nil,
                            entries: Set<Int> = []) -> [Block] {
        let title = bullet.title
        var blocks = item.blocks.filter { block in metadata.map { !$0.contains(block.line) } ?? true }
        // The entries of a field list read as fields are shown as fields; the list keeps its other entries.
        if !entries.isEmpty {
            blocks = blocks.compactMap { block in
                guard case .list(let ordered, let listed) = block.kind, listed.contains(where: { entries.contains($0.line) }) else { return block }
                let kept = listed.filter { !entries.contains($0.line) }
                guard let first = kept.first else { return nil }
                return Block(.list(ordered: ordered, items: kept), line: first.line, column: block.column, endLine: block.endLine)
            }
        }
        if let inlineFields { blocks.removeAll { $0 == inlineFields } }
        // Field lines continuing the bullet's line are shown as its fields, not as its text.
        if let first = blocks.first, first.line == item.line, case .paragraph(let content) = first.kind,
           let cut = RoadmapBullet.continuationFields(content) {
            blocks[0] = Block(.paragraph(RoadmapBullet.lines(content, before: cut)), line: first.line, column: first.column, endLine: first.line + cut - 1)
        }
        // "Volunteer app (@priya)": a line that is only the title and what was read from it is not text of its own.
        if case .paragraph(let content)? = blocks.first?.kind, blocks.first?.line == item.line, title != content.plainText.trimmed,
           BulletLineRestated.check(content, title: title, read: BulletLineRestated.read(bullet)) {
            blocks.removeFirst()
            return blocks
        }
        guard case .paragraph(var content)? = blocks.first?.kind, case .strong(let bold)? = content.first,
              [title, title + "."].contains(bold.plainText) else { return blocks }
        content.removeFirst()
        while let first = content.first {
            if first == .softBreak || first == .lineBreak { content.removeFirst(); continue }
            guard case .text(let text) = first else { break }
            var rest = text.drop { $0.isWhitespace }
            // "**Speed up deploys**. As new development happens…" (2i2c's plan): the stop after the bold ends the title,
            // and left at the head of the text it showed as a lone "." or ". As new…".
            if let mark = rest.first, ".:;,–—-".contains(mark), rest.dropFirst().first?.isWhitespace ?? true {
                rest = rest.dropFirst().drop { $0.isWhitespace }
            }
            if rest.count == text.count { break }
            if rest.isEmpty { content.removeFirst() } else { content[0] = Inline.text(String(rest)); break }
        }
        if content.isEmpty { blocks.removeFirst() } else { blocks[0].kind = Block.Kind.paragraph(content) }
        return blocks
    }

    /// Rows of a table whose first column is a title; any other table that looks like a plan is said to be unread.
    private func tableItems(_ block: Block, context: Context, diagnostics: inout DiagnosticBag) -> [RoadmapItem] {
        guard let table = PlanTable.rows(in: block, untitledApart: true) else {
            if PlanTable.looksLikePlan(block) {
                diagnostics.warning(.unreadRoadmapItems, "a table of key results in a roadmap is not read as roadmap items",
                                    line: block.line, column: block.column,
                                    fix: "give the table a first column of titles (`| Item | Owner | Status |`), one row per item")
            } else {
                Self.warnPeriodTable(block, diagnostics: &diagnostics)
            }
            return []
        }
        for (cell, said) in table.untitled {
            let written = said.map(\.text).joined(separator: " | ")
            diagnostics.warning(.unreadRoadmapItems, "a table row with no title is not read as a roadmap item: `\(written)`",
                                line: cell.line, column: cell.column,
                                fix: "write the work's name in the row's first cell, or delete the row")
        }
        let reader = MetadataReader(document: document)
        return table.items.map { row in
            var metadata = reader.metadata(from: row.fields, diagnostics: &diagnostics)
            // "[SMS reminders](https://linear.app/acme/issue/ENG-4)": a title cell that links to its tracker names the
            // item's issue, as a bullet's link does.
            metadata.issues += RoadmapBullet.issueLinks(in: row.cell.content).filter { !metadata.issues.contains($0) }
            let inherits = metadata.status == nil && row.checked != true
            if metadata.status == nil { metadata.status = row.checked == true ? .done : context.status }
            let period = metadata.due.flatMap { PeriodText.normalize($0, year: year) } ?? context.period
            if let due = metadata.due, let line = row.fields.first(where: { MetadataKey(spelling: $0.key) == .due }) {
                Self.warnSpan(due, period: period, year: year, line: line, diagnostics: &diagnostics)
            }
            // Its text is what the row says beyond the fields the card shows (`saidText`), not the raw row: the card
            // shows each note under its header, but a header is no evidence of what the work is about.
            var inlines: [Inline] = []
            // A title cell that is a link and what it is about ("[Gemini 3.x is unusable](…) — the client omits …"), or a
            // name and a lower-case description: the link or name is the title, the rest of the cell leads the text.
            // "Rate limiting on public API #142": issue numbers after the words are not the title's, as in a bullet.
            let named = TitleText.leadingLink(row.cell.content) ?? RoadmapBullet.named(RoadmapBullet.withoutTrailingIssueNumbers(row.title))
            let title = named.isEmpty ? row.title : named
            var lines = row.saidText + row.stepLines
            if title != row.title {
                inlines = row.cell.content
                lines.insert(row.cell.text, at: 0)
            }
            for note in row.notes {
                if !inlines.isEmpty { inlines.append(.lineBreak) }
                inlines += [.strong([.text(note.header + ":")]), .text(" ")] + note.cell.content
            }
            var made = RoadmapItem(id: "\(context.roadmapID)/\(Slug.make(title))", roadmap: context.roadmapID, lane: context.lane.title,
                                   group: context.group, period: period, title: title, metadata: metadata,
                                   body: lines.joined(separator: "\n"),
                                   location: SourceLocation(path: document.path, line: row.cell.line, column: row.cell.column), explicitID: false,
                                   blocks: (inlines.isEmpty ? [] : [Block(.paragraph(inlines), line: row.cell.line, endLine: row.cell.line)])
                                       + (row.stepList.map { [$0] } ?? []))
            if inherits { made.statusFrom = context.given?.1 }
            return made
        }
    }

    /// `| Quarter | Version | Window |`: one row per period, but no column says what the work is. Said at the table, with
    /// its rows counted, so that nobody wonders where the periods' work went.
    static func warnPeriodTable(_ block: Block, diagnostics: inout DiagnosticBag) {
        guard case .table(let header, let rows, _) = block.kind, PlanTable.isPeriodLed(header: header, rows: rows) else { return }
        // Only rows of quarters or halves: a `| Date | Version |` changelog is no plan.
        let firsts = rows.filter { !PlanTable.isSeparator($0) }.compactMap { $0.first?.text }.filter { !$0.isEmpty }
        guard !firsts.isEmpty, firsts.allSatisfy({ PeriodText.normalize($0, year: nil).map { $0.contains("-Q") || $0.contains("-H") } ?? false }) else { return }
        let count = rows.filter { !PlanTable.isSeparator($0) }.count
        diagnostics.warning(.unreadRoadmapItems,
                            "a table of \(count) row\(count == 1 ? "" : "s") by period is not read as roadmap items: no column names the work",
                            line: block.line, column: block.column,
                            fix: "add a column of the work's names (`| Quarter | Objectives |`) or of sentences saying what each period delivers")
    }

    /// "Q1 2027, Q2 2027" (a Notion multi-select of quarters): an item has one period, the first, and the writer is told
    /// rather than the later quarters dropped unseen.
    static func warnSpan(_ due: String, period: String?, year: Int?, line: MetadataReader.Line, diagnostics: inout DiagnosticBag) {
        let parts = due.split(whereSeparator: { ",;&+/–—".contains($0) }).map { String($0) }
            .flatMap { $0.components(separatedBy: " and ") }.flatMap { $0.components(separatedBy: " to ") }
            .flatMap { $0.components(separatedBy: " - ") }
        var periods: [String] = []
        for part in parts {
            guard Quarter.find(in: part) != nil || quarterOrHalf.matches(part), let found = PeriodText.normalize(part, year: year) else { continue }
            if !periods.contains(found) { periods.append(found) }
        }
        guard periods.count >= 2, let period else { return }
        diagnostics.warning(.periodSpan, "“\(due)” names \(periods.count) periods (\(periods.joined(separator: ", "))); an item has one, so it is placed in \(period)",
                            line: line.line, column: line.valueColumn,
                            fix: "split the work into one item per period, or keep only the period it is due in")
    }

    private static let quarterOrHalf = Pattern(#"\b[QH][1-4]\b"#)

    /// The tables of items in sections about the roadmap (and in their subsections), one lane per heading that holds
    /// them: read only for a file that has no lane of items, whose plan is such a table.
    func planTables(in sections: [Section], fileStatus: Status?, diagnostics: inout DiagnosticBag) -> [Result] {
        var results: [Result] = []
        for section in sections where !parser.config.ignores(heading: section.title) {
            let tables = section.blocks.filter { PlanTable.items(in: $0)?.isEmpty == false }
            if !tables.isEmpty {
                let title = TitleText.clean(section.title)
                let (kind, period) = RoadmapHeading.laneKind(title, year: year)
                let lane = Lane(title: title, kind: kind, period: period,
                                location: SourceLocation(path: document.path, line: section.line, column: section.column))
                let context = context(for: lane, fileStatus: fileStatus)
                let items = tables.flatMap { tableItems($0, context: context, diagnostics: &diagnostics) }
                results.append(Result(lane: lane, items: items, prose: nil, fromHeadings: false))
            }
            results += planTables(in: section.subsections, fileStatus: fileStatus, diagnostics: &diagnostics)
        }
        return results
    }

    // MARK: Items from headings

    /// A heading section as one item: its metadata at the top of the body; a status symbol, a `P0:` rank and a
    /// "(Driver: …)" taken out of its title.
    func headingItem(_ section: Section, context: RoadmapParser.Context, diagnostics: inout DiagnosticBag) -> RoadmapItem {
        // A short name on the item's first line is part of its metadata: the `Dependencies:` line after it still leads.
        let shortName = section.blocks.first.flatMap { Self.shortName($0, document: document) }
        let own = shortName == nil ? section.blocks : Array(section.blocks.dropFirst())
        let (metadata0, metadataEnd) = MetadataReader(document: document).read(own, diagnostics: &diagnostics)
        IndentedKeyResults.warnMetadata(own, document: document, diagnostics: &diagnostics)
        SkeletonPlaceholders.warnParagraphs(own, diagnostics: &diagnostics)
        var metadata = metadata0
        let bodyStart = metadataEnd.map { $0 + 1 } ?? (shortName == nil ? section.bodyLine : (section.blocks.first?.endLine ?? section.line) + 1)
        var written = section.title
        // "### [x] CLI with validate, generate, stats, deps", "### [ ] HTML output format": a task box written into the
        // heading, as a roadmap generator writes each item, says how it stands as a bullet's box does (an unticked one in an
        // "In progress" lane takes the lane's status) and is no word of the title.
        if let box = Self.headingTaskBox.firstMatchWithRange(in: written), box.range.upperBound < written.endIndex {
            let ticked = box.groups[1]?.lowercased() == "x"
            if metadata.status == nil {
                metadata.status = ticked ? .done : (RoadmapHeading.underway(context.lane.title) ?? (Self.underway(context.status) ? context.status : .notStarted))
            }
            written = String(written[box.range.upperBound...])
        }
        // "### ✅ P0-2 — Wire the Errors tab" and "### M-1.3 — Sortable columns ✅": a mark at either end says how it stands.
        if let symbol = Status.leadingSymbol(in: written) ?? Status.trailingSymbol(in: written) {
            if metadata.status == nil { metadata.status = symbol.status }
            written = symbol.rest
        }
        // "### Faster sync (done)", "### Search | DONE", "### [DONE] Roadmap as CSV": the status set off beside the name.
        if let said = TitleStatus.split(written) {
            if metadata.status == nil { metadata.status = said.status }
            written = said.rest
        }
        // "#### Web Portal (70%)" under "## ✅ Already implemented (99%)": how far the work has got, in brackets after its
        // name, as a bullet's "[70%]" says it. Only where the lane or group heading writes its own figure so, since a lane
        // has no target: elsewhere "### Raise test coverage (80%)" may name the target. It is the item's own figure, so a
        // lane of finished work does not make it done: done at 100 %, not started at 0, on track between. The figure
        // leaves the title, and so the id stays as the figure moves.
        if let match = Self.headingPercent.firstMatchWithRange(in: written), match.range.lowerBound > written.startIndex,
           ([context.lane.title] + (context.group?.components(separatedBy: " / ") ?? [])).contains(where: Self.bracketedPercent.matches),
           let percent = match.groups[1].flatMap({ Int($0) }), percent <= 100 {
            if metadata.status == nil { metadata.status = percent == 100 ? .done : percent == 0 ? .notStarted : .onTrack }
            if !metadata.custom.contains(where: { $0.key.lowercased() == "progress" }) {
                metadata.custom.append(CustomField(key: "Progress", value: "\(percent)%"))
            }
            written = String(written[..<match.range.lowerBound])
        }
        var label = TitleLabel.parse(written)
        label.fill(&metadata, team: nil)
        // "### Milestone 1: Public beta", "### M2 — Offline mode": the step label is a field, not a word of the title.
        if let step = TitleLabel.roadmapStep(label.code == nil ? label.title : written) {
            label.title = step.rest
            if !metadata.custom.contains(where: { $0.key == step.field.key }) { metadata.custom.insert(step.field, at: 0) }
        }
        if let shortName, !metadata.custom.contains(where: { $0.key == shortName.key }) { metadata.custom.insert(shortName, at: 0) }
        // "#### 1. Rename Dashboard → Insight (2-3 hours)": how long the work should take is a field, not words of its name.
        if let estimate = EffortEstimate.split(label.title), !metadata.custom.contains(where: { $0.key == EffortEstimate.key }) {
            label.title = estimate.name
            metadata.custom.append(CustomField(key: EffortEstimate.key, value: estimate.estimate))
        }
        // "### MVP (summer 2026)", "### v1.0 (Q4 2026)": when the work is due, in brackets after its name, as a bullet says it.
        // Its id keeps the words as written, so that "v1.0 (fall 2026)" and "v1.0+ (spring 2027)" stay two items.
        let idTitle = label.idTitle
        if let aside = RoadmapPeriod.trailingAside(label.title, year: year) {
            label.title = aside.name
            if metadata.due == nil { metadata.due = aside.when }
        }
        // "### Release 2.0 by the end of 2018", or "The release is estimated to be ready in mid or late 2018." under it.
        let blocks = document.blocks(from: bodyStart, through: section.endLine)
        // "The app will be in the stores by end of March." under a `## 2025` lane: the lane's year is the month's.
        let periodYear = PeriodText.firstYear(context.period ?? "") ?? year
        var proseDue = false
        if metadata.due == nil, let due = ProseDue.trailing(in: label.title, year: periodYear) ?? ProseDue.sentence(in: blocks, year: periodYear) {
            metadata.due = due
            proseDue = true
        }
        // A status the ticks on the item's own steps give (`StatusOrigin.steps`), which a summary elsewhere may overrule.
        var fromSteps = false
        // "### Branching off 1.3.x" over "#### Checklist": its ticks say how far the phase has come.
        if metadata.status == nil, let checklist = section.subsections.first(where: { RoadmapHeading.normalized($0.title).strippingEnds(":：. ") == "checklist" }),
           let status = Subtasks.status(ofChecklist: checklist.blocks),
           status != .notStarted || (RoadmapHeading.underway(context.lane.title) == nil && !Self.underway(context.status)) {
            metadata.status = status
            fromSteps = true
        }
        // "### Task 8.7" over unticked steps closed by its own fields (`TrailingFieldEntries`): the steps' ticks say how far
        // it has come, as a phase's checklist's do.
        if metadata.status == nil, let closing = section.blocks.last, case .fields = closing.kind,
           let list = section.blocks.last(where: { if case .list = $0.kind { true } else { false } }),
           case .list(let ordered, let entries) = list.kind,
           let status = Subtasks.status(ofChecklist: [Block(.list(ordered: ordered, items: entries.filter { $0.line < closing.line }),
                                                            line: list.line, endLine: list.endLine)]),
           status != .notStarted || (RoadmapHeading.underway(context.lane.title) == nil && !Self.underway(context.status)) {
            metadata.status = status
            fromSteps = true
        }
        // "### Phase 1: Q1 2026" over "**Tasks**:" and `- ✅ …` / `- 🔄 …`: the marks on its own list of steps say how far it
        // has come, as a checklist's ticks do. Every entry of the list must carry one; a list of plain steps says nothing.
        if metadata.status == nil,
           let status = section.blocks.lazy.compactMap({ block -> Status? in
               guard case .list(_, let entries) = block.kind, entries.count >= 2 else { return nil }
               return Subtasks.status(ofChecklist: [block])
           }).first,
           status != .notStarted || (RoadmapHeading.underway(context.lane.title) == nil && !Self.underway(context.status)) {
            metadata.status = status
            fromSteps = true
        }
        let inherits = metadata.status == nil
        if metadata.status == nil { metadata.status = context.status }
        if let code = label.code, code.hasPrefix("P"), !metadata.custom.contains(where: { $0.key == "Rank" }) {
            metadata.custom.append(CustomField(key: "Rank", value: code))
        }
        // "### Version 2.4 - 2026-04-01": the heading says when it is due.
        let period = metadata.due.flatMap { RoadmapPeriod.ofDue($0, year: proseDue ? periodYear : year) } ?? RoadmapPeriod.heading(label.title, year: year)
            ?? context.period
        var made = RoadmapItem(
            id: section.label ?? "\(context.roadmapID)/\(Slug.make(idTitle))", roadmap: context.roadmapID, lane: context.lane.title,
            group: context.group, period: period, title: label.title, metadata: metadata,
            // `bearing new roadmap-item`'s placeholder sentence is no text to place the item by.
            body: SkeletonPlaceholders.withoutPlaceholders(document.source(from: bodyStart, through: section.endLine)),
            location: SourceLocation(path: document.path, line: section.line, column: section.column), explicitID: section.label != nil,
            blocks: Self.fieldLinesApart(Self.withoutClosingRule(blocks)))
        if inherits { made.statusFrom = context.given?.1 }
        if fromSteps { made.statusFrom = .steps }
        return made
    }

    /// An item's text without the rule (and the next heading's `<a id="…"></a>` anchor) that closes it: the `---` a
    /// generated roadmap sets between its releases divides the page, and drawn as the last line of a card it says nothing.
    /// A paragraph of bold `**Key**: value` lines (get-shit-done's `**Goal**: …` / `**Depends on**: …` / `**Requirements**:
    /// …` over `**Success Criteria** (what must be TRUE):`, a card's `**Owner**:` / `**Risk**:` / `**Notes**:`) with each
    /// line kept apart, as it was written: run together at its soft breaks, a card showed the fields as one sentence.
    /// Every word stays, read as a field or not — a field the card draws nowhere else (Risk, Notes, Requirements) is on
    /// no other part of the page.
    static func fieldLinesApart(_ blocks: [Block]) -> [Block] {
        blocks.map { block in
            guard case .paragraph(let content) = block.kind, content.contains(.softBreak) else { return block }
            var lines: [[Inline]] = [[]]
            for inline in content {
                if inline == .softBreak || inline == .lineBreak { lines.append([]) } else { lines[lines.count - 1].append(inline) }
            }
            guard lines.count >= 2, lines.allSatisfy(Self.isBoldField) else { return block }
            var apart = block
            apart.kind = .paragraph(content.map { $0 == .softBreak ? .lineBreak : $0 })
            return apart
        }
    }

    /// `**Goal**: …`, `**Goal:** …`, or a bold label ending its line (`**Success Criteria** (what must be TRUE):`).
    private static func isBoldField(_ line: [Inline]) -> Bool {
        guard case .strong(let key) = line.first else { return false }
        if key.plainText.trimmed.hasSuffix(":") { return true }
        let rest = Array(line.dropFirst()).plainText.trimmed
        return rest.hasPrefix(":") || rest.hasSuffix(":")
    }

    static func withoutClosingRule(_ blocks: [Block]) -> [Block] {
        var shown = blocks
        while let last = shown.last {
            if case .thematicBreak = last.kind { shown.removeLast(); continue }
            if case .html(let html) = last.kind, isEmptyAnchor(html) { shown.removeLast(); continue }
            break
        }
        return shown
    }

    /// `<a id="json-ir"></a>`, `<a name="faq"></a>`: a place to link to, with nothing to show.
    private static func isEmptyAnchor(_ html: String) -> Bool {
        let text = html.trimmed.lowercased()
        return text.hasPrefix("<a ") && text.hasSuffix("</a>") && !text.contains("href")
            && text.firstIndex(of: ">").map { text[text.index(after: $0)...] == "</a>" } == true
    }

    /// "[x] ", "[ ] ", "[X] " opening a heading.
    private static let headingTaskBox = Pattern(#"^\s*\[([ xX])\]\s+"#, needs: ["["])

    /// Whether `status` says the work is under way (on track, at risk, off track): more than an unticked box says.
    private static func underway(_ status: Status?) -> Bool { status.map { [.onTrack, .atRisk, .offTrack].contains($0) } ?? false }

    private static let headingPercent = Pattern(#"\s*\(\s*([0-9]{1,3})\s*%\s*\)\s*$"#, needs: ["%"])
    private static let bracketedPercent = Pattern(#"\(\s*[0-9]{1,3}\s*%\s*\)"#, needs: ["%"])

    /// "Diagram short name: `CI-CD`" on its own line at the top of an item: the name other items' `Dependencies:` use
    /// for it. Kept as a field (so a reference can find the item by it) when its key ends in a word for a name or code
    /// and its value is one code-span token; a lone unknown key is otherwise prose.
    static func shortName(_ block: Block, document: MarkdownDocument) -> CustomField? {
        guard case .paragraph = block.kind, block.line == block.endLine,
              let line = MetadataReader(document: document).parse(lineNumber: block.line, stripBullet: false),
              let last = MetadataKey.normalize(line.key).split(separator: " ").last,
              ReferenceAlias.nameWords.contains(String(last)), let token = ReferenceAlias.token(line.value) else { return nil }
        return CustomField(key: line.key, value: token)
    }

    // MARK: Warnings

    /// `- **GitHub:** https://github.com/…`, `- **Docs:** [site](https://…)`: where the project lives, not work.
    private static let labelledLink = Pattern(#"^\s*[-*+]\s+(?:\*\*|__)[^*_]{1,40}?:?(?:\*\*|__):?\s*(?:<?https?://\S+?>?|\[[^\]]*\]\([^)]*\))\s*$"#)

    /// Lists before the first lane that look like roadmap items (every entry bold-titled, led by a status symbol or a
    /// task box) and plan tables there: they belong to no lane, so they are not read, and the user is told.
    func warnUnread(_ blocks: [Block], diagnostics: inout DiagnosticBag) {
        for block in blocks {
            switch block.kind {
            case .list(_, let items):
                guard !RoadmapLists.isContents(items), !RoadmapLists.isSummary(items, headings: headings),
                      !RoadmapLists.namesHeadings(items, headings: headings),
                      MetadataReader(document: document).metadataLines(block) == nil else { continue }
                let bullets = items.compactMap(RoadmapBullet.read)
                guard bullets.count == items.count, bullets.allSatisfy({ $0.startsBold || $0.status != nil }),
                      !items.allSatisfy({ item in document.lines.indices.contains(item.line - 1) && Self.labelledLink.matches(String(document.lines[item.line - 1])) })
                else { continue }
                diagnostics.warning(.unreadRoadmapItems,
                                    "\(items.count) roadmap item\(items.count == 1 ? "" : "s") before the first lane \(items.count == 1 ? "is" : "are") not read",
                                    line: block.line, column: block.column,
                                    fix: "put them under an H2 lane (`## Now`, `## 2026-Q3`, `## Platform`)")
            case .table where PlanTable.looksLikePlan(block):
                diagnostics.warning(.unreadRoadmapItems, "a table of roadmap items before the first lane is not read",
                                    line: block.line, column: block.column, fix: "put it under an H2 lane")
            case .table(let header, let rows, _) where PlanTable.isPeriodLed(header: header, rows: rows):
                Self.warnPeriodTable(block, diagnostics: &diagnostics)
            case .table where PlanTable.isFieldsTable(block) && PlanTable.keyValueLines(block) != nil:
                // `| Item | Value |` over `Codename`, `Timebox delivery`: fields of the whole roadmap, which has none.
                diagnostics.warning(.unreadRoadmapItems, "a table of fields before the first lane is not read: a roadmap file has no fields of its own",
                                    line: block.line, column: block.column,
                                    fix: "move the fields into the lane or item they describe, as a `Key: value` list")
            default:
                break
            }
        }
    }
}
