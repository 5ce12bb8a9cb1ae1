import BearingModel

/// Finds an objective's key results in every common form and reads their progress:
///
/// - task items (`- [ ] …` / `- [x] …`) anywhere in the objective, nested lists and directives included;
/// - any item, plain or numbered, that starts with a key-result label: `KR:`, `KR1:`, `KR 1.2:`, `**CEO KR:**`, `Key result:`;
/// - every top-level item of the list right after a "Key results" / "KRs" / "Measures of success" label (a paragraph
///   or a list item of its own), and every list under such a heading (H3–H5);
/// - nested items under a list-item objective (`collect(childrenOf:)`);
/// - the team items of an owner cascade (`1. VP Engineering: …` with `1. Development: …` beneath; `OwnerCascade`).
///
/// A list under a checklist label ("Tasks", "Next actions", "Done when", "Definition of done"…) is not key results,
/// task items included: it is work, not a measure, and must not grade the objective (docs/format.md).
struct KeyResultCollector {
    let path: String
    /// The role the objective's own title gives its body: an objective headed "Timeline" or "Tasks" is a checklist.
    let role: KeyResultLabel.Role?
    /// False only when looking for key results that were left outside objectives.
    private var readsTaskItems = true
    /// True only when looking for an objective's deliverables ("What we'll ship:"), read when it has no key results.
    private var readsDeliverables = false

    /// The objective's period: a table's `Target (Q1) | Target (Q2)` columns give it the one for this period.
    var period: Quarter?

    init(path: String, title: String? = nil, period: Quarter? = nil) {
        self.path = path
        self.period = period
        let own = title.flatMap(KeyResultLabel.role(of:))
        role = own == .checklist || own == .context ? own : nil
    }

    /// The bullets under "What we'll ship:" / "Deliverables:" labels and headings in an objective's body and in its
    /// sections so titled: its key results when it has no others (PostHog's handbook writes objectives this way).
    func collect(deliverablesIn blocks: [Block], sections: [Section], diagnostics: inout DiagnosticBag) -> [KeyResult] {
        var looking = self
        looking.readsDeliverables = true
        var results: [KeyResult] = []
        looking.visit(blocks, role: role, into: &results, diagnostics: &diagnostics)
        for section in sections { looking.collect(section, role: .keyResults, into: &results, diagnostics: &diagnostics) }
        return results
    }

    /// The role a label gives what follows it; a deliverables label is a key-results label when deliverables are read.
    private func role(of label: String) -> KeyResultLabel.Role? {
        KeyResultLabel.role(of: label) ?? (readsDeliverables && KeyResultLabel.namesDeliverables(label) ? .keyResults : nil)
    }

    /// Key results in a run of blocks (an objective's own body).
    func collect(_ blocks: [Block], diagnostics: inout DiagnosticBag) -> [KeyResult] {
        var results: [KeyResult] = []
        visit(blocks, role: role, into: &results, diagnostics: &diagnostics)
        return results
    }

    /// Key results in a section and its sub-sections: a "Key results" heading makes its lists key results, a checklist
    /// heading hides its task items, any other heading is read like the body.
    func collect(_ section: Section, diagnostics: inout DiagnosticBag) -> [KeyResult] {
        var results: [KeyResult] = []
        collect(section, role: role, into: &results, diagnostics: &diagnostics)
        return results
    }

    /// Key results in a section of figures ("### KPIs") read as what success looks like: its lists of measures are key
    /// results, its other lists only for their task items.
    func collect(measures section: Section, diagnostics: inout DiagnosticBag) -> [KeyResult] {
        var results: [KeyResult] = []
        collect(section, role: .success, into: &results, diagnostics: &diagnostics)
        return results
    }

    /// Key results in the list that follows an objective written as a paragraph: every item, as under a label.
    func collect(keyResultList blocks: [Block], diagnostics: inout DiagnosticBag) -> [KeyResult] {
        var results: [KeyResult] = []
        visit(blocks, role: .keyResults, into: &results, diagnostics: &diagnostics)
        return results
    }

    /// Key results nested under a list-item objective (`1. **Objective: …**` with bullets beneath): every item of its
    /// nested lists, except metadata lines (`Owner: Ada`) and lists under a checklist label.
    func collect(childrenOf item: ListItem, diagnostics: inout DiagnosticBag) -> [KeyResult] {
        var results: [KeyResult] = []
        visit(Array(item.blocks.dropFirst()), role: .keyResults, into: &results, diagnostics: &diagnostics)
        return results
    }

    /// Warns about lists that look like key results in blocks that belong to no objective (a file's introduction,
    /// an ignored section): they are not read, and the user should know.
    func warnUnattached(_ blocks: [Block], diagnostics: inout DiagnosticBag) {
        // Task items in an introduction are usually a to-do list, not key results: only labelled or "KR:" items count here.
        var looking = self
        looking.readsTaskItems = false
        var found: [KeyResult] = []
        var ignored = DiagnosticBag(path: path)
        looking.visit(blocks, role: nil, into: &found, diagnostics: &ignored)
        for diagnostic in ignored.items where diagnostic.code == .keyResultsUnread { diagnostics.append([diagnostic]) }
        guard let first = found.first else { return }
        diagnostics.warning(.keyResultsUnread,
                            "\(found.count) key result\(found.count == 1 ? "" : "s") outside any objective \(found.count == 1 ? "is" : "are") not read",
                            line: first.location.line, column: first.location.column,
                            fix: "move them under the heading of the objective they measure")
    }

    private func collect(_ section: Section, role: KeyResultLabel.Role?, status: Status? = nil, into results: inout [KeyResult],
                         diagnostics: inout DiagnosticBag) {
        let own = self.role(of: section.title) ?? role
        // "### In progress" / "### Done" inside an objective: how the key results listed under it stand.
        let ownStatus = StatusLabel.status(ofTitle: section.title) ?? status
        visit(section.blocks, role: own, status: ownStatus, into: &results, diagnostics: &diagnostics)
        for sub in section.subsections { collect(sub, role: own, status: ownStatus, into: &results, diagnostics: &diagnostics) }
    }

