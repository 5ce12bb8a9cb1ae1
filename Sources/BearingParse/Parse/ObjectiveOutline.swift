import BearingModel

/// Where a file's objectives are, found by walking its headings in document order.
///
/// A heading is an objective when no objective or aside encloses it and `HeadingRole` calls it a candidate;
/// period, container and team headings pass their period and team down to the objectives under them. The
/// period is the latest one written, whatever its level, because real files drift (`## 📌 2021` then
/// `### 1. …` then `## 2. …` are all 2021 goals).
struct ObjectiveOutline {
    struct Entry {
        var section: Section
        var period: Quarter?
        var team: String?
        /// The person a heading above names ("## `Bedeho` (@bedeho)"): a personal objective's owner.
        var person: String?
        /// The heading that groups it and is neither its period nor (only) its team: "Grow revenue" from `## 1. Grow
        /// revenue` over `### Objective: …` (`Objective.group`).
        var group: String?
    }

    /// Blocks directly under a heading that may hold objectives as a list, or before any heading.
    struct Region {
        var blocks: [Block]
        var period: Quarter?
        var team: String?
        /// True under a period, container or team heading: any list there is a list of objectives.
        var isObjectivesList: Bool
        /// True when objective headings follow under it: then its objectives are those headings, not its lists.
        var hasChildren = false
        /// The lines its heading's section spans, to tell which objectives are under it.
        var span: ClosedRange<Int> = 0...0
        /// "committed" or "aspirational" when its heading names the kind ("## Committed OKRs", "## Moonshots").
        var commitment: String?
        /// The person its heading names (`### Pato` when bearing.yml's `people:` lists Pato): the owner of its list's
        /// objectives.
        var person: String?
    }

    var entries: [Entry] = []
    var regions: [Region] = []
    /// Fiscal periods written while `fiscal_year_start:` is unset: (text, line).
    var unreadPeriods: [(String, Int)] = []
    /// The first H1 that is neither a period nor a container: the objective of a one-objective file.
    var titleHeading: (title: String, index: Int)?
    /// Blocks before the first heading below the title (the title's own text included), and the first such heading's line.
    var introBlocks: [Block] = []
    var firstSectionLine: Int?
    /// The sections under aside headings (FAQ, ignored headings…), where key results have no objective; `ignored`
    /// when `ignore_headings` names the heading (the user chose to skip it).
    var asides: [(title: String, line: Int, ignored: Bool, blocks: [Block])] = []
    /// The key results a summary outline links to details further down the page ("[Finish root layer scrolling.](#o4r1)"),
    /// by their words, and the lines of the headings that hold those details: asides with nothing skipped to warn of.
    var summaryTitles: Set<String> = []
    var quietAsides: Set<Int> = []
    /// Objectives whose title starts with a period, which may be a container written as an objective: (title, line).
    var periodTitled: [(String, Int)] = []
    /// Empty headings beside a team heading at their level ("## Sales", "## Marketing" with nothing under them, beside
    /// "## Engineering" over its objectives): team sections not yet filled in, one group per parent and level.
    var emptyTeams: [[(title: String, line: Int)]] = []

    private enum Open: Equatable { case title, period, container, team(String), person(String), aside, objective }

