import BearingModel

/// Who does a roadmap item, written in brackets after its words as teams jot it on a plan: "Launch the partner portal
/// (Jamie)", "Migrate billing (@jamie, Priya)", "Ship SSO [Owner: Jamie]". Brackets also hold a great deal that is not a
/// person ("(beta)", "(phase 2)", "(EU only)", "(Q3)", "(Apple Pay)", "(Android)"), so a bracket is an owner only when it
/// says so (`Owner:`, `DRI:`, `Lead:`), holds a @handle, or holds names that the same workspace already has as owners
/// elsewhere: a capitalised word alone could as well be a product, a place or a platform.
enum BracketedOwners {
    /// "(Owner: Jamie)", "[DRI: @jamie]", "(Owners: Ada, Grace)" at the end.
    private static let labelled = Pattern(
        #"\s*[(\[]\s*(?:owner|owners|dri|dris|lead|leads|driver|drivers|assignee|assignees|assigned to)\s*:\s*([^()\[\]]+?)\s*[)\]]\s*\.?$"#,
        needs: ["owner", "dri", "lead", "assign"])
    /// "(Jamie)", "[Jamie]", "(@jamie, Priya)", "(Maria Lopez & Sam Kaur)" at the end: a bracket that may hold names.
    private static let bracketed = Pattern(#"\s*(?:\(\s*([^()\[\]]{1,60}?)\s*\)|\[\s*([^()\[\]]{1,60}?)\s*\])\s*\.?$"#, needs: ["(", "["])
    /// A word of a written name: "Jamie", "O'Neil", "Jean-Luc", "McKay"; not "EU", "API", "iOS" nor "beta".
    private static let nameWord = Pattern(#"^\p{Lu}[\p{L}'’.-]*\p{Ll}[\p{L}'’.-]*$"#, caseInsensitive: false)
    private static let handle = Pattern(#"^@[A-Za-z0-9][A-Za-z0-9_.-]*$"#, caseInsensitive: false)

    /// The owners a bracket at the end of `text` names by a label or a @handle, and the text before it; nil otherwise.
    static func written(in text: String) -> (owners: [String], rest: String)? {
        if let match = labelled.firstMatchWithRange(in: text), match.range.lowerBound > text.startIndex,
           let inner = match.groups[1] {
            let owners = split(inner).map(withoutAt)
            guard !owners.isEmpty else { return nil }
            return (owners, String(text[..<match.range.lowerBound]).trimmed)
        }
        // "Waitlist [Owner: Ana] (beta)": a remark in brackets after the owner's bracket stays with the title.
        if let tail = bracketed.firstMatchWithRange(in: text), tail.range.lowerBound > text.startIndex {
            let head = String(text[..<tail.range.lowerBound])
            if let match = labelled.firstMatchWithRange(in: head), match.range.lowerBound > head.startIndex, let inner = match.groups[1] {
                let owners = split(inner).map(withoutAt)
                if !owners.isEmpty { return (owners, String(head[..<match.range.lowerBound]).trimmed + " " + String(text[tail.range.lowerBound...]).trimmed) }
            }
        }
        guard let (names, rest) = names(in: text), names.contains(where: { handle.matches($0) }) else { return nil }
        return (names.map(withoutAt), rest)
    }

    /// "Submit claims to insurers — @lee", "– @ana, @lee": handles alone after a dash at the end, as a key result's are
    /// read (`KeyResultTail`), and the text before them.
    static func dashed(in text: String) -> (owners: [String], rest: String)? {
        guard text.contains("@"), let match = KeyResultTail.handles.firstMatchWithRange(in: text), match.range.lowerBound > text.startIndex,
              let inner = match.groups[1] else { return nil }
        let owners = split(inner).map(withoutAt)
        let rest = String(text[..<match.range.lowerBound]).trimmed
        guard !owners.isEmpty, rest.contains(where: \.isLetter) else { return nil }
        return (owners, rest)
    }

    /// "@priya" is Priya's handle: the owner is named without the `@`, as an `Owner:` field's is.
    private static func withoutAt(_ name: String) -> String {
        name.hasPrefix("@") && name.count > 1 ? String(name.dropFirst()) : name
    }

    /// The names in a bracket at the end of `text` (one to three, each a @handle or one to three capitalised words), and
    /// the text before it; nil when the bracket holds anything else or there is none.
    static func names(in text: String) -> (names: [String], rest: String)? {
        guard let match = bracketed.firstMatchWithRange(in: text), match.range.lowerBound > text.startIndex,
              let inner = match.groups[1] ?? match.groups[2] else { return nil }
        let rest = String(text[..<match.range.lowerBound]).trimmed
        let parts = split(inner)
        guard !rest.isEmpty, rest.contains(where: \.isLetter), (1...3).contains(parts.count),
              parts.allSatisfy(isName) else { return nil }
        return (parts, rest)
    }

    /// A @handle, or one to three words each written as a name is.
    static func isName(_ text: String) -> Bool {
        if handle.matches(text) { return true }
        let words = text.split(separator: " ")
        return (1...3).contains(words.count) && words.allSatisfy { nameWord.matches(String($0)) }
    }

    private static func split(_ inner: String) -> [String] {
        inner.replacingOccurrences(of: " and ", with: ",").split(whereSeparator: { $0 == "," || $0 == "&" || $0 == ";" || $0 == "/" })
            .map { String($0).trimmed }.filter { !$0.isEmpty }
    }

    /// Takes the names in brackets at the end of roadmap items', objectives' and initiatives' titles as their owners where every name is one the
    /// workspace already has as an owner (in any file, or in bearing.yml's `people:`), or the first name of exactly one
    /// such owner; items that name owners of their own keep the bracket as written. The item's id stays the one its
    /// title gave at parse time, so links to it do not move.
    static func take(_ plan: inout Plan) {
        var spellings = OwnerSpellings()
        take(&plan, spellings: &spellings)
    }

    /// `take`, folding each spelling through `spellings` (kept across loads by `ParsedFiles`).
    static func take(_ plan: inout Plan, spellings: inout OwnerSpellings) {
        let known = knownOwners(plan, spellings: &spellings)
        guard !known.isEmpty else { return }
        var firstNames: [String: Int] = [:]
        for name in known {
            if let first = name.split(separator: " ").first, name.contains(" ") { firstNames[String(first), default: 0] += 1 }
        }
        func isKnown(_ name: String) -> Bool {
            let folded = spellings.fold(name)
            return known.contains(folded) || (!folded.contains(" ") && firstNames[folded] == 1)
        }
        // Objectives and initiatives too: "Hit and track all team revenue goals (Dana)" in a team's list of goals.
        for f in plan.objectiveFiles.indices {
            for o in plan.objectiveFiles[f].objectives.indices {
                if plan.objectiveFiles[f].objectives[o].metadata.owners.isEmpty,
                   let (names, rest) = names(in: plan.objectiveFiles[f].objectives[o].title), names.allSatisfy(isKnown) {
                    plan.objectiveFiles[f].objectives[o].metadata.owners = names.map(withoutAt)
                    plan.objectiveFiles[f].objectives[o].title = rest
                }
                for i in plan.objectiveFiles[f].objectives[o].initiatives.indices
                where plan.objectiveFiles[f].objectives[o].initiatives[i].metadata.owners.isEmpty {
                    guard let (names, rest) = names(in: plan.objectiveFiles[f].objectives[o].initiatives[i].title), names.allSatisfy(isKnown) else { continue }
                    plan.objectiveFiles[f].objectives[o].initiatives[i].metadata.owners = names.map(withoutAt)
                    plan.objectiveFiles[f].objectives[o].initiatives[i].title = rest
                }
            }
        }
        for r in plan.roadmaps.indices {
            for i in plan.roadmaps[r].items.indices where plan.roadmaps[r].items[i].metadata.owners.isEmpty {
                guard let (names, rest) = names(in: plan.roadmaps[r].items[i].title), names.allSatisfy(isKnown) else { continue }
                plan.roadmaps[r].items[i].metadata.owners = names.map(withoutAt)
                plan.roadmaps[r].items[i].title = rest
                // The card's text was the line as written: now that the names are read out of it, it says nothing more.
                if case .paragraph(let content)? = plan.roadmaps[r].items[i].blocks.first?.kind,
                   plan.roadmaps[r].items[i].blocks.first?.line == plan.roadmaps[r].items[i].location.line,
                   BulletLineRestated.check(content, title: rest, read: names) {
                    plan.roadmaps[r].items[i].blocks.removeFirst()
                }
            }
        }
    }

    /// Every owner the plan names, folded as `OwnerNames` compares them, and the people of bearing.yml.
    private static func knownOwners(_ plan: Plan, spellings: inout OwnerSpellings) -> Set<String> {
        var known: Set<String> = []
        func add(_ owners: [String]) { for owner in owners { known.insert(spellings.fold(owner)) } }
        for file in plan.objectiveFiles {
            for objective in file.objectives {
                add(objective.metadata.owners)
                for initiative in objective.initiatives { add(initiative.metadata.owners) }
            }
        }
        for roadmap in plan.roadmaps { for item in roadmap.items { add(item.metadata.owners) } }
        for person in plan.config.people { add([person.name] + person.spellings) }
        return known
    }
}
