/// Headings that frame a strategy page rather than name what it commits to: "TL;DR", "Summary", "Context", "Mission",
/// "Long Term Vision (for 2023)", "Values", "Target Audience (for 2021)". PostHog's strategy overview is one "## TL;DR"
/// over such H3s; read as a page of statements, "TL;DR" became its only priority and "Mission" a sub-priority of it,
/// with no word to the user. Such a heading is context, never a priority.
enum FramingHeading {
    static func matches(_ title: String) -> Bool {
        var text = TitleText.clean(title).lowercased()
        // "(for 2023)", "(Now until Friday 6th Aug)": when the statement holds, not what it is.
        if let open = text.firstIndex(of: "("), text.hasSuffix(")") { text = String(text[..<open]) }
        let words = text.split(whereSeparator: { !$0.isLetter && $0 != ";" }).map(String.init)
            .filter { !["our", "the", "and", "&", "a", "an", "of"].contains($0) }
        guard !words.isEmpty, words.count <= 4 else { return false }
        // "Long term vision", "Mission, vision and values": every word frames the page.
        return words.allSatisfy { framingWords.contains($0) || qualifiers.contains($0) } && words.contains(where: framingWords.contains)
    }

    private static let framingWords: Set<String> = [
        "tl;dr", "tldr", "summary", "overview", "context", "background", "introduction", "intro", "about", "preamble",
        "mission", "vision", "values", "purpose", "audience", "audiences", "who", "why",
    ]
    /// Words that only qualify a framing word: "Executive summary", "Long term vision", "Target audience".
    private static let qualifiers: Set<String> = ["executive", "long", "term", "longer", "target", "core", "statement", "we", "are", "is", "this"]
}
