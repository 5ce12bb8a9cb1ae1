import BearingModel

/// Reads an objectives file: its period, and its objectives in whichever common shape they are written
/// (see `ObjectiveOutline`): headings (H2, or H3/H4 under a period, container or team heading), else a
/// numbered or bold list under such a heading, else the file's H1 as its one objective.
package struct ObjectivesParser: Sendable {
    package var config: WorkspaceConfig

    package init(config: WorkspaceConfig = WorkspaceConfig()) { self.config = config }

    package func parse(_ written: MarkdownDocument) -> (ObjectivesFile, [Diagnostic]) {
        let document = written.sectionedByTopHeadings().withHandNumberedLists()
        var diagnostics = DiagnosticBag(path: document.path)
        diagnostics.append(document.diagnostics)
        Self.warnMisspeltFrontMatter(document, diagnostics: &diagnostics)
        let periods = ObjectivesPeriod(config: config)
        var outline = ObjectiveOutline.make(document.blocks, endLine: document.lines.count,
                                            year: periods.defaultYear(document), config: config,
                                            isMetadata: { MetadataReader(document: document).metadataLines($0) != nil },
                                            namesOwner: { MetadataReader(document: document).namesOwner([$0]) })
        // Said after the objectives are read: a one-objective file with no period may take it from its due date.
        var periodDiagnostics = DiagnosticBag(path: document.path)
        var quarter = periods.find(document, containers: outline, diagnostics: &periodDiagnostics)
        // "# Goals for Q3 2026" in a file whose front matter or name says 2026-Q4: the title is last quarter's, kept when
        // the file was copied; its objectives are the stated period's, as the quarter-mismatch warning says.
        if let (titled, stated) = periods.overriddenTitle(document, outline: outline) {
            for index in outline.entries.indices where outline.entries[index].period == titled { outline.entries[index].period = stated }
            for index in outline.regions.indices where outline.regions[index].period == titled { outline.regions[index].period = stated }
        }
        // A README, index or template beside the plans that names no period is a page about how the team plans, not a
        // plan: reading its sections as objectives made a no-quarter error that stopped the build.
        // A period it names but cannot place (a fiscal quarter with no fiscal year set) still makes it a plan.
        if quarter == nil, Self.isAboutThePlan(document.path), !outline.regions.contains(where: { $0.period != nil }),
           !outline.entries.contains(where: { $0.period != nil }), outline.unreadPeriods.isEmpty,
           periodDiagnostics.items.allSatisfy({ $0.code == .noQuarter }) {
            diagnostics.append([Diagnostic(.note, .skippedFile,
                                           "not read as objectives: a \(FileName.stem(document.path)) page that names no period is about the plan, not a plan",
                                           at: SourceLocation(path: document.path, line: 1, column: 1),
                                           fix: "to plan a quarter in it, add front matter `quarter: 2026-Q4`; to stop this note, move it out of the objectives folder")])
            return (ObjectivesFile(path: document.path, title: document.title ?? FileName.stem(document.path), intro: "", objectives: []), diagnostics.items)
        }
        // A period heading already warned about as the file's period (its title, which usually restates the file name) is
        // one occurrence: warned once.
        let fiscalLines = Set(periodDiagnostics.items.filter { $0.code == .fiscalPeriod }.map(\.location.line))
        let titleLine = periods.titleLine(document)
        for (written, line) in outline.unreadPeriods where !fiscalLines.contains(line) && !(line == titleLine && !fiscalLines.isEmpty) {
            diagnostics.warning(.fiscalPeriod, "\"\(written)\" is a fiscal period, but the workspace sets no fiscal year", line: line,
                                fix: ObjectivesPeriod.fiscalFix(twoYears: Quarter.yearPair(in: written) != nil))
        }
        for (title, line) in outline.periodTitled {
            // "## Q3 2025" is already the period alone: telling its writer to title it so would send them in a circle.
            if TitleLabel.stripLeadingSymbols(title).split(separator: " ").count <= 2 {
                diagnostics.warning(.periodHeading, "\"\(title)\" holds only prose, so it is read as one objective titled with its period", line: line,
                                    fix: "name its objectives: an H3 heading, a bold line or a list item for each, under the period")
                continue
            }
            diagnostics.warning(.periodHeading, "\"\(title)\" is read as an objective but starts with a period", line: line,
                                fix: "if it groups objectives, title it with the period alone (`## Q3 2025`) and make each objective an H3 under it")
        }
        for group in outline.emptyTeams {
            guard let first = group.first else { continue }
            let names = group.map { "\"\(TitleText.clean($0.title))\"" }.joined(separator: ", ")
            diagnostics.warning(.emptyObjective, group.count == 1
                                ? "the team section \(names) is empty, so it holds no objectives"
                                : "\(group.count) team sections are empty, so they hold no objectives: \(names)",
                                line: first.line, fix: "write each team's objectives under its heading, or remove the empty headings")
        }
        // A proposal written as one document ("# Stabilize cargo-script", then "## Summary", "## Motivation",
        // "## Team asks") is one objective: its H2s are the parts of it, not objectives of their own.
        let oneDocument = OneObjectiveDocument.matches(document, outline: outline)
        // Once per file: asked per objective, it scanned every heading again (5,000 repeated H2s took 22 s).
        let okrFile = Self.namesOKRs(document)
        var objectives: [Objective] = oneDocument ? [] : outline.entries.map { entry -> Objective in
            var objective = self.objective(entry.section, quarter: entry.period ?? quarter, team: entry.team, person: entry.person, document: document,
                                      okrFile: okrFile, diagnostics: &diagnostics)
            objective.group = entry.group
            return objective
        }
        // Lists and tables under an objectives heading with no objective headings of its own are objectives in
        // any file; elsewhere (the introduction, under the title) only when the file has no objective headings.
        let lists = ListObjectives(document: document)
        let headingsFound = !objectives.isEmpty
        if !oneDocument {
            let readable = outline.regions.filter { $0.isObjectivesList ? !$0.hasChildren || Self.listsGoalsAboveHeadings($0, document: document) : !headingsFound }
            var listed = lists.read(readable, quarter: quarter, diagnostics: &diagnostics)
            // "### Pato" (a person `people:` names) over a list: each goal in it is Pato's, unless it names its own owner.
            for region in readable where region.person != nil {
                for index in listed.indices where region.span.contains(listed[index].location.line) && listed[index].metadata.owners.isEmpty {
                    listed[index].metadata.owners = [region.person ?? ""]
                }
            }
            // "1. **Improve reliability** (Owner: Dana)" in a goals list above "## Improve reliability": one goal written twice.
            if headingsFound { listed = Self.foldSummaries(listed, into: &objectives) }
            // Heading objectives and a sheet's or a list's objectives in one file are shown in the order they are written.
            if headingsFound, let first = listed.first?.location.line, objectives.contains(where: { $0.location.line > first }) {
                objectives = (objectives + listed).sorted { $0.location.line < $1.location.line }
            } else {
                objectives += listed
            }
        }
        // "## Committed OKRs" / "## Aspirational OKRs" over the objectives: each is of the kind its group names.
        let kinds = outline.regions.filter { $0.commitment != nil }
        if !kinds.isEmpty {
            for index in objectives.indices {
                let line = objectives[index].location.line
                let kind = kinds.last { $0.span.contains(line) }?.commitment
                CommitmentMarker.fill(&objectives[index].metadata, commitment: kind)
            }
        }
        var summaries: Set<Int> = []
        if headingsFound, !oneDocument {
            for region in outline.regions where Self.restatesHeadingsBelow(region, document: document) {
                var unsaid = DiagnosticBag(path: document.path)
                let entries = lists.read([region], quarter: quarter, diagnostics: &unsaid)
                var folded = objectives
                guard !entries.isEmpty, Self.foldSummaries(entries, into: &folded).isEmpty else { continue }
                objectives = folded
                summaries.insert(region.span.lowerBound)
            }
            lists.warnUnread(outline.regions.filter { !summaries.contains($0.span.lowerBound)
                    && (!$0.isObjectivesList || $0.hasChildren && !Self.listsGoalsAboveHeadings($0, document: document)) },
                             diagnostics: &diagnostics)
        }
        var singleObjective: Objective?
        if objectives.isEmpty, let page = NotionDatabasePage.keyResultPage(document, outline: outline, diagnostics: &diagnostics) {
            // One key result of a Notion database, placed under its objective when the workspace is loaded: it plans no
            // period of its own, so none is asked for.
            var file = ObjectivesFile(path: document.path, title: document.title ?? FileName.stem(document.path), intro: "", objectives: [])
            file.keyResultPage = page
            return (file, diagnostics.items)
        }
        if objectives.isEmpty {
            singleObjective = self.singleObjective(document, outline: outline, quarter: quarter, diagnostics: &diagnostics)
            if var single = singleObjective {
                // A Notion objective's page names its key results' pages in a relation property.
                if single.keyResults.isEmpty {
                    single.keyResults = NotionDatabasePage.relatedKeyResults(document, outline: outline)
                    // Read as the key results: the property would only list them again among the objective's fields.
                    if !single.keyResults.isEmpty { single.metadata.custom.removeAll { NotionDatabasePage.isKeyResults($0.key) } }
                }
                // An initiative written one per file with a due date and no period ("Due Date: 2025-06-30") plans
                // the quarter it is due in.
                if quarter == nil, single.quarter == nil, let due = single.metadata.due, let date = DueText.date(due, year: nil) {
                    quarter = Quarter.containing(date)
                    single.quarter = quarter
                    singleObjective = single
                }
                objectives = [single]
            }
        }
        // `commitment: committed` or `type: aspirational` in front matter is the kind of each of the file's objectives
        // that names none of its own, as a "## Committed OKRs" heading is for the objectives under it.
        if let kind = Self.fileCommitment(document) {
            for index in objectives.indices { CommitmentMarker.fill(&objectives[index].metadata, commitment: kind.rawValue) }
        }
        // A file that names no period, whose objectives each say when they are due ("Timeframe: By 2022-07-31", one
        // objective after another): each plans the quarter it is due in, and the file is placed by them.
        if quarter == nil, singleObjective == nil, !objectives.isEmpty, !outline.regions.contains(where: { $0.period != nil }) {
            let year = ObjectivesPeriod(config: config).defaultYear(document)
            for index in objectives.indices where objectives[index].quarter == nil {
                if let due = objectives[index].metadata.due, let date = DueText.date(due, year: year) {
                    objectives[index].quarter = Quarter.containing(date)
                }
            }
        }
        let allPlaced = !objectives.isEmpty && objectives.allSatisfy { $0.quarter != nil }
        diagnostics.append(periodDiagnostics.items.filter { !($0.code == .noQuarter && (quarter != nil || allPlaced)) })
        // Key results written where no objective owns them (the introduction, an FAQ or ignored section) are said,
        // not silently dropped.
        if singleObjective == nil {
            let introduction = objectives.contains { $0.location.line < (outline.firstSectionLine ?? Int.max) } ? [] : outline.introBlocks
            var unattached = introduction
            for aside in outline.asides {
                // A yearly plan's "## Quarterly Milestones" with "### Q1: …" over "- ✅ Executive Director hired": said at
                // the section, with what is in it, as none of it is an objective or key result.
                let end = aside.blocks.last?.endLine ?? aside.line
                let milestones = SkippedSection.milestones(document.blocks.filter { $0.line > aside.line && $0.line <= end })
                if !aside.ignored, let first = milestones.first {
                    let count = milestones.map(\.count).reduce(0, +)
                    let under = milestones.count == 1 ? "\"\(first.title)\""
                        : "\(milestones.count) period headings (\(milestones.prefix(2).map { "\"\($0.title)\"" }.joined(separator: ", "))\(milestones.count > 2 ? ", …" : ""))"
                    diagnostics.warning(.unreadObjectives, "\"\(aside.title)\" is not read: its \(count) milestone\(count == 1 ? "" : "s") marked with a status under \(under) \(count == 1 ? "is" : "are") neither objectives nor key results",
                                        line: aside.line,
                                        fix: "to track them, write each as a key result (`- [x] …`) under the objective it serves, or give each quarter a file of its own with its objectives")
                    continue
                }
                let fields = aside.blocks.first.flatMap { MetadataReader(document: document).metadataLines($0) }?.compactMap { MetadataKey(spelling: $0.key) } ?? []
                guard !aside.ignored, !outline.quietAsides.contains(aside.line),
                      let what = SkippedSection.objectiveLike(aside.blocks, title: aside.title, fields: fields) else {
                    unattached += aside.blocks
                    continue
                }
                diagnostics.warning(.skippedSection, "\"\(aside.title)\" is skipped as an aside (FAQ, retrospective, motivation…), but it holds \(what): none of it is read as objectives or key results (it is shown on the quarter page as the file's text)",
                                    line: aside.line,
                                    fix: "if it holds objectives, rename the heading to what they are about; to skip it without this warning, add it to `ignore_headings` in bearing.yml")
            }
            KeyResultCollector(path: document.path).warnUnattached(unattached, diagnostics: &diagnostics)
        }
        // A raw HTML `<table>` is markup to Markdown: its rows are said, not silently lost.
        for (table, rows) in HTMLTable.tables(in: document.blocks) {
            diagnostics.warning(.unreadObjectives, "an HTML table is not read as objectives or key results; its \(rows) row\(rows == 1 ? "" : "s") \(rows == 1 ? "is" : "are") skipped",
                                line: table.line, column: table.column,
                                fix: "write it as a Markdown table (`| Objective | Key result |`) or as `## Objective` headings over lists of key results")
        }
        if objectives.isEmpty, document.blocks.isEmpty, document.frontMatter != nil {
            // Front matter and nothing under it is as empty as an empty file, which is said.
            diagnostics.warning(.emptyFile, "file holds only front matter: no objectives yet", line: 1,
                                fix: "add its objectives (`bearing new objective --title \"…\"`), or remove the file until there are some")
        }
        if objectives.isEmpty, !document.blocks.isEmpty {
            let periods = outline.regions.filter { $0.period != nil }
            if !periods.isEmpty, periods.allSatisfy(Self.onlyLinks), periods.contains(where: Self.holdsLink),
               let pages = Self.linkedPages(periods.flatMap(\.blocks)) {
                // Notion's export of an OKR database: a parent page of links, one page per objective beside it. Those
                // pages are the plan, read on their own; this one is their index, not a plan kept elsewhere.
                let what = NotionDatabasePage.indexed(pages: pages.pages, databases: pages.databases)
                diagnostics.note(.noObjectives, "no objectives here: the page is an index of \(what), each page read on its own when it is in `paths.objectives`",
                                 line: 1)
            } else if !periods.isEmpty, periods.allSatisfy(Self.onlyLinks), periods.contains(where: Self.holdsLink) {
                diagnostics.warning(.noObjectives, "no objectives: its period sections only link to plans kept elsewhere (a spreadsheet, a document)",
                                    line: 1, fix: "write each period's objectives here, as `### Objective` headings under the period, or leave the file out of `paths.objectives`")
            } else if let fenced = Self.fencedPlan(document.blocks) {
                // A plan pasted inside ``` shows as code on GitHub too: say so, not how objectives are written.
                diagnostics.warning(.noObjectives, "no objectives: the plan is inside a code block, which Markdown shows as code and Bearing does not read",
                                    line: fenced.line, fix: "remove the ``` fence lines around it")
            } else if let (shown, skipped) = Self.onlyAsides(outline, document: document) {
                // "## Overview" and "## Notes" and nothing else: a quarter not planned yet, or planned elsewhere. Its
                // sections are about the plan and shown as the file's notes; none of them is taken for an objective.
                let named = { (titles: [String]) in titles.prefix(3).map { "“\(TitleText.clean($0))”" }.joined(separator: ", ") + (titles.count > 3 ? " and \(titles.count - 3) more" : "") }
                let what = shown.isEmpty ? "" : "; \(shown.count == 1 ? "it is" : "they are") shown as the file's notes"
                let left = skipped.isEmpty ? "" : "; \(named(skipped)) \(skipped.count == 1 ? "is" : "are") left out by `ignore_headings`"
                diagnostics.warning(.noObjectives, "no objectives: the file's sections are about the plan (\(named(shown + skipped))), not objectives\(what)\(left)",
                                    line: 1, fix: "write each objective as an H2 heading (`## Objective title`) beside them")
            } else {
                diagnostics.warning(.noObjectives, "no objectives: each objective is an H2 heading (`## Objective title`)", line: 1)
            }
        }
        if !objectives.isEmpty { Self.notePointers(outline, objectives: objectives, document: document, diagnostics: &diagnostics) }
        if quarter == nil {
            // A file of containers ("## Q3 2025" …) is planned for the periods its headings name.
            let named = Set(objectives.compactMap(\.quarter))
            if named.count == 1 { quarter = named.first }
        }
        // The intro is what comes before the first heading below the title, the title itself left out.
        // "## North Star: …" before the first objective is part of that introduction (`HeadingRole.isContextField`).
        let firstHeading = document.blocks.indices.first { index in
            guard case .heading(let level, let content, _) = document.blocks[index].kind else { return false }
            return level > 1 && !HeadingRole.isContextField(content.plainText) && !ObjectiveOutline.isSmallRemark(at: index, in: document.blocks)
        }
        let introBlocks = document.blocks[..<(firstHeading ?? document.blocks.count)].filter {
            switch $0.kind {
            case .heading(1, _, _), .label: false
            default: true
            }
        }
        // A block the objectives were read from (an OKR sheet's table, a paragraph of 'O1.' and 'KR 1.1' lines) is
        // those objectives, not an introduction to them: kept, the quarter page showed it twice.
        let readLines = Set(objectives.flatMap { [$0.location.line] + $0.keyResults.map(\.location.line) })
        // So is an objective read from a bold paragraph with the fields, label and prose under it.
        let spans = singleObjective != nil ? [] : objectives.map { $0.location.line...max($0.location.line, $0.blocks.map(\.endLine).max() ?? $0.location.line) }
        let isIntroduction = { (block: Block) in
            !readLines.contains { (block.line...max(block.line, block.endLine)).contains($0) } && !spans.contains { $0.contains(block.line) }
        }
        let introduction = introBlocks.filter(isIntroduction)
        let introText = introduction.count == introBlocks.count
            ? introBlocks.first.map { document.source(from: $0.line, through: introBlocks.last?.endLine ?? $0.line) } ?? ""
            : introduction.map { document.source(from: $0.line, through: $0.endLine) }.joined(separator: "\n\n")
        let team = document.frontMatter?["team"]?.string ?? IntroFields(outline.introBlocks).first(of: ["team", "squad"])?.value
        // One file per team and quarter: the file's team (`team: Payments` in front matter, a Team field above the
        // objectives) is the team of each objective that names none of its own.
        if let team { for index in objectives.indices where objectives[index].metadata.team == nil { objectives[index].metadata.team = team } }
        // "## In progress" over "### Ship the app": how the objectives under a status heading stand, unless they say.
        Self.fillStatusFromHeadings(&objectives, document: document)
        // An objective that names no owner or status of its own takes what all its key results name alike.
        for index in objectives.indices { KeyResultRollup.fill(&objectives[index]) }
        for objective in objectives { KeyResultWeightCheck.warn(objective, diagnostics: &diagnostics) }
        // Likewise its owner (`owner: Dana` in front matter, an `**Owner:** Dana Whitfield` line under the title, as OKR
        // templates put it): the person who answers for the file's objectives answers for each that names nobody else.
        if let owners = fileOwners(document, intro: outline.introBlocks), !owners.isEmpty {
            for index in objectives.indices where objectives[index].metadata.owners.isEmpty { objectives[index].metadata.owners = owners }
        }
        Self.fillFromFrontMatter(&objectives, document: document, diagnostics: &diagnostics)
        NoteTitles.tidy(&objectives)
        // A team the user named for the file (`team: Research Data Management`) is the one to show; the same team read
        // from the file's title ("# RDM objectives — FY27 Q2") would list it twice under two names.
        if let team, let title = document.title, let titleTeam = titleTeam(title, year: quarter?.year), titleTeam != team {
            for index in objectives.indices where objectives[index].metadata.team == titleTeam { objectives[index].metadata.team = team }
        }
        Self.leaveOutTemplateObjectives(&objectives, diagnostics: &diagnostics)
        var file = ObjectivesFile(path: document.path, quarter: quarter, title: document.title ?? quarter?.description ?? FileName.stem(document.path),
                                  team: team, intro: introText, objectives: objectives,
                                  introBlocks: IntroProse(document: document).shown(introBlocks.first.map {
                                      document.blocks(from: $0.line, through: introBlocks.last?.endLine ?? $0.line).filter(isIntroduction)
                                  } ?? []))
        if singleObjective == nil {
            file.notes = Self.notes(outline, document: document, after: firstHeading.map { document.blocks[$0].line }, objectives: objectives)
        }
        return (file, SentenceStatuses.merge(UnreadProgressSummary.summarized(diagnostics.items, objectives: objectives)))
    }

    /// The file's asides that hold something — an OpenSSF quarterly report's "### Purpose", "### Current Status" and
    /// "### Up Next" after its table of OKRs — with their headings, in file order: not objectives, yet what the file
    /// says. Those before `introEnd` (a "## North Star: …" field) are the introduction's already; ignored ones stay out.
    private static func notes(_ outline: ObjectiveOutline, document: MarkdownDocument, after introEnd: Int?, objectives: [Objective]) -> [Block] {
        var notes: [Block] = []
        for aside in outline.asides where !aside.ignored && aside.line >= (introEnd ?? Int.max) {
            guard let last = aside.blocks.last else { continue }
            let kept = Set(aside.blocks.map(\.line))
            notes += document.blocks.filter { block in
                guard block.line >= aside.line, block.line <= last.endLine else { return false }
                if case .heading = block.kind { return true }
                return kept.contains(block.line)
            }
        }
        // The text of a period or team heading above its objective headings: PostHog's customer-success page opens
        // "## Q2 2026 Goals" with the team's two goals ("Hit CSM Net Revenue Retention (NRR) of 120%") before each
        // person's "### AI tooling". Its objectives are the headings, so the list is no objective — and was shown nowhere.
        for region in outline.regions where region.isObjectivesList && region.hasChildren && region.span.lowerBound >= (introEnd ?? Int.max)
            && !Self.listsGoalsAboveHeadings(region, document: document) {
            // "Owner: Dana" under a team heading is its field, read as such; not a note.
            let reader = MetadataReader(document: document)
            let shown = region.blocks.filter { Self.isNoteText($0) && !StrategyParser.isPropertyBlock($0, reader: reader) }
            guard !shown.isEmpty, let heading = document.blocks.first(where: { $0.line == region.span.lowerBound }),
                  case .heading = heading.kind else { continue }
            notes += [heading] + shown
        }
        // The text of a team or period heading over a list of its objectives, beside them: Sourcegraph's "## Talent" says
        // "**WHY:** Our teammates are our greatest asset, …" before "1. **Enhance recruitment branding …**" and its key
        // results; "## Product/Engineering" links its planning one-pager. The list items are the objectives, and that text
        // was on no page.
        let read = objectives.map { objective in
            objective.location.line...max(objective.location.line, objective.blocks.map(\.endLine).max() ?? 0,
                                          objective.keyResults.map(\.location.line).max() ?? 0)
        }
        for region in outline.regions where region.isObjectivesList && !region.hasChildren && region.span.lowerBound >= (introEnd ?? Int.max) {
            guard read.contains(where: { region.span.contains($0.lowerBound) }) else { continue }
            let reader = MetadataReader(document: document)
            let shown = region.blocks.filter { block in
                Self.isNoteText(block) && !StrategyParser.isPropertyBlock(block, reader: reader)
                    && !read.contains { $0.overlaps(block.line...max(block.line, block.endLine)) }
            }
            guard !shown.isEmpty, let heading = document.blocks.first(where: { $0.line == region.span.lowerBound }),
                  case .heading = heading.kind else { continue }
            notes += [heading] + shown
        }
        return notes.sorted { $0.line < $1.line }
    }

    /// What a reader reads as text: a paragraph, list, table, quote or code, not a label, rule or field line.
    private static func isNoteText(_ block: Block) -> Bool {
        switch block.kind {
        case .paragraph, .list, .table, .quote, .code, .directive: true
        default: false
        }
    }

    /// Each objective that states no status takes the one the nearest status heading enclosing it names ("## In progress",
    /// "## Done ✅"), as a roadmap item does under such a heading.
    private static func fillStatusFromHeadings(_ objectives: inout [Objective], document: MarkdownDocument) {
        let headings = document.blocks.compactMap { block -> (line: Int, level: Int, status: Status?)? in
            guard case .heading(let level, let content, _) = block.kind else { return nil }
            return (block.line, level, StatusLabel.status(ofTitle: content.plainText))
        }
        guard headings.contains(where: { $0.status != nil }) else { return }
        for index in objectives.indices where objectives[index].metadata.status == nil {
            let line = objectives[index].location.line
            var open: [(line: Int, level: Int, status: Status?)] = []
            for heading in headings where heading.line <= line {
                open.removeAll { $0.level >= heading.level }
                open.append(heading)
            }
            // Its own heading says nothing here: "## Done" over prose alone is an objective titled so, not a status.
            objectives[index].metadata.status = open.last(where: { $0.status != nil && $0.line != line })?.status
        }
    }

    /// Front-matter keys Bearing reads in an objectives file (others belong to site generators and are left alone).
    static let frontMatterKeys = ["quarter", "period", "year", "date", "team", "owner", "owners", "commitment", "type", "okr_type", "title"]
        + fieldKeys

    /// Front-matter keys that are fields of the file's objectives, as `Priority:` under an objective is.
    static let fieldKeys = ["priority", "priorities", "status", "due", "confidence", "effort", "roadmap", "roadmaps"]

    /// A front-matter value as a field's text; `priority: [[Reliability]]` unquoted is a list in a list to YAML, and a
    /// wikilink to the writer.
    private static func frontMatterText(_ value: YAMLValue) -> String? {
        if case .sequence(let items, _) = value {
            let links = items.compactMap { item -> String? in
                guard case .sequence(let inner, _) = item, inner.count == 1, let name = inner[0].string else { return nil }
                return "[[" + name + "]]"
            }
            if links.count == items.count, !links.isEmpty { return links.joined(separator: ", ") }
        }
        return value.listText?.trimmed
    }

    /// A note per objective (Obsidian's properties, a docs site's front matter): `priority: "[[Reliability]]"`,
    /// `status: at risk` and `due: 2027-03-20` above the objective are its fields, read as the same lines under its
    /// heading are. A priority, confidence, effort or roadmap is each objective's that names none; a status or due
    /// date only a file's one objective's, since above several it is as likely the document's own (`status: draft`),
    /// and a status that reads as none Bearing knows is left to the tool that wrote it.
    private static func fillFromFrontMatter(_ objectives: inout [Objective], document: MarkdownDocument, diagnostics: inout DiagnosticBag) {
        guard !objectives.isEmpty, let entries = document.frontMatter?.entries, !entries.isEmpty else { return }
        let reader = MetadataReader(document: document)
        for entry in entries {
            let key = entry.key.lowercased()
            guard fieldKeys.contains(key), let value = Self.frontMatterText(entry.value), !value.isEmpty else { continue }
            // `priority: 0.8` is a site generator's sitemap weight (Hugo, Jekyll), no priority of the strategy's.
            if key.hasPrefix("priorit"), value.contains("."), Double(value) != nil { continue }
            // `priority: 1` in a note's properties is how urgent the note is, as Obsidian's templates and Dataview queries
            // use it (`priority: 1` to 5, `SORT priority`), not the strategy's first priority: kept as its importance, as
            // `priority: high` is, and said, since a body's `Priority: 1` line does name the first priority.
            // Only in an Obsidian note (one with a wikilink): in any other file's front matter `priority: 2` names the
            // strategy's second priority, as it always did.
            if key == "priority", value.allSatisfy(\.isNumber), !value.isEmpty, !Self.quoted(entry.line, in: document),
               NoteTitles.isObsidianNote(document) {
                for index in objectives.indices where !objectives[index].metadata.custom.contains(where: { $0.key == "Importance" }) {
                    objectives[index].metadata.custom.append(CustomField(key: "Importance", value: value))
                }
                diagnostics.note(.metadataUnread, "front matter `priority: \(value)` is read as how urgent the note is (as Obsidian's properties use it), not as the strategy's priority \(value)",
                                 line: entry.line, fix: "to serve a priority of the strategy, name it: `priority: \"[[Reliability]]\"` or `priorities: \(value)`")
                continue
            }
            if key == "status" || key == "due" {
                guard objectives.count == 1 else { continue }
                if key == "status", Status(reading: value) == nil { continue }
            }
            let column = (document.lines.indices.contains(entry.line - 1) ? document.lines[entry.line - 1].firstIndex(of: ":") : nil)
                .map { document.lines[entry.line - 1].distance(from: document.lines[entry.line - 1].startIndex, to: $0) + 3 } ?? 1
            let line = MetadataReader.Line(key: entry.key, value: value, line: entry.line, valueColumn: column, endLine: entry.line)
            let fields = reader.metadata(from: [line], diagnostics: &diagnostics)
            for index in objectives.indices {
                if objectives[index].metadata.status == nil { objectives[index].metadata.status = fields.status }
                if objectives[index].metadata.due == nil { objectives[index].metadata.due = fields.due }
                objectives[index].metadata.fillUnset(from: fields)
            }
        }
    }

    /// Whether the front-matter value on `line` is written in quotes (`priority: "1"`): a string the writer meant as one.
    private static func quoted(_ line: Int, in document: MarkdownDocument) -> Bool {
        guard document.lines.indices.contains(line - 1), let colon = document.lines[line - 1].firstIndex(of: ":") else { return false }
        let value = document.lines[line - 1][document.lines[line - 1].index(after: colon)...].trimmed
        return value.hasPrefix("\"") || value.hasPrefix("'")
    }

    /// `teem: Platform`: a front-matter key one letter from one Bearing reads (two for a long one) is a slip, said with
    /// its did-you-mean, where silence lost the file's team. Keys near `quarter` and `period` are `ObjectivesPeriod`'s.
    static func warnMisspeltFrontMatter(_ document: MarkdownDocument, diagnostics: inout DiagnosticBag) {
        for entry in document.frontMatter?.entries ?? [] {
            let key = entry.key.lowercased()
            guard key.count >= 4, !frontMatterKeys.contains(key),
                  !["quarter", "period"].contains(where: { DidYouMean.editDistance(key, $0, limit: 3) <= 2 }),
                  let meant = frontMatterKeys.first(where: { known in
                      known.count >= 4 && DidYouMean.editDistance(key, known, limit: 3) <= (known.count >= 7 ? 2 : 1)
                  }) else { continue }
            diagnostics.warning(.unknownKey, "unknown front-matter key `\(entry.key)`; not read", line: entry.line, fix: "did you mean `\(meant)`?")
        }
    }

    /// The commitment a file's front matter gives its objectives (`commitment:`, `type:`, `okr_type:`), when the value is
    /// a commitment word alone: `type: docs` is some other tool's key.
    private static func fileCommitment(_ document: MarkdownDocument) -> Commitment? {
        ["commitment", "type", "okr_type", "okr type"].lazy.compactMap { document.frontMatter?[$0]?.string.flatMap { Commitment(word: $0.trimmed) } }.first
    }

    /// The owners a file names for itself: front matter `owner:`/`owners:` (a name or a list), else the first owner field
    /// above its objectives (`Owner:`, `DRI:`, `Lead:` — an author or editor is not an owner).
    private func fileOwners(_ document: MarkdownDocument, intro: [Block]) -> [String]? {
        let front = document.frontMatter?["owners"] ?? document.frontMatter?["owner"]
        let written: (value: String, line: Int)?
        if let front, let text = front.listText {
            written = (text, front.line)
        } else {
            let keys = Set(IntroFields(intro).keys.filter { MetadataKey(spelling: $0) == .owners })
            written = IntroFields(intro).first(of: keys)
        }
        guard let written else { return nil }
        let line = MetadataReader.Line(key: "owner", value: written.value, line: written.line, valueColumn: 1, endLine: written.line)
        return MetadataValues(line: line, path: document.path).names()
    }

    /// The team a file's title names: "Platform team objectives", "RDM objectives — FY27 Q2".
    private func titleTeam(_ title: String, year: Int?) -> String? {
        if let name = HeadingRole.periodTeam(title) { return name }
        if case .team(let name) = HeadingRole.classify(title, level: 1, year: year, config: config) { return name }
        return nil
    }

    /// A block a reader reads as text: not a comment, a rule or a `<br />`.
    static func isText(_ block: Block) -> Bool {
        switch block.kind {
        case .html, .thematicBreak, .label: false
        default: true
        }
    }

    /// The H2s of a file whose sections are all roadmap horizons (`## Now`, `## Next`, `## Later`, `## Shipped`),
    /// two or more: a roadmap, whatever folder it was saved in. Nil for any other file.
    static func roadmapLanes(_ document: MarkdownDocument) -> (titles: [String], line: Int)? {
        var titles: [String] = [], line: Int?
        for block in document.blocks {
            guard case .heading(2, let content, _) = block.kind else { continue }
            let title = content.plainText.trimmed
            guard RoadmapHeading.laneKind(title, year: nil).0 == .horizon else { return nil }
            titles.append(title)
            line = line ?? block.line
        }
        guard titles.count >= 2, let line else { return nil }
        return (titles, line)
    }

    /// A README, index or template file: what a folder of plans holds beside them to explain them.
    static func isAboutThePlan(_ path: String) -> Bool {
        // "_index.md" (Hugo's section page) as "index".
        let stem = String(FileName.stem(path).lowercased().drop { "_-.".contains($0) })
        return ["readme", "index", "template", "okr-template", "okrs-template", "contributing", "how-to", "howto", "guide"].contains(stem)
    }

    /// True when the file's path, title or an H2 names OKRs or key results: then an objective's bullets are key results.
    /// A list of two or more items, at least two thirds of which state a measure: progress, or a target the progress
    /// reader finds (a figure that is not a date, a version or an issue number).
    static func statesMeasures(_ block: Block) -> Bool {
        guard case .list(_, let items) = block.kind, items.count >= 2 else { return false }
        let measured = items.filter { item in
            guard case .paragraph(let content)? = item.blocks.first?.kind else { return false }
            let text = content.plainText.trimmed
            let reading = ProgressReader.read(text, checked: nil)
            // "M1 (week 1–2): health endpoints": a milestone in its weeks is met or not, as a key result is.
            return reading.progress != nil || reading.unread != nil || ProgressMask.planSpan.matches(text)
        }
        return measured.count * 3 >= items.count * 2
    }

    /// "Alice: Ship the new editor" → ("Alice Wong", "Ship the new editor") when `people` names Alice (by name, a
    /// spelling, or a first name only one person has); nil otherwise.
    static func personPrefix(_ title: String, people: [Person]) -> (person: String, rest: String)? {
        guard !people.isEmpty, let colon = title.firstIndex(of: ":") else { return nil }
        let name = title[..<colon].trimmed, rest = title[title.index(after: colon)...].trimmed
        guard !name.isEmpty, !rest.isEmpty, name.split(separator: " ").count <= 3,
              let person = HeadingRole.configuredPerson(String(name), people: people) else { return nil }
        // "## June: Public launch" beside "## April: Private beta": a month the work is due in, though `people:` lists
        // June Park. A month's name is the person's only when it is all their configured name.
        if ConfigLoader.monthNames.contains(name.lowercased()), person != name { return nil }
        return (person, String(rest))
    }

    /// A list of one item, with nothing under it, whose words say where a measure stands (`ProgressReader` finds a
    /// progress in them: "Docs cover 30 topics, now 12", "Migrate 3/5 services").
    static func statesOneMeasure(_ block: Block) -> Bool {
        guard case .list(_, let items) = block.kind, items.count == 1, items[0].blocks.count == 1,
              case .paragraph(let content)? = items[0].blocks.first?.kind else { return false }
        return ProgressReader.read(content.plainText.trimmed, checked: nil).progress != nil
    }

    static func namesOKRs(_ document: MarkdownDocument) -> Bool {
        if okrWords.matches(document.path) { return true }
        return document.blocks.contains { block in
            guard case .heading(let level, let content, _) = block.kind, level <= 2 else { return false }
            return okrWords.matches(content.plainText)
        }
    }

    /// "Targets for end of 2019" heads a plan of targets: the bullets under each objective are its measures, as an OKR's are.
    private static let okrWords = Pattern(#"(?:\bOKRs?\b|\btargets\b|objectives\s*(?:and|&)\s*key\s*results)"#, needs: ["okr", "objectives", "targets"])

    /// "## 2018 Q2" over "Find the OKRs for 2018 Q2 at the [spreadsheet](…)" beside quarters planned here: that quarter
    /// has no objectives in this file, which is said at its heading, with where they are.
    private static func notePointers(_ outline: ObjectiveOutline, objectives: [Objective], document: MarkdownDocument,
                                     diagnostics: inout DiagnosticBag) {
        for region in outline.regions where region.period != nil && !region.hasChildren {
            guard ObjectiveOutline.pointsElsewhere(region.blocks), !objectives.contains(where: { region.span.contains($0.location.line) }),
                  let link = region.blocks.lazy.compactMap(PointerParagraph.link).first,
                  let heading = document.blocks.first(where: { $0.line == region.span.lowerBound }),
                  case .heading(_, let title, _) = heading.kind else { continue }
            diagnostics.append([Diagnostic(.note, .noObjectives,
                                           "\"\(title.plainText.trimmed)\" has no objectives here: it points to \"\(link.text)\" (\(link.destination)), so it is not scored",
                                           at: SourceLocation(path: document.path, line: heading.line, column: heading.column),
                                           fix: "to score this period, write its objectives under the heading")])
        }
    }

    /// A section under a period heading that holds nothing but lists of links (and a lead-in sentence).
    /// A region with a link in it: a period that points to where its plan is kept, not one left empty.
    private static func holdsLink(_ region: ObjectiveOutline.Region) -> Bool {
        region.blocks.contains { block in
            switch block.kind {
            case .list(_, let items): !items.isEmpty && items.allSatisfy(ListObjectives.isNavigation)
            case .paragraph(let content): Self.hasLink(content)
            default: false
            }
        }
    }

    /// How many links `blocks` hold when every one is to a Markdown page beside the file (`Page%20abc.md`, `./q1.md#kr`),
    /// nil when there is none or any other (a spreadsheet, a web page).
    static func linkedPages(_ blocks: [Block]) -> (pages: Int, databases: Int)? {
        var destinations: [String] = []
        func collect(_ content: [Inline]) {
            for inline in content {
                switch inline {
                case .link(let destination, _): destinations.append(destination)
                case .emphasis(let inner), .strong(let inner): collect(inner)
                default: break
                }
            }
        }
        func visit(_ blocks: [Block]) {
            for block in blocks {
                switch block.kind {
                case .paragraph(let content): collect(content)
                case .list(_, let items): for item in items { visit(item.blocks) }
                default: break
                }
            }
        }
        visit(blocks)
        var pages = 0, databases = 0
        for destination in destinations {
            let path = destination.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
            let lowered = path.lowercased()
            if path.contains(":") { return nil }
            if lowered.hasSuffix(".md") || lowered.hasSuffix(".markdown") {
                pages += 1
            } else if lowered.hasSuffix(".csv"), FileName.hasExportID(path.replacingAll("%20", with: " ")) {
                // Notion's export links a page's inline databases as their tables (`Key%20Results%202b3c….csv`), beside
                // the folder of the database's pages.
                databases += 1
            } else {
                return nil
            }
        }
        return pages + databases == 0 ? nil : (pages, databases)
    }

    private static func hasLink(_ content: [Inline]) -> Bool {
        content.contains { inline in
            switch inline {
            case .link: true
            case .emphasis(let inner), .strong(let inner): hasLink(inner)
            default: false
            }
        }
    }

    /// The titles of a file's asides, shown as its notes and left out by `ignore_headings`, when they are all it has
    /// besides its title and prose: no objective heading and no list or table that could hold one. Nil when one of them
    /// is shown nowhere (an H1 aside over the whole file is no note), so that the file is not said to be shown.
    private static func onlyAsides(_ outline: ObjectiveOutline, document: MarkdownDocument) -> (shown: [String], skipped: [String])? {
        guard outline.entries.isEmpty, !outline.asides.isEmpty,
              !outline.regions.contains(where: { region in
                  region.blocks.contains { if case .list = $0.kind { true } else if case .table = $0.kind { true } else { false } }
              }) else { return nil }
        // Where `notes` starts: the first heading below the title that is no context field.
        let introEnd = document.blocks.first { block in
            if case .heading(let level, let content, _) = block.kind { level > 1 && !HeadingRole.isContextField(content.plainText) } else { false }
        }?.line ?? Int.max
        guard outline.asides.allSatisfy({ $0.ignored || $0.line >= introEnd }) else { return nil }
        return (outline.asides.filter { !$0.ignored }.map(\.title), outline.asides.filter(\.ignored).map(\.title))
    }

    private static func onlyLinks(_ region: ObjectiveOutline.Region) -> Bool {
        region.blocks.allSatisfy { block in
            switch block.kind {
            case .list(_, let items): items.allSatisfy(ListObjectives.isNavigation)
            case .paragraph, .label, .html, .thematicBreak, .heading: true
            default: false
            }
        }
    }

    /// A file whose H1 (or front matter title) names one objective and that has no others. A file written by period
    /// ("## 2019 Q2", "## 2019 Q1") plans those periods, even when they hold nothing here: its title is not an objective.
    private func singleObjective(_ document: MarkdownDocument, outline: ObjectiveOutline, quarter: Quarter?,
                                 diagnostics: inout DiagnosticBag) -> Objective? {
        guard let heading = outline.titleHeading, !outline.regions.contains(where: { $0.period != nil }) else { return nil }
        let block = document.blocks[heading.index]
        let body = Array(document.blocks[(heading.index + 1)...])
        guard !body.isEmpty else { return nil }
        var label: String?
        if case .heading(_, _, let written) = block.kind { label = written }
        if label == nil, heading.index > 0, case .label(let before) = document.blocks[heading.index - 1].kind { label = before }
        let section = Section(title: heading.title, level: 1, label: label, line: block.line, column: block.column,
                              endLine: document.lines.count, blocks: body, subsections: [])
        return objective(section, quarter: quarter, team: nil, document: document, okrFile: Self.namesOKRs(document), diagnostics: &diagnostics)
    }

    /// A table of titles in an objective's text (`| # | Status | Responsible | Project |`, `| Task | Owner(s) or team(s) |`):
    /// one initiative per row, its status and owner from the row. A table under a "Key results" label, or with a
    /// key-result column, is key results instead (`KeyResultCollector`).
    private func tableInitiatives(_ blocks: [Block], objectiveID: String, document: MarkdownDocument,
                                  diagnostics: inout DiagnosticBag) -> [Initiative] {
        let reader = MetadataReader(document: document)
        // Each table's rows with the heading above the table: a goal written as one file keeps a table of tasks under
        // each of its parts ("### Unsafe binders", "### Pin ergonomics"), and the same task ("Author RFC") comes back
        // under several of them.
        var rows: [(row: PlanTable.Item, heading: String?)] = []
        var heading: String?
        var underKeyResults = false
        for (index, block) in blocks.enumerated() {
            if case .heading(_, let content, _) = block.kind {
                heading = TitleLabel.parse(content.plainText).title
                underKeyResults = KeyResultLabel.role(of: content.plainText) == .keyResults
            }
            guard let items = PlanTable.items(in: block), PlanTable.keyResults(in: block, period: nil, labelled: underKeyResults) == nil else { continue }
            if index > 0, case .paragraph(let label) = blocks[index - 1].kind, KeyResultLabel.role(of: label.plainText) != nil { continue }
            rows += items.map { ($0, heading) }
        }
        // A title that comes back under another heading names its part ("Author RFC (Unsafe binders)"), wherever it is.
        var headings: [String: Set<String>] = [:]
        for (row, heading) in rows { headings[Slug.make(TitleLabel.parse(row.title).title), default: []].insert(heading ?? "") }
        var copies: [String: Int] = [:]
        return rows.map { row, heading in
            var label = TitleLabel.parse(row.title)
            if let heading, !heading.isEmpty, (headings[Slug.make(label.title)]?.count ?? 0) > 1 { label.title += " (\(heading))" }
            // A row written twice under one heading is still two rows, each with an id of its own ("-2", counted per
            // title, so a thousand copies cost a thousand look-ups).
            let base = Slug.make(label.title)
            let copy = (copies[base] ?? 0) + 1
            copies[base] = copy
            var metadata = reader.metadata(from: row.fields, diagnostics: &diagnostics)
            if metadata.status == nil, let status = label.status ?? (row.checked == true ? .done : nil) { metadata.status = status }
            return Initiative(
                id: "\(objectiveID)/\(copy == 1 ? base : "\(base)-\(copy)")", title: label.title, metadata: metadata, keyResults: [],
                body: (row.saidText + row.stepLines).joined(separator: "\n"),
                location: SourceLocation(path: document.path, line: row.cell.line, column: row.cell.column))
        }
    }

    /// `okrFile`: the file names OKRs (`namesOKRs`).
    /// `title` without a leading `code` (bare or quoted: "'2022.C1' Key Results" → "Key Results"); unchanged when it does not
    /// start with it or is nothing else.
    static func withoutCode(_ code: String?, _ title: String) -> String {
        guard let code else { return title }
        let quotes: Set<Character> = ["'", "\"", "`", "‘", "’", "“", "”"]
        var rest = Substring(title.trimmed)
        if let first = rest.first, quotes.contains(first) { rest = rest.dropFirst() }
        guard rest.lowercased().hasPrefix(code.lowercased()) else { return title }
        rest = rest.dropFirst(code.count)
        if let first = rest.first, quotes.contains(first) { rest = rest.dropFirst() }
        guard let next = rest.first, next == " " || next == ":" else { return title }
        let name = rest.drop { $0 == " " || $0 == ":" || $0 == "-" }
        return name.isEmpty ? title : String(name)
    }

    /// A fenced block with no language (or `markdown`, `md`) whose lines are Markdown headings or list items: a plan
    /// written inside a fence, not a code sample.
    static func fencedPlan(_ blocks: [Block]) -> Block? {
        blocks.first { block in
            guard case .code(let info, let text) = block.kind, ["", "markdown", "md", "text"].contains(info.trimmed.lowercased()) else { return false }
            let lines = text.split(separator: "\n").map { $0.trimmed }
            return lines.contains { $0.hasPrefix("#") && $0.contains("# ") } && lines.contains { $0.hasPrefix("- ") || $0.hasPrefix("* ") || $0.hasPrefix("**") }
        }
    }

    /// A heading that is one metadata line ("### Owner: Ada", "#### Status: On track"), as a field; nil for any other.
    static func headingField(_ section: Section) -> MetadataReader.Line? {
        let title = section.title
        guard let colon = title.firstIndex(of: ":") else { return nil }
        let key = String(title[..<colon]).trimmed
        let value = String(title[title.index(after: colon)...]).trimmed
        guard !value.isEmpty, MetadataReader.isKey(key), MetadataKey(spelling: key) != nil else { return nil }
        return MetadataReader.Line(key: key, value: value, line: section.line, valueColumn: section.column, endLine: section.line)
    }

    /// "Objective", "The objective", "Goal", "Objective statement": a heading that names the objective's own part.
    static func namesObjectivePart(_ title: String) -> Bool {
        let text = TitleText.clean(TitleLabel.stripLeadingSymbols(title).trimmed.lowercased())
        return ["objective", "the objective", "our objective", "goal", "the goal", "our goal", "objective statement", "goal statement"].contains(text)
    }

    /// `person`: the person a heading above names, the owner unless the objective names its own.
    private func objective(_ section: Section, quarter: Quarter?, team: String?, person: String? = nil, document: MarkdownDocument,
                           okrFile: Bool, diagnostics: inout DiagnosticBag) -> Objective {
        let reader = MetadataReader(document: document)
        var (metadata, metadataEnd) = reader.read(section.blocks, diagnostics: &diagnostics)
        let collector = KeyResultCollector(path: document.path, title: section.title, period: quarter)
        // A tracking table's latest scores fill what the key results' text left unknown, and then nothing is unread.
        var found = DiagnosticBag(path: document.path)
        var keyResults = collector.collect(section.blocks, diagnostics: &found)
        // In a file that says it holds OKRs ("# JS Core OKRs", "## 2019 Q4 - Objectives and Key Results"), the bullets
        // under an objective are its key results, as its writers read them, labelled or not.
        // A list under a "**Key metrics:**" label is what the objective watches, read as key results only when it has
        // no others (below), as a "### Key metrics" heading's is.
        let metricsLists = KeyResultCollector.metricsLists(section.blocks)
        // After the fields: CommonMark makes `- Owner: …` items, a blank line, then `- Duplicates from 240,000 to 20,000,
        // now 150,000` one list, and the items after the fields are a list of their own to the reader.
        // "**Key Initiatives:**" over a list: the objective's initiatives, never its key results.
        let initiativeLists = InitiativeList.labelledLists(section.blocks)
        // Bold-titled work with its own owner, status or date under each item: initiatives, unless the list held the key
        // results already or the file says its bullets are key results.
        let fieldedLists = okrFile ? [] : InitiativeList.fieldedLists(section.blocks, reader: reader).filter { list in
            !initiativeLists.contains { $0.line == list.line } && !metricsLists.contains { $0.line == list.line }
                && !keyResults.contains { list.line <= $0.location.line && $0.location.line <= list.endLine } && !Self.statesMeasures(list)
        }
        let lists = MarkdownDocument.blocks(section.blocks, from: (metadataEnd ?? 0) + 1, through: section.endLine).filter { block in
            guard case .list = block.kind else { return false }
            return !metricsLists.contains { $0.line == block.line } && !initiativeLists.contains { $0.line == block.line }
                && !fieldedLists.contains { $0.line == block.line }
        }
        if keyResults.isEmpty, okrFile {
            keyResults = collector.collect(keyResultList: lists, diagnostics: &found)
        } else if keyResults.isEmpty, let measured = lists.first(where: Self.statesMeasures) {
            // Elsewhere, a list whose items read as measures ("Time to first chart under 5 minutes", "Cost from $1.20
            // to $0.85, now $1.05") is the objective's key results: nothing else in an objective is written so.
            keyResults = collector.collect(keyResultList: [measured], diagnostics: &found)
        } else if keyResults.isEmpty, lists.count == 1, Self.statesOneMeasure(lists[0]) {
            // One bullet, and it is a measure ("Docs cover 30 topics, now 12"): the objective's one key result. Two thirds
            // of a list reading as measures is no test for a list of one, and the measure was shown as text, unread.
            keyResults = collector.collect(keyResultList: lists, diagnostics: &found)
        }
        let tracked = TrackingTable.apply(section.blocks, to: &keyResults)
        diagnostics.append(found.items.filter { !($0.code == .progressUnread && tracked.contains($0.location.line)) })
        IndentedKeyResults.warn(section.blocks, document: document, diagnostics: &diagnostics)
        var label = TitleLabel.parseObjective(section.title)
        // "## Alice: Ship the new editor", where bearing.yml's `people:` names Alice: the person before the colon owns
        // the objective, as a role there does ("## CEO: Grow revenue"). Without `people:` a name cannot be told from an
        // area ("## Search: Better ranking"), so none is guessed.
        if label.role == nil, let (person, rest) = Self.personPrefix(label.title, people: config.people) {
            label.formerTitle = label.formerTitle ?? label.title
            label.role = person
            label.title = rest
        }
        label.fill(&metadata, team: team)
        // A personal objective's "Tracking Manager" is who grades it; the person it is filed under owns it.
        if let person, !reader.namesOwner(section.blocks) { metadata.owners = [person] }
        var bodyStart = metadataEnd.map { $0 + 1 } ?? section.bodyLine
        // "## Objective 1" (or "## Outcome 2", "## O3") over "Launch the partner portal.": the heading only numbers the
        // objective; its one-sentence statement is its title, and is not repeated in its text.
        if section.label == nil, let alone = TitleLabel.labelAlone(section.title), let code = alone.code,
           let statement = section.blocks.first(where: { $0.line >= bodyStart }), case .paragraph(let content) = statement.kind {
            let sentence = TitleText.firstSentence(content.plainText.trimmed)
            if sentence.rest.isEmpty, !sentence.sentence.isEmpty, sentence.sentence.split(separator: " ").count <= 20,
               !KeyResultLabel.hasPrefix(sentence.sentence), KeyResultLabel.role(of: sentence.sentence) == nil,
               MetadataReader(document: document).metadataLines(statement) == nil {
                let statementLabel = TitleLabel.parseObjective(sentence.sentence)
                label.formerTitle = label.title
                label.title = statementLabel.title
                label.code = code
                CommitmentMarker.fill(&metadata, commitment: statementLabel.commitment)
                bodyStart = statement.endLine + 1
            }
        }
        var body = document.source(from: bodyStart, through: section.endLine)
        var blocks = document.blocks(from: bodyStart, through: section.endLine).flatMap { KeyResultCollector.asKeyResultBlocks($0, from: bodyStart) ?? [$0] }
        // "CEO: Great team. ELO score per interviewer, …": the objective, then its measures run on in the heading.
        let sentence = TitleText.firstSentence(label.title)
        if !sentence.rest.isEmpty, label.title.split(separator: " ").count > 10 {
            label.title = sentence.sentence
            body = sentence.rest + (body.isEmpty ? "" : "\n\n" + body)
            blocks.insert(Block(.paragraph([.text(sentence.rest)]), line: section.line, column: section.column, endLine: section.line), at: 0)
        }
        let idPrefix = quarter.map { "\($0.description.lowercased())/" } ?? "\(Slug.make(FileName.stem(document.path)))/"
        let id = section.label ?? idPrefix + Slug.make(label.idTitle)
        var initiatives: [Initiative] = []
        var deliverables: [Section] = []
        var metrics: [Section] = []
        let ownCode = label.code
        for var sub in section.subsections {
            // "#### '2022.C1' Key Results" under "### OKR '2022.C1': …": the objective's own id before a part's name says
            // whose part it is; the part is named by the rest.
            sub.title = Self.withoutCode(ownCode, sub.title)
            // "### Owner: Ada" is a field written as a heading: the objective's owner; what is under it stays its text.
            if let field = Self.headingField(sub) {
                reader.apply(field, to: &metadata, diagnostics: &diagnostics)
                continue
            }
            // "### Objective" over a statement names the part it heads: the objective's own words, not an initiative.
            if Self.namesObjectivePart(sub.title) { continue }
            // "### What we'll ship" lists what the objective produces: its key results if it has no others, never an initiative.
            if KeyResultLabel.namesDeliverables(sub.title) {
                deliverables.append(sub)
                continue
            }
            // "### Key Metrics" beside the key results: the figures the objective watches, read as key results only
            // when it has none (below); never an initiative.
            if KeyResultLabel.namesMetrics(sub.title) {
                metrics.append(sub)
                continue
            }
            // A "### Key results" or "### Measures" heading holds the objective's key results, and "### Success looks like"
            // says what it will achieve (its key results when written as measures): neither is an initiative.
            if [.keyResults, .success].contains(KeyResultLabel.role(of: sub.title)) {
                keyResults += collector.collect(sub, diagnostics: &diagnostics)
                // "**Initiatives**:" over a list after the key results, still under their heading.
                initiatives += InitiativeList.initiatives(inLists: InitiativeList.labelledLists(sub.blocks), objectiveID: id, document: document,
                                                          diagnostics: &diagnostics)
                // "**Confidence**: 75%", "**Risks**: …" after the key results' table, still under their heading: the
                // objective's fields. Only paragraphs of fields: a table or list there is the key results. Only after the
                // key results' table or list, and never a paragraph that is a key result: `**KR1**: Uptime 99.9%` over
                // `**Owner**: Bob` and `**Confidence**: 30%` is that key result with its owner, not the objective's.
                var afterKeyResults = false
                for block in sub.blocks {
                    switch block.kind {
                    case .table, .list: afterKeyResults = true; continue
                    case .paragraph: break
                    default: continue
                    }
                    guard afterKeyResults, let lines = reader.metadataLines(block),
                          !lines.contains(where: { KeyResultLabel.hasPrefix("\($0.key): \($0.value)") }) else { continue }
                    for line in lines { reader.apply(line, to: &metadata, diagnostics: &diagnostics) }
                }
                continue
            }
            // "### Key Result 1.1: …" is one key result; the bullets under it (Progress, Current, Target) are its figures.
            if KeyResultLabel.hasPrefix(sub.title) {
                keyResults += collector.keyResults(heading: sub, diagnostics: &diagnostics)
                continue
            }
            // "### Assumptions & dependencies", "### Risks": what the objective rests on, in its text; its labelled
            // bullets (`**Front-end:** …`) are neither key results nor an initiative.
            if KeyResultLabel.role(of: sub.title) == .context { continue }
            // "### Initiatives" over a list names the part of the objective its bullets are: each bullet is one initiative,
            // not one initiative called "Initiatives" with the work in its text.
            if InitiativeList.namesInitiatives(sub.title), sub.subsections.isEmpty,
               let listed = InitiativeList.initiatives(in: sub, objectiveID: id, document: document) {
                initiatives += listed
                continue
            }
            let (subMetadata, subMetadataEnd) = reader.read(sub.blocks, diagnostics: &diagnostics)
            let subResults = collector.collect(sub, diagnostics: &diagnostics)
            keyResults += subResults
            // A report's "#### Purpose" / "#### Status Update" / "#### Up Next" describe the objective: its text, not initiatives.
            if HeadingRole.classify(sub.title, level: sub.level, year: quarter?.year, config: config) == .aside { continue }
            let subTitle = TitleLabel.parse(sub.title).title
            let subStart = subMetadataEnd.map { $0 + 1 } ?? sub.bodyLine
            initiatives.append(Initiative(
                id: "\(id)/\(sub.label ?? Slug.make(subTitle))", title: subTitle, metadata: subMetadata,
                keyResults: subResults, body: document.source(from: subStart, through: sub.endLine),
                location: SourceLocation(path: document.path, line: sub.line, column: sub.column),
                blocks: document.blocks(from: subStart, through: sub.endLine)))
        }
        initiatives += InitiativeList.initiatives(inLists: initiativeLists, objectiveID: id, document: document, diagnostics: &diagnostics)
        initiatives += InitiativeList.initiatives(inLists: fieldedLists, objectiveID: id, document: document, reader: reader, diagnostics: &diagnostics)
        initiatives += tableInitiatives(section.blocks, objectiveID: id, document: document, diagnostics: &diagnostics)
        if keyResults.isEmpty {
            // The first look already said what it could not read ("Key results:" with no list); only the progress of
            // the deliverables is news.
            var reading = DiagnosticBag(path: document.path)
            keyResults = collector.collect(deliverablesIn: section.blocks, sections: deliverables, diagnostics: &reading)
            diagnostics.append(reading.items.filter { $0.code != .keyResultsUnread && !diagnostics.items.contains($0) })
        }
        if keyResults.isEmpty {
            keyResults = metrics.flatMap { collector.collect(measures: $0, diagnostics: &diagnostics) }
                + collector.collect(keyResultList: metricsLists, diagnostics: &diagnostics)
        }
        ItemAnchor.set(on: &blocks, headings: initiatives.map { ($0.location.line, $0.id) })
        Self.leaveOutTemplateText(&keyResults, body: &body, blocks: section.blocks, diagnostics: &diagnostics)
        if section.blocks.isEmpty, section.subsections.isEmpty {
            diagnostics.warning(.emptyObjective, "objective \"\(label.title)\" has no text, metadata or key results",
                                line: section.line, column: section.column, fix: "say what it will achieve, or remove the heading")
        }
        return Objective(id: id, quarter: quarter, title: label.title, metadata: metadata, keyResults: keyResults,
                         initiatives: initiatives, body: body,
                         location: SourceLocation(path: document.path, line: section.line, column: section.column),
                         explicitID: section.label != nil, blocks: blocks, code: label.code,
                         aliases: section.label != nil ? [] : label.aliases(idPrefix: idPrefix))
    }
}

