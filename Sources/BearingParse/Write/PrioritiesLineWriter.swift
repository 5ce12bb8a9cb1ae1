import BearingModel

/// Adds a `Priorities:` line to one item of a Markdown file and changes nothing else, byte for byte:
/// the new line follows the style of the item's metadata (bullet or plain line, bold keys or not,
/// indentation, line endings), and the result is re-parsed to prove the item now declares it.
/// An item whose metadata has the key misspelt ("Priorites: growth") declared its priorities already: its key is
/// corrected in place, the value kept, rather than a second line added beside it.
package enum PrioritiesLineWriter {
    package enum Failure: Error, Equatable, CustomStringConvertible {
        case noItem(line: Int), tableRow(line: Int), alreadyDeclared, notConfirmed, oldMacLineEndings
        package var description: String {
            switch self {
            case .noItem(let line): "no heading, bold list item or objective paragraph starts at line \(line)"
            case .tableRow(let line): "line \(line) is a table row, which has no place for a `Priorities:` line; name the priority in a Priorities (or \"Working towards\") column of the table by hand"
            case .alreadyDeclared: "the item already declares priorities"
            case .notConfirmed: "after the edit the item did not read back with the new priorities, so the file was left alone"
            case .oldMacLineEndings: "the file ends lines with a bare carriage return; convert it to \\n or \\r\\n first"
            }
        }
    }

    /// A metadata line whose key misspells `Priorities:`, corrected: where, the key as written and as corrected, and
    /// the value it keeps.
    package struct Correction: Equatable, Sendable {
        package var line: Int
        package var written: String
        package var corrected: String
        package var value: String
    }

    /// The file's new text; `correction` says when a misspelt key was corrected instead of a line added.
    package struct Edit: Equatable, Sendable {
        package var text: String
        package var correction: Correction?
    }

    private static func isTableRow(_ line: Int, in document: MarkdownDocument) -> Bool {
        document.blocks.contains { block in
            if case .table = block.kind { block.line < line && line <= block.endLine } else { false }
        }
    }

    /// What to do to the item: add lines before a 0-based line index, correct a misspelt key, or nothing.
    enum Change: Equatable {
        case insert(at: Int, lines: [String])
        case correct(Correction)
        case declared
    }

    /// `text` with `Priorities: value` added to the item that starts at `line` (an H2/H3 heading or a list item), or
    /// with the item's misspelt priorities key corrected.
    package static func insert(_ value: String, forItemAt line: Int, in text: String, path: String) -> Result<Edit, Failure> {
        if text.contains("\r"), !text.contains("\r\n") { return .failure(.oldMacLineEndings) }
        let document = MarkdownReader().read(text, path: path)
        if let coded = codedLine(line, in: document) {
            return appendInline(value, to: coded, atLine: line, in: text, path: path).map { Edit(text: $0, correction: nil) }
        }
        let reader = MetadataReader(document: document)
        // A row of a goals table (`| Publish the guide | … |`) is an objective with nowhere to write a line under it.
        guard let change = plan(value, line: line, document: document, reader: reader) else {
            return .failure(isTableRow(line, in: document) ? .tableRow(line: line) : .noItem(line: line))
        }
        let ending = text.contains("\r\n") ? "\r\n" : "\n"
        // Split on the scalar: in Swift "\r\n" is one Character, so splitting Characters would not cut CRLF text.
        var lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { String(String.UnicodeScalarView($0)) }
        switch change {
        case .declared:
            return .failure(.alreadyDeclared)
        case .correct(let correction):
            guard correction.line <= lines.count, let range = lines[correction.line - 1].range(of: correction.written) else {
                return .failure(.notConfirmed)
            }
            lines[correction.line - 1].replaceSubrange(range, with: correction.corrected)
            let result = lines.joined(separator: "\n")
            guard declaresAny(itemAt: line, in: result, path: path) else { return .failure(.notConfirmed) }
            return .success(Edit(text: result, correction: correction))
        case .insert(let index, let newLines):
            // A section whose fields are a list the reader does not take as metadata (a key result list among them) gets
            // the field as that list's first item, in its style; if that does not read back, the plain line goes first.
            var candidates = [(index, newLines)]
            if let section = findSection(line, in: Self.sections(of: document)), index == section.line,
               let styledItem = styledListItem(value, after: section, in: document) {
                candidates.insert((section.line, [styledItem]), at: 0)
            }
            for (index, newLines) in candidates {
                var edited = lines
                edited.insert(contentsOf: newLines.map { $0 + (ending == "\r\n" ? "\r" : "") }, at: min(index, edited.count))
                let result = edited.joined(separator: "\n")
                if declares(value, itemAt: line, in: result, path: path) { return .success(Edit(text: result, correction: nil)) }
            }
            return .failure(.notConfirmed)
        }
    }

    /// `- **Priorities**: value` shaped like the list item right under the section's heading when that item is a field
    /// written `- **Key**: value`, `- **Key:** value` or `- Key: value` (Joystream's objectives: "- **KR Measurement
    /// Deadline**: End of Q1", "- **Tracked**: Weekly", "- **Key Results**:" and its list); nil otherwise.
    private static func styledListItem(_ value: String, after section: Section, in document: MarkdownDocument) -> String? {
        guard let first = section.blocks.first, first.line == section.line + 1, case .list(false, let items) = first.kind,
              let item = items.first, item.line - 1 < document.lines.count else { return nil }
        let raw = document.lines[item.line - 1].replacingOccurrences(of: "\r", with: "")
        let indent = raw.prefix { $0 == " " }
        guard let marker = raw.dropFirst(indent.count).first, "-*+".contains(marker) else { return nil }
        let rest = raw.dropFirst(indent.count + 1)
        let gap = rest.prefix { $0 == " " }
        let field = rest.dropFirst(gap.count)
        guard !gap.isEmpty, let colon = field.firstIndex(of: ":") else { return nil }
        let key = field[..<colon]
        let prefix = "\(indent)\(marker)\(gap)"
        if field.hasPrefix("**") {
            if key.count > 4, key.hasSuffix("**") { return prefix + "**Priorities**: " + value }
            if field[colon...].hasPrefix(":**") { return prefix + "**Priorities:** " + value }
            return nil
        }
        // A plain key only when Bearing knows it ("- Owner: Ada"): "- Hire two engineers: done" is a key result.
        guard MetadataKey(spelling: String(key)) != nil else { return nil }
        return prefix + "Priorities: " + value
    }

    /// The misspelt priorities key of the item that starts at `line`, which `insert` corrects instead of adding a line.
    package static func misspeltKey(forItemAt line: Int, in text: String, path: String) -> Correction? {
        misspeltKeys(forItemsAt: [line], in: text, path: path)[line]
    }

    /// `misspeltKey` for each item starting at one of `lines`, by line, from one reading of the file: read again for
    /// each item, a file of thousands of objectives took `suggest` minutes.
    package static func misspeltKeys(forItemsAt lines: [Int], in text: String, path: String) -> [Int: Correction] {
        let document = MarkdownReader().read(text, path: path)
        let reader = MetadataReader(document: document), sections = Self.sections(of: document)
        var found: [Int: Correction] = [:]
        for line in lines {
            if case .correct(let correction)? = plan("", line: line, document: document, reader: reader, sections: sections) { found[line] = correction }
        }
        return found
    }

    /// What to do to the item that starts at `line`; nil when no item starts there.
    /// `sections`: the document's sections, when the caller asks about many of its items (`Section.split` per item was
    /// most of `suggest`'s time on a file of thousands of objectives).
    static func plan(_ value: String, line: Int, document: MarkdownDocument, reader: MetadataReader, sections: [Section]? = nil) -> Change? {
        if let section = findSection(line, in: sections ?? Self.sections(of: document)) {
            if let misspelt = misspelt(in: section.blocks, reader: reader) { return .correct(misspelt) }
            if let first = section.blocks.first, let metadata = reader.writtenMetadataLines(first), let last = metadata.last {
                if metadata.contains(where: { MetadataKey(spelling: $0.key) == .priorities }) { return .declared }
                return .insert(at: last.endLine, lines: [styled(value, like: last, in: document)])
            }
            let next = section.line < document.lines.count ? document.lines[section.line] : ""
            return .insert(at: section.line, lines: next.allSatisfy(\.isWhitespace) ? ["Priorities: \(value)"] : ["Priorities: \(value)", ""])
        }
        guard let item = findListItem(line, in: document.blocks) else { return titleParagraph(value, line: line, document: document, reader: reader) }
        if let misspelt = misspelt(in: Array(item.blocks.dropFirst()), reader: reader) { return .correct(misspelt) }
        for block in item.blocks.dropFirst() {
            if let metadata = reader.writtenMetadataLines(block), let last = metadata.last {
                if metadata.contains(where: { MetadataKey(spelling: $0.key) == .priorities }) { return .declared }
                return .insert(at: last.endLine, lines: [styled(value, like: last, in: document)])
            }
        }
        guard let first = item.blocks.first else { return nil }
        let raw = document.lines[item.line - 1]
        let indent = raw.prefix { $0 == " " }.count
        let marker = raw.dropFirst(indent).prefix { !$0.isWhitespace }.count
        let gap = raw.dropFirst(indent + marker).prefix { $0 == " " }.count
        return .insert(at: first.endLine, lines: [String(repeating: " ", count: indent + marker + max(gap, 1)) + "- Priorities: \(value)"])
    }

    /// An objective written as a paragraph of its own ("**Daemon is as reliable as it can be**" over its key results): the
    /// field goes in the paragraph of fields right under it, in their style, or else in a paragraph of its own after it.
    private static func titleParagraph(_ value: String, line: Int, document: MarkdownDocument, reader: MetadataReader) -> Change? {
        guard let index = document.blocks.firstIndex(where: { $0.line == line }), case .paragraph = document.blocks[index].kind,
              ObjectivesParser().parse(document).0.objectives.contains(where: { $0.location.line == line }) else { return nil }
        let title = document.blocks[index]
        let fields = document.blocks.indices.contains(index + 1) ? document.blocks[index + 1] : nil
        if let misspelt = misspelt(in: fields.map { [$0] } ?? [], reader: reader) { return .correct(misspelt) }
        if let fields, let metadata = reader.writtenMetadataLines(fields), let last = metadata.last {
            if metadata.contains(where: { MetadataKey(spelling: $0.key) == .priorities }) { return .declared }
            return .insert(at: last.endLine, lines: [styled(value, like: last, in: document)])
        }
        return .insert(at: title.endLine, lines: ["", "Priorities: \(value)"])
    }

    /// The first metadata line among `blocks` whose key is a typo of a priorities key ("Priorites", "Prioirty"), with
    /// the key it meant in the case it was written in: the reader keeps it as a custom field and warns.
    static func misspelt(in blocks: [Block], reader: MetadataReader) -> Correction? {
        for block in blocks {
            for line in reader.writtenMetadataLines(block) ?? [] {
                guard let near = MisspeltKey.priorities(line.key, value: line.value) else { continue }
                let written = line.key.trimmed
                let corrected = written == written.uppercased() ? near.uppercased()
                    : written.first?.isUppercase == true ? near.prefix(1).uppercased() + near.dropFirst() : near
                return Correction(line: line.line, written: written, corrected: corrected, value: line.value)
            }
        }
        return nil
    }

    /// A new metadata line shaped like `example`: same indentation and bullet, bold key when it is bold.
    private static func styled(_ value: String, like example: MetadataReader.Line, in document: MarkdownDocument) -> String {
        let raw = document.lines[example.line - 1]
        let prefixEnd = raw.firstIndex { $0.isLetter || $0 == "*" || $0 == "_" } ?? raw.startIndex
        let prefix = String(raw[..<prefixEnd])
        let keyPart = raw[prefixEnd...]
        let key: String
        if keyPart.hasPrefix("**") {
            key = keyPart.contains(":**") ? "**Priorities:**" : "**Priorities**:"
        } else if keyPart.hasPrefix("__") {
            key = keyPart.contains(":__") ? "__Priorities:__" : "__Priorities__:"
        } else {
            key = "Priorities:"
        }
        return prefix.replacingOccurrences(of: "\r", with: "") + key + " " + value
    }

    /// The document's H2 sections, where items that are headings are found (theirs and their H3 subsections).
    static func sections(of document: MarkdownDocument) -> [Section] {
        Section.split(document.blocks, level: 2, endLine: document.lines.count).1
    }

    private static func findSection(_ line: Int, in sections: [Section]) -> Section? {
        for section in sections {
            if section.line == line { return section }
            for sub in section.subsections where sub.line == line { return sub }
        }
        return nil
    }

    private static func findListItem(_ line: Int, in blocks: [Block]) -> ListItem? {
        for block in blocks {
            if case .list(_, let items) = block.kind {
                for item in items {
                    if item.line == line { return item }
                    if let nested = findListItem(line, in: item.blocks) { return nested }
                }
            }
        }
        return nil
    }

    /// True when, read back, the item starting at `line` declares priorities, whatever they are.
    static func declaresAny(itemAt line: Int, in text: String, path: String) -> Bool {
        let document = MarkdownReader().read(text, path: path)
        return plan("", line: line, document: document, reader: MetadataReader(document: document)) == .declared
    }

    /// The text of `line` when it is an objective written as a line of its own ("O1. Improve onboarding"), one of a
    /// paragraph of such lines; nil otherwise.
    /// The line as written, without the spaces or backslash of a hard break: the reader takes a field ending a paragraph's
    /// last line apart from the paragraph's text, so the text alone would not show it.
    static func codedLine(_ line: Int, in document: MarkdownDocument) -> String? {
        for block in document.blocks where block.line <= line && line <= block.endLine {
            guard ListObjectives.codedLines(block)?.contains(where: { $0.line == line }) == true else { return nil }
            var written = Substring(document.lines[line - 1]).trimmed
            if written.hasSuffix("\\") { written = String(written.dropLast()).trimmed }
            return written
        }
        return nil
    }

    /// A line objective has no item of its own to put a `Priorities:` line in: the field goes at the end of its line,
    /// "(Priorities: value)", before the spaces or backslash that end the line with a hard break.
    private static func appendInline(_ value: String, to written: String, atLine line: Int, in text: String, path: String) -> Result<String, Failure> {
        if TitleFields.split(written, line: line, sourceLine: nil).fields.contains(where: { MetadataKey(spelling: $0.key) == .priorities }) {
            return .failure(.alreadyDeclared)
        }
        var lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { String(String.UnicodeScalarView($0)) }
        guard lines.indices.contains(line - 1) else { return .failure(.noItem(line: line)) }
        let raw = lines[line - 1]
        let ending = raw.hasSuffix("\r") ? "\r" : ""
        var content = Substring(raw.dropLast(ending.count))
        var hardBreak = ""
        while let last = content.last, last == " " || last == "\t" { content = content.dropLast() }
        hardBreak = String(raw.dropLast(ending.count).dropFirst(content.count))
        if content.hasSuffix("\\") {
            content = content.dropLast()
            hardBreak = "\\" + hardBreak
        }
        lines[line - 1] = String(content.reversed().drop { $0 == " " }.reversed()) + " (Priorities: \(value))" + hardBreak + ending
        let result = lines.joined(separator: "\n")
        let document = MarkdownReader().read(result, path: path)
        guard let edited = codedLine(line, in: document),
              TitleFields.split(edited, line: line, sourceLine: nil).fields.filter({ MetadataKey(spelling: $0.key) == .priorities }).map(\.value) == [value]
        else { return .failure(.notConfirmed) }
        return .success(result)
    }

    /// True when the objectives reader, not only the metadata reader, finds an objective at `line` declaring exactly `value`:
    /// a paragraph is an objective only by its place among the blocks around it, which a new paragraph could change.
    private static func objectiveDeclares(_ value: String, line: Int, document: MarkdownDocument) -> Bool {
        let (file, _) = ObjectivesParser().parse(document)
        return file.objectives.first { $0.location.line == line }?.metadata.priorities.map(\.text) == [value]
    }

    /// True when, read back, the item starting at `line` declares exactly what was written.
    static func declares(_ value: String, itemAt line: Int, in text: String, path: String) -> Bool {
        let document = MarkdownReader().read(text, path: path)
        var bag = DiagnosticBag(path: path)
        let reader = MetadataReader(document: document)
        if let section = findSection(line, in: Self.sections(of: document)) {
            return reader.read(section.blocks, diagnostics: &bag).0.priorities.map(\.text) == [value]
        }
        guard let item = findListItem(line, in: document.blocks) else { return objectiveDeclares(value, line: line, document: document) }
        for block in item.blocks.dropFirst() where reader.writtenMetadataLines(block) != nil {
            return reader.read([block], diagnostics: &bag).0.priorities.map(\.text) == [value]
        }
        return false
    }
}
