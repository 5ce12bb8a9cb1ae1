import BearingModel

/// Pages of Notion databases as its Markdown export writes them: the page's title as the H1, its properties as
/// `Key: value` lines right under it. Notion's OKR workspaces keep objectives and key results in two databases related
/// to each other: each objective's page names its key results' pages in a relation property (`Key Results: …`), each
/// key result's page names its objective's (`Objective: …`) and holds its figures (`Current Value: 4`, `Target Value:
/// 1`). Read as plain pages, every key result was an objective with no period (an error each) and every objective had
/// no key results, without a word.
enum NotionDatabasePage {
    /// The page's properties: the field lines of the first block under its title.
    static func properties(_ document: MarkdownDocument, outline: ObjectiveOutline) -> [MetadataReader.Line]? {
        guard let heading = outline.titleHeading, heading.index + 1 < document.blocks.count else { return nil }
        return MetadataReader(document: document).metadataLines(document.blocks[heading.index + 1])
    }

    /// The file as one key result of other pages' objectives: a page that holds nothing but its properties, one of
    /// which relates it to its objective's page (or to several, each counting it), in a key-results database (its folder says so) or with a key result's
    /// figures among its properties. Nil for any other file.
    static func keyResultPage(_ document: MarkdownDocument, outline: ObjectiveOutline, diagnostics: inout DiagnosticBag) -> KeyResultPage? {
        guard let heading = outline.titleHeading, heading.index + 2 <= document.blocks.count,
              let properties = properties(document, outline: outline) else { return nil }
        // A relation may name two objectives (a key result both count on): it is each one's key result.
        var parent: (line: MetadataReader.Line, pages: [NotionRelation])?
        for line in properties {
            if isKeyResults(line.key), NotionRelation.pages(in: line.value) != nil { return nil }
            guard MetadataKey(spelling: line.key) == .objectives, let pages = NotionRelation.pages(in: line.value) else { continue }
            guard parent == nil else { return nil }
            parent = (line, pages)
        }
        guard let parent else { return nil }
        let folder = document.path.split(separator: "/").dropLast().last.map { FileName.withoutExportID(String($0)).lowercased() } ?? ""
        let inKeyResults = folder.contains("key result") || folder.split(whereSeparator: { !$0.isLetter }).contains { $0 == "krs" || $0 == "kr" }
        let inObjectives = folder.contains("objective") || folder.contains("goal")
        let figures = properties.contains { line in
            let key = line.key.lowercased()
            return figureWords.contains { key.contains($0) }
        }
        guard inKeyResults || (!inObjectives && figures) else { return nil }
        // Text under the properties (an update, a list of what is done): a page in a key-results folder is still its
        // key result, whose text is one line under its objective; elsewhere such a page may be an objective of its own.
        let body = document.blocks[(heading.index + 2)...]
        guard body.isEmpty || inKeyResults else { return nil }

        // The properties as a one-row table under a "Key result" column, read as a key-results table's row is: its
        // figures, status and owner, each cell at its line.
        let block = document.blocks[heading.index]
        let kept = properties.filter { $0.line != parent.line.line }
        let header = [TableCell([.text("Key result")], line: block.line, column: block.column)]
            + kept.map { TableCell([.text($0.key)], line: $0.line, column: 1) }
        let row = [TableCell([.text(heading.title)], line: block.line, column: block.column)]
            + kept.map { TableCell([.text($0.value)], line: $0.line, column: $0.valueColumn) }
        let table = Block(.table(header: header, rows: [row], alignments: header.map { _ in .none }), line: block.line, endLine: block.line)
        guard let keyResult = KeyResultCollector(path: document.path).tableKeyResults(table, labelled: true, diagnostics: &diagnostics).first
        else { return nil }
        if let first = body.first {
            diagnostics.note(.keyResultsUnread, "the text under this key result's properties is not shown: the key result is one line, with its figures, under its objective",
                             line: first.line, column: first.column,
                             fix: "move what should be read with the plan to the objective's page")
        }
        let primary = parent.pages[0]
        return KeyResultPage(keyResult: keyResult, objectiveTitle: primary.title, objectivePath: primary.path(from: document.path),
                             location: SourceLocation(path: document.path, line: parent.line.line, column: parent.line.valueColumn),
                             otherObjectives: parent.pages.dropFirst().map { KeyResultPage.Related(title: $0.title, path: $0.path(from: document.path)) })
    }