extension ObjectivesParser {
    /// `bearing new`'s placeholder key result and sentence, still in the template's words: warned about, and no key
    /// result or text of the objective, so an unfilled skeleton is not graded, weighed or placed as work.
    static func leaveOutTemplateText(_ keyResults: inout [KeyResult], body: inout String, blocks: [Block], diagnostics: inout DiagnosticBag) {
        keyResults.removeAll { keyResult in
            guard SkeletonPlaceholders.isPlaceholder(keyResult.text) || SkeletonPlaceholders.isSlot(keyResult.text) else { return false }
            diagnostics.warning(.templateText, "\"\(keyResult.text.trimmed)\" is still the template's placeholder key result; it is not counted",
                                line: keyResult.location.line, column: keyResult.location.column,
                                fix: "write the key result itself (with a figure when there is one), or remove the line")
            return true
        }
        SkeletonPlaceholders.warnParagraphs(blocks, diagnostics: &diagnostics)
        body = SkeletonPlaceholders.withoutPlaceholders(body)
    }

    /// The objective a new quarter's file starts with (`A first objective for 2028-Q1`) while it is still only the
    /// template: left out with a warning at its heading. Once it has a key result or text of its own it is counted,
    /// and only its title is warned about.
    static func leaveOutTemplateObjectives(_ objectives: inout [Objective], diagnostics: inout DiagnosticBag) {
        objectives.removeAll { objective in
            let slot = SkeletonPlaceholders.isSlot(objective.title)
            guard slot || SkeletonPlaceholders.isObjectiveTitle(objective.title) else { return false }
            // A template's slot for a title ("{{TITULO_OKR_2}}") over its own unfilled slots: its body is the template's too.
            let unfilled = objective.keyResults.isEmpty && objective.initiatives.isEmpty && (slot || objective.body.trimmed.isEmpty)
            diagnostics.warning(.templateText, "\"\(objective.title)\" is still the template's placeholder title"
                                + (unfilled ? "; the objective is left out until it is written" : ""),
                                line: objective.location.line, column: objective.location.column,
                                fix: unfilled ? "give it its real title and key results, or remove it" : "give it its real title")
            return unfilled
        }
    }
}

