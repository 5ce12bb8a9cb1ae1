import BearingModel
import Foundation

/// Everything one kind of reference can point at, and the rules for finding it:
/// exact id, position (`2`, `2.1`, `P2.1`), the part of an id after its last `/`, exact title,
/// unique title prefix, and finally the reference's words as prefixes of the title's words, in order.
/// Every rule is a table lookup or a binary search, so resolving a plan is near-linear in its references:
/// scanning every entry for every reference made a 2,000-item `Depends on:` chain by title take 20 s.
struct ReferenceIndex: Sendable {
    struct Entry: Hashable, Sendable {
        var id: String
        /// Its position as the strategy writes it: "2", "2.1", or a lettered strategy's "B", "A.1" (`PriorityLetters`).
        var number: String?
        /// Its place in the tree counted ("2", "1.1") when the strategy writes its positions otherwise: a reference by
        /// number ("Priorities: 2") still finds the second.
        var position: String? = nil
        var title: String
        var location: SourceLocation
        /// The parent's id, for sub-priorities: a reference that fits both is linked to one and warned about.
        var parent: String? = nil
        /// More words that a reference may fit (a priority's summary), for the parent-and-child check only.
        var summary: String? = nil
        /// Names the item carries for references besides its id and title ("Diagram short name: `CI-CD`").
        var aliases: [String] = []
    }

    enum Resolution: Equatable {
        case found(String)
        /// Fits a parent and its child (or children): linked to `id`, the most specific single fit, with a warning
        /// naming `alsoFits`, since a sub-priority's work also counts for its parent but the writer may have meant either.
        case family(id: String, alsoFits: [String])
        case ambiguous([String])
        case missing(suggestion: String?)
    }

    let kind: String
    let entries: [Entry]
    /// Keys lowercased or normalized; values are entry positions, in entry order.
    private let byID: [String: Int]
    private let byNumber: [String: Int]
    /// Entries by the names they carry for references ("Diagram short name: `CI-CD`"), normalized.
    private let byAlias: [String: Int]
    private let byLastComponent: [String: [Int]]
    private let byTitle: [String: [Int]]
    /// For prefix rules: normalized titles, lowercased ids and title words, sorted by UTF-8 bytes.
    private let titles: SortedKeys
    private let ids: SortedKeys
    private let words: SortedKeys
    /// Sub-priority positions by their parent's id, for the parent-and-child check.
    private let children: [String: [Int]]
    /// What suggestions for a reference that fits nothing read, worked out at the first such reference.
    private let suggestions = SuggestionTables()

    /// Ids must be unique ignoring case (`DuplicateIDs` sees to it); should two collide, the first wins.
    init(kind: String, entries: [Entry]) {
        self.kind = kind
        self.entries = entries
        var byID: [String: Int] = [:], byNumber: [String: Int] = [:], byAlias: [String: Int] = [:]
        var byLastComponent: [String: [Int]] = [:], byTitle: [String: [Int]] = [:]
        var titles: [(String, Int)] = [], ids: [(String, Int)] = [], words: [(String, Int)] = []
        var children: [String: [Int]] = [:]
        for (index, entry) in entries.enumerated() {
            let id = Self.fold(entry.id), title = Self.normalize(entry.title)
            if byID[id] == nil { byID[id] = index }
            for number in [entry.number, entry.position].compactMap({ $0.map(Self.numberKey) }) where byNumber[number] == nil {
                byNumber[number] = index
            }
            for alias in entry.aliases where byAlias[Self.normalize(alias)] == nil { byAlias[Self.normalize(alias)] = index }
            if let former = Self.formerID(entry), byAlias[former] == nil { byAlias[former] = index }
            byLastComponent[id.split(separator: "/").last.map(String.init) ?? "", default: []].append(index)
            byTitle[title, default: []].append(index)
            titles.append((title, index))
            ids.append((id, index))
            words += Set(title.split(separator: " ")).map { (String($0), index) }
            if let parent = entry.parent { children[Self.fold(parent), default: []].append(index) }
        }
        self.children = children
        (self.byID, self.byNumber, self.byLastComponent, self.byTitle) = (byID, byNumber, byLastComponent, byTitle)
        self.byAlias = byAlias
        (self.titles, self.ids, self.words) = (SortedKeys(titles), SortedKeys(ids), SortedKeys(words))
    }