    /// `role` is the role set by a heading for every list in `blocks`; a label paragraph sets it for the next list only.
    /// `status` is how a heading over `blocks` says their key results stand ("### In progress"); a status label
    /// ("🔧 **In Progress**") says it for the next list only.
    private func visit(_ blocks: [Block], role: KeyResultLabel.Role?, status: Status? = nil, into results: inout [KeyResult],
                       diagnostics: inout DiagnosticBag) {
        var sectionRole = role
        var sectionStatus = status
        var pending: (role: KeyResultLabel.Role, block: Block)?
        var labelStatus: Status?
        // The headings read so far that are still open, with the role and status each gave: "#### Must have" under
        // "### Definition of done" is still the checklist.
        var open: [(level: Int, role: KeyResultLabel.Role?, status: Status?)] = []
        // The list of fields under a `**KR 1.1**: …` line, read with it.
        var fieldList: Int?
        for (index, block) in blocks.enumerated() where index != fieldList {
            // "Metric: …" over its Baseline / Target / Current fields is one key result (`MetricCard`), read at its list.
            if index + 1 < blocks.count, MetricCard(label: block, fields: blocks[index + 1]) != nil { continue }
            if index > 0, sectionRole != .checklist, sectionRole != .context, let card = MetricCard(label: blocks[index - 1], fields: block) {
                let label = blocks[index - 1]
                let item = ListItem(blocks: [Block(.paragraph([.text(card.text)]), line: label.line, column: label.column, endLine: label.endLine)],
                                    line: label.line, column: label.column, endLine: block.endLine)
                results.append(keyResult(item, text: card.text, reading: card.reading, checked: nil, diagnostics: &diagnostics))
                pending = nil
                continue
            }
            switch block.kind {
            case .heading(let level, let content, _):
                // A heading deeper than the sections split (an H4 before any H3) still labels what follows it.
                open.removeAll { $0.level >= level }
                sectionRole = self.role(of: content.plainText) ?? open.last?.role ?? role
                sectionStatus = StatusLabel.status(ofTitle: content.plainText) ?? open.last?.status ?? status
                open.append((level, sectionRole, sectionStatus))
                pending = nil
                labelStatus = nil
            case .paragraph(let content):
                if Self.looksLikeKeyResultTable(content.plainText) {
                    diagnostics.warning(.keyResultsUnread, "a table of key results is not read as key results",
                                        line: block.line, column: block.column, fix: "write each key result as a bullet under a `Key results:` label")
                    pending = nil
                } else if let glued = Self.gluedNumberedLines(block),
                          glued.label.map({ self.role(of: $0) == .keyResults }) ?? ((pending?.role ?? sectionRole) == .keyResults) {
                    // "**Key Results:**" over "1.Lead time under 2 days" / "2.Deploy weekly": a list to whoever reads it,
                    // though Markdown runs the lines into one paragraph. Read, and said, so GitHub can show it too.
                    pending = nil
                    if let first = glued.items.first {
                        diagnostics.warning(.taskMarkerSpace,
                                            "\(glued.items.count) numbered lines with no space after the number are read as key results, but GitHub shows them as one paragraph",
                                            line: first.line, column: first.column,
                                            fix: "put a space after each number and a blank line before the first (`1. \(Self.text(of: first).prefix(30))`)")
                    }
                    for item in glued.items {
                        results.append(keyResult(item, text: Self.text(of: item), checked: nil, given: labelStatus ?? sectionStatus, diagnostics: &diagnostics))
                    }
                    labelStatus = nil
                } else if let label = self.role(of: content.plainText) ?? (Self.labelsMetrics(block) ? .metrics : nil) {
                    warnIfUnfollowed(pending, diagnostics: &diagnostics)
                    pending = (label, block)
                } else if InitiativeList.namesInitiatives(content.plainText) {
                    // "**Initiatives** (How we'll achieve these KRs):" under "#### Key Results": the list after it is how
                    // the key results will be reached (the objective's initiatives), not more of them.
                    warnIfUnfollowed(pending, diagnostics: &diagnostics)
                    pending = (.context, block)
                } else if let said = StatusLabel.status(of: block) {
                    // Between a "Key results" label and its list, or over a list of its own: the list's items stand so.
                    labelStatus = said
                } else if sectionRole != .checklist, sectionRole != .context, let lines = Self.labelledLines(block) {
                    // "KR1.1: 99.95% uptime" on lines of their own, pasted without bullets: each labelled line is one. Under a
                    // "Key Results:" label they are what it labels, so it is followed by key results.
                    if pending?.role != .keyResults { warnIfUnfollowed(pending, diagnostics: &diagnostics) }
                    pending = nil
                    // "**KR 1.1**: Form the board" over `- **Target**: …` / `- **Owner**: …`: those bullets are the last
                    // line's fields, as under a key-result heading.
                    let fields = blocks.indices.contains(index + 1) ? Self.keyResultFields(blocks[index + 1]) : nil
                    for (offset, line) in lines.enumerated() {
                        if let fields, offset == lines.count - 1 {
                            let weighed = KeyResultTail.labelWeight(Self.text(of: line))
                            results.append(keyResult(KeyResultLabel.strippingLabel(weighed?.text ?? Self.text(of: line)), fields: fields,
                                                     at: SourceLocation(path: path, line: line.line, column: line.column),
                                                     labelOwner: KeyResultLabel.owner(in: Self.text(of: line)), labelWeight: weighed?.weight,
                                                     diagnostics: &diagnostics))
                        } else {
                            results.append(keyResult(line, text: Self.text(of: line), checked: nil, diagnostics: &diagnostics))
                        }
                    }
                    if fields != nil { fieldList = index + 1 }
                } else if pending != nil, sectionRole != .keyResults {
                    warnIfUnfollowed(pending, diagnostics: &diagnostics)
                    pending = nil
                }
            case .list(_, let items):
                let given = labelStatus ?? sectionStatus
                labelStatus = nil
                switch pending?.role ?? sectionRole {
                case .keyResults?: for item in items { labelled(item, status: given, into: &results, diagnostics: &diagnostics) }
                // "Success looks like" over measures labels key results; over a description it is the objective's words.
                case .success? where ObjectivesParser.statesMeasures(block):
                    for item in items { labelled(item, status: given, into: &results, diagnostics: &diagnostics) }
                case .success?: for item in items { unlabelled(item, status: given, into: &results, diagnostics: &diagnostics) }
                case .checklist?, .context?, .metrics?: break
                case nil:
                    // Beside task items, a plain bullet that states how far a measure got ("Reports triaged within 24 hours
                    // from 45% to 95%, now 70%") is a key result of the same list, not a note between them.
                    let tasks = readsTaskItems && items.contains { $0.task != nil }
                    for item in items {
                        if tasks, item.task == nil, Self.statesProgress(item) || Self.crossedOff(item) {
                            labelled(item, status: given, into: &results, diagnostics: &diagnostics)
                        } else {
                            unlabelled(item, status: given, into: &results, diagnostics: &diagnostics)
                        }
                    }
                }
                pending = nil
            case .quote(let inner), .directive(_, _, _, let inner, _):
                visit(inner, role: nil, status: sectionStatus, into: &results, diagnostics: &diagnostics)
            case .table(let header, _, _):
                // A table of key results is read whatever label comes before it; a checklist label still hides it.
                // Outside objectives, a table of figures ("By the numbers": Category | Metric) is a report, not unread KRs.
                let figures = !readsTaskItems && SkippedSection.reportsMetrics(header)
                let tableRole = pending?.role ?? sectionRole
                if tableRole != .checklist, tableRole != .context, tableRole != .metrics, !figures {
                    let before = results.count
                    let labelled = tableRole == .keyResults
                    results += tableKeyResults(block, labelled: labelled, diagnostics: &diagnostics)
                    // Under a "Key results" label a table of titles (`| # | Status | Owner | Result |`) is one per row.
                    if labelled, PlanTable.keyResults(in: block, period: nil, labelled: true) == nil { results += itemKeyResults(block) }
                    if readsTaskItems, results.count == before { DatedTable.warnUnread(block, path: path, diagnostics: &diagnostics) }
                }
                pending = nil
            default:
                warnIfUnfollowed(pending, diagnostics: &diagnostics)
                pending = nil
            }
        }
        warnIfUnfollowed(pending, diagnostics: &diagnostics)
    }

