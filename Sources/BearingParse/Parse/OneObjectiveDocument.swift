import BearingModel

/// A file that is one proposal written as a document: an H1 that names the work, then the usual sections of a
/// design document (Summary, Motivation, FAQ…) beside a few others (Team asks, Funding). Rust's project goals are
/// written this way, one goal per file. Its H2s are parts of the one objective; reading "Team asks" and "Funding"
/// as objectives of their own would invent work and lose the goal.
enum OneObjectiveDocument {
    /// True when the metadata right under the title gives a status or a decision (`Status: Accepted`).
    private static func titleHasStatus(_ document: MarkdownDocument, outline: ObjectiveOutline) -> Bool {
        var ignored = DiagnosticBag(path: document.path)
        let metadata = MetadataReader(document: document).read(outline.introBlocks, diagnostics: &ignored).0
        return metadata.status != nil || metadata.custom.contains { $0.key == "Decision" }
    }

    /// Section titles that open a document about one thing.
    private static let openings = ["summary", "abstract", "overview", "motivation", "background", "introduction", "context", "tl;dr", "tldr"]

    static func matches(_ document: MarkdownDocument, outline: ObjectiveOutline) -> Bool {
        guard outline.titleHeading != nil else { return false }
        // "## Make the service dependable" over `- **Owner:** Ada` and `- **Priorities:** reliability`, between "## Overview"
        // and "## Risks" under a team's "# Alpha team Q4": a section that opens with an objective's own owner or
        // priorities, and is named for its work rather than a part of a document ("## Objective", "## Team"), is an
        // objective, and the file one of objectives beside its asides, not a document about its title.
        if outline.entries.contains(where: { entry in
            !templateSections.contains(TitleText.clean(TitleLabel.stripLeadingSymbols(entry.section.title)).lowercased())
                && opensWithObjectiveFields(entry.section, document: document)
        }) { return false }
        // A template's "#### Goals" deep inside its Overview is a part of the one piece of work, not a list of objectives.
        if isTemplate(document), !outline.regions.contains(where: { holdsObjectives($0) && level(of: $0, in: document) <= 2 }) { return true }
        // Objectives listed or headed under a heading of their own ("## Objectives & Key Results") mean a file of them.
        guard !outline.regions.contains(where: holdsObjectives) else { return false }
        // The first H2 opens the document, and the sections that describe rather than plan outnumber the rest.
        let firstSection = document.blocks.lazy.compactMap { block -> String? in
            if case .heading(2, let content, _) = block.kind { return content.plainText } else { return nil }
        }.first
        guard let firstSection else { return false }
        let opening = RoadmapHeading.normalized(firstSection)
        guard openings.contains(where: { opening == $0 || opening.hasPrefix($0 + " ") }) else { return false }
        // A title with a state of its own (`| Status | Proposed |` under it) names one piece of work: its "Design
        // axioms", "Team asks" and "Outputs and milestones" are parts of it, however many there are. A file of
        // objectives has no one status.
        if titleHasStatus(document, outline: outline) { return true }
        return outline.asides.count >= 2 && outline.asides.count >= outline.entries.count
    }

    private static func opensWithObjectiveFields(_ section: Section, document: MarkdownDocument) -> Bool {
        let reader = MetadataReader(document: document)
        guard let first = section.blocks.first(where: ObjectivesParser.isText), let lines = reader.metadataLines(first) else { return false }
        return lines.contains { line in MetadataKey(spelling: line.key).map { $0 == .owners || $0 == .priorities } ?? false }
    }

    /// The sections of a plan template ("🎯 Objective", "🧠 Problem Statement", "🧾 Key Outcomes", "🗺️ Scope", "🗓️
    /// Timeline", "Updates Log"): each names a part of one piece of work, never a piece of work of its own.
    private static let templateSections: Set<String> = [
        "objective", "goal", "goals", "purpose", "problem", "problem statement", "the problem", "key outcomes", "outcomes",
        "expected outcomes", "key results", "success criteria", "success metrics", "measures of success", "scope", "timeline",
        "milestones", "updates", "updates log", "update log", "status updates", "reference materials", "references", "resources",
        "summary", "motivation", "background", "overview", "context", "risks", "dependencies", "stakeholders", "team",
        "budget", "funding", "next steps", "open questions", "faq", "frequently asked questions", "approach", "hypothesis",
        // A deliverable's specification: its summary, design, plan and logs ("Summary details", "Technical description",
        // "Planning", "Integrations", "Logs").
        "summary details", "details", "description", "technical description", "technical design", "design", "requirements",
        "planning", "plan", "implementation", "implementation plan", "integrations", "logs", "change log", "changelog",
        "non-goals", "out of scope", "not in scope", "definition of done", "metrics", "proposed metrics", "assumptions",
        "assumptions and dependencies", "risks and mitigations", "appendix", "user stories", "business value",
    ]

    /// At least three H2s, two thirds of them template sections, at least one of them the work's aim (Objective, Goal,
    /// Purpose, Problem, Key outcomes): one piece of work, however many headings it has.
    private static func isTemplate(_ document: MarkdownDocument) -> Bool {
        let titles = document.blocks.compactMap { block -> String? in
            guard case .heading(2, let content, _) = block.kind else { return nil }
            return TitleText.clean(TitleLabel.stripLeadingSymbols(content.plainText)).lowercased()
        }
        let matched = titles.filter(templateSections.contains)
        let aims: Set<String> = ["objective", "goal", "goals", "purpose", "problem", "problem statement", "key outcomes", "outcomes",
                                 "summary", "summary details", "overview", "business value"]
        return titles.count >= 3 && matched.count * 3 >= titles.count * 2 && matched.contains(where: aims.contains)
    }

    /// The level of the heading that opens a region (2 when no heading is found at its first line).
    private static func level(of region: ObjectiveOutline.Region, in document: MarkdownDocument) -> Int {
        let heading = document.blocks.first { block in
            if case .heading = block.kind { return block.line == region.span.lowerBound } else { return false }
        }
        if case .heading(let level, _, _)? = heading?.kind { return level }
        return 2
    }

    private static func holdsObjectives(_ region: ObjectiveOutline.Region) -> Bool {
        // Objective headings under it ("## Activities" over "### Activity #1: …") or a list count; a table counts
        // when its rows are objectives (`| Objective | Owner |`), not when it lists who helps (`| Team | Support level |`
        // under "## Team asks").
        region.isObjectivesList && (region.hasChildren || region.blocks.contains { block in
            if case .list = block.kind { return true }
            return ListObjectives.tableObjectives(block) != nil
        })
    }
}
