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
        let opening = RoadmapHeading.normalized(firstSection)
        guard openings.contains(where: { opening == $0 || opening.hasPrefix($0 + " ") }) else { return false }
        return outline.asides.count >= 2 && outline.asides.count >= outline.entries.count
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