    /// The fields of a list whose every item is a short `Key: value` line and one of them says what a key result aims
    /// at, how far it is or who owns it (`- **Target**: 5 members`, `- **Measurement**: …`, `- **Owner**: Ada`); nil for
    /// any other block.
    static func keyResultFields(_ block: Block) -> [String: String]? {
        guard case .list(_, let items) = block.kind, !items.isEmpty, items.allSatisfy({ $0.task == nil && fieldKey(text(of: $0)) != nil }),
              items.contains(where: { item in
                  let key = fieldKey(text(of: item)) ?? ""
                  return measureKeys.contains(key) || MetadataKey(spelling: key) == .owners
              }) else { return nil }
        return fields(in: [block])
    }

    private static let measureKeys: Set<String> = ["target", "current", "actual", "baseline", "start", "starting point", "progress", "status",
                                                   "measurement", "measure", "metric", "weight", "weighting"]

    /// The lowercased key of a `Key: value` line whose key is a few words, nil for any other line.
    private static func fieldKey(_ text: String) -> String? {
        guard let colon = text.firstIndex(of: ":"), text.distance(from: text.startIndex, to: colon) <= 24 else { return nil }
        let value = text[text.index(after: colon)...].trimmed
        guard !value.isEmpty else { return nil }
        let key = FigureKeyWords.english(text[..<colon].trimmed.lowercased(), value: value)
        return key.isEmpty || key.split(separator: " ").count > 3 ? nil : key
    }

    /// A paragraph that only labels the figures watched beside the key results ("**Key metrics:**", "Metrics we watch:",
    /// "**Health metrics**"): one line, all of it the label.
    static func labelsMetrics(_ block: Block) -> Bool {
        guard case .paragraph(let content) = block.kind else { return false }
        let text = content.plainText.trimmed
        return !text.containsByte(UInt8(ascii: "\n")) && KeyResultLabel.namesMetrics(text)
    }

    /// The lists right after a metrics label (`labelsMetrics`) among an objective's own blocks.
    static func metricsLists(_ blocks: [Block]) -> [Block] {
        blocks.indices.dropFirst().filter { index in
            if case .list = blocks[index].kind { labelsMetrics(blocks[index - 1]) } else { false }
        }.map { blocks[$0] }
    }

    /// A "Key results" label with no list after it: what follows (a table, prose) is not read as key results.
    /// A label that is wholly a link (`[Key Results](Key%20Results%202b3c….csv)`, a Notion page's link to its key-results
    /// database) leads elsewhere: nothing needs to follow it.
    private func warnIfUnfollowed(_ pending: (role: KeyResultLabel.Role, block: Block)?, diagnostics: inout DiagnosticBag) {
        guard let pending, pending.role == .keyResults, !Self.isLinkAlone(pending.block) else { return }
        diagnostics.warning(.keyResultsUnread, "\"\(pending.block.plainText.trimmed)\" is not followed by a list, so no key results are read from it",
                            line: pending.block.line, column: pending.block.column,
                            fix: "write each key result as a bullet (`- Reach 40 paying members, now 12`) right under the label")
    }

