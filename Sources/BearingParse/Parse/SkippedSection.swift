import BearingModel

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

    private struct Found {
        var tasks = 0, keyResults = 0, boldLists = 0, tables = 0, measures = 0

        mutating func visit(_ blocks: [Block]) {
            for block in blocks {
                switch block.kind {
                case .list(let ordered, let items):
                    if ordered, items.count > 1, items.allSatisfy(Self.isBoldTitled) { boldLists += 1 }
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
                case .table(let header, _, _) where PlanTable.looksLikePlan(block) && !SkippedSection.reportsMetrics(header):
                    tables += 1
                default:
                    break
                }
            }
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
