/// A light suffix-stripping stemmer, enough to see that "renewals" and "renewal", or "hiring" and
/// "hire", are the same word when explaining a link.
enum Stems {
    static func of(_ text: String) -> Set<String> {
        Set(WordPiece.basicTokens(text).filter { $0.count >= 3 }.map(stem))
    }

    /// Suffixes longest first, with their lengths counted once.
    private static let suffixes = ["ations", "ation", "ings", "ing", "ies", "ied", "ers", "er", "es", "ed", "ly", "s"].map { ($0, $0.count) }
    private static let suffixBytes = suffixes.map { Array($0.0.utf8) }

    /// `stemWithoutShortcut` on the bytes of an ASCII word, which nearly every word is: the Unicode-aware lowercasing,
    /// counting and suffix tests were a tenth of inference.
    static func stem(_ word: String) -> String {
        var bytes = Array(word.utf8)
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return stemWithoutShortcut(word) }
        for index in bytes.indices where bytes[index] >= 0x41 && bytes[index] <= 0x5A { bytes[index] += 0x20 }
        for (index, suffix) in suffixBytes.enumerated() where bytes.count - suffix.count >= 3 && bytes.suffix(suffix.count).elementsEqual(suffix) {
            bytes.removeLast(suffix.count)
            if index == 4 || index == 5 { bytes.append(UInt8(ascii: "y")) }
            break
        }
        if bytes.last == UInt8(ascii: "e"), bytes.count > 3 { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func stemWithoutShortcut(_ word: String) -> String {
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
