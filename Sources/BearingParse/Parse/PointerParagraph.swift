import BearingModel

/// A paragraph that says where a plan is kept instead of stating it: "Find the **js-ipfs OKRs** for 2018 Q2 at the
/// [2018 Q2 IPFS OKRs Spreadsheet](…)", "Once these OKRs are finished, you will be able to find them on the [sheet](…)".
/// Real OKR files keep such a line for each quarter they planned elsewhere. Read as an objective, it took an inferred
/// link from the words "OKRs" and "find", and made a quarter with no objectives look 70/100 aligned.
enum PointerParagraph {
    /// The paragraph's first link (its text and destination) when the paragraph points to the plan elsewhere; nil for
    /// any other block.
    static func link(_ block: Block) -> (text: String, destination: String)? {
        guard case .paragraph(let content) = block.kind, let link = firstLink(content) else { return nil }
        let text = content.plainText.trimmed
        guard text.count <= 300, pointing.matches(text), namesPlan.matches(text) else { return nil }
        return link
    }

    /// A verb that sends the reader elsewhere: find, see, view, refer to, "are kept at", "moved to".
    private static let pointing = Pattern(
        #"\b(?:find|found|see|view|refer\s+to|check\s+out|look\s+at|(?:is|are|were|was)\s+(?:kept|tracked|listed|located|maintained|available|published)|available\s+(?:at|on|in|here)|moved\s+to|lives?\s+(?:at|on|in))\b"#,
        needs: ["find", "found", "see", "view", "refer", "check", "look", "kept", "tracked", "listed", "located", "maintained", "available",
                "published", "moved", "live"])

    /// What is found there: the plan itself, or the document it is kept in ("them" once the sentence has named it).
    private static let namesPlan = Pattern(
        #"\b(?:okrs?|objectives?|goals?|key\s+results|plans?|roadmaps?|spreadsheets?|sheets?|docs?|documents?|wiki|board|them)\b"#)

    private static func firstLink(_ content: [Inline]) -> (text: String, destination: String)? {
        for inline in content {
            switch inline {
            case .link(let destination, let inner): return (inner.plainText.trimmed.isEmpty ? destination : inner.plainText.trimmed, destination)
            case .emphasis(let inner), .strong(let inner):
                if let found = firstLink(inner) { return found }
            default: continue
            }
        }
        return nil
    }
}
