import BearingModel

/// The labels a strategy puts over the parts of one priority, as an H4 ("#### Outcomes") or a bold line
/// ("**How we'll measure it**"): what the list under each is to the priority. A label is never a sub-priority itself.
enum PriorityPartLabel {
    enum Role: Equatable {
        /// How the priority's success is told ("How we'll measure it", "Success measures", "KPIs"): its success signal.
        case measures
        /// What the priority is made of ("Outcomes", "What we'll do", "Commitments"): its bullets are the sub-priorities,
        /// the things work is done for.
        case parts
        /// Why it matters, its principles, risks or background: text of the priority, neither measure nor part.
        case text
    }

    static func role(of label: String) -> Role? {
        let text = normalize(label)
        guard !text.isEmpty, text.count <= 60 else { return nil }
        let words = text.split(separator: " ").map(String.init)
        if measurePhrase.matches(text) { return .measures }
        if words.count <= 4, let last = words.last, measureWords.contains(last),
           words.dropLast().allSatisfy({ qualifiers.contains($0) || measureWords.contains($0) }) { return .measures }
        if partLabels.contains(text) { return .parts }
        if textLabels.contains(text) || KeyResultLabel.role(of: label) == .context { return .text }
        return nil
    }

    /// Lowercased, straight apostrophes, no bold, emoji or trailing colon: "**How we’ll measure it:**" → "how we'll measure it".
    static func normalize(_ label: String) -> String {
        var text = TitleLabel.stripLeadingSymbols(label.replacingAll("’", with: "'").replacingAll("*", with: "").replacingAll("_", with: " ").trimmed)
        while let last = text.last, last == ":" || last == "." || last == " " { text.removeLast() }
        return text.lowercased().split(separator: " ").joined(separator: " ")
    }

    /// "How we'll measure it", "How will we know", "How we will track progress", "What success looks like", "We will know
    /// this is working when": a question or sentence that introduces the measures.
    private static let measurePhrase = Pattern(
        #"^(?:how\s+(?:we'll|we\s+will|will\s+we|do\s+we|we|to)\s+(?:measure|know|track|judge|assess)\b.*|(?:what\s+)?success\s+(?:looks|will\s+look)\s+like.*|we(?:'ll|\s+will)\s+know\b.*|measur(?:es|ing|ement|ements)\s+of\s+success|success\s+criteria|key\s+performance\s+indicators?)$"#)

    private static let measureWords: Set<String> = [
        "measure", "measures", "measurement", "measurements", "metric", "metrics", "kpi", "kpis", "indicator", "indicators",
        "target", "targets",
    ]
    /// Words that say which measures, never what to achieve: "Improve measures" is no label.
    private static let qualifiers: Set<String> = [
        "success", "key", "our", "the", "performance", "outcome", "impact", "progress", "headline", "main", "core", "and",
    ]
    private static let partLabels: Set<String> = [
        "outcomes", "our outcomes", "key outcomes", "expected outcomes", "desired outcomes", "intended outcomes", "outcomes we want",
        "the outcomes we want", "what we want to achieve", "what we will achieve", "what we'll achieve", "objectives", "our objectives",
        "goals", "our goals", "what we'll do", "what we will do", "what we're going to do", "what we are going to do",
        "commitments", "our commitments", "we will", "actions", "key actions", "our actions", "priorities", "our priorities",
        "workstreams", "initiatives", "key initiatives", "programmes", "programs", "projects", "deliverables", "focus areas",
        "areas of focus",
    ]
    private static let textLabels: Set<String> = [
        "why it matters", "why this matters", "why it's important", "why this is important", "why", "why we're doing this",
        "why we are doing this", "principles", "our principles", "guiding principles", "where we are now", "where we are",
        "current state", "what we heard", "what you told us", "what residents told us", "the challenge", "challenges",
        "the problem", "case study", "case studies", "example", "examples", "evidence", "what this means",
        "what this means for residents", "what this means for you", "who benefits", "links to other strategies",
    ]
}
