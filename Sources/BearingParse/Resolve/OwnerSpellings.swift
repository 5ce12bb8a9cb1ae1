/// What `OwnerNames` and `BracketedOwners` work out of one owner spelling on its own — its folded and tidy forms,
/// whether it is a remark or looks like a name, its letters-only form, its initial key — each worked out once and
/// kept while the plan uses the spelling. They depend on the spelling alone, and a plan repeats a few hundred
/// spellings: folding one costs ~17,500 instructions (splits, lowercasing, string copies), and working them out again
/// on every load was 9 % of a one-file rebuild in process (callgrind, 200 files). `ParsedFiles` keeps one across the
/// loads of a `serve` session; a single load makes its own.
package struct OwnerSpellings: Sendable {
    struct Facts: Sendable {
        /// `OwnerNames.tidy` and `OwnerNames.fold`.
        let tidy: String
        let fold: String
        /// `OwnerNames.isRemark`, `isPlain`, `hasCapital`, `looksLikeName`.
        let isRemark: Bool
        let isPlain: Bool
        let hasCapital: Bool
        let looksLikeName: Bool
        /// `OwnerNames.mailbox` is not nil: an email address.
        let isMailbox: Bool
        /// `OwnerNames.loose` of the mailbox, or of the spelling when it is no email address: what the hints compare.
        let loose: String
        /// `OwnerNames.initialed` and `initialKey`.
        let initialed: String?
        let initialKey: String?
        /// The tidy spelling is one word written as a name ("Jamie"), and every word of it is (`OwnerNames.isNameWord`).
        let isNameWord: Bool
        let isNameWords: Bool
        /// The first word of `fold` when it has two or more ("jamie" for "Jamie Chen"): the first name it may go by.
        let firstFoldedWord: String?

        init(_ spelling: String) {
            tidy = OwnerNames.tidy(spelling)
            fold = OwnerNames.folded(tidy: tidy)
            isRemark = OwnerNames.isRemark(tidy: tidy)
            isPlain = OwnerNames.isPlain(tidy: tidy, fold: fold)
            hasCapital = OwnerNames.hasCapital(spelling)
            looksLikeName = tidy.contains(" ") && hasCapital
            let mailbox = OwnerNames.mailbox(tidy: tidy)
            isMailbox = mailbox != nil
            loose = OwnerNames.loose(mailbox ?? spelling)
            initialed = OwnerNames.initialed(fold: fold)
            initialKey = OwnerNames.initialKey(fold: fold)
            isNameWord = OwnerNames.isNameWord(Substring(tidy))
            isNameWords = tidy.split(separator: " ").allSatisfy(OwnerNames.isNameWord)
            let words = fold.split(separator: " ")
            firstFoldedWord = words.count >= 2 ? String(words[0]) : nil
        }
    }

    private struct Entry: Sendable {
        var facts: Facts
        /// The last load that asked for it.
        var load: Int
    }

    private var table: [String: Entry] = [:]
    private var load = 0
    /// How many spellings this load asked for.
    private var used = 0

    package init() {}

    /// The facts of `spelling`, worked out when no load has asked for them since it was last used.
    mutating func facts(_ spelling: String) -> Facts {
        if let index = table.index(forKey: spelling) {
            if table.values[index].load != load {
                table.values[index].load = load
                used += 1
            }
            return table.values[index].facts
        }
        let facts = Facts(spelling)
        table[spelling] = Entry(facts: facts, load: load)
        used += 1
        return facts
    }

    mutating func fold(_ spelling: String) -> String { facts(spelling).fold }

    /// Ends a load: when most of what is kept is spellings this load did not use (a long-running server whose plan
    /// was renamed), they go, so the table holds about one plan's spellings.
    mutating func finishLoad() {
        if table.count > 2 * used + 64 { table = table.filter { $0.value.load == load } }
        load += 1
        used = 0
    }

    /// How many spellings are kept (for tests).
    var count: Int { table.count }
}
