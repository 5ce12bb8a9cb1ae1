import BearingModel

/// Key results written as headings inside an objective (`### Key Result 1.1: Time to first call from 30 to 5 minutes`,
/// `#### KR2: …`), a common shape of OKR templates: the heading is the key result, and the `Key: value` bullets under it
/// (`- **Progress:** 70% 🟡`, `- **Current:** 12`, `- **Target:** 5`) say how far it has come when the heading does not.
extension KeyResultCollector {
    /// The heading's key result, then those of key-result headings nested under it (`#### KR 1.2` under `### KR 1.1`).
    func keyResults(heading section: Section, diagnostics: inout DiagnosticBag) -> [KeyResult] {
        [keyResult(heading: section, diagnostics: &diagnostics)]
            + section.subsections.filter { KeyResultLabel.hasPrefix($0.title) }.flatMap { keyResults(heading: $0, diagnostics: &diagnostics) }
    }

    private func keyResult(heading section: Section, diagnostics: inout DiagnosticBag) -> KeyResult {
        let title = TitleText.clean(section.title)
        let weighed = KeyResultTail.labelWeight(title)
        return keyResult(KeyResultLabel.strippingLabel(weighed?.text ?? title), fields: Self.fields(in: section.blocks),
                         at: SourceLocation(path: path, line: section.line, column: section.column), labelOwner: KeyResultLabel.owner(in: title),
                         labelWeight: weighed?.weight, diagnostics: &diagnostics)
    }

    /// A key result written on a line of its own (a heading, or a `**KR 1.1**: …` paragraph) over its `Key: value` fields.
    /// `labelOwner` is who the label before its number names ("CEO KR1:"), its owner when no field names one.
    /// `labelWeight` is a weight written between its label and its words ("KR2 (weight 30%): …").
    func keyResult(_ written: String, fields: [String: String], at location: SourceLocation, labelOwner: String? = nil,
                   labelWeight: KeyResultWeight? = nil, diagnostics: inout DiagnosticBag) -> KeyResult {
        // "Approval rate above 60% [Target: 60%, Weight: 40%]": the bracket's fields are the key result's, as its lines' are.
        let tail = KeyResultTail.readWeight(written, line: location.line, column: location.column)
        if let negative = tail.negativeWeight {
            diagnostics.warning(.keyResultWeights, "the weight `\(negative)` is below zero: the key result counts as one given no weight",
                                line: location.line, column: location.column,
                                fix: "write the weight as a percentage (`20%`) or a number (`2`); `weight 0` makes a key result count nothing")
        }
        let text = tail.weight == nil && tail.negativeWeight == nil ? written : tail.text
        let weight = labelWeight ?? fields.first { Self.isWeightKey($0.key) }.flatMap { KeyResultWeight(reading: $0.value) } ?? tail.weight
        var reading = ProgressReader.read(text, checked: nil)
        // "70% 🟡", "🔴 30%": the figure, whichever side of it the status symbol is on; "60% - SAML done": the figure
        // before the note on how it got there. A template's slot not filled in (`[X%] 🔴`, `TBD`) says nothing: the
        // Current and Target lines beside it still do.
        let fromField = Self.progressField(fields).flatMap { progress in
            let figure = Status.symbols(in: progress).1
            return [figure, Self.beforeNote(figure)].lazy.compactMap { $0 }
                .map { ProgressReader.read($0, checked: nil) }.first { $0.progress != nil }
        }
        if let fromField {
            reading = fromField
        } else if reading.progress == nil || reading.source == .percent, let current = fields["current"] ?? fields["actual"] {
            // A Current line says where the measure stands; a percentage the heading ends on ("Renewal rate 60% → 75%")
            // is then its target, not a share done, and without a Target line the heading's own figures are the target.
            // "### KR2: Cut churn to 2%" over `- Baseline: 5%`: the figure the heading's verb aims at is the target the
            // baseline is counted towards, as a Target line would be.
            let start = fields["baseline"] ?? fields["start"] ?? fields["starting point"]
            let target = fields["target"] ?? (start != nil ? Self.aimedAt(text)?.written : nil)
            // A start (a Baseline bullet, or the heading's "from 6h to 1h", "60% → 75%") is what the target is counted from.
            let baseline = target.flatMap { target in
                (fields["baseline"] ?? fields["start"] ?? fields["starting point"]).map { "from \($0) to \(target), now \(current)" }
            }
            let lower = text.lowercased()
            let heading = target == nil || lower.contains("from ") || lower.contains("→") || lower.contains("->") ? "\(text), now \(current)" : nil
            // Else the row a table would make of them: a start the heading writes above the target ("Onboarding steps:
            // 3 → 2") is counted from, and a falling measure past its target is not met.
            let written = target.map { PlanTable.targetReading(target: $0, current: current, baseline: nil, measure: text) }
            let fromFields = [baseline, heading, written].lazy.compactMap { $0 }
                .map { ProgressReader.read($0, checked: nil) }.first { $0.progress != nil }
            if let fromFields {
                reading = fromFields
            } else if reading.source == .percent {
                reading = .init(progress: nil, source: .unknown,
                                unread: "its Current line and the heading's figures do not give a target and a start to count from")
            } else if let target, reading.progress == nil, !current.contains(where: \.isNumber) {
                // `Current: TBD`, `Current: not measured yet`: nothing to compare with the target, whatever the start.
                reading = .init(progress: nil, source: .unknown,
                                unread: "its Current line (`\(current)`) holds no figure to compare with the Target (\(target))")
            } else if let target, reading.progress == nil, baseline == nil {
                // "99.9% uptime", Target 99.9%, Current 99.7%: a level below its target, with no start to count from.
                reading = .init(progress: nil, source: .unknown,
                                unread: "its Current (\(current)) and Target (\(target)) give no start to count progress from")
            }
        }
        // `Status: at risk` or a mark beside the progress ("70% 🟡") is how its writer says it stands.
        let status = fields["status"].flatMap { Status(reading: $0) ?? Status.leadingSymbol(in: $0)?.status ?? FigureKeyWords.wordsAndFigure($0)?.status
            ?? FigureKeyWords.statusAndRemark($0) }
            ?? Self.progressField(fields).flatMap { value in value.split(separator: " ").lazy.compactMap { Status.leadingSymbol(in: String($0))?.status }.first }
        let ownerKey = fields.keys.sorted().first { MetadataKey(spelling: $0) == .owners && !MetadataKey.trackerSpellings.contains($0) }
        var owners = ownerKey.flatMap { fields[$0] }.map { KeyResultTail.names($0, line: location.line, column: location.column) } ?? []
        if owners.isEmpty { owners = tail.owners }
        if owners.isEmpty, let labelOwner { owners = [labelOwner] }
        let done = status == .done || (reading.progress ?? 0) >= 1
        if done, reading.progress == nil { reading = .init(progress: 1, source: .checkbox) }
        if reading.progress == nil, let unread = reading.unread {
            diagnostics.warning(.progressUnread, "key result progress is unknown: \(unread)", line: location.line, column: location.column,
                                fix: fields["target"] != nil && (fields["current"] ?? fields["actual"]).map { !$0.contains(where: \.isNumber) } == true
                                    ? "write where the measure stands now as a figure (`Current: 550 ms`), or give a `Progress: 40%` line"
                                    : fields["current"] ?? fields["actual"] == nil ? "add a `Progress: 40%` or `Current:` line under the key result"
                                    : fields["target"] != nil && Self.figures(fields)?.baseline == nil
                                        ? "add a `Baseline:` line (where the measure stood when the work began), or a `Progress: 40%` line"
                                        : "give a `Progress: 40%` line under the key result, or `Status: done` once it is met")
        }
        var figures = Self.figures(fields)
        if figures?.target == nil, let target = tail.target {
            figures = KeyResultFigures(baseline: figures?.baseline, target: target, current: figures?.current, stretch: figures?.stretch)
        }
        return KeyResult(text: text, done: done, progress: reading.progress, progressSource: reading.source,
                         location: location, figures: figures, owners: owners, status: status ?? tail.status, weight: weight)
    }