    /// The id a title with symbols gave before they were spelled (`c` for "C++", `beyond-the` for "Beyond the &",
    /// `r/ship-net-8` for "Ship .NET 8"): references, weights and links written with it still find the entry.
    private static func formerID(_ entry: Entry) -> String? {
        guard let former = Slug.former(entry.title) else { return nil }
        let id = fold(entry.id), slug = Slug.make(entry.title)
        if id == slug { return former }
        guard id.hasSuffix("/" + slug) else { return nil }
        return String(id.dropLast(slug.count)) + former
    }

    func resolve(_ reference: String, preferring prefix: String? = nil) -> Resolution {
        let needle = Self.normalize(reference)
        guard !needle.isEmpty else { return .missing(suggestion: nil) }
        if let index = byID[needle] { return .found(entries[index].id) }
        if let index = byAlias[needle] { return .found(entries[index].id) }
        if let positional = Self.positional(needle), let index = byNumber[positional] { return .found(entries[index].id) }
        if let index = labelledID(needle) { return .found(entries[index].id) }
        if lettered, let label = Self.letterLabel(needle), let index = byNumber[label] { return .found(entries[index].id) }
        // Each step: how to find candidates, and whether a single find may still be a parent-and-child fit
        // (a prefix or a few words may; a whole title or the tail of an id was meant).
        // (`idStart`: the start of one id, which may still fit its parent, but is never moved down to a child.)
        let steps: [(find: () -> [Int], loose: Bool, idStart: Bool)] = [
            ({ byLastComponent[needle] ?? [] }, false, false),
            ({ byTitle[needle] ?? [] }, false, false),
            // "clinic" for `clinics`: the start of one id is that id, before any guess from the words of titles and
            // summaries, which would move it to a sub-priority whose summary mentions a clinic.
            ({ let hits = ids.prefixed(needle); return hits.count == 1 ? hits : [] }, true, true),
            ({ Array(Set(titles.prefixed(needle) + ids.prefixed(needle))).sorted() }, true, false),
            ({ wordsInOrder(needle) }, true, false),
        ]
        // "M-3.1" names "M-3.1 — Treemap visualization", not "M-3.10 — Dark theme" too: a code (one word with a number in
        // it) that ends where the first word of one title ends is that title's code. Words ("step number 1") are not a
        // code, and a prefix of several titles stays ambiguous.
        // So does a label and its number ("Task 8.1" for "Task 8.1: Plugin loader", not "Task 8.10: …"): when several
        // titles start with it, the one whose label it ends with a colon or a dash is named, not a line that lists it
        // among others ("Task 8.1 → Task 8.2 → Task 8.3").
        let words = needle.split(separator: " ")
        let isCode = (words.count == 1 || (words.count == 2 && words[0].allSatisfy(\.isLetter))) && (words.last?.contains(where: \.isNumber) ?? false)
        var whole = !isCode ? [] : Set(titles.prefixed(needle)).filter { index in
            let title = Self.normalize(entries[index].title)
            guard title.count > needle.count, let next = title.dropFirst(needle.count).first else { return false }
            return !next.isLetter && !next.isNumber && next != "." && next != "-"
        }
        if words.count == 2, whole.count > 1 {
            let labelled = whole.filter { index in
                let rest = Self.normalize(entries[index].title).dropFirst(needle.count).drop(while: { $0 == " " })
                return rest.first.map { ":：—–-".contains($0) } ?? false
            }
            if labelled.count == 1 { whole = labelled }
        }
        if byTitle[needle] == nil, byLastComponent[needle] == nil, whole.count == 1, let index = whole.first {
            return family(of: index, fitting: needle)
        }
        for step in steps {
            var found = step.find()
            if found.count > 1, let prefix {
                let preferred = found.filter { entries[$0].id.lowercased().hasPrefix(prefix.lowercased()) }
                if preferred.count == 1 { found = preferred }
            }
            if found.count == 1 {
                return step.loose ? family(of: found[0], fitting: needle, downward: !step.idStart) : .found(entries[found[0]].id)
            }
            if found.count > 1 { return familyOrAmbiguous(found) }
        }
        // "Goal 2: Make it easier to keep appointments", "Priority 1 — Reach more families": a reference written the way
        // the strategy's heading is, label and all, where no title holds the label. Its position names the priority;
        // without one the title after the label does.
        if let (position, title) = Self.labelled(needle) ?? (lettered ? Self.letterLabelled(needle) : nil) {
            if let index = byNumber[position] { return .found(entries[index].id) }
            return resolve(title, preferring: prefix)
        }
        return .missing(suggestion: suggestion(for: needle))
    }

