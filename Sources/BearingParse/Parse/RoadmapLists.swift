import BearingModel

/// Lists in a roadmap that are not items although they sit where items do: a table of contents (every entry
/// only a link) and a summary that names the file's own sections ("- Make the viewer fast" above
/// "## Make the viewer fast").
enum RoadmapLists {
    /// Every item is a link to a place in the site and nothing else (`- [Functionality](#Functionality)`, `- [](0_4.md)`).
    /// A list of links to other sites is a list of things (in-toto's "- [NPM](https://…)"), not contents.
    static func isContents(_ items: [ListItem]) -> Bool {
        !items.isEmpty && items.allSatisfy { item in
            guard let destinations = linkDestinations(item) else { return false }
            return destinations.allSatisfy(isLocal)
        }
    }

    /// Every entry only links elsewhere (`- [Milestones](https://github.com/…/milestones)`): it points to the work
    /// rather than naming it, wherever its links go.
    static func isOnlyLinks(_ items: [ListItem]) -> Bool {
        !items.isEmpty && items.allSatisfy { linkDestinations($0) != nil }
    }

    /// The destinations of an entry that is links and nothing else, or nil.
    private static func linkDestinations(_ item: ListItem) -> [String]? {
        guard item.blocks.count == 1, case .paragraph(let content)? = item.blocks.first?.kind else { return nil }
        let meaningful = content.filter { if case .text(let text) = $0 { !text.trimmed.isEmpty } else { true } }
        var destinations: [String] = []
        for inline in meaningful {
            guard case .link(let destination, _) = inline else { return nil }
            destinations.append(destination)
        }
        return destinations.isEmpty ? nil : destinations
    }

    private static let stopWords: Set<String> = ["and", "the", "for", "with", "our", "from", "into", "that", "this", "all"]

    private static func isLocal(_ destination: String) -> Bool {
        let lower = destination.lowercased()
        return !(lower.hasPrefix("http:") || lower.hasPrefix("https:") || lower.hasPrefix("mailto:") || lower.hasPrefix("//"))
    }

    /// The file's headings as a summary is compared with them, worked out once per file: comparing each list with every
    /// heading's words afresh made a roadmap of 3,000 headed items take 42 s to read.
    struct Headings: Sendable {
        /// Each heading's words, for headings of two words or more, in file order.
        let words: [[String]]
        /// Which headings hold each word.
        let byWord: [String: [Int]]
        /// Headings by their set of words, for a bold lead that is a whole title.
        let exact: [Set<String>: Int]
        /// Every heading's name, lower-cased, without a bracket after it: "genesis" for "### Genesis (v0.1 - H1 2024)".
        let names: Set<String>

        init(_ titles: [String]) {
            words = titles.map(RoadmapLists.words).filter { $0.count >= 2 }
            var byWord: [String: [Int]] = [:], exact: [Set<String>: Int] = [:]
            for (index, heading) in words.enumerated() {
                for word in Set(heading) { byWord[word, default: []].append(index) }
                if exact[Set(heading)] == nil { exact[Set(heading)] = index }
            }
            (self.byWord, self.exact) = (byWord, exact)
            names = Set(titles.map(RoadmapLists.name).filter { !$0.isEmpty })
        }
    }

    /// A title as a name to compare: status symbols and a bracket at the end left out, lower-cased.
    fileprivate static func name(_ title: String) -> String {
        var text = Status.symbols(in: title).1
        if text.hasSuffix(")"), let open = text.lastIndex(of: "("), open > text.startIndex { text = String(text[..<open]) }
        return String(text.trimmed.drop(while: { " :.-–—".contains($0) }).reversed().drop(while: { " :.-–—".contains($0) }).reversed()).lowercased()
    }

    /// Every entry's bold lead is the name of a heading of the file (`1. **Genesis**: The birth of our platform…` above
    /// `### Genesis (v0.1 - H1 2024)`): an introduction that names the sections below, whose items they are.
    static func namesHeadings(_ items: [ListItem], headings: Headings) -> Bool {
        items.count >= 2 && items.allSatisfy { item in boldLead(item).map { headings.names.contains(name($0)) } ?? false }
    }

