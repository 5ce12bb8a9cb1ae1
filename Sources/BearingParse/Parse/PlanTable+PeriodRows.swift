import BearingModel

/// `| Quarter | Key objectives |`, `| Trimestre | Version cible | Fenêtre | Objectifs clés |`: a roadmap written as one
/// row per period. The first column says when; the work is the first column of words after it, whatever its header
/// calls it ("Key deliverables", "Scope", "Focus", "Highlights", "Description", "What", "Release").
extension PlanTable {
    /// Headers of a first column that holds the rows' periods, beside `periodHeaders`, as other languages write them.
    /// A Date column is left out: `| Date | Decision | Impact |` logs events on days, not a plan by period.
    static let periodLeadHeaders: Set<String> = periodHeaders.subtracting(["date", "dates"]).union([
        "trimestre", "trimestres", "quartal", "quartier", "periode", "période", "periodo", "período", "zeitraum", "half", "semester",
        "semestre", "year", "année", "año", "ano", "jahr", "release window", "window", "fenêtre", "horizon",
    ])

    /// Words that name the work in a header, in English, French, Spanish, Portuguese and German: "Key objectives",
    /// "Objectifs clés", "Main deliverables", "Entregables".
    private static let workWords: Set<String> = titleHeaders.union([
        "objectif", "objectifs", "livrable", "livrables", "jalon", "jalons", "fonctionnalités", "objetivo", "objetivos",
        "entregable", "entregables", "entregas", "hitos", "metas", "ziel", "ziele", "meilensteine", "lieferungen",
    ])

    /// The column of titles of a table led by a period column (its header a period word, or every first cell a period):
    /// a column whose header names the work, with modifiers ("Key objectives"), or else the first column after the
    /// period whose cells are words. Nil for any other table.
    static func periodLedColumn(header: [TableCell], rows: [[TableCell]]) -> Int? {
        guard header.count >= 2, isPeriodLed(header: header, rows: rows) else { return nil }
        let keys = header.map(headerKey)
        if let named = keys.indices.dropFirst().first(where: { index in
            let words = keys[index].split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
            return (1...3).contains(words.count) && words.contains(where: workWords.contains)
        }) { return named }
        let filled = rows.filter { !isSeparator($0) }
        // A risk, decision or question column is no work, whatever its cells say; a Release column of sentences is what
        // each period ships.
        return keys.indices.dropFirst().first { index in
            let key = keys[index]
            guard !periodLeadHeaders.contains(key), !statusHeaders.contains(key), !progressHeaders.contains(key), !notWorkHeaders.subtracting(["release", "version"]).contains(key),
                  MetadataKey(spelling: key).map({ $0 == .owners || $0 == .status || $0 == .due || $0 == .start || $0 == .team }) != true
            else { return false }
            let cells = filled.compactMap { $0.indices.contains(index) ? $0[index].text : nil }.filter { !$0.isEmpty }
            return !cells.isEmpty && cells.filter(isWords).count * 2 > cells.count
        }
    }

    /// Whether the table's first column holds the rows' periods: its header says so, or every filled cell is a period.
    static func isPeriodLed(header: [TableCell], rows: [[TableCell]]) -> Bool {
        guard let first = header.first else { return false }
        if periodLeadHeaders.contains(headerKey(first)) { return true }
        let cells = rows.filter { !isSeparator($0) }.compactMap { $0.first?.text }.filter { !$0.isEmpty }
        return cells.count >= 2 && cells.allSatisfy(isPeriodCell)
    }

    /// "Q1 2026", "T4 2025", "2026", "H2 2027", "Spring 2026": a cell that only says when, and not on which day.
    private static func isPeriodCell(_ text: String) -> Bool {
        text.split(separator: " ").count <= 4 && WrittenDate.find(in: text) == nil
            && (RowText.isOnlyWhen(text) || (text.split(separator: " ").count <= 2 && Quarter.find(in: text) != nil))
    }

    /// Three words or more, not a time nor a version: "Trading sandbox MVP with a demo CLI", not "v0.4.0" or "Déc. 2025".
    private static func isWords(_ text: String) -> Bool {
        let words = text.split(separator: " ").filter { $0.contains(where: \.isLetter) }
        return words.count >= 3 && !isPeriodCell(text)
    }
}
