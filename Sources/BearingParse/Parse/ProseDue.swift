import BearingModel

/// When a roadmap item's own words say it is due, with no `Due:` line: a time that ends its title after "by", "before",
/// "until" or "in" ("Release 2.0 by the end of 2018", "Ship the mobile app in H2 2026"), or a sentence of its first
/// paragraph that looks ahead to a time ("The release is estimated to be ready in mid or late 2018.", "a final 2.0
/// might be available by the end of 2018"). A year in a sentence that only tells what happened ("Since 2018 we run the
/// index on one server", "Released in 2018, the API…") is no due date, and neither is a release with no date ("before
/// v2.0"). A month without a year ("Invoices by end of March") is a due date only where the plan gives the year (a
/// `## 2025` lane, a quarter in the roadmap's title): without one it is no date, never this year's by guess. A quarter or
/// half alone ("by the end of Q3") is read the same way.
enum ProseDue {
    /// Words before a time that make it when the work is due.
    private static let prepositions: Set<String> = ["by", "before", "until", "till", "in", "around"]
    /// Words of a sentence that look ahead: the time in it is when the work is expected, not when something happened.
    private static let ahead: Set<String> = [
        "will", "shall", "should", "might", "may", "could", "expect", "expected", "expecting", "estimate", "estimated",
        "planned", "plan", "plans", "scheduled", "target", "targeted", "targeting", "targets", "aim", "aims", "aiming", "due",
        "eta", "intend", "intended", "going", "hope", "hoped", "projected", "anticipated", "slated",
    ]
    /// "the end of", "mid", "the middle of": how a phrase places itself in the time it names.
    private static let placing = Pattern(
        #"^(?:the\s+)?(?:(?:very\s+)?(?:end|middle|beginning|start|first half|second half)\s+of\s+(?:the\s+)?)?"#
            + #"(?:(?:early|mid|late)(?:\s+(?:or|to)\s+(?:early|mid|late))?[- ]\s*)?"#)

    /// The due date a title's last words give ("end of 2018" for "Release 2.0 by the end of 2018"), or nil. `year` is
    /// the year the plan gives the item (its lane's, its roadmap's), which a month alone needs ("by end of March").
    static func trailing(in title: String, year: Int? = nil) -> String? {
        guard year != nil || title.contains(where: \.isNumber) else { return nil }
        let words = title.trimmed.strippingEnds(".;:, ").split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard words.count >= 3 else { return nil }
        for index in 1..<words.count {
            // The work must be named before the time: "by" alone does not make a title.
            guard words[..<index].contains(where: { $0.contains(where: \.isLetter) }) else { continue }
            let word = words[index].lowercased()
            if prepositions.contains(word), index + 1 < words.count, let due = time(words[(index + 1)...].joined(separator: " "), year: year) {
                return due
            }
            // "Release 1.3 mid 2018", "Ship it end of Q3 2026": a placed time with no word before it.
            if ["early", "mid", "late", "end"].contains(where: { word == $0 || word.hasPrefix($0 + "-") }),
               let due = time(words[index...].joined(separator: " "), year: year) {
                return due
            }
        }
        return nil
    }

    /// The due date the first sentence of `text` that looks ahead to a time gives, the time after the words that look
    /// ahead ("mid or late 2018" for "The release is
    /// estimated to be ready in mid or late 2018."), or nil.
    static func sentence(in text: String, year: Int? = nil) -> String? {
        guard year != nil || text.contains(where: \.isNumber) else { return nil }
        for sentence in sentences(text) where year != nil || sentence.contains(where: \.isNumber) {
            let words = sentence.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map(String.init)
            // The time comes after the words that look ahead: in "We received $5M in 2024 and are on target to spend $6M
            // by the end of the year" the year is what happened.
            guard let lookingAhead = words.firstIndex(where: Self.looksAhead) else { continue }
            for index in words.indices.dropLast() where index > lookingAhead {
                let word = words[index].lowercased().strippingEnds("(*_")
                guard ["by", "before", "in", "around"].contains(word) else { continue }
                // The longest run of words after the preposition that is a time, up to a comma or the sentence's end.
                let after = words[(index + 1)...].prefix(7)
                for count in stride(from: after.count, through: 1, by: -1) {
                    let phrase = after.prefix(count).joined(separator: " ")
                    if count < after.count, phrase.last == "," || phrase.last == ";" { continue }
                    if let due = time(phrase.strippingEnds(".,;:!?)*_"), year: year) { return due }
                }
            }
        }
        return nil
    }

    /// The due date the item's first paragraph gives, by `sentence(in:)`: it says what the work is and when; the later
    /// text, its lists, code and quotes are its details ("### Up next" over a meeting next week, then "Our 2024 Annual
    /// Report will be published in early January 2025.").
    static func sentence(in blocks: [Block], year: Int? = nil) -> String? {
        for block in blocks {
            guard case .paragraph(let content) = block.kind else { continue }
            return sentence(in: content.plainText, year: year)
        }
        return nil
    }

    /// The due date a group's intro gives the items under it ("### Payments" over "Target: end of Q2 2026." or "We
    /// will finish these by end of Q2 2026."): a `Target:`, `Due:` or `Deadline:` line that is all a time, or a first
    /// paragraph that looks ahead to one; only the paragraphs before the group's first list or heading are its intro.
    static func intro(_ blocks: [Block], year: Int?) -> String? {
        var intro: [Block] = []
        for block in blocks {
            guard case .paragraph = block.kind else { break }
            intro.append(block)
        }
        for block in intro {
            guard case .paragraph(let content) = block.kind else { continue }
            let text = content.plainText.trimmed
            guard let colon = text.firstIndex(of: ":"), text.distance(from: text.startIndex, to: colon) <= 20 else { continue }
            let key = text[..<colon].trimmed.strippingEnds("*_").lowercased()
            guard key == "target" || MetadataKey(spelling: key) == .due else { continue }
            let value = String(text[text.index(after: colon)...]).trimmed.strippingEnds(".*_ ")
            if let due = time(value.lowercased().hasPrefix("by ") ? String(value.dropFirst(3)) : value, year: year) { return due }
        }
        return sentence(in: intro, year: year)
    }

    /// Whether `word` looks ahead: "May" with a capital is the month ("In May 2018 we shipped…"), "may" the verb.
    private static func looksAhead(_ word: String) -> Bool {
        let bare = word.strippingEnds(".,;:!?()*_")
        return bare != "May" && ahead.contains(bare.lowercased())
    }

    /// `phrase` as a due date when all of it is a time with a number in it ("the end of 2018" → "end of 2018", "mid or
    /// late 2018", "H2 2026"), or a month named without one when `year` gives it ("end of March" → "end of March 2025");
    /// nil otherwise.
    private static func time(_ phrase: String, year: Int?) -> String? {
        var text = phrase.trimmed
        guard text.count <= 40 else { return nil }
        let numbered = text.contains(where: \.isNumber)
        guard numbered || year != nil else { return nil }
        if text.lowercased().hasPrefix("the ") { text = String(text.dropFirst(4)) }
        guard let range = placing.firstMatchWithRange(in: text)?.range else { return nil }
        let rest = String(text[range.upperBound...])
        guard !rest.isEmpty else { return nil }
        // "by the end of Q3" names a quarter of the year the plan gives, as a month alone does ("end of Q3" → "end of Q3
        // 2026"); with no year given it is no date, never a period "Q3" that belongs to no year.
        if yearlessQuarter.matches(rest) {
            guard let year else { return nil }
            return "\(text) \(year)"
        }
        if numbered { return WhenText.isWhen(rest) ? text : nil }
        // "end of March" is the March of the year the plan gives, and says so ("end of March 2025"), as a month with a
        // year is read; "by the end of the quarter" names no month.
        guard let year, months.contains(rest) else { return nil }
        return "\(text) \(year)"
    }

    /// A calendar quarter or half named without its year: "Q3", "H2".
    private static let yearlessQuarter = Pattern(#"^(?:q[1-4]|h[12])$"#)

    /// Month names as a plan writes them alone, capitalised: "march" is also a verb, "may" always one.
    private static let months: Set<String> = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    ]

    private static func sentences(_ text: String) -> [String] {
        var out: [String] = []
        var current = ""
        var previous: Character = " "
        for character in text {
            if (character == " " || character == "\n"), ".!?".contains(previous), !current.isEmpty {
                out.append(current)
                current = ""
            } else {
                current.append(character)
            }
            previous = character
        }
        if !current.trimmed.isEmpty { out.append(current) }
        return out
    }
}
