/// A light suffix-stripping stemmer, enough to see that "renewals" and "renewal", or "hiring" and
/// "hire", are the same word when explaining a link.
enum Stems {
    static func of(_ text: String) -> Set<String> {
        Set(WordPiece.basicTokens(text).filter { $0.count >= 3 }.map(stem))
    }

    /// Suffixes longest first, with their lengths counted once.
    private static let suffixes = ["ations", "ation", "ings", "ing", "ies", "ied", "ers", "er", "es", "ed", "ly", "s"].map { ($0, $0.count) }

    static func stem(_ word: String) -> String {
        var w = word.lowercased()
        var count = w.count
        for (suffix, length) in suffixes where count - length >= 3 && w.hasSuffix(suffix) {
            w.removeLast(length)
            count -= length
            if suffix == "ies" || suffix == "ied" { w += "y"; count += 1 }
            break
        }
        if w.hasSuffix("e"), count > 3 { w.removeLast() }
        return w
    }
}
