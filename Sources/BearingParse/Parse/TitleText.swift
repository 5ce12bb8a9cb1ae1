import BearingModel

/// How titles are cut out of list items and paragraphs.
enum TitleText {
    /// The leading bold text of `content` and the text after it, if the content starts bold.
    static func leadingBold(_ content: [Inline]) -> (title: String, rest: String)? {
        var index = 0
        while index < content.count, case .text(let text) = content[index], text.trimmed.isEmpty { index += 1 }
        guard index < content.count, case .strong(let bold) = content[index] else { return leadingWikilink(content) }
        let title = clean(bold.plainText)
        guard !title.isEmpty else { return nil }
        var rest = Array(content[(index + 1)...]).plainText.trimmed
        // "**Within communities:** Provide…" and "**Title**: text" both leave the colon out of the rest.
        if rest.hasPrefix(":") || rest.hasPrefix(".") || rest.hasPrefix("—") || rest.hasPrefix("-") { rest = String(rest.dropFirst()).trimmed }
        return (title, rest)
    }

    /// The bold lead after a decorative emoji ("🐢 **Phase 2:** Software Catalog", "🚀 **Grow the community** - …"): the
    /// emoji marks the item, as it does before a roadmap bullet's bold title, and is no word of its title.
    static func leadingBoldPastDecoration(_ content: [Inline]) -> (title: String, rest: String)? {
        if let bold = leadingBold(content) { return bold }
        guard case .text(let first)? = content.first, !first.trimmed.isEmpty,
              TitleLabel.stripLeadingSymbols(first).trimmed.isEmpty else { return nil }
        return leadingBold(Array(content.dropFirst()))
    }

    /// "Software Catalog - With a single catalog, Backstage makes it easy…": a short name set off by a spaced dash before
    /// the sentence that describes it; nil when no dash comes within the first eight words.
    static func nameBeforeDash(_ text: String) -> (name: String, rest: String)? {
        for dash in [" - ", " – ", " — "] {
            guard let range = text.range(of: dash) else { continue }
            let name = String(text[..<range.lowerBound]).trimmed
            let words = name.split(whereSeparator: \.isWhitespace).count
            guard words >= 1, words <= 8, name.contains(where: \.isLetter) else { continue }
            return (clean(name), String(text[range.upperBound...]).trimmed)
        }
        return nil
    }

    /// "Extensible frontend platform (Done ✅)", "Ecosystem (later)": a bracket after a name that says how the work stands
    /// or when it comes is a remark on it, not a word of its name (it stays in the item's text).
    static func withoutStatusRemark(_ name: String) -> String {
        guard name.hasSuffix(")"), let open = name.lastIndex(of: "("), open > name.startIndex else { return name }
        let inside = TitleLabel.stripTrailingSymbols(String(name[name.index(after: open)..<name.index(before: name.endIndex)])).trimmed
        let said = Status(reading: inside) != nil || ["now", "next", "later", "someday", "future"].contains(inside.lowercased())
        let head = String(name[..<open]).trimmed
        return said && head.contains(where: \.isLetter) ? head : name
    }

    /// "[[Community growth]] — more contributors": a wikilink (Obsidian, Foam, Logseq) that leads an item names it, as a
    /// bold lead does; `[[page|shown text]]` is titled by the page.
    static func leadingWikilink(_ content: [Inline]) -> (title: String, rest: String)? {
        let text = content.plainText.trimmed
        guard text.hasPrefix("[["), let close = text.range(of: "]]") else { return nil }
        let title = clean(MetadataValues.wikiTarget(String(text[..<close.upperBound])))
        guard !title.isEmpty, !title.contains("[") else { return nil }
        var rest = String(text[close.upperBound...]).trimmed
        if rest.hasPrefix(":") || rest.hasPrefix(".") || rest.hasPrefix("—") || rest.hasPrefix("–") || rest.hasPrefix("-") { rest = String(rest.dropFirst()).trimmed }
        return (title, rest)
    }

