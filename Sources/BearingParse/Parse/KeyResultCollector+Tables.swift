import BearingModel

/// Key results written as rows of a table with a key-result column (see `PlanTable.keyResults`).
extension KeyResultCollector {
    /// A row is done when its status is done; its progress comes from its progress cell when there is one, read like a
    /// key result's text, else from the key-result cell's own figures ("from 62% to 85%, now 81%", as a bullet's are),
    /// else from that status as a checkbox would give it: 1 when done, 0 when not started, and unknown for any other
    /// status, since "Green" or "On track" says how the work goes, not how far it got.
    func tableKeyResults(_ block: Block) -> [KeyResult] {
        var ignored = DiagnosticBag(path: path)
        return tableKeyResults(block, diagnostics: &ignored)
    }

    /// `tableKeyResults(_:)`, with a `progress-unread` or `progress-unreadable` warning at the cell of each row whose
    /// figures state a target with no current value, or progress in no form Bearing reads.
    /// `labelled`: the table is under a "Key results" label (see `PlanTable.keyResults(in:period:labelled:)`).
    func tableKeyResults(_ block: Block, labelled: Bool = false, diagnostics: inout DiagnosticBag) -> [KeyResult] {
        guard let rows = PlanTable.keyResults(in: block, period: period, labelled: labelled) else { return [] }
        // `Target (Q1) | Target (Q2)` with none for this objective's period: said once, at the table, naming the columns;
        // each row's own "no target" would only repeat it.
        var periodColumnsUnread = false
        if case .table(let header, _, _) = block.kind {
            let unchosen = PlanTable.unchosenPeriodColumns(header, period: period)
            if !unchosen.isEmpty {
                periodColumnsUnread = true
                let columns = unchosen.map { "`\($0)`" }.joined(separator: ", ")
                let why = period.map { "none of them is for \($0), the objective's period" } ?? "the objective has no period to choose one by"
                diagnostics.warning(.progressUnread, "the columns \(columns) each name a period and \(why): no figure is read from them, so the key results' progress is unknown",
                                    line: block.line, column: block.column,
                                    fix: "name the objective's period in one of them (`Target (\(period.map { $0.span == .quarter ? "Q\($0.number)" : $0.description } ?? "Q1"))`), or add a column without a period")
            }
        }
        // The key results of one cell written in `<br>` lines (`KR1: …<br>KR2: …`) share its position: each one's warning
        // names it, or one cell gave three identical warnings at one place.
        var sharing: [[Int]: Int] = [:]
        for row in rows { sharing[[row.cell.line, row.cell.column], default: 0] += 1 }
        return rows.map { row in
            // "Done" or "On track" under Progress says how the row stands, as a status column would.
            var status = row.status ?? row.progressText.flatMap { Self.figureFree($0) ? Status(reading: $0) : nil }
            // "| Data Completeness | >70% | 65% | ❌ |" beside ✅ rows: a cross alone in a key result's Status cell says the
            // target was missed, not that the key result was dropped, as a cross on a roadmap's item does.
            if status == .dropped, let cell = row.statusText, Self.crosses.contains(String(String.UnicodeScalarView(cell.trimmed.unicodeScalars.filter { $0.value != 0xFE0F }))) { status = .offTrack }
            // A target in words that the Actual cell answers (`| Yes | Yes (12 Nov) |`) is met, as a done status is.
            let done = status == .done || (row.figuresReading?.progress == 1 && row.figuresReading?.source == .checkbox)
            // Without a figure, a row's status says done or not started; any other status leaves progress unknown. A
            // target whose actual is not written yet (`| < 5% | n/a | ⚪ |`) is not measured: unknown, whatever the status.
            let unmeasured = row.figures?.target != nil && row.figures?.current == nil
            var progress: Double? = done ? 1 : status == .notStarted && !unmeasured ? 0 : nil
            var source = progress == nil ? ProgressSource.unknown : ProgressSource.checkbox
            var read = false
            // Why the row's own figures gave no progress ("27 hours against a target of 24, lower is better, no start"),
            // said when nothing else does.
            var cellsUnread: String?
            if let reading = row.figuresReading, reading.progress != nil {
                progress = reading.progress
                source = reading.source
                read = true
            } else if let current = Self.currentOnly(row), let reading = Self.currentReading(measure: row.text, current: current) {
                // A Current cell beside a key result that states its target: the cell is where the measure stands.
                progress = reading.progress
                source = reading.source
                read = reading.progress != nil
                cellsUnread = reading.unread
            } else if let text = row.progressText {
                var reading = ProgressReader.read(text, checked: done ? true : nil)
                // A figure alone under Progress ("$1.05") beside "Cost from $1.20 to $0.85" is where the measure stands now.
                if reading.progress == nil, !Self.figureFree(text) {
                    let together = ProgressReader.read("\(row.text), now \(text)", checked: done ? true : nil)
                    if [.range, .current].contains(together.source) { reading = together }
                }
                if reading.progress != nil || reading.source != .unknown {
                    progress = reading.progress
                    source = reading.source
                    read = true
                } else {
                    cellsUnread = reading.unread
                }
            }
            let location = SourceLocation(path: path, line: row.cell.line, column: row.cell.column)
            // "KR 1.2:" numbers the row; the words after it are the measure.
            let text = KeyResultLabel.strippingLabel(row.text)
            let named = sharing[[row.cell.line, row.cell.column], default: 0] >= 2 ? " for “\(Self.shortened(text))”" : ""
            // No progress cell said how far it got: the key result's own words may, as a bullet's do.
            if !read {
                let reading = ProgressReader.read(text, checked: done ? true : nil)
                if reading.progress != nil, reading.source != .checkbox {
                    progress = reading.progress
                    source = reading.source
                } else if !done, let problem = reading.problem {
                    diagnostics.warning(.progressUnreadable, "key result progress cannot be read\(named): \(problem)", line: location.line, column: location.column)
                } else if !done, !periodColumnsUnread, let unread = row.figures?.current != nil ? cellsUnread : reading.unread ?? cellsUnread {
                    // With an Actual cell written, the words' own "no current value" is wrong: only the cells say why.
                    diagnostics.warning(.progressUnread, "key result progress is unknown\(named): \(unread)", line: location.line, column: location.column)
                }
            }
            if let contradiction = FiguresAgainstStatus.contradiction(progress: progress, source: source, status: status, done: done) {
                progress = nil
                source = .unknown
                diagnostics.warning(.progressUnread, "key result progress is unknown\(named): \(contradiction)", line: location.line, column: location.column)
            }
            // The row's Owner and Status cells are the key result's own: each row of an OKR sheet names who answers for it.
            var owners = row.owners.map { KeyResultTail.names($0, line: location.line, column: location.column) } ?? []
            // "| CEO KR1: Grow ARR |" with no Owner cell to say otherwise: the role before the number answers for it.
            if owners.isEmpty, let owner = KeyResultLabel.owner(in: row.text) { owners = [owner] }
            return KeyResult(text: text, done: done, progress: progress, progressSource: source, location: location, priority: row.priority, figures: row.figures,
                             owners: owners, status: status, weight: Self.weight(row.weight, location: location, diagnostics: &diagnostics))
        }
    }