    /// `isMetadata` tells a metadata list (`- Owner: Ada`) from a list of objectives.
    /// `namesOwner` tells a metadata block that says who owns the work (`**Owner:** Ada`).
    static func make(_ blocks: [Block], endLine: Int, year: Int?, config: WorkspaceConfig,
                     isMetadata: (Block) -> Bool, namesOwner: (Block) -> Bool = { _ in false }) -> ObjectiveOutline {
        let blocks = Self.smallRemarksAsText(HeadingLevels.closingGaps(blocks))
        var outline = ObjectiveOutline()
        let headings = blocks.indices.compactMap { index -> (index: Int, level: Int, title: String, label: String?)? in
            guard case .heading(let level, let content, let label) = blocks[index].kind else { return nil }
            var written = label
            if written == nil, index > 0, case .label(let before) = blocks[index - 1].kind { written = before }
            return (index, level, CommitmentMarker.headingText(content), written)
        }
        let firstHeading = headings.first?.index ?? blocks.count
        let firstSection = headings.first { $0.level > 1 }
        outline.firstSectionLine = firstSection.map { blocks[$0.index].line }
        outline.introBlocks = blocks[..<(firstSection?.index ?? blocks.count)].filter { if case .heading = $0.kind { false } else { true } }
        outline.regions.append(Region(blocks: Array(blocks[..<firstHeading]), isObjectivesList: false))
        // "#### Objective: Availability" says what it is wherever it sits, even under "## Process"; the shallower headings
        // that do not lead to one ("## Scope", "## Examples") are then the page's prose around the objectives, and so are
        // those at the objectives' own level written before the first of them ("## What is an OKR", "## OKR IDs", then
        // "## OKR '2022.M2': …"): a page explains its OKRs before it lists them.
        let labelled = headings.map { $0.level > 1 && TitleLabel.namesObjective($0.title) }
        let labelledLevel = headings.indices.filter { labelled[$0] }.map { headings[$0].level }.min()
        let firstLabelled = labelled.firstIndex(of: true)
        let leadsToLabelled = enclosing(labelled, levels: headings.map(\.level))
        // "## 1. Grow revenue" over "### Objective: …", then "## 2. Reliable platform" over "### Cut incidents in half": the
        // headings beside one that leads to labelled objectives are more of the same series of groups, not prose around them.
        // Only a plain heading starts such a series: "## Process" (an aside) over "#### Objective: …" makes no "## Examples"
        // beside it a group.
        let labelledSeries = Set(headings.indices.filter { position in
            leadsToLabelled[position] && headings[position].level > 1 && !labelled[position]
                && HeadingRole.classify(headings[position].title, level: headings[position].level, year: year, config: config) == .candidate
        }.map { Self.group(of: $0, in: headings) })
        // The groups' names, by level: their objectives' `Entry.group`.
        var groupNames: [(level: Int, name: String)] = []
        var stack: [(level: Int, open: Open)] = []
        var period: Quarter?
        // A quarterly business review whose OKR scorecard is a table naming the objectives ("## OKR Scorecard" over
        // `| Objective | Key Result | … |`): its other sections ("## Executive Summary", "## KPI Trend Analysis",
        // "## Budget vs. Actual") are the report around the scorecard, not objectives of their own.
        let levelsAndIndexes = headings.map { ($0.index, $0.level) }
        let sheets = headings.indices.filter { headings[$0].level > 1 && leadsToSheet($0, headings: levelsAndIndexes, blocks: blocks) }
        // A heading over a one-row sheet naming another objective groups it too, but makes no report of the rest of the page.
        let sheetGroups = Set(headings.indices.filter { headings[$0].level > 1 && leadsToSheet($0, headings: levelsAndIndexes, blocks: blocks, oneRow: true) })
        // "## `Bedeho` (@bedeho)" written at the level of the objectives after it names their owner until a shallower heading.
        var personLabel: (name: String, level: Int)?
        // "## Team: Platform" with nothing under it names the team of the objectives after it at its level, likewise.
        var teamLabel: (name: String, level: Int)?
        // The team headings, and the empty objective headings, by their parent heading and level.
        var teamGroups: Set<[Int]> = []
        var emptyEntries: [[Int]: [Int]] = [:]
        for (position, heading) in headings.enumerated() {
            while let top = stack.last, top.level >= heading.level { stack.removeLast() }
            while let top = groupNames.last, top.level >= heading.level { groupNames.removeLast() }
            if let held = personLabel, heading.level < held.level { personLabel = nil }
            if let held = teamLabel, heading.level < held.level { teamLabel = nil }
            if stack.contains(where: { $0.open == .objective }) { continue }
            let insideAside = stack.contains { $0.open == .aside }
            let nextAny = position + 1 < headings.count ? headings[position + 1].index : blocks.count
            let nextSameLevel = headings[(position + 1)...].first { $0.level <= heading.level }
            let span = blocks[heading.index].line...max(blocks[heading.index].line, nextSameLevel.map { blocks[$0.index].line - 1 } ?? endLine)
            let own = Array(blocks[(heading.index + 1)..<nextAny])
            let team = stack.reversed().lazy.compactMap { if case .team(let name) = $0.open { name } else { nil } }.first
            let line = blocks[heading.index].line
            // "## 2017 OKRs" then "## Q2 OKRs": a quarter written without its year is in the year last written.
            let knownYear = year ?? period?.year
            var role = HeadingRole.classify(heading.title, level: heading.level, year: knownYear, config: config)
            // "## Overview" over `* Improve code health` / `    * [Finish root layer scrolling.](#o4r1) \[skobes\] 0.7`
            // (Chromium's OKR pages, a summary table exported as a list): objectives over key results that link to
            // their details further down the page. It is the plan itself, not an aside about it.
            if role == .aside, Self.outlinesPage(own), !(position + 1 < headings.count && headings[position + 1].level > heading.level) {
                role = .container
                outline.summaryTitles.formUnion(Self.linkedTitles(own))
            } else if role == .candidate, heading.level > 1, !outline.summaryTitles.isEmpty,
                      // A table of contents links to the objectives themselves (`* [Win 20 customers](#win-20-customers)`):
                      // a heading it names, or one with an objective's own fields, is that objective, not details.
                      !outline.summaryTitles.contains(Self.comparable(TitleText.clean(heading.title))), !own.contains(where: isMetadata),
                      Self.detailsSummary(headings[(position + 1)...].prefix { $0.level > heading.level }.filter { $0.level == heading.level + 1 }.map(\.title),
                                          titles: outline.summaryTitles) {
                // "## Details" whose H3s each restate a key result linked from that summary: their details, shown with
                // the file's text, not one objective called "Details".
                role = .aside
                outline.quietAsides.insert(blocks[heading.index].line)
            }
            // "## Weekly Check-in Template" over "### Week [X] - [Date]" and "- [ ] Task 1": a form to copy, not the plan
            // ("## Publish the onboarding template" over its measures stays an objective).
            if role == .candidate, heading.level > 1, Self.isTemplate(heading.title, section: blocks[heading.index...].prefix { span.contains($0.line) }) {
                role = .aside
            }
            // "## In progress" / "## Done" over objective headings: the objectives under it stand so (`ObjectivesParser`);
            // it is neither an objective nor an aside ("progress" alone names a report's section). Over a list alone it
            // stays what it was: the list may be its text. So does an aside of that name that opens with a list of its
            // own ("## Up Next" over "- [ ] Alerts with a runbook", then "### Hiring"): it is that checklist, and the
            // headings after it are more of the section, shown with it; made a container, its list was shown nowhere.
            if position + 1 < headings.count, headings[position + 1].level > heading.level, StatusLabel.status(ofTitle: heading.title) != nil,
               !(role == .aside && own.contains(where: { if case .list = $0.kind { !isMetadata($0) } else { false } })) {
                role = .container
            }
            var periodTeam: String?
            // "## Team OKR — Q2 Goal" over "### Objective", "### Key Results": the parts of one objective, so not a period.
            let children = headings[(position + 1)...].prefix { $0.level > heading.level }.filter { $0.level == heading.level + 1 }
            let hasParts = children.contains { child in
                [.keyResults, .success].contains(KeyResultLabel.role(of: child.title)) || ObjectivesParser.namesObjectivePart(child.title)
            }
            if role == .candidate, !labelled[position], !hasParts, position + 1 < headings.count, headings[position + 1].level > heading.level,
               let named = HeadingRole.namedPeriod(heading.title, year: knownYear, config: config) {
                role = named
                periodTeam = HeadingRole.periodTeam(heading.title)
            }
            // "## OKR Scorecard" over "### Company-Level OKRs" over `| Objective | Key Result | Target | Actual | Score |` whose
            // rows name O1…O4: a heading over a sheet of two or more objectives is the group of those objectives, not one
            // objective whose key results are every row.
            if role == .candidate, heading.level > 1, !labelled[position], sheetGroups.contains(position) {
                role = .container
            } else if role == .candidate, heading.level > 1, !labelled[position], let first = sheets.first,
                      heading.level <= headings[first].level, !stack.contains(where: { $0.open != .title }),
                      // "## Ship the mobile app" over its own list of key results is an objective beside the sheet.
                      !own.contains(where: { if case .list = $0.kind { true } else { false } }),
                      !children.contains(where: { KeyResultLabel.role(of: $0.title) == .keyResults }) {
                let subtree = headings.indices.dropFirst(position + 1).prefix { headings[$0].level > heading.level }
                if !subtree.contains(where: sheets.contains) { role = .aside }
            }
            let hasChildren = position + 1 < headings.count && headings[position + 1].level > heading.level
            let parent = headings[..<position].lastIndex { $0.level < heading.level }
            // Under a group of the series that leads to no labelled objective itself: its headings are its objectives.
            let inSeriesGroup = parent.map { !leadsToLabelled[$0] && labelledSeries.contains(Self.group(of: $0, in: headings)) } ?? false
            var grouping = false
            if labelled[position] {
                if case .period = role {} else { role = .candidate }
            } else if role == .candidate, heading.level > 1, leadsToLabelled[position] {
                role = .container
                grouping = true
            } else if role == .candidate, heading.level > 1, let level = labelledLevel, heading.level < level {
                // A group of the series is one with objectives under it, or an objective of its own ("## 3. Ship the
                // mobile app" with its owner and key results, beside "## Platform" over "### Objective: …").
                if labelledSeries.contains(Self.group(of: position, in: headings)),
                   hasChildren || own.contains(where: isMetadata) || SkippedSection.objectiveLike(own, title: heading.title) != nil {
                    role = hasChildren ? .container : .candidate
                    grouping = hasChildren
                } else {
                    role = .aside
                }
            } else if role == .candidate, heading.level > 1, let level = labelledLevel, heading.level == level,
                      let first = firstLabelled, position < first, !inSeriesGroup {
                role = .aside
            }
            // "## Product" over "### Launch self-serve onboarding" with its owner and key results: an area's name with nothing
            // of its own over objectives is their team, not an objective whose initiatives they are.
            if role == .candidate, heading.level > 1, !labelled[position], !hasParts, hasChildren, !insideAside,
               Self.areaName(heading.title) != nil || Self.isCategory(heading.title),
               !own.contains(where: { block in
                   switch block.kind {
                   case .list, .table: true
                   default: isMetadata(block)
                   }
               }),
               Self.childrenAreObjectives(children, in: blocks, headings: headings, labelled: labelled, isMetadata: isMetadata,
                                          namesOwner: namesOwner, announced: own.last.map(ListObjectives.announcesObjective) ?? false) {
                // "## Carry Over", "## Top Priorities", "## North Star" over such headings: a kind of objective, which
                // groups them and names no team.
                if let area = Self.areaName(heading.title) { role = .team(area) } else { role = .container }
                grouping = true
            }
            if grouping, case .container = role, let name = Self.groupName(heading.title) {
                // "## 1. Grow revenue": a theme, or an area that names the objectives' team (`areaName`).
                if let area = Self.areaName(heading.title) { role = .team(area) }
                groupNames.append((heading.level, name))
            } else if grouping, case .team = role, let name = Self.groupName(heading.title) {
                groupNames.append((heading.level, name))
            }
            let holdsList = own.contains { block in
                if ListObjectives.tableObjectives(block) != nil { return true }
                guard case .list(_, let items) = block.kind else { return false }
                return !isMetadata(block) && items.contains { $0.task == nil }
            }
            if insideAside, labelled[position], role == .candidate {
                // Read here, so not part of the enclosing aside's skipped content.
                if let last = outline.asides.indices.last { outline.asides[last].blocks.removeAll { span.contains($0.line) } }
            } else if insideAside {
                // Nothing under an FAQ or a retrospective is an objective, except a list announced as the plan's
                // goals ("## What's new?" → "### 2025 Strategic Goals:" → a numbered list).
                switch role {
                case .period, .container:
                    let lower = heading.title.lowercased()
                    guard holdsList, !hasChildren, ["goal", "objective", "okr"].contains(where: lower.contains) else { continue }
                    // Read here, so not part of the enclosing aside's skipped content.
                    if let last = outline.asides.indices.last { outline.asides[last].blocks.removeAll { span.contains($0.line) } }
                default: continue
                }
            }
            // "#### Business Planning WG" over "O1. …" / "O2. …" lines: whatever its name, a heading whose text is a
            // paragraph of coded objectives is the group that owns them (a working group's name ends in "WG").
            if role == .candidate, !hasChildren, own.contains(where: { ListObjectives.codedLines($0) != nil }) {
                let words = TitleText.clean(TitleLabel.stripLeadingSymbols(heading.title).trimmed).split(separator: " ").map(String.init)
                let name = words.count > 1 && ["wg", "sig"].contains(words.last?.lowercased() ?? "") ? words.dropLast() : words[...]
                role = .team(name.joined(separator: " "))
            }
            // "### Community programs" under "## Q1 2027", over "1. Get the mobile clinic to more families" each with
            // "- Measure: …" bullets (or over "#### Get the mobile clinic…" headings holding only such bullets): whatever
            // its name, a heading whose goals each carry their own measures is the group that owns them, not one objective.
            // So is "### Developer Community:" over "* Grow a network of partners" with "* [P0] Identify 20 partners"
            // nested under each: a team named as a label over its goals, or goals most of which carry ranked or measured
            // bullets. A heading over a plain list of key results stays one objective.
            // The label's list comes right under it: "### Business Development:" over a quote and a paragraph of prose is a
            // section of a strategy, whatever list follows.
            let introduces = Self.introducesList(heading.title)
                && own.first(where: { if case .label = $0.kind { false } else { true } }).map { if case .list = $0.kind { true } else { false } } == true
            let named = Self.namesGroup(heading.title)
            let listsGoals = { (block: Block) in Self.isGoalList(block) || named && Self.isNestedGoalList(block, introduced: introduces) }
            let groupsGoals = heading.level > 1 && !labelled[position] && !hasParts && !insideAside
                && stack.contains { $0.open == .period || $0.open == .container }
                && (!hasChildren && own.contains(where: listsGoals) && !own.contains(where: { if case .list = $0.kind { !listsGoals($0) } else { false } })
                    || hasChildren && Self.headsMeasuredGoals(children, in: blocks, headings: headings))
            // "### Pato" over a list of Pato's goals (PostHog's billing page), when bearing.yml's `people:` names Pato: the
            // person is the owner of the goals, each an objective. Without `people:` a first name cannot be told from a
            // team or topic of one word ("### Gitaly", "### Geo"), so it is not guessed.
            var personHeading: String?
            if role == .candidate, heading.level > 1, !hasChildren, !labelled[position], !insideAside,
               let person = HeadingRole.configuredPerson(heading.title, people: config.people),
               own.contains(where: { if case .list = $0.kind { !isMetadata($0) } else { false } }) {
                personHeading = person
                role = .team(person)
            }
            if groupsGoals, role == .candidate {
                role = .team(TitleText.clean(TitleLabel.stripLeadingSymbols(heading.title).trimmed).trimmingCharacters(in: [":", " "]))
            }
            switch role {
            case .team where groupsGoals || personHeading != nil: break
            case .team(let name) where !hasChildren && !own.contains(where: { PlanTable.items(in: $0) != nil })
                && !own.contains(where: ObjectivesParser.isText) && HeadingRole.namesPerson(heading.title):
                // "## `Bedeho` (@bedeho)" right above that person's objectives, written at its own level: a label.
                personLabel = (name, heading.level)
                continue
            case .team(let name) where !hasChildren && !own.contains(where: ObjectivesParser.isText) && HeadingRole.isTeamField(heading.title):
                // "## Team: Platform", a field written as a heading over the objectives after it: their team, not an objective.
                teamLabel = (name, heading.level)
                continue
            case .team where !groupsGoals && !children.isEmpty
                && children.allSatisfy({ [.keyResults, .success].contains(KeyResultLabel.role(of: $0.title)) }):
                // "## 2. Grow the Sales Team" or "## Expand Support Team Q1" over "### Key Results" and nothing else: an
                // objective about a team, whose key results are its part, not a team whose objectives follow.
                role = .candidate
            case .team where !hasChildren && !own.contains(where: { PlanTable.items(in: $0) != nil || ListObjectives.codedLines($0) != nil }):
                // "## Great team" with text under it is an objective about a team, not a group of objectives; over a
                // table of goals ("#### Technical Goals" over `| Goal | Key Results |`) it is the group of those goals.
                role = .candidate
            case .container where !hasChildren && !holdsList && HeadingRole.isContents(heading.title):
                // "## On this page" whose generated list (`{:toc}`) is gone: about the page, not an objective.
                role = .aside
            case .period where !hasChildren && !holdsList && heading.level > 1
                && ListObjectives.hasTitleLines(Region(blocks: own, isObjectivesList: true)):
                // "### Q2 2020" over the one line "Hold a game jam": the period, and that line its objective.
                break
            case .period where !hasChildren && !holdsList && Self.pointsElsewhere(own):
                // "## 2018 Q2" over "Find the OKRs for 2018 Q2 at the [spreadsheet](…)": the period, planned elsewhere, with
                // no objective here (`ObjectivesParser` notes it); not an objective titled with the period.
                break
            case .period where !hasChildren && heading.level > 1 && !own.contains(where: ObjectivesParser.isText)
                && nextSameLevel.map({ $0.level == heading.level }) == true:
                // "## 2026 Q1 OKR" over nothing but a rule, then "## Objective 1: …" at its level: the period of the
                // objectives after it, written as a heading of its own, not an objective with no text.
                break
            case .period where !hasChildren && heading.level > 1 && !holdsList
                && ["objective", "goal", "okr"].contains(where: heading.title.lowercased().contains)
                && nextSameLevel.map({ $0.level == heading.level && TitleLabel.namesObjective($0.title) }) == true
                && own.allSatisfy({ block in
                    switch block.kind {
                    case .paragraph, .label, .thematicBreak, .html: true
                    default: false
                    }
                }):
                // "### Q4 2024 Objectives" over a paragraph on what the quarter is about, then "### Objective 1: Finish the
                // HogQL rewrite" at its level (a team page's objectives): the period of the objectives after it and their
                // introduction, not one more objective titled with the period. "## Q3 2025" alone over prose names no
                // objectives: its prose is an objective's.
                break
            case .container where !hasChildren && !holdsList, .period where !hasChildren && !holdsList && heading.level > 1:
                // "## Objective" or "## Q3 2025" with only prose under it is an objective with a plain title (warned below),
                // planned in the period it names, not the one written before it.
                if case .period(let quarter, _) = role {
                    outline.periodTitled.append((heading.title, line))
                    if let quarter { period = quarter }
                }
                role = .candidate
            default: break
            }
            if role != .candidate, let held = personLabel, heading.level == held.level { personLabel = nil }
            if role != .candidate, let held = teamLabel, heading.level == held.level { teamLabel = nil }
            switch role {
            case .period(let quarter, let written):
                period = quarter
                if quarter == nil, config.fiscalYearStart == nil, Quarter.fiscalMention(in: written) != nil {
                    outline.unreadPeriods.append((written, line))
                }
                stack.append((heading.level, .period))
                // "## Q3 2025 Platform OKRs" is both: the period, and the Platform team's objectives in it.
                if let periodTeam { stack.append((heading.level, .team(periodTeam))) }
                outline.regions.append(Region(blocks: own, period: quarter, team: periodTeam ?? team, isObjectivesList: true, span: span,
                                              commitment: CommitmentMarker.named(in: heading.title)))
            case .container:
                stack.append((heading.level, .container))
                outline.regions.append(Region(blocks: own, period: period, team: team, isObjectivesList: true, span: span,
                                              commitment: CommitmentMarker.named(in: heading.title)))
            case .team(let name) where HeadingRole.namesPerson(heading.title) || personHeading != nil:
                // A person is the owner of the objectives under them, not a team.
                personLabel = nil
                stack.append((heading.level, .person(name)))
                outline.regions.append(Region(blocks: own, period: period, team: team, isObjectivesList: true, span: span,
                                              commitment: CommitmentMarker.named(in: heading.title), person: personHeading))
            case .team(let name):
                teamGroups.insert(Self.group(of: position, in: headings))
                stack.append((heading.level, .team(name)))
                outline.regions.append(Region(blocks: own, period: period, team: name, isObjectivesList: true, span: span,
                                              commitment: CommitmentMarker.named(in: heading.title)))
            case .aside:
                stack.append((heading.level, .aside))
                let inside = blocks[(heading.index + 1)..<(nextSameLevel?.index ?? blocks.count)].filter {
                    if case .heading = $0.kind { false } else { true }
                }
                outline.asides.append((heading.title, line, config.ignores(heading: heading.title), inside))
            case .candidate where heading.level == 1:
                // A document title (or a closing H1 such as "Next steps"): not an objective unless it is the only one.
                if outline.titleHeading == nil { outline.titleHeading = (heading.title, heading.index) }
                stack.append((1, .title))
                outline.regions.append(Region(blocks: own, period: period, team: team, isObjectivesList: false, span: span))
            case .candidate:
                let next = headings[(position + 1)...].first { $0.level <= heading.level }
                let end = next.map { blocks[$0.index].line - 1 } ?? endLine
                var body = Array(blocks[(heading.index + 1)..<(next?.index ?? blocks.count)])
                if case .label? = body.last?.kind, next?.label != nil { body.removeLast() }
                let (own, subsections) = Section.split(body, level: heading.level + 1, endLine: end)
                let section = Section(title: heading.title, level: heading.level, label: heading.label, line: line,
                                      column: blocks[heading.index].column, endLine: end, blocks: own, subsections: subsections)
                let person = stack.reversed().lazy.compactMap { if case .person(let name) = $0.open { name } else { nil } }.first
                if own.isEmpty, subsections.isEmpty, teamLabel == nil, personLabel == nil {
                    emptyEntries[Self.group(of: position, in: headings), default: []].append(outline.entries.count)
                }
                outline.entries.append(Entry(section: section, period: period, team: team ?? teamLabel?.name, person: person ?? personLabel?.name,
                                             group: groupNames.last?.name))
                if startsWithPeriod(heading.title), !outline.periodTitled.contains(where: { $0.1 == line }) {
                    outline.periodTitled.append((heading.title, line))
                }
                stack.append((heading.level, .objective))
            }
        }
        // Read as objectives, they took inferred links from their names alone and a share of the effort.
        let emptyTeams = emptyEntries.filter { teamGroups.contains($0.key) }.values.map { $0 }.sorted { $0[0] < $1[0] }
        outline.emptyTeams = emptyTeams.map { group in group.map { (outline.entries[$0].section.title, outline.entries[$0].section.line) } }
        let dropped = Set(emptyTeams.joined())
        outline.entries = outline.entries.enumerated().filter { !dropped.contains($0.offset) }.map(\.element)
        for index in outline.regions.indices {
            let span = outline.regions[index].span
            outline.regions[index].hasChildren = outline.entries.contains { span.contains($0.section.line) }
        }
        return outline
    }