    /// Whether `content` opens with a wikilink (not bold) that the words after it continue: "[[Pricing experiment]] for
    /// EU", not "[[Pricing experiment]]: test annual plans" nor "[[Pricing experiment]] Test annual plans".
    static func wikilinkReadsOn(_ content: [Inline]) -> Bool {
        guard case .text(let lead)? = content.first(where: { if case .text(let text) = $0 { !text.trimmed.isEmpty } else { true } }),
              lead.trimmed.hasPrefix("[[") else { return false }
        let text = content.plainText.trimmed
        guard text.hasPrefix("[["), let close = text.range(of: "]]") else { return false }
        let rest = text[close.upperBound...]
        let trimmed = rest.trimmed
        guard let first = trimmed.first else { return false }
        if [":", ".", "—", "–", "-", ","].contains(first) { return false }
        return !(rest.first?.isWhitespace == true && first.isUppercase)
    }

    /// The words Obsidian shows for the wikilink that opens `content` (its alias, else its note's name), when one does.
    static func leadingWikilinkShown(_ content: [Inline]) -> String? {
        guard case .text(let lead)? = content.first(where: { if case .text(let text) = $0 { !text.trimmed.isEmpty } else { true } }),
              lead.trimmed.hasPrefix("[[") else { return nil }
        let text = content.plainText.trimmed
        guard let close = text.range(of: "]]") else { return nil }
        let shown = clean(Wikilinks.asText(String(text[..<close.upperBound])))
        return shown.isEmpty ? nil : shown
    }

    /// The text of a leading link that names the item, when what follows it starts a new sentence or is set off by a
    /// colon or dash: "[conda-press](url) Conda-press is a tool that…", "[Signed archives](url): every upload…". A link
    /// that reads on into the sentence ("[Create a service](url) to make releases faster") is not a title by itself.
    static func leadingLink(_ content: [Inline]) -> String? {
        var index = 0
        while index < content.count, case .text(let text) = content[index], text.trimmed.isEmpty { index += 1 }
        guard index < content.count, case .link(_, let inner) = content[index] else { return nil }
        let title = clean(inner.plainText)
        guard !title.isEmpty else { return nil }
        let after = Array(content[(index + 1)...])
        let rest = after.plainText
        let trimmed = rest.trimmed
        guard let first = trimmed.first else { return nil }
        if [":", "—", "–"].contains(first) || trimmed.hasPrefix("- ") { return title }
        // A new sentence: a capital after a space or a line break.
        return rest.first?.isWhitespace == true && first.isUppercase ? title : nil
    }

    /// The first sentence of `text` (up to ". ", "? ", "! " or the end) and the rest.
    static func firstSentence(_ text: String) -> (sentence: String, rest: String) {
        let characters = Array(text)
        var index = 0
        var depth = 0
        // A full stop inside brackets ("attractions (a.k.a. geo bookmarks)") ends no sentence, unless the bracket
        // is never closed: then the first full stop is the end after all.
        var endInBrackets: Int?
        // Marks before any word ("!! at start of line…", "?? maybe later") end no sentence: the title would be "!!".
        var sawWord = false
        while index < characters.count {
            let character = characters[index]
            if character == "(" { depth += 1 } else if character == ")" { depth = max(0, depth - 1) }
            if character.isLetter || character.isNumber { sawWord = true }
            if sawWord, ".?!".contains(character), index + 1 == characters.count || characters[index + 1] == " " {
                // "e.g. ", "Dr. Smith", "the U.S. market", "J. R. R. Tolkien" are not sentence ends.
                if character != "." || !endsAbbreviation(characters, at: index) {
                    if depth == 0 { return (clean(String(characters[...index])), String(characters[(index + 1)...]).trimmed) }
                    if endInBrackets == nil { endInBrackets = index }
                }
            }
            index += 1
        }
        if depth > 0, let end = endInBrackets {
            return (clean(String(characters[...end])), String(characters[(end + 1)...]).trimmed)
        }
        return (clean(text), "")
    }

    /// Abbreviations written with a full stop that a sentence rarely ends on.
    private static let abbreviations: Set<String> = [
        "dr", "mr", "mrs", "ms", "st", "jr", "sr", "vs", "etc", "inc", "ltd", "prof", "approx", "cf", "dept", "est", "mt",
    ]