    /// Several finds that are one priority and some of its sub-priorities are a parent-and-child fit (the same choice
    /// as `family(of:fitting:)`: one child wins, several leave it with the parent); any other several are ambiguous.
    private func familyOrAmbiguous(_ found: [Int]) -> Resolution {
        let ids = Set(found.map { Self.fold(entries[$0].id) })
        let roots = found.filter { entries[$0].parent.map { !ids.contains(Self.fold($0)) } ?? true }
        guard roots.count == 1, let root = roots.first else { return .ambiguous(found.map { entries[$0].id }) }
        let others = found.filter { $0 != root }
        if others.count == 1 { return .family(id: entries[others[0]].id, alsoFits: [entries[root].id]) }
        return .family(id: entries[root].id, alsoFits: others.map { entries[$0].id })
    }

    /// A loose single find whose parent, or exactly one of whose children, the reference's words also fit.
    /// The sub-priority wins: it is the more specific link, and its work counts for its parent too. When several
    /// children fit, the word is broader than any of them, so the parent keeps it and the warning names them.
    private func family(of index: Int, fitting needle: String, downward: Bool = true) -> Resolution {
        let entry = entries[index]
        if let parent = entry.parent, let parentIndex = byID[Self.fold(parent)], fits(needle, entries[parentIndex]) {
            return .family(id: entry.id, alsoFits: [entries[parentIndex].id])
        }
        guard downward else { return .found(entry.id) }
        let fitting = (children[Self.fold(entry.id)] ?? []).filter { fits(needle, entries[$0]) }
        if fitting.count == 1 { return .family(id: entries[fitting[0]].id, alsoFits: [entry.id]) }
        if fitting.count > 1 { return .family(id: entry.id, alsoFits: fitting.map { entries[$0].id }) }
        return .found(entry.id)
    }

    /// Every word of `needle` starts a word of the entry's title or summary.
    private func fits(_ needle: String, _ entry: Entry) -> Bool {
        let words = Self.words(entry.title + " " + (entry.summary ?? ""))
        return Self.words(needle).allSatisfy { wanted in words.contains { $0.hasPrefix(wanted) } }
    }

    /// For a reference that fits nothing: the entry one of whose title words is the reference's one word
    /// ("dependable" → "Dependable, reliable service"), or shares its stem ("reliable" → "Reliability"),
    /// else summary words, else the nearest id, title or title word by edit distance (a typo).
    private func suggestion(for needle: String) -> String? {
        // "platform.reliability", "growth/acq": a path to a sub-priority, written as some tools nest ids, whose last
        // part names one on its own. Not resolved (the first part might be wrong), but the last part is what was meant.
        // A last part that is a number ("O1.2", "goal-3.2") is a position under the first part, not a name of its own: on
        // its own it would name another priority ("2").
        if !needle.contains(" "), let last = needle.split(whereSeparator: { $0 == "." || $0 == "/" }).last.map(String.init),
           last.count < needle.count, !last.allSatisfy(\.isNumber) {
            switch resolve(last) {
            case .found(let id), .family(let id, _): return id
            default: break
            }
        }
        let tables = suggestions.tables(entries)
        let wanted = Self.words(needle)
        if wanted.count == 1, let word = wanted.first {
            for words in [tables.titleWords, tables.summaryWords] {
                if let hit = words.firstIndex(where: { $0.contains { Self.sameStem(word, $0) } }) { return entries[hit].id }
            }
        }
        if let typo = DidYouMean.best(needle, among: tables.candidates).flatMap({ tables.owners[$0.lowercased()] }) { return typo }
        // "city partnerships" for `city-partners` ("Cities as partners"): several words, each the stem of a word of one
        // entry's id or title, and of no other entry's; too far from the id for a typo.
        guard wanted.count >= 2 else { return nil }
        let matching = entries.indices.filter { at in
            let own = Self.words(entries[at].title) + entries[at].id.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
            return wanted.allSatisfy { word in own.contains { Self.sameStem(word, $0) } }
        }
        return matching.count == 1 ? entries[matching[0]].id : nil
    }

