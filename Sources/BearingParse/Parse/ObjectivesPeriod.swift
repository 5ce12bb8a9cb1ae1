import BearingModel

/// Which period an objectives file plans: front matter `quarter:`, else the file name, else its folders
/// (`okrs/fy20-q3/index.md`), else the title. "Q1" without a year takes the year from front matter
/// (`year:` or `date:`), the path or the title; a fiscal period needs `fiscal_year_start:` in bearing.yml.
struct ObjectivesPeriod {
    let config: WorkspaceConfig

    private static let quarterOnly = Pattern(#"(?<![A-Za-z0-9])Q([1-4])(?![0-9])"#)
    private static let halfOnly = Pattern(#"(?<![A-Za-z0-9])H([12])(?![0-9])"#)
    /// A folder or file name that is only a year (`objectives/2026/build-std.md`, `2026.md`).
    private static let yearOnly = Pattern(#"^((?:19|20|21)[0-9]{2})$"#)

    /// The year a file plans when its path names only a year: annual goals (`goals/2026/<goal>.md`) are real
    /// plans, and a quarter they never had should not be asked for.
    private func yearFromPath(_ names: [String]) -> Quarter? {
        names.lazy.compactMap { Self.yearOnly.firstMatch(in: $0)?[1].flatMap { Int($0) } }
            .compactMap { Quarter(year: $0, number: 1, span: .year) }.first
    }

    /// The year a file plans when its title or front matter (`year: 2025`) names one year and no quarter: "2025 Proposed
    /// Network Goals" is that year's plan, as a year folder is (`yearFromPath`), not a file missing its quarter.
    /// A range of years ("Strategy 2024–2027") is a plan of those years; two years otherwise name no one year.
    private func yearFromTitle(_ document: MarkdownDocument) -> Quarter? {
        if let written = document.frontMatter?["year"]?.string?.trimmed, let year = Self.yearOnly.firstMatch(in: written)?[1].flatMap({ Int($0) }) {
            return Quarter(year: year, number: 1, span: .year)
        }
        // "Estratégia … 2024–2027": a plan of those years.
        if let title = document.title, let years = Quarter.years(in: title, fiscalStart: config.fiscalYearStart) { return years }
        // "Plan for Q3 2026/27" names a fiscal period, not the calendar year 2026.
        guard let title = document.title, Quarter.fiscalMention(in: title) == nil else { return nil }
        let years = Set(PeriodText.years(in: title))
        guard years.count == 1, let year = years.first else { return nil }
        return Quarter(year: year, number: 1, span: .year)
    }

    /// The period named by the sentence that introduces a file's objectives, when its path and title name none: "The
    /// OKRs guiding Impact Framework to the end of 2025 are:" plans 2025, "Our goals for Q3 2026:" plans 2026-Q3. Only
    /// the first paragraph, before any list, that speaks of the plan and names one year: a note that mentions a year in
    /// passing further down is not the file's period.
    private func fromIntroduction(_ outline: ObjectiveOutline) -> Quarter? {
        for block in outline.introBlocks {
            if case .list = block.kind { return nil }
            guard case .paragraph(let content) = block.kind else { continue }
            let text = content.plainText
            let lower = text.lowercased()
            guard text.count <= 300, Self.planWords.contains(where: lower.contains) else { return nil }
            if Quarter.fiscalMention(in: text) != nil { return Quarter.find(in: text, fiscalStart: config.fiscalYearStart) }
            let years = Set(PeriodText.years(in: text))
            guard years.count == 1, let year = years.first else { return nil }
            return Quarter.find(in: text, fiscalStart: config.fiscalYearStart) ?? Quarter(year: year, number: 1, span: .year)
        }
        return nil
    }

    /// The period named by the sentence that announces the objectives, when it comes after a mission statement and its
    /// list rather than first: "In service of this mission, our objectives for Q2 2026 are:" (a team page that opens with
    /// what the team is for). Only a paragraph that ends with a colon, speaks of objectives, goals or OKRs and names one
    /// year, and only when no paragraph before it named the period.
    private func fromAnnouncement(_ outline: ObjectiveOutline) -> Quarter? {
        for block in outline.introBlocks {
            guard case .paragraph(let content) = block.kind else { continue }
            let text = content.plainText.trimmed
            let lower = text.lowercased()
            guard text.hasSuffix(":"), text.count <= 200, ["objective", "goal", "okr"].contains(where: lower.contains) else { continue }
            if Quarter.fiscalMention(in: text) != nil { return Quarter.find(in: text, fiscalStart: config.fiscalYearStart) }
            let years = Set(PeriodText.years(in: text))
            guard years.count == 1, let year = years.first else { continue }
            return Quarter.find(in: text, fiscalStart: config.fiscalYearStart) ?? Quarter(year: year, number: 1, span: .year)
        }
        return nil
    }

    /// The period the objectives' own ids name, when the file names none: OKRs numbered by year ("### OKR '2022.C1': …",
    /// "## OKR '2022.M2': …") plan that year, as a file titled "2022 OKRs" does. Every objective must carry an id and all
    /// the ids one and the same period; a title that mentions a year in its words ("Ship the 2024 release") is no id.
    private func fromObjectiveIDs(_ outline: ObjectiveOutline) -> Quarter? {
        guard !outline.entries.isEmpty else { return nil }
        var found: Quarter?
        for entry in outline.entries {
            guard let code = TitleLabel.parse(entry.section.title).code, Quarter.fiscalMention(in: code) == nil else { return nil }
            let years = Set(PeriodText.years(in: code))
            guard years.count == 1, let year = years.first else { return nil }
            let period = Quarter.find(in: code, fiscalStart: config.fiscalYearStart) ?? Quarter(year: year, number: 1, span: .year)
            if let found, found != period { return nil }
            found = period
        }
        return found
    }

    private static let planWords = ["okr", "objective", "goal", "key result", "priorit", "roadmap", "plan"]

    /// `quater: 2020-Q2`, `peroid: 2026-H1`: a front-matter key one or two letters from `quarter` or `period`, read as
    /// it and said at its line, where silence left the file with no period and an error at 1:1.
    private func misspeltPeriod(_ document: MarkdownDocument, diagnostics: inout DiagnosticBag) -> YAMLValue? {
        for entry in document.frontMatter?.entries ?? [] {
            let key = entry.key.lowercased()
            guard key.count >= 4, !Self.otherKeys.contains(key),
                  let meant = ["quarter", "period"].first(where: { DidYouMean.editDistance(key, $0, limit: 3) <= 2 }) else { continue }
            diagnostics.warning(.unknownKey, "unknown front-matter key `\(entry.key)`; read as `\(meant)`", line: entry.line,
                                fix: "did you mean `\(meant)`?")
            return entry.value
        }
        return nil
    }

    /// Front-matter keys near `quarter` or `period` that mean something else.
    private static let otherKeys: Set<String> = ["parent", "order"]

    /// "2026" and nothing else: the whole year.
    private static func wholeYear(_ text: String) -> Quarter? {
        yearOnly.firstMatch(in: text.trimmed).flatMap { $0[1] }.flatMap { Int($0) }.flatMap { Quarter(year: $0, number: 1, span: .year) }
    }

    /// The year a bare "Q1" belongs to.
    func defaultYear(_ document: MarkdownDocument) -> Int? {
        for key in ["year", "date"] {
            if let text = document.frontMatter?[key]?.string, let year = PeriodText.firstYear(text) { return year }
        }
        let folders = document.path.split(separator: "/").reversed().map(String.init)
        return folders.lazy.compactMap(PeriodText.firstYear).first ?? document.title.flatMap(PeriodText.firstYear)
    }

    /// "2026-Q4", "Q4" with the default year, "2025H1", or a fiscal period when the workspace has a fiscal year.
    func read(_ text: String, year: Int?) -> Quarter? {
        if let period = Quarter.find(in: text, fiscalStart: config.fiscalYearStart) { return period }
        // A fiscal period the workspace cannot place is no period: not the calendar quarter its months would be either
        // ("Q3 2026/27 (October to December 2026)" is not 2026-Q4 without a fiscal year).
        guard Quarter.fiscalMention(in: text) == nil else { return nil }
        if let span = MonthSpan.period(in: text) { return span }
        guard let year else { return nil }
        if let number = Self.quarterOnly.firstMatch(in: text)?[1].flatMap({ Int($0) }) { return Quarter(year: year, number: number) }
        if let number = Self.halfOnly.firstMatch(in: text)?[1].flatMap({ Int($0) }) { return Quarter(year: year, number: number, span: .half) }
        return nil
    }

    func find(_ document: MarkdownDocument, containers outline: ObjectiveOutline, diagnostics: inout DiagnosticBag) -> Quarter? {
        let year = defaultYear(document)
        let components = document.path.split(separator: "/").map(String.init)
        let names = [FileName.stem(document.path)] + components.dropLast().reversed()
        let fromTitle = document.title.flatMap { read($0, year: year) }
        let fromName = names.lazy.compactMap { read($0, year: year) }.first.map { Self.fiscalWrittenBare($0, title: fromTitle) }
        var quarter: Quarter?
        if let written = document.frontMatter?["quarter"] ?? document.frontMatter?["period"] ?? misspeltPeriod(document, diagnostics: &diagnostics) {
            // `period: 2026`: a year's plan, as a year in the title or the path is.
            // `period: 2024-2027`: a plan of several years.
            quarter = written.string.flatMap { read($0, year: year) ?? Self.wholeYear($0) ?? Quarter.years(written: $0, fiscalStart: config.fiscalYearStart) }
            if let quarter, let text = written.string { checkMonths(text, period: quarter, line: written.line, diagnostics: &diagnostics) }
            if quarter == nil, !warnFiscal(written.string ?? "", line: written.line, diagnostics: &diagnostics) {
                let key = document.frontMatter?["quarter"] != nil ? "quarter" : document.frontMatter?["period"] != nil ? "period" : "quarter"
                diagnostics.error(.noQuarter, "front matter `\(key): \(written.string ?? "")` is not a period Bearing can place", line: written.line,
                                  fix: "write it as a quarter, a half or a year (`\(key): 2026-Q4`, `2026-H1`, `2026`)")
            }
        }
        if let quarter, let fromName, quarter != fromName {
            diagnostics.warning(.quarterMismatch, "front matter says \(quarter) but the file name says \(fromName)",
                                line: document.frontMatter?["quarter"]?.line ?? 1, fix: "rename the file or correct `quarter:`")
        }
        // `| **Cycle** | Q2 2026 |` in a table under the title, or a `Period: H1 2027` line: the file says its period as
        // front matter would.
        if quarter == nil, let field = IntroFields(outline.introBlocks).first(of: IntroFields.periodKeys) {
            quarter = read(field.value, year: year)
            if quarter == nil { _ = warnFiscal(field.value, line: field.line, diagnostics: &diagnostics) }
        }
        if document.frontMatter?["quarter"] == nil, let field = IntroFields(outline.introBlocks).first(of: IntroFields.periodKeys),
           let stated = quarter {
            checkMonths(field.value, period: stated, line: field.line, diagnostics: &diagnostics)
            if let fromName, stated != fromName {
                diagnostics.warning(.quarterMismatch, "the file says its period is \(stated) but its name says \(fromName)",
                                    line: field.line, fix: "rename the file or correct the period")
            }
        }
        let resolved = quarter ?? fromName ?? fromTitle
            ?? (document.frontMatter?["quarter"] == nil ? yearFromPath(names) ?? yearFromTitle(document) ?? fromIntroduction(outline)
                ?? fromObjectiveIDs(outline) ?? fromAnnouncement(outline) : nil)
        if let resolved, resolved.span == .year, quarter == nil, fromName == nil, fromTitle == nil,
           let term = ([document.title ?? ""] + names).lazy.compactMap(AcademicTerm.find).first {
            diagnostics.warning(.periodTerm, "\"\(term)\" names part of a year, which Bearing does not place: the file is planned for the whole of \(resolved)",
                                line: document.title == nil ? 1 : titleLine(document),
                                fix: "add front matter `period: \(resolved.year)-Q1` (or the half, `\(resolved.year)-H1`) for the months the term covers")
        }
        if let resolved, let fromTitle, fromTitle != resolved {
            let inFrontMatter = document.frontMatter?["quarter"] != nil || document.frontMatter?["period"] != nil
            let source = quarter == nil ? "file name" : inFrontMatter ? "front matter" : "period field"
            diagnostics.warning(.quarterMismatch, "the title says \(fromTitle) but the \(source) says \(resolved): its objectives are planned for \(resolved)",
                                line: titleLine(document),
                                fix: "correct the title (a file copied from another period keeps its old title), or the \(source) if the title is right")
        }
        if let title = document.title, let fromTitle { checkMonths(title, period: fromTitle, line: titleLine(document), diagnostics: &diagnostics) }
        if let (text, line) = introSentence(outline), let stated = read(text, year: year) {
            checkMonths(text, period: stated, line: line, diagnostics: &diagnostics)
        }
        let hasContainers = outline.entries.contains { $0.period != nil } || outline.regions.contains { $0.period != nil }
        // An unreadable `period:` was said at its line: "cannot tell which quarter" after it said it again.
        if resolved == nil, document.frontMatter?["quarter"] == nil, document.frontMatter?["period"] == nil, !hasContainers {
            // Period headings that name fiscal quarters the workspace cannot place (`## Priorities for FY25Q4`, each
            // warned about at its line) are the file saying its periods: `quarter: 2026-Q4` would put them all in one.
            let fiscal = !outline.unreadPeriods.isEmpty || diagnostics.items.contains { $0.code == .fiscalPeriod }
                || (names + [document.title ?? ""]).contains { warnFiscal($0, line: 1, diagnostics: &diagnostics) }
            if !fiscal {
                let said = [(FileName.stem(document.path), "the file name")] + components.dropLast().reversed().map { ($0, "the folder name") }
                    + (document.title.map { [($0, "the title")] } ?? [])
                if let advice = QuarterNameAdvice.advice(said.map { (text: $0.0, place: $0.1) }) {
                    diagnostics.error(.noQuarter, "cannot tell which quarter this file plans: \(advice.message)", line: 1, fix: advice.fix)
                } else {
                    diagnostics.error(.noQuarter, "cannot tell which quarter this file plans", line: 1,
                                      fix: "add front matter `quarter: 2026-Q4`, or name the file `2026-Q4.md`")
                }
            }
        }
        return resolved
    }

    /// `2023_Q1.md` titled "# FY23-Q1 OKRs" (Sourcegraph's archive): in a workspace with a fiscal year, a file name with the
    /// fiscal period's own year and number is that fiscal period written without "FY", not the calendar quarter the same
    /// digits would be a year later.
    static func fiscalWrittenBare(_ name: Quarter, title: Quarter?) -> Quarter {
        guard name.fiscalStart == nil, let title, let start = title.fiscalStart, start != 1,
              title.year == name.year, title.number == name.number, title.span == name.span else { return name }
        return title
    }

    /// The period the title names when front matter, a period field under the title or the file name states another: the
    /// stated one wins (a file copied from last quarter and renamed keeps its old title), and the title's period is no
    /// container of the objectives under it. Nil when they agree or nothing but the title states one.
    func overriddenTitle(_ document: MarkdownDocument, outline: ObjectiveOutline) -> (title: Quarter, stated: Quarter)? {
        let year = defaultYear(document)
        guard let fromTitle = document.title.flatMap({ read($0, year: year) }) else { return nil }
        let names = [FileName.stem(document.path)] + document.path.split(separator: "/").map(String.init).dropLast().reversed()
        let written = (document.frontMatter?["quarter"] ?? document.frontMatter?["period"])?.string
        let stated = written.flatMap { read($0, year: year) }
            ?? IntroFields(outline.introBlocks).first(of: IntroFields.periodKeys).flatMap { read($0.value, year: year) }
            ?? names.lazy.compactMap { read($0, year: year) }.first.map { Self.fiscalWrittenBare($0, title: fromTitle) }
        guard let stated, stated != fromTitle else { return nil }
        return (fromTitle, stated)
    }

    /// A fiscal period with no `fiscal_year_start:` is a warning rather than a calendar quarter; so is a financial year
    /// written as two years ("2026/27") when the workspace's fiscal year is the calendar year. Once per file: the name,
    /// the title and a `Quarter:` field usually say the same period.
    private func warnFiscal(_ text: String, line: Int, diagnostics: inout DiagnosticBag) -> Bool {
        guard let written = Quarter.fiscalMention(in: text) else { return false }
        let pair = Quarter.yearPair(in: text)
        guard config.fiscalYearStart == nil || (config.fiscalYearStart == 1 && pair != nil) else { return false }
        guard !diagnostics.items.contains(where: { $0.code == .fiscalPeriod }) else { return true }
        // The months written beside the period say when the year starts: "Q3 2026/27 (October to December 2026)" is April.
        let evidence = pair.flatMap { pair in MonthSpan.range(in: text).map { (pair, $0) } }
        let month = evidence.map { Self.monthNames[$0.fiscalStart(periodStartingIn: $1.startMonth) - 1] }
        let fix = month.map { "add `fiscal_year_start: \($0)` to bearing.yml: the months written beside it start the year in \($0)" }
            ?? Self.fiscalFix(twoYears: pair != nil)
        if config.fiscalYearStart == 1 {
            diagnostics.warning(.fiscalPeriod, "\"\(written)\" is a financial year spanning two calendar years, but the workspace's fiscal year starts in January",
                                line: line, fix: fix.replacingOccurrences(of: "add ", with: "set ").replacingOccurrences(of: " to bearing.yml", with: " in bearing.yml"))
        } else {
            diagnostics.warning(.fiscalPeriod, "\"\(written)\" is a fiscal period, but the workspace sets no fiscal year", line: line, fix: fix)
        }
        return true
    }

    /// The fix for a fiscal period when nothing in the file says when its year starts. It names no month to paste: a
    /// wrong one silently moves every quarter, and fiscal years start in any month (February, April, July, October).
    static func fiscalFix(twoYears: Bool) -> String {
        twoYears ? "add `fiscal_year_start:` to bearing.yml with the month the financial year starts in (April in the UK, July in Australia)"
            : "add `fiscal_year_start:` to bearing.yml with the month the fiscal year starts in (for example `fiscal_year_start: April`)"
    }

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                             "November", "December"]

    /// Months written beside a period ("Q3 2026/27 (October to December 2026)") are its dates: other months mean the
    /// period, the months or `fiscal_year_start:` is wrong, and the objectives may be in the wrong quarter. A span shorter
    /// than a quarter is some other date ("Q1 2027 goals, pilot in Feb–Mar 2027").
    private func checkMonths(_ text: String, period: Quarter, line: Int, diagnostics: inout DiagnosticBag) {
        guard let months = MonthSpan.range(in: text), months.months >= 3, !months.matches(period) else { return }
        let dates = MonthSpan.Range(startYear: period.start.year, startMonth: period.start.month, months: period.months)
        let written = Quarter.fiscalMention(in: text) ?? Quarter.find(in: text)?.description ?? "\(period)"
        var fix = "correct the months or the period"
        if let pair = Quarter.yearPair(in: text), pair.span.months == months.months {
            let start = Self.monthNames[pair.fiscalStart(periodStartingIn: months.startMonth) - 1]
            fix += ", or if the financial year starts in \(start), set `fiscal_year_start: \(start)` in bearing.yml"
        }
        diagnostics.warning(.quarterMismatch, "\(written) is \(period), \(dates.description), but the months written beside it are \(months.description)",
                            line: line, fix: fix)
    }

    /// The first paragraph of the introduction, when it comes before any list ("Our goals for H2 2026/27 (October 2026
    /// to March 2027).").
    private func introSentence(_ outline: ObjectiveOutline) -> (String, Int)? {
        for block in outline.introBlocks {
            if case .list = block.kind { return nil }
            if case .paragraph(let content) = block.kind { return (content.plainText, block.line) }
        }
        return nil
    }

    func titleLine(_ document: MarkdownDocument) -> Int {
        if let title = document.frontMatter?["title"] { return title.line }
        return document.blocks.first { if case .heading(1, _, _) = $0.kind { true } else { false } }?.line ?? 1
    }
}