    /// A key result's words as a warning quotes them: at most 60 characters.
    static func shortened(_ text: String) -> String {
        text.count <= 60 ? text : String(text.prefix(59)).trimmed + "…"
    }

    /// A Weight cell's weight; a cell that is none ("high") is said, and the key result counts as one given no weight.
    static func weight(_ written: String?, location: SourceLocation, diagnostics: inout DiagnosticBag) -> KeyResultWeight? {
        guard let written else { return nil }
        if let weight = KeyResultWeight(reading: written) { return weight }
        diagnostics.warning(.keyResultWeights, "the weight `\(written.prefix(40))` is not a number or a percentage: the key result counts as one given no weight",
                            line: location.line, column: location.column, fix: "write the weight as a percentage (`40%`) or a number (`2`)")
        return nil
    }

    /// The row's Current (or Actual) cell when it is the only figure the cells give: no Progress, Score or Target column.
    private static func currentOnly(_ row: PlanTable.KeyResultRow) -> String? {
        guard let current = row.figures?.current, row.figures?.target == nil, row.figuresReading == nil, row.progressText == current else { return nil }
        return current
    }

    /// A cross alone: the way a scorecard marks a missed target.
    static let crosses: Set<String> = ["❌", "✖", "✗", "✘", "x", "X", ":x:", "(x)", ":cross_mark:"]