extension TitleLabel {
    /// The words an id is made of: the title, or "CEO 1" when a numbered role is all the heading says.
    var idTitle: String {
        if let role, let code, title == role { return "\(role) \(code)" }
        return title
    }

    /// What the title's labels say about ownership, where the metadata says nothing: a "(Driver: …)" or a
    /// role prefix is the owner, the team named before its label ("OCTO Objective 1:") or else an enclosing team heading the team.
    func fill(_ metadata: inout Metadata, team: String?) {
        if metadata.owners.isEmpty, let owner = driver ?? role { metadata.owners = [owner] }
        if metadata.status == nil, let status { metadata.status = status }
        if metadata.team == nil, let team = self.team ?? team { metadata.team = team }
        CommitmentMarker.fill(&metadata, commitment: commitment)
    }

    /// The id and title the objective had while its title kept a label or marker now left out; `idPrefix` is its
    /// period's ("2027-q1/").
    func aliases(idPrefix: String) -> [String] {
        formerTitle.map { [idPrefix + Slug.make($0), $0] } ?? []
    }
}

/// File-name helpers on workspace-relative paths.
enum FileName {
    /// "objectives/2026-Q4.md" → "2026-Q4"; Notion's export "roadmaps/Roadmap 9a8b…7a8b.md" → "Roadmap".
    static func stem(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return withoutExportID(String(name[..<dot]))
    }