    /// Whether the heading at `position` holds an OKR sheet naming two or more objectives (`ListObjectives.isOKRSheet`),
    /// or (`oneRow`) one objective of another title than the heading's, or holds no text of its own and leads to a heading
    /// that does.
    static func leadsToSheet(_ position: Int, headings: [(index: Int, level: Int)], blocks: [Block], oneRow: Bool = false) -> Bool {
        let heading = headings[position]
        let next = position + 1 < headings.count ? headings[position + 1].index : blocks.count
        let own = blocks[(heading.index + 1)..<next]
        if own.contains(where: { ListObjectives.isOKRSheet($0) && (ListObjectives.tableObjectives($0)?.count ?? 0) >= 2 }) { return true }
        // "### Business outcomes" over `| ID | Objective | Key Results |` with the one row "BO-1 | Establish Recovoice as the
        // standard … | KR1: …<br>KR2: …": the Objective cell names the objective, and the heading is its group, as over two
        // rows; titled by the heading, the objective lost the words its own cell gives. A heading that only restates the
        // cell (`## Grow the community` over the row "Grow the community") is that objective, as before; so is one with a
        // list beside the sheet (its key results or its steps).
        if oneRow, case .heading(_, let content, _) = blocks[heading.index].kind,
           !own.contains(where: { if case .list = $0.kind { true } else { false } }),
           let sheet = own.first(where: ListObjectives.isOKRSheet), let rows = ListObjectives.tableObjectives(sheet), rows.count == 1,
           comparable(TitleLabel.parse(TitleText.clean(content.plainText)).title) != comparable(TitleLabel.parse(rows[0].title).title) {
            return true
        }
        guard !own.contains(where: ObjectivesParser.isText) else { return false }
        let children = headings.indices.dropFirst(position + 1).prefix { headings[$0].level > heading.level }
        return children.contains { headings[$0].level == heading.level + 1 && leadsToSheet($0, headings: headings, blocks: blocks, oneRow: oneRow) }
    }

