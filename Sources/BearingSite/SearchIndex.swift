import BearingAlign
import BearingModel
import BearingReport

/// The search index as one script (`window.BEARING_SEARCH = {…}`: a JSON file could not be fetched from file://).
///
/// It carries what finds an item, not the item: title, where it sits, owners, the priorities it serves, a short
/// excerpt and its most distinctive words; the full texts are on the items' pages and in planning.db's full-text
/// table. At 8,000 items the budget is about 120 bytes an item, so repeated strings (owners, priorities, words) are
/// tables referred to by base-36 numbers, and an href that is its group's prefix, the title's plain slug and the
/// group's suffix (as most are) is left for search.js to rebuild with the same rule (`slug`).
package enum SearchIndex {
    /// The most bytes the script may take: the index must stay small enough to load on a phone.
    static let budget = 1_000_000
    /// The excerpt's length, in characters, before its last whole word.
    static let excerptLength = 60
    /// Key words per item at most: a small plan gets every distinct word (up to this), a large one what the budget leaves.
    static let maximumWords = 40

    struct Entry: Sendable {
        let title: String
        var href: String
        var owners: [String]
        /// Indexes into the priorities table: the item's links at strength 0.25 or more, strongest first.
        var priorities: [Int]
        /// The item's body (without its title): a slice of its text, so the index holds no copy of every item's text.
        var body: Substring { key.body }
        /// Title and body as the memo's key, hashed once.
        let key: Memo.Key

        init(title: String, href: String, owners: [String], priorities: [Int], body: Substring) {
            self.title = title
            self.href = href
            self.owners = owners
            self.priorities = priorities
            key = Memo.Key(title: title, body: body)
        }
    }

    /// Items of one kind in one place (a quarter's objectives, a roadmap's items), in display order.
    struct Group: Sendable {
        var label, kind: String
        var entries: [Entry]
    }

    struct Priority: Sendable {
        var number, title, href: String
    }

    static func script(priorities: [Priority], groups: [Group]) -> [UInt8] {
        var memo = Memo()
        return script(priorities: priorities, groups: groups, memo: &memo)
    }

    /// `script`, taking each entry's excerpt and words from `memo` when its title and body are unchanged: working
    /// them out is most of the index's cost, and a rebuild after a one-file change would redo it for every item.
    static func script(priorities: [Priority], groups: [Group], memo: inout Memo) -> [UInt8] {
        let keys = groups.map(Memo.groupKey)
        memo.prepare(groups.indices.filter { !memo.hasGroup(keys[$0]) }.flatMap { groups[$0].entries.map(\.key) })
        // Excerpts get what titles leave of 85 % of the budget, up to `excerptLength` characters; key words the rest.
        var prepared = groups.indices.map { memo.prepared(groups[$0], key: keys[$0], excerptLength: excerptLength) }
        let entryCount = max(1, prepared.reduce(0) { $0 + $1.entries.count })
        let firstFixed = prepared.reduce(0) { $0 + $1.entries.reduce(0) { $0 + $1.fixedBytes } }
        if firstFixed > budget * 85 / 100 {
            let shorter = max(0, excerptLength - (firstFixed - budget * 85 / 100) / entryCount - 1)
            prepared = groups.indices.map { memo.prepared(groups[$0], key: keys[$0], excerptLength: shorter) }
        }
        memo.finish()
        let owners = table(groups.flatMap { $0.entries.flatMap(\.owners) })
        // Words: each entry's content words beyond its title and excerpt, rarest in the plan first. Counted by the
        // memo's number for each word: hashing 300,000 words by their text was most of a one-file rebuild's index.
        let spellings = memo.spellings
        var frequency = [Int32](repeating: 0, count: spellings.count)
        for group in prepared { for entry in group.entries { for word in entry.candidates { frequency[Int(word)] += 1 } } }
        let count = max(1, prepared.reduce(0) { $0 + $1.entries.count })
        let fixed = prepared.reduce(0) { $0 + $1.entries.reduce(0) { $0 + $1.fixedBytes } } + 4096 + priorities.count * 80
        // What is left of the budget, shared evenly; a word costs its id and a space (≈ 3 bytes) plus its share of the table.
        let perEntry = max(0, min(maximumWords, (budget - fixed) / count / 4))
        // Every entry's chosen words one after another, entry by entry (`chosenEnds`: where each entry's end): one
        // array for all, where an array per entry was an allocation per item.
        var chosen: [Int32] = [], chosenEnds: [Int] = []
        chosen.reserveCapacity(count * perEntry)
        chosenEnds.reserveCapacity(count)
        var ranks: [UInt64] = [], order: [Int32] = []
        for group in prepared {
            for entry in group.entries {
                // Rarest first, then in the text's order: each word's frequency looked up once and packed with its
                // place into one integer, so the sort compares integers (tuples and closures were a tenth of the index).
                ranks.removeAll(keepingCapacity: true)
                order.removeAll(keepingCapacity: true)
                for word in entry.candidates {
                    ranks.append(UInt64(UInt32(frequency[Int(word)])) << 32 | UInt64(order.count))
                    order.append(word)
                }
                ranks.sort()
                for rank in ranks.prefix(perEntry) { chosen.append(order[Int(rank & 0xFFFF_FFFF)]) }
                chosenEnds.append(chosen.count)
            }
        }
        let words = table(chosen, spellings: spellings)

        var out: [UInt8] = []
        out.reserveCapacity(budget)
        put("window.BEARING_SEARCH = {\"priorities\":[", into: &out)
        for (index, priority) in priorities.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            array([priority.number, priority.title, priority.href], into: &out)
        }
        put("],\n\"owners\":", into: &out)
        array(owners.names, into: &out)
        put(",\n\"words\":", into: &out)
        // Joined as bytes: `joined` on thousands of strings was a third of the index's time, with the per-entry joins.
        var joinedWords: [UInt8] = []
        for (index, name) in words.names.enumerated() {
            if index > 0 { joinedWords.append(0x20) }
            joinedWords += name.utf8
        }
        JSONText.append(String(decoding: joinedWords, as: UTF8.self), to: &out)
        put(",\n\"groups\":[", into: &out)
        var next = 0, start = 0
        for (number, group) in prepared.enumerated() {
            if number > 0 { put(",\n", into: &out) }
            put("{\"label\":", into: &out)
            JSONText.append(group.label, to: &out)
            put(",\"kind\":", into: &out)
            JSONText.append(group.kind, to: &out)
            put(",\"prefix\":", into: &out)
            JSONText.append(group.prefix, to: &out)
            put(",\"suffix\":", into: &out)
            JSONText.append(group.suffix, to: &out)
            put(",\"items\":[", into: &out)
            for index in group.entries.indices {
                if index > 0 { put(",\n", into: &out) }
                // [title, owners' ids, priorities' numbers, excerpt, words' ids, href], ids in base 36 separated by spaces;
                // search.js reads a missing field as empty, so empty fields at the end are left out. The id fields are
                // base-36 digits and spaces, which JSON writes as they are: written straight into the output. Every
                // owner and chosen word has an id (the tables are made of them), so none is dropped: looked up as written.
                let entry = group.entries[index]
                let wordRange = start..<chosenEnds[next]
                start = chosenEnds[next]
                next += 1
                let href = entry.href ?? ""
                let fields = !href.isEmpty ? 6 : !wordRange.isEmpty ? 5 : !entry.excerpt.isEmpty ? 4
                    : !entry.priorities.isEmpty ? 3 : !entry.owners.isEmpty ? 2 : 1
                out.append(UInt8(ascii: "["))
                JSONText.append(entry.title, to: &out)
                if fields > 1 { out.append(UInt8(ascii: ",")); numbers(entry.owners.lazy.compactMap { owners.ids[$0] }, into: &out) }
                if fields > 2 { out.append(UInt8(ascii: ",")); numbers(entry.priorities, into: &out) }
                if fields > 3 { out.append(UInt8(ascii: ",")); JSONText.append(entry.excerpt, to: &out) }
                if fields > 4 { out.append(UInt8(ascii: ",")); numbers(chosen[wordRange].lazy.compactMap { words.ids[Int($0)] }, into: &out) }
                if fields > 5 { out.append(UInt8(ascii: ",")); JSONText.append(href, to: &out) }
                out.append(UInt8(ascii: "]"))
            }
            put("]}", into: &out)
        }
        put("]};\n", into: &out)
        return out
    }

    /// Appends a literal's bytes: `Array("…".utf8)` made a new array for every separator of every entry.
    private static func put(_ text: StaticString, into out: inout [UInt8]) {
        text.withUTF8Buffer { out.append(contentsOf: $0) }
    }

    /// An entry's content words beyond its excerpt: the text's words, shared rather than copied, less the few the excerpt
    /// shows. A filtered copy per entry was 14 MB at 6,000 objectives, the largest single part of the build's peak.
    struct Candidates: Sequence, Sendable {
        /// The words' numbers in the memo (`Memo.spellings`).
        var words: [Int32]
        /// Indexes into `words`, ascending.
        var skipped: [Int]

        struct Iterator: IteratorProtocol {
            let candidates: Candidates
            var index = 0, skip = 0

            mutating func next() -> Int32? {
                let words = candidates.words, skipped = candidates.skipped
                while index < words.count {
                    defer { index += 1 }
                    if skip < skipped.count, skipped[skip] == index {
                        skip += 1
                        continue
                    }
                    return words[index]
                }
                return nil
            }
        }

        func makeIterator() -> Iterator { Iterator(candidates: self) }
    }

    /// A group with its hrefs shortened and each entry's excerpt and candidate words worked out.
    struct Prepared: Sendable {
        var label, kind, prefix, suffix: String
        var entries: [(title: String, href: String?, owners: [String], priorities: [Int], excerpt: String, candidates: Candidates, fixedBytes: Int)]

        init(_ group: Group, excerptLength: Int, memo: inout Memo) {
            label = group.label
            kind = group.kind
            (prefix, suffix) = SearchIndex.affixes(group.entries)
            let prefix = prefix, suffix = suffix
            entries = group.entries.map { entry in
                let (excerpt, candidates) = memo.words(entry.key, excerptLength: excerptLength)
                let href: String? = prefix + SearchIndex.slug(entry.title) + suffix == entry.href ? nil : entry.href
                let fixed = entry.title.utf8.count + excerpt.utf8.count + (href?.utf8.count ?? 0) + 24 + entry.priorities.count * 2 + entry.owners.count * 3
                return (entry.title, href, entry.owners, entry.priorities, excerpt, candidates, fixed)
            }
        }
    }

    /// Each entry's cleaned text and content words by its title and body, kept between builds in one process. Only
    /// what the latest index used stays, so it does not grow with every edit. The excerpt's length is not part of the
    /// key: the index shortens excerpts when titles leave too little room, and cleaning every text again for that
    /// second pass was most of a large build's render time.
    package struct Memo: Sendable {
        struct Text: Sendable {
            /// The start of the cleaned body, enough for any excerpt, and whether the body goes on after it.
            var plain: String
            var more: Bool
            /// The body's distinct content words in order, less the title's, until the memo numbers them; then empty.
            /// Kept as text they were the largest part of the index's memory at the build's peak (7 MB at 6,000
            /// objectives, one string per word per item), and a number says the same once the memo has a spelling for it.
            var words: [String]
            /// The words' numbers in the memo's `spellings`, given when the text is kept.
            var numbers: [Int32] = []
            var isNumbered = false
            /// The latest excerpts and the words left beyond each, by excerpt length: a rebuild asks for the same again.
            var cuts: [(length: Int, excerpt: String, candidates: Candidates)] = []
        }
        /// An entry's title and body, sharing the item's storage: a key joined into one new string copied every item's
        /// text three times over (the texts worked out, the ones kept and the ones used), 20 MB at 6,000 objectives.
        struct Key: Hashable, Sendable {
            let title: String
            let body: Substring
            /// The texts hashed once: a rebuild looks each key up three or four times, and hashing every item's whole
            /// text each time was most of the index's work in a one-file rebuild.
            private let hash: Int

            init(title: String, body: Substring) {
                self.title = title
                self.body = body
                var hasher = Hasher()
                hasher.combine(title)
                hasher.combine(body)
                hash = hasher.finalize()
            }

            /// Byte for byte (`hasSameBytes`): `==` takes a composed "é" and "e" with an accent for the same text, and the
            /// index copies the bytes.
            static func == (a: Key, b: Key) -> Bool {
                a.hash == b.hash && a.title.hasSameBytes(as: b.title) && a.body.hasSameBytes(as: b.body)
            }
            func hash(into hasher: inout Hasher) { hasher.combine(hash) }
        }
        private(set) var entries: [Key: Text] = [:]
        private var used: [Key: Text] = [:]
        /// How many texts the latest index worked out or let go: what a copy kept on disk would miss.
        package private(set) var latestChanges = 0
        /// How many texts it holds.
        package var count: Int { entries.count }
        /// Every content word the memo has numbered, and its number. Numbers are never reused, so the candidates of a
        /// group kept from an earlier index stay right; the table grows only by words never seen before.
        private(set) var spellings: [String] = []
        private(set) var numbers: [String: Int32] = [:]
        /// Each group's prepared entries by the group's key and excerpt length: after a one-file change one group
        /// differs, and preparing all of them again (hrefs' affixes, excerpts, words) was most of the index's time.
        private var groups: [GroupKey: Prepared] = [:]
        private var usedGroups: [GroupKey: Prepared] = [:]

        struct GroupKey: Hashable, Sendable {
            var group: Int
            var excerptLength: Int
        }

        package init() {}

        /// A memo of `entries` already numbered in `spellings` (read back from bytes: `SearchIndex.Memo+Bytes`).
        init(entries: [Key: Text], spellings: [String]) {
            self.entries = entries
            self.spellings = spellings
            numbers = Dictionary(spellings.enumerated().map { ($1, Int32($0)) }) { first, _ in first }
        }

        /// Everything `Prepared` reads of a group.
        static func groupKey(_ group: Group) -> Int {
            var hasher = Hasher()
            hasher.combine(group.label)
            hasher.combine(group.kind)
            for entry in group.entries {
                hasher.combine(entry.key)
                hasher.combine(entry.href)
                hasher.combine(entry.owners)
                hasher.combine(entry.priorities)
            }
            return hasher.finalize()
        }

        func hasGroup(_ key: Int) -> Bool { groups[GroupKey(group: key, excerptLength: SearchIndex.excerptLength)] != nil }

        /// The group prepared for `excerptLength`: kept from the last index when the group is unchanged.
        mutating func prepared(_ group: Group, key: Int, excerptLength: Int) -> Prepared {
            let key = GroupKey(group: key, excerptLength: excerptLength)
            let made = usedGroups[key] ?? groups[key] ?? Prepared(group, excerptLength: excerptLength, memo: &self)
            usedGroups[key] = made
            return made
        }

        /// Works out the texts not kept from the last index, in parallel: cleaning every item's text is most of the
        /// index's cost, and the index is one job while the pages are many.
        mutating func prepare(_ texts: [Key]) {
            let missing = texts.filter { entries[$0] == nil }
            latestChanges = missing.count
            // In batches, each numbered before the next is made: the words as text exist for one batch at a time.
            for start in stride(from: 0, to: missing.count, by: 1_024) {
                let batch = Array(missing[start..<min(missing.count, start + 1_024)])
                let made = Parallel.mapRuns(batch) { run in run.map { Self.text(title: $0.title, body: $0.body) } }
                for (key, text) in zip(batch, made) { entries[key] = numbered(text) }
            }
        }

        /// `text` with its words numbered, numbering the new ones.
        private mutating func numbered(_ text: Text) -> Text {
            guard !text.isNumbered else { return text }
            var text = text
            text.numbers = text.words.map { word in
                if let number = numbers[word] { return number }
                let number = Int32(spellings.count)
                spellings.append(word)
                numbers[word] = number
                return number
            }
            text.words = []
            text.isNumbered = true
            return text
        }

        mutating func words(_ key: Key, excerptLength: Int) -> (excerpt: String, candidates: Candidates) {
            let title = key.title, body = key.body
            // The memo keeps only what excerpts up to `excerptLength` read; a longer one is worked out afresh.
            if used[key] == nil, entries[key] == nil { latestChanges += 1 }
            var text = numbered(excerptLength > SearchIndex.excerptLength ? Self.text(title: title, body: body, longest: excerptLength)
                : used[key] ?? entries[key] ?? Self.text(title: title, body: body))
            if let cut = text.cuts.first(where: { $0.length == excerptLength }) {
                used[key] = text
                return (cut.excerpt, cut.candidates)
            }
            let excerpt = SearchIndex.excerpt(plain: text.plain, length: excerptLength, more: text.more)
            // The excerpt's words by number: a word the memo never numbered is in no entry's words either.
            let known = Set(ContentWords.words(plain: excerpt).compactMap { numbers[$0] })
            let candidates = Candidates(words: text.numbers, skipped: known.isEmpty ? [] : text.numbers.indices.filter { known.contains(text.numbers[$0]) })
            // The index asks for two lengths when titles leave too little room: keep both.
            text.cuts = [(excerptLength, excerpt, candidates)] + text.cuts.prefix(1)
            used[key] = text
            return (excerpt, candidates)
        }

        /// `longest`: the longest excerpt the text will be cut to.
        private static func text(title: String, body: Substring, longest: Int = SearchIndex.excerptLength) -> Text {
            let plain = ContentWords.plain(String(body))
            let known = Set(ContentWords.words(title))
            var seen: Set<String> = []
            let words = ContentWords.words(plain: plain).filter { !known.contains($0) && seen.insert($0).inserted }
            // Words are found in the cleaned text; the excerpt reads as the text does (handles kept, tables as cells).
            let (source, more) = SearchIndex.source(ContentWords.readable(body, plain: plain))
            // Only as much as the longest excerpt reads: the rest of the kilobyte was 4 MB at 6,000 objectives.
            let end = SearchIndex.cut(plain: source, length: longest).end
            guard end < source.utf8.count else { return Text(plain: source, more: more, words: words) }
            return Text(plain: String(decoding: Array(source.utf8)[..<end], as: UTF8.self), more: true, words: words)
        }

        /// Keeps only what this index used.
        mutating func finish() {
            latestChanges += entries.keys.filter { used[$0] == nil }.count
            entries = used
            used = [:]
            groups = usedGroups
            usedGroups = [:]
        }
    }

    /// The prefix and suffix most of the group's hrefs have around their title's slug.
    static func affixes(_ entries: [Entry]) -> (String, String) {
        var counts: [String: (prefix: String, suffix: String, count: Int)] = [:]
        var best: (prefix: String, suffix: String, count: Int) = ("", "", 0)
        for entry in entries {
            let slug = slug(entry.title)
            guard !slug.isEmpty, let (prefix, suffix) = around(slug, in: entry.href) else { continue }
            let key = prefix + "\u{0}" + suffix
            var value = counts[key] ?? (prefix, suffix, 0)
            value.count += 1
            counts[key] = value
            if value.count > best.count { best = value }
        }
        return (best.prefix, best.suffix)
    }

    /// What comes before and after the last `slug` in `href`, by bytes: Foundation's backwards search, Unicode-aware
    /// and bridged, was a twentieth of a rebuild. A slug is ASCII, so a match starts and ends on whole characters;
    /// an affix chosen differently would only cost bytes, since every entry's href is checked against the rule.
    static func around(_ slug: String, in href: String) -> (String, String)? {
        let needle = Array(slug.utf8), hay = Array(href.utf8)
        guard let first = needle.first, needle.count <= hay.count else { return nil }
        var start = hay.count - needle.count
        while start >= 0 {
            if hay[start] == first, hay[start..<(start + needle.count)].elementsEqual(needle) {
                return (String(decoding: hay[..<start], as: UTF8.self), String(decoding: hay[(start + needle.count)...], as: UTF8.self))
            }
            start -= 1
        }
        return nil
    }

    /// The plain slug search.js computes from a title: ASCII letters and digits lowercased, every other run a `-`.
    /// Empty for a title with non-ASCII characters, whose lowercasing JavaScript might do differently.
    static func slug(_ title: String) -> String {
        guard title.utf8.allSatisfy({ $0 < 0x80 }) else { return "" }
        var out: [UInt8] = [], dash = false
        for byte in title.utf8 {
            let lower = (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
            if (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(lower) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(lower) {
                if dash, !out.isEmpty { out.append(UInt8(ascii: "-")) }
                dash = false
                out.append(lower)
            } else {
                dash = true
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The beginning of the body as plain words, cut after the last whole word within `length` characters.
    static func excerpt(_ body: String, length excerptLength: Int = excerptLength) -> String {
        let (source, more) = source(ContentWords.readable(body))
        return excerpt(plain: source, length: excerptLength, more: more)
    }

    /// How much of a cleaned body an excerpt is drawn from: an excerpt is at most `excerptLength` characters of words,
    /// and markup characters and bullets between them rarely take more than a few times that.
    static let excerptSource = 1_024

    /// The start of a cleaned body with task boxes ("[ ]", "[x]") blanked out: what excerpts are cut from, ending
    /// after a whole word; `more` when the body goes on.
    static func source(_ plain: String) -> (String, more: Bool) {
        var bytes = Array(prefix(plain, bytes: excerptSource).utf8)
        let more = bytes.count < plain.utf8.count
        // A word the cut went through is not a word of the excerpt.
        if more, let space = bytes.lastIndex(where: isSpace) { bytes.removeSubrange(space...) }
        var index = 0
        while index + 2 < bytes.count {
            if bytes[index] == UInt8(ascii: "["), bytes[index + 2] == UInt8(ascii: "]"), [0x20, 0x78, 0x58].contains(bytes[index + 1]) {
                bytes.replaceSubrange(index...(index + 2), with: [0x20, 0x20, 0x20])
                index += 3
            } else {
                index += 1
            }
        }
        return (String(decoding: bytes, as: UTF8.self), more)
    }

    /// `excerpt` of a `source`, by bytes: it runs for every item of the plan. `more`: the body goes on after `text`.
    static func excerpt(plain text: String, length excerptLength: Int, more: Bool = false) -> String {
        cut(plain: text, length: excerptLength, more: more).excerpt
    }

    /// `excerpt`, and the byte offset just past the word it stopped at (the text's length when every word fitted):
    /// an excerpt of this length or shorter never reads beyond it, so that is all of the text the memo keeps.
    static func cut(plain text: String, length excerptLength: Int, more: Bool = false) -> (excerpt: String, end: Int) {
        var out: [UInt8] = []
        var length = 0
        var truncated = false
        func add(_ word: ArraySlice<UInt8>) -> Bool {
            let word = word.contains(where: isMarkup) ? ArraySlice(word.filter { !isMarkup($0) }) : word
            // A list bullet is not a word.
            guard !word.isEmpty, word != [UInt8(ascii: "-")], word != [UInt8(ascii: "+")] else { return true }
            let count = word.allSatisfy { $0 < 0x80 } ? word.count : String(decoding: word, as: UTF8.self).count
            if length + count > excerptLength { return false }
            if !out.isEmpty { out.append(0x20) }
            out += word
            length += count + 1
            return true
        }
        let bytes = Array(text.utf8)
        var index = 0
        words: while index < bytes.count {
            while index < bytes.count, isSpace(bytes[index]) { index += 1 }
            let start = index
            while index < bytes.count, !isSpace(bytes[index]) { index += 1 }
            guard start < index else { break }
            let word = bytes[start..<index]
            if word.allSatisfy({ $0 < 0x80 }) {
                if !add(word) { truncated = true; break }
            } else {
                // Other whitespace (a no-break space, a line separator) splits words too.
                for part in String(decoding: word, as: UTF8.self).split(whereSeparator: \.isWhitespace) where !add(ArraySlice(part.utf8)) {
                    truncated = true
                    break words
                }
            }
        }
        return (String(decoding: out, as: UTF8.self) + (truncated || more ? "…" : ""), truncated ? index : bytes.count)
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }

    private static func isMarkup(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "#"), UInt8(ascii: ">"), UInt8(ascii: "|"), UInt8(ascii: "["),
             UInt8(ascii: "]"), UInt8(ascii: "`"), UInt8(ascii: "~"): true
        default: false
        }
    }

    /// The first `bytes` UTF-8 bytes of `text`, ending on a whole character.
    static func prefix(_ text: String, bytes: Int) -> String {
        guard text.utf8.count > bytes else { return text }
        var end = text.utf8.index(text.utf8.startIndex, offsetBy: bytes)
        while end > text.startIndex, end.samePosition(in: text) == nil {
            end = text.utf8.index(before: end)
        }
        return String(text[..<end])
    }

    /// Distinct values, most used first (so they get the shortest numbers), and each value's number (written in base 36).
    private static func table(_ values: [String]) -> (names: [String], ids: [String: Int]) {
        var counts: [String: Int] = [:]
        for value in values { counts[value, default: 0] += 1 }
        let names = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
        var ids: [String: Int] = [:]
        for (index, name) in names.enumerated() { ids[name] = index }
        return (names, ids)
    }

    /// `table` of the chosen words, by their numbers: the words used, most used first, then in alphabetical order, and
    /// each number's id (nil for a word not used).
    private static func table(_ chosen: [Int32], spellings: [String]) -> (names: [String], ids: [Int?]) {
        var counts = [Int](repeating: 0, count: spellings.count)
        for word in chosen { counts[Int(word)] += 1 }
        let used = counts.indices.filter { counts[$0] > 0 }.sorted {
            counts[$0] != counts[$1] ? counts[$0] > counts[$1] : spellings[$0] < spellings[$1]
        }
        var ids = [Int?](repeating: nil, count: spellings.count)
        for (index, word) in used.enumerated() { ids[word] = index }
        return (used.map { spellings[$0] }, ids)
    }

    static func base36(_ number: Int) -> String { String(number, radix: 36) }

    /// `numbers` in base 36 (as `base36` writes them: lowercase), separated by spaces, as one JSON string. Written a
    /// digit at a time from the highest power of 36: the index writes a number for every owner and key word of every item.
    private static func numbers<Numbers: Sequence>(_ numbers: Numbers, into out: inout [UInt8]) where Numbers.Element == Int {
        out.append(UInt8(ascii: "\""))
        var first = true
        for number in numbers {
            if !first { out.append(0x20) }
            first = false
            guard number > 0 else {
                if number == 0 { out.append(UInt8(ascii: "0")) } else { out += base36(number).utf8 }
                continue
            }
            var power = 1
            while power <= number / 36 { power *= 36 }
            var rest = number
            while power > 0 {
                let digit = rest / power
                out.append(digit < 10 ? UInt8(ascii: "0") + UInt8(digit) : UInt8(ascii: "a") + UInt8(digit - 10))
                rest -= digit * power
                power /= 36
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    private static func array(_ values: [String], into out: inout [UInt8]) {
        out.append(UInt8(ascii: "["))
        for (index, value) in values.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            JSONText.append(value, to: &out)
        }
        out.append(UInt8(ascii: "]"))
    }
}