    private static func isLinkAlone(_ block: Block) -> Bool {
        guard case .paragraph(let content) = block.kind else { return false }
        let shown = content.filter { inline in
            if case .text(let text) = inline { !text.trimmed.isEmpty } else { inline != .softBreak && inline != .lineBreak }
        }
        if shown.count == 1, case .link = shown[0] { return true }
        return false
    }

    /// An item of a list that a label or heading marks as key results: every item is one (metadata lines aside).
    private func labelled(_ item: ListItem, status: Status? = nil, into results: inout [KeyResult], diagnostics: inout DiagnosticBag) {
        let text = Self.text(of: item)
        if item.task == nil, let role = KeyResultLabel.role(of: text) {
            // "Tasks:" among key results starts a checklist; "Key results:" restates the label.
            if role == .keyResults || role == .success {
                visit(Array(item.blocks.dropFirst()), role: role, status: status, into: &results, diagnostics: &diagnostics)
            }
            return
        }
        if item.task == nil, Self.isMetadata(text) || text.isEmpty { return }
        results.append(keyResult(item, text: text, checked: item.task, given: status, diagnostics: &diagnostics))
        let before = results.count
        visit(Array(item.blocks.dropFirst()), role: nil, status: status, into: &results, diagnostics: &diagnostics)
        warnNestedMeasures(under: item, text: text, read: results.count - before, diagnostics: &diagnostics)
    }

    /// "* Grow a network of partners" read as a key result, over "* [P0] Identify 20 partners": bullets nested under a
    /// key result that are ranked are measures of their own, which a key result cannot hold. Notes, steps and a
    /// breakdown of its figures under it stay its text; these are said, not dropped.
    private func warnNestedMeasures(under item: ListItem, text: String, read: Int, diagnostics: inout DiagnosticBag) {
        guard readsTaskItems else { return }
        let nested = item.blocks.dropFirst().flatMap { block -> [ListItem] in if case .list(_, let inner) = block.kind { inner } else { [] } }
        let measures = nested.filter { child in
            PriorityMarker.split(Self.text(of: child)).priority != nil
        }
        guard let first = measures.first, measures.count > read else { return }
        let count = measures.count - read
        diagnostics.warning(.keyResultsUnread,
                            "\(count) bullet\(count == 1 ? "" : "s") nested under the key result \"\(text.prefix(60))\" read\(count == 1 ? "s" : "") as \(count == 1 ? "a key result" : "key results") but \(count == 1 ? "is" : "are") not read: a key result holds no key results",
                            line: first.line, column: first.column,
                            fix: "if \"\(text.prefix(40))\" is an objective, make it one (a heading, or a list under a team heading ending with `:`); else move the bullets up a level")
    }

    /// An item of an ordinary list: a key result when it is a task item or starts with "KR:"; "Key results:" as an item
    /// makes its nested items key results.
    private func unlabelled(_ item: ListItem, status: Status? = nil, into results: inout [KeyResult], diagnostics: inout DiagnosticBag) {
        let text = Self.text(of: item)
        let nested = Array(item.blocks.dropFirst())
        if item.task != nil && readsTaskItems || KeyResultLabel.marksItem(text) {
            results.append(keyResult(item, text: text, checked: item.task, given: status, diagnostics: &diagnostics))
        } else if let role = KeyResultLabel.role(of: text)
                    ?? (nested.contains { if case .list = $0.kind { true } else { false } } ? KeyResultLabel.leadingRole(of: text) : nil) {
            if role == .keyResults || role == .success { visit(nested, role: role, status: status, into: &results, diagnostics: &diagnostics) }
            return
        } else if readsTaskItems, item.task == nil, OwnerCascade.isOwnerItem(item, text: text) {
            cascade(nested, into: &results, diagnostics: &diagnostics)
            return
        }
        visit(nested, role: nil, status: status, into: &results, diagnostics: &diagnostics)
    }

    /// The items under an owner's item (`OwnerCascade`): each one that names a team is a key result; one that is
    /// itself an owner's item (a group such as "Dev Backend" with its teams beneath) cascades further.
    private func cascade(_ blocks: [Block], into results: inout [KeyResult], diagnostics: inout DiagnosticBag) {
        for block in blocks {
            guard case .list(_, let items) = block.kind else {
                visit([block], role: nil, into: &results, diagnostics: &diagnostics)
                continue
            }
            // A list that labels some of its items "KR:" says which are key results; its other owner items are not.
            let labelsItsKeyResults = items.contains { KeyResultLabel.marksItem(Self.text(of: $0)) }
            for item in items {
                let text = Self.text(of: item)
                let nested = Array(item.blocks.dropFirst())
                if item.task != nil || KeyResultLabel.marksItem(text) || KeyResultLabel.role(of: text) != nil {
                    unlabelled(item, into: &results, diagnostics: &diagnostics)
                } else if OwnerCascade.isOwnerItem(item, text: text) {
                    cascade(nested, into: &results, diagnostics: &diagnostics)
                } else if !labelsItsKeyResults, OwnerCascade.hasOwnerLabel(text) {
                    results.append(keyResult(item, text: text, checked: nil, diagnostics: &diagnostics))
                    visit(nested, role: nil, into: &results, diagnostics: &diagnostics)
                } else {
                    unlabelled(item, into: &results, diagnostics: &diagnostics)
                }
            }
        }
    }