    /// Answers a Current cell gives to a key result stated as a condition ("App store rating remains at or above 4.6 /
    /// 4.8 | Yes").
    private static let affirmatives: Set<String> = ["yes", "met", "achieved", "true", "✅", "✔", "✔️", "y"]
    private static let negatives: Set<String> = ["no", "not met", "missed", "false", "❌", "✗", "n"]

    /// Progress from a Current cell read together with the key result's words, when those state a target; nil when they
    /// state none, so the cell alone is read as a progress cell is. A yes or no answers the key result; a level
    /// ("74%", "4.3 sec", "9% increase") is compared with the target the words state, never taken for a share done.
    static func currentReading(measure: String, current: String) -> ProgressReader.Reading? {
        if let answer = TableFigures.answer(current) {
            if affirmatives.contains(answer) { return .init(progress: 1, source: .checkbox) }
            if negatives.contains(answer) { return .init(progress: 0, source: .current) }
        }
        let together = ProgressReader.read("\(measure), now \(current)", checked: nil)
        if together.progress != nil, [.range, .current].contains(together.source) { return together }
        if together.progress == nil, together.unread != nil { return together }
        let own = ProgressReader.read(measure, checked: nil)
        guard own.unread != nil || RelativeChange.target(in: measure) != nil else {
            // "Zero downtime… | 1" is read above; a bare figure beside words that state no target cannot be compared.
            guard together.problem != nil, NumberText.value(current) != nil else { return nil }
            return .init(progress: nil, source: .unknown,
                         unread: "its Current value (`\(current)`) has no target to be compared with; state the target in the key result (`… to 5`) or add a Target column")
        }
        return .init(progress: nil, source: .unknown,
                     unread: "its Current cell (`\(current.prefix(40))`) gives no value Bearing can compare with the target the key result states; write the value alone (`74%`) or its change (`up 4%`)")
    }

    /// True when the text holds no digit: words only ("Done", "At risk").
    private static func figureFree(_ text: String) -> Bool {
        !text.contains { $0.isNumber }
    }

    /// The rows of a table of titles under a "Key results" label: each row one key result, done when its status is,
    /// not started when it says so, else of unknown progress.
    func itemKeyResults(_ block: Block) -> [KeyResult] {
        guard let items = PlanTable.items(in: block) else { return [] }
        return items.map { item in
            let status = item.fields.first { MetadataKey(spelling: $0.key) == .status }.flatMap { Status(reading: $0.value) }
            var owners = item.fields.first { MetadataKey(spelling: $0.key) == .owners }.map { KeyResultTail.names($0.value, line: $0.line, column: $0.valueColumn) } ?? []
            if owners.isEmpty, let owner = KeyResultLabel.owner(in: item.title) { owners = [owner] }
            let progress: Double? = status == .done ? 1 : status == .notStarted ? 0 : nil
            let weight = item.fields.first { Self.isWeightKey($0.key) }.flatMap { KeyResultWeight(reading: $0.value) }
            return KeyResult(text: KeyResultLabel.strippingLabel(item.title), done: status == .done, progress: progress, progressSource: progress == nil ? .unknown : .checkbox,
                             location: SourceLocation(path: path, line: item.cell.line, column: item.cell.column), owners: owners, status: status,
                             weight: weight)
        }
    }
}