    /// "1. Get the mobile clinic to more families" over "- Measure: Reach 1,200 families": a numbered (or bold-led) list
    /// whose every item is a goal with its measures (items labelled as key results) nested under it.
    static func isGoalList(_ block: Block) -> Bool {
        guard case .list(let ordered, let items) = block.kind, !items.isEmpty else { return false }
        return items.allSatisfy { item in
            guard item.task == nil, case .paragraph(let content)? = item.blocks.first?.kind,
                  !KeyResultLabel.marksItem(content.plainText.trimmed) else { return false }
            if !ordered, TitleText.leadingBold(content) == nil { return false }
            return item.blocks.dropFirst().contains { nested in
                guard case .list(_, let measures) = nested.kind else { return false }
                return measures.contains { measure in
                    guard case .paragraph(let text)? = measure.blocks.first?.kind else { return false }
                    return KeyResultLabel.marksItem(text.plainText.trimmed)
                }
            }
        }
    }

    /// A heading's parent (the index of the nearest shallower heading, -1 at the top) and its level.
    private static func group(of position: Int, in headings: [(index: Int, level: Int, title: String, label: String?)]) -> [Int] {
        let level = headings[position].level
        return [headings[..<position].last { $0.level < level }?.index ?? -1, level]
    }

    /// A section whose text is prose that points to where its plan is kept (`PointerParagraph`), and nothing else.
    static func pointsElsewhere(_ blocks: [Block]) -> Bool {
        let text = blocks.filter(ObjectivesParser.isText)
        guard text.contains(where: { PointerParagraph.link($0) != nil }) else { return false }
        return text.allSatisfy { block in
            switch block.kind {
            case .paragraph, .quote: true
            default: false
            }
        }
    }

