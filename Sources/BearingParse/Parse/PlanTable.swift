/// What a GitHub table in a plan holds, told from its header row:
/// - two columns of `Key | value` under an item's heading: the item's metadata (`keyValueLines`);
/// - a first column of titles (Objective, Goal, Initiative, Item, Project, Deliverable…): one item per row,
///   the other columns its metadata (`items`);
/// - a key-result column (Key result(s), KR, Measure, KPI…): one key result per row, with its status and
///   progress cells (`keyResults`).
/// The parsers decide where each kind is read; `looksLikePlan` lets them warn about a table they did not read.
enum PlanTable {
    /// One row of an items table.
    struct Item {
        var title: String
        var cell: TableCell
        /// The other columns as `Header: cell` lines, for `MetadataReader.metadata(from:)`.
        var fields: [MetadataReader.Line]
        /// The other columns that are not a field Bearing reads (`| Notes |`, `| What and why |`), with their headers:
        /// what the row says about the work, shown as its text rather than the raw row.
        var notes: [(header: String, cell: TableCell)] = []
        /// A task box before the title (`[x] Debugging tool`): GitHub draws none in a table, so writers type it. True is done.
        var checked: Bool?
        /// The rows under it that begin with an arrow (`↳ [x] rewrite invalid universe constraints`): its steps, which
        /// belong to its text, not beside it as work of their own.
        var steps: [(checked: Bool?, text: String, cell: TableCell)] = []

        /// What the row says about the work beyond its title, as the text its priorities are inferred from: the cells
        /// of its other columns without their headers (a column named "Start" or "Target release" says nothing of the
        /// work), and without cells that only say when, how much it matters or that nothing is there (`Q3 2026`, `High`,
        /// `—`), nor references to where it is written up (`ReferenceCell`: an RFC or Documentation column, a cell of links).
        /// A Labels column's words stay: a label is what the writer says the work is about.
        var saidText: [String] {
            notes.filter { note in
                note.header.lowercased() != "importance" && RowText.isSaid(note.cell.text) && !ReferenceCell.isReference(header: note.header, cell: note.cell)
            }.map(\.cell.text)
        }

        /// The steps as the task list a reader sees under the row.
        var stepLines: [String] {
            steps.map { step in "- " + (step.checked.map { $0 ? "[x] " : "[ ] " } ?? "") + step.text }
        }

        /// The steps as a list block, for a page rendered from blocks.
        var stepList: Block? {
            guard let first = steps.first, let last = steps.last else { return nil }
            let items = steps.map { step in
                ListItem(blocks: [Block(.paragraph([.text(step.text)]), line: step.cell.line, column: step.cell.column, endLine: step.cell.line)],
                         task: step.checked, line: step.cell.line, column: step.cell.column, endLine: step.cell.line)
            }
            return Block(.list(ordered: false, items: items), line: first.cell.line, column: first.cell.column, endLine: last.cell.line)
        }
    }

    /// One row of a key-result table.
    struct KeyResultRow: Hashable, Sendable {
        var text: String
        var cell: TableCell
        /// The status column's text and its reading (nil when the table has none or it is empty).
        var statusText: String?
        var status: Status?
        /// The progress column's text (`40%`, `3/5`, `0.7`), for the progress reader.
        var progressText: String?
        /// The objective the row belongs to: the last bold row with no other cells above it (or a bold header).
        var objective: String?
        /// The owner column's text, when the table has one.
        var owners: String?
        /// The Baseline, Target and Actual cells, kept for the page and the exports: the row's text names only the measure.
        var figures: KeyResultFigures?
        /// Progress those cells give read together (`TableFigures.reading`), before any text made of them.
        var figuresReading: ProgressReader.Reading?
        /// The Weight column's cell as written (`40%`, `2`), when the table has one.
        var weight: String?
        /// The rank a Priority column gives the row (`P0`, `**P1**`, a `![P2](p2.svg)` badge), as a `P0 - …` marker does.
        var priority: String? = nil
    }

    /// Columns that rank each key result (`| Key result | Priority | Owner |`).
    static let rankHeaders: Set<String> = ["priority", "prio", "rank", "p", "importance"]

    /// A rank cell's marker: `P0`–`P9` as written, in bold or as a badge's text; nil for anything else.
    static func rankCell(_ text: String?) -> String? {
        guard let text = text?.trimmed, text.count == 2, text.first == "P", let digit = text.last, digit.isASCII, digit.isNumber else { return nil }
        return text
    }

    /// A Weight cell as the key result's weight: a bare number under `Weight (%)` is that percentage ("40" is 40%), as
    /// the header says, so it reads as a `Weight: 40%` beside it does.
    static func weightCell(_ cell: String?, percentColumn: Bool) -> String? {
        guard let cell, percentColumn, !cell.hasSuffix("%"), Double(cell) != nil else { return cell }
        return cell + "%"
    }

    /// Columns of how much a key result counts in its objective's grade (`| Key result | Weight | Target | Current |`).
    static let weightHeaders: Set<String> = ["weight", "weights", "weighting", "weight (%)", "weight %", "% weight", "kr weight"]

    static let titleHeaders: Set<String> = [
        "objective", "objectives", "goal", "goals", "initiative", "initiatives", "item", "items", "project", "projects",
        "deliverable", "deliverables", "epic", "epics", "theme", "themes", "feature", "features", "milestone", "milestones",
        "okr", "okrs", "priority", "priorities", "outcome", "outcomes", "bet", "bets", "work", "workstream", "activity",
        "task", "tasks", "work item", "work items", "workstreams", "activities", "capability", "capabilities", "enhancement", "enhancements",
        // `| Story ID | Story | Status |`: an agile board's stories, each a piece of work.
        "story", "stories", "user story", "user stories",
        // `| Phase | Status | Description |`: a table of a plan's phases or stages, each row one step of the work.
        "phase", "phases", "stage", "stages",
        // The same columns as German, French, Spanish, Portuguese and Italian plans head them.
        "ziele", "vorhaben", "projekt", "projekte", "meilenstein", "meilensteine", "objectif", "objectifs", "projet", "projets",
        "jalon", "jalons", "livrable", "livrables", "objetivo", "objetivos", "iniciativa", "iniciativas", "proyecto", "proyectos",
        "hito", "hitos", "entregable", "entregables", "projeto", "projetos", "marco", "marcos", "obiettivo", "obiettivi",
        "progetto", "progetti", "iniziativa", "iniziative",
        // Chinese, Japanese and Korean plans' Milestone and Phase columns (`| 里程碑 | 起始日期 | 结束日期 | 核心目标 |`).
        "里程碑", "マイルストーン", "마일스톤", "阶段", "階段", "フェーズ", "단계",
    ]
    static let keyResultHeaders: Set<String> = [
        "key result", "key results", "key result(s)", "kr", "krs", "kr(s)", "measure", "measures", "measure of success",
        "measures of success", "metric", "metrics", "kpi", "kpis", "key performance indicator", "key performance indicator (kpi)",
        "key performance indicators", "success metric", "success metrics", "indicator",
        "resultado clave", "resultados clave", "schlüsselergebnis", "schlüsselergebnisse", "kennzahl", "kennzahlen", "résultat clé",
        "résultats clés", "résultats-clés", "indicateur", "indicateurs", "resultado-chave", "resultados-chave", "resultado chave",
        "resultados chave", "indicador", "indicadores", "risultato chiave", "risultati chiave", "indicatore", "indicatori",
    ]
    static let statusHeaders: Set<String> = ["status", "state", "health", "rag", "on track?", "estado", "zustand", "statut", "état", "situação", "stato",
                                                 "상태", "статус", "состояние", "状态", "狀態", "状態", "ステータス"]
    static let progressHeaders: Set<String> = ["progress", "score", "grade", "result", "results", "current", "achieved", "% done", "percent",
                                                   "% complete", "percent complete", "% completed", "completion", "% progress",
                                                   "avance", "% avance", "progreso", "% progreso", "fortschritt", "% erledigt", "erreicht",
                                                   "avancement", "% avancement", "progression", "progresso", "% concluído", "avanzamento", "voortgang"]

