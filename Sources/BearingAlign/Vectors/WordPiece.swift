import Foundation

/// BERT's uncased tokenizer: lowercase, strip accents, split on spaces and punctuation, then cut each
/// word into the longest vocabulary pieces (`##` marks a piece that continues a word).
/// Mirrors `basic`/`wordpiece` in scripts/distill so Swift and the distillation agree on tokens.
struct WordPiece: Sendable {
    let index: [String: Int32]

    /// A word of the input and the vocabulary pieces it was cut into (empty when it has none).
    struct Word {
        var text: String
        var pieces: [Int32]
    }

    func words(_ text: String) -> [Word] {
        Self.basicTokens(text).map { Word(text: $0, pieces: pieces($0)) }
    }

    /// As `words`, remembering each word's pieces in `cache`: plans reuse a small vocabulary many times over.
    func words(_ text: String, cache: inout [String: [Int32]]) -> [Word] {
        Self.basicTokens(text).map { token in
            if let known = cache[token] { return Word(text: token, pieces: known) }
            let found = pieces(token)
            cache[token] = found
            return Word(text: token, pieces: found)
        }
    }

    /// Greedy longest-match-first; a word with any piece missing is unknown as a whole, as in BERT.
    func pieces(_ word: String) -> [Int32] {
        let characters = Array(word)
        guard characters.count <= 100 else { return [] }
        var result: [Int32] = []
        var start = 0
        while start < characters.count {
            var end = characters.count
            var found: Int32?
            while start < end {
                let piece = (start > 0 ? "##" : "") + String(characters[start..<end])
                if let id = index[piece] { found = id; break }
                end -= 1
            }
            guard let id = found else { return [] }
            result.append(id)
            start = end
        }
        return result
    }

    static func basicTokens(_ text: String) -> [String] {
        if let tokens = asciiTokens(text) { return tokens }
        // Mostly ASCII with a few other characters late on (a search excerpt ends with "…"): the ASCII head up to a
        // space before the first other byte takes the fast path. Tokens never span a space, and lowercasing and
        // canonical decomposition of ASCII change nothing, so the tokens are those of the whole text.
        let bytes = text.utf8
        if let other = bytes.firstIndex(where: { $0 >= 0x80 }),
           let space = bytes[..<other].lastIndex(where: { $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) }),
           let head = asciiTokens(String(text[..<space])) {
            return head + unicodeTokens(String(text[space...]))
        }
        return unicodeTokens(text)
    }

    static func unicodeTokens(_ text: String) -> [String] {
        let folded = text.lowercased().decomposedStringWithCanonicalMapping
        var tokens: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            if !current.isEmpty { tokens.append(String(current)); current = String.UnicodeScalarView() }
        }
        for scalar in folded.unicodeScalars {
            let properties = scalar.properties
            if properties.generalCategory == .nonspacingMark { continue }
            if properties.isWhitespace {
                flush()
            } else if isPunctuation(scalar) {
                flush()
                tokens.append(String(scalar))
            } else {
                current.append(scalar)
            }
        }
        flush()
        return tokens
    }

    /// The same tokens for pure-ASCII text, from its bytes: no Unicode normalisation is needed there.
    /// Nil when the text has any non-ASCII byte.
    static func asciiTokens(_ text: String) -> [String]? {
        // A string made by Foundation (a regular expression's replacement) is bridged, with no contiguous UTF-8 to
        // read, and sent every such text down the slower Unicode path: made native here, at most one copy.
        var text = text
        text.makeContiguousUTF8()
        var tokens: [String] = []
        var current: [UInt8] = []
        var failed = false
        text.utf8.withContiguousStorageIfAvailable { bytes in
            for byte in bytes {
                if byte >= 0x80 { failed = true; return }
                switch byte {
                case 0x41...0x5A: current.append(byte + 32)
                case 0x61...0x7A, 0x30...0x39: current.append(byte)
                case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20:
                    if !current.isEmpty { tokens.append(String(decoding: current, as: UTF8.self)); current.removeAll(keepingCapacity: true) }
                default:
                    if !current.isEmpty { tokens.append(String(decoding: current, as: UTF8.self)); current.removeAll(keepingCapacity: true) }
                    tokens.append(String(UnicodeScalar(byte)))
                }
            }
        } ?? { failed = true }()
        if failed { return nil }
        if !current.isEmpty { tokens.append(String(decoding: current, as: UTF8.self)) }
        return tokens
    }

    private static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return !(scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)) }
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation: return true
        default: return false
        }
    }
}
