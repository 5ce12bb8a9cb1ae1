import BearingModel
import Foundation

/// Aside sections (FAQ, Retrospective, Motivation… — `HeadingRole`) are skipped, which is right for the prose they
/// usually hold. One that holds what looks like objectives or key results may be a plan under an unlucky title, so it
/// is said, once, at its heading: skipping it silently would lose work without a word.
enum SkippedSection {
    /// What in `blocks` looks like objectives or key results ("3 task items, a table of objectives or key results"),
    /// or nil. Task items under a checklist title ("Next steps", "Notes") are a to-do list, not a plan. `fields`: the keys
    /// of a metadata block the section opens with; an owner or priorities there is an objective's, as is a list of measures
    /// that says where they stand ("Secure £200k in new grants (now £80k)").
    static func objectiveLike(_ blocks: [Block], title: String, fields: [MetadataKey] = []) -> String? {
        var found = Found()
        found.visit(blocks)
        if KeyResultLabel.role(of: title) == .checklist { found.tasks = 0 }
        var parts: [String] = []
        if let key = fields.first(where: { $0 == .owners || $0 == .priorities }) {
            parts.append("an objective's \(key == .owners ? "owner" : "priorities") field")
        }
        if found.measures > 0 { parts.append("\(found.measures) item\(found.measures == 1 ? "" : "s") stating a measure") }
        if found.tasks > 0 { parts.append("\(found.tasks) task item\(found.tasks == 1 ? "" : "s")") }
        if found.keyResults > 0 { parts.append("\(found.keyResults) `KR:` item\(found.keyResults == 1 ? "" : "s")") }
        if found.boldLists > 0 { parts.append("a numbered list of bold titles") }
        if found.tables > 0 { parts.append("a table of objectives or key results") }
        if let label = found.targetLabel {
            parts.append("\(found.targets) target\(found.targets == 1 ? "" : "s") under \"\(label)\"")
        }
        if found.marked > 0 { parts.append("\(found.marked) item\(found.marked == 1 ? "" : "s") marked with a status (✅, 🚧)") }
        // Only under a heading about who does what: bold topic labels (`**Engagement**: We recently expanded…` in an
        // OpenSSF report's "## Overview") have the same shape as first names.
        let aboutPeople = ["working on", "who's", "who is", "who does", "responsib", "ownership", "owners"].contains(where: title.lowercased().contains)
        if aboutPeople, found.people > 0, let first = found.firstPerson { parts.append("\(found.people) people's work, each led by their name (`\(first):`)") }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    /// A table whose only measure column is "Metric" or "KPI" ("By the numbers": Category | Metric) reports
    /// figures, which is what such an aside is for; "Key result" or "Objective" columns are a plan.
    static func reportsMetrics(_ header: [TableCell]) -> Bool {
        let keys = header.map(PlanTable.headerKey)
        let figures: Set<String> = ["metric", "metrics", "kpi", "kpis", "indicator", "key performance indicator", "key performance indicators"]
        return keys.contains(where: figures.contains)
            && !keys.contains { !figures.contains($0) && (PlanTable.keyResultHeaders.contains($0) || PlanTable.titleHeaders.contains($0)) }
    }

    /// `| Activity | Frequency | Owner |` under "## Review Cadence": how often the plan is looked at, a schedule of
    /// meetings rather than work, whatever its title column is called.
    static func schedulesMeetings(_ header: [TableCell]) -> Bool {
        header.map(PlanTable.headerKey).contains { ["frequency", "cadence", "how often", "recurrence"].contains($0) }
    }

    /// `| Quarter | Date | Author | Changes |` under "## Change History", `| Role | Name | Signature | Date |` under
    /// "**Document Approval**": who changed or signed off the document and when — its record, not work.
    static func recordsDocument(_ header: [TableCell]) -> Bool {
        let keys = Set(header.map(PlanTable.headerKey))
        let changes: Set<String> = ["changes", "change", "change summary", "changes made", "description of change", "revision", "revisions"]
        let who: Set<String> = ["author", "authors", "changed by", "editor", "updated by", "revised by"]
        return (!keys.isDisjoint(with: changes) && !keys.isDisjoint(with: who)) || keys.contains("signature")
    }

    /// A yearly plan's quarterly milestones in a skipped section: items marked with a status ("- ✅ Executive Director
    /// hired") under headings that start with a period ("### Q1: November 2025 - January 2026 (Setup Phase)"). Each such
    /// heading's title and line, with how many it holds; empty when there are none.
    static func milestones(_ blocks: [Block]) -> [(title: String, line: Int, count: Int)] {
        var found: [(title: String, line: Int, count: Int)] = []
        var open = false
        for block in blocks {
            switch block.kind {
            case .heading(_, let content, _):
                let title = content.plainText.trimmed
                open = periodLed.matches(TitleLabel.stripLeadingSymbols(title).trimmed)
                if open { found.append((title, block.line, 0)) }
            case .list(_, let items) where open:
                found[found.count - 1].count += items.filter(Found.isMarked).count
            default:
                break
            }
        }
        return found.filter { $0.count > 0 }
    }

    /// "Q1: November 2025 …", "H2 2026", "2027", "Quarter 3", "Month 1-3", "November 2025 – January 2026": a period first.
    private static let periodLed = Pattern(
        #"^(?:q[1-4]|h[12]|fy\s?\d{2,4}|(?:19|20)\d{2}|quarter\s+\d|months?\s+\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:19|20)\d{2})\b"#)

    private struct Found {
        var tasks = 0, keyResults = 0, boldLists = 0, tables = 0, measures = 0, marked = 0, targets = 0, people = 0
        var firstPerson: String?
        /// The label over the first list of targets ("What success looks like by October 2026").
        var targetLabel: String?

        mutating func visit(_ blocks: [Block]) {
            for (index, block) in blocks.enumerated() {
                switch block.kind {
                case .list(_, let items) where index > 0 && Self.labelsTargets(blocks[index - 1]):
                    if case .paragraph(let label) = blocks[index - 1].kind, targetLabel == nil {
                        targetLabel = label.plainText.trimmed.trimmingCharacters(in: CharacterSet(charactersIn: ": "))
                    }
                    targets += items.count
                case .list(let ordered, let items):
                    marked += items.filter(Self.isMarked).count
                    if ordered, items.count > 1, items.allSatisfy(Self.isBoldTitled) { boldLists += 1 }
                    // "- **Charles:** Sales playbook, customer success, and support": each line a person and their work.
                    let names = items.count > 1 ? items.compactMap(Self.personLed) : []
                    if names.count == items.count, !names.isEmpty {
                        people += items.count
                        if firstPerson == nil { firstPerson = names.first }
                    }
                    // Measures with where they stand ("Raise £200k (now £80k)") are a plan's; targets alone may be an
                    // example of good key results in a "How we write OKRs" section.
                    if ObjectivesParser.statesMeasures(block), items.contains(where: Self.reportsProgress) {
                        measures += items.filter { $0.task == nil && !KeyResultLabel.hasPrefix(KeyResultCollector.text(of: $0)) }.count
                    }
                    for item in items {
                        let text = KeyResultCollector.text(of: item)
                        if item.task != nil { tasks += 1 } else if KeyResultLabel.hasPrefix(text) { keyResults += 1 }
                        visit(Array(item.blocks.dropFirst()))
                    }
                case .quote(let inner), .directive(_, _, _, let inner, _):
                    visit(inner)
                case .table(let header, _, _) where PlanTable.looksLikePlan(block) && !SkippedSection.reportsMetrics(header)
                    && !SkippedSection.schedulesMeetings(header) && !SkippedSection.recordsDocument(header):
                    tables += 1
                default:
                    break
                }
            }
        }

        /// "Charles" of `**Charles:** Sales playbook…`: a bold name of one to three capitalized words ending in a colon,
        /// with words after it; nil for any other item (a metadata key, `**Q1:**`, a bold title).
        static func personLed(_ item: ListItem) -> String? {
            guard item.task == nil, case .paragraph(let content)? = item.blocks.first?.kind, case .strong(let bold)? = content.first else { return nil }
            let written = bold.plainText.trimmed
            let rest = Array(content.dropFirst()).plainText.trimmed
            let name = written.hasSuffix(":") ? String(written.dropLast()).trimmed : rest.hasPrefix(":") ? written : ""
            let words = name.split(separator: " ")
            guard (1...3).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true }),
                  !name.contains(where: { $0.isNumber }), MetadataKey(spelling: name) == nil, Status(reading: name) == nil,
                  rest.trimmingCharacters(in: CharacterSet(charactersIn: ": ")).contains(where: \.isLetter) else { return nil }
            return name
        }

        /// "- ✅ Board of Directors formed", "- 🚧 Hire a director": an item led by a status symbol.
        static func isMarked(_ item: ListItem) -> Bool {
            item.task == nil && Status.leadingSymbol(in: KeyResultCollector.text(of: item)) != nil
        }

        /// "**What success looks like by October 2026**:", "Key results:": a label that makes the next list measures.
        private static func labelsTargets(_ block: Block) -> Bool {
            guard case .paragraph(let content) = block.kind else { return false }
            let role = KeyResultLabel.role(of: content.plainText.trimmed)
            return role == .success || role == .keyResults
        }

        private static func reportsProgress(_ item: ListItem) -> Bool {
            guard case .paragraph(let content)? = item.blocks.first?.kind else { return false }
            return ProgressReader.read(content.plainText.trimmed, checked: nil).progress != nil
        }

        /// `1. **Grow the forum.** …`, but not a bold question (`1. **How do I join?**`, an FAQ) or a metadata key.
        private static func isBoldTitled(_ item: ListItem) -> Bool {
            guard case .paragraph(let content)? = item.blocks.first?.kind, let bold = TitleText.leadingBold(content) else { return false }
            return !bold.title.trimmed.hasSuffix("?") && MetadataKey(spelling: bold.title) == nil
        }
    }
}