    /// More than half of the items restate another heading of the file: a summary of the sections below.
    static func isSummary(_ items: [ListItem], headings: Headings) -> Bool {
        guard items.count >= 2, !headings.words.isEmpty else { return false }
        var matching = 0
        var named = Set<Int>()
        for item in items {
            let text = Set(words(KeyResultCollector.text(of: item)))
            // A bold lead that is a heading's whole title names it, whatever follows ("**Phase 2: Tooling** - editor
            // support and better errors" above "### Phase 2: Tooling").
            let lead = boldLead(item).map { Set(words($0)) }.flatMap { $0.isEmpty ? nil : headings.exact[$0] }
            // Both ways: the bullet covers most of the heading, and is mostly the heading (not a long sentence that
            // happens to use its words). Mostly the heading means the heading holds at least half the bullet's words, so
            // it holds one of any half-plus-one of them: the rarest ones find every candidate.
            let probe = text.sorted { (headings.byWord[$0]?.count ?? 0, $0) < (headings.byWord[$1]?.count ?? 0, $1) }.prefix(text.count / 2 + 1)
            let candidates = Set(probe.flatMap { headings.byWord[$0] ?? [] }).sorted()
            let fitting = candidates.first { index in
                let heading = headings.words[index]
                let shared = Double(heading.filter(text.contains).count)
                return shared / Double(heading.count) >= 0.6 && shared / Double(max(text.count, 1)) >= 0.5
            }
            if let index = [lead, fitting].compactMap({ $0 }).min() {
                matching += 1
                named.insert(index)
            }
        }
        // Several different sections named: one bullet that happens to share a heading's words is not a summary.
        return matching * 2 > items.count && named.count >= 2
    }

    /// Every entry a mark and the few words it means (`- :material-check-bold: - Working`, `- ✅ = done`, `- 🟡: at
    /// risk`): a legend of the marks the roadmap uses, not work.
    static func isSymbolLegend(_ items: [ListItem]) -> Bool {
        items.count >= 2 && items.allSatisfy { item in
            guard item.task == nil, item.blocks.count == 1, case .paragraph(let content)? = item.blocks.first?.kind else { return false }
            var text = Substring(content.plainText.trimmed)
            if let code = legendShortcode.firstMatch(in: String(text))?[0] {
                text = text.dropFirst(code.count)
            } else if let symbol = Status.leadingSymbol(in: String(text)) {
                text = Substring(symbol.rest)
            } else {
                let mark = text.prefix { !$0.isLetter && !$0.isNumber && !$0.isWhitespace }
                guard !mark.isEmpty, !mark.allSatisfy({ "-–—=:*_[](".contains($0) }) else { return false }
                text = text.dropFirst(mark.count)
            }
            text = text.drop { $0.isWhitespace }
            guard let sign = text.first, "-–—=:".contains(sign) else { return false }
            let meaning = text.dropFirst().trimmed
            return !meaning.isEmpty && meaning.split(separator: " ").count <= 4 && !meaning.hasSuffix(".")
        }
    }