    /// A placeholder a form leaves to fill in: "[X]", "[Date]", "[Team Name]", "[YYYY QX]".
    private static let placeholder = Pattern(#"\[(?:X|N|[A-Z][A-Za-z]+(?:[ /-][A-Za-z]+){0,3})\]"#, caseInsensitive: false, needs: ["["])

    /// A section named a template ("Weekly Check-in Template", "OKR templates") whose text holds two placeholders or more
    /// ("Week [X] - [Date]"): a form leaves several to fill in, while an objective about a template may name one thing in
    /// brackets ("## Ship the RFC Template" over "- KR: Link it from [Docs]").
    /// A list whose top-level entries are plain titles over nested entries that mostly open with a link into the page
    /// (`[Make complex text as fast as simple text.](#o3r0) \[eae\] 1.0`): a summary of objectives and their key
    /// results, each detailed further down. At least two entries carry nested ones.
    static func outlinesPage(_ blocks: [Block]) -> Bool {
        blocks.contains { block in
            guard case .list(_, let items) = block.kind else { return false }
            let nested: [ListItem] = items.flatMap { item -> [ListItem] in
                item.blocks.flatMap { block -> [ListItem] in if case .list(_, let inner) = block.kind { inner } else { [] } }
            }
            let parents = items.filter { item in item.blocks.contains { if case .list = $0.kind { true } else { false } } }
            guard parents.count >= 2, nested.count >= 3 else { return false }
            return nested.filter { linkedTitle($0) != nil }.count * 3 >= nested.count * 2
        }
    }

    /// The words of the page-internal link an entry opens with, normalised for comparing with a heading.
    static func linkedTitle(_ item: ListItem) -> String? {
        guard case .paragraph(let content)? = item.blocks.first?.kind,
              case .link(let destination, let text)? = content.first(where: { if case .text(let t) = $0 { !t.trimmed.isEmpty } else { true } }),
              destination.hasPrefix("#") else { return nil }
        return comparable(text.plainText)
    }

    private static func linkedTitles(_ blocks: [Block]) -> Set<String> {
        var titles: Set<String> = []
        for case .list(_, let items) in blocks.map(\.kind) {
            for item in items {
                for case .list(_, let inner) in item.blocks.map(\.kind) { titles.formUnion(inner.compactMap(linkedTitle)) }
                if let own = linkedTitle(item) { titles.insert(own) }
            }
        }
        return titles
    }

    /// Sub-headings most of which restate a title the summary links to: the summary's details.
    private static func detailsSummary(_ subtitles: [String], titles: Set<String>) -> Bool {
        subtitles.count >= 2 && subtitles.filter { titles.contains(comparable($0)) }.count * 2 > subtitles.count
    }

    /// Lowercased words without a closing full stop or escapes: "Move line layout to LayoutUnit." as its heading has it.
    static func comparable(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "").lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            .strippingEnds(". ")
    }

