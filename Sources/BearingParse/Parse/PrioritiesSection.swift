import BearingModel

/// Finds the strategy's priorities wherever real strategies put them, and the descriptions written apart from them.
enum PrioritiesSection {
    /// Heading words that name a priorities section, strongest first: a "Roadmap strategy" section loses to
    /// "Roadmap focus areas" in the same file.
    private static let names: [[String]] = [
        // "Our missions": the few long-term missions a public body's strategy commits to (one "Mission" is a statement, and
        // stays a section).
        ["pillar", "pillars", "focus area", "focus areas", "bets", "bet", "epics", "epic", "themes", "strategic goals", "strategic objectives",
         "missions", "strategic outcomes",
         // What strategic-planning methods call the few things a plan commits to: "Strategic Issues" (as a plan that
         // follows a SWOT names them), "Strategic Directions", "Strategic Initiatives", "Strategic Areas".
         "strategic issues", "strategic directions", "strategic initiatives", "strategic areas", "strategic imperatives",
         // The same as German, French, Spanish, Portuguese and Italian strategies name them ("## Strategische Säulen",
         // "## Axes stratégiques", "## Ejes estratégicos", "## Handlungsfelder").
         "säulen", "schwerpunkte", "handlungsfelder", "piliers", "axes", "pilares", "ejes", "eixos", "pilastri"],
        // "## Areas with Steering Committee oversight", "## Key areas": the areas a plan commits to.
        // "## Primary Focus", "## Strategic focus", "## Focus": what the team concentrates on (SIG Release's roadmap).
        // "## Long-term ambitions": the few things a project works towards over years (rust-project-goals).
        ["goals", "objectives", "opportunities", "areas", "key areas", "focus", "ambitions",
         "ziele", "objectifs", "objetivos", "metas", "obiettivi", "doelen"],
        ["strategy", "strategic", "vision"],
        // "## Principles and actions" over "### Principle: …" and "#### Action 01: …" (the UK's Government Digital
        // Strategy): the actions a public body's strategy commits to. Last, so a section named in any other way wins.
        ["actions"],
    ]

    /// The priorities section: one named in `priorities_heading:`, else one whose title says "priorit" (or whose
    /// label does), else the best-named section that holds a list or H3 sections.
    static func find(in sections: [Section], config: WorkspaceConfig) -> Int? {
        if let named = sections.firstIndex(where: { config.namesPriorities(heading: $0.title) }) { return named }
        let titled = sections.firstIndex(where: StrategyParser.isPrioritiesSection)
        if let titled, holdsItems(sections[titled]) { return titled }
        var best: (rank: Int, index: Int)?
        for (index, section) in sections.enumerated() where holdsItems(section) && !isArchive(section) {
            guard let rank = rank(section.title), rank < (best?.rank ?? Int.max), !isActionList(section, rank: rank) else { continue }
            best = (rank, index)
        }
        // A "Priority" section in prose ("We will focus on a single priority: **Package managers**") beside an "Epics"
        // section of H3s: the epics are what the work can serve, and the prose stays as context. With no such section,
        // the prose section is still the one the user meant, and its error says how to list priorities there.
        return best?.index ?? titled
    }

    /// "## Next actions" over a to-do list: named only by "actions", with no sections of its own, the steps the team will
    /// take next, not what the strategy commits to (the Government Digital Strategy's actions are headings under its
    /// principles).
    private static func isActionList(_ section: Section, rank: Int) -> Bool {
        rank == names.count - 1 && section.subsections.isEmpty
    }

    /// A section below the H2s (an H3 or deeper) named more like priorities than `chosen`, which was picked by its
    /// name alone: tektoncd's roadmap, used as a strategy, has "## Mission and Vision" (two bullets) and, further down,
    /// "### 2023 Goals" with a "#### Goal: …" per goal. The choice stands; the user is told where the other one is.
    static func betterNamedBelow(_ sections: [Section], than chosen: Int) -> Section? {
        guard let chosenRank = rank(sections[chosen].title) else { return nil }
        func search(_ sections: [Section]) -> Section? {
            for section in sections {
                if let rank = rank(section.title), rank < chosenRank, holdsItems(section), !isArchive(section) { return section }
                if let deeper = search(section.subsections) { return deeper }
            }
            return nil
        }
        return search(sections.flatMap(\.subsections))
    }

