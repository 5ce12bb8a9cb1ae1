import BearingModel
import Foundation

/// Periods as roadmaps write them around their items: label paragraphs ("End of Q2:", "Immediate term:"),
/// period headings ("### 2024", "### January - March") and loose dates in a bullet ("(mid 2022)").
enum RoadmapPeriod {
    /// "Immediate term:", "Middle term:", "Long-term:" — horizons that projects write as labels.
    private static let termLabel = Pattern(#"^((?:immediate|short|near|middle|mid|medium|long)[- ]term)\s*:$"#, first: "isnml")
    private static let monthName = Pattern(
        #"\b(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b"#,
        needs: ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])
    private static let quarterOrHalf = Pattern(#"\b(?:Q[1-4]|H[12])\b"#, needs: ["q1", "q2", "q3", "q4", "h1", "h2"])

    /// The period a label paragraph sets for the items after it, or nil when the paragraph is not one.
    static func label(_ text: String, year: Int?) -> String? {
        let trimmed = text.trimmed
        if let groups = termLabel.firstMatch(in: trimmed), let term = groups[1] {
            return term.prefix(1).uppercased() + term.dropFirst()
        }
        guard PeriodText.isPeriodLabel(trimmed), isStrict(trimmed) else { return nil }
        return PeriodText.normalize(trimmed, year: year)
    }

    /// "Quarter 1 of 2024: **Governance and Foundations**" — a period label, then the theme of the items after it.
    static func labelWithTheme(_ text: String, year: Int?) -> (period: String, theme: String)? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let theme = text[text.index(after: colon)...].trimmed
        guard !theme.isEmpty, theme.split(separator: " ").count <= 8, !theme.hasSuffix("."),
              let period = label(String(text[...colon]), year: year) else { return nil }
        return (period, TitleText.clean(theme))
    }

    /// The text after a paragraph's last hard line break: a label may end a paragraph of prose ("…framework.\\" then
    /// "Quarter 1 of 2024: **Governance**").
    static func lastLine(_ content: [Inline]) -> String? {
        guard let index = content.lastIndex(of: .lineBreak) else { return nil }
        return Array(content[(index + 1)...]).plainText.trimmed
    }