    static func isTemplate(_ title: String, section: some Collection<Block>) -> Bool {
        let last = TitleText.clean(title).lowercased().split(whereSeparator: { !$0.isLetter }).last
        guard last == "template" || last == "templates" else { return false }
        var seen: Set<String> = []
        for block in section {
            for match in placeholder.allMatches(in: block.plainText) { if let text = match[0] { seen.insert(text) } }
            if seen.count >= 2 { return true }
        }
        return false
    }

    /// "##### For Sourcegraph employees, if you want more information … see the internal slides here: [OKR Tracker][…]"
    /// under the title, with nothing under it and an H2 right after it: a remark set in small type, not an objective. It
    /// is read as a line of the introduction, shown with the period, where it was an empty objective of its own.
    static func smallRemarksAsText(_ blocks: [Block]) -> [Block] {
        var result = blocks
        for index in blocks.indices where isSmallRemark(at: index, in: blocks) {
            if case .heading(_, let content, _) = blocks[index].kind { result[index].kind = .paragraph(content) }
        }
        return result
    }

    /// The heading at `index` is such a remark: deeper than H2, unlabelled, before the first H2 and right above a
    /// shallower heading.
    static func isSmallRemark(at index: Int, in blocks: [Block]) -> Bool {
        guard case .heading(let level, _, nil) = blocks[index].kind, level > 2, index + 1 < blocks.count,
              case .heading(let next, _, _) = blocks[index + 1].kind, next < level else { return false }
        // "### Hire two engineers" over "## Team Platform", whose objectives are H3s too: an objective with nothing under it
        // yet, at the level the file's objectives are written at, not a remark in small type.
        let levelUsedElsewhere = blocks.indices.contains { other in
            if other != index, case .heading(level, _, _) = blocks[other].kind { true } else { false }
        }
        return !levelUsedElsewhere && !blocks[..<index].contains { if case .heading(2, _, _) = $0.kind { true } else { false } }
    }