    /// Whether the full stop at `index` ends an abbreviation rather than a sentence: a common one ("Dr.", "vs.",
    /// "etc."), letters with stops between them ("e.g.", "U.S.", "a.k.a."), a capital initial ("J."), or "No." before a number.
    static func endsAbbreviation(_ characters: [Character], at index: Int) -> Bool {
        var start = index
        while start > 0, !characters[start - 1].isWhitespace, !"([\"'“‘".contains(characters[start - 1]) { start -= 1 }
        let word = String(characters[start..<index])
        guard !word.isEmpty else { return false }
        if abbreviations.contains(word.lowercased()) { return true }
        if word.count == 1, let letter = word.first, letter.isUppercase { return true }
        let parts = word.split(separator: ".", omittingEmptySubsequences: false)
        if parts.count > 1, parts.allSatisfy({ $0.count == 1 && $0.first!.isLetter }) {
            // "…sold in the U.S. Next we open Canada": a capitalised word that starts sentences after an upper-case
            // abbreviation shows that the sentence ended on it. ("the U.S. market", "the U.S. Army", "e.g. Slack" go on.)
            return !(word.allSatisfy { $0 == "." || $0.isUppercase } && startsSentence(characters, after: index))
        }
        if word == "No" || word == "no", index + 2 < characters.count, characters[index + 2].isNumber { return true }
        return false
    }

    /// Words that start sentences far more often than they follow "U.S." inside one.
    private static let sentenceStarters: Set<String> = [
        "we", "next", "the", "this", "that", "these", "those", "it", "its", "they", "our", "then", "also", "but", "so", "and",
        "however", "i", "he", "she", "there", "here", "after", "once", "today", "now", "each", "every", "all", "most", "some",
        "many", "as", "for", "in", "a", "an", "if", "when", "while", "meanwhile", "later", "finally", "first", "second", "third",
    ]

    /// Whether the word after the full stop at `index` is a capitalised sentence starter ("We", "Next", "The").
    private static func startsSentence(_ characters: [Character], after index: Int) -> Bool {
        var start = index + 1
        while start < characters.count, characters[start] == " " { start += 1 }
        var end = start
        while end < characters.count, characters[end].isLetter { end += 1 }
        guard end > start, characters[start].isUppercase else { return false }
        return sentenceStarters.contains(String(characters[start..<end]).lowercased())
    }

    /// Where the first "(" that is never closed within `text` stands, or nil when every bracket closes.
    static func unclosedParenthesis(in text: Substring) -> String.Index? {
        var open: [String.Index] = []
        for index in text.indices {
            if text[index] == "(" { open.append(index) } else if text[index] == ")" { _ = open.popLast() }
        }
        return open.first
    }

    /// "Lead-in: explanation" → the lead-in, when it is short enough to be a title (at most 8 words).
    static func leadIn(_ text: String) -> String? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let lead = text[..<colon].trimmed
        let after = text[text.index(after: colon)...]
        guard !lead.isEmpty, lead.split(separator: " ").count <= 8, after.first == " " || after.isEmpty else { return nil }
        return lead
    }

    /// Trims spaces and a trailing `.` or `:` ("Business Development:" → "Business Development").
    static func clean(_ text: String) -> String {
        var result = text.trimmed
        // "Support for more activities, storage backends, ...": dots after a comma say the list goes on (as "…" does),
        // and without them the title ends on its comma.
        if result.hasSuffix("..."), result.dropLast(3).trimmed.hasSuffix(",") { return result }
        // "Launch in production *": a footnote mark after the words (its note under the table, or none at all).
        if result.hasSuffix(" *"), !result.dropLast(2).hasSuffix("*") { result = String(result.dropLast(2)).trimmed }
        let stopped = result.hasSuffix(".")
        while let last = result.last, last == "." || last == ":" { result.removeLast() }
        // "…in the U.S.": the last stop is the abbreviation's own.
        if stopped, let word = result.split(separator: " ").last, word.contains("."),
           word.split(separator: ".", omittingEmptySubsequences: false).allSatisfy({ $0.count == 1 && $0.first!.isLetter }) {
            result += "."
        }
        // "~~Multiple editor instances~~ ✅ Shipped": the tildes CommonMark leaves of a strikethrough are not the title's.
        if result.containsBytes("~~") { result = result.replacingOccurrences(of: "~~", with: "") }
        return result.trimmed
    }
}
