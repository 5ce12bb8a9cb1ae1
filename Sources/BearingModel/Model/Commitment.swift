/// What kind of objective it is, in Google's OKR practice: a committed one is to be met in full (1.0; anything less when
/// its period ends is a miss to explain), an aspirational one is stretched for (0.7 is a success). Read from the
/// objective's `Commitment` field (which the parser fills from a marker such as "(committed)" or "## Aspirational OKRs")
/// or from a field of its own whose value is the word alone (`Type: Committed`, `OKR type: stretch`).
public enum Commitment: String, Sendable, Hashable, Codable {
    case committed, aspirational

    /// The kind a word names ("Committed", "commit", "aspirational", "moonshot", "roofshot", "stretch goal", with an
    /// optional "OKR", "objective" or "goal" after it), nil for any other text.
    public init?(word: String) {
        // "Committed (90%+ confidence)", "Aspirational (60-70% confidence)": a remark in brackets after the kind.
        var written = Substring(word)
        if written.hasSuffix(")"), let open = written.lastIndex(of: "("), open > written.startIndex { written = written[..<open] }
        var words = written.lowercased().split { $0.isWhitespace }.map(String.init)
        if words.count > 1, ["okr", "objective", "goal"].contains(words.last ?? "") { words.removeLast() }
        switch words {
        case ["committed"], ["commit"]: self = .committed
        case ["aspirational"], ["moonshot"], ["roofshot"], ["stretch"], ["stretch", "goal"]: self = .aspirational
        default: return nil
        }
    }

    /// The field the parser keeps an objective's commitment in, named as a writer who spells it out names it.
    public static let fieldKey = "Commitment"

    /// The kind `metadata` states: its `Commitment` field, else the first field whose value is a commitment word alone.
    public init?(metadata: Metadata) {
        if let field = metadata.custom.first(where: { $0.key.lowercased() == Self.fieldKey.lowercased() }),
           let kind = Commitment(word: field.value.trimmed) {
            self = kind
            return
        }
        guard let kind = metadata.custom.lazy.compactMap({ Commitment(word: $0.value.trimmed) }).first else { return nil }
        self = kind
    }
}