    /// "Developer Community:", "Product:": a heading written as a label over the list under it.
    static func introducesList(_ title: String) -> Bool {
        let text = title.trimmed
        return text.hasSuffix(":") && text.dropLast().contains(where: \.isLetter) && !text.dropLast().contains(":")
    }

    /// "Developer Community", "Product:": a short name, as a team's heading is; an objective's heading says more, or
    /// leads with whose it is ("CEO: Grow incremental ACV…").
    static func namesGroup(_ title: String) -> Bool {
        let text = TitleLabel.stripLeadingSymbols(title).trimmed
        let name = text.hasSuffix(":") ? text.dropLast() : Substring(text)
        return !name.contains(":") && name.split(separator: " ").count <= 4 && !name.hasSuffix(".")
    }

    /// A list of goals each with its key results nested under it, in the shape team OKR pages use: "* Grow a network of
    /// partners" over "* [P0] Identify 20 partners". Under a heading that `introduces` it, any list whose items are not
    /// themselves measures, tasks or key results; under any other, one where at least two items, and half of them, carry
    /// nested bullets, and most nested bullets are ranked (`[P0]`), labelled (`KR:`) or state a figure.
    static func isNestedGoalList(_ block: Block, introduced: Bool) -> Bool {
        guard case .list(_, let items) = block.kind, !items.isEmpty, !ObjectivesParser.statesMeasures(block) else { return false }
        let texts = items.map { item -> String? in
            guard item.task == nil, case .paragraph(let content)? = item.blocks.first?.kind else { return nil }
            let text = content.plainText.trimmed
            // An owner's item over its teams' measures ("* CMO: …" › "* Content: …") is an OKR cascade (`OwnerCascade`).
            return text.isEmpty || KeyResultLabel.marksItem(text) || PriorityMarker.split(text).priority != nil
                || OwnerCascade.isOwnerItem(item, text: text) ? nil : text
        }
        guard texts.allSatisfy({ $0 != nil }) else { return false }
        if introduced { return true }
        let nested = items.map { item in
            item.blocks.dropFirst().flatMap { block -> [ListItem] in if case .list(_, let inner) = block.kind { inner } else { [] } }
        }
        let carrying = nested.filter { !$0.isEmpty }.count
        guard carrying >= 2, carrying * 2 >= items.count else { return false }
        let measures = nested.joined().filter { measure in
            guard case .paragraph(let content)? = measure.blocks.first?.kind else { return false }
            let text = content.plainText.trimmed
            if PriorityMarker.split(text).priority != nil || KeyResultLabel.marksItem(text) { return true }
            let reading = ProgressReader.read(text, checked: nil)
            return reading.progress != nil || reading.unread != nil
        }
        return measures.count * 3 >= nested.joined().count * 2
    }

    /// Child headings that are each a goal over nothing but its labelled measures ("#### Cut missed appointments" over
    /// "- Measure: Reduce no-show rate…") or its table of key results ("#### Stability" over `| KR | Current |`): the
    /// goals of the heading above ("### Platform", a team), which groups them.
    private static func headsMeasuredGoals(_ children: [(index: Int, level: Int, title: String, label: String?)], in blocks: [Block],
                                           headings: [(index: Int, level: Int, title: String, label: String?)]) -> Bool {
        guard !children.isEmpty else { return false }
        return children.allSatisfy { child in
            let next = headings.first { $0.index > child.index }?.index ?? blocks.count
            guard next == blocks.count || headings.first(where: { $0.index == next })!.level <= child.level else { return false }
            let own = blocks[(child.index + 1)..<next].filter { if case .label = $0.kind { false } else { true } }
            if own.contains(where: { PlanTable.keyResults(in: $0) != nil }) {
                return own.allSatisfy { PlanTable.keyResults(in: $0) != nil || { if case .paragraph = $0.kind { true } else { false } }($0) }
            }
            guard own.contains(where: { if case .list = $0.kind { true } else { false } }) else { return false }
            return own.allSatisfy { block in
                guard case .list(_, let items) = block.kind else { return false }
                return items.allSatisfy { item in
                    guard item.task == nil, case .paragraph(let text)? = item.blocks.first?.kind else { return false }
                    return KeyResultLabel.marksItem(text.plainText.trimmed)
                }
            }
        }
    }

    /// For each heading, true when a labelled heading lies under it (deeper, before the next heading at its level or above).
    private static func enclosing(_ labelled: [Bool], levels: [Int]) -> [Bool] {
        var result = Array(repeating: false, count: levels.count)
        var open: [Int] = []
        for position in levels.indices {
            while let top = open.last, levels[top] >= levels[position] { open.removeLast() }
            if labelled[position] {
                // An open heading already marked has its own enclosing headings marked: stop there, so each is marked once.
                for ancestor in open.reversed() {
                    if result[ancestor] { break }
                    result[ancestor] = true
                }
            }
            open.append(position)
        }
        return result
    }

    /// The title of a heading that groups objectives, without its number or label: "Grow revenue" for `## 1. Grow revenue`.
    static func groupName(_ title: String) -> String? {
        let name = TitleText.clean(TitleLabel.parseObjective(title).title).trimmingCharacters(in: [":", " "])
        return name.isEmpty ? nil : name
    }