    /// `reading`, when given, is what the progress is read from instead of the text (a `MetricCard`'s figures).
    /// `given` is how a status label or heading over its list says it stands.
    private func keyResult(_ item: ListItem, text written: String, reading readFrom: String? = nil, checked: Bool?, given: Status? = nil,
                           diagnostics: inout DiagnosticBag) -> KeyResult {
        // "[Finish root layer scrolling.](#o4r1) \[skobes\] 0.7": a summary table's row exported as a bullet, the key
        // result a link to its details, then its owners and its score.
        var written = written
        var readFrom = readFrom
        var rowOwners: [String] = []
        if let row = KeyResultTail.summaryRow(item) {
            written = row.title
            rowOwners = KeyResultTail.names(row.owners, line: item.line, column: item.column)
            if let score = row.score { readFrom = row.title + ", score " + score }
        }
        // "KR2 (weight 30%): Reduce churn": the weight between label and words is no part of either.
        let labelWeight = KeyResultTail.labelWeight(written)
        // "P0 - Ship the mirror": the marker is the key result's importance, not its words or a figure.
        var (priority, text) = PriorityMarker.split(KeyResultLabel.strippingLabel(labelWeight?.text ?? written))
        // "PX - @vmx - Ship the spec", "P0 - @ana - …": a rank slot not yet filled, then who answers for it, before the words.
        var ranked = priority != nil
        if !ranked, let rest = KeyResultLead.unsetRank(text) {
            text = rest
            ranked = true
        }
        let lead = KeyResultLead.split(text, unsetAllowed: ranked)
        if let lead { text = lead.text }
        // "KR: [Legal] Sign DPA with vendors": the team that answers for it, not words of what it measures.
        let area = AreaTag.split(text)
        if let area { text = area.rest }
        // "✅ Cut sync time to 2 hours": a done symbol is a checked box. Other symbols (🟡, 🚫) stay in the text,
        // which is where a key result keeps what it says about itself.
        var checked = checked
        // "KR3.1: [x] Launch the team plan": a box pasted after the label is the key result's box all the same.
        if checked == nil, case let (box?, rest) = PlanTable.taskBox(in: text), !rest.isEmpty {
            checked = box
            text = rest
        }
        if checked == nil, let (status, rest) = Status.leadingSymbol(in: text), status == .done, !rest.isEmpty {
            checked = true
            text = rest
        }
        // "Launch in-app chat for EU customers ✅": written after the words, as a sheet's tick often is, it says the same.
        if checked == nil, let rest = Self.beforeTrailingTick(text) {
            checked = true
            text = rest
        }
        // Who answers for it and how it stands, after its words (`— @ana`, `[at risk]`, `(Owner: Ana)`) or on a line
        // under it (`- Owner: Ana`, `- Status: Achieved. Received 83% accuracy.`).
        var tail = KeyResultTail.read(text, line: item.line, column: item.column)
        if let negative = tail.negativeWeight {
            diagnostics.warning(.keyResultWeights, "the weight `\(negative)` is below zero: the key result counts as one given no weight",
                                line: item.line, column: item.column,
                                fix: "write the weight as a percentage (`20%`) or a number (`2`); `weight 0` makes a key result count nothing")
        }
        for case .fields(let fields) in item.blocks.dropFirst().map(\.kind) { tail.read(fields: fields) }
        if tail.owners.isEmpty, let nested = Self.nestedValue(item, key: .owners) {
            tail.owners = KeyResultTail.names(nested.value, line: nested.line, column: item.column)
        }
        if tail.owners.isEmpty, let names = lead?.owners { tail.owners = KeyResultTail.names(names, line: item.line, column: item.column) }
        if tail.owners.isEmpty { tail.owners = rowOwners }
        // "CEO KR1: Grow ARR": the role before the number answers for it, when nothing else names who does.
        if tail.owners.isEmpty, let owner = KeyResultLabel.owner(in: written) { tail.owners = [owner] }
        // The tag is the owner when nothing else names one; beside a named owner it stays in the words, as written.
        let areaKept = area != nil && !tail.owners.isEmpty
        if tail.owners.isEmpty, let area { tail.owners = [area.area] }
        if tail.status == nil { tail.status = Self.nestedStatus(item) }
        // `- Weight: 2` on a line under it, as its owner and status may be.
        if tail.weight == nil { tail.weight = labelWeight?.weight ?? Self.nestedWeight(item) }
        if !tail.text.isEmpty { text = tail.text }
        if areaKept, let area { text = "[\(area.area)] " + text }
        // Under a status label, a key result that says nothing of itself stands as the label says. Its own box or
        // symbol wins: a ticked box under "In progress" is done, an unticked one under "Done" is not.
        if tail.status == nil, let given, Status.leadingSymbol(in: text) == nil, checked == nil || checked == (given == .done) {
            tail.status = given
        }
        // A status that says it is met ("[done]", "- Status: Achieved.") is a checked box; set off after the words
        // ("- [ ] Ship the SSO connector - ✅ Done") it counts over the box, as a roadmap bullet's does.
        if checked == nil || checked == false && tail.statusSetOff, tail.status == .done { checked = true }
        text = Status.showingWikiIcons(text)
        var reading = ProgressReader.read(readFrom ?? text, checked: checked)
        // "- [ ] Reduce p95 latency to 200 ms" over "  - Baseline: 450 ms" and "  - Current: 300 ms": the key result's
        // start and where it stands, read as the same lines run into its words are, and shown beside it.
        let nested = Self.nestedFigures(item)
        // An open box says only that the key result is not yet met: the figures under it say where it stands.
        if reading.progress == nil || checked == false && reading.source == .checkbox, checked != true, !nested.lines.isEmpty {
            let withFigures = ProgressReader.read((readFrom ?? text) + ". " + nested.lines.joined(separator: ". "), checked: checked)
            if withFigures.progress != nil { reading = withFigures }
        }
        // "Target: GA by March 15" under "Current Status: In beta with 3 customers": a current value is written, it is
        // just not a figure of the target's measure — saying "no current value" would send the writer to add one.
        if reading.progress == nil, reading.problem == nil, checked != true, let current = nested.current,
           reading.unread.map({ $0.hasPrefix(ProgressReader.noCurrentValue) }) ?? true {
            let target = nested.target.map { " with the Target (`\($0)`)" } ?? ""
            reading.unread = "its Current line (`\(current)`) gives no figure Bearing can compare\(target); write both as figures of one measure (`Target: 12 customers`, `Current: 5 customers`), or give a `Progress: 40%` line"
        }
        if let nestedTarget = nested.target, let said = Self.aimedAt(readFrom ?? text), let target = Self.leadingFigure(nestedTarget),
           abs(said.value - target) > 1e-9 * max(1, abs(target)) {
            diagnostics.warning(.invalidValue, "the key result's words aim at \(said.written) but its Target line says \(nestedTarget): progress is read against \(nestedTarget)",
                                line: item.line, column: item.column, fix: "make the two agree, or leave the figure out of one of them")
        }
        if let contradiction = FiguresAgainstStatus.contradiction(progress: reading.progress, source: reading.source, status: tail.status,
                                                                   done: checked == true) {
            reading = ProgressReader.Reading(progress: nil, source: .unknown, unread: contradiction)
        }
        if item.taskMarkerGlued {
            diagnostics.warning(.taskMarkerSpace, "no space after the task box: read as a task item, but GitHub shows it as text",
                                line: item.line, column: item.column, fix: "write `- [ ] \(text.prefix(30))`")
        }
        if let problem = reading.problem {
            diagnostics.warning(.progressUnreadable, "key result progress cannot be read: \(problem)", line: item.line, column: item.column)
        } else if let unread = reading.unread {
            diagnostics.warning(.progressUnread, "key result progress is unknown: \(unread)", line: item.line, column: item.column)
        } else if let beyond = reading.beyond {
            diagnostics.warning(.progressClamped, "key result figure goes past done: \(beyond); read as done (1.0)", line: item.line, column: item.column,
                                fix: "correct the figure, or check the box if the target was met")
        } else if checked == true, let progress = reading.progress, progress < 1, reading.source != .checkbox, reading.source != .score {
            // A score grades a finished key result (0.7 is a good OKR grade), so only measured forms can contradict the box.
            diagnostics.warning(.checkedIncomplete, "key result is checked but its text says \(Int((progress * 100).rounded()))%",
                                line: item.line, column: item.column, fix: "update the figure, or uncheck the box until it is reached")
        }
        return KeyResult(text: text, done: checked ?? (reading.progress.map { $0 >= 1 } ?? false), progress: reading.progress,
                         progressSource: reading.source, location: SourceLocation(path: path, line: item.line, column: item.column),
                         priority: priority, figures: nested.figures(target: tail.target) ?? tail.target.map { KeyResultFigures(target: $0) },
                         owners: tail.owners, status: tail.status, weight: tail.weight)
    }