    /// With no H2 named like the priorities, the best-named section below an H2 that holds them: "### Season Bets (5)"
    /// under "## 1) Season Framing", "### 3.1 Goals (what HBMP is for)" under "## 3. Product goals & non-goals",
    /// "### 3. Strategic Goals" under a plan's subtitle H2. A reader finds the priorities there, whatever the H2 above them
    /// is called. Only the names that say what a strategy commits to (pillars, bets, goals, objectives, and "priorities"),
    /// not "Strategy" or "Vision", which name the page's prose as often.
    static func bestNamedBelow(_ sections: [Section]) -> Section? {
        var best: (rank: Int, section: Section)?
        func search(_ sections: [Section]) {
            for section in sections {
                let rank = namesPriorities(section.title) ? -1 : rank(section.title)
                if let rank, rank <= 1, rank < (best?.rank ?? Int.max), holdsTitledItems(section), !isArchive(section),
                   !namesSomethingElse(section.title) {
                    best = (rank, section)
                }
                search(section.subsections)
            }
        }
        search(sections.flatMap(\.subsections))
        return best?.section
    }

    /// Priorities written with titles of their own: H4 sections, bold-led list items or paragraphs, or a table. A list of
    /// plain sentences under "### Goals" ("Scoping an Initiative has two goals: 1. Defining the specification…") says
    /// what a step of a process is for, not what a strategy commits to.
    private static func holdsTitledItems(_ section: Section) -> Bool {
        if !section.subsections.isEmpty || boldLedParagraphs(section.blocks).count >= 2 || section.blocks.contains(where: { tableRows($0) != nil }) {
            return true
        }
        guard let items = section.blocks.lazy.compactMap({ block -> [ListItem]? in
            if case .list(_, let items) = block.kind { items } else { nil }
        }).first, items.count >= 2 else { return false }
        return items.allSatisfy { item in
            guard case .paragraph(let content)? = item.blocks.first?.kind else { return false }
            return TitleText.leadingBoldPastDecoration(content) != nil
        }
    }