    private static let legendShortcode = Pattern(#"^:[a-z0-9_+-]+:"#)

    /// Every entry a bold label and a word or three that is neither a status nor a period (`- **Major releases
    /// (x.0.0):** Annually`, `- **Patch releases:** As needed`): how the project works, defined term by term, not work.
    /// `- **Search:** Q3 2027` and `- **Dark mode:** shipped` stay items.
    static func isDefinitions(_ items: [ListItem], year: Int?) -> Bool {
        items.count >= 2 && items.allSatisfy { item in
            guard item.task == nil, item.blocks.count == 1, case .paragraph(let content)? = item.blocks.first?.kind,
                  let lead = boldLead(item) else { return false }
            let text = content.plainText.trimmed
            // The colon ends the bold term (`**Patch releases:**`, `**Search**:`); one further on is in the item's words
            // ("**SOC 2 report** — for auditors. Owner: Ada"), which are work.
            guard let colon = text.firstIndex(of: ":"), text.distance(from: text.startIndex, to: colon) <= lead.count else { return false }
            let value = text[text.index(after: colon)...].trimmed
            let words = value.split(separator: " ").count
            return (1...3).contains(words) && Status(reading: value) == nil && PeriodText.normalize(value, year: year) == nil
                && WrittenDate.find(in: value) == nil
        }
    }

    /// "**Phase Numbering:**", "Legend:", "Status key:": a label of a few words that says the list under it explains the
    /// roadmap's numbers or marks. get-shit-done's template writes "Integer phases (1, 2, 3): Planned milestone work" under
    /// "**Phase Numbering:**" in every roadmap; read as work, its two entries were items. "Key deliverables:" names work.
    static func leadsLegend(_ label: String) -> Bool {
        let text = label.trimmed
        guard text.hasSuffix(":") || text.hasSuffix("："), text.count <= 60 else { return false }
        let words = text.dropLast().lowercased().split(whereSeparator: { $0 == " " || $0 == "*" || $0 == "_" })
        guard (1...4).contains(words.count), let last = words.last else { return false }
        return legendWords.contains(String(last))
    }

    /// Every entry a term and what it stands for — "Integer phases (1, 2, 3): Planned milestone work", "P0 = must ship",
    /// "✅ done", "WIP – work in progress" — as a legend's are; "Rename the endpoints to kebab-case" is work.
    static func definesTerms(_ items: [ListItem]) -> Bool {
        !items.isEmpty && items.allSatisfy { item in
            guard case .paragraph(let content)? = item.blocks.first?.kind else { return false }
            let text = content.plainText.trimmed
            if let first = text.unicodeScalars.first, !first.properties.isAlphabetic, first.properties.numericType == nil { return true }
            let head = String(text.prefix(60))
            guard let separator = [":", " = ", " – ", " — ", " - "].compactMap({ head.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound })
            else { return false }
            let term = head[..<separator.lowerBound]
            return !term.isEmpty && term.split(separator: " ").count <= 6
        }
    }

    private static let legendWords: Set<String> = [
        "legend", "key", "numbering", "notation", "conventions", "convention", "glossary", "abbreviations",
    ]

    /// Every entry a period and nothing else (IPFS's "## Timeline" over `- Q1`, `- Q2`, `- Q3`, `- Q4`): a timeline's
    /// empty slots, which name no work. Read as items they were four roadmap items titled by their quarter.
    static func isEmptyTimeline(_ items: [ListItem]) -> Bool {
        items.count >= 2 && items.allSatisfy { item in
            guard item.task == nil, item.blocks.count == 1, case .paragraph(let content)? = item.blocks.first?.kind else { return false }
            let text = TitleText.clean(content.plainText.trimmed)
            return WhenText.isWhen(text)
        }
    }

    /// Every entry a short title of one line ("Fix billing export", "Clean up onboarding emails"), not a sentence that
    /// explains something ("P0: We must do this within the specified time frame, or we will fail as a project").
    static func isTitles(_ items: [ListItem]) -> Bool {
        !items.isEmpty && items.allSatisfy { item in
            guard item.blocks.count == 1, case .paragraph(let content)? = item.blocks.first?.kind,
                  !content.contains(where: { if case .softBreak = $0 { true } else { false } }) else { return false }
            let text = content.plainText.trimmed
            let words = text.split(separator: " ").count
            return (1...10).contains(words) && !text.dropLast().contains(". ") && !(text.hasSuffix(".") && words > 6)
        }
    }

    /// The bold text a bullet starts with, if it does.
    private static func boldLead(_ item: ListItem) -> String? {
        guard case .paragraph(let content)? = item.blocks.first?.kind else { return nil }
        for inline in content {
            switch inline {
            case .strong(let bold): return bold.plainText
            case .text(let text) where text.trimmed.isEmpty: continue
            default: return nil
            }
        }
        return nil
    }

    /// Status symbols left out: ":green_circle: Provide …" does not restate "### Green :green_circle:".
    fileprivate static func words(_ text: String) -> [String] {
        Status.symbols(in: text).1.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
            .filter { $0.count >= 3 && !stopWords.contains($0) }
    }
}
