import BearingModel
import Foundation

/// Reads the strategy: the priorities section in either shape of the contract, and every
/// other H2 as a context section.
///
/// - List shape: each top-level item is a priority titled by its leading bold text (else its first
///   sentence); nested items are sub-priorities titled by a bold lead-in before a colon, else a short
///   lead-in before a colon, else their first sentence.
/// - H3 shape: each H3 is a priority; a `>` quote is its summary; its bullets are sub-priorities;
///   a paragraph starting "**We will know this is working when**" is its success signal.
package struct StrategyParser: Sendable {
    package var config: WorkspaceConfig

    package init(config: WorkspaceConfig = WorkspaceConfig()) { self.config = config }

    package struct Result: Sendable {
        package var strategy: Strategy
        /// `weights:` from front matter, resolved against the priorities later.
        package var weights: [WeightEntry]
        package var diagnostics: [Diagnostic]
    }

    package func parse(_ written: MarkdownDocument) -> Result {
        let sectioned = written.sectionedByTopHeadings().withHandNumberedLists()
        // The page's title as written: the H1 that names it stays its title when read as the priorities section.
        let title = sectioned.title
        let document = PrioritiesHeadingOne.lowered(sectioned, config: config) ?? sectioned
        var diagnostics = DiagnosticBag(path: document.path)
        diagnostics.append(document.diagnostics)
        let closing = Self.closingSections(document.blocks)
        let kept = closing.first.map { first in document.blocks.filter { $0.line < first.line } } ?? document.blocks
        let (intro, split) = Section.split(kept, level: 2, endLine: closing.first.map { $0.line - 1 } ?? document.lines.count,
                                              skippedLevels: true)
        var sections = PrioritiesSection.gatheringNumberedSiblings(split)
        var prioritiesIndex = PrioritiesSection.find(in: sections, config: config)
        // Whether the priorities section is an H2 of the document, in its place among the others.
        var writtenInPlace = prioritiesIndex != nil
        if !sections.indices.contains(where: { config.namesPriorities(heading: sections[$0].title) }),
           let nested = PrioritiesSection.namedBelow(sections, config: config) {
            // The named section is also shown inside its parent's context; the priorities come from it alone.
            sections.insert(nested, at: 0)
            prioritiesIndex = 0
            writtenInPlace = false
        }
        if let chosen = prioritiesIndex, config.prioritiesHeadings.isEmpty, !Self.isPrioritiesSection(sections[chosen]),
           PrioritiesSection.namesPeriodOKRs(sections[chosen]), let other = PrioritiesSection.betterNamedBelow(sections, than: chosen),
           PrioritiesSection.rank(other.title) == 0 {
            // "## Current Goals & OKRs" beside "## Strategic Framework" › "### Strategic Pillars" (a goals-and-strategy
            // template): the OKRs are the period's objectives, and the pillars what they serve.
            diagnostics.note(.unreadObjectives, "\"\(sections[chosen].title)\" holds objectives and key results, which the strategy does not track; the priorities are read from \"\(other.title)\" (line \(other.line))",
                             line: sections[chosen].line, fix: "to track them, move them to an objectives file (`objectives/2026-Q1.md`, one per period)")
            sections.insert(other, at: 0)
            prioritiesIndex = 0
            writtenInPlace = false
        } else if let chosen = prioritiesIndex, config.prioritiesHeadings.isEmpty, !Self.isPrioritiesSection(sections[chosen]),
           let other = PrioritiesSection.betterNamedBelow(sections, than: chosen) {
            diagnostics.note(.noPriorities, "the priorities are read from \"\(sections[chosen].title)\"; \"\(other.title)\" (line \(other.line)) is also named like a priorities section",
                             line: sections[chosen].line, fix: "to read the priorities from \"\(other.title)\" instead, add `priorities_heading: \(Self.yamlValue(other.title))` to bearing.yml")
        }
        if prioritiesIndex == nil, let typo = PrioritiesHeadingTypo.find(in: sections) {
            prioritiesIndex = typo.index
            writtenInPlace = true
            diagnostics.warning(.noPriorities, "\"\(typo.written)\" looks like \"\(typo.meant)\", so the section \"\(sections[typo.index].title)\" is read as the priorities",
                                line: sections[typo.index].line, fix: "did you mean \"\(typo.meant)\"? correct the heading")
        }
        var introIsPriorities = false
        let lead = prioritiesIndex == nil ? PrioritiesSection.leading(intro, title: title, sections: sections, document: document) : nil
        // "### Season Bets (5)" under "## 1) Season Framing": the priorities a reader finds below an H2, unless H3s right
        // under the title are (they come first in the page), or a page titled as a strategy states them as its H2s. One H2
        // under such a title ("## Nutrition Relief & Development Centre (NRDC)" under "# Strategic Plan 2025-2030") is its
        // subtitle, and the goals named below it are the priorities. The section is also shown inside its parent's context.
        if prioritiesIndex == nil, config.prioritiesHeadings.isEmpty, lead.map({ $0.level == 1 && $0.subsections.count < 2 }) ?? true,
           let nested = PrioritiesSection.bestNamedBelow(sections) {
            sections.insert(nested, at: 0)
            prioritiesIndex = 0
        }
        if prioritiesIndex == nil, let lead {
            // "### G1 -- …" under the title with no H2 above them, or a "Technical vision" page whose H2s are the statements.
            // A title-level section holds every H2: they are all priorities, and there is no other context.
            if lead.level == 1 { sections = [lead] } else { sections.insert(lead, at: 0) }
            prioritiesIndex = 0
            // Only the H3s under the title are the introduction's own text; above H2 statements it stays the introduction.
            introIsPriorities = lead.level == 2
        }
        var introducedList: Block?
        if prioritiesIndex == nil, let list = PrioritiesSection.introducedList(intro, title: title) {
            // The list is shown as the priorities; the text around it stays in the introduction.
            sections.insert(Section(title: "Priorities", level: 2, label: nil, line: list.line, column: list.column,
                                    endLine: list.endLine, blocks: [list], subsections: []), at: 0)
            prioritiesIndex = 0
            introducedList = list
        }
        var strategy = Strategy(path: document.path, title: title ?? "Strategy")
        // When the priorities came from the text before the first H2, that text is shown as the priorities instead.
        strategy.introBlocks = introIsPriorities ? [] : intro.filter { block in
            if case .heading(1, _, _) = block.kind { return false }
            return block.line != introducedList?.line
        }
        if let prioritiesIndex {
            let section = sections[prioritiesIndex]
            // The user's own heading ("Our priorities", "Pillars for 2027") titles them on the strategy page.
            // Not the page's own title again (an H1 "# Our priorities" read as the section): that is the page's heading.
            let written = TitleText.clean(section.title).trimmed
            if writtenInPlace, !written.isEmpty, written != strategy.title { strategy.prioritiesTitle = written }
            strategy.priorities = priorities(in: section, document: document)
            PriorityLetters.apply(&strategy.priorities)
            strategy.priorityWords = PriorityWords.of(section)
            let headings = Self.readsHeadings(section)
            // In the H3 shape the section's own text introduces the priorities.
            if headings, section.level == 2 { strategy.prioritiesIntroBlocks = section.blocks }
            if !headings {
                if let first = Self.boldLeads(section)?.first {
                    // In the paragraph shape, the text before the first bold-led paragraph introduces them.
                    strategy.prioritiesIntroBlocks = Array(section.blocks[..<first.index])
                } else if section.level == 2, let held = Self.heldBlock(section) {
                    // In the list and table shapes, the text around the list or table is shown around the priorities
                    // (a title-level section's text is the strategy's introduction already).
                    strategy.prioritiesIntroBlocks = Array(section.blocks[..<held])
                    strategy.prioritiesAfterBlocks = Array(section.blocks[(held + 1)...])
                }
            }
            if strategy.priorities.isEmpty {
                diagnostics.error(.noPriorities, "the priorities section \"\(section.title)\" is prose only, so it names no priorities",
                                  line: section.line,
                                  fix: "list each priority as `1. **Title.** …` or give each its own `### Title` section under it")
            }
        } else if let prose = PrioritiesSection.namedProse(sections) {
            // "## Strategy" written as a paragraph (linking to a blog post): the section the user meant, said at its line.
            // When another section holds the bold-titled list ("## Vision" in prose, then "## Building blocks" over
            // `1. **tbDEX protocol.** …`), the fix names that one: its list is what a reader takes for the priorities.
            let listed = Self.sectionHoldingPriorityList(sections).flatMap { $0.line == prose.line ? nil : $0 }
            diagnostics.error(.noPriorities, "no priorities: \"\(prose.title)\" is named like a priorities section but is prose only"
                                + (listed.map { "; \"\($0.title)\" (line \($0.line)) holds a list of titled items" } ?? ""),
                              line: prose.line,
                              fix: listed.map { "if \"\($0.title)\" holds the priorities, name it in bearing.yml as `priorities_heading: \(Self.yamlValue($0.title))`" }
                                ?? "list each priority under it as `1. **Title.** …` or give each its own `### Title` section, or name your priorities heading in bearing.yml as `priorities_heading: …`")
        } else {
            let named = Self.sectionHoldingPriorityList(sections)
            diagnostics.error(.noPriorities, "no priorities section: expected an H2 such as \"Our priorities\", \"Strategy\", \"Pillars\", \"Missions\", \"Focus areas\" or \"Goals\" holding a list or H3 sections",
                              line: named?.line ?? 1,
                              fix: named.map { "if \"\($0.title)\" holds the priorities, name it in bearing.yml as `priorities_heading: \(Self.yamlValue($0.title))`" }
                                ?? "add `## Our priorities` with one list item or H3 section per priority, or name your heading in bearing.yml as `priorities_heading: …`")
        }
        StrategyGoals.warn(sections, priorities: prioritiesIndex, config: config, diagnostics: &diagnostics)
        var attached = Set<Int>()
        if let prioritiesIndex {
            attached = PrioritiesSection.attachDescriptions(to: &strategy.priorities, from: sections, after: prioritiesIndex, document: document)
        }
        for (index, section) in sections.enumerated() where !attached.contains(section.line) {
            if index == prioritiesIndex {
                if writtenInPlace { strategy.prioritiesPosition = strategy.sections.count }
                // Headings among the priorities' that speak about the page are its sections; over a list, all of them.
                let asides = Self.readsHeadings(section) ? Self.asides(among: section.subsections) : Set(section.subsections.map(\.line))
                for aside in section.subsections where asides.contains(aside.line) { strategy.sections.append(contextSection(aside, document: document)) }
                continue
            }
            strategy.sections.append(contextSection(section, document: document))
        }
        for (index, heading) in closing.enumerated() {
            guard case .heading(_, let content, let label) = heading.kind else { continue }
            let end = index + 1 < closing.count ? closing[index + 1].line - 1 : document.lines.count
            strategy.sections.append(ContextSection(
                id: label ?? Slug.make(content.plainText.trimmed), title: TitleText.clean(content.plainText.trimmed),
                kind: Self.kind(of: content.plainText), body: document.source(from: heading.endLine + 1, through: end),
                location: SourceLocation(path: document.path, line: heading.line, column: heading.column),
                blocks: document.blocks(from: heading.endLine + 1, through: end)))
        }
        let weights = readWeights(document, diagnostics: &diagnostics)
        return Result(strategy: strategy, weights: weights, diagnostics: diagnostics.items)
    }

    private func contextSection(_ section: Section, document: MarkdownDocument) -> ContextSection {
        ContextSection(id: section.label ?? Slug.make(section.title), title: TitleText.clean(section.title),
                       kind: Self.kind(of: section.title), body: document.source(from: section.bodyLine, through: section.endLine),
                       location: SourceLocation(path: document.path, line: section.line, column: section.column),
                       blocks: document.blocks(from: section.bodyLine, through: section.endLine))
    }

    /// The H1s at the end of a strategy that hold text of their own and no H2 ("# Notes" with footnotes after "# WHAT"
    /// › "## STRATEGY"): sections of the strategy. Read into the sections above them, they became the last
    /// priority's text. Each runs to the next of them; an H1 with H2s under it ("# HOW" › "## APPROACH") is not one.
    static func closingSections(_ blocks: [Block]) -> [Block] {
        guard let firstSection = blocks.firstIndex(where: { if case .heading(2, _, _) = $0.kind { true } else { false } }) else { return [] }
        var closing: [Block] = []
        var index = blocks.count - 1
        var sawSection = false
        // From the end: each H1 after the first H2 closes the strategy while no H2 lies below it.
        while index > firstSection {
            switch blocks[index].kind {
            case .heading(2, _, _): sawSection = true
            case .heading(1, _, _) where !sawSection:
                if index + 1 < blocks.count, !Self.isHeading(blocks[index + 1]) { closing.insert(blocks[index], at: 0) }
            default: break
            }
            if sawSection { break }
            index -= 1
        }
        return closing
    }

    private static func isHeading(_ block: Block) -> Bool {
        if case .heading = block.kind { true } else { false }
    }

    /// The lines of the headings among the priorities' headings that speak about the page rather than name a priority,
    /// shown as sections of the strategy: a question it answers ("### Who are Tidelift?" after "### Discovery",
    /// "### Maintainability"), and the one statement of its goal, mission, vision or purpose written as a labelled
    /// heading above the objectives ("#### **Goal:** We support community science…" over "#### Objective 1: …",
    /// "#### Objective 2: …") — unless its siblings carry the same label ("### Goal: …" each), when it is one of them;
    /// what the page rules out ("## Project Non-goals" among a mission page's commitments); and a heading that frames the
    /// page ("### Context", "### Mission", "### Target Audience" among "## Priorities"' H3s, `FramingHeading`).
    static func asides(among sections: [Section]) -> Set<Int> {
        let labels = sections.map { section -> String? in
            let lower = TitleText.clean(section.title).trimmed.lowercased()
            guard let colon = lower.firstIndex(of: ":") else { return nil }
            let word = String(lower[..<colon]).trimmed
            return statementLabels.contains(word) ? word : nil
        }
        var lines = Set<Int>()
        for (index, section) in sections.enumerated() {
            if TitleText.clean(section.title).trimmed.hasSuffix("?") || PrioritiesSection.isExclusion(PrioritiesSection.spaced(section.title))
                || FramingHeading.matches(section.title) {
                lines.insert(section.line)
            }
            if let label = labels[index], sections.count >= 3, labels.filter({ $0 == label }).count == 1 { lines.insert(section.line) }
        }
        // Every heading an aside would leave no priorities: they are then the priorities after all.
        return lines.count == sections.count ? [] : lines
    }

    /// Whether the section's H3s are its priorities (the H3 shape). Not when every H3 asks a question or frames the page
    /// and the section's own text holds the list of priorities: PostHog's "## Long-term vision" lists "1. Become the
    /// tool that product teams can't live without" … "4. Apps" under "**what do we need to build to get there?**",
    /// then asks "### What should we be working on today?" and "### How should we prioritize between competing
    /// directions?" — sections of the page, not its two priorities.
    static func readsHeadings(_ section: Section) -> Bool {
        guard !section.subsections.isEmpty else { return false }
        if titledListOverHeadings(section) { return false }
        guard asides(among: section.subsections).isEmpty else { return true }
        let questions = section.subsections.allSatisfy { sub in
            TitleText.clean(sub.title).trimmed.hasSuffix("?") || FramingHeading.matches(sub.title)
        }
        guard questions, boldLeads(section) == nil, let held = PrioritiesSection.prioritiesList(section.blocks),
              case .list(_, let items) = section.blocks[held].kind, items.count >= 2 else { return true }
        return false
    }

    /// Whether the section's own list, written before its H3s, is what it commits to: "## What we will focus on" with
    /// "1. **Keep the fleet rideable.** … {#fleet-health}" and two more, then one "### Success looks like". Every item
    /// has a title of its own (a bold lead or a `{#id}`), there are more of them than H3s, and no H3 is titled as one
    /// of them (H3s that restate the list's titles describe its priorities, and are read as they always were) nor
    /// named as a priority ("### Priority 1: Grow the community" after a bold list of principles). The list must also
    /// say it is the priorities: every item gives its `{#id}` (what `Priorities:` lines name), or a single H3 follows it
    /// (a strategy of one priority under a list of several titled ones is not what a reader sees). Read as the H3
    /// shape, the one heading became the only priority, and every `Priorities: fleet-health` an unknown one.
    static func titledListOverHeadings(_ section: Section) -> Bool {
        guard let held = PrioritiesSection.prioritiesList(section.blocks), case .list(_, let items) = section.blocks[held].kind,
              items.count >= 2, items.count > section.subsections.count,
              section.subsections.count == 1 || items.allSatisfy({ $0.label != nil }),
              let first = section.subsections.first, section.blocks[held].line < first.line else { return false }
        var titles: [Set<String>] = []
        for item in items {
            guard case .paragraph(let content)? = item.blocks.first?.kind else { return false }
            if let bold = TitleText.leadingBoldPastDecoration(content) {
                titles.append(PrioritiesSection.words(bold.title))
            } else if item.label != nil {
                titles.append(PrioritiesSection.words(TitleText.firstSentence(content.plainText.trimmed).sentence))
            } else {
                return false
            }
        }
        return !section.subsections.contains { sub in
            if PrioritiesSection.namesPriorities(sub.title) || PrioritiesSection.rank(sub.title) != nil { return true }
            let words = PrioritiesSection.words(sub.title)
            return titles.contains { PrioritiesSection.similar($0, words) || (!$0.isEmpty && $0.isSubset(of: words)) || (!words.isEmpty && words.isSubset(of: $0)) }
        }
    }

    /// The index of the list or table the priorities are read from, in the list and table shapes.
    static func heldBlock(_ section: Section) -> Int? {
        PrioritiesSection.prioritiesList(section.blocks)
            ?? section.blocks.firstIndex { PrioritiesSection.tableRows($0) != nil }
    }

    private static let statementLabels: Set<String> = ["goal", "our goal", "mission", "our mission", "vision", "our vision", "purpose", "our purpose"]

    /// "Our priorities", "Strategic priority areas", "Prioritäten" or a `(strategic-priorities)=` label — but not
    /// "Work prioritized for future roadmaps", which lists what was set aside (`PrioritiesSection.namesPriorities`).
    static func isPrioritiesSection(_ section: Section) -> Bool {
        PrioritiesSection.namesPriorities(section.title) || (section.label?.lowercased().contains("priorit") ?? false)
    }

    private func priorities(in section: Section, document: MarkdownDocument) -> [Priority] {
        if Self.readsHeadings(section) {
            let asides = Self.asides(among: section.subsections)
            return section.subsections.filter { !asides.contains($0.line) }.enumerated().flatMap { index, sub in
                headingPriority(sub, number: index + 1, document: document)
            }
        }
        if let leads = Self.boldLeads(section) { return boldLedPriorities(section, leads: leads, document: document) }
        if let held = PrioritiesSection.prioritiesList(section.blocks), case .list(_, let items) = section.blocks[held].kind {
            return items.enumerated().flatMap { index, item in listPriority(item, number: index + 1, document: document) }
        }
        if let table = section.blocks.lazy.compactMap(PrioritiesSection.tableRows).first { return tablePriorities(table, document: document) }
        return []
    }

    /// Table shape: each row a priority, titled by its first cell (after a `#` column that only numbers the rows) — its
    /// first sentence when the cell says more, the rest then its summary; the next cell is its summary, and every other
    /// cell joins its text under its header ("Owner: Dana"). A measure column (`| Key Priority | Performance Indicator |`,
    /// `| Objective | Measurement(s) / Success Criteria |`) is how the priority's success is told: its success signal.
    private func tablePriorities(_ table: (header: [TableCell], rows: [[TableCell]]), document: MarkdownDocument) -> [Priority] {
        let column = table.header.count > 1 && PlanTable.ordinalHeaders.contains(PlanTable.headerKey(table.header[0])) ? 1 : 0
        let measure = table.header.indices.dropFirst(column + 1).first { Self.namesMeasure(table.header[$0].text) }
        return table.rows.enumerated().compactMap { index, row in
            guard column < row.count, !row[column].text.isEmpty else { return nil }
            let cell = row[column]
            // "[[Community growth]]": a wikilink in the title cell names the priority, as it does leading a list item.
            let written = TitleText.clean(MetadataValues.wikiTarget(cell.text.trimmed))
            // "World-wide acknowledgement of the OSI as the steward of the OSD. (Board workshop, 2014.)": the sentence names it.
            let (sentence, rest) = TitleText.firstSentence(written)
            let title = TitleLabel.parse(sentence.isEmpty ? written : sentence).title
            let more = rest.trimmed
            let describing = row.indices.dropFirst(column + 1).first { $0 != measure && !row[$0].text.isEmpty }
            let summary = describing.map { row[$0].text } ?? (more.isEmpty ? nil : more)
            let signal = measure.flatMap { $0 < row.count && !row[$0].text.isEmpty ? row[$0].text : nil }
            let others = row.indices.dropFirst(column + 1).filter { $0 != describing && $0 < table.header.count && !row[$0].text.isEmpty }
                .map { "\(table.header[$0].text): \(row[$0].text)" }
            let text = ([more] + [describing.map { row[$0].text } ?? ""] + others).filter { !$0.isEmpty }.joined(separator: "\n\n")
            let blocks = text.isEmpty ? [] : [Block(.paragraph([.text(text)]), line: cell.line, column: cell.column, endLine: cell.line)]
            return Priority(id: Slug.make(title), number: "\(index + 1)", title: title, summary: summary, body: text, successSignal: signal,
                            location: SourceLocation(path: document.path, line: cell.line, column: cell.column),
                            explicitID: false, blocks: blocks)
        }
    }

    /// A column header that names how success is measured: "Performance Indicator", "KPI", "Measure", "Success criteria",
    /// "Target", "How we'll know".
    static func namesMeasure(_ header: String) -> Bool {
        let words = Set(header.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init))
        return !words.isDisjoint(with: ["indicator", "indicators", "kpi", "kpis", "measure", "measures", "measurement", "measurements",
                                        "metric", "metrics", "target", "targets", "success", "know"])
    }

    /// The bold-led paragraphs that are the section's priorities: two or more, with any list after the first of them
    /// (the lists are then the priorities' parts; a list before them is the list shape).
    private static func boldLeads(_ section: Section) -> [PrioritiesSection.BoldLead]? {
        let leads = PrioritiesSection.boldLedParagraphs(section.blocks)
        guard leads.count >= 2, let first = leads.first else { return nil }
        let firstList = section.blocks.firstIndex { if case .list = $0.kind { true } else { false } }
        return firstList.map { $0 > first.index } ?? true ? leads : nil
    }

    /// Paragraph shape: each bold-led paragraph is a priority, its text after the bold the summary (else the next
    /// paragraph), and what follows it up to the next one its body, a list there its sub-priorities.
    private func boldLedPriorities(_ section: Section, leads: [PrioritiesSection.BoldLead],
                                   document: MarkdownDocument) -> [Priority] {
        leads.enumerated().flatMap { position, lead -> [Priority] in
            let end = position + 1 < leads.count ? leads[position + 1].index : section.blocks.count
            let blocks = Array(section.blocks[lead.index..<end])
            let label = TitleLabel.parse(lead.title)
            let title = label.title
            let id = lead.label ?? Slug.make(title)
            let number = position + 1
            let (summary, signal, children) = parts(blocks.dropFirst(), id: id, number: number, summary: lead.rest.isEmpty ? nil : lead.rest,
                                                    paragraphSummary: true, document: document)
            let first = blocks[0]
            let endLine = end < section.blocks.count ? section.blocks[end].line - 1 : section.endLine
            var priority = Priority(id: id, number: "\(number)", title: title, summary: summary,
                                    body: document.source(from: first.line, through: endLine), successSignal: signal,
                                    location: SourceLocation(path: document.path, line: first.line, column: first.column),
                                    explicitID: lead.label != nil, blocks: document.blocks(from: first.line, through: endLine),
                                    code: Self.namingCode(label.code))
            if case .paragraph(let content) = first.kind { priority.titleLink = Self.leadingLink(content) }
            return [priority] + children
        }
    }

    /// A paragraph of `Key: value` lines, or a list whose every item is one.
    static func isPropertyBlock(_ block: Block, reader: MetadataReader) -> Bool {
        guard let lines = reader.metadataLines(block) else { return false }
        switch block.kind {
        case .paragraph: return true
        case .list(_, let items): return lines.count == items.count
        default: return false
        }
    }

    /// H3 shape: the heading is the priority; quote, bullets and success signal come from its body.
    private func headingPriority(_ section: Section, number: Int, document: MarkdownDocument) -> [Priority] {
        let label = TitleLabel.parse(section.title)
        let title = label.title
        let id = section.label ?? Slug.make(title)
        // "Owner: @Ana" / "Status: In progress" first under the heading (a Notion page's properties): the priority's
        // metadata, neither its summary nor its parts.
        let own = section.blocks.first.map { Self.isPropertyBlock($0, reader: MetadataReader(document: document)) } ?? false
            ? Array(section.blocks.dropFirst()) : section.blocks
        // "### 1) Customer Results" followed by a one-sentence goal: that sentence is the summary.
        var (summary, signal, children) = parts(own, id: id, number: number, summary: nil, paragraphSummary: true, document: document)
        // Deeper headings under a priority ("#### API evolution") are its sub-priorities, as bullets are. A heading that
        // labels a part of it is no sub-priority: under "#### Outcomes" the bullets are, under "#### How we'll measure it"
        // they are its success signal, and "#### Why it matters", "#### Risks" are its text (kept in its body).
        for sub in section.subsections where KeyResultLabel.role(of: sub.title) != .context {
            if let role = PriorityPartLabel.role(of: sub.title) {
                switch role {
                case .measures: signal = Self.joined(signal, Self.measures(sub.blocks, label: sub.title))
                case .parts:
                    let more = parts(sub.blocks, id: id, number: number, summary: "", paragraphSummary: false, document: document,
                                     numbered: children.count, label: .parts)
                    children += more.children
                    signal = Self.joined(signal, more.signal)
                case .text: break
                }
                continue
            }
            let subLabel = TitleLabel.parse(sub.title)
            children.append(Priority(id: sub.label ?? Slug.make(subLabel.title), number: "\(number).\(children.count + 1)", title: subLabel.title,
                                     parent: id, body: document.source(from: sub.bodyLine, through: sub.endLine),
                                     location: SourceLocation(path: document.path, line: sub.line, column: sub.column),
                                     explicitID: sub.label != nil, blocks: document.blocks(from: sub.bodyLine, through: sub.endLine),
                                     code: Self.namingCode(subLabel.code)))
        }
        var priority = Priority(id: id, number: "\(number)", title: title, summary: summary,
                                body: document.source(from: section.bodyLine, through: section.endLine), successSignal: signal,
                                location: SourceLocation(path: document.path, line: section.line, column: section.column),
                                explicitID: section.label != nil, blocks: document.blocks(from: section.bodyLine, through: section.endLine),
                                code: Self.namingCode(label.code))
        if case .heading(_, let content, _)? = document.blocks(from: section.line, through: section.line).first?.kind {
            priority.titleLink = Self.leadingLink(content)
        }
        return [priority] + children
    }

    /// List shape: the item's bold lead (else first sentence) is the title; nested items are sub-priorities.
    private func listPriority(_ item: ListItem, number: Int, document: MarkdownDocument) -> [Priority] {
        var title = "Priority \(number)"
        var summary: String?
        var code: String?
        if case .paragraph(let content)? = item.blocks.first?.kind {
            if let bold = TitleText.leadingBoldPastDecoration(content),
               let alone = TitleLabel.labelAlone(bold.title) ?? Self.phaseLabel(bold.title), alone.code != nil,
               case let rest = bold.rest.trimmingCharacters(in: CharacterSet(charactersIn: ":.)–—- ")), rest.contains(where: \.isLetter) {
                // "- **Goal 1:** Scale emergency nutrition interventions by 40%.": the bold is the goal's label alone, and
                // the words after it name the goal, as after "Goal 1:" in a heading. "**Phase 1:** Extensible frontend
                // platform (Done ✅) - You will be able to…": a short name before a spaced dash is the name, the rest its
                // summary.
                var split = TitleText.firstSentence(rest)
                if let named = TitleText.nameBeforeDash(split.sentence) {
                    let said = split.rest.isEmpty || named.rest.last.map({ ".!?".contains($0) }) == true ? named.rest : named.rest + "."
                    split = (TitleText.withoutStatusRemark(named.name), [said, split.rest].filter { !$0.isEmpty }.joined(separator: " "))
                }
                (title, code) = (TitleLabel.parse(split.sentence).title, alone.code)
                summary = split.rest.isEmpty ? nil : split.rest
            } else if let bold = TitleText.leadingBoldPastDecoration(content) {
                let label = TitleLabel.parse(bold.title)
                (title, code) = (label.title, label.code)
                summary = bold.rest.isEmpty ? nil : bold.rest
            } else {
                var split = TitleText.firstSentence(content.plainText.trimmed)
                // "- A. Grow our member base. Reach …": a letter that labels the priority is no sentence of its own.
                let letter = split.sentence.trimmingCharacters(in: CharacterSet(charactersIn: ". "))
                if letter.count == 1, letter.first?.isLetter == true, !split.rest.isEmpty {
                    let next = TitleText.firstSentence(split.rest)
                    split = ("\(letter). \(next.sentence)", next.rest)
                }
                let label = TitleLabel.parse(split.sentence)
                (title, code) = (label.title, label.code)
                summary = split.rest.isEmpty ? nil : split.rest
            }
        }
        let id = item.label ?? Slug.make(title)
        // A list item's own paragraphs after its first are its text, never its summary.
        let (read, signal, children) = parts(item.blocks.dropFirst(), id: id, number: number, summary: summary, paragraphSummary: false,
                                             document: document)
        summary = read
        var priority = Priority(id: id, number: "\(number)", title: title, summary: summary,
                                body: document.source(from: item.line, through: item.endLine), successSignal: signal,
                                location: SourceLocation(path: document.path, line: item.line, column: item.column),
                                explicitID: item.label != nil, blocks: document.blocks(from: item.line, through: item.endLine),
                                code: Self.namingCode(code))
        if case .paragraph(let content)? = item.blocks.first?.kind { priority.titleLink = Self.leadingLink(content) }
        return [priority] + children
    }

    /// "Phase 1", "Stage 2:", "Step 3": a bold lead that only numbers a step of the plan, as Backstage's roadmap names its
    /// phases (`🐣 **Phase 1:** Extensible frontend platform`), so the words after it name the priority.
    static func phaseLabel(_ bold: String) -> TitleLabel? {
        let text = bold.trimmingCharacters(in: CharacterSet(charactersIn: ":.)–—- ")).lowercased()
        let words = text.split(separator: " ")
        guard words.count == 2, ["phase", "stage", "step", "wave"].contains(words[0]), words[1].allSatisfy(\.isNumber) else { return nil }
        var label = TitleLabel(title: bold)
        // The label names the priority, as it did when it was the title: "Phase 2" and `phase-2` still find it.
        label.code = bold.trimmingCharacters(in: CharacterSet(charactersIn: ":.)–—- "))
        return label
    }

    /// The H2 a reader takes for the priorities when none is named so: the one section holding a bold-titled list
    /// (`1. **Consumable**: …`), else the first holding a list whose every item has points of its own; nil when several
    /// hold a bold-titled list or none holds either.
    static func sectionHoldingPriorityList(_ sections: [Section]) -> Section? {
        // One section holding a bold-titled list (`1. **Consumable**: …`): the one the user most likely meant, named
        // where it is. Any list would name "On this page" or "Why we're opening up our roadmap".
        let holding = sections.filter { section in
            section.level == 2 && section.blocks.contains { block in
                guard case .list(_, let items) = block.kind, items.count >= 2 else { return false }
                return items.allSatisfy { item in
                    guard case .paragraph(let content)? = item.blocks.first?.kind else { return false }
                    guard let first = content.first(where: { if case .text(let text) = $0 { !text.trimmed.isEmpty } else { true } }) else { return false }
                    if case .strong = first { return true }
                    return false
                }
            }
        }
        // Else the first holding a list whose every item has points of its own, as a priority's are: Sourcegraph's
        // annual OKRs as a strategy list the company's objectives under "## Company", then each team's.
        let pointed = sections.first { section in
            section.level == 2 && section.blocks.contains { block in
                guard case .list(_, let items) = block.kind, items.count >= 2 else { return false }
                return items.allSatisfy { $0.blocks.contains { if case .list = $0.kind { true } else { false } } }
            }
        }
        return holding.count == 1 ? holding.first : holding.isEmpty ? pointed : nil
    }

    /// A heading's title as a bearing.yml value the advice can give as it stands: "Company: FY2022" unquoted is a YAML
    /// error ("mapping values are not allowed"), so a title with a colon, a comment mark or a leading sign is quoted.
    static func yamlValue(_ title: String) -> String {
        let special = title.contains(": ") || title.hasSuffix(":") || title.contains(" #")
            || title.first.map { "-?:,[]{}#&*!|>'\"%@`".contains($0) } == true
        guard special else { return title }
        return "\"" + title.replacingAll("\\", with: "\\\\").replacingAll("\"", with: "\\\"") + "\""
    }

    /// The link a title starts with — `[Growth](growth.md)`, inside bold or after a number ("1. [Growth](…)") — as
    /// written; nil when the title is not written as a link.
    static func leadingLink(_ content: [Inline]) -> Inline? {
        for item in content {
            switch item {
            case .link: return item
            case .strong(let inner), .emphasis(let inner): return leadingLink(inner)
            case .text(let text) where text.allSatisfy({ $0.isWhitespace || $0.isNumber || ".):".contains($0) }): continue
            case .softBreak: continue
            default: return nil
            }
        }
        return nil
    }

    /// "O1", "SO2", "G3.1": a label code with letters in it names the priority (its references may use it, as `O1`); a
    /// bare number ("1.", "Priority 2:") is only its position, which references already name.
    static func namingCode(_ code: String?) -> String? {
        guard let code, code.contains(where: \.isLetter), code.contains(where: \.isNumber) else { return nil }
        return code
    }

    /// What a priority's blocks say besides its title, read the same way in every shape: a list's items are its
    /// sub-priorities, a "**We will know this is working when**" paragraph its success signal, and a `>` quote its summary
    /// when it has none yet — or, with `paragraphSummary`, its first paragraph before any sub-priority.
    ///
    /// A bold line or short line ending in a colon that labels a part (`PriorityPartLabel`: "**Outcomes**", "**How we'll
    /// measure it**", "Why it matters:") says what the lists after it are, up to the next label: sub-priorities, the
    /// success signal, or text. A "We will know this is working when:" paragraph labels the measures listed after it.
    private func parts(_ blocks: some Sequence<Block>, id: String, number: Int, summary given: String?, paragraphSummary: Bool,
                       document: MarkdownDocument, numbered: Int = 0,
                       label start: PriorityPartLabel.Role? = nil) -> (summary: String?, signal: String?, children: [Priority]) {
        var summary = given
        var signal: String?
        var children: [Priority] = []
        var label = start
        var labelText = ""
        for block in blocks {
            if case .paragraph(let content) = block.kind, let (text, role) = Self.partLabel(content) {
                (label, labelText) = (role, text)
                continue
            }
            switch block.kind {
            case .list where label == .measures:
                signal = Self.joined(signal, Self.measures([block], label: labelText))
                labelText = ""
            case .list where label == .text:
                break
            case .list(_, let items) where !items.isEmpty && items.allSatisfy({ PriorityFields.field($0) != nil }):
                // "- Description: …", "- Why it matters: …", "- Key initiatives: …" under "**Pillar 1: User Growth**" (a
                // strategy template's pillars): what the priority is, why, and how it is measured — not sub-priorities
                // called "Description" three times over.
                // Why it matters and what will be done are said of the priority too: its summary carries them after what
                // it is, so the work they name ("Key initiatives: Onboarding redesign") is read as serving it.
                var said: [String] = []
                for (key, value) in items.compactMap(PriorityFields.field) {
                    switch PriorityFields.role(of: key) {
                    case .summary where summary == nil: summary = value
                    case .measures: signal = Self.joined(signal, "\(key): \(value)")
                    case .summary, .text: said.append("\(key): \(value)")
                    }
                }
                if !said.isEmpty { summary = ([summary].compactMap { $0 } + said).joined(separator: ". ") }
            case .list(_, let items) where items.allSatisfy({ KeyResultLabel.hasPrefix($0.blocks.first?.plainText.trimmed ?? "") }):
                // "1. Make the product valuable" over "- KR: Reach N0 MAU" (annual OKRs brought as the strategy): items
                // labelled as key results say how the priority's success is told, as a measures label's do; as
                // sub-priorities they were each called "KR".
                let lines = items.compactMap { $0.blocks.first.map(\.plainText)?.trimmed }.map(KeyResultLabel.strippingLabel)
                    .map { $0.hasSuffix(".") || $0.hasSuffix(";") ? String($0.dropLast()) : $0 }.filter { !$0.isEmpty }
                signal = Self.joined(signal, lines.isEmpty ? nil : lines.joined(separator: "; "))
            case .list(_, let items):
                for item in items {
                    children.append(subPriority(item, parent: id, number: "\(number).\(numbered + children.count + 1)", document: document))
                }
            case .paragraph(let content) where Self.isSuccessSignal(content):
                signal = content.plainText.trimmed
                label = .measures
                labelText = ""
            case .paragraph where label == .measures && !labelText.isEmpty:
                signal = Self.joined(signal, Self.measures([block], label: labelText))
                labelText = ""
            case .paragraph(let content) where paragraphSummary && summary == nil && children.isEmpty:
                summary = content.plainText.trimmed
            case .quote(let inner) where summary == nil:
                summary = inner.map(\.plainText).joined(separator: " ").trimmed
            default: break
            }
        }
        return (summary, signal, children)
    }

    /// A paragraph that only labels what follows it: all bold ("**Outcomes**"), or at most eight words ending in a colon
    /// ("How we'll measure it:"), whose words `PriorityPartLabel` knows.
    static func partLabel(_ content: [Inline]) -> (text: String, role: PriorityPartLabel.Role)? {
        let text = content.plainText.trimmed
        guard !text.isEmpty, text.split(separator: " ").count <= 8 else { return nil }
        let allBold = TitleText.leadingBold(content).map { $0.rest.trimmed.isEmpty || $0.rest.trimmed == ":" } ?? false
        guard allBold || text.hasSuffix(":"), let role = PriorityPartLabel.role(of: text) else { return nil }
        return (text, role)
    }

    /// The measures under a label, as one success signal: "How we'll measure it: Completion rate from 61% to 85%; …".
    static func measures(_ blocks: [Block], label: String) -> String? {
        var lines: [String] = []
        for block in blocks {
            switch block.kind {
            case .list(_, let items):
                lines += items.map { item in item.blocks.first.map(\.plainText)?.trimmed ?? "" }.filter { !$0.isEmpty }
            case .paragraph(let content): lines.append(content.plainText.trimmed)
            default: break
            }
        }
        guard !lines.isEmpty else { return nil }
        var lead = label.replacingAll("*", with: "").trimmed
        while let last = lead.last, last == ":" { lead.removeLast() }
        let listed = lines.map { line in line.hasSuffix(".") || line.hasSuffix(";") ? String(line.dropLast()) : line }.joined(separator: "; ")
        return lead.isEmpty ? listed : "\(lead): \(listed)"
    }

    /// Two parts of a success signal, the second after the first.
    static func joined(_ first: String?, _ second: String?) -> String? {
        guard let second, !second.isEmpty else { return first }
        guard let first, !first.isEmpty else { return second }
        return "\(first) \(second)"
    }

    private func subPriority(_ item: ListItem, parent: String, number: String, document: MarkdownDocument) -> Priority {
        var title = "Sub-priority \(number)"
        var text = ""
        // The label alone ("1a", "A1"), when the title is read from the words after it: objectives name the part by it
        // (`Priority: 1a`), so it stays the id, as it was when the label was read as the title.
        var labelID: String?
        if case .paragraph(let content)? = item.blocks.first?.kind {
            text = content.plainText.trimmed
            if let bold = TitleText.leadingBold(content) {
                title = bold.title
            } else if let lead = TitleText.leadIn(text) {
                title = lead
            } else {
                title = TitleText.firstSentence(text).sentence
            }
            // "Objective 1.1: Expand mobile clinic visits to …": a lead-in that only numbers the part names nothing; the
            // words after it are its title (the number is its position already).
            if Self.onlyNumbers.matches(title), let colon = text.firstIndex(of: ":") {
                let rest = String(text[text.index(after: colon)...]).trimmed
                if rest.contains(where: \.isLetter) { title = TitleText.firstSentence(rest).sentence }
            } else if Self.onlyNumbers.matches(title), text.hasPrefix(title), text.count > title.count {
                // "A1. Families in the outlying villages use our services": the label read as a sentence of its own.
                let rest = String(text.dropFirst(title.count)).trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: ".:)–—-")))
                if rest.contains(where: \.isLetter) {
                    labelID = Slug.make(title)
                    title = TitleText.firstSentence(rest).sentence
                }
            }
        }
        return Priority(id: item.label ?? labelID ?? Slug.make(title), number: number, title: title, parent: parent,
                        summary: text == title ? nil : text, body: document.source(from: item.line, through: item.endLine),
                        location: SourceLocation(path: document.path, line: item.line, column: item.column),
                        explicitID: item.label != nil, blocks: document.blocks(from: item.line, through: item.endLine))
    }

    /// "Objective 1.1", "Goal 2", "Sub-goal 1a", "Priority #3", "1.2": a label that numbers a part and says nothing else.
    private static let onlyNumbers = Pattern(#"^(?:[A-Za-z][A-Za-z-]{0,20}\s*)?#?\d+(?:\.\d+)*[a-z]?\.?$"#)

    static func isSuccessSignal(_ content: [Inline]) -> Bool {
        content.plainText.trimmed.lowercased().hasPrefix("we will know this is working when")
    }

    static func kind(of title: String) -> ContextSection.Kind {
        let lower = title.lowercased()
        let table: [(ContextSection.Kind, [String])] = [
            (.challenge, ["challenge", "problem"]), (.theory, ["theory", "impact"]), (.policy, ["policy", "policies"]),
            (.principles, ["principle"]), (.practice, ["practice"]), (.goal, ["goal", "mission", "vision", "end-state", "end state"]),
        ]
        return table.first { _, words in words.contains { lower.contains($0) } }?.0 ?? .other
    }

    private func readWeights(_ document: MarkdownDocument, diagnostics: inout DiagnosticBag) -> [WeightEntry] {
        guard let weights = document.frontMatter?["weights"] else { return [] }
        guard case .mapping(let entries, _) = weights else {
            diagnostics.error(.weightsInvalid, "`weights:` must map priorities to shares, e.g. `platform: 40%`", line: weights.line)
            return []
        }
        return entries.compactMap { entry in
            guard let value = entry.value.string.flatMap(NumberText.share) else {
                diagnostics.error(.weightsInvalid, "weight for `\(entry.key)` must be a share of effort from 0 to 100%, such as `40%` or `0.4`", line: entry.line)
                return nil
            }
            return WeightEntry(reference: Reference(entry.key, at: SourceLocation(path: document.path, line: entry.line)), value: value)
        }
    }
}
