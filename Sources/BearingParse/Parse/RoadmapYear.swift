import BearingModel

/// The year a roadmap's periods belong to when a lane names only a quarter or half ("## Ziele (Q4)" under "# Q4
/// Roadmap"): front matter `year:` or `date:`, else the title, else the file name, else — when no heading names a year
/// — the date it says it was updated ("Aktualisiert: 2025-10-30", "Last updated: 2025-10-30"). Nil when none says a
/// year: Bearing never takes the current year by guess.
enum RoadmapYear {
    static func find(_ document: MarkdownDocument, title: String?, stem: String, intro: [Block]) -> Int? {
        if let written = document.frontMatter?["year"]?.string.flatMap({ Int($0) }) { return written }
        if let dated = document.frontMatter?["date"]?.string.flatMap(PeriodText.firstYear) { return dated }
        if let year = title.flatMap(PeriodText.firstYear) ?? PeriodText.firstYear(stem) { return year }
        // Another heading's year is no answer: after "## Q4 2025", a "## Q1" is as likely 2026's.
        guard RoadmapParser.headingTitles(document.blocks).allSatisfy({ PeriodText.firstYear($0) == nil }) else { return nil }
        for block in intro {
            guard case .paragraph(let content) = block.kind else { continue }
            for line in content.plainText.split(separator: "\n") {
                if let year = updated.firstMatch(in: String(line))?[1].flatMap({ Int($0) }) { return year }
            }
        }
        return nil
    }

    /// "Aktualisiert: 2025-10-30 19:46:20", "**Last updated:** 2025-10-30", "Stand: 30.10.2025", "Updated 2025-10-30":
    /// the day the plan was last written, on a line of its own.
    private static let updated = Pattern(
        #"^\W*(?:last\s+updated|updated(?:\s+on)?|last\s+update|aktualisiert(?:\s+am)?|zuletzt\s+aktualisiert|stand|actualizado|última\s+actualización|mis\s+à\s+jour|dernière\s+mise\s+à\s+jour|atualizado(?:\s+em)?|aggiornato(?:\s+il)?|bijgewerkt)\W*\s*(?:\d{1,2}[./]\d{1,2}[./])?((?:19|20)\d{2})\b"#,
        caseInsensitive: true)
}