    /// A header cell as a key: lowercased, spaces collapsed, without a trailing colon or emphasis. A gloss in brackets
    /// that says when or how the column was taken (`Baseline (Q4 2024)`, `Current (as of 2025-02-01)`,
    /// `Owner (DRI)`) is left out: the column is what its first words name. Keys known with their brackets
    /// ("key performance indicator (kpi)", "weight (%)") keep them.
    static func headerKey(_ cell: TableCell) -> String {
        let key = writtenKey(cell)
        guard key.hasSuffix(")"), !bracketedHeaders.contains(key), !MetadataReader.glossSetsApart(key),
              let bare = MetadataReader.withoutGloss(key) else { return key }
        return bare
    }

    /// A header cell as a key with its gloss kept: lowercased, spaces collapsed, without a trailing colon or emphasis.
    static func writtenKey(_ cell: TableCell) -> String {
        var text = cell.text.lowercased()
        while let last = text.last, last == ":" || last == "*" { text.removeLast() }
        return text.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }

    /// The header's keys (`headerKey`), except where the gloss is what tells two columns apart: `Status (last week)` beside
    /// `Status (this week)`, or `Owner (backup)` beside `Owner`, keep their brackets, so neither is taken for the row's
    /// status or owner (the first of them would be, the stale one or the deputy).
    /// Columns told apart by the period they are for (`Target (Q1) | Target (Q2)`, `Q1 Target`) keep it too, except the one
    /// for `period`, the objective's (`PeriodColumns`): in a 2026-Q1 file `Target (Q1)` is the key results' target.
    static func headerKeys(_ header: [TableCell], period: Quarter? = nil) -> [String] {
        let keys = header.map(headerKey)
        var counts: [String: Int] = [:]
        for key in keys { counts[key, default: 0] += 1 }
        let written = header.map(writtenKey)
        var result = header.indices.map { index in
            written[index] != keys[index] && (counts[keys[index]] ?? 0) > 1 ? written[index] : keys[index]
        }
        // `Target (committed) | Target (stretch)`: the one column not glossed as a stretch is the figure itself; the
        // stretch column keeps its gloss (shown in the table as written, not taken for the target).
        for (key, count) in counts where count >= 2 {
            let columns = header.indices.filter { keys[$0] == key }
            let plain = columns.filter { !isStretch(written[$0]) }
            if plain.count == 1, let only = plain.first { result[only] = key }
        }
        for group in PeriodColumns.groups(written) {
            for column in group.columns { result[column.index] = written[column.index] }
            if let chosen = PeriodColumns.chosen(group.columns, for: period) { result[chosen] = group.key }
        }
        // `| Key result | Committed | Stretch |`: beside a stretch column, the committed figure is the target, though
        // its header does not say "target". Without a stretch column "Committed" may be a yes/no mark, so it is left.
        if !result.contains(where: targetHeaders.contains), result.indices.contains(where: { isStretchColumn(result[$0], written: written[$0]) }),
           let committed = result.firstIndex(where: committedHeaders.contains) {
            result[committed] = "target"
        }
        return result
    }

    private static let committedHeaders: Set<String> = ["committed", "commit", "committed target", "committed goal", "target committed"]

    /// A header glossed as the stretch version of its figure: `Target (stretch)`, `Goal (aspirational)`.
    private static func isStretch(_ written: String) -> Bool {
        guard MetadataReader.withoutGloss(written) != nil, let open = written.range(of: " (", options: .backwards) else { return false }
        let gloss = written[open.upperBound...].dropLast().trimmed
        return stretchWords.contains(gloss)
    }

    private static let stretchWords: Set<String> = ["stretch", "stretch goal", "stretch target", "aspirational", "moonshot", "roofshot", "ambitious"]

    /// The column of a stretch figure: `Stretch`, `Stretch target`, or a figure glossed as one (`Target (stretch)`).
    static func isStretchColumn(_ key: String, written: String) -> Bool {
        stretchWords.contains(key) || stretchWords.contains(written) || isStretch(written)
    }

    /// The written headers of figure columns told apart by period (`Target (Q1)`, `Target (Q2)`) none of which is for
    /// `period`: the table then gives its key results no such figure, and the reader should be told which columns.
    static func unchosenPeriodColumns(_ header: [TableCell], period: Quarter?) -> [String] {
        let written = header.map(writtenKey)
        let figures = targetHeaders.union(currentHeaders).union(baselineHeaders)
        return PeriodColumns.groups(written).filter { group in
            group.columns.count >= 2 && figures.contains(group.key) && PeriodColumns.chosen(group.columns, for: period) == nil
        }.flatMap { $0.columns.map { header[$0.index].text } }
    }

    private static let bracketedHeaders: Set<String> = ["key performance indicator (kpi)", "key results (krs)", "weight (%)"]