    /// "### Criteria for Objectives": the name word governed by another ("criteria for", "examples of"), so the section is
    /// about something else than the priorities.
    private static func namesSomethingElse(_ title: String) -> Bool {
        let words = spaced(title.replacingOccurrences(of: #"\([^)]*\)"#, with: " ", options: .regularExpression)).split(separator: " ")
        guard let name = words.firstIndex(where: { word in names.prefix(2).joined().contains { $0 == word || $0.hasPrefix(word + " ") } }) else { return false }
        return words[..<name].contains { ["of", "for", "to", "on", "about", "in", "with", "behind", "around", "setting", "writing"].contains(String($0)) }
    }

    /// "## Strategic Pillars" with nothing under it, then "## 1. Language Core", "## 2. Deterministic Runtime", …: the
    /// numbered H2s after an empty priorities heading are its priorities, written a level up. They become its H3s; the
    /// H2s after the numbered run ("## Execution Principles") stay sections of their own.
    static func gatheringNumberedSiblings(_ sections: [Section]) -> [Section] {
        var result: [Section] = []
        var index = 0
        while index < sections.count {
            var section = sections[index]
            index += 1
            guard section.blocks.isEmpty, section.subsections.isEmpty,
                  namesPriorities(section.title) || rank(section.title) != nil else {
                result.append(section)
                continue
            }
            var taken: [Section] = []
            while index < sections.count, numbered(sections[index].title) == taken.count + 1 {
                var sibling = sections[index]
                sibling.level = section.level + 1
                taken.append(sibling)
                index += 1
            }
            guard taken.count >= 2 else {
                index -= taken.count
                result.append(section)
                continue
            }
            section.subsections = taken
            section.endLine = taken.last?.endLine ?? section.endLine
            result.append(section)
        }
        return result
    }

    /// The number a heading opens with ("1. Language Core", "2) Runtime"), nil when it opens with none.
    private static func numbered(_ title: String) -> Int? {
        let digits = title.prefix { $0.isNumber }
        guard !digits.isEmpty, digits.count <= 2, let number = Int(digits) else { return nil }
        let rest = title.dropFirst(digits.count)
        guard let mark = rest.first, mark == "." || mark == ")", rest.dropFirst().first == " " else { return nil }
        return number
    }

    /// A section named in `priorities_heading:` below an H2 ("### Priority levels" under "## Proposed activities"):
    /// users name the heading they see, whatever its level.
    static func namedBelow(_ sections: [Section], config: WorkspaceConfig) -> Section? {
        guard !config.prioritiesHeadings.isEmpty else { return nil }
        for section in sections {
            if let found = section.subsections.first(where: { config.namesPriorities(heading: $0.title) }) { return found }
            if let deeper = namedBelow(section.subsections, config: config) { return deeper }
        }
        return nil
    }

    /// "Our priorities", "Key priority areas", and the word in the languages plans are written in: "Prioritäten",
    /// "Strategische Prioritäten", "Priorités", "Axes prioritaires", "Prioridades", "Priorytety", "Prioriteiten". Not
    /// "Work prioritized for future roadmaps" nor "Prioritization process": how work is ranked, or what was set aside.
    /// "Priorites" without its accent stays the English misspelling `PrioritiesHeadingTypo` reads with a warning.
    static func namesPriorities(_ title: String) -> Bool {
        let lower = title.lowercased()
        if lower.contains("priority") || lower.contains("priorities") { return true }
        // "Приоритеты", "Пріоритети", "우선순위" (also "우선 순위"), "优先事项", "優先事項": the same word in Russian, Ukrainian, Korean,
        // Chinese and Japanese plans. "Приоритизация" is how work is ranked, as "Prioritization" is.
        if lower.contains("우선순위") || lower.contains("우선 순위") || lower.contains("优先") || lower.contains("優先") { return true }
        if lower.split(whereSeparator: { !$0.isLetter }).contains(where: { word in
            (word.hasPrefix("приорит") && !word.hasPrefix("приоритиз")) || (word.hasPrefix("пріорит") && !word.hasPrefix("пріоритиз"))
        }) { return true }
        guard lower.contains("prior") else { return false }
        return lower.split(whereSeparator: { !$0.isLetter }).contains { word in
            ["priorit", "priorid", "prioryt"].contains { word.hasPrefix($0) }
                && !word.hasPrefix("prioritiz") && !word.hasPrefix("prioritis") && word != "priorites"
        }
    }

    /// The title's words, lowercased, between spaces: " project non goals ".
    static func spaced(_ title: String) -> String {
        " " + TitleText.clean(title.lowercased()).split(whereSeparator: { !$0.isLetter }).joined(separator: " ") + " "
    }

    /// "Mission", "Our mission", "Mission and values": a page that states what the organization commits to.
    private static func namesMission(_ title: String) -> Bool {
        let words = spaced(title).split(separator: " ")
        return words.contains("mission") && words.count <= 4
    }

    /// "Current Goals & OKRs", "Q1 OKRs", "Objectives and Key Results": a section of a period's objectives, which serve
    /// the priorities rather than being them.
    static func namesOKRs(_ title: String) -> Bool {
        let lower = spaced(title)
        return [" okr ", " okrs ", " key results ", " krs "].contains { lower.contains($0) }
    }

    /// "## Current Goals & OKRs", "## Q1 2026 OKRs", or OKRs over "### Current Period: Q1 2026": the objectives of a
    /// quarter or of the period under way, which belong in that period's objectives file. A year's OKRs in a strategy
    /// ("## 2026 Goals & OKRs" over its objectives and their key results) are what it commits to for the year: its
    /// priorities, as annual OKRs brought as the strategy are.
    static func namesPeriodOKRs(_ section: Section) -> Bool {
        guard namesOKRs(section.title) else { return false }
        return ([section.title] + section.subsections.map(\.title)).contains { title in
            let words = title.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            return Quarter.find(in: title) != nil || words.contains { ["current", "q1", "q2", "q3", "q4", "h1", "h2"].contains($0) }
                || title.lowercased().contains("this quarter")
        }
    }

    static func rank(_ title: String) -> Int? {
        let lower = spaced(title)
        guard !isSWOT(lower), !isTimeline(lower), !isExclusion(lower) else { return nil }
        return names.firstIndex { words in words.contains { lower.contains(" \($0) ") } }
    }

    /// "## Project Non-goals", "## Anti-goals", "## Out of scope": what the strategy says it will not do, the opposite
    /// of what work can serve; named with "goals", they were taken for the priorities.
    static func isExclusion(_ spaced: String) -> Bool {
        [" non goal", " anti goal", " not goals ", " not our goals ", " out of scope ", " not in scope ", " won t do ", " will not do ",
         " not doing "].contains { spaced.contains($0) }
    }

    /// "## Timeline for implementing our goals" over "#### Immediate concerns (now-six months)": when the goals are
    /// to be met, a schedule of the work, not the goals themselves.
    private static func isTimeline(_ spaced: String) -> Bool {
        ["timeline", "timelines", "schedule", "calendar"].contains { spaced.contains(" \($0) ") }
    }

    /// "## Strengths, Weaknesses, Opportunities, and Threats" (or "## SWOT analysis") weighs where the organization
    /// stands; its "Opportunity: Online delivery" H3s are findings the plan draws on, not what it commits to.
    private static func isSWOT(_ spaced: String) -> Bool {
        if spaced.contains(" swot ") { return true }
        let parts = [["strength", "strengths"], ["weakness", "weaknesses"], ["opportunity", "opportunities"], ["threat", "threats"]]
        return parts.filter { forms in forms.contains { spaced.contains(" \($0) ") } }.count >= 2
    }

    /// "## The Annual Strategic Plans" over "- [2019](…)", "- [2018](…)": links to each period's plan, named by its period,
    /// are the plans' archive, not priorities called "2019" and "2018"; a section only named like a strategy ("strategic")
    /// is then passed over for one that lists what the strategy is made of. No H3s, and every item is such a link.
    static func isArchive(_ section: Section) -> Bool {
        guard section.subsections.isEmpty else { return false }
        let items = section.blocks.flatMap { block -> [ListItem] in if case .list(_, let items) = block.kind { items } else { [] } }
        return !items.isEmpty && items.allSatisfy { item in
            guard ListObjectives.isNavigation(item), case .paragraph(let content)? = item.blocks.first?.kind else { return false }
            let text = content.plainText
            return !PeriodText.years(in: text).isEmpty || Quarter.find(in: text) != nil
        }
    }

    /// The best-named section ("## Strategy", "## Goals") when none holds a list or H3s: where the priorities were meant to be.
    static func namedProse(_ sections: [Section]) -> Section? {
        sections.compactMap { section in
            rank(section.title).flatMap { isActionList(section, rank: $0) ? nil : (rank: $0, section: section) }
        }
            .min { $0.rank < $1.rank }?.section
    }

    /// The index of the list that holds the priorities among a section's blocks: the one list with points under its
    /// items when exactly one has them, else the first. (A bold-led list is no sign: 2i2c's "KPI goals and principles"
    /// lists its goals plainly, then its principles bold-led, and the goals come first.)
    /// PostHog's vision section sums its ARR goal ("1) 1,000 companies … paying $25K each"), lists how it helps teams,
    /// then lists what it must build ("1. Become the tool that product teams can't live without" with its points): the
    /// third is what a reader takes for the priorities.
    static func prioritiesList(_ blocks: [Block]) -> Int? {
        let lists = blocks.indices.filter { if case .list = blocks[$0].kind { true } else { false } }
        guard lists.count > 1 else { return lists.first }
        let structured = lists.filter { index in
            guard case .list(_, let items) = blocks[index].kind else { return false }
            return items.contains { item in item.blocks.contains { if case .list = $0.kind { true } else { false } } }
        }
        return structured.count == 1 ? structured[0] : lists.first
    }

    static func holdsItems(_ section: Section) -> Bool {
        !section.subsections.isEmpty || section.blocks.contains { if case .list = $0.kind { true } else { false } }
            || boldLedParagraphs(section.blocks).count >= 2 || section.blocks.contains { tableRows($0) != nil }
    }

    /// The rows of a table of priorities (`| Pillar | What it means | Owner |`): its first column names them, one per row.
    static func tableRows(_ block: Block) -> (header: [TableCell], rows: [[TableCell]])? {
        guard case .table(let header, let rows, _) = block.kind, header.count >= 1 else { return nil }
        let filled = rows.filter { !PlanTable.isSeparator($0) && !($0.first?.text.isEmpty ?? true) }
        return filled.isEmpty ? nil : (header, filled)
    }

    /// Words a bold lead-in uses to set a remark apart ("**Note:** these are drafts"), never a priority's name.
    private static let asideLeads: Set<String> = [
        "note", "notes", "nb", "n.b", "tl;dr", "tldr", "update", "updated", "status", "context", "summary", "important",
        "warning", "caveat", "disclaimer", "draft", "why", "how", "example", "examples", "see also",
    ]

    /// Nouns that end the label of a remark about the page ("**Sorting Function Explanation**", "**February Roadmap
    /// Update**", "**Decision background**"): IPFS's "2019 Priority" section explains its single priority under such
    /// labels, and read as priorities they hid the "2019 Epics" the work serves. A priority names what to achieve.
    private static let asideEnds: Set<String> = [
        "explanation", "explanations", "explained", "rationale", "background", "changelog", "faq", "faqs", "disclaimer",
        "caveats", "glossary", "definitions",
    ]
    /// What dates an "… Update" label as news about the plan ("February Roadmap Update", "Q2 status update"), where
    /// "Seamless updates" could be a priority of its own.
    private static let updateDates: Set<String> = [
        "roadmap", "status", "progress", "plan", "strategy", "quarterly", "monthly", "weekly", "annual", "mid-year", "q1", "q2", "q3",
        "q4", "h1", "h2", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december",
    ]

    /// A short label (at most four words) whose last word is one of `asideEnds`, or an update dated by `updateDates` or a year.
    private static func isAsideLabel(_ key: String, words: Int) -> Bool {
        let parts = key.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "-" }).map(String.init)
        guard words <= 4, let last = parts.last else { return false }
        if asideEnds.contains(last) { return true }
        guard last == "update" || last == "updates" else { return false }
        return parts.dropLast().contains { updateDates.contains($0) || ($0.count == 4 && Int($0) != nil) }
    }