    /// The words of every entry's title and summary and the texts a typo is compared with, made once per index:
    /// made again for each reference that fits nothing, they cost a plan with many mistyped references (or a
    /// fuzzed strategy of 5,000 priorities) seconds. Made at the first miss, so a plan without one pays nothing.
    private final class SuggestionTables: @unchecked Sendable {
        struct Tables {
            let titleWords: [[String]]
            let summaryWords: [[String]]
            /// Ids, titles and title words of four letters or more, and the entry each names first.
            let candidates: [String]
            let owners: [String: String]
            let candidateIDs: [String]
        }

        private let lock = NSLock()
        private var made: Tables?

        func tables(_ entries: [Entry]) -> Tables {
            lock.lock()
            defer { lock.unlock() }
            if let made { return made }
            let titleWords = entries.map { ReferenceIndex.words($0.title) }
            var candidates: [String] = [], owners: [String: String] = [:]
            for (entry, words) in zip(entries, titleWords) {
                for candidate in [entry.id.lowercased(), ReferenceIndex.normalize(entry.title)] + words.filter({ $0.count >= 4 }) {
                    candidates.append(candidate)
                    if owners[candidate] == nil { owners[candidate] = entry.id }
                }
            }
            let tables = Tables(titleWords: titleWords, summaryWords: entries.map { ReferenceIndex.words($0.summary ?? "") },
                                candidates: candidates, owners: owners,
                                candidateIDs: entries.filter { $0.parent == nil }.map(\.id) + entries.filter { $0.parent != nil }.map(\.id))
            made = tables
            return tables
        }
    }

    /// Equal, or sharing a stem of at least five letters that leaves at most three letters of the shorter word
    /// ("onboard" / "onboarding", "reliable" / "reliability").
    static func sameStem(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let shared = zip(a, b).prefix { $0 == $1 }.count
        return shared >= 5 && shared >= min(a.count, b.count) - 3
    }

