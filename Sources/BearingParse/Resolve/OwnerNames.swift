import BearingModel
import Foundation

/// One name per person across the plan. "Sam Kaur", "sam kaur", "Sam  Kaur" and "Dr. Sam Kaur" are one person to any
/// reader, so owners that differ only in case, spacing, a leading `@`, a title or a bracketed degree are shown with one
/// spelling: a name given in `people:` when bearing.yml ties the spelling to one, else one written with capitals before
/// one without, then one without a title or remark, then the one most used, then the first seen. Every view (the site's By owner, the review, JSON, CSV, planning.db) reads the
/// owners from the plan, so they agree. Spellings that differ only in accents or punctuation ("José Díaz", "Jose
/// Diaz", "jose.diaz") may be two people: a note suggests a `people:` entry, and nothing is merged. A first name alone
/// ("[Jamie]" on a roadmap) is the one full name of the plan that starts with it ("Jamie Chen"), with a note saying so;
/// beside two such names ("Jamie Chen", "Jamie Ortiz") it stays as written.
struct OwnerNames {
    /// Folded spelling → the name shown.
    private var shown: [String: String] = [:]
    /// Folded spellings `people:` maps, whose names are not subject to the accents-and-punctuation hint.
    private var configured: Set<String> = []
    /// Each spelling the plan uses → the name shown, worked out once: a plan repeats a few dozen spellings thousands
    /// of times, and folding one costs several string copies (a tenth of a one-file rebuild in process before this).
    private var shownBySpelling: [String: String] = [:]
    /// The plan's spellings that are a remark ("PhD") split off a name, not a person.
    private var remarkSpellings: Set<String> = []
    /// Each spelling of a first name written alone → that first name, as shown before it was taken to be the plan's one
    /// full name starting with it ("[Jamie]" → "Jamie", shown as "Jamie Chen").
    private var firstNames: [String: String] = [:]

    /// Rewrites every owner in the plan to the name shown for it, and returns the hints about names that may be one
    /// person.
    static func unify(_ plan: inout Plan) -> [Diagnostic] {
        var spellings = OwnerSpellings()
        return unify(&plan, spellings: &spellings)
    }

    /// `unify`, taking what each spelling says on its own from `spellings` (kept across loads by `ParsedFiles`).
    static func unify(_ plan: inout Plan, spellings: inout OwnerSpellings) -> [Diagnostic] {
        defer { spellings.finishLoad() }
        var uses: [(spelling: String, location: SourceLocation)] = []
        for file in plan.objectiveFiles {
            for objective in file.objectives {
                uses += objective.metadata.owners.map { ($0, objective.location) }
                for initiative in objective.initiatives { uses += initiative.metadata.owners.map { ($0, initiative.location) } }
                // An objective's key results include its initiatives': each is counted once, here.
                for result in objective.keyResults { uses += result.owners.map { ($0, result.location) } }
            }
        }
        for roadmap in plan.roadmaps { for item in roadmap.items { uses += item.metadata.owners.map { ($0, item.location) } } }
        guard !uses.isEmpty else { return [] }
        let names = OwnerNames(spellings: uses.map(\.spelling), people: plan.config.people, facts: &spellings)
        // Written only where a name changes: a write to an objective or a key result kept by the last load (its parse
        // or its resolving) copies it, and writing every one copied the whole plan on every rebuild.
        for f in plan.objectiveFiles.indices {
            for o in plan.objectiveFiles[f].objectives.indices {
                let objective = plan.objectiveFiles[f].objectives[o]
                if let owners = names.renamed(objective.metadata.owners) { plan.objectiveFiles[f].objectives[o].metadata.owners = owners }
                for k in objective.keyResults.indices {
                    if let owners = names.renamed(objective.keyResults[k].owners) { plan.objectiveFiles[f].objectives[o].keyResults[k].owners = owners }
                }
                for i in objective.initiatives.indices {
                    let initiative = objective.initiatives[i]
                    if let owners = names.renamed(initiative.metadata.owners) {
                        plan.objectiveFiles[f].objectives[o].initiatives[i].metadata.owners = owners
                    }
                    for k in initiative.keyResults.indices {
                        if let owners = names.renamed(initiative.keyResults[k].owners) {
                            plan.objectiveFiles[f].objectives[o].initiatives[i].keyResults[k].owners = owners
                        }
                    }
                }
            }
        }
        for r in plan.roadmaps.indices {
            for i in plan.roadmaps[r].items.indices {
                if let owners = names.renamed(plan.roadmaps[r].items[i].metadata.owners) { plan.roadmaps[r].items[i].metadata.owners = owners }
            }
        }
        return (names.hints(uses, facts: &spellings) + names.firstNameNotes(uses)).sorted(by: Diagnostic.ordered)
    }

