/// How many words of an item's text could say what the work is about. GitLab's FY24-Q1 page has objectives titled
/// just "CEO" with no body: one word that names an owner, not work. Inference always finds *some* closest priority,
/// so without this gate such an item got a confident link and a whole quarter's effort went to one priority.
///
/// Content words are the distinct words left once the text is cleaned (`InferenceText`), stop words are dropped and
/// so is label noise — words that number or name a plan entry ("Objective 3", "KR", "FY24", "Q1") rather than say
/// what it does.
package enum ContentWords {
    /// Fewer distinct content words than this: too little text to link. One word ("CEO", "VPE", "Hiring") names an
    /// owner or a topic; two ("Grow careers", "SOC 2 certification") already say what the work does. Every item of
    /// the evaluation sets has at least 3 (`ContentWordsTests`), so the gate never touches them.
    package static let minimum = 2

    package static func count(_ text: String) -> Int {
        Set(WordPiece.basicTokens(InferenceText.clean(text)).map { $0.lowercased() }.filter { isContent($0) && ReadableScript.reads($0) }).count
    }

    /// The distinct content words in a script inference does not read (`ReadableScript`), which `count` leaves out.
    package static func unreadCount(_ text: String) -> Int {
        Set(WordPiece.basicTokens(InferenceText.clean(text)).map { $0.lowercased() }.filter { isContent($0) && !ReadableScript.reads($0) }).count
    }

    /// Too little text to link because its words are in a script inference does not read (a roadmap item written in
    /// Chinese or Japanese): not too short, but unread — a report says so once for all such items.
    package static func isThinForScript(_ text: String) -> Bool { unreadCount(text) > 0 && isTooThin(text) }

    /// Stops at the `minimum`-th distinct content word: every item of a plan is asked, and most say plenty. Only words
    /// inference reads count (`ReadableScript`): an item written in Chinese has too little text to link, not a guess.
    package static func isTooThin(_ text: String) -> Bool { isTooThin(cleaned: InferenceText.clean(text)) }

    /// `isTooThin` of a text already cleaned (`InferenceText.clean`).
    static func isTooThin(cleaned: String) -> Bool {
        var seen: Set<String> = []
        for token in WordPiece.basicTokens(cleaned) {
            let word = token.lowercased()
            if isContent(word) && ReadableScript.reads(word) { seen.insert(word) }
            if seen.count >= minimum { return false }
        }
        return true
    }

    /// The text as inference reads it (Markdown, links, code and handles taken out), and its content words in order,
    /// lowercased, repeats kept: the site's search index draws its excerpts and key words from them.
    package static func plain(_ text: String) -> String { InferenceText.clean(text) }

    /// `text` as a reader reads it, for excerpts: `plain`, but with @handles kept and tables as their rows' cell text.
    /// `plain`: the text's `plain`, returned as it is when the text holds neither a handle nor a table.
    package static func readable<Text: StringProtocol>(_ text: Text, plain: String? = nil) -> String {
        if let plain, !holdsHandleOrCell(text) { return plain }
        return InferenceText.readable(String(text))
    }

    /// Whether the text holds `@` or `|`, on its contiguous bytes when it has them: called from another module this
    /// generic function is not specialized, and its byte-by-byte walk through the protocol's iterator was 1.4 % of a
    /// cold build's CPU at 2,000 files (the search index asks it of every item's body).
    private static func holdsHandleOrCell<Text: StringProtocol>(_ text: Text) -> Bool {
        let marks = { (byte: UInt8) in byte == UInt8(ascii: "@") || byte == UInt8(ascii: "|") }
        return text.utf8.withContiguousStorageIfAvailable { $0.contains(where: marks) } ?? text.utf8.contains(where: marks)
    }

    package static func words(_ text: String) -> [String] {
        words(plain: InferenceText.clean(text))
    }

    /// `words` of a text already cleaned by `plain`.
    package static func words(plain text: String) -> [String] {
        WordPiece.basicTokens(text).map { $0.lowercased() }.filter(isContent)
    }

    static func isContent(_ word: String) -> Bool {
        if let ascii = asciiIsContent(word) { return ascii }
        guard word.count >= 2, word.contains(where: \.isLetter), !StopWords.contains(word), !labelNoise.contains(word) else { return false }
        return !isLabel(word)
    }

    /// `isContent` of an ASCII word by its bytes, nil for any other word. Character properties cost a table lookup
    /// per letter, and the site's search index asks this of every word of every item.
    private static func asciiIsContent(_ word: String) -> Bool? {
        word.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            guard bytes.count >= 2, bytes.contains(where: isLetter) else { return false }
            guard !StopWords.contains(word), !labelNoise.contains(word) else { return false }
            let letters = bytes.prefix(while: isLetter), digits = bytes.dropFirst(letters.count)
            guard !digits.isEmpty, digits.allSatisfy(isDigit) else {
                let ordinal = bytes.count > 2 && bytes.dropLast(2).allSatisfy(isDigit)
                    && ["st", "nd", "rd", "th"].contains { Array($0.utf8) == Array(bytes.suffix(2)) }
                return !ordinal
            }
            return !["q", "h", "fy", "cy", "kr", "okr", "o"].contains { Array($0.utf8).elementsEqual(letters) }
        } ?? nil
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// Quarter, half and fiscal-year labels ("q1", "h2", "fy24") and ordinals written as tokens ("1st").
    private static func isLabel(_ word: String) -> Bool {
        let letters = word.prefix { $0.isLetter }, digits = word.dropFirst(letters.count)
        guard !digits.isEmpty, digits.allSatisfy(\.isNumber) else {
            return ["st", "nd", "rd", "th"].contains { word.hasSuffix($0) && word.dropLast(2).allSatisfy(\.isNumber) && word.count > 2 }
        }
        return ["q", "h", "fy", "cy", "kr", "okr", "o"].contains(String(letters))
    }

    /// Words that label a plan entry instead of describing it.
    private static let labelNoise: Set<String> = [
        "objective", "objectives", "okr", "okrs", "kr", "krs", "initiative", "initiatives", "goal", "goals",
        "item", "items", "todo", "tbd", "tba", "wip", "draft", "placeholder", "untitled", "misc", "other", "none", "na",
        "quarter", "quarterly", "fy", "cy", "q1", "q2", "q3", "q4", "h1", "h2",
    ]
}