    /// Keys of the line that says how far a key result has come: OKR templates write "Progress", and as often "Current
    /// Progress" (`- **Current Progress**: 60% - SAML done`) beside a Current line of the measure itself.
    private static let progressKeys = ["progress", "current progress", "overall progress", "progress to date", "% complete",
                                       "percent complete"]

    private static func progressField(_ fields: [String: String]) -> String? {
        progressKeys.lazy.compactMap { fields[$0] }.first
    }

    /// "60%" of "60% - SAML done, audit log export in review": the words before a dash that starts a note; nil when the
    /// value has no such dash.
    private static func beforeNote(_ value: String) -> String? {
        let dashes = [" - ", " – ", " — "].compactMap { value.range(of: $0) }.min { $0.lowerBound < $1.lowerBound }
        guard let dash = dashes else { return nil }
        let head = value[..<dash.lowerBound].trimmed
        return head.isEmpty ? nil : head
    }

    /// The Baseline, Target and Current fields as written, as a table's cells are kept; nil when none is written.
    private static func figures(_ fields: [String: String]) -> KeyResultFigures? {
        let stretch = (fields["stretch"] ?? fields["stretch target"] ?? fields["stretch goal"]).flatMap { $0.contains(where: \.isNumber) ? $0 : nil }
        let figures = KeyResultFigures(baseline: fields["baseline"] ?? fields["start"] ?? fields["starting point"], target: fields["target"],
                                       current: fields["current"] ?? fields["actual"], stretch: stretch)
        return figures == KeyResultFigures() ? nil : figures
    }

    /// `Key: value` lines under a key-result heading, keys lowercased: the heading's own `(Owner: Ana)`, the lines of the
    /// paragraphs before its first list (`**Owner:** Ana` / `Status: at risk`), and the items of that first list.
    static func fields(in blocks: [Block]) -> [String: String] {
        var lines: [String] = []
        for block in blocks {
            switch block.kind {
            case .fields(let inline): lines += inline.map { "\($0.key): \($0.value)" }
            case .paragraph(let content): lines += content.lines.map { $0.plainText.trimmed }
            case .list(_, let items): lines += items.map { text(of: $0) }
            default: continue
            }
            if case .list = block.kind { break }
        }
        var fields: [String: String] = [:]
        for text in lines {
            guard let colon = text.firstIndex(of: ":"), text.distance(from: text.startIndex, to: colon) <= 24 else { continue }
            let value = text[text.index(after: colon)...].trimmed
            let written = text[..<colon].trimmed.lowercased()
            let key = FigureKeyWords.english(written, value: value)
            if !value.isEmpty { fields[key] = fields[key] ?? value }
            // `Current Status: 🟡 35`: the symbol is its status, the figure where the measure stands.
            if let split = FigureKeyWords.symbolAndFigure(written, value: value) { fields["current"] = fields["current"] ?? split.figure }
        }
        return fields
    }
}