    init(spellings: [String], people: [Person]) {
        var facts = OwnerSpellings()
        self.init(spellings: spellings, people: people, facts: &facts)
    }

    init(spellings: [String], people: [Person], facts memo: inout OwnerSpellings) {
        // People first: their names and listed spellings are theirs whatever the plan's counts say.
        for person in people {
            for spelling in [person.name] + person.spellings {
                let key = memo.fold(spelling)
                guard shown[key] == nil else { continue }
                shown[key] = person.name
                configured.insert(key)
            }
        }
        // Each distinct spelling is folded once, in the order first seen, with its number of uses.
        var uses: [String: Int] = [:], distinct: [String] = []
        for spelling in spellings {
            if uses[spelling] == nil { distinct.append(spelling) }
            uses[spelling, default: 0] += 1
        }
        var counts: [String: [String: Int]] = [:], order: [String: Int] = [:]
        for spelling in distinct {
            let facts = memo.facts(spelling), key = facts.fold, written = facts.tidy
            counts[key, default: [:]][written, default: 0] += uses[spelling] ?? 0
            if order[written] == nil { order[written] = order.count }
        }
        for (key, written) in counts where shown[key] == nil {
            let best = written.max { a, b in
                let (fa, fb) = (memo.facts(a.key), memo.facts(b.key))
                if fa.hasCapital != fb.hasCapital { return !fa.hasCapital }
                if fa.isPlain != fb.isPlain { return !fa.isPlain }
                if a.value != b.value { return a.value < b.value }
                return (order[a.key] ?? 0) > (order[b.key] ?? 0)
            }
            shown[key] = best?.key
        }
        for spelling in distinct {
            let facts = memo.facts(spelling)
            shownBySpelling[spelling] = shown[facts.fold] ?? facts.tidy
            if facts.isRemark { remarkSpellings.insert(spelling) }
        }
        let folds = Self.firstNameFolds(Set(shownBySpelling.values), configured: configured, facts: &memo)
        for (spelling, name) in shownBySpelling {
            guard let full = folds[name] else { continue }
            firstNames[spelling] = name
            shownBySpelling[spelling] = full
            shown[memo.fold(spelling)] = full
        }
    }

    /// Each shown name that is a first name alone ("Jamie") → the one full name among `names` that starts with it
    /// ("Jamie Chen"). A first name `people:` lists is that person's, and is left alone.
    static func firstNameFolds(_ names: Set<String>, configured: Set<String>) -> [String: String] {
        var facts = OwnerSpellings()
        return firstNameFolds(names, configured: configured, facts: &facts)
    }

    static func firstNameFolds(_ names: Set<String>, configured: Set<String>, facts memo: inout OwnerSpellings) -> [String: String] {
        var full: [String: Set<String>] = [:]
        for name in names {
            let facts = memo.facts(name)
            guard let first = facts.firstFoldedWord, facts.looksLikeName, facts.isNameWords else { continue }
            full[first, default: []].insert(name)
        }
        var folds: [String: String] = [:]
        for name in names {
            let facts = memo.facts(name)
            guard facts.isNameWord, !configured.contains(facts.fold) else { continue }
            if let candidates = full[facts.fold], candidates.count == 1, let only = candidates.first { folds[name] = only }
        }
        return folds
    }

    /// "Jamie", "O'Neil", "Jean-Luc", "Dr.": a capitalised word of letters, as a name is written; not "@jamie", "(PI)", "QA2".
    static func isNameWord(_ word: Substring) -> Bool {
        guard word.count >= 2, word.first?.isUppercase == true else { return false }
        return word.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" || $0 == "’" || $0 == "." }
    }

    /// A note at the first use of each first name taken to be a full name, saying which and how to keep them apart.
    private func firstNameNotes(_ uses: [(spelling: String, location: SourceLocation)]) -> [Diagnostic] {
        guard !firstNames.isEmpty else { return [] }
        var noted: Set<String> = []
        var fullAt: [String: SourceLocation] = [:]
        for use in uses where fullAt[name(use.spelling)] == nil && firstNames[use.spelling] == nil {
            fullAt[name(use.spelling)] = use.location
        }
        var diagnostics: [Diagnostic] = []
        for use in uses {
            guard let written = firstNames[use.spelling], noted.insert(written).inserted else { continue }
            let full = name(use.spelling)
            let place = fullAt[full].map { " (\($0.path):\($0.line))" } ?? ""
            diagnostics.append(Diagnostic(.note, .ownerSpellings,
                "owner \(written) is read as \(full)\(place), the plan's only owner whose first name is \(written)",
                at: use.location, fix: "if they are two people, add to bearing.yml: `people: { \"\(written)\": [] }`"))
        }
        return diagnostics
    }

