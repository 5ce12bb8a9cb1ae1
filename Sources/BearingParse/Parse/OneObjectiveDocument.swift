import BearingModel

/// A file that is one proposal written as a document: an H1 that names the work, then the usual sections of a
/// design document (Summary, Motivation, FAQ…) beside a few others (Team asks, Funding). Rust's project goals are
/// written this way, one goal per file. Its H2s are parts of the one objective; reading "Team asks" and "Funding"
/// as objectives of their own would invent work and lose the goal.
enum OneObjectiveDocument {
    /// Section titles that open a document about one thing.
    private static let openings = ["summary", "abstract", "overview", "motivation", "background", "introduction", "context", "tl;dr", "tldr"]

    static func matches(_ document: MarkdownDocument, outline: ObjectiveOutline) -> Bool {
        // Objectives listed or headed under a heading of their own ("## Objectives & Key Results") mean a file of them.
        guard outline.titleHeading != nil, !outline.regions.contains(where: holdsObjectives) else { return false }
        // The first H2 opens the document, and the sections that describe rather than plan outnumber the rest.
        let firstSection = document.blocks.lazy.compactMap { block -> String? in
            if case .heading(2, let content, _) = block.kind { return content.plainText } else { return nil }
        }.first
        guard let firstSection else { return false }
        if isTemplate(document) { return true }
        let opening = RoadmapHeading.normalized(firstSection)
        guard openings.contains(where: { opening == $0 || opening.hasPrefix($0 + " ") }) else { return false }
        return outline.asides.count >= 2 && outline.asides.count >= outline.entries.count
    }

    /// The sections of a plan template ("🎯 Objective", "🧠 Problem Statement", "🧾 Key Outcomes", "🗺️ Scope", "🗓️
    /// Timeline", "Updates Log"): each names a part of one piece of work, never a piece of work of its own.
    private static let templateSections: Set<String> = [
        "objective", "goal", "goals", "purpose", "problem", "problem statement", "the problem", "key outcomes", "outcomes",
        "expected outcomes", "key results", "success criteria", "success metrics", "measures of success", "scope", "timeline",
        "milestones", "updates", "updates log", "update log", "status updates", "reference materials", "references", "resources",
        "summary", "motivation", "background", "overview", "context", "risks", "dependencies", "stakeholders", "team",
        "budget", "funding", "next steps", "open questions", "faq", "frequently asked questions", "approach", "hypothesis",
    ]

    /// At least three H2s, two thirds of them template sections, at least one of them the work's aim (Objective, Goal,
    /// Purpose, Problem, Key outcomes): one piece of work, however many headings it has.
    private static func isTemplate(_ document: MarkdownDocument) -> Bool {
        let titles = document.blocks.compactMap { block -> String? in
            guard case .heading(2, let content, _) = block.kind else { return nil }
            return TitleText.clean(TitleLabel.stripLeadingSymbols(content.plainText)).lowercased()
        }
        let matched = titles.filter(templateSections.contains)
        let aims: Set<String> = ["objective", "goal", "goals", "purpose", "problem", "problem statement", "key outcomes", "outcomes"]
        return titles.count >= 3 && matched.count * 3 >= titles.count * 2 && matched.contains(where: aims.contains)
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