    /// The name a page goes by: its file's stem, or for Hugo's and Zola's section page (`content/roadmap/_index.md`) its
    /// folder's name, as the site calls the section ("roadmap", not "_index").
    static func pageStem(_ path: String) -> String {
        let parts = path.split(separator: "/")
        guard parts.count >= 2, stem(path).lowercased() == "_index" else { return stem(path) }
        return withoutExportID(String(parts[parts.count - 2]))
    }

    /// True when the file's name ends with Notion's page id ("Key Results 2b3c….csv").
    static func hasExportID(_ path: String) -> Bool {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let stem = name.lastIndex(of: ".").map { String(name[..<$0]) } ?? name
        return withoutExportID(stem) != stem
    }

    /// The name without the 32-hex-digit page id Notion appends to every exported page's file name after a space: an id
    /// and a title of "Roadmap 9a8b7c6d5e4f30211a2b3c4d5e6f7a8b" tell the reader nothing the page does not.
    static func withoutExportID(_ stem: String) -> String {
        guard stem.utf8.count > 33, let space = stem.lastIndex(of: " ") else { return stem }
        let id = stem[stem.index(after: space)...]
        guard id.utf8.count == 32, id.utf8.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }) else { return stem }
        let kept = stem[..<space].trimmed
        return kept.isEmpty ? stem : kept
    }
}