    /// The key results an objective's page names in a relation property (`Key Results: Title (path), …`), each by its
    /// page's title, at the property's line. The pages themselves, when they are in the workspace, take their places
    /// with their figures (`KeyResultPages`).
    /// The property lines are read from the file as written: a page with no property but `Key Results:` and `Quarter:`
    /// is no block of fields to the metadata reader, and lost the key results it names without a word.
    static func relatedKeyResults(_ document: MarkdownDocument, outline: ObjectiveOutline) -> [KeyResult] {
        guard let heading = outline.titleHeading, heading.index + 1 < document.blocks.count else { return [] }
        let block = document.blocks[heading.index + 1]
        guard case .paragraph = block.kind, block.line >= 1, block.endLine <= document.lines.count else { return [] }
        for number in block.line...block.endLine {
            let text = document.lines[number - 1]
            guard let colon = text.firstIndex(of: ":"), isKeyResults(String(text[..<colon])) else { continue }
            let value = text[text.index(after: colon)...]
            guard let pages = NotionRelation.pages(in: String(value)) else { continue }
            let column = text.distance(from: text.startIndex, to: colon) + 2 + value.prefix { $0 == " " }.count
            return pages.map { page in
                KeyResult(text: page.title, done: false, progressSource: .unknown,
                          location: SourceLocation(path: document.path, line: number, column: column))
            }
        }
        return []
    }

    /// A page of a Notion database of work (a roadmap, a board of projects): its title as an H3 item under a lane
    /// heading, then its properties and its text, as one item of a roadmap file is written. The lane is the page's
    /// period (`Quarter: Q1 2027`), else its status (a board's columns), else the database's name. Nil unless the file
    /// and its folder carry Notion's page ids and the title has properties under it.
    static func roadmapItemPage(_ document: MarkdownDocument) -> (blocks: [Block], id: String, title: String, folder: String)? {
        let parts = document.path.split(separator: "/").map(String.init)
        guard parts.count >= 2, FileName.hasExportID(parts[parts.count - 1]) else { return nil }
        let folderName = parts[parts.count - 2]
        let database = FileName.withoutExportID(folderName)
        guard database != folderName,
              let index = document.blocks.firstIndex(where: { if case .heading = $0.kind { true } else { false } }),
              case .heading(1, let content, _) = document.blocks[index].kind, index + 1 < document.blocks.count,
              let properties = MetadataReader(document: document).metadataLines(document.blocks[index + 1]),
              properties.contains(where: { MetadataKey(spelling: $0.key) != nil || periodKeys.contains($0.key.lowercased()) })
        else { return nil }
        let title = document.blocks[index]
        let lane = properties.first { periodKeys.contains($0.key.lowercased()) && PeriodText.normalize($0.value, year: nil) != nil }?.value
            ?? properties.first { MetadataKey(spelling: $0.key) == .status }?.value
            ?? database
        let laneHeading = Block(.heading(level: 2, content: [.text(lane)], label: nil), line: title.line, column: title.column, endLine: title.line)
        var blocks = [laneHeading, Block(.heading(level: 3, content: content, label: nil), line: title.line, column: title.column, endLine: title.endLine)]
        for block in document.blocks[(index + 1)...] {
            // The page's own headings are parts of the item, below its title.
            if case .heading(let level, let inner, let label) = block.kind {
                blocks.append(Block(.heading(level: min(6, max(4, level + 2)), content: inner, label: label), line: block.line, column: block.column, endLine: block.endLine))
            } else {
                blocks.append(block)
            }
        }
        return (Array(document.blocks[..<index]) + blocks, Slug.make(database), database, parts.dropLast().joined(separator: "/"))
    }

    /// Properties naming when a piece of work is planned, by which a board of work is laid out in lanes.
    private static let periodKeys: Set<String> = ["quarter", "release", "sprint", "timeline", "period", "milestone", "target quarter", "planned quarter", "half"]

    /// "2 Notion databases (the pages of each are in the folder of its name)": what an index page links to.
    static func indexed(pages: Int, databases: Int) -> String {
        let plural = { (count: Int, noun: String) in "\(count) \(noun)\(count == 1 ? "" : "s")" }
        if databases == 0 { return plural(pages, "Markdown page") }
        let where_ = databases == 1 ? "its pages are in the folder of its name" : "the pages of each are in the folder of its name"
        return (pages == 0 ? plural(databases, "Notion database") : "\(plural(databases, "Notion database")) and \(plural(pages, "page"))") + " (\(where_))"
    }

    static func isKeyResults(_ key: String) -> Bool {
        ["key results", "key result", "krs", "kr", "results", "key results (kr)"].contains(key.lowercased().trimmed)
    }

    /// Words of a property that holds a key result's figures ("Current Value", "Target", "Start Value", "Progress").
    private static let figureWords = ["current", "target", "start value", "starting value", "baseline", "progress", "actual", "initial value"]
}