    /// "Kubeflow 1.9 Release, Delivered: July 2024", "Kubeflow 1.3 Features, Released: April 2021", "…, Planned for
    /// release: December 2025": a release named with when it shipped or is due, after a comma or a dash.
    private static let release = Pattern(
        #"^.+?(?:,|\s[-–—])\s*(delivered|released|shipped|release date|released on|planned for release|planned release|target(?:ed)?(?: release)?(?: date)?|due|eta)\s*:\s*(.+)$"#)

    /// The period and whether it has shipped, for a heading that names a release and its date; nil for any other.
    static func release(_ title: String, year: Int?) -> (period: String, shipped: Bool)? {
        // Most headings have no colon at all: the expression runs only on those that do.
        guard title.containsByte(UInt8(ascii: ":")), let groups = release.firstMatch(in: TitleText.clean(title)), let key = groups[1], let when = groups[2],
              let period = heading(when, year: year) ?? (WrittenDate.find(in: when) != nil ? PeriodText.normalize(when, year: year) : nil)
        else { return nil }
        return (period, ["delivered", "released", "shipped", "released on"].contains(key.lowercased()))
    }

    /// The period a heading names when it is mostly a period ("2024", "January - March", "2026 milestones and
    /// beyond"), or a release and its date ("Kubeflow 1.2 - November 2020"), or nil.
    static func heading(_ title: String, year: Int?) -> String? {
        if let release = release(title, year: year) { return release.period }
        let cleaned = CJKPeriodText.english(TitleText.clean(title))
        if let season = season(cleaned) { return season }
        if let clock = clock(cleaned, year: year) { return clock }
        // "Q2 2021 (April – June) goals": the quarter, the months it spans and a word for what is planned in it.
        if let when = WhenText.withAside(cleaned) { return PeriodText.normalize(when, year: year) }
        // "Q1 2026 (Current - Mar 2026)", "2026 (tentative)": a period, then a remark about it in brackets.
        if cleaned.hasSuffix(")"), let open = cleaned.firstIndex(of: "("), open > cleaned.startIndex {
            let head = cleaned[..<open].trimmed
            if head.split(separator: " ").count <= 3, isStrict(head), let period = heading(head, year: year) { return period }
        }
        // "Q1 2026 - Foundation", "2026 H2: Scale": a period and the theme of its work; "Version 2.4 - 2026-04-01": the
        // work and when it is due. Not a range ("January - March"), where both sides are periods.
        // A dash inside brackets ("Current state (v0.x — May 2026)") is the bracket's, and never splits the title.
        for separator in [" - ", " – ", " — ", ": "] {
            guard let range = Self.outsideBrackets(separator, in: cleaned), range.lowerBound > cleaned.startIndex else { continue }
            let head = heading(String(cleaned[..<range.lowerBound]), year: year)
            let after = String(cleaned[range.upperBound...])
            // A release date after the dash ("- 2026-04-01", "- April 1, 2026") is a day in a quarter.
            let tail = heading(after, year: year)
                ?? (after.split(separator: " ").count <= 4 && WrittenDate.find(in: after) != nil ? PeriodText.normalize(after, year: year) : nil)
            if let head, tail == nil { return head }
            if let tail, head == nil { return tail }
        }
        // "SIG Release Roadmap for 2021 and beyond", "Team plan for Q3 2026": a roadmap named, then the period it is for.
        if let range = cleaned.range(of: " for ", options: .caseInsensitive),
           cleaned[..<range.lowerBound].lowercased().split(separator: " ").contains(where: { forWords.contains(String($0)) }),
           let period = heading(String(cleaned[range.upperBound...]), year: year) {
            return period
        }
        // "v1.1.0 (Q1 2027)", "Release 2.0 (2026-09-14)": a release and, in brackets, when it is due or came out.
        if cleaned.hasSuffix(")"), let open = cleaned.lastIndex(of: "("), RoadmapHeading.isRelease(String(cleaned[..<open]).trimmed) {
            let inner = String(cleaned[cleaned.index(after: open)..<cleaned.index(before: cleaned.endIndex)]).trimmed
            return heading(inner, year: year) ?? (WrittenDate.find(in: inner) != nil ? PeriodText.normalize(inner, year: year) : nil)
        }
        guard cleaned.split(separator: " ").count <= 5, isStrict(cleaned) else { return nil }
        // Every other word must be one that goes with a period: "Step 1999" is a step, not a year.
        let words = cleaned.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        guard words.allSatisfy({ isPeriodWord($0) || periodCompanions.contains($0) }) else { return nil }
        return PeriodText.normalize(cleaned, year: year)
    }

    /// The first `separator` in `text` that is not inside brackets.
    private static func outsideBrackets(_ separator: String, in text: String) -> Range<String.Index>? {
        var from = text.startIndex
        while let range = text.range(of: separator, range: from..<text.endIndex) {
            let before = text[..<range.lowerBound]
            if before.filter({ $0 == "(" }).count <= before.filter({ $0 == ")" }).count { return range }
            from = range.upperBound
        }
        return nil
    }

    /// The period of a lane's heading: what `heading` reads, or else the period in brackets at its end, whatever names
    /// the lane before it ("Phase 1 — Make the core loop bulletproof (Q3 2026)", "Phase 4 — Platform plays (2028)",
    /// "Current state (v0.x — May 2026)"). A lane is always a lane, so the bracket cannot turn work into a group, as it
    /// would for an H3 ("### MVP (summer 2026)" is one piece of work). A range in the bracket gives its start.
    static func lane(_ title: String, year: Int?) -> String? {
        if let period = heading(title, year: year) { return period }
        let cleaned = TitleText.clean(title).trimmed
        guard cleaned.hasSuffix(")"), let open = cleaned.lastIndex(of: "("), cleaned[..<open].contains(where: \.isLetter) else { return nil }
        let inner = String(cleaned[cleaned.index(after: open)..<cleaned.index(before: cleaned.endIndex)]).trimmed
        if let period = season(inner) ?? heading(inner, year: year) { return rangeStart(inner, period: period, year: year) }
        // "v0.x — May 2026": a release, then when; "Q4 2026 – Q1 2027": a range.
        for separator in [" — ", " – ", " - ", ", "] {
            guard let range = inner.range(of: separator) else { continue }
            if let period = heading(String(inner[range.upperBound...]), year: year) { return period }
        }
        return nil
    }

    /// "Q4 2026 – Q1 2027": the range starts in 2026-Q4, whatever the whole text normalized to.
    private static func rangeStart(_ text: String, period: String, year: Int?) -> String {
        for separator in [" – ", " — ", " - ", " to "] {
            guard let range = text.range(of: separator) else { continue }
            // "Q2 – Q3 2027": the start takes the year written at the end.
            if let start = heading(String(text[..<range.lowerBound]), year: PeriodText.firstYear(text) ?? year) { return start }
        }
        return period
    }

    /// "Month 1 (April)", "Sprint 3 (Mar 2 – Mar 13)", "Weeks 1–2: Jan 4 – Jan 15": a unit of the plan's own clock,
    /// then the calendar time it stands for.
    private static let clockWithAside = Pattern(
        #"^(?:weeks?|months?|sprints?|iterations?|cycles?|phases?|stages?|milestones?|waves?|increments?)\s*#?\s*[0-9]+(?:\s*(?:[-–—]|to)\s*[0-9]+)?\s*(?:\((.+)\)|(?::|\s[-–—])\s*(.+))$"#,
        first: "wmsicpw")
    /// The first day of a range of days without a year: "Mar 2 – Mar 13", "2 March - 13 March".
    private static let firstDay = Pattern(
        #"^(?:(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+([0-9]{1,2})|([0-9]{1,2})\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?)(?:st|nd|rd|th)?\b"#)

    /// The period a clock unit's calendar aside names: its month (in `year` when it names none, "Month 1 (April)" in a
    /// 2027 roadmap is April 2027), its months ("Months 1–3 (Apr–Jun)" is 2027-Q2), or for days the quarter the first
    /// one falls in, as a day written anywhere in a roadmap is. Nil without an aside or when the aside is not a time
    /// ("Phase 1: Foundations").
    static func clock(_ title: String, year: Int?) -> String? {
        guard let groups = clockWithAside.firstMatch(in: title), let aside = (groups[1] ?? groups[2])?.trimmed, !aside.isEmpty else { return nil }
        let stated = PeriodText.firstYear(aside)
        if let date = WrittenDate.find(in: aside) { return Quarter.containing(date).description }
        if let day = firstDay.firstMatch(in: aside), let dayYear = stated ?? year,
           let month = day[1] ?? day[4], let number = day[2] ?? day[3],
           let date = WrittenDate.find(in: "\(number) \(month) \(dayYear)") {
            return Quarter.containing(date).description
        }
        guard WhenText.isWhen(aside) else { return nil }
        guard stated == nil, let year, monthName.matches(aside), !quarterOrHalf.matches(aside) else {
            return PeriodText.normalize(aside, year: year)
        }
        return PeriodText.normalize("\(aside) \(year)", year: year)
    }

    /// Words before "for" that name a plan, so that what follows is its period.
    private static let forWords: Set<String> = ["roadmap", "plan", "plans", "goals", "priorities", "objectives", "okrs"]

    private static let periodCompanions: Set<String> = [
        "milestones", "milestone", "and", "beyond", "onwards", "onward", "roadmap", "plan", "plans", "priorities", "goals",
        "focus", "work", "timeline", "to", "through", "end", "of", "by", "early", "mid", "late", "the", "in", "q", "h", "quarter",
    ]
    private static let periodToken = Pattern(#"^(?:(?:19|20|21)\d{2}|q[1-4]|h[12]|\d{4}q[1-4]|\d{4}h[12]|fy\d{2,4})$"#)

    private static func isPeriodWord(_ word: String) -> Bool {
        periodToken.matches(word) || monthName.matches(word)
    }

    /// "summer 2026", "fall 2026", "early spring 2027": a season of a year. Roadmaps are read for the northern
    /// hemisphere, where most are written: spring is Q2, summer Q3, fall and autumn Q4, and winter Q1 of the year
    /// written (the winter that year opens with). An academic term ("Spring term 2026") is `AcademicTerm`'s, and never
    /// a quarter.
    private static let seasonOfYear = Pattern(
        #"^(?:(?:early|mid|late)[- ]?)?(spring|summer|fall|autumn|winter)(?:\s+of)?,?\s+((?:19|20|21)\d{2})$"#,
        needs: ["spring", "summer", "fall", "autumn", "winter"])
    private static let seasonQuarter = ["winter": 1, "spring": 2, "summer": 3, "fall": 4, "autumn": 4]

    /// The quarter a season of a year stands for ("summer 2026" is 2026-Q3), or nil for any other text.
    static func season(_ text: String) -> String? {
        guard let groups = seasonOfYear.firstMatch(in: text.trimmed), let name = groups[1]?.lowercased(),
              let number = seasonQuarter[name], let year = groups[2] else { return nil }
        return "\(year)-Q\(number)"
    }

    /// "MVP (summer 2026)", "v1.0 (Q4 2026)": a name of the work, then in brackets when it is due. The name, the bracket's
    /// words and the period they name; nil when the title has no such bracket or is only a period ("(Q3 2026)").
    static func trailingAside(_ title: String, year: Int?) -> (name: String, when: String, period: String)? {
        let cleaned = TitleText.clean(title).trimmingCharacters(in: CharacterSet(charactersIn: ": "))
        guard cleaned.hasSuffix(")"), let open = cleaned.lastIndex(of: "(") else { return nil }
        let name = cleaned[..<open].trimmed
        let when = cleaned[cleaned.index(after: open)..<cleaned.index(before: cleaned.endIndex)].trimmed
        guard !name.isEmpty, name.contains(where: \.isLetter), !when.isEmpty, heading(name, year: year) == nil,
              let period = season(when) ?? heading(when, year: year) else { return nil }
        return (name, when, period)
    }

    /// The period an item's due text names: a season's quarter, or what `PeriodText` reads.
    static func ofDue(_ due: String, year: Int?) -> String? {
        season(due) ?? PeriodText.normalize(due, year: year)
    }

    /// A year, a quarter or half, or a whole month name: PeriodText alone also takes "Marketing" for March.
    static func isStrict(_ text: String) -> Bool {
        PeriodText.firstYear(text) != nil || quarterOrHalf.matches(text) || monthName.matches(text)
    }
}