extension ObjectivesParser {
    /// PostHog's customer-success page: "## Q2 2026 Goals" over "- Hit CSM Net Revenue Retention (NRR) of 120% (CSMs)" and
    /// "- Hit and track all team revenue goals (Dana)", then each person's "### AI tooling". A heading that names a
    /// period's goals (objectives, OKRs) says its own list is goals, so they are objectives beside the headings under it,
    /// not an introduction to them. Not a list of links to the headings below (a table of contents), a checklist of key
    /// results, or the heading's fields.
    static func listsGoalsAboveHeadings(_ region: ObjectiveOutline.Region, document: MarkdownDocument) -> Bool {
        guard region.isObjectivesList, region.hasChildren,
              let heading = document.blocks.first(where: { $0.line == region.span.lowerBound }),
              case .heading(let level, let content, _) = heading.kind else { return false }
        // The period's goals, named with the period ("Q2 2026 Goals"): a bare "## OKRs" over a bold list and headings
        // is more likely one list written two ways, and is warned about (`warnUnread`) rather than read twice.
        let title = content.plainText
        let words = title.lowercased().split(whereSeparator: { !$0.isLetter })
        guard words.contains(where: { ["goals", "objectives", "okrs"].contains($0) }), Quarter.find(in: title) != nil else { return false }
        // "- Improve reliability" over "### Improve reliability": a summary of the headings under it, one list written
        // two ways, as a bare "## OKRs" may be: read twice, each goal was a duplicate-id error.
        let below = Self.headingWords(below: region, level: level, document: document)
        return region.blocks.contains { block in
            guard case .list(_, let items) = block.kind, !items.isEmpty else { return false }
            return items.allSatisfy { item in
                guard let said = Self.goalWords(item) else { return false }
                return !below.contains { heading in !heading.isEmpty && (said.starts(with: heading) || heading.starts(with: said)) }
            }
        }
    }