    /// A bold-led paragraph read as a priority: its block's index, bold title, the text after it, and its `{#id}`.
    typealias BoldLead = (index: Int, title: String, rest: String, label: String?)

    /// The paragraphs that open with a short bold title ("**1. Win small teams** — self-serve onboarding…"), the shape
    /// a strategy exported from a document editor gives its pillars when it has no list or headings for them.
    /// A trailing `{#id}` ("**Growth: retention** {#growth.retention}") is the priority's id, as on a heading or list item.
    static func boldLedParagraphs(_ blocks: [Block]) -> [BoldLead] {
        blocks.indices.compactMap { index -> BoldLead? in
            guard case .paragraph(let written) = blocks[index].kind else { return nil }
            let (content, label) = TreeConverter.splitTrailingLabel(written)
            guard let lead = TitleText.leadingBold(content), !StrategyParser.isSuccessSignal(content) else { return nil }
            var key = lead.title.lowercased()
            while let last = key.last, last == ":" || last == "." { key.removeLast() }
            let words = lead.title.split(whereSeparator: \.isWhitespace).count
            // "**How do we help others build successful products?**" leads into what answers it; a priority states.
            guard words <= 12, !asideLeads.contains(key), !key.hasSuffix("?"), !isAsideLabel(key, words: words) else { return nil }
            return (index, lead.title, lead.rest, label)
        }
    }