    /// An area's or team's name as a heading writes it: one or two words (`Product`, `Customer Success`, `Sales &
    /// Marketing`), each capitalised, with no verb first and no comparison ("Grow revenue", "Faster Builds" are outcomes).
    static func areaName(_ title: String) -> String? {
        guard let name = groupName(title) else { return nil }
        let words = name.split(separator: " ").map(String.init)
        let named = words.filter { $0 != "&" && $0.lowercased() != "and" }
        guard (1...2).contains(named.count), words.count <= 3, words.first != "&", words.last != "&",
              named.allSatisfy({ word in word.first?.isUppercase == true && word.allSatisfy { $0.isLetter || $0 == "-" || $0 == "/" } }),
              let first = named.first?.lowercased(), !outcomeWords.contains(first),
              !named.contains(where: { categoryWords.contains($0.lowercased()) }) else { return nil }
        return name
    }

    /// A heading of one to three words that names a kind of objective rather than whose they are: "Carry Over", "Top
    /// Priorities", "North Star", "Stretch Goals", "Company OKRs".
    static func isCategory(_ title: String) -> Bool {
        guard let name = groupName(title) else { return false }
        let words = name.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "/" }).map { $0.lowercased() }
        return (1...3).contains(words.count) && words.contains(where: categoryWords.contains)
    }

    /// Words of a heading that sorts objectives by kind, time or weight, not by area (`isCategory`).
    private static let categoryWords: Set<String> = [
        "carry", "carried", "carryover", "over", "rollover", "north", "star", "top", "priorities", "priority", "goals", "goal",
        "objectives", "objective", "okrs", "okr", "bets", "themes", "theme", "stretch", "committed", "aspirational",
        "moonshots", "backlog", "focus", "must", "nice", "ongoing", "continuing", "new", "other", "bonus", "optional",
    ]

    /// Words that make a heading an outcome rather than an area's name: verbs objectives start with, and comparisons.
    private static let outcomeWords: Set<String> = [
        "grow", "launch", "ship", "cut", "reduce", "improve", "increase", "build", "make", "deliver", "expand", "drive", "create",
        "establish", "enable", "achieve", "win", "scale", "retain", "hire", "reach", "become", "keep", "develop", "accelerate",
        "strengthen", "lower", "raise", "boost", "modernize", "modernise", "migrate", "automate", "simplify", "unify", "optimize",
        "optimise", "double", "triple", "halve", "release", "publish", "run", "define", "get", "go", "add", "remove", "fix",
        "stabilize", "stabilise", "secure", "protect", "empower", "invest", "adopt", "complete", "finish", "start", "begin",
        "implement", "introduce", "close", "sign", "land", "hit", "own", "lead", "prepare", "plan", "align", "consolidate",
        "standardize", "standardise", "attract", "engage", "educate", "onboard", "convert", "monetize", "earn", "save", "sell",
        "serve", "ensure", "maintain", "upgrade", "replace", "retire", "deprecate", "rebuild", "redesign", "refactor", "rewrite",
        "faster", "better", "fewer", "lower", "higher", "cheaper", "simpler", "smaller", "bigger", "stronger", "safer", "easier",
        "quicker", "more", "less", "new", "first", "one", "zero", "no", "every", "all",
        // A page's sections, not an area.
        "example", "examples", "sample", "samples", "other", "misc", "miscellaneous", "general",
    ]

    /// Whether every heading right under a heading is an objective of its own: labelled so, holding key results and an
    /// objective's fields (an owner, priorities, a status), or opening with who owns it (`**Owner:** Natalia` under "###
    /// 2x-ing product comparisons", a team page's objectives grouped under "## Editorial") — not the steps of one objective.
    /// `announced`: the heading's own words end by announcing them ("Our editorial objectives this quarter:"), so opening
    /// with an owner, or holding a list, is enough: the writer said what they are.
    private static func childrenAreObjectives(_ children: some Collection<(index: Int, level: Int, title: String, label: String?)>, in blocks: [Block],
                                              headings: [(index: Int, level: Int, title: String, label: String?)], labelled: [Bool],
                                              isMetadata: (Block) -> Bool, namesOwner: (Block) -> Bool, announced: Bool = false) -> Bool {
        !children.isEmpty && children.allSatisfy { child in
            guard let position = headings.firstIndex(where: { $0.index == child.index }) else { return false }
            if labelled[position] { return true }
            let end = headings[(position + 1)...].first { $0.level <= child.level }?.index ?? blocks.count
            let section = blocks[(child.index + 1)..<end].filter { if case .heading = $0.kind { false } else { true } }
            if announced {
                if let first = section.first(where: ObjectivesParser.isText), isMetadata(first), namesOwner(first) { return true }
                if section.contains(where: { if case .list = $0.kind { true } else { false } }) { return true }
            }
            // Opening with its owner and saying how it will be measured ("**We'll know we're successful when:**" over a
            // list): an objective. An owner over prose alone is a step's (`### Better ranking`, `Owner: Bo`).
            if let first = section.first(where: ObjectivesParser.isText), isMetadata(first), namesOwner(first),
               section.indices.dropLast().contains(where: { index in
                   guard case .paragraph(let label) = section[index].kind, case .list = section[index + 1].kind else { return false }
                   return [.keyResults, .success].contains(KeyResultLabel.role(of: label.plainText))
               }) { return true }
            return section.contains(where: isMetadata) && SkippedSection.objectiveLike(Array(section), title: child.title) != nil
        }
    }

    /// "Q3 2025 launch", "FY24-Q1: hiring": a period first, then words.
    private static func startsWithPeriod(_ title: String) -> Bool {
        let text = TitleLabel.stripLeadingSymbols(title)
        let firstWords = text.split(separator: " ").prefix(2).joined(separator: " ")
        return Quarter.find(in: firstWords) != nil || Quarter.fiscalMention(in: firstWords) != nil
    }
}
