import BearingModel

/// A table in an objective with a date column (`| Category | Deliverable / Deadline | Target Date | Notes |`) whose
/// rows were not read as key results: a lab's yearly deliverables with their dates vanished from the report without a
/// word. Said at the table, and each date in it that is no day of the calendar ("2026-02-31") at its cell.
enum DatedTable {
    static func warnUnread(_ block: Block, path: String, diagnostics: inout DiagnosticBag) {
        guard case .table(let header, let rows, _) = block.kind else { return }
        // A first column of dates is a log of check-ins (`| Date | KR #1 | KR #2 |`), which grades the key results.
        let dateColumns = header.indices.dropFirst().filter { index in
            let key = PlanTable.headerKey(header[index])
            return [.due, .start].contains(MetadataKey(spelling: key)) || PlanTable.periodHeaders.contains(key)
        }
        let filled = rows.filter { !PlanTable.isSeparator($0) && $0.contains { !$0.text.isEmpty } }
        guard !dateColumns.isEmpty, !filled.isEmpty else { return }
        diagnostics.warning(.keyResultsUnread,
                            "a table of \(filled.count) row\(filled.count == 1 ? "" : "s") with a \"\(header[dateColumns[0]].text)\" column is not read as key results",
                            line: block.line, column: block.column,
                            fix: "list each deliverable as a key result (`- [ ] Manuscript 1 submitted (due 2026-03-31)`), or head the table's first column `Key result`")
        for row in filled {
            for index in dateColumns where index < row.count {
                let text = row[index].text.trimmed
                guard isoShaped.matches(text), !DateText.isISODate(text) else { continue }
                diagnostics.warning(.invalidValue, "`\(text)` is not a day of the calendar", line: row[index].line, column: row[index].column,
                                    fix: "correct the day or month (YYYY-MM-DD)")
            }
        }
    }

    private static let isoShaped = Pattern(#"^\d{4}-\d{2}-\d{2}$"#)
}