    /// The name shown for a spelling.
    func name(_ spelling: String) -> String { shownBySpelling[spelling] ?? shown[Self.fold(spelling)] ?? Self.tidy(spelling) }

    /// `owners` renamed as `rename` does, or nil when that changes nothing.
    func renamed(_ owners: [String]) -> [String]? {
        var copy = owners
        rename(&copy)
        return copy == owners ? nil : copy
    }

    /// Owners, each under its shown name, once.
    func rename(_ owners: inout [String]) {
        guard !owners.isEmpty else { return }
        var seen: [String] = []
        for spelling in owners {
            let remark = shownBySpelling[spelling] == nil ? Self.isRemark(spelling) : remarkSpellings.contains(spelling)
            let owner = name(spelling)
            if !remark, !seen.contains(owner) { seen.append(owner) }
        }
        owners = seen
    }

    /// Lower case, runs of spaces as one, no leading `@`, no title before the name ("Dr.", "Prof.") and no degree,
    /// role or pronouns in brackets after it ("(PhD)", "(PI)", "(she/her)"): what a reader ignores when telling people
    /// apart. Other brackets stay: "Infra (Bob)" and "Infra (Alice)" are two owners.
    static func fold(_ spelling: String) -> String { folded(tidy: tidy(spelling)) }

    /// `fold` of a spelling already `tidy`.
    static func folded(tidy: String) -> String {
        var words = tidy.lowercased().split(separator: " ").map(String.init)
        if words.count > 1, let last = words.last, last.hasPrefix("("), last.hasSuffix(")"),
           remarks.contains(String(last.dropFirst().dropLast())) { words.removeLast() }
        if words.count > 1, honorifics.contains(words[0]) { words.removeFirst() }
        var text = words.joined(separator: " ")
        if text.hasPrefix("@") { text.removeFirst() }
        return text
    }

    /// Whether a spelling carries a title or a bracketed remark `fold` drops: the plain one is the name to show.
    static func isPlain(_ spelling: String) -> Bool {
        let tidy = tidy(spelling)
        return isPlain(tidy: tidy, fold: folded(tidy: tidy))
    }

    static func isPlain(tidy: String, fold: String) -> Bool {
        let text = tidy.lowercased()
        return fold == (text.hasPrefix("@") ? String(text.dropFirst()) : text)
    }

    /// Not a person: a degree or pronouns split off by a comma ("Sam Kaur, PhD" is one owner, not two).
    static func isRemark(_ owner: String) -> Bool { isRemark(tidy: tidy(owner)) }

    static func isRemark(tidy: String) -> Bool { remarks.contains(tidy.lowercased()) }

    private static let honorifics: Set<String> = ["dr", "dr.", "prof", "prof.", "professor", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "mx", "mx."]
    private static let remarks: Set<String> = [
        "phd", "ph.d.", "ph.d", "md", "m.d.", "msc", "bsc", "mba", "dphil", "pi", "co-pi", "postdoc", "student", "intern",
        "interim", "acting", "emeritus", "visiting", "he/him", "she/her", "they/them",
    ]

