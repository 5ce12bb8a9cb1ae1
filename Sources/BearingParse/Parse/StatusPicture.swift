import BearingModel

/// A picture that says how a row stands: `<img src="checkmark.png" alt="Done">2025 Q3` in a Quarter cell (Azure DevOps'
/// roadmap marks shipped features so), `![Done](check.png)` before a cell's words. The reader sees a tick beside the
/// quarter; its alt text is the status it stands for. Read as text, the alt ran into the cell's words ("due Done2025 Q1")
/// and the row had no status.
enum StatusPicture {
    /// The status a picture among the cell's inlines stands for, and the cell without that picture; nil when no picture
    /// in it has a status for its alt text (at most three words: "Done", "In progress", "✅").
    static func split(_ cell: TableCell) -> (status: String, cell: TableCell)? {
        guard cell.content.contains(where: { if case .image = $0 { true } else { false } }) else { return nil }
        var found: String?
        var kept: [Inline] = []
        for inline in cell.content {
            if found == nil, case .image(_, let alt) = inline {
                let said = alt.plainText.trimmed
                // A "NEW" picture beside a feature is a badge for what was just added, never the tracker's state "New".
                if !said.isEmpty, said.split(separator: " ").count <= 3, said.lowercased() != "new", Status(reading: said) != nil {
                    found = said
                    continue
                }
            }
            kept.append(inline)
        }
        guard let found else { return nil }
        return (found, TableCell(kept, line: cell.line, column: cell.column))
    }
}