    /// Priorities above every H2: H3 sections directly under the title ("### G1 -- …"), or, on a page titled
    /// as a strategy ("Technical Vision"), its H2 sections themselves.
    static func leading(_ intro: [Block], title: String?, sections: [Section], document: MarkdownDocument) -> Section? {
        let endLine = sections.first.map { $0.line - 1 } ?? document.lines.count
        var (ownIntro, h3s) = Section.split(intro, level: 3, endLine: endLine)
        // "#### Objective 1: …" right under the title, with no H2 or H3 anywhere above: the same, a level deeper.
        if h3s.isEmpty, let deeper = intro.compactMap({ block -> Int? in
            if case .heading(let level, _, _) = block.kind, level > 3 { level } else { nil }
        }).min() {
            (ownIntro, h3s) = Section.split(intro, level: deeper, endLine: endLine)
        }
        let line = intro.first?.line ?? 1
        if !h3s.isEmpty {
            return Section(title: title ?? "Priorities", level: 2, label: nil, line: line, column: 1, endLine: endLine,
                           blocks: ownIntro, subsections: h3s)
        }
        // Only when every H2 reads as a statement: a "Goal" or "Challenge" section means an ordinary strategy page. What the
        // page rules out ("## Project Non-goals") is no statement of it, and stays beside them (`StrategyParser.asides`).
        // Nor is a heading that frames the page ("## TL;DR" over "### Mission", "### Long Term Vision"): with only such
        // headings the page states no priorities, and is told so like any other strategy without them.
        let statements = sections.filter { !isExclusion(spaced($0.title)) && !FramingHeading.matches($0.title) }
        guard let title, !statements.isEmpty, statements.allSatisfy({ StrategyParser.kind(of: $0.title) == .other }) else { return nil }
        let vision = rank(title) != nil && statements.contains { !$0.subsections.isEmpty }
        // A mission page ("Mission", Universal Blue's) whose every section is a commitment with its list or H3s.
        let mission = namesMission(title) && statements.count >= 2
            && statements.allSatisfy { !$0.subsections.isEmpty || $0.blocks.contains { if case .list = $0.kind { true } else { false } } }
        guard vision || mission else { return nil }
        return Section(title: title, level: 1, label: nil, line: line, column: 1, endLine: document.lines.count,
                       blocks: [], subsections: sections)
    }