    /// The title words of the headings under `region`'s heading (at a deeper level than `level`).
    private static func headingWords(below region: ObjectiveOutline.Region, level: Int, document: MarkdownDocument) -> [[Substring]] {
        document.blocks.compactMap { block -> [Substring]? in
            guard block.line > region.span.lowerBound, region.span.contains(block.line),
                  case .heading(let inner, let content, _) = block.kind, inner > level else { return nil }
            return Self.titleWords(content.plainText)
        }
    }

    /// A goal list entry's title words, or nil for a task, a contents entry ("[AI tooling](#ai-tooling)") or a field
    /// ("Owner: Dana").
    private static func goalWords(_ item: ListItem) -> [Substring]? {
        guard item.task == nil, case .paragraph(let line)? = item.blocks.first?.kind else { return nil }
        let text = line.plainText.trimmed
        if line.count == 1, case .link(let destination, _) = line[0], destination.hasPrefix("#") { return nil }
        guard !text.isEmpty, !FieldHeadings.isField(text) else { return nil }
        return Self.titleWords(text)
    }

    /// review36b's shape: "## Q3 2026 Goals" over "- Objective 2: Grow adoption (Owner: Lee)", then "### Grow adoption" and
    /// its key results. The list names the headings under it, every entry one of them, so it is their summary; what it
    /// says of each (owner, status, priorities) is that heading's. Not read, it was a warning and Lee was on no page.
    static func restatesHeadingsBelow(_ region: ObjectiveOutline.Region, document: MarkdownDocument) -> Bool {
        guard region.isObjectivesList, region.hasChildren,
              let heading = document.blocks.first(where: { $0.line == region.span.lowerBound }),
              case .heading(let level, _, _) = heading.kind else { return false }
        let below = Self.headingWords(below: region, level: level, document: document)
        guard !below.isEmpty else { return false }
        var lists = 0
        for block in region.blocks {
            guard case .list(_, let items) = block.kind else { continue }
            lists += 1
            let restated = items.allSatisfy { item in
                guard let said = Self.goalWords(item), !said.isEmpty else { return false }
                return below.contains { heading in !heading.isEmpty && (said.starts(with: heading) || heading.starts(with: said)) }
            }
            guard restated else { return false }
        }
        return lists == 1
    }

