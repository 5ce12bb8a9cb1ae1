import BearingAlign
import BearingModel

/// One line per item on the list pages (quarter, priority): what a reader scanning the list needs — title, owners,
/// status, grade and the link that matters — with the key results, text and every link on the item's own page.
/// Repeating whole cards made each quarter page of a 6,000-objective plan 300 KB.
extension SiteContent {
    /// `link` is the link the row shows: the item's strongest on a quarter page, the one to the priority on a priority page.
    func summaryRow(_ item: AlignedItem, link: Link?, showPriority: Bool) -> TemplateValue {
        var fields: TemplateValue.Fields = [
            "title": .text(item.title), "href": .text(paths.item(item)), "owners": .text(item.owners.joined(separator: ", ")),
            "status": .text(item.status?.rawValue ?? ""),
            // A small badge after the title; a row of an objective that does not say renders as before.
            "commitment": item.kind == .objective ? item.commitment.map { .text($0.rawValue) } ?? .flag(false) : .flag(false),
            // An object, not a text: the priority page has a `grade` of its own, which an empty one would let through.
            "progress": item.progress.map { grade -> TemplateValue in
                ["grade": .text(format(grade)), "band": .text(alignment.band(of: item) ?? ""),
                 // "1 of 3 key results measured" beside a grade that averages only the key results whose progress is known,
                 // in the words of the objective's page and the report ("1/3 KRs" here read as another figure).
                 "coverage": item.gradeCoverage.map { .text($0) } ?? .flag(false),
                 "measured": .text("\(item.measuredKeyResultCount)/\(item.keyResultCount)")]
            } ?? .flag(false),
        ]
        if link == nil, showPriority, let declared = alignment.unsupportedDeclarations(of: item.id).first,
           let priority = strategy.priority(declared.priority) {
            // Declared, but the text does not say how: the link is too weak to count, yet "no priority" would tell a
            // reader the team named none.
            fields["kind"] = "declared"
            fields["unsupported"] = .flag(true)
            fields["priority"] = .text("\(priority.number) \(priority.title)")
            fields["priority_href"] = .text(paths.priority(priority.id))
        }
        if let link {
            fields["kind"] = .text(link.kind.rawValue)
            fields["strength"] = .text(format(link.strength))
            if showPriority, let priority = strategy.priority(link.priority) {
                // The whole name, which the stylesheet cuts to the column's width: a shortened label needed the
                // name again in a tooltip on each of 6,000 rows, and hid it from screen readers.
                fields["priority"] = .text("\(priority.number) \(priority.title)")
                fields["priority_href"] = .text(paths.priority(priority.id))
            }
        }
        return .object(fields)
    }

    /// Which of the Owner, Status and Grade columns a table of `items` shows: one no row fills would be an empty
    /// column down the page (2i2c's quarters name no owner, status or grade), so it is left out, header and cells alike.
    /// A table with every column is sized by the columns' places and carries no class for them: only a table that left
    /// one out names its columns (`table.rows`, `th.col-…`), so the benchmark's 885 full tables do not grow.
    func rowColumns(_ items: [AlignedItem]) -> TemplateValue.Fields {
        let owner = items.contains { !$0.owners.isEmpty }, status = items.contains { $0.status != nil }, grade = items.contains { $0.progress != nil }
        return ["show_owner": .flag(owner), "show_status": .flag(status), "show_grade": .flag(grade), "all_columns": .flag(owner && status && grade)]
    }

    /// The item's strongest link at strength 0.25 or more; the first of equally strong ones.
    func strongestLink(_ id: String) -> Link? {
        var best: Link?
        for link in alignment.links(of: id) where link.strength >= Alignment.threshold {
            if link.strength > (best?.strength ?? -1) { best = link }
        }
        return best
    }
}