    /// With no priorities section, a list above every H2 that its lead-in sentence calls the priorities ("…is
    /// prioritizing three goals to promote open materials science:", "This is an ordered list of priorities when doing
    /// work for clients."), or the first list of a page titled as priorities. The rest of the text stays as context.
    static func introducedList(_ intro: [Block], title: String?) -> Block? {
        func isList(_ block: Block) -> Bool { if case .list = block.kind { true } else { false } }
        for (index, block) in intro.enumerated() where index > 0 && isList(block) {
            if case .paragraph(let inlines) = intro[index - 1].kind, inlines.plainText.lowercased().contains("priorit") { return block }
        }
        guard let title, title.lowercased().contains("priorit") else { return nil }
        return intro.first(where: isList)
    }

    /// Later sections (H2, H3 or H4) titled like a priority hold its description: their text joins the
    /// priority's body, and becomes its summary when it has none. Returns the lines of the H2 sections used
    /// up this way, which are then not shown again as context.
    static func attachDescriptions(to priorities: inout [Priority], from sections: [Section], after index: Int,
                                   document: MarkdownDocument) -> Set<Int> {
        var used = Set<Int>()
        let later = sections.dropFirst(index + 1).flatMap { [$0] + $0.subsections + $0.subsections.flatMap(\.subsections) }
        for position in priorities.indices where priorities[position].parent == nil {
            let words = Self.words(priorities[position].title)
            guard !words.isEmpty, let match = later.first(where: { similar(words, Self.words($0.title)) }) else { continue }
            // "1. Growth: retention" listed, then "## Growth: retention {#growth.retention}" describing it: the id the
            // user wrote on the description is the one they reference, unless the priority was given one where listed.
            if let label = match.label, !priorities[position].explicitID { rename(&priorities, at: position, to: label) }
            let text = document.source(from: match.bodyLine, through: match.endLine)
            guard !text.isEmpty else { continue }
            priorities[position].body += (priorities[position].body.isEmpty ? "" : "\n\n") + text
            priorities[position].blocks += document.blocks(from: match.bodyLine, through: match.endLine)
            // Read as the H3 shape reads a priority: a `>` quote (else a first paragraph) is the summary, and a
            // "We will know this is working when" paragraph the success signal.
            if priorities[position].summary == nil {
                switch match.blocks.first?.kind {
                case .quote(let inner)?: priorities[position].summary = inner.map(\.plainText).joined(separator: " ").trimmed
                case .paragraph(let content)?: priorities[position].summary = content.plainText.trimmed
                default: break
                }
            }
            if priorities[position].successSignal == nil {
                for block in match.blocks {
                    if case .paragraph(let content) = block.kind, StrategyParser.isSuccessSignal(content) {
                        priorities[position].successSignal = content.plainText.trimmed
                        break
                    }
                }
            }
            if match.level == 2 { used.insert(match.line) }
        }
        return used
    }

    /// Gives the priority at `position` the id its user wrote, and its sub-priorities the new parent.
    private static func rename(_ priorities: inout [Priority], at position: Int, to id: String) {
        let old = priorities[position].id
        priorities[position].id = id
        priorities[position].explicitID = true
        for index in priorities.indices where priorities[index].parent == old { priorities[index].parent = id }
    }

    private static let stopWords: Set<String> = ["the", "a", "an", "and", "of", "to", "for", "in", "on", "our", "with", "make", "add", "provide"]

    static func words(_ title: String) -> Set<String> {
        Set(TitleLabel.parse(title).title.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init))
            .subtracting(stopWords)
    }

    /// Same words, or nearly: at least two thirds shared.
    static func similar(_ a: Set<String>, _ b: Set<String>) -> Bool {
        guard !a.isEmpty, !b.isEmpty else { return false }
        let shared = a.intersection(b).count
        return Double(shared) / Double(a.union(b).count) >= 0.66
    }
}