    /// A goals list that restates the file's own objective headings ("1. **Improve reliability** (Owner: Dana)" above
    /// "## Improve reliability" and its key results) is their summary: each such entry gives its heading what it says and
    /// the heading does not (owner, status, priorities) and is no objective of its own, where it was a second objective of
    /// the same id, a duplicate-id error that stopped the build. An entry with key results of its own stays one.
    static func foldSummaries(_ listed: [Objective], into objectives: inout [Objective]) -> [Objective] {
        var byID: [String: Int] = [:]
        for index in objectives.indices where byID[objectives[index].id.lowercased()] == nil { byID[objectives[index].id.lowercased()] = index }
        return listed.filter { entry in
            guard !entry.explicitID, entry.keyResults.isEmpty, entry.initiatives.isEmpty,
                  let index = byID[entry.id.lowercased()] else { return true }
            if objectives[index].metadata.owners.isEmpty { objectives[index].metadata.owners = entry.metadata.owners }
            if objectives[index].metadata.status == nil { objectives[index].metadata.status = entry.metadata.status }
            if objectives[index].metadata.priorities.isEmpty { objectives[index].metadata.priorities = entry.metadata.priorities }
            return false
        }
    }

    /// A title's words, lowered, without a label ("Objective 1:", "O1 -") or marks: "Improve reliability (Owner: Dana)"
    /// begins with the words of "### Objective 1: Improve reliability".
    private static func titleWords(_ text: String) -> [Substring] {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        let labels: Set<Substring> = ["objective", "goal", "okr", "o"]
        guard let first = words.first, labels.contains(first) || first.first == "o" && first.dropFirst().allSatisfy(\.isNumber) && first.count > 1
        else { return words }
        return Array(words.dropFirst().drop { $0.allSatisfy(\.isNumber) })
    }
}
