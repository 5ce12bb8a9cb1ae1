/// A light suffix-stripping stemmer, enough to see that "renewals" and "renewal", or "hiring" and
/// "hire", are the same word when explaining a link.
enum Stems {
    static func of(_ text: String) -> Set<String> {
        Set(WordPiece.basicTokens(text).filter { $0.count >= 3 }.map(stem))
    }

    static func stem(_ word: String) -> String {
        var w = word.lowercased()
        for suffix in ["ations", "ation", "ings", "ing", "ies", "ied", "ers", "er", "es", "ed", "ly", "s"] where w.count - suffix.count >= 3 && w.hasSuffix(suffix) {
            w.removeLast(suffix.count)
            if suffix == "ies" || suffix == "ied" { w += "y" }
            break
        }
        if w.hasSuffix("e"), w.count > 3 { w.removeLast() }
        return w
    }
}
