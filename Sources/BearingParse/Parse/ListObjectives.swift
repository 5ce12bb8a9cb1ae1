import BearingModel

/// Objectives written as list items: "1. **Objective: Ship the API**", "- **Faster builds.** text",
/// "Objective 1: …". Read only from a file with no objective headings, and only where the list is clearly
/// a list of objectives: under a period, container or team heading any list counts; elsewhere every item
/// must start with bold text or an "Objective N:" label. Task items and "KR:" items are key results, never objectives.
struct ListObjectives {
    let document: MarkdownDocument

    /// "Objective 1:", "Goal:", "OKR 2)", and "OCTO Objective 1:": a numbered label may be led by whose objective it is.
    /// A dash sets the label off as a colon does: "**Objective 1 — Never lose or corrupt money.**".
    private static let labelled = Pattern(
        #"^(?:(?:(?-i:\p{Lu}[\p{L}&'’.-]*)\s+){1,3}(?:objective|okr)\s*#?\s*[0-9]+|(?:objective|goal|okr)\s*#?\s*[0-9]*)\s*(?:[:.)\-–—])"#)

    func read(_ regions: [ObjectiveOutline.Region], quarter: Quarter?, diagnostics: inout DiagnosticBag) -> [Objective] {
        var objectives: [Objective] = []
        for region in regions {
            var consumed = -1
            var announced = false
            let titled = Self.hasTitleLines(region)
            // Where the titles are bold paragraphs ("**Daemon is as reliable as it can be**" over its key results), a plain
            // line with no list under it is the period's prose ("Once these OKRs are finished, …"), not one more objective.
            let boldTitles = titled && region.blocks.indices.contains { index in
                paragraphObjectiveTitle(region.blocks, at: index, region: region, announced: false) != nil
            }
            // "**In progress**" / "✅ **Done**" over a list of objectives: how those objectives stand, never one itself.
            var labelStatus: Status?
            var labelledFrom = 0
            for (index, block) in region.blocks.enumerated() where index > consumed {
                if region.blocks.indices.contains(index + 1), case .list = region.blocks[index + 1].kind, let said = StatusLabel.status(of: block) {
                    labelStatus = said
                    labelledFrom = objectives.count
                    continue
                }
                if case .heading = block.kind { labelStatus = nil }
                defer {
                    if let status = labelStatus, case .list = block.kind {
                        for at in objectives.indices.dropFirst(labelledFrom) where objectives[at].metadata.status == nil { objectives[at].metadata.status = status }
                        labelStatus = nil
                    }
                }
                // "**Primary Goals (May shift …)**" or "**Stretch Goals (…)**" right over a table whose rows are the objectives:
                // the table's caption, which may say what kind of goal its rows are ("stretch": aspirational), never an
                // objective of its own. A bold line over a table of key results is the objective those measure.
                if region.isObjectivesList, case .paragraph(let content) = block.kind, let bold = TitleText.leadingBold(content), bold.rest.isEmpty,
                   region.blocks.indices.contains(index + 1), case .table = region.blocks[index + 1].kind,
                   PlanTable.keyResults(in: region.blocks[index + 1]) == nil,
                   let table = Self.tableObjectives(region.blocks[index + 1], diagnostics: &diagnostics) {
                    let kind = CommitmentMarker.named(in: bold.title)
                    // "**Platform team**" over its table: the rows are that team's. Any other caption groups its rows, as a
                    // heading over them would: dropped, the words were on no page.
                    let captionTeam = region.team == nil ? HeadingRole.teamCaption(TitleText.clean(bold.title)) : nil
                    objectives += table.map { row in
                        var objective = tableObjective(row, quarter: region.period ?? quarter, team: region.team ?? captionTeam, diagnostics: &diagnostics)
                        CommitmentMarker.fill(&objective.metadata, commitment: kind)
                        if captionTeam == nil, objective.group == nil { objective.group = TitleText.clean(bold.title) }
                        return objective
                    }
                    consumed = index + 1
                    continue
                }
                // "**Objective 1: Ship the DHT rewrite**" as a paragraph of its own, its key results in the list after it
                // (or after a "We measured this via the following key results:" between them).
                let announcedBy = index > 0 ? Self.announcesObjective(region.blocks[index - 1]) : false
                let found = paragraphObjectiveTitle(region.blocks, at: index, region: region, announced: announcedBy)
                    ?? (titled && !(boldTitles && !Self.isList(region.blocks, at: index + 1)) ? Self.titleLine(block).map { (title: $0, fields: nil) } : nil)
                if let (title, titleFields) = found {
                    var next = index + 1
                    // "**Priority:** ERP ecosystem", "Owner: Sofia" paragraphs right under the title are its fields (a
                    // document pasted from a word processor writes them so); they neither end it nor are lost. Lines
                    // ended by hard breaks make one paragraph of several fields, the title's own line among them.
                    var fields: [MetadataReader.Line] = titleFields.flatMap { MetadataReader(document: document).metadataLines($0) } ?? []
                    var fieldBlocks: [Block] = []
                    while region.blocks.indices.contains(next), let lines = fieldLines(region.blocks[next], after: fields) {
                        fields += lines
                        fieldBlocks.append(region.blocks[next])
                        consumed = next
                        next += 1
                    }
                    // Prose between the fields and a "Key results" label is the objective's text, as is prose up to
                    // the next objective: in a pasted document nothing else marks where an objective ends.
                    if !fields.isEmpty, let prose = proseRun(region, from: next, announced: announcedBy) {
                        consumed = prose - 1
                        next = prose
                    } else if fields.isEmpty, let list = describedList(region, from: next, labelled: Self.labelled.matches(title), titled: titled) {
                        // "Our digital experiences are the best way…" between the title and its "Key Results:" label (or,
                        // after an "Objective N:" title, its list): the objective's text, which says why before it measures.
                        consumed = list - 1
                        next = list
                    }
                    // "Key results:" or a lead-in such as "In 2025 we will:" between the objective and its key results.
                    if region.blocks.indices.contains(next + 1), case .paragraph(let label) = region.blocks[next].kind,
                       case .list = region.blocks[next + 1].kind, Self.leadsInToKeyResults(label) { next += 1 }
                    let list = region.blocks.indices.contains(next) ? region.blocks[next] : nil
                    let details = list.flatMap { if case .list = $0.kind { return $0 } else { return nil } }
                    var end = details?.endLine ?? max(block.endLine, region.blocks[max(index, consumed)].endLine)
                    if details != nil { consumed = next }
                    // "To accomplish this:", "How we'll do it:", "Next steps:" and their lists are how the objective
                    // will be reached: its text, never objectives of their own.
                    while details != nil, region.blocks.indices.contains(consumed + 2),
                          Self.labelsWork(region.blocks[consumed + 1]), case .list = region.blocks[consumed + 2].kind {
                        consumed += 2
                        end = region.blocks[consumed].endLine
                    }
                    objectives.append(paragraphObjective(title, block, fields: fields, details: details, end: end, quarter: region.period ?? quarter,
                                                         team: region.team, diagnostics: &diagnostics))
                    announced = announced || announcedBy
                    continue
                }
                // A list of tasks or context ("To accomplish this:", "Action items:", "Risks:") is never a list of objectives.
                if index > 0, case .list = block.kind, Self.labelsWork(region.blocks[index - 1]) || Self.introducesNotes(region.blocks[index - 1]) { continue }
                // After an objective its text announced ("Our objective this quarter was to: **…**"), plain lists are
                // its report (an end-of-quarter summary), not more objectives.
                if announced, case .list(let ordered, let items) = block.kind {
                    var strict = region
                    strict.isObjectivesList = false
                    if !isObjectiveList(items, ordered: ordered, region: strict) { continue }
                }
                // "O1. Refine our market positioning" / "O2. …" on the lines of one paragraph (each ended by a hard break, or
                // by none): a working group's objectives pasted from a spreadsheet, one per line.
                if region.isObjectivesList, let lines = Self.codedLines(block) {
                    // "(Priorities: …)" ending the paragraph's last line is read apart from it, as the paragraph's fields:
                    // they are that line's objective's.
                    var trailing: [MetadataReader.Line] = []
                    if region.blocks.indices.contains(index + 1), case .fields(let fields) = region.blocks[index + 1].kind,
                       region.blocks[index + 1].line == block.endLine {
                        trailing = fields.map { MetadataReader.Line(key: $0.key, value: $0.value, line: $0.line, valueColumn: $0.valueColumn, endLine: $0.line) }
                        consumed = index + 1
                    }
                    objectives += lines.map { coded in
                        var objective = lineObjective(coded.text, line: coded.line, column: block.column, quarter: region.period ?? quarter,
                                                      team: region.team, fields: coded.line == block.endLine ? trailing : [], diagnostics: &diagnostics)
                        objective.keyResults = coded.keyResults.map { lineKeyResult($0.text, line: $0.line, column: block.column) }
                        return objective
                    }
                    continue
                }
                // A table with a column of objectives and one of key results is an OKR sheet wherever it is written (under
                // a title such as "OKR tracker — 2027 Q1" too): its rows name the objectives.
                if region.isObjectivesList || Self.isOKRSheet(block), let table = Self.tableObjectives(block, diagnostics: &diagnostics) {
                    objectives += table.map { tableObjective($0, quarter: region.period ?? quarter, team: region.team, diagnostics: &diagnostics) }
                    continue
                }
                // "- **Objective**: Improve onboarding" / "- **Owner**: @x" / "- **Key results**:": one objective written
                // as labelled fields, one bullet each; the next naming bullet starts the next objective.
                if case .list(_, let items) = block.kind, let records = FieldRecords.records(items) {
                    objectives += records.map { objective($0.item, title: $0.title, quarter: region.period ?? quarter, team: region.team,
                                                          diagnostics: &diagnostics) }
                    continue
                }
                guard case .list(let ordered, let items) = block.kind, isObjectiveList(items, ordered: ordered, region: region) else { continue }
                // A list its own paragraph labels "Key Results:" measures an objective; with none above it that Bearing can
                // see, reading its items as objectives would turn each key result into an objective of its own.
                if index > 0, case .paragraph(let label) = region.blocks[index - 1].kind, KeyResultLabel.role(of: label.plainText.trimmed) == .keyResults {
                    diagnostics.warning(.keyResultsUnread, "\(items.count) key result\(items.count == 1 ? "" : "s") under \"\(label.plainText.trimmed)\" follow no objective, so \(items.count == 1 ? "it is" : "they are") not read",
                                        line: block.line, column: block.column,
                                        fix: "write the objective they measure just above the label, as `Objective 1: …` or a heading")
                    continue
                }
                // An empty bullet (`* ` left at the end of a list) names nothing, nor does a table's header row flattened
                // into the list's first bullet ("Objective / Key Result Owner(s) Status", Chromium's OKR pages).
                for (position, item) in items.enumerated() where !Self.isEmpty(item) && !(position == 0 && Self.isHeaderRow(item)) {
                    objectives.append(objective(item, quarter: region.period ?? quarter, team: region.team, diagnostics: &diagnostics))
                }
            }
        }
        return objectives
    }

    /// "Objective / Key Result Owner(s) Status": a bullet of column names only, nothing nested, the header row of a
    /// summary table that an export flattened into the list of its rows.
    static func isHeaderRow(_ item: ListItem) -> Bool {
        guard item.blocks.count == 1, case .paragraph(let content)? = item.blocks.first?.kind else { return false }
        let words = content.plainText.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "(" && $0 != ")" }).map(String.init)
        guard words.count >= 3, words.contains(where: { $0.hasPrefix("objective") || $0 == "key" }) else { return false }
        return words.allSatisfy(Self.columnWords.contains)
    }

    private static let columnWords: Set<String> = [
        "objective", "objectives", "key", "result", "results", "kr", "krs", "owner", "owners", "owner(s)", "(s)", "status",
        "score", "grade", "progress", "target", "due", "team", "priority", "confidence", "notes",
    ]

    /// Lists that look like objectives (every item bold-led or "Objective N:") in a file whose objectives are
    /// headings: they are not read, so each is a warning.
    func warnUnread(_ regions: [ObjectiveOutline.Region], diagnostics: inout DiagnosticBag) {
        for region in regions {
            for block in region.blocks {
                // A key-results table outside any objective is `KeyResultCollector.warnUnattached`'s to report.
                if case .table = block.kind, PlanTable.items(in: block) != nil, PlanTable.keyResults(in: block) == nil {
                    diagnostics.warning(.unreadObjectives, "this table looks like objectives, but this file's objectives are its headings, so it is not read",
                                        line: block.line, column: block.column,
                                        fix: "make each row a heading like the other objectives, or move the table into an objective's text")
                    continue
                }
                guard case .list(let ordered, let items) = block.kind, items.count > 1 else { continue }
                var strict = region
                strict.isObjectivesList = false
                guard isObjectiveList(items, ordered: ordered, region: strict) else { continue }
                diagnostics.warning(.unreadObjectives, "this list looks like objectives, but this file's objectives are its headings, so it is not read",
                                    line: block.line, column: block.column,
                                    fix: "make each item a heading like the other objectives, or move the list into an objective's text")
            }
        }
    }

    /// A table-of-contents marker (kramdown's `- TOC {:toc}`) or an item that is only a link (an archive, a
    /// "Past roadmaps" list): navigation, not an objective.
    private static let linkNote = Pattern(#"^[,;:–—-]?\s*\((?:[^()\s]+\s?){1,3}\)\.?$"#)

    static func isNavigation(_ item: ListItem) -> Bool {
        guard case .paragraph(let content)? = item.blocks.first?.kind else { return false }
        let text = content.plainText.trimmed
        if text == "TOC" || text.hasPrefix("TOC {:") { return true }
        let meaningful = content.filter { inline in
            // A short note in brackets after the link ("(final)", "(WIP)") still leaves it a link to elsewhere.
            if case .text(let text) = inline { return !text.trimmed.isEmpty && !Self.linkNote.matches(text.trimmed) }
            if case .softBreak = inline { return false }
            return true
        }
        return !meaningful.isEmpty && meaningful.allSatisfy { if case .link = $0 { true } else { false } }
    }

    /// An item that starts "KR1:" or "**CEO KR:**" measures an objective; a list of them under a period heading is
    /// key results whose objectives were written some other way (a bold paragraph), never a list of objectives.
    static func isKeyResult(_ item: ListItem) -> Bool {
        guard case .paragraph(let content)? = item.blocks.first?.kind else { return false }
        return KeyResultLabel.marksItem(content.plainText)
    }

    /// One objective of a table: a row of an items table (`| Objective | Owner | Status |`), or a bold group row
    /// of a key-result table (`| **O1: Catalyze …** | |`) with the key-result rows under it.
    struct TableObjective {
        var title: String
        var cell: TableCell
        var fields: [MetadataReader.Line]
        var keyResults: [KeyResult]
    }

    /// A table with both a column of titles (Objective, Goal…) and a column of key results.
    static func isOKRSheet(_ block: Block) -> Bool {
        guard case .table(let header, _, _) = block.kind, let titles = PlanTable.titleColumn(header) else { return false }
        return header.indices.contains { $0 != titles && PlanTable.keyResultHeaders.contains(PlanTable.headerKey(header[$0])) }
    }

    /// The objectives a table holds, nil when it holds none.
    static func tableObjectives(_ block: Block) -> [TableObjective]? {
        var ignored = DiagnosticBag(path: "")
        return tableObjectives(block, diagnostics: &ignored)
    }

    /// `tableObjectives(_:)`, with what could not be read of its key results' progress.
    static func tableObjectives(_ block: Block, diagnostics: inout DiagnosticBag) -> [TableObjective]? {
        if let items = PlanTable.items(in: block), !items.isEmpty {
            // `| Goal | Key results | Status | Progress |`: each row is an objective and the key result beside it,
            // which takes the row's progress; those two columns are not the objective's metadata.
            let results = PlanTable.keyResults(in: block) == nil ? [] : KeyResultCollector(path: "").tableKeyResults(block, diagnostics: &diagnostics)
            guard !results.isEmpty else {
                return items.map { TableObjective(title: $0.title, cell: $0.cell, fields: $0.fields, keyResults: []) }
            }
            // A Target and an Actual column measure the row's key result too: a target is no due date of the objective.
            let measured = PlanTable.keyResultHeaders.union(PlanTable.progressHeaders).union(PlanTable.targetHeaders).union(PlanTable.currentHeaders)
            // A row that repeats the objective of the row above (a sheet filled down rather than merged) carries it on,
            // as a row whose objective cell is left empty does (`PlanTable.items` skips those).
            var items = items
            for index in items.indices.reversed() where index > 0 && items[index].title == items[index - 1].title { items.remove(at: index) }
            // A row whose objective cell is left empty (`| | 60% of signups… |`) carries on the objective above it, as
            // in a spreadsheet with merged cells: its key result is that objective's.
            return items.enumerated().map { index, item in
                var fields = item.fields.filter { !measured.contains(MetadataKey.normalize($0.key)) }
                let end = index + 1 < items.count ? items[index + 1].cell.line : Int.max
                var keyResults = results.filter { (item.cell.line..<end).contains($0.location.line) }
                Self.placeRowFields(&fields, keyResults: &keyResults)
                return TableObjective(title: item.title, cell: item.cell, fields: fields, keyResults: keyResults)
            }
        }
        guard let rows = PlanTable.keyResults(in: block), rows.contains(where: { $0.objective != nil }),
              case .table(let header, let tableRows, _) = block.kind else { return nil }
        // The group rows, in order, with the cell each was written in (the header when OpenSSF starts with it).
        var groups: [(title: String, cell: TableCell)] = []
        for row in [header] + tableRows {
            guard let first = row.first, row.dropFirst().allSatisfy({ $0.text.isEmpty }), !first.text.isEmpty,
                  rows.contains(where: { $0.objective == first.text }), !groups.contains(where: { $0.title == first.text }) else { continue }
            groups.append((first.text, first))
        }
        let results = KeyResultCollector(path: "").tableKeyResults(block, diagnostics: &diagnostics)
        let numbers = Self.numbering(groups.map(\.title))
        let titles = groups.enumerated().map { index, group in numbers.map { String(group.title.dropFirst($0[index])).trimmed } ?? group.title }
        // "**1 IPFS Implementations are shipping quality releases on a schedule (Alan, Steven)**" in a sheet with an
        // Owner column: the people who answer for the objective, named beside it as each row names its own — when the
        // Owner cells are theirs (Alan's rows are alanshaw's). Beside rows owned by ada and lin, "(Linux)" or "(Python,
        // Ruby)" names a platform or a language, part of the title.
        let hasOwnerColumn = header.contains(where: { MetadataKey(spelling: PlanTable.headerKey($0)) == .owners })
        let named = titles.map { hasOwnerColumn ? Self.trailingNames($0) : nil }
        let handles = results.flatMap(\.owners).map { $0.lowercased().filter { $0.isLetter || $0.isNumber } }.filter { !$0.isEmpty }
        let namesArePeople = named.contains { found in
            found?.names.split(separator: ",").contains { name in
                guard let first = name.split(separator: " ").first?.lowercased() else { return false }
                return handles.contains { $0.hasPrefix(first) }
            } == true
        }
        return groups.enumerated().map { index, group in
            let pairs = zip(rows, results).filter { $0.0.objective == group.title }
            // Each row's Owner cell is its key result's; the objective is theirs when they all name the same people
            // (`KeyResultRollup`).
            var title = titles[index]
            var fields: [MetadataReader.Line] = []
            if namesArePeople, let named = named[index] {
                title = named.title
                fields.append(MetadataReader.Line(key: "Owner", value: named.names, line: group.cell.line, valueColumn: group.cell.column,
                                                  endLine: group.cell.line))
            }
            return TableObjective(title: title, cell: group.cell, fields: fields, keyResults: pairs.map(\.1))
        }
    }

    /// `| Objective | Key result | Owner | Status |`: whose the row's Owner and Status cells are. When the rows that carry
    /// the objective on leave a cell empty (a sheet with merged cells, or one key result per objective), the cell on the
    /// objective's row is the objective's, as written beside its title. When they fill it in, each row's is its key
    /// result's, and the objective's own is what they share (`KeyResultRollup`), not its first row's.
    static func placeRowFields(_ fields: inout [MetadataReader.Line], keyResults: inout [KeyResult]) {
        guard !keyResults.isEmpty else { return }
        // The key results of the objective's own row (a cell of `<br>` lines is several) share its Owner and Status cells.
        let rest = keyResults.dropFirst().filter { $0.location.line != keyResults[0].location.line }
        if rest.allSatisfy({ $0.owners.isEmpty }) {
            for index in keyResults.indices where keyResults[index].location.line == keyResults[0].location.line { keyResults[index].owners = [] }
        } else {
            fields.removeAll { MetadataKey(spelling: $0.key) == .owners }
        }
        let ownRow = keyResults.indices.filter { keyResults[$0].location.line == keyResults[0].location.line }
        // "On track<br>At risk" beside two key-result lines: each line's status is its key result's, none the objective's.
        let ownStatuses = Set(ownRow.map { keyResults[$0].status?.rawValue ?? "" })
        if ownStatuses.count < 2, rest.allSatisfy({ $0.status == nil }) {
            for index in ownRow { keyResults[index].status = nil }
        } else {
            fields.removeAll { MetadataKey(spelling: $0.key) == .status || MetadataReader.healthKeys.contains(MetadataKey.normalize($0.key)) }
        }
    }

    /// The people named in brackets at the end of a title ("… on a schedule (Alan, Steven)", "… future (David)"): each
    /// part one or two capitalised words of letters, none a status or a word plans put in brackets ("(Beta)",
    /// "(Stretch)"). Nil when the brackets hold anything else.
    static func trailingNames(_ title: String) -> (title: String, names: String)? {
        guard title.hasSuffix(")"), let open = title.lastIndex(of: "("), open > title.startIndex else { return nil }
        let inner = title[title.index(after: open)..<title.index(before: title.endIndex)]
        let parts = inner.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        guard !parts.isEmpty, parts.allSatisfy({ part in
            let words = part.split(separator: " ")
            return (1...2).contains(words.count) && Status(reading: part) == nil && !bracketWords.contains(part.lowercased())
                && words.allSatisfy { word in
                    guard let first = word.first, first.isUppercase, (2...20).contains(word.count) else { return false }
                    return word.dropFirst().allSatisfy { $0.isLowercase || $0 == "-" || $0 == "'" || $0 == "’" }
                }
        }) else { return nil }
        let rest = String(title[..<open]).trimmed
        return rest.contains(where: \.isLetter) ? (rest, parts.joined(separator: ", ")) : nil
    }

    /// Words a plan puts in brackets after a title that are no one's name.
    private static let bracketWords: Set<String> = [
        "beta", "alpha", "stretch", "optional", "later", "draft", "pilot", "bonus", "new", "continued", "carryover", "ongoing",
        "tentative", "proposed", "experimental", "internal", "external", "stretch goal", "nice to have", "maybe", "tbd",
    ]

    /// When group titles are numbered 1, 2, 3… in order ("1 Finish the base use-case", "2 Release…"), the length of
    /// each number and its space, to leave out of the title; nil when they are not all numbered so.
    static func numbering(_ titles: [String]) -> [Int]? {
        var lengths: [Int] = []
        for (index, title) in titles.enumerated() {
            let digits = title.prefix { $0.isNumber }
            guard Int(digits) == index + 1, title.dropFirst(digits.count).first == " " else { return nil }
            lengths.append(digits.count + 1)
        }
        return lengths.isEmpty ? nil : lengths
    }

    private func tableObjective(_ row: TableObjective, quarter: Quarter?, team: String?, diagnostics: inout DiagnosticBag) -> Objective {
        let label = TitleLabel.parseObjective(row.title)
        var metadata = MetadataReader(document: document).metadata(from: row.fields, diagnostics: &diagnostics)
        label.fill(&metadata, team: team)
        let keyResults = row.keyResults.map { result -> KeyResult in
            var located = result
            located.location.path = document.path
            return located
        }
        let idPrefix = quarter.map { "\($0.description.lowercased())/" } ?? "\(Slug.make(FileName.stem(document.path)))/"
        return Objective(id: idPrefix + Slug.make(label.idTitle), quarter: quarter, title: label.title, metadata: metadata,
                         keyResults: keyResults, initiatives: [], body: "",
                         location: SourceLocation(path: document.path, line: row.cell.line, column: row.cell.column), explicitID: false, code: label.code,
                         aliases: label.aliases(idPrefix: idPrefix))
    }

    /// The title of a paragraph that is all bold (under a period, container or team heading) or starts with an
    /// "Objective N:" label (anywhere): the shape of OKRs pasted from a document editor. A bold title numbered by hand
    /// ("**1. Grow the pool**", "**1\. Objective: Launch**") is one when fields or a key-results label follow it. The
    /// title's line may run on into its fields, ended by hard breaks ("**1. Grow**␠␠ / **Owner:** Ada"): `fields` is
    /// then the rest of the paragraph.
    private func paragraphObjectiveTitle(_ blocks: [Block], at index: Int, region: ObjectiveOutline.Region,
                                         announced: Bool) -> (title: String, fields: Block?)? {
        let block = blocks[index]
        guard case .paragraph(let content) = block.kind else { return nil }
        let text = content.plainText.trimmed
        guard !text.isEmpty, !KeyResultLabel.hasPrefix(text), !relatesPages(block) else { return nil }
        let split = Self.firstLine(block)
        let fields = split.flatMap { MetadataReader(document: document).metadataLines($0.rest) != nil ? $0.rest : nil }
        var titleContent = fields != nil ? split?.first ?? content : content
        // "Objective 2: Productivity" over "Same input, more output." in one paragraph: the label's line is the title and
        // the lines after it the objective's text. A label alone on its line ("Objective 3:") takes the next line as its title.
        let lines = content.lines
        if fields == nil, lines.count > 1, Self.labelled.matches(lines[0].plainText.trimmed) {
            titleContent = TitleLabel.isObjectiveLabel(lines[0].plainText) ? lines[0] + [.text(" ")] + lines[1] : lines[0]
        }
        guard titleContent.plainText.trimmed.count <= 200 else { return nil }
        if let bold = TitleText.leadingBold(titleContent), bold.rest.isEmpty, MetadataKey(spelling: bold.title) == nil,
           KeyResultLabel.role(of: bold.title) == nil {
            if region.isObjectivesList || announced || Self.labelled.matches(bold.title) { return (bold.title, fields) }
            if Self.handNumbered.matches(bold.title), fields != nil || carriesParts(blocks, after: index) { return (bold.title, fields) }
        }
        let titleText = titleContent.plainText.trimmed
        if fields == nil, Self.labelled.matches(titleText) { return (titleText, nil) }
        return nil
    }

    /// `Objective: Be reliable (Reliability.md)` on a paragraph's first line: a Notion page's relation property naming
    /// the objective's page (a key result's page, `NotionDatabasePage`), not an objective of that title. Read from the
    /// line as written: a link's text alone (`[Be reliable](Reliability.md)`) does not say where it leads.
    private func relatesPages(_ block: Block) -> Bool {
        guard block.line >= 1, block.line <= document.lines.count else { return false }
        let line = document.lines[block.line - 1]
        let first = line.dropFirst(max(0, block.column - 1))
        guard let colon = first.firstIndex(of: ":") else { return false }
        return NotionRelation.pages(in: String(first[first.index(after: colon)...])) != nil
    }

    /// "1. Grow the pool", "2) Ship": a number a writer typed before the title (a word processor's numbered heading).
    private static let handNumbered = Pattern(#"^[0-9]{1,2}[.)]\s+\S"#, first: "0123456789")

    /// The paragraph's first line and the rest of it as a paragraph of its own, when it has more than one line.
    private static func firstLine(_ block: Block) -> (first: [Inline], rest: Block)? {
        guard case .paragraph(let content) = block.kind, block.endLine > block.line,
              let breakAt = content.firstIndex(where: { $0 == .softBreak || $0 == .lineBreak }), breakAt + 1 < content.count else { return nil }
        return (Array(content[..<breakAt]), Block(.paragraph(Array(content[(breakAt + 1)...])), line: block.line + 1, column: block.column,
                                                  endLine: block.endLine))
    }

    /// True when the paragraph after `index` holds fields or labels the key results: what an objective's title carries
    /// and a numbered section title of prose does not.
    private func carriesParts(_ blocks: [Block], after index: Int) -> Bool {
        guard blocks.indices.contains(index + 1), case .paragraph(let content) = blocks[index + 1].kind else { return false }
        if MetadataReader(document: document).metadataLines(blocks[index + 1]) != nil { return true }
        return KeyResultLabel.role(of: content.plainText.trimmed) == .keyResults
    }

    /// The `Key: value` lines of a field paragraph under an objective's title: read as metadata, or, once the title has
    /// fields, a short custom field of its own (`**Strategic objective:** C.1` between `**Lead:**` and `**Status:**`).
    private func fieldLines(_ block: Block, after fields: [MetadataReader.Line]) -> [MetadataReader.Line]? {
        // "**Objective 1: Make ingestion reliable** (Owners: Pipeline Team)": the fields ending the title's line, read apart
        // from it, are the objective's; taken for something else they hid the key-result list after them.
        if case .fields(let written) = block.kind {
            return written.map { MetadataReader.Line(key: $0.key, value: $0.value, line: $0.line, valueColumn: $0.valueColumn, endLine: $0.line) }
        }
        guard case .paragraph = block.kind else { return nil }
        let reader = MetadataReader(document: document)
        if let lines = reader.metadataLines(block) { return lines }
        guard !fields.isEmpty, block.line == block.endLine, let line = reader.parse(lineNumber: block.line, stripBullet: false),
              line.key.split(separator: " ").count <= 3, line.value.split(separator: " ").count <= 6 else { return nil }
        return [line]
    }

    /// Where the prose after an objective's fields ends, when it belongs to the objective: the index of a key-results
    /// label it leads to, or of the next objective's title, or the region's end. Nil when no prose follows, or when a
    /// list or anything but a plain paragraph comes first (the objective's text is then read as before).
    private func proseRun(_ region: ObjectiveOutline.Region, from start: Int, announced: Bool) -> Int? {
        var index = start
        while region.blocks.indices.contains(index) {
            let block = region.blocks[index]
            guard case .paragraph(let content) = block.kind else { return nil }
            if KeyResultLabel.role(of: content.plainText.trimmed) == .keyResults || paragraphObjectiveTitle(region.blocks, at: index, region: region, announced: false) != nil {
                return index > start ? index : nil
            }
            if Self.labelsWork(block) { return nil }
            index += 1
        }
        return index > start ? index : nil
    }

    /// Where the list of an objective's key results starts when description paragraphs come between the title and it: the
    /// index of the "Key Results:" label over the list, or, after a `labelled` title ("Objective 1:"), of the list itself.
    /// Nil when no paragraph comes between, or when another objective, a work label ("Tasks:") or anything but a paragraph
    /// comes first.
    private func describedList(_ region: ObjectiveOutline.Region, from start: Int, labelled: Bool, titled: Bool) -> Int? {
        let blocks = region.blocks
        var index = start
        while blocks.indices.contains(index) {
            let block = blocks[index]
            if index > start, case .list(_, let items) = block.kind {
                guard labelled, !items.contains(where: { item in
                    guard case .paragraph(let content)? = item.blocks.first?.kind else { return false }
                    return Self.labelled.matches(content.plainText.trimmed)
                }) else { return nil }
                return index
            }
            guard case .paragraph(let content) = block.kind, !Self.labelsWork(block), !(titled && Self.titleLine(block) != nil),
                  paragraphObjectiveTitle(blocks, at: index, region: region, announced: false) == nil
            else { return nil }
            if index > start, blocks.indices.contains(index + 1), case .list = blocks[index + 1].kind,
               KeyResultLabel.role(of: content.plainText.trimmed) == .keyResults {
                return index
            }
            index += 1
        }
        return nil
    }

    /// A paragraph of one short line that reads as a title, not a sentence: no closing period, colon or comma
    /// ("Alpha release of the editor", "Make the stream good!", "Publish a whitepaper").
    static func titleLine(_ block: Block) -> String? {
        guard case .paragraph(let content) = block.kind, block.endLine == block.line,
              !content.contains(where: { $0 == .softBreak || $0 == .lineBreak }) else { return nil }
        let text = content.plainText.trimmed
        guard text.count <= 120, text.contains(where: \.isLetter), let last = text.last, !".:;,".contains(last),
              !KeyResultLabel.hasPrefix(text), KeyResultLabel.role(of: text) == nil else { return nil }
        // "Owner: Ada" is a field, not a title.
        if let colon = text.firstIndex(of: ":"), MetadataReader.isKey(String(text[..<colon])) { return nil }
        // A line that is only a link or an emphasized note ("_draft_") points elsewhere or remarks; it names no work.
        let visible = content.filter { if case .text(let piece) = $0 { !piece.trimmed.isEmpty } else { true } }
        if visible.count == 1, case .link = visible[0] { return nil }
        if visible.count == 1, case .emphasis = visible[0] { return nil }
        // "Find the OKRs for 2018 Q2 at the [spreadsheet](…)" says where the plan is, not what it is.
        if PointerParagraph.link(block) != nil { return nil }
        return TitleText.clean(text)
    }

    /// Under a period, container or team heading, plain title lines are its objectives when the region is written as
    /// title-then-list, at least twice ("Alpha release of the editor" over its key results, "Grow the stream" over its
    /// own), or when one title line is all the heading holds ("### Q2 2020" over "Hold a game jam"). A single lead-in
    /// line over one list stays the text it introduces.
    static func hasTitleLines(_ region: ObjectiveOutline.Region) -> Bool {
        guard region.isObjectivesList else { return false }
        let blocks = region.blocks.filter { if case .label = $0.kind { false } else { true } }
        if blocks.count == 1 { return titleLine(blocks[0]) != nil }
        let pairs = blocks.indices.dropLast().filter { index in
            guard titleLine(blocks[index]) != nil, case .list(_, let items) = blocks[index + 1].kind else { return false }
            return items.allSatisfy { item in
                guard case .paragraph(let content)? = item.blocks.first?.kind else { return true }
                return TitleText.leadingBold(content) == nil
            }
        }
        return pairs.count >= 2
    }

    /// "O1. …", "O2: …": an objective's code at the start of a line.
    private static let objectiveCode = Pattern(#"^O[0-9]{1,2}\s*[.:)]\s+\S"#, caseInsensitive: false, first: "O")

    /// The lines of a paragraph when each of them (two or more) starts with an objective's code; nil otherwise, so a
    /// paragraph with one coded line among prose stays text.
    /// A line under an "O1." line that starts "KR 1.1" (or "KR1:") is that objective's key result, as a sheet pasted
    /// row by row writes it.
    static func codedLines(_ block: Block) -> [(text: String, line: Int, keyResults: [(text: String, line: Int)])]? {
        guard case .paragraph(let content) = block.kind, block.endLine > block.line else { return nil }
        let lines = content.split(whereSeparator: { $0 == .softBreak || $0 == .lineBreak }).map { Array($0).plainText.trimmed }
        guard lines.count == block.endLine - block.line + 1, let first = lines.first, objectiveCode.matches(first) else { return nil }
        var coded: [(text: String, line: Int, keyResults: [(text: String, line: Int)])] = []
        for (offset, text) in lines.enumerated() {
            if objectiveCode.matches(text) {
                coded.append((text, block.line + offset, []))
            } else if keyResultCode.matches(text), KeyResultLabel.strippingLabel(text) != text {
                // "KR 1.1 (weight 30%): …": the weight stays with the words, read from them with the rest of their fields.
                let weighed = KeyResultTail.labelWeight(text)
                let words = KeyResultLabel.strippingLabel(weighed?.text ?? text) + (weighed.map { " (weight \($0.weight.shown))" } ?? "")
                coded[coded.count - 1].keyResults.append((words, block.line + offset))
            } else {
                return nil
            }
        }
        return coded
    }

    private static let keyResultCode = Pattern(#"^KR\s*[0-9]"#, caseInsensitive: false, first: "K")

    private func lineKeyResult(_ written: String, line: Int, column: Int) -> KeyResult {
        let tail = KeyResultTail.readWeight(written, line: line, column: column)
        let text = tail.weight == nil ? written : tail.text
        let reading = ProgressReader.read(text, checked: nil)
        return KeyResult(text: text, done: reading.progress.map { $0 >= 1 } ?? false, progress: reading.progress, progressSource: reading.source,
                         location: SourceLocation(path: document.path, line: line, column: column),
                         figures: tail.target.map { KeyResultFigures(target: $0) }, owners: tail.owners, status: tail.status, weight: tail.weight)
    }

    private func lineObjective(_ raw: String, line: Int, column: Int, quarter: Quarter?, team: String?, fields: [MetadataReader.Line] = [],
                               diagnostics: inout DiagnosticBag) -> Objective {
        let written = TitleFields.split(raw, line: line, sourceLine: document.lines.indices.contains(line - 1) ? document.lines[line - 1] : nil)
        let label = TitleLabel.parseObjective(written.title)
        let reader = MetadataReader(document: document)
        var metadata = Metadata()
        for field in written.fields + fields { reader.apply(field, to: &metadata, diagnostics: &diagnostics) }
        label.fill(&metadata, team: team)
        let idPrefix = quarter.map { "\($0.description.lowercased())/" } ?? "\(Slug.make(FileName.stem(document.path)))/"
        return Objective(id: idPrefix + Slug.make(label.idTitle), quarter: quarter, title: label.title, metadata: metadata,
                         keyResults: [], initiatives: [], body: "",
                         location: SourceLocation(path: document.path, line: line, column: column), explicitID: false, code: label.code,
                         aliases: label.aliases(idPrefix: idPrefix))
    }

    /// "Our objective this quarter was to:", "Our goal for Q3 is:" — a short paragraph that says the next one is the objective.
    static func announcesObjective(_ block: Block) -> Bool {
        guard case .paragraph(let content) = block.kind else { return false }
        let text = content.plainText.trimmed
        return text.hasSuffix(":") && text.count <= 80 && announcing.matches(text)
    }

    private static let announcing = Pattern(#"\b(?:our|the|this|team(?:'s)?)\s+(?:\w+\s+)?(?:objective|goal|okr)s?\b"#)

    /// "Key results:", or a short lead-in that ends with a colon ("In 2025 we will:", "By the end of the year we will:")
    /// and is not itself a task or context label.
    private static func leadsInToKeyResults(_ label: [Inline]) -> Bool {
        let text = label.plainText.trimmed
        if let role = KeyResultLabel.role(of: text) { return role == .keyResults }
        return text.hasSuffix(":") && text.count <= 80 && !text.containsByte(UInt8(ascii: "\n")) && TitleText.leadingBold(label) == nil
    }

    /// "Some notes to highlight:", "A few caveats:": a lead-in that says the list after it remarks on the plan; its
    /// bullets are prose about the objectives, not more of them.
    static func introducesNotes(_ block: Block) -> Bool {
        guard case .paragraph(let content) = block.kind else { return false }
        let text = content.plainText.trimmed
        return text.hasSuffix(":") && text.count <= 80 && notesLeadIn.matches(text)
    }

    private static let notesLeadIn = Pattern(#"\b(?:notes?|highlights?|to highlight|caveats?|remarks?|observations?|comments?|fyi)\b"#)

    private static func isList(_ blocks: [Block], at index: Int) -> Bool {
        guard blocks.indices.contains(index), case .list = blocks[index].kind else { return false }
        return true
    }

    /// A list item with no text and nothing nested (`* ` alone on its line).
    static func isEmpty(_ item: ListItem) -> Bool {
        item.blocks.allSatisfy { block in
            if case .paragraph(let content) = block.kind { return content.plainText.trimmed.isEmpty }
            return false
        }
    }

    /// A paragraph that labels the list after it as work or context: "To accomplish this:", "Tasks:", "Risks:".
    static func labelsWork(_ block: Block) -> Bool {
        guard case .paragraph(let content) = block.kind else { return false }
        let role = KeyResultLabel.role(of: content.plainText.trimmed)
        return role == .checklist || role == .context
    }

    private func paragraphObjective(_ raw: String, _ block: Block, fields: [MetadataReader.Line] = [], details: Block?, end: Int, quarter: Quarter?,
                                    team: String?, diagnostics: inout DiagnosticBag) -> Objective {
        let label = TitleLabel.parseObjective(raw)
        let nested = details.map { [$0] } ?? []
        let reader = MetadataReader(document: document)
        var metadata = Metadata()
        for line in fields + nested.flatMap({ reader.metadataLines($0) ?? [] }) { reader.apply(line, to: &metadata, diagnostics: &diagnostics) }
        label.fill(&metadata, team: team)
        let keyResults = KeyResultCollector(path: document.path, title: label.title).collect(keyResultList: nested, diagnostics: &diagnostics)
        let idPrefix = quarter.map { "\($0.description.lowercased())/" } ?? "\(Slug.make(FileName.stem(document.path)))/"
        return Objective(id: idPrefix + Slug.make(label.idTitle), quarter: quarter, title: label.title, metadata: metadata,
                         keyResults: keyResults, initiatives: [], body: document.source(from: block.line, through: end),
                         location: SourceLocation(path: document.path, line: block.line, column: block.column), explicitID: false,
                         blocks: document.blocks(from: block.line, through: end), code: label.code,
                         aliases: label.aliases(idPrefix: idPrefix))
    }

    private func isObjectiveList(_ items: [ListItem], ordered: Bool, region: ObjectiveOutline.Region) -> Bool {
        guard !items.isEmpty, items.allSatisfy({ $0.task == nil }), !items.allSatisfy(Self.isNavigation),
              !items.allSatisfy(Self.isKeyResult) else { return false }
        if region.isObjectivesList { return true }
        return items.allSatisfy { item in
            guard case .paragraph(let content)? = item.blocks.first?.kind else { return false }
            if let bold = TitleText.leadingBold(content) { return MetadataKey(spelling: bold.title) == nil }
            return Self.labelled.matches(content.plainText.trimmed)
        }
    }

    private func objective(_ item: ListItem, title: String? = nil, quarter: Quarter?, team: String?, diagnostics: inout DiagnosticBag) -> Objective {
        var raw = title ?? ""
        if title == nil, case .paragraph(let content)? = item.blocks.first?.kind {
            raw = TitleText.leadingBold(content).map { bold in
                // "- **Outcome 2:** Launch online sign-up": a bold label alone leads the title written after it.
                TitleLabel.isObjectiveLabel(bold.title) && !bold.rest.isEmpty
                    ? bold.title + ": " + TitleText.firstSentence(bold.rest).sentence : bold.title
            } ?? TitleText.firstSentence(content.plainText.trimmed).sentence
        }
        let label = TitleLabel.parseObjective(raw)
        let nested = Array(item.blocks.dropFirst())
        var (metadata, _) = MetadataReader(document: document).read(nested, diagnostics: &diagnostics)
        label.fill(&metadata, team: team)
        let keyResults = KeyResultCollector(path: document.path, title: label.title).collect(childrenOf: item, diagnostics: &diagnostics)
        let idPrefix = quarter.map { "\($0.description.lowercased())/" } ?? "\(Slug.make(FileName.stem(document.path)))/"
        return Objective(id: item.label ?? idPrefix + Slug.make(label.idTitle), quarter: quarter, title: label.title, metadata: metadata,
                         keyResults: keyResults, initiatives: [], body: document.source(from: item.line, through: item.endLine),
                         location: SourceLocation(path: document.path, line: item.line, column: item.column),
                         explicitID: item.label != nil, blocks: document.blocks(from: item.line, through: item.endLine), code: label.code,
                         aliases: item.label != nil ? [] : label.aliases(idPrefix: idPrefix))
    }
}