    /// "Total", "**Totals:**", "Grand total", "Sum": the title of a row that adds up the rows above it.
    static func isTotalsRow(_ title: String) -> Bool {
        let key = title.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "*_:. "))
        return ["total", "totals", "grand total", "subtotal", "sub-total", "sum", "total effort", "overall total"].contains(key)
    }

    /// Whether a row titled Total adds up the rows above it: each other cell it fills holds the sum of the first numbers
    /// of that column's cells above ("25" under "$5M" and "20"; a Weight column's "100%"). A row that fills no other
    /// cell adds nothing of its own either.
    static func addsUp(_ row: [TableCell], above: some Collection<[TableCell]>, column: Int) -> Bool {
        for index in row.indices where index != column && row[index].text.contains(where: \.isNumber) {
            guard let total = firstNumber(row[index].text) else { return false }
            let sum = above.filter { !isSeparator($0) && index < $0.count }.compactMap { firstNumber($0[index].text) }.reduce(0, +)
            guard abs(sum - total) <= max(0.01 * abs(total), 0.001) else { return false }
        }
        return true
    }

    private static func firstNumber(_ text: String) -> Double? {
        firstNumberPattern.firstMatch(in: text)?[1].flatMap { Double($0.replacingOccurrences(of: ",", with: "")) }
    }

    private static let firstNumberPattern = Pattern(#"(\d+(?:,\d{3})*(?:\.\d+)?)"#)

    /// A row that repeats the delimiter (`|-|-|` between groups of rows) is not content.
    static func isSeparator(_ row: [TableCell]) -> Bool {
        row.allSatisfy { cell in cell.text.allSatisfy { "-:| ".contains($0) } }
    }

    // MARK: Key/value tables

    /// A two-column `Key | value` table as metadata lines. The header is the first pair when its first cell is
    /// a metadata key (`| Owner | Ada |`); a `| Field | Value |` header is only a header.
    static func keyValueLines(_ block: Block) -> [MetadataReader.Line]? {
        guard case .table(let header, let rows, _) = block.kind, header.count == 2, rows.allSatisfy({ $0.count <= 2 }) else { return nil }
        var pairs = rows.filter { !isSeparator($0) }
        if MetadataKey(spelling: headerKey(header[0])) != nil { pairs.insert(header, at: 0) }
        var lines: [MetadataReader.Line] = []
        for row in pairs where row.count == 2 {
            var key = row[0].text
            while let last = key.last, last == ":" { key.removeLast() }
            let value = row[1].text
            guard MetadataReader.isKey(key), !value.isEmpty else { continue }
            lines.append(MetadataReader.Line(key: key, value: value, line: row[1].line, valueColumn: row[1].column, endLine: row[1].line))
        }
        return lines.isEmpty ? nil : lines
    }

    /// A two-column table headed `| Field | Value |` (or `| Item | Value |`): fields, whatever its first header says.
    static func isFieldsTable(_ block: Block) -> Bool {
        guard case .table(let header, _, _) = block.kind, header.count == 2 else { return false }
        return ["value", "values"].contains(headerKey(header[1]))
    }

    // MARK: Items tables

    /// Headers of a column that only numbers the rows (`| # | Status | Responsible | Project |`).
    static let ordinalHeaders: Set<String> = ["#", "no", "no.", "nr", "nr.", "n°", "num", "number", "id", "", "ref"]

    /// A Year cell's year as it is joined to a quarter: "2023", or a fiscal year ("FY2027", "FY27", "fy 27" → "FY2027");
    /// nil for anything else ("TBD").
    static func year(_ text: String) -> String? {
        let trimmed = text.trimmed
        if trimmed.count == 4, let year = Int(trimmed), (1900...2199).contains(year) { return trimmed }
        guard let groups = fiscalYear.firstMatch(in: trimmed), let digits = groups[1] else { return nil }
        return "FY" + (digits.count == 2 ? "20" + digits : digits)
    }

    private static let fiscalYear = Pattern(#"^FY[-_ ]?([0-9]{4}|[0-9]{2})$"#, first: "f")

    /// A period cell with the Year cell's year: "Q2" and "2023" are "Q2 2023"; a fiscal year leads its quarter or half
    /// ("FY2027-Q1"), as fiscal periods are written, and follows anything else ("March FY2027").
    static func joined(_ period: String, year: String) -> String {
        guard year.hasPrefix("FY") else { return period + " " + year }
        let trimmed = period.trimmed
        if trimmed.count == 2, let kind = trimmed.uppercased().first, kind == "Q" || kind == "H", let number = trimmed.last?.wholeNumberValue,
           (1...(kind == "Q" ? 4 : 2)).contains(number) {
            return year + "-" + trimmed.uppercased()
        }
        return period + " " + year
    }

    /// Headers of a column that says when a row is planned (`| Date | Milestone | Features |`): its period.
    static let periodHeaders: Set<String> = ["date", "dates", "when", "month", "quarter", "quarters", "period", "target", "timing",
                                             "timeline", "timeframe", "time frame"]

    /// The column of titles: the first when it is headed Objective, Goal, Project…; else the first title header after
    /// only numbering, period and field columns (`| # | Status | Responsible | Project |`, `| Date | Milestone | Features |`).
    /// A Milestone column beside another column of titles names a release (`v2.0`), not the work: the other is the title.
    static func titleColumn(_ header: [TableCell]) -> Int? {
        var titles = header.indices.filter { titleHeaders.contains(headerKey(header[$0])) }
        // `| Sprint Goal | QP Goal | … |`, `| Team Objective | … |`: a first column named for a kind of goal holds the titles.
        if titles.isEmpty, let first = header.first, qualifiedTitle(headerKey(first)) { titles = [0] }
        if titles.isEmpty, let described = describedColumn(header) { return described }
        if titles.isEmpty, let first = firstWordsColumn(header) { return first }
        // `| Name | Status | Quarter | Owner | Priority |` (Notion's export): the tracker's Name column is the work, and a
        // Priority or Goal column after it says how much each row matters or which strategic goal it serves.
        if !titles.isEmpty, titles.allSatisfy({ referenceHeaders.contains(headerKey(header[$0])) }),
           let named = namedColumn(header), named < titles[0] { return named }
        // `| Title | Status | Assignees | … | Milestone | Epic |` (GitHub Projects), `| ID | Title | … | Project |` (Linear): in
        // a tracker's export the Title column names each row, and an Epic, Project or Milestone after it is what the row
        // belongs to.
        if !titles.isEmpty, let named = namedColumn(header), named < titles[0], header[..<named].allSatisfy({ ordinalHeaders.contains(headerKey($0)) || isKeyHeader(headerKey($0)) }) {
            return named
        }
        // `| Title | Status | Milestone |`: the milestone is the release a row ships in, the Title column the work.
        if titles.allSatisfy({ ["milestone", "milestones"].contains(headerKey(header[$0])) }), let named = namedColumn(header) { titles = [named] }
        guard var index = titles.first else { return nil }
        // `| Milestone | Phases | Plans | Status | Shipped |` (a get-shit-done roadmap's progress summary): after the
        // milestones, a plural "Phases" column counts each one's phases; the milestone is the row's work.
        if ["milestone", "milestones"].contains(headerKey(header[index])), let other = titles.dropFirst().first,
           !(other > index && ["phases", "stages", "steps", "parts"].contains(headerKey(header[other]))) { index = other }
        // `| Priority | Item | Status |`: beside a column of titles, "Priority" says how much each row matters.
        if ["priority", "priorities"].contains(headerKey(header[index])), let other = titles.dropFirst().first { index = other }
        let before = header[..<index].map(headerKey)
        // `| Ticket # | Title | Status |`, `| Jira Link | Summary | Status |`, `| Key | Summary | Status |` (Jira's export):
        // the tracker's number, key or link before the title numbers the rows, as `#` does.
        guard before.allSatisfy({ ordinalHeaders.contains($0) || periodHeaders.contains($0) || titleHeaders.contains($0)
                                  || MetadataKey(spelling: $0) != nil || isCodeHeader($0) || isKeyHeader($0) }) else { return nil }
        return index
    }

    /// "sprint goal", "quarterly objectives", "team okr": one or two words before a goal word.
    private static func qualifiedTitle(_ key: String) -> Bool {
        let words = key.split(separator: " ")
        guard (2...3).contains(words.count), let last = words.last else { return false }
        return ["goal", "goals", "objective", "objectives", "okr", "okrs"].contains(last)
    }

    /// `| Priority ID | Description |`, `| Goal ID | … |`: a column of the rows' codes, which numbers them as `#` does.
    static func isCodeHeader(_ key: String) -> Bool {
        let words = key.split(separator: " ")
        return words.count == 2 && words.last == "id" || isTrackerHeader(key)
    }

    /// `| Issue key | Summary |` (Jira), `| Key | Title |`: a column of the rows' tracker keys.
    static func isKeyHeader(_ key: String) -> Bool {
        ["key", "issue key", "issue id", "issue", "ticket", "jira", "identifier"].contains(key) || isTrackerHeader(key)
    }

    /// `| Aha! Issue Number | Aha! Issue Link | Description |`, `| Ticket # | … |`, `| Jira Link | … |`: a column of the
    /// rows' numbers or links in the tracker they were exported from. It numbers the rows; it names no work.
    static func isTrackerHeader(_ key: String) -> Bool {
        let words = key.split(separator: " ")
        guard (2...4).contains(words.count), let last = words.last, ["number", "no", "no.", "#", "key", "link", "url", "id"].contains(last)
        else { return false }
        return words.dropLast().contains { ["issue", "ticket", "jira", "aha!", "aha", "linear", "story", "card", "request"].contains($0) }
    }

    /// Title headers that, beside another column of titles, say which strategic priority a row serves or how much it
    /// matters (`| Name | Status | Goal |`, `| Name | Priority |`) rather than naming the work.
    static let referenceHeaders: Set<String> = ["priority", "priorities", "goal", "goals"]

    /// Headers of a first column that is not work even beside a Status column: a risk register, a decision log, a legend.
    static let notWorkHeaders: Set<String> = [
        "risk", "risks", "question", "questions", "decision", "decisions", "assumption", "assumptions", "dependency",
        "dependencies", "blocker", "blockers", "issue", "issues", "symbol", "icon", "emoji", "legend", "colour", "color",
        "term", "label", "key", "field", "meaning", "date", "version", "release", "person", "role", "member", "members",
    ]

    /// `| Partnership | Status | Timeline | Notes |` (a Confluence table whose first column is named for what the rows
    /// are): the first column holds the titles when no column is named for the work, a later column is a Status, and
    /// another says when or who (a period, an owner, a due date), as a plan's rows do. A risk register or a legend keeps
    /// its first column's name (`notWorkHeaders`) and stays a table.
    private static func firstWordsColumn(_ header: [TableCell]) -> Int? {
        let keys = header.map(headerKey)
        // `| Milestone ID | Project Name | Start Date | … | Status |`: a leading column of codes numbers the rows as `#`
        // does (`CM-001`); the words column after it names the work.
        let codes = keys.prefix { isCodeHeader($0) }.count
        if let column = firstWordsColumn(keys, codes: codes) { return column }
        // `| Issue Link | Status | Owner |` over `[Dark mode for the editor](…/issues/12)`: with no words column after
        // it, a tracker's link or number column is the one that names the work, as it was before such columns numbered
        // the rows.
        let plainCodes = keys.prefix { key in key.split(separator: " ").count == 2 && key.hasSuffix(" id") }.count
        return plainCodes < codes ? firstWordsColumn(keys, codes: plainCodes) : nil
    }

    private static func firstWordsColumn(_ written: [String], codes: Int) -> Int? {
        var keys = written
        guard codes < keys.count else { return nil }
        keys.removeFirst(codes)
        guard keys.count >= 3 || (codes > 0 && keys.count >= 2), let first = keys.first, !first.isEmpty, !notWorkHeaders.contains(first),
              !ordinalHeaders.contains(first), !periodHeaders.contains(first), !statusHeaders.contains(first),
              !progressHeaders.contains(first), !keyResultHeaders.contains(first), MetadataKey(spelling: first) == nil,
              !keys.contains(where: keyResultHeaders.contains) else { return nil }
        let others = keys.dropFirst()
        let planned: Set<MetadataKey> = [.owners, .due]
        guard others.contains(where: { statusHeaders.contains($0) || MetadataKey(spelling: $0) == .status }),
              others.contains(where: { periodHeaders.contains($0) || (MetadataKey(spelling: $0).map(planned.contains) ?? false) })
        else { return nil }
        return codes
    }

    /// `| … | Target Date | Completion Date |`: beside a column of when the work is due, a column of when it was
    /// finished is no second due date (it would overwrite the target, or with `-` throw it away): it is kept as written.
    static func finishedColumns(_ header: [TableCell]) -> Set<Int> {
        let due = header.indices.filter { MetadataKey(spelling: headerKey(header[$0])) == .due }
        guard due.count >= 2 else { return [] }
        let finished = due.filter { index in
            headerKey(header[index]).split(whereSeparator: { $0 == " " || $0 == "/" })
                .contains { ["completion", "completed", "actual", "done", "finished", "shipped", "delivered", "released"].contains($0) }
        }
        return finished.count < due.count ? Set(finished) : []
    }

    /// `-`, `–`, `—`: a cell a table fills to say it has nothing (a completion date not reached yet), not a value.
    static func isDash(_ text: String) -> Bool {
        let trimmed = text.trimmed
        return !trimmed.isEmpty && trimmed.count <= 3 && trimmed.allSatisfy { "-–—".contains($0) }
    }

    /// Headers of a column that says what each row is when no column is named for the work itself.
    static let descriptionHeaders: Set<String> = ["description", "descriptions", "what", "details", "summary of work"]

    /// `| # | Description | Issue | Notes |`: a numbered list of work whose only text column describes each row. The
    /// Description column holds the titles when it follows nothing but numbering, and the rows are numbered or carry
    /// a field a plan's rows have (an issue, an owner, a due date). A `| Status | Description |` legend or a
    /// `| Label | Description |` glossary is neither, and stays a table.
    private static func describedColumn(_ header: [TableCell]) -> Int? {
        let keys = header.map(headerKey)
        guard let index = keys.firstIndex(where: descriptionHeaders.contains) else { return nil }
        guard keys[..<index].allSatisfy({ ordinalHeaders.contains($0) || isCodeHeader($0) }) else { return nil }
        let numbered = index > 0 && keys[..<index].contains { !$0.isEmpty }
        let planned: Set<MetadataKey> = [.owners, .due, .issues, .effort, .priorities]
        let fielded = keys.indices.contains { $0 != index && (MetadataKey(spelling: keys[$0]).map(planned.contains) ?? false) }
        return numbered || fielded ? index : nil
    }

    /// Headers a tracker's export gives its column of titles (GitHub Projects' and Linear's Title, Notion's Name,
    /// Jira's Summary): they name anything, a person as well as a piece of work.
    static let nameHeaders: Set<String> = ["title", "name", "summary"]

    /// A Title, Name or Summary column, when another column is one a plan's rows have (Status, Owner or Assignee, Due,
    /// Progress, Iteration…): `| Name | Role | Email |` is a roster, `| Name | Owner | Status |` a plan.
    private static func namedColumn(_ header: [TableCell]) -> Int? {
        guard let index = header.firstIndex(where: { nameHeaders.contains(headerKey($0)) }) else { return nil }
        let planned: Set<MetadataKey> = [.owners, .status, .due, .priorities, .effort, .confidence]
        let others = header.indices.filter { $0 != index }.map { headerKey(header[$0]) }
        guard others.contains(where: { key in
            MetadataKey(spelling: key).map(planned.contains) ?? false || statusHeaders.contains(key) || progressHeaders.contains(key)
                || periodHeaders.contains(key) || ["iteration", "sprint", "milestone", "milestones"].contains(key)
        }) else { return nil }
        return index
    }

    /// The rows of a table with a column of titles (`| Objective | Owner | Status |`, see `titleColumn`), nil for any
    /// other table.
    static func items(in block: Block) -> [Item]? {
        rows(in: block, untitledApart: false)?.items
    }

    /// A table's items, and the rows that say something but give no title to be an item by.
    struct Rows {
        var items: [Item]
        /// `|  | Tom | Planned | A.1 |`: the title cell of each row left empty whose other cells are only fields (an
        /// owner, a status, a date), with those cells. A reader cannot tell what work such a row is.
        var untitled: [(title: TableCell, cells: [TableCell])] = []
    }

    /// `items(in:)`, with the untitled rows apart when `untitledApart` (for a parser that warns about them): an empty
    /// title cell whose row has only fields, or that comes before any item, is no step of the row above.
    static func rows(in block: Block, untitledApart: Bool) -> Rows? {
        guard case .table(let header, let rows, _) = block.kind, header.count >= 2,
              let column = titleColumn(header) ?? periodLedColumn(header: header, rows: rows) else { return nil }
        // `| Trimestre | … | Objectifs clés |`: the leading period column says when each row is due.
        let periodColumn = column > 0 && isPeriodLed(header: header, rows: rows) ? 0 : nil
        // `| Item | Value |` is a key/value table whose first column happens to be called "Item".
        if isFieldsTable(block) { return nil }
        var items: [Item] = []
        var untitled: [(title: TableCell, cells: [TableCell])] = []
        let measured = header.contains { keyResultHeaders.contains(headerKey($0)) }
        let keys = headerKeys(header)
        let finished = finishedColumns(header)
        // `| Specification | Year | Quarter | Status |`: a plan kept as a spreadsheet writes the year and the quarter (or the
        // month) in two columns. They are one period, "Q2 2023"; the Year column alone says the row's year.
        let yearColumn = header.firstIndex { headerKey($0) == "year" }
        for row in rows where !isSeparator(row) && column < row.count {
            // A tick drawn before the title or in another cell (`<img alt="Done">2025 Q3`): the row's status, and the
            // cell's words without it.
            var pictured = StatusPicture.split(row[column]).map { (status: $0.status, at: row[column]) }
            let titleCell = StatusPicture.split(row[column])?.cell ?? row[column]
            // `||Create a lightweight Harbor …|2022 H2|` under `|Harbor for Edge|Optimize data transfer …|2022 H2|`: an
            // empty title cell is merged with the row above, as in a spreadsheet, and its other cells are more of that
            // item's work, a step of it, rather than a row to drop unread.
            if titleCell.text.isEmpty {
                let saidColumns = row.indices.filter { $0 != column && $0 < header.count && !ordinalHeaders.contains(headerKey(header[$0])) }
                    .filter { !row[$0].text.isEmpty }
                let said = saidColumns.map { row[$0] }
                // Only a cell of words (a description, a note) is more of the work above; an owner, status or date alone
                // names no work of its own, and in a column of its own it would overwrite nothing of the row above.
                let describes = saidColumns.contains { index in
                    let key = headerKey(header[index])
                    return MetadataKey(spelling: key) == nil && !periodHeaders.contains(key) && !["goal", "goals"].contains(key)
                }
                if untitledApart, !said.isEmpty, items.isEmpty || !describes {
                    untitled.append((titleCell, said))
                } else if let first = said.first, !items.isEmpty {
                    items[items.count - 1].steps.append((nil, said.map(\.text).joined(separator: " — "), first))
                }
                continue
            }
            guard !titleCell.text.isEmpty, !isPlaceholder(titleCell.text) else { continue }
            // `| **Total** | | **10 weeks** |`: a sum of the rows above, not one more piece of work (it would count their
            // effort twice). The table is still shown as written.
            if isTotalsRow(titleCell.text) { continue }
            let (checked, written) = taskBox(in: titleCell.text)
            if let step = continuation(written), !items.isEmpty {
                let (stepChecked, stepText) = taskBox(in: step)
                items[items.count - 1].steps.append((stepChecked, stepText, titleCell))
                continue
            }
            var fields: [MetadataReader.Line] = []
            var notes: [(header: String, cell: TableCell)] = []
            let yearWritten = yearColumn.flatMap { $0 < row.count ? Self.year(row[$0].text) : nil }
            let yearJoined = yearWritten == nil ? nil : row.indices.first { index in
                index != yearColumn && index != column && index < header.count && !row[index].text.isEmpty && !isDash(row[index].text)
                    && (periodHeaders.contains(headerKey(header[index])) || index == periodColumn)
            }
            for (index, drawn) in row.enumerated() where index != column && index < header.count && !drawn.text.isEmpty && !isDash(drawn.text) {
                var cell = drawn
                // Only under a header for the row's state or time (Azure's Quarter column): a tick under "iOS" or "Linux"
                // in a table of platforms says the feature works there, not how its work stands.
                let headed = headerKey(header[index])
                let statesRow = statusHeaders.contains(headed) || periodHeaders.contains(headed) || index == periodColumn
                    || MetadataKey(spelling: headed).map { $0 == .status || $0 == .due } ?? false
                if statesRow, let (status, rest) = StatusPicture.split(drawn) {
                    if pictured == nil { pictured = (status: status, at: drawn) }
                    cell = rest
                    if cell.text.isEmpty { continue }
                }
                if index == yearColumn, yearWritten != nil, yearJoined != nil { continue }
                // `| ENG-4 | SMS reminders |` under `| ID | Title |`, `| [PAY-101](…/browse/PAY-101) |` under Issue key: the
                // row's key in its tracker is its issue. Any other numbering column is only a row number.
                let trackerKey = (ordinalHeaders.contains(headerKey(header[index])) || isKeyHeader(headerKey(header[index])))
                    ? trackerIssue(cell) : nil
                if let trackerKey {
                    // `| AHA-1001 | [AHA-1001](…) |`: a number column and a link column name one issue once.
                    guard !fields.contains(where: { $0.key == "Issues" && $0.value == trackerKey }) else { continue }
                    fields.append(MetadataReader.Line(key: "Issues", value: trackerKey, line: cell.line, valueColumn: cell.column, endLine: cell.line))
                    continue
                }
                guard !ordinalHeaders.contains(headerKey(header[index])) else { continue }
                var key = header[index].text.trimmingCharacters(in: CharacterSet(charactersIn: ":*_ "))
                // `Owner (DRI)`, `Due (target)`: a known column glossed in brackets — unless the gloss tells it from another
                // column (`Owner (backup)` beside `Owner`).
                if MetadataKey(spelling: key) == nil, !MetadataReader.glossSetsApart(key), let bare = MetadataReader.withoutGloss(key),
                   MetadataKey(spelling: bare) != nil, keys[index] == headerKey(header[index]) { key = bare }
                // "January 2019" under Date is when the row is due: its period, as `Due:` would say.
                // Beside a key-result column, a Target is the key result's figure ("≥ 95%"), not a date.
                if periodHeaders.contains(headerKey(header[index])) || index == periodColumn,
                   !(measured && targetHeaders.contains(headerKey(header[index]))) { key = "Due" }
                if index == yearColumn, yearWritten != nil { key = "Due" }
                // "🔴 High", "P1", "Must": how much the row matters, not which strategic priority it serves.
                if ["priority", "priorities"].contains(headerKey(header[index])), Self.isImportance(cell.text) { key = "Importance" }
                // `| Name | Goal |` beside the column of titles: the strategic goal the row serves (`Goal 2`, a goal's
                // title), a declared link. Beside a key-result column a Goal is the measure's figure, so it stays a note.
                // Only a table column says so: a `Goal:` line in an objective's text is as often a sentence of prose.
                // A cell that reads as a target ("300 schools", "< 200 ms") is the row's goal figure, kept as a note like
                // any other column; one that names a priority ("Goal 2", "Family reach", "2.1") stays a reference.
                if ["goal", "goals"].contains(headerKey(header[index])), !measured, !Self.readsAsTarget(cell.text) { key = "Priorities" }
                // `| Item | From | To |` with a month or a quarter in it: when the work starts and when it is due.
                let column = keys[index]
                if ["from", "to", "until"].contains(column), RowText.isOnlyWhen(cell.text) { key = column == "from" ? "Start" : "Due" }
                // "End of Sprint Status", "Current status": the row's status, written with when it was taken.
                if MetadataKey(spelling: key) == nil, column.split(separator: " ").last == "status" { key = "Status" }
                if finished.contains(index) { notes.append((key, cell)); continue }
                if MetadataKey(spelling: key) == nil { notes.append((key, cell)) }
                guard MetadataReader.isKey(key) else { continue }
                var value = MetadataKey(spelling: key) == .owners ? ownerText(cell) : cell.text
                if index == yearJoined, let yearWritten, PeriodText.firstYear(value) == nil, !value.uppercased().contains("FY") {
                    value = Self.joined(value, year: yearWritten)
                }
                fields.append(MetadataReader.Line(key: key, value: value, line: cell.line, valueColumn: cell.column, endLine: cell.line))
            }
            var title = TitleText.clean(written)
            // "Make signup work in a day<br>*Priority: Self-serve growth*": a title cell's later lines that are fields of a
            // known key are the row's fields, not part of its title.
            if titleCell.content.contains(.lineBreak) {
                let lines = cellLines(titleCell)
                var kept: [String] = []
                var cellFields: [MetadataReader.Line] = []
                for (index, line) in lines.enumerated() {
                    if index > 0, let colon = line.text.firstIndex(of: ":") {
                        let key = line.text[..<colon].trimmed, value = line.text[line.text.index(after: colon)...].trimmed
                        if MetadataKey(spelling: key) != nil, !value.isEmpty, !fields.contains(where: { $0.key.lowercased() == key.lowercased() }) {
                            cellFields.append(MetadataReader.Line(key: key, value: value, line: line.line, valueColumn: line.column, endLine: line.line))
                            continue
                        }
                    }
                    kept.append(line.text)
                }
                if !cellFields.isEmpty {
                    fields += cellFields
                    title = TitleText.clean(taskBox(in: kept.joined(separator: " ")).text)
                }
            }
            // `| Phase | Milestone | Status |` over "1. Playable Foundation": the number is the phase's, as "Phase 1: Playable
            // Foundation" gives it, so the row and the phase's own section elsewhere in the roadmap are one piece of work.
            if let (step, rest) = numberedStep(title, header: headerKey(header[column])) {
                fields.insert(MetadataReader.Line(key: step.key, value: step.value, line: titleCell.line, valueColumn: titleCell.column,
                                                  endLine: titleCell.line), at: 0)
                title = rest
            }
            if let pictured, !fields.contains(where: { MetadataKey(spelling: $0.key) == .status }) {
                fields.append(MetadataReader.Line(key: "Status", value: pictured.status, line: pictured.at.line, valueColumn: pictured.at.column,
                                                  endLine: pictured.at.line))
            }
            items.append(Item(title: title, cell: titleCell, fields: fields, notes: notes, checked: checked))
        }
        return Rows(items: items, untitled: untitled)
    }

    /// The step a title in a column of steps (Phase, Stage, Milestone, Step) gives with its number ("1. Playable
    /// Foundation", "Phase 2: Runbooks"), as a field, and the title without it; nil in any other column.
    private static func numberedStep(_ title: String, header: String) -> (field: CustomField, rest: String)? {
        guard let word = stepHeaders[header] else { return nil }
        if let labelled = TitleLabel.roadmapStep(title) { return labelled }
        guard let match = stepNumber.firstMatchWithRange(in: title), let number = match.groups[1] else { return nil }
        let rest = String(title[match.range.upperBound...]).trimmed
        guard rest.contains(where: \.isLetter) else { return nil }
        return (CustomField(key: word, value: number), rest)
    }

    /// A step column's header, and the word its steps are labelled with.
    private static let stepHeaders: [String: String] = [
        "phase": "Phase", "phases": "Phase", "stage": "Stage", "stages": "Stage", "milestone": "Milestone", "milestones": "Milestone",
        "step": "Step", "steps": "Step",
    ]
    /// "1. ", "2) ", "3: ", "4 – " before a step's title.
    private static let stepNumber = Pattern(#"^([0-9]{1,3}(?:\.[0-9]+)*)\s*(?:\.|:|\)|-|–|—)\s+(?=\S)"#, first: "0123456789")

    /// A Goal cell that states a figure to reach, as a key result does ("300 schools", "95%", "under 200 ms"), rather
    /// than naming the strategic goal a row serves: a labelled goal ("Goal 2: Reach", "P1") or a position ("2.1") names one.
    static func readsAsTarget(_ text: String) -> Bool {
        let text = text.trimmed
        guard !namedGoal.matches(text) else { return false }
        let reading = ProgressReader.read(text, checked: nil)
        return reading.progress != nil || reading.unread != nil
    }

    private static let namedGoal = Pattern(#"^(?:(?:goal|priority|pillar|objective|theme)\s*#?\s*\d+(?:\.\d+)*\b|p?\d+(?:\.\d+)*\.?$)"#)

    /// The issue a cell names: a tracker key (`ENG-4`, `PAY-101`, `#142`) or the address of the one tracker link it holds.
    private static func trackerIssue(_ cell: TableCell) -> String? {
        let links = RoadmapBullet.issueLinks(in: cell.content)
        if links.count == 1, let link = links.first { return link }
        return trackerKey.matches(cell.text) ? cell.text : nil
    }

    private static let trackerKey = Pattern(#"^(?:[A-Z][A-Z0-9_]+-[0-9]+|#[0-9]+)$"#, caseInsensitive: false)

    /// `[x] Debugging tool` → (true, "Debugging tool"); a cell without a box is returned as it is.
    static func taskBox(in text: String) -> (checked: Bool?, text: String) {
        guard text.hasPrefix("["), text.count > 4 else { return (nil, text) }
        let marker = text.prefix(3).lowercased()
        guard marker == "[x]" || marker == "[ ]", text.dropFirst(3).first == " " else { return (nil, text) }
        return (marker == "[x]", text.dropFirst(4).trimmed)
    }

    /// The text after a leading "↳" (or "└"), which marks a row as a step of the row above; nil for any other row.
    private static func continuation(_ text: String) -> String? {
        guard let first = text.unicodeScalars.first, first == "↳" || first == "└" else { return nil }
        let rest = text.unicodeScalars.dropFirst().drop { $0 == " " || $0 == "─" || $0 == "-" }
        return rest.isEmpty ? nil : String(String.UnicodeScalarView(rest))
    }

    /// An owner cell as names: a badge before them (`![Team][] [cargo], [libs]`, an image that says "Team ask") is not
    /// one of them; an image alone (an avatar whose alt text is the name) is.
    private static func ownerText(_ cell: TableCell) -> String {
        let named = cell.content.filter { if case .image = $0 { false } else { true } }
        let text = named.plainText.trimmed
        return text.contains(where: { $0.isLetter }) ? text : cell.text
    }

    /// A priority cell that ranks rather than names: "High", "🔴 Critical", "P0", "Must have", "Nice to have".
    static func isImportance(_ text: String) -> Bool {
        let words = Status.symbols(in: text).1.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        guard let first = words.first, words.count <= 3 else { return false }
        // Linear's "No priority": a rank left unset, not a strategic priority called "No".
        if words == ["no", "priority"] { return true }
        return ["high", "medium", "med", "low", "critical", "urgent", "highest", "lowest", "top", "must", "should", "could",
                "nice", "p0", "p1", "p2", "p3", "p4", "blocker", "major", "minor", "normal"].contains(String(first))
    }

    /// "(((ROADMAP ROWS: Fast Builds)))", "{{ rows }}", "{% for goal in goals %}": where a generator fills in the rows,
    /// not a row.
    static func isPlaceholder(_ text: String) -> Bool {
        placeholder.matches(text.trimmed)
    }

    private static let placeholder = Pattern(#"^(?:\(\(\(.*\)\)\)|\{\{.*\}\}|\{%.*%\})$"#)

    // MARK: Key-result tables

    /// The column that holds key results: a key-result header, or (OpenSSF writes the first objective as the
    /// header) a first column whose cells mostly start with "KR".
    static func keyResultColumn(header: [TableCell], rows: [[TableCell]]) -> Int? {
        if let index = header.firstIndex(where: { keyResultHeaders.contains(headerKey($0)) }) { return index }
        let firsts = rows.filter { !isSeparator($0) }.compactMap(\.first)
        let labelled = firsts.filter { krLabel.matches($0.text) }.count
        if !firsts.isEmpty && labelled * 2 > firsts.count { return 0 }
        // A scored OKR sheet (IPFS Cluster's `| **IPFS Cluster** | Priority | Owner | Mid-Q Actual | End-Q |`): objectives
        // as bold rows in the first column, key results under them, and a score column.
        let scored = header.contains { isScoreHeader(headerKey($0)) }
        let grouped = rows.contains { isGroupRow($0, column: 0) }
        return scored && grouped && header.first.map({ !titleHeaders.contains(headerKey($0)) }) == true ? 0 : nil
    }

    /// The Name, Title or Summary column of a table that also has a target column and a current or baseline one.
    static func namedFiguresColumn(_ header: [TableCell]) -> Int? {
        let keys = header.map(headerKey)
        guard let index = keys.firstIndex(where: nameHeaders.contains),
              keys.contains(where: targetHeaders.contains),
              keys.contains(where: { currentHeaders.contains($0) || baselineHeaders.contains($0) }) else { return nil }
        return index
    }

    /// A column of progress or scores: Progress, Score, Grade…, and the end- or mid-quarter scores of an OKR sheet
    /// ("End-Q", "Mid-Q Actual", "Final score"); never a projection or a target.
    static func isScoreHeader(_ key: String) -> Bool {
        if progressHeaders.contains(key) && key != "current" { return true }
        return periodScore.matches(key) && !["projection", "projected", "forecast", "target", "expected"].contains(where: key.contains)
    }

    /// A column of grades on the 0–1 scale, where a bare number is a score.
    static func isGradeHeader(_ key: String) -> Bool {
        ["score", "grade", "scores", "grades"].contains(key) || (periodScore.matches(key) && isScoreHeader(key))
    }

    private static let bareGrade = Pattern(#"^\s*(?:0?\.\d+|[01](?:\.0+)?)\s*$"#)

    private static let periodScore = Pattern(#"^(?:end|mid|final)[- ]?(?:of[- ])?(?:q|quarter|year|qtr)?(?:[- ]?(?:actual|score|grade|result))?$"#)

    private static let krLabel = Pattern(#"^\s*KR\s*\d"#)

    /// A cell that only numbers a key result ("KR 1", "**KR2.1**", "Key result 3:", "1.2"), saying nothing of it.
    private static let bareLabel = Pattern(#"^\s*(?:(?:KR|Key\s+results?)\s*#?\s*)?\d+(?:\.\d+)*\s*[:.)]?\s*$"#)

    /// Columns of a key result's target and where it stands ("Target | Actual"): its progress, read together.
    /// In other languages too: "Meta | Actual" (Spanish), "Ziel | Ist", "Cible | Actuel", "Alvo | Atual". Their words for
    /// "objective" ("Objetivo", "Objectif") head titles, not targets.
    static let targetHeaders: Set<String> = ["target", "goal", "target value", "meta", "valor meta", "ziel", "zielwert", "soll", "sollwert",
                                             "cible", "valeur cible", "alvo", "valor alvo", "traguardo", "streefwaarde"]
    static let currentHeaders: Set<String> = ["current", "actual", "current value", "now", "baseline → current", "valor actual", "aktuell",
                                              "ist", "istwert", "actuel", "valeur actuelle", "atual", "valor atual", "attuale", "huidig"]
    /// Where the measure started (`| Baseline | Target | Current |`): progress counts from it, so a falling target
    /// (an error rate from 1.4 to 0.9, now 1.1) is read, and a rising one does not count from zero.
    static let baselineHeaders: Set<String> = ["baseline", "base line", "start", "starting value", "starting point", "start value", "initial value",
                                               "línea base", "linea base", "valor inicial", "ausgangswert", "basiswert", "référence",
                                               "valeur de départ", "linha de base", "valore iniziale", "nulmeting"]

    /// The key results of a table with a key-result column, nil for any other table.
    static func keyResults(in block: Block) -> [KeyResultRow]? { keyResults(in: block, period: nil) }

    /// `keyResults(in:)` for an objective of `period`, which picks its own of columns told apart by period (`headerKeys`).
    /// `labelled`: the table is under a "Key results" label, where a tracker's Name or Title column beside a target and
    /// a current value (a Notion or Airtable database of key results: `| Name | Current | Target | Status |`) holds them.
    static func keyResults(in block: Block, period: Quarter?, labelled: Bool = false) -> [KeyResultRow]? {
        guard case .table(let header, let rows, _) = block.kind,
              let column = keyResultColumn(header: header, rows: rows) ?? (labelled ? namedFiguresColumn(header) : nil) else { return nil }
        // Glosses left out where they say when or how a column was taken, kept where they tell two columns apart.
        let keys = headerKeys(header, period: period)
        let headedStatus = header.indices.first { statusHeaders.contains(keys[$0]) }
        let statusColumn = headedStatus ?? (header.count == 2 && column == 0 ? 1 : nil)
        // Several score columns (Mid-Q Actual, End-Q) are read right to left: the latest filled one is the grade.
        let progressColumns = header.indices.filter { isScoreHeader(keys[$0]) }.reversed()
        let ownerColumn = header.indices.first { MetadataKey(spelling: keys[$0]) == .owners }
        // "Target | Actual" (or Current) columns: progress is the current value against the target.
        // A Goal column before the key results (`| Goal | Measures | Owner |`) names the objective they measure, not a target.
        let targetColumn = header.indices.first { index in
            let key = keys[index]
            return targetHeaders.contains(key) && (key != "goal" || index > column)
        }
        let currentColumn = header.indices.first { currentHeaders.contains(keys[$0]) }
        let baselineColumn = header.indices.first { baselineHeaders.contains(keys[$0]) }
        let writtenKeys = header.map(writtenKey)
        let stretchColumn = header.indices.first { $0 != column && $0 != targetColumn && isStretchColumn(keys[$0], written: writtenKeys[$0]) }
        let weightColumn = header.indices.first { weightHeaders.contains(keys[$0]) }
        let weightInPercent = weightColumn.map { header[$0].text.contains("%") } ?? false
        let rankColumn = header.indices.first { $0 != column && rankHeaders.contains(headerKey(header[$0])) }
        var objective: String? = isGroupRow(header, column: column) ? TitleText.clean(header[column].text) : nil
        var results: [KeyResultRow] = []
        for row in rows where !isSeparator(row) && column < row.count {
            let cell = row[column]
            // "****" (an empty bold cell on a totals row) names nothing.
            guard cell.text.contains(where: { $0.isLetter || $0.isNumber }) else { continue }
            if isGroupRow(row, column: column) {
                objective = TitleText.clean(cell.text)
                continue
            }
            // "*The following not likely to get done:*" alone on its row labels the rows after it; it is not one.
            if isLabelRow(row, column: column) { continue }
            // `| **Total** | **100%** | | |`: the weights (or figures) of the rows above added up, no key result of its
            // own; read as one, its 100% weight halved every other key result's share.
            // A key result that is only called "Total" (`| Total | 500 | 320 |` beside other measures) holds its own figures.
            if isTotalsRow(cell.text), addsUp(row, above: rows.prefix { $0 != row }, column: column) { continue }
            func text(_ index: Int?) -> String? {
                guard let index, index < row.count, !row[index].text.isEmpty else { return nil }
                return row[index].text
            }
            // `n/a`, `TBD` or `–` under Baseline, Target or Actual is no figure yet, as an empty cell is.
            func figure(_ index: Int?) -> String? { text(index).flatMap { TableFigures.isBlank($0) ? nil : $0 } }
            // `| KR | Target |` with only `KR 1` in the key-result column: the label numbers the row, and the key result
            // itself is written in the first other column of words (not its status, score, owner or current value);
            // a second column then is that text, not the status a two-column table's second column otherwise is.
            var written = cell
            if bareLabel.matches(cell.text),
               let words = row.indices.first(where: { index in
                   index != column && index != headedStatus && index != ownerColumn && index != currentColumn
                       && !progressColumns.contains(index) && row[index].text.contains(where: \.isLetter)
               }) {
                written = row[words]
            }
            let moved = written.column != cell.column
            let statusText = moved && headedStatus == nil ? nil : text(statusColumn)
            let scoreColumn = progressColumns.first { text($0) != nil }
            var progressText = scoreColumn.flatMap { text($0) }
            // A Progress cell filled in month by month (`Jan: 99.95%, Feb: 99.7%`, or by quarter) says where the measure stands, not a
            // share done: its latest entry is the current value, read against the target as a Current cell is.
            var seriesCurrent: String?
            if let written = progressText, MonthlySeries.isOnlySeries(written, periods: true) {
                seriesCurrent = MonthlySeries.asLatest(written, periods: true)
                progressText = nil
            }
            // A bare 0.7 under Score, Grade or End-Q is a grade on the 0–1 scale.
            if let column = scoreColumn, let written = progressText, isGradeHeader(headerKey(header[column])), bareGrade.matches(written) {
                progressText = "score \(written)"
            }
            // A Current cell filled in month by month (`Jan: 200, Feb: 300`) stands at its latest entry; the cell is
            // kept as written among the figures.
            let baseline = figure(baselineColumn), current = figure(currentColumn).map { MonthlySeries.asLatest($0, periods: true) } ?? seriesCurrent
            var figuresReading: ProgressReader.Reading?
            if progressText == nil, let target = figure(targetColumn) {
                if let current { figuresReading = TableFigures.reading(baseline: baseline, target: target, current: current) }
                progressText = current.map { current in
                    Self.targetReading(target: target, current: current, baseline: baseline, measure: written.text)
                }
            } else if progressText == nil {
                progressText = current
            }
            // A stretch cell is a figure only with a number in it (a `✓` under Stretch marks the key result's kind).
            let stretch = figure(stretchColumn).flatMap { $0.contains(where: \.isNumber) ? $0 : nil }
            let figures = KeyResultFigures(baseline: baseline, target: figure(targetColumn), current: figure(currentColumn), stretch: stretch)
            // `| Objective | Key results |` with "KR 1<br>KR 2" (or a Word table's list, `HTMLTableBlocks`) in one cell:
            // each line is a key result, when no figure or score in the row belongs to the cell as a whole.
            let lines = keyResultLines(written)
            if lines.count >= 2, progressText == nil, figures == KeyResultFigures(), weightColumn.map({ figure($0) == nil }) ?? true {
                // "On track<br>At risk" beside "KR 1<br>KR 2": a status cell of as many lines gives each its own.
                let statusLines = statusColumn.flatMap { $0 < row.count ? cellLines(row[$0]).map(\.text) : nil }
                let perLine = statusLines.map { $0.count == lines.count && $0.count >= 2 } ?? false
                results += lines.enumerated().map { number, line in
                    let lineStatus = perLine ? statusLines?[number] : statusText
                    return KeyResultRow(text: line.text, cell: line, statusText: lineStatus, status: lineStatus.flatMap(Status.init(reading:)),
                                        progressText: nil, objective: objective, owners: text(ownerColumn), figures: nil, figuresReading: nil,
                                        weight: nil, priority: rankCell(text(rankColumn)))
                }
                continue
            }
            results.append(KeyResultRow(text: written.text, cell: written, statusText: statusText, status: statusText.flatMap(Status.init(reading:)),
                                        progressText: progressText, objective: objective, owners: text(ownerColumn),
                                        figures: figures == KeyResultFigures() ? nil : figures, figuresReading: figuresReading,
                                        weight: weightCell(figure(weightColumn), percentColumn: weightInPercent),
                                        priority: rankCell(text(rankColumn))))
        }
        return results
    }

    /// The key results of a cell written with `<br>` lines (`cellLines`), where a line goes on from the one before rather
    /// than being a key result of its own: "Increase weekly actives from 10k<br>to 15k by June", one sentence wrapped by
    /// hand, whose later line starts in lower case after a first line that does not; and a field of the key result above
    /// it ("Owner: @sam", "Target: 99.9%"). A line with a list marker or a `KR 2:` label always starts a key result.
    static func keyResultLines(_ cell: TableCell) -> [TableCell] {
        let lines = cellLines(cell)
        guard lines.count >= 2 else { return lines }
        let marked = cell.content.split(separator: .lineBreak).compactMap { part -> Bool? in
            let text = TableCell(Array(part), line: 0, column: 0).text
            guard !text.isEmpty else { return nil }
            if case .text(let first)? = part.first, withoutListMarker(first.drop { $0 == " " }) != nil { return true }
            return keyResultLabel.matches(text)
        }
        guard marked.count == lines.count else { return lines }
        let firstLower = lines[0].text.first?.isLowercase ?? false
        var merged: [TableCell] = []
        for (index, line) in lines.enumerated() {
            let text = line.text
            let continues = index > 0 && !marked[index] && (
                (!firstLower && text.first?.isLowercase == true) || isFieldLine(text)
                    || merged.last.map { endsMidSentence($0.text) } == true)
            if continues, var last = merged.popLast() {
                last.content += [.text(" ")] + line.content
                merged.append(last)
            } else {
                merged.append(line)
            }
        }
        return merged.count == 1 ? [cell] : merged
    }

    /// "… from 10k to", "… and": a line that stops before its sentence does.
    private static func endsMidSentence(_ text: String) -> Bool {
        if let last = text.last, [",", ";", "-", "–", "—", "(", "&", "+", "/"].contains(last) { return true }
        let word = text.split(separator: " ").last.map { $0.lowercased() } ?? ""
        return ["to", "and", "or", "from", "by", "of", "for", "with", "in", "on", "at", "the", "a", "an", "than", "per"].contains(word)
    }

    /// "KR 2: …", "KR2 -": a line labelled as a key result of its own.
    private static let keyResultLabel = Pattern(#"^(?:KR|Key\s+results?)\s*#?\s*\d"#)

    /// "Owner: @sam", "Target: 99.9%", "Status: on track": a field of the key result on the line above.
    private static func isFieldLine(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":") else { return false }
        let key = text[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
        guard !key.isEmpty, key.count <= 30, !text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces).isEmpty else { return false }
        return MetadataKey(spelling: key) != nil || targetHeaders.contains(key) || currentHeaders.contains(key)
            || baselineHeaders.contains(key) || progressHeaders.contains(key) || ["note", "notes", "comment", "comments"].contains(key)
    }

    /// The lines of a cell written with `<br>` (or an HTML table's paragraphs and list items), each without a list
    /// marker typed before it (`- `, `• `, `1. `); the cell alone when it is one line.
    static func cellLines(_ cell: TableCell) -> [TableCell] {
        guard cell.content.contains(.lineBreak) else { return [cell] }
        return cell.content.split(separator: .lineBreak).compactMap { part -> TableCell? in
            var content = Array(part)
            if case .text(let first)? = content.first {
                let kept = first.drop { $0 == " " }
                content[0] = .text(String(withoutListMarker(kept) ?? kept))
            }
            let line = TableCell(content, line: cell.line, column: cell.column)
            return line.text.isEmpty ? nil : line
        }
    }

    /// A line's text after the list marker typed before it (`- `, `• `, `1. `, `2) `), nil when it has none.
    private static func withoutListMarker(_ kept: Substring) -> Substring? {
        let marker = kept.prefix { $0.isASCII && $0.isNumber }
        if ["- ", "* ", "• ", "+ "].contains(where: { kept.hasPrefix($0) }) { return kept.dropFirst(2) }
        if !marker.isEmpty, marker.count <= 2, let mark = kept.dropFirst(marker.count).first, mark == "." || mark == ")",
           kept.dropFirst(marker.count + 1).first == " " { return kept.dropFirst(marker.count + 2) }
        return nil
    }

    /// A row's target, current and baseline cells as the text the progress reader reads: `from B to T, now C` when
    /// the start is written (cells that are plain figures or answers are read first, by `TableFigures`). A current value past its
    /// target is met only if higher is better: when the measure's words say lower is ("Median validation error",
    /// 0.9 now 1.1) it is read as `below T`, which without a start is unknown. A start the measure's own words give
    /// (`3 → 2`, `baseline 3`, `100 → 200`) is one.
    static func targetReading(target: String, current: String, baseline: String?, measure: String) -> String {
        let hasFigure = { (text: String) in text.contains { $0.isNumber } }
        if let baseline, hasFigure(baseline), hasFigure(target) { return "from \(baseline) to \(target), now \(current)" }
        // No Baseline column, but the key result writes where it started ("Time to first booking (days): 3 → 2",
        // "Onboarding steps (baseline 3)", "Signups 100 → 200"): it is counted from there, falling or rising.
        // Cells in one unit ("1 day" and "4 days", "1 s" and "2.1 s") are figures as plain numbers are.
        if let goal = NumberText.value(target) ?? Self.inUnit(target, like: current),
           let start = WrittenStart.start(in: ProgressMask.mask(measure).text, target: goal),
           NumberText.value(current) ?? Self.inUnit(current, like: target) != nil {
            return "from \(start) to \(target), now \(current)"
        }
        let past = NumberText.value(target).flatMap { goal in NumberText.value(current).map { $0 > goal } } ?? false
        return (past && TargetAndCurrent.isFalling(measure) ? "below " : "") + "\(target) (currently \(current))"
    }

    /// 4 for "4 days" beside "1 day": a number and a unit, the other cell's unit (singular or plural); nil otherwise.
    private static func inUnit(_ cell: String, like other: String) -> Double? {
        func split(_ text: String) -> (Double, String)? {
            let parts = text.trimmed.split(separator: " ")
            guard parts.count == 2, let value = NumberText.value(String(parts[0])), parts[1].allSatisfy(\.isLetter) else { return nil }
            let unit = parts[1].lowercased()
            return (value, unit.count > 2 && unit.hasSuffix("s") ? String(unit.dropLast()) : unit)
        }
        guard let (value, unit) = split(cell), let (_, otherUnit) = split(other), unit == otherUnit else { return nil }
        return value
    }

    /// A row whose only cell is all italic: a note about the rows after it.
    static func isLabelRow(_ row: [TableCell], column: Int) -> Bool {
        guard column < row.count, row.enumerated().allSatisfy({ $0.offset == column || $0.element.text.isEmpty }) else { return false }
        let content = row[column].content.filter { if case .text(let text) = $0 { !text.trimmed.isEmpty } else { true } }
        guard content.count == 1, case .emphasis = content[0] else { return false }
        return true
    }

    /// A row that names a group (an objective) rather than a key result: its key-result cell is all bold and
    /// every other cell is empty.
    static func isGroupRow(_ row: [TableCell], column: Int) -> Bool {
        guard column < row.count, row.enumerated().allSatisfy({ $0.offset == column || $0.element.text.isEmpty }) else { return false }
        let content = row[column].content.filter { if case .text(let text) = $0 { !text.trimmed.isEmpty } else { true } }
        guard content.count == 1, case .strong = content[0] else { return false }
        return !krLabel.matches(row[column].text)
    }

    /// A table that holds plan items or key results, so a parser that does not read it should say so.
    static func looksLikePlan(_ block: Block) -> Bool {
        items(in: block) != nil || keyResults(in: block) != nil
    }
}

import BearingModel
import Foundation