    /// "Raise NPS to 40", "Cut churn to 2%": the figure a verb of change aims the measure at in the key result's words.
    static func aimedAt(_ text: String) -> (written: String, value: Double)? {
        guard text.contains(where: \.isNumber), let match = aimedTarget.firstMatch(in: text), let written = match[1],
              let value = NumberText.value(written) else { return nil }
        return (written.trimmed, value)
    }

    private static let aimedTarget = Pattern(
        #"\b(?:raise|increase|grow|boost|improve|lift|reduce|cut|lower|decrease|drop|bring)\b[^.;:]{0,60}?\bto\s+([$€£]?\d[\d,]*(?:\.\d+)?\s*%?)(?![\d.,]*\d)(?!\s*(?:st|nd|rd|th)\b)"#)

    /// The number a Target value starts with ("45", "45 points", "2%").
    static func leadingFigure(_ value: String) -> Double? {
        guard let token = value.trimmed.split(separator: " ").first else { return nil }
        return NumberText.value(String(token))
    }

    /// The `Baseline:`, `Current:` and `Target:` entries (and their other spellings) of the lists nested under a key
    /// result, as lines to read its progress from and as its figures.
    struct NestedFigures {
        var lines: [String] = []
        var baseline: String?
        var target: String?
        var current: String?
        var stretch: String?

        func figures(target written: String?) -> KeyResultFigures? {
            guard baseline != nil || current != nil || stretch != nil else { return nil }
            return KeyResultFigures(baseline: baseline, target: written ?? target, current: current, stretch: stretch)
        }
    }

    static func nestedFigures(_ item: ListItem) -> NestedFigures {
        var found = NestedFigures()
        for (written, line) in nestedFieldLines(item) {
            // `Current Status: 🟡 35`: the 35 is where the measure stands (the symbol is read by `nestedStatus`).
            let split = FigureKeyWords.symbolAndFigure(written, value: line)
            let key = split == nil ? FigureKeyWords.english(written, value: line) : "current"
            let value = split?.figure ?? line
            guard !value.isEmpty, value.count <= 40 else { continue }
            switch key {
            case "baseline", "start", "starting value", "starting point":
                if found.baseline == nil { found.baseline = value; found.lines.append("Baseline: \(value)") }
            case "current", "current value", "now", "actual":
                // `Current: Q1: 3, Q2: 7`, filled in as the year goes: the latest entry is where the measure stands.
                if found.current == nil { found.current = value; found.lines.append("Current: \(MonthlySeries.asLatest(value, periods: true))") }
            case "progress" where MonthlySeries.isOnlySeries(value, periods: true):
                // `- Progress: Jan: 200, Feb: 300` under "Reach 500 signups": figures month by month, not a share done.
                if found.current == nil { found.current = value; found.lines.append("Current: \(MonthlySeries.asLatest(value, periods: true))") }
            case "target", "goal":
                if found.target == nil { found.target = value; found.lines.append("Target: \(value)") }
            case "stretch", "stretch target", "stretch goal":
                // What the team reaches for beyond the target: a figure kept, not a line progress is read from.
                if found.stretch == nil, value.contains(where: \.isNumber) { found.stretch = value }
            default: continue
            }
        }
        return found
    }

    /// The `Key: value` lines of the lists nested under a key result (not its task items), keys lowercased, keys and
    /// values without their emphasis marks.
    private static func nestedFieldLines(_ item: ListItem) -> [(key: String, value: String)] {
        var lines: [(key: String, value: String)] = []
        for block in item.blocks.dropFirst() {
            guard case .list(_, let items) = block.kind else { continue }
            for child in items where child.task == nil {
                let line = text(of: child)
                guard let colon = line.firstIndex(of: ":") else { continue }
                let marks = CharacterSet(charactersIn: " *_")
                lines.append((line[..<colon].trimmingCharacters(in: marks).lowercased(), line[line.index(after: colon)...].trimmingCharacters(in: marks)))
            }
        }
        return lines
    }

    private static let keyResultCell = Pattern(#"\|\s*(?:KR\s*\d|KR\s*:|Key [Rr]esults?\s*\|)"#, caseInsensitive: false)

    /// A GitHub table (plain CommonMark reads it as a paragraph) with a "Key result" column or `KR 1.1` cells.
    private static func looksLikeKeyResultTable(_ text: String) -> Bool {
        text.hasPrefix("|") && keyResultCell.matches(text)
    }

    /// The lines of a paragraph that start with a key-result label (`KR1.1: …`, `KR 2 — …`), as list items of one line
    /// each; nil for a paragraph with no such line. Prose lines around them ("Latency is our top complaint." then
    /// `KR1.1 — …` lines, pasted without blank lines) are the objective's words, not key results.
    static func labelledLines(_ block: Block) -> [ListItem]? {
        guard case .paragraph(let content) = block.kind else { return nil }
        let items = content.lines.enumerated().compactMap { offset, inlines -> ListItem? in
            KeyResultLabel.hasPrefix(inlines.plainText.trimmed) ? lineItem(inlines, line: block.line + offset, column: block.column) : nil
        }
        return items.isEmpty ? nil : items
    }

    /// Lines numbered by hand with no space after the number ("1.Lead time under 2 days" / "2.Deploy weekly"), which
    /// Markdown runs into one paragraph (a number with no space after it starts no list): two or more such lines, every
    /// line of the paragraph after an optional first line that labels them. Returns that label and each numbered line
    /// as a list item of its own, its number left out; nil when some line is not so numbered or none is glued.
    static func gluedNumberedLines(_ block: Block) -> (label: String?, items: [ListItem])? {
        guard case .paragraph(let content) = block.kind, block.endLine > block.line else { return nil }
        var lines = Array(content.lines.enumerated())
        var label: String?
        if let first = lines.first, number(first.element.plainText) == nil {
            label = first.element.plainText.trimmed
            lines.removeFirst()
        }
        guard lines.count >= 2 else { return nil }
        var items: [ListItem] = []
        var glued = false
        for (offset, inlines) in lines {
            guard let (length, noSpace) = number(inlines.plainText) else { return nil }
            glued = glued || noSpace
            items.append(lineItem(withoutNumber(inlines, length: length), line: block.line + offset, column: block.column))
        }
        return glued ? (label, items) : nil
    }

    /// The length of a hand-written number at the start of a line ("1.", "12)", "3. ") when words follow it, and whether
    /// they follow it with no space ("1.5x" is a figure, not a number over words).
    private static func number(_ line: String) -> (length: Int, glued: Bool)? {
        let text = line.drop { $0 == " " }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard (1...2).contains(digits.count), let mark = text.dropFirst(digits.count).first, mark == "." || mark == ")" else { return nil }
        let spaces = text.dropFirst(digits.count + 1).prefix { $0 == " " }.count
        guard text.dropFirst(digits.count + 1 + spaces).first?.isLetter == true else { return nil }
        return (digits.count + 1 + spaces, spaces == 0)
    }

    /// The line's inlines with its number (and the spaces before it) left out of its first text.
    private static func withoutNumber(_ inlines: [Inline], length: Int) -> [Inline] {
        guard case .text(let first)? = inlines.first else { return inlines }
        let text = first.drop { $0 == " " }
        guard text.count >= length else { return inlines }
        let rest = String(text.dropFirst(length))
        return rest.isEmpty ? Array(inlines.dropFirst()) : [.text(rest)] + inlines.dropFirst()
    }

    /// One line of a paragraph as a list item of its own.
    private static func lineItem(_ inlines: [Inline], line: Int, column: Int) -> ListItem {
        ListItem(blocks: [Block(.paragraph(inlines), line: line, column: column, endLine: line)], line: line, column: column, endLine: line)
    }

    /// A paragraph with key-result lines as the blocks a reader sees in it: each run of key-result lines a list (the
    /// page draws each with its progress), each run of other lines a paragraph. Lines before `first` (the objective's
    /// metadata, `Owner:: Ada` run into the key results) are left out. Nil for any other block.
    static func asKeyResultBlocks(_ block: Block, from first: Int = 1) -> [Block]? {
        // "**Key Results:**" over "1.Lead time…" / "2.Deploy weekly" in one paragraph: the label, then the numbered list
        // they were read as.
        if let glued = gluedNumberedLines(block), let label = glued.label, KeyResultLabel.role(of: label) == .keyResults,
           case .paragraph(let content) = block.kind, let last = glued.items.last {
            return [Block(.paragraph(content.lines.first ?? []), line: block.line, column: block.column, endLine: block.line),
                    Block(.list(ordered: true, items: glued.items), line: block.line + 1, column: block.column, endLine: last.endLine)]
        }
        guard labelledLines(block) != nil, case .paragraph(let content) = block.kind else { return nil }
        var blocks: [Block] = []
        for (offset, inlines) in content.lines.enumerated() where block.line + offset >= first {
            let line = block.line + offset
            let isResult = KeyResultLabel.hasPrefix(inlines.plainText.trimmed)
            switch (blocks.last, isResult) {
            case (let last?, true):
                guard case .list(let ordered, let items) = last.kind else { fallthrough }
                let grown = Block.Kind.list(ordered: ordered, items: items + [lineItem(inlines, line: line, column: block.column)])
                blocks[blocks.count - 1] = Block(grown, line: last.line, column: block.column, endLine: line)
            case (_, true):
                blocks.append(Block(.list(ordered: false, items: [lineItem(inlines, line: line, column: block.column)]),
                                    line: line, column: block.column, endLine: line))
            case (let last?, false):
                guard case .paragraph(let prose) = last.kind else { fallthrough }
                blocks[blocks.count - 1] = Block(.paragraph(prose + [.softBreak] + inlines), line: last.line, column: block.column, endLine: line)
            case (_, false):
                blocks.append(Block(.paragraph(inlines), line: line, column: block.column, endLine: line))
            }
        }
        return blocks
    }

    /// The text before a done symbol that ends it (✅, ✔, ☑, `:white_check_mark:`, Confluence's `(/)`), or nil when none ends it.
    static func beforeTrailingTick(_ text: String) -> String? {
        guard let last = text.unicodeScalars.last, last.value >= 0x2300 || last == ":" || last == ")" || last == "\u{FE0F}" else { return nil }
        let bare = String(String.UnicodeScalarView(text.unicodeScalars.filter { $0 != "\u{FE0F}" })).trimmed
        for tick in ["✅", "✔", "✓", "☑", ":white_check_mark:", ":heavy_check_mark:", ":ballot_box_with_check:", "(/)"] where bare.hasSuffix(tick) {
            let rest = String(bare.dropLast(tick.count)).trimmed
            return rest.isEmpty ? nil : rest
        }
        return nil
    }

    /// The status a `Status: …` line in the item's nested lists gives, read from the value's first sentence (the rest
    /// is the report: "Achieved. Received 0% parsing errors."); nil when there is none.
    /// `- _Current Status:_ Done` (a template's slot beside its Target) says how it stands when its value is a status
    /// (`FigureKeyWords.english(_:value:)`), as a Status line does.
    static func nestedStatus(_ item: ListItem) -> Status? {
        guard let value = nestedValue(item, key: .status)?.value ?? nestedCurrentStatus(item) else { return nil }
        return Status(reading: TitleText.firstSentence(value).sentence.trimmingCharacters(in: CharacterSet(charactersIn: ". ")))
            ?? FigureKeyWords.wordsAndFigure(value)?.status ?? FigureKeyWords.statusAndRemark(value)
    }

    /// The value of the first nested `Current Status:` line that states a status rather than a figure.
    private static func nestedCurrentStatus(_ item: ListItem) -> String? {
        nestedFieldLines(item).first { $0.key != "status" && FigureKeyWords.english($0.key, value: $0.value) == "status" }?.value
    }

    /// The weight a `Weight: 2` / `Weight: 40%` line in the item's nested lists gives; nil when there is none.
    static func nestedWeight(_ item: ListItem) -> KeyResultWeight? {
        for block in item.blocks.dropFirst() {
            guard case .list(_, let items) = block.kind else { continue }
            for child in items {
                let line = text(of: child)
                guard let colon = line.firstIndex(of: ":"), isWeightKey(line[..<colon]) else { continue }
                return KeyResultWeight(reading: String(line[line.index(after: colon)...]).trimmed)
            }
        }
        return nil
    }

    /// "Weight", "**Weight**", "Weighting": the key of a weight field.
    static func isWeightKey<S: StringProtocol>(_ key: S) -> Bool {
        let bare = key.trimmingCharacters(in: CharacterSet(charactersIn: " *_")).lowercased()
        return bare == "weight" || bare == "weighting" || bare == "kr weight"
    }

    /// The value of the first `Key: …` line of `key` in the item's nested lists, with its line.
    static func nestedValue(_ item: ListItem, key: MetadataKey) -> (value: String, line: Int)? {
        for block in item.blocks.dropFirst() {
            guard case .list(_, let items) = block.kind else { continue }
            for child in items {
                let line = text(of: child)
                guard let colon = line.firstIndex(of: ":"), MetadataKey(spelling: String(line[..<colon]).trimmed) == key else { continue }
                return (String(line[line.index(after: colon)...]).trimmed, child.line)
            }
        }
        return nil
    }

    static func text(of item: ListItem) -> String {
        if case .paragraph(let content)? = item.blocks.first?.kind { return content.plainText.trimmed }
        return ""
    }

    /// A plain item whose words give a measure's progress (`from A to B, now C`, `N of M`, a trailing `N%`); a field
    /// (`Due: 31 March`) or a label ("Tasks:") is none.
    private static func statesProgress(_ item: ListItem) -> Bool {
        let text = text(of: item)
        guard !text.isEmpty, !isMetadata(text), KeyResultLabel.role(of: text) == nil else { return false }
        return ProgressReader.read(text, checked: nil).progress != nil
    }

    /// "- ~~Partner portal~~ — cancelled" beside task items: a key result crossed off with the reason after it, as a
    /// checkbox one is (`- [ ] ~~Legacy export~~ — cancelled`), not a note between them.
    private static func crossedOff(_ item: ListItem) -> Bool {
        let text = text(of: item)
        guard text.hasPrefix("~"), let said = TitleStatus.split(text) else { return false }
        return said.rest.hasPrefix("~")
    }

    /// `Owner: Ada` inside a key-result list is the objective's metadata, not a measure.
    private static func isMetadata(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":"), text.distance(from: text.startIndex, to: colon) <= 24 else { return false }
        return MetadataKey(spelling: String(text[..<colon]).trimmed) != nil
    }
}
import Foundation