    /// The spelling with its spaces (non-breaking ones too) run together and trimmed, and a wikilink to the person's
    /// note (`— Owner: [[Priya Shah]]`, `[[People/Priya Shah|Priya]]`) as the name Obsidian shows.
    static func tidy(_ spelling: String) -> String {
        let words = spelling.contains("[[") ? Wikilinks.asText(spelling) : spelling
        return words.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    static func hasCapital(_ text: String) -> Bool { text.contains { $0.isUppercase } }

    /// A note for each shown name that matches an earlier one but for accents, punctuation and spaces ("Jose Diaz" after
    /// "José Díaz", "sam.kaur" after "Sam Kaur"), at its first use. Names `people:` settles are left alone.
    private func hints(_ uses: [(spelling: String, location: SourceLocation)], facts memo: inout OwnerSpellings) -> [Diagnostic] {
        var first: [String: (name: String, location: SourceLocation)] = [:], hinted: Set<String> = []
        var diagnostics: [Diagnostic] = []
        func note(_ shownName: String, _ earlier: (name: String, location: SourceLocation), _ how: String, at location: SourceLocation) {
            guard earlier.name != shownName, hinted.insert(shownName).inserted else { return }
            // The name the line ties the other spelling to: one written as a name ("Jamie Chen") over a handle
            // ("jamie-chen"), whichever came first.
            let (person, other) = memo.facts(shownName).looksLikeName && !memo.facts(earlier.name).looksLikeName ? (shownName, earlier.name) : (earlier.name, shownName)
            diagnostics.append(Diagnostic(.note, .ownerSpellings,
                "owner \(shownName) \(how) \(earlier.name) (\(earlier.location.path):\(earlier.location.line)); they are listed as two people",
                at: location, fix: "if they are one person, add to bearing.yml: `people: { \"\(person)\": [\"\(other)\"] }`"))
        }
        var named: [(name: String, location: SourceLocation)] = []
        var settled: [String: Bool] = [:], looseNames: [String: String] = [:]
        for use in uses {
            let isConfigured = settled[use.spelling] ?? { let value = configured.contains(memo.fold(use.spelling)); settled[use.spelling] = value; return value }()
            guard !isConfigured else { continue }
            let shownName = name(use.spelling)
            let loose = looseNames[shownName] ?? { let value = memo.facts(shownName).loose; looseNames[shownName] = value; return value }()
            guard loose.count >= 4 else { continue }
            if let earlier = first[loose] {
                // The same name again, as most uses are: nothing to say, and nothing to work out.
                guard earlier.name != shownName else { continue }
                let how = memo.facts(shownName).isMailbox == memo.facts(earlier.name).isMailbox
                    ? "differs only in accents, punctuation or spacing from" : "may be the same person as"
                note(shownName, earlier, how, at: use.location)
            }
            else { first[loose] = (shownName, use.location); named.append((shownName, use.location)) }
        }
        // "S. Kaur" beside "Sam Kaur": an initial may stand for the name, or for another person of the same surname.
        var byInitial: [String: (name: String, location: SourceLocation)] = [:]
        for entry in named where memo.facts(entry.name).initialed == nil {
            guard let key = memo.facts(entry.name).initialKey else { continue }
            if byInitial[key] == nil { byInitial[key] = entry }
        }
        for entry in named {
            guard let key = memo.facts(entry.name).initialed, let full = byInitial[key] else { continue }
            note(entry.name, full, "may be", at: entry.location)
        }
        return diagnostics.sorted(by: Diagnostic.ordered)
    }

    /// "maria.lopez" for "maria.lopez@riverside.org": the part of an email address that names its person (teams that
    /// export owners from a tracker write the address where others write "Maria Lopez"). Nil for anything else.
    static func mailbox(_ spelling: String) -> String? { mailbox(tidy: tidy(spelling)) }

    static func mailbox(tidy text: String) -> String? {
        guard !text.contains(" "), let at = text.firstIndex(of: "@"), at > text.startIndex,
              text[text.index(after: at)...].contains(".") else { return nil }
        return String(text[..<at])
    }

    /// "Jamie Chen": words with a capital, as a name is written; "jamie-chen", "sam.kaur" are handles.
    static func looksLikeName(_ spelling: String) -> Bool {
        tidy(spelling).contains(" ") && hasCapital(spelling)
    }

    /// "s|kaur" for "S. Kaur" or "S Kaur": a name written as an initial and a surname.
    static func initialed(_ name: String) -> String? { initialed(fold: fold(name)) }

    static func initialed(fold: String) -> String? {
        let words = fold.split(separator: " ")
        guard words.count >= 2, let first = words.first, first.count <= 2, first.first?.isLetter == true,
              first.count == 1 || first.last == "." else { return nil }
        return "\(loose(String(first.prefix(1))))|" + loose(words.dropFirst().joined(separator: " "))
    }

    /// "s|kaur" for "Sam Kaur": the key an initialled spelling of the name would have.
    static func initialKey(_ name: String) -> String? { initialKey(fold: fold(name)) }

    static func initialKey(fold: String) -> String? {
        let words = fold.split(separator: " ")
        guard words.count >= 2, let first = words.first, first.count > 2, first.first?.isLetter == true else { return nil }
        return "\(loose(String(first.prefix(1))))|" + loose(words.dropFirst().joined(separator: " "))
    }

    /// Letters and digits only, without accents or case: "José Díaz", "jose.diaz" and "@JoseDiaz" are all "josediaz".
    static func loose(_ name: String) -> String {
        String(name.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
            .unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }.map(Character.init))
    }
}