    /// Lowercased words: letters, digits and inner hyphens ("break-even").
    static func words(_ text: String) -> [String] {
        text.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "-") }
            .map { String($0).trimmingCharacters(in: CharacterSet(charactersIn: "-")) }.filter { !$0.isEmpty }
    }

    /// Every id, top-level ones first since those are what most references name: what a reference that fits nothing
    /// could have named. Made at the first miss and shared by every diagnostic that lists it.
    var candidateIDs: [String] { suggestions.tables(entries).candidateIDs }

    func entry(_ id: String) -> Entry? { byID[Self.fold(id)].map { entries[$0] } }

    /// Lowercased and composed, as `normalize` leaves a reference.
    private static func fold(_ id: String) -> String {
        let lowered = id.lowercased()
        return lowered.utf8.allSatisfy { $0 < 0x80 } ? lowered : lowered.precomposedStringWithCanonicalMapping
    }

    /// Entries whose normalized title has every word of `needle` as a prefix of a later word, in order. Only the
    /// entries holding a word that starts with the rarest of the needle's words are checked.
    private func wordsInOrder(_ needle: String) -> [Int] {
        let wanted = needle.split(separator: " ").map(String.init)
        guard wanted.count >= 2 else { return [] }
        let rarest = wanted.map { words.prefixRange($0) }.min { $0.count < $1.count } ?? 0..<0
        return Set(words.positions(in: rarest)).sorted().filter { Self.wordsInOrder(needle, in: Self.normalize(entries[$0].title)) }
    }

    /// Lowercased, quotes and trailing punctuation removed, runs of spaces collapsed, code marks (`` ` ``) dropped
    /// (a title read from a heading has none: `| Roadmap | Beyond the `&` |` names "Beyond the &"); composed (NFC), so that
    /// a title and a reference typed with different accents' encodings compare, and sort, alike.
    static func normalize(_ text: String) -> String {
        asciiNormalized(text) ?? normalizedByCharacters(text)
    }

    /// `normalize` of any text; `asciiNormalized` must agree with it on ASCII (`ScannerDifferentialTests`).
    static func normalizedByCharacters(_ text: String) -> String {
        let stripped = text.trimmingCharacters(in: CharacterSet(charactersIn: " \t\"'“”‘’`.:"))
        let words = stripped.lowercased().filter { $0 != "`" }.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return words.utf8.allSatisfy { $0 < 0x80 } ? words : words.precomposedStringWithCanonicalMapping
    }

    /// `normalize` of an ASCII text by its bytes (nil for any other text): every title and reference of the plan is
    /// normalized on every load, and `CharacterSet` trimming and `lowercased` were a tenth of a history walk.
    private static func asciiNormalized(_ text: String) -> String? {
        text.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            // space, tab, " ' ` . : — a switch, not a `Set`: this runs for every title and reference on every load.
            func trimmed(_ byte: UInt8) -> Bool {
                switch byte { case 0x20, 0x09, 0x22, 0x27, 0x60, 0x2E, 0x3A: true; default: false }
            }
            var start = 0, end = bytes.count
            while start < end, trimmed(bytes[start]) { start += 1 }
            while end > start, trimmed(bytes[end - 1]) { end -= 1 }
            var out: [UInt8] = []
            out.reserveCapacity(end - start)
            var space = false
            for byte in bytes[start..<end] where byte != 0x60 {
                if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                    space = !out.isEmpty
                    continue
                }
                if space { out.append(0x20); space = false }
                out.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
            }
            return String(decoding: out, as: UTF8.self)
        } ?? nil
    }

    /// What the positions near one that names nothing are, for the fix of `Priorities: 4` in a strategy of three
    /// priorities or `3.5` under a priority with one sub-priority: a did-you-mean by spelling has nothing to offer a
    /// number, and the writer is left guessing how the strategy is numbered. Nil when the text is not a position.
    func positionHint(_ text: String) -> String? {
        guard let wanted = Self.positional(text.lowercased().trimmingCharacters(in: .whitespaces)) else { return nil }
        let parts = wanted.split(separator: ".").map(String.init)
        let parent = parts.dropLast().joined(separator: ".")
        let numbers = Set(entries.flatMap { [$0.number, $0.position].compactMap { $0 } }
            .filter { !$0.isEmpty && $0.allSatisfy { $0.isNumber || $0 == "." } })
        let siblings = numbers.filter { number in
            let these = number.split(separator: ".").map(String.init)
            return these.count == parts.count && these.dropLast().joined(separator: ".") == parent
        }.sorted { $0.compare($1, options: .numeric) == .orderedAscending }
        guard let first = siblings.first, let last = siblings.last else {
            if !parent.isEmpty, numbers.contains(parent) { return "priority \(parent) has no sub-priorities; write `\(parent)` or an id" }
            return nil
        }
        if parent.isEmpty { return "the strategy numbers its priorities \(first) to \(last); write one of those, or an id" }
        let listed = siblings.count <= 4 ? siblings.joined(separator: ", ") : "\(first) to \(last)"
        return "priority \(parent)'s sub-priorities are \(listed); write one of those, or an id"
    }

    /// "2", "2.1", "p2.1", "#2", "Priority 2", "pillar #3" → "2" / "2.1" / "3"; nil when the text is not positional.
    static func positional(_ text: String) -> String? {
        var body = Substring(text)
        // A strategy's numbered headings ("Priority 2: …", "Pillar 3") are named by their word and number.
        for word in positionWords where body.hasPrefix(word) {
            body = body.dropFirst(word.count).drop { $0 == " " }
            break
        }
        if body.hasPrefix("p") || body.hasPrefix("#") { body = body.dropFirst() }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard !parts.isEmpty, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }) else { return nil }
        return parts.map { String(Int($0) ?? 0) }.joined(separator: ".")
    }

    /// Words that number a priority when followed by its position; longest first, so "strategic priority" wins.
    private static let positionWords = ["strategic priority ", "strategic pillar ", "strategic goal ", "goal area ", "focus area ",
                                        "priority ", "pillar ", "mission ", "goal ", "theme ", "bet "]

    /// "mission-1-services-people-can-use-first-time", "pillar-2-reliability": the id a priority's title gave while its
    /// label ("Mission 1:") was kept in it. Titles lose their label now (`TitleLabel`), and references, weights and links
    /// written with the old id still name the priority whose position the label gives and whose id the rest starts.
    private func labelledID(_ needle: String) -> Int? {
        if let match = Self.labelledIDPattern.firstMatch(in: needle), let number = match[1], let rest = match[2],
           let index = byNumber[String(Int(number) ?? 0)], Self.idContinues(entries[index].id, rest) {
            return index
        }
        guard lettered else { return nil }
        // "goal-a-grow-our-member-base", "a-1-rural-outreach": a lettered strategy's label, at most two words before it.
        let parts = needle.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        for start in 0..<min(3, parts.count) where parts[start].count == 1 && parts[start].first?.isLetter == true {
            guard parts[..<start].allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isLetter) }) else { break }
            var end = start + 1
            while end < parts.count - 1, !parts[end].isEmpty, parts[end].allSatisfy(\.isNumber) { end += 1 }
            let label = parts[start..<end].joined(separator: ".")
            let rest = parts[end...].joined(separator: "-")
            if !rest.isEmpty, let index = byNumber[label], Self.idContinues(entries[index].id, rest) { return index }
        }
        return nil
    }

    private static func idContinues(_ id: String, _ rest: String) -> Bool {
        let id = fold(id)
        return id == rest || id.hasPrefix(rest + "-")
    }

    /// True when the strategy letters its priorities ("A", "A.1"): only then do letters name positions, so a strategy
    /// numbered 1, 2, 3 reads every reference as it did.
    private var lettered: Bool { entries.first?.number?.first?.isLetter == true }

    /// "A.1", "a1", "B", "b-2" → "a.1", "a.1", "b", "b.2"; numbers as written ("2.1").
    static func numberKey(_ number: String) -> String {
        let lower = number.lowercased()
        guard let first = lower.first, first.isLetter else { return lower }
        let rest = lower.dropFirst().drop { $0 == "." || $0 == "-" }
        return rest.isEmpty ? String(first) : "\(first).\(rest)"
    }

    /// A lettered strategy's position named in a normalized reference: "c", "c.1", "c1", "goal c", "goal c.1",
    /// "strategic aim b", "(b2)" → "c", "c.1", "c.1", "c", "c.1", "b", "b.2"; nil for any other text. A word before the
    /// letter must be one a strategy labels its priorities with, so "vitamin d" stays words of a title.
    static func letterLabel(_ needle: String) -> String? {
        var body = Substring(needle)
        for word in positionWords + letterWords where body.hasPrefix(word) {
            body = body.dropFirst(word.count).drop { $0 == " " }
            break
        }
        guard let match = letterPattern.firstMatch(in: String(body)), let letter = match[1] else { return nil }
        return numberKey(letter + (match[2] ?? ""))
    }

    private static let letterPattern = Pattern(#"^\(?([a-z])((?:[.\-]?\d+)(?:\.\d+)*)?\)?$"#)

    /// More words a lettered strategy labels its priorities with ("Strategic aim B", "Priority area C", "Outcome A.2").
    private static let letterWords = ["strategic aim ", "strategic outcome ", "strategic objective ", "strategic theme ", "priority area ",
                                      "aim ", "area ", "outcome ", "objective "]

    /// "b – financial sustainability", "goal c.1: faster answers" → ("b", "financial sustainability"): a lettered
    /// strategy's label with the title after it.
    static func letterLabelled(_ needle: String) -> (position: String, title: String)? {
        guard let match = letterLabelledPattern.firstMatch(in: needle), let label = match[1], let title = match[2],
              let position = letterLabel(label.trimmed), !title.trimmed.isEmpty else { return nil }
        return (position, title.trimmed)
    }

    private static let letterLabelledPattern = Pattern(#"^((?:[a-z]+(?: [a-z]+)? )?\(?[a-z](?:[.\-]?\d+(?:\.\d+)*)?\)?)\s*(?::|—|–|\s-|\.\s)\s*(.+)$"#)

    private static let labelledIDPattern = Pattern(#"^[a-z]+(?:-[a-z]+)?-(\d+)-([a-z0-9][a-z0-9-]*)$"#, caseInsensitive: false)

    /// "goal 2: make it easier…" → ("2", "make it easier…"): a normalized reference that is a position with its word
    /// ("Goal 2", "Pillar #3", "2.1") followed by ":", "—", "–" or " - " and a title; nil for any other.
    static func labelled(_ needle: String) -> (position: String, title: String)? {
        guard let match = labelledReference.firstMatch(in: needle), let label = match[1], let title = match[2],
              let position = positional(label.trimmingCharacters(in: .whitespaces)), !title.trimmed.isEmpty else { return nil }
        return (position, title.trimmed)
    }

    private static let labelledReference = Pattern(#"^((?:[a-z]+(?: [a-z]+)? )?#?p?\d+(?:\.\d+)*)\s*(?::|—|–|\s-)\s*(.+)$"#)

    /// Each word of `needle` is a prefix of a later word of `title`, in order ("grow reliable revenue").
    static func wordsInOrder(_ needle: String, in title: String) -> Bool {
        let wanted = needle.split(separator: " ")
        guard wanted.count >= 2 else { return false }
        var words = title.split(separator: " ")[...]
        for word in wanted {
            guard let index = words.firstIndex(where: { $0.hasPrefix(word) }) else { return false }
            words = words[(index + 1)...]
        }
        return true
    }
}

/// Keys sorted by their UTF-8 bytes, so that every key starting with given bytes sits in one run found by
/// binary search. `hasPrefix` (by characters) then confirms each, since a byte prefix can split a character.
struct SortedKeys: Sendable {
    private let keys: [(key: String, position: Int)]

    init(_ pairs: [(String, Int)]) {
        keys = pairs.map { (key: $0.0, position: $0.1) }.sorted { a, b in
            let order = Self.compare(a.key, b.key)
            return order < 0 || (order == 0 && a.position < b.position)
        }
    }

    /// The byte order of two keys (negative, zero, positive), by `memcmp` over native strings' bytes: sorting the
    /// words of every title compared them through the generic UTF-8 view.
    static func compare(_ a: String, _ b: String) -> Int {
        var a = a, b = b
        return a.withUTF8 { x in
            b.withUTF8 { y in
                let common = min(x.count, y.count)
                let order = common == 0 ? 0 : Int(memcmp(x.baseAddress!, y.baseAddress!, common))
                return order != 0 ? order : x.count - y.count
            }
        }
    }

    /// The run of keys starting with `prefix`'s bytes.
    func prefixRange(_ prefix: String) -> Range<Int> {
        var low = 0, high = keys.count
        while low < high {
            let middle = (low + high) / 2
            if keys[middle].key.utf8.lexicographicallyPrecedes(prefix.utf8) { low = middle + 1 } else { high = middle }
        }
        // From `low` on, keys start with the prefix's bytes up to the first that does not: a second binary search.
        var end = low, top = keys.count
        while end < top {
            let middle = (end + top) / 2
            if keys[middle].key.utf8.starts(with: prefix.utf8) { end = middle + 1 } else { top = middle }
        }
        return low..<end
    }

    func positions(in range: Range<Int>) -> [Int] { keys[range].map(\.position) }

    /// Positions of the keys that start with `prefix`, by characters.
    func prefixed(_ prefix: String) -> [Int] {
        keys[prefixRange(prefix)].filter { $0.key.hasPrefix(prefix) }.map(\.position)
    }
}

extension ReferenceIndex.Entry {
    /// The strategy's priorities as entries, each with its place in the tree counted ("2", "1.1") where the strategy
    /// writes its positions otherwise (a lettered strategy's "B", "A.1").
    static func priorities(_ priorities: [Priority]) -> [Self] {
        var tops = 0
        var children: [String: Int] = [:]
        var counted: [String: String] = [:]
        var codes: [String: String] = [:]
        return priorities.map { priority in
            let position: String
            if let parent = priority.parent {
                children[parent, default: 0] += 1
                position = "\(counted[parent] ?? "0").\(children[parent] ?? 1)"
            } else {
                tops += 1
                position = "\(tops)"
            }
            if counted[priority.id] == nil { counted[priority.id] = position }
            // "### O1: Our digital experiences…" over its numbered parts: `O1` names it, and `O1.2` its second part, as
            // `P1.2` and `1.2` do.
            var aliases: [String] = []
            if let code = priority.code {
                aliases.append(code)
                // "Phase 2" (a label before the words that name the priority) was its title, and `phase-2` its id.
                if code.contains(" ") { aliases.append(Slug.make(code)) }
            }
            if let parent = priority.parent, let code = codes[parent], let place = position.split(separator: ".").last {
                aliases.append("\(code).\(place)")
            }
            if priority.parent == nil, let code = priority.code { codes[priority.id] = code }
            return Self(id: priority.id, number: priority.number, position: position == priority.number ? nil : position,
                        title: priority.title, location: priority.location, parent: priority.parent, summary: priority.summary,
                        aliases: aliases)
        }
    }
}
