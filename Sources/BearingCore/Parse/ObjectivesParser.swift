/// Reads an objectives file: its quarter, and each H2 (unless ignored) as an objective with
/// metadata, key results and H3 initiatives.
public struct ObjectivesParser: Sendable {
    public var config: WorkspaceConfig

    public init(config: WorkspaceConfig = WorkspaceConfig()) { self.config = config }

    public func parse(_ document: MarkdownDocument) -> (ObjectivesFile, [Diagnostic]) {
        var diagnostics = DiagnosticBag(path: document.path)
        diagnostics.append(document.diagnostics)
        let quarter = findQuarter(document, diagnostics: &diagnostics)
        let (intro, sections) = Section.split(document.blocks, level: 2, endLine: document.lines.count)
        let idPrefix = quarter.map { "\($0.description.lowercased())/" } ?? "\(Slug.make(FileName.stem(document.path)))/"
        var objectives: [Objective] = []
        for section in sections where !config.ignores(heading: section.title) {
            objectives.append(objective(section, quarter: quarter, idPrefix: idPrefix, document: document, diagnostics: &diagnostics))
        }
        // Key results written where no objective owns them are said, not silently dropped.
        let unowned = intro + sections.filter { config.ignores(heading: $0.title) }.flatMap { [$0.blocks] + $0.subsections.map(\.blocks) }.flatMap { $0 }
        KeyResultCollector(path: document.path).warnUnattached(unowned, diagnostics: &diagnostics)
        if sections.isEmpty, !document.blocks.isEmpty {
            diagnostics.warning(.noObjectives, "no objectives: each objective is an H2 heading (`## Objective title`)", line: 1)
        }
        let introBlocks = intro.filter { if case .heading(1, _, _) = $0.kind { false } else { true } }
        let introText = introBlocks.first.map { document.source(from: $0.line, through: introBlocks.last?.endLine ?? $0.line) } ?? ""
        let file = ObjectivesFile(path: document.path, quarter: quarter, title: document.title ?? quarter?.description ?? FileName.stem(document.path),
                                  team: document.frontMatter?["team"]?.string, intro: introText, objectives: objectives)
        return (file, diagnostics.items)
    }

    /// Front matter `quarter:`, else the file name, else the title; disagreements are warnings.
    private func findQuarter(_ document: MarkdownDocument, diagnostics: inout DiagnosticBag) -> Quarter? {
        let fromName = Quarter.find(in: FileName.stem(document.path))
        let fromTitle = document.title.flatMap(Quarter.find(in:))
        var quarter: Quarter?
        if let written = document.frontMatter?["quarter"] {
            quarter = written.string.flatMap(Quarter.find(in:))
            if quarter == nil {
                diagnostics.error(.noQuarter, "front matter `quarter: \(written.string ?? "")` is not a quarter", line: written.line,
                                  fix: "write it as `quarter: 2026-Q4`")
            }
        }
        if let quarter, let fromName, quarter != fromName {
            diagnostics.warning(.quarterMismatch, "front matter says \(quarter) but the file name says \(fromName)",
                                line: document.frontMatter?["quarter"]?.line ?? 1, fix: "rename the file or correct `quarter:`")
        }
        let resolved = quarter ?? fromName ?? fromTitle
        if let resolved, let fromTitle, fromTitle != resolved {
            diagnostics.warning(.quarterMismatch, "the title says \(fromTitle) but the file is for \(resolved)", line: titleLine(document))
        }
        if resolved == nil, document.frontMatter?["quarter"] == nil {
            diagnostics.error(.noQuarter, "cannot tell which quarter this file plans", line: 1,
                              fix: "add front matter `quarter: 2026-Q4`, or name the file `2026-Q4.md`")
        }
        return resolved
    }

    private func titleLine(_ document: MarkdownDocument) -> Int {
        if let title = document.frontMatter?["title"] { return title.line }
        return document.blocks.first { if case .heading(1, _, _) = $0.kind { true } else { false } }?.line ?? 1
    }

    private func objective(_ section: Section, quarter: Quarter?, idPrefix: String, document: MarkdownDocument,
                           diagnostics: inout DiagnosticBag) -> Objective {
        let reader = MetadataReader(document: document)
        let (metadata, metadataEnd) = reader.read(section.blocks, diagnostics: &diagnostics)
        let collector = KeyResultCollector(path: document.path, title: section.title)
        var keyResults = collector.collect(section.blocks, diagnostics: &diagnostics)
        let id = section.label ?? idPrefix + Slug.make(section.title)
        var initiatives: [Initiative] = []
        for sub in section.subsections {
            // A "### Key results" heading holds the objective's key results; it is not an initiative.
            if KeyResultLabel.role(of: sub.title) == .keyResults {
                keyResults += collector.collect(sub, diagnostics: &diagnostics)
                continue
            }
            let (subMetadata, subMetadataEnd) = reader.read(sub.blocks, diagnostics: &diagnostics)
            let subResults = collector.collect(sub, diagnostics: &diagnostics)
            keyResults += subResults
            initiatives.append(Initiative(
                id: "\(id)/\(sub.label ?? Slug.make(sub.title))", title: TitleText.clean(sub.title), metadata: subMetadata,
                keyResults: subResults, body: document.source(from: subMetadataEnd.map { $0 + 1 } ?? sub.bodyLine, through: sub.endLine),
                location: SourceLocation(path: document.path, line: sub.line, column: sub.column)))
        }
        if section.blocks.isEmpty, section.subsections.isEmpty {
            diagnostics.warning(.emptyObjective, "objective \"\(section.title)\" has no text, metadata or key results",
                                line: section.line, column: section.column, fix: "say what it will achieve, or remove the heading")
        }
        return Objective(id: id, quarter: quarter, title: TitleText.clean(section.title), metadata: metadata, keyResults: keyResults,
                         initiatives: initiatives, body: document.source(from: metadataEnd.map { $0 + 1 } ?? section.bodyLine, through: section.endLine),
                         location: SourceLocation(path: document.path, line: section.line, column: section.column),
                         explicitID: section.label != nil)
    }
}

/// File-name helpers on workspace-relative paths.
enum FileName {
    /// "objectives/2026-Q4.md" → "2026-Q4".
    static func stem(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }
}
