import BearingModel
import CCmark
import Foundation

/// Parses Markdown with cmark and converts its tree into `Block` values at once.
/// Every cmark object is created and freed in `parseBlocks` or `inlineContent` (a table cell); no cmark
/// pointer leaves the Markdown reader.
package struct MarkdownReader: Sendable {
    /// Blocks nested deeper than this are flattened into one paragraph of their text, with a warning:
    /// conversion is recursive, and hostile input (a list nested 100,000 deep) must not exhaust the stack.
    package var maxDepth = 48
    /// Directives whose body is literal text rather than Markdown.
    package static let literalDirectives: Set<String> = [
        "code", "code-block", "code-cell", "sourcecode", "math", "mermaid", "raw", "eval-rst", "literalinclude",
        "include", "toctree", "csv-table", "issue-table", "embed", "glue", "bibliography", "iframe", "graphviz",
    ]

    package init() {}

    /// Reads a whole file: front matter, MyST rewriting, then blocks.
    package func read(_ text: String, path: String) -> MarkdownDocument {
        var normalized = text.containsByte(UInt8(ascii: "\r")) ? text.replacingAll("\r\n", with: "\n").replacingAll("\r", with: "\n") : text
        normalized = HugoShortcodes.rewrite(normalized)
        normalized = DetailsPreprocessor.rewrite(normalized)
        normalized = MkDocsMarkup.rewrite(normalized)
        normalized = ObsidianMarkup.rewrite(normalized)
        if normalized.containsBytes(":: ") || normalized.containsBytes("- #") || normalized.containsBytes("\t- ") { normalized = LogseqOutline.rewrite(normalized) }
        if path.lowercased().hasSuffix(".mdx") { normalized = MDXPreprocessor.rewrite(normalized) }
        normalized = HeadingWithoutSpace.rewrite(normalized)
        let lines = normalized.splitLines()
        var diagnostics = DiagnosticBag(path: path)
        var frontMatterValue: YAMLValue?
        let frontMatter = FrontMatter.split(lines)
        if let frontMatter {
            switch YAMLReader.read(frontMatter.yaml, lineOffset: frontMatter.openingLine) {
            case .success(let value): frontMatterValue = value
            case .failure(let failure):
                frontMatterValue = FrontMatter.salvage(frontMatter.yaml, openingLine: frontMatter.openingLine)
                let kept = frontMatterValue?.entries.map { "`\($0.key)`" } ?? []
                let read = kept.isEmpty ? "the rest of the file was still read"
                    : "the lines that stand on their own (\(kept.joined(separator: ", "))) and the rest of the file were still read"
                if let slip = FrontMatter.keyWithoutColon(frontMatter.yaml, openingLine: frontMatter.openingLine) {
                    // YAML names the line after the slip ("mapping values are not allowed" at `team: Fleet`): the line
                    // to correct is the one before it, which YAML read as text.
                    diagnostics.error(.frontMatterInvalid, "front matter is not valid YAML: `\(slip.text)` has no colon after its key `\(slip.key)`",
                                      line: slip.line, fix: "write `\(slip.key): \(slip.value)`; \(read)")
                } else {
                    diagnostics.error(.frontMatterInvalid, "front matter is not valid YAML: \(failure.message)", line: failure.line,
                                      fix: "fix the YAML between the `---` lines; \(read)")
                }
            }
            if let value = frontMatterValue, case .mapping = value {} else if frontMatterValue != nil {
                diagnostics.error(.frontMatterInvalid, "front matter must be a mapping of `key: value` lines", line: frontMatter.openingLine + 1)
                frontMatterValue = nil
            }
        }
        var headerLines = frontMatter?.lineCount ?? 0
        if frontMatter == nil, let toml = TOMLFrontMatter.split(lines) {
            frontMatterValue = toml.value
            headerLines = toml.lineCount
            for problem in toml.problems {
                diagnostics.error(.frontMatterInvalid, "front matter is not valid TOML: \(problem.message)", line: problem.line,
                                  fix: "fix the TOML between the `+++` lines; the rest of it and of the file were still read")
            }
        } else if frontMatter == nil, let header = MetadataHeader.split(lines) {
            frontMatterValue = header.value
            headerLines = header.lineCount
        }
        let rewritten = MySTPreprocessor.rewrite(lines, frontMatterLines: headerLines)
        // "[TOC]" alone on a line asks a site generator for a table of contents: an instruction, not text to show.
        let parsed = parseBlocks(rewritten, lineOffset: 0, depth: 0, diagnostics: &diagnostics)
        let blocks = withPandocTables(withGridTables(Self.withHTMLTables(parsed), lines: lines), lines: lines).filter { block in
            guard case .paragraph(let content) = block.kind else { return true }
            return !["[TOC]", "[[_TOC_]]", "[[TOC]]"].contains(content.plainText.trimmed)
        }
        return MarkdownDocument(path: path, frontMatter: frontMatterValue, blocks: blocks, lines: lines, diagnostics: diagnostics.items)
    }

    /// Parses `text` whose first line is line `lineOffset + 1` of the file.
    func parseBlocks(_ text: String, lineOffset: Int, depth: Int, diagnostics: inout DiagnosticBag) -> [Block] {
        let options = CMARK_OPT_SOURCEPOS
        let length = text.utf8.count
        guard let root = text.withCString({ cmark_parse_document($0, length, options) }) else { return [] }
        defer { cmark_node_free(root) }
        var converter = TreeConverter(reader: self, text: text, lineOffset: lineOffset, baseDepth: depth, diagnostics: diagnostics)
        let blocks = converter.children(of: root, depth: depth)
        diagnostics = converter.diagnostics
        return blocks
    }
}

/// cmark_node is opaque in C, so Swift sees it as an opaque pointer.
typealias CmarkNode = OpaquePointer

/// Walks one cmark tree. Holds only borrowed node pointers, valid while `parseBlocks` runs.
/// Tables and inline fields, which cmark does not know, are cut out of its paragraphs in `TreeConverter+Tables.swift`.
struct TreeConverter {
    let reader: MarkdownReader
    let text: String
    let lineOffset: Int
    let baseDepth: Int
    var diagnostics: DiagnosticBag
    private var reportedDepth = false
    /// The text's lines, split only when a table or an inline field needs its source.
    var sourceLines: [Substring]?
    /// How many block quotes enclose the block being converted: their `>` markers prefix each table row.
    var quoteDepth = 0
    /// The text's link reference definitions (`[ada]: https://…`), read only when a table cell holds a bracket:
    /// a cell is parsed on its own, and `[Ada Lovelace][ada]` must still read as "Ada Lovelace".
    var referenceDefinitions: String?

    init(reader: MarkdownReader, text: String, lineOffset: Int, baseDepth: Int, diagnostics: DiagnosticBag) {
        self.reader = reader
        self.text = text
        self.lineOffset = lineOffset
        self.baseDepth = baseDepth
        self.diagnostics = diagnostics
    }

    mutating func children(of node: CmarkNode, depth: Int) -> [Block] {
        var blocks: [Block] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            blocks += convert(current, depth: depth + 1)
            child = cmark_node_next(current)
        }
        return blocks
    }

    /// One cmark block as Bearing blocks: usually one, but a paragraph holding a table becomes its prose and
    /// the table, and a heading ending in `(Owner: …)` is followed by a `.fields` block.
    private mutating func convert(_ node: CmarkNode, depth: Int) -> [Block] {
        let line = Int(cmark_node_get_start_line(node)) + lineOffset
        let column = Int(cmark_node_get_start_column(node))
        let endLine = max(Int(cmark_node_get_end_line(node)) + lineOffset, line)
        func block(_ kind: Block.Kind) -> Block { Block(kind, line: line, column: column, endLine: endLine) }

        if depth > reader.maxDepth {
            if !reportedDepth {
                reportedDepth = true
                diagnostics.warning(.nestingTooDeep, "Markdown nests deeper than \(reader.maxDepth) levels; the deeper content is kept as plain text",
                                    line: line, column: column)
            }
            return [block(.paragraph([.text(Self.flattenedText(node))]))]
        }
        switch cmark_node_get_type(node) {
        case CMARK_NODE_PARAGRAPH:
            let written = inlines(of: node, depth: depth)
            if KramdownAttributes.isTableOfContents(written) { return [] }
            guard let content = KramdownAttributes.strip(written) else { return [] }
            if let label = Self.labelTarget(content) { return [block(.label(label))] }
            if endLine > line, Self.mayHoldTable(content),
               let blocks = table(in: content, from: line - lineOffset, through: endLine - lineOffset, column: column, depth: depth) {
                return blocks
            }
            let (prose, fields) = trailingField(content, line: endLine)
            guard let first = fields.first else { return [block(.paragraph(content))] }
            return [block(.paragraph(prose)), Block(.fields(fields), line: endLine, column: first.valueColumn, endLine: endLine)]
        case CMARK_NODE_HEADING:
            let written = inlines(of: node, depth: depth)
            let (labelled, label) = Self.splitTrailingLabel(KramdownAttributes.strip(written) ?? written)
            let (content, fields) = trailingField(labelled, line: line)
            let heading = block(.heading(level: Int(cmark_node_get_heading_level(node)), content: content, label: label))
            guard let first = fields.first else { return [heading] }
            return [heading, Block(.fields(fields), line: line, column: first.valueColumn, endLine: line)]
        case CMARK_NODE_LIST:
            let ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
            var items: [ListItem] = []
            var child = cmark_node_first_child(node)
            while let current = child {
                let item = listItem(current, depth: depth)
                // An item that held only kramdown's instructions (`- TOC` + `{:toc}`) is no item; an empty one still is.
                if !item.blocks.isEmpty || item.task != nil || cmark_node_first_child(current) == nil { items.append(item) }
                child = cmark_node_next(current)
            }
            if items.isEmpty { return [] }
            if ordered, cmark_node_get_list_start(node) != 1 { items[0].number = Int(cmark_node_get_list_start(node)) }
            return [block(.list(ordered: ordered, items: items))]
        case CMARK_NODE_BLOCK_QUOTE:
            quoteDepth += 1
            defer { quoteDepth -= 1 }
            return [block(.quote(children(of: node, depth: depth)))]
        case CMARK_NODE_CODE_BLOCK:
            let info = Self.string(cmark_node_get_fence_info(node)).trimmed
            let text = Self.string(cmark_node_get_literal(node))
            // Only the file's own blocks: a directive's body is parsed on its own, and its end is not the file's.
            if lineOffset == 0, depth == baseDepth + 1, quoteDepth == 0 { checkUnclosedFence(node, text: text) }
            if let directive = directive(info: info, text: text, line: line, depth: depth) { return [block(directive)] }
            return [block(.code(info: info, text: text))]
        case CMARK_NODE_HTML_BLOCK:
            return [block(.html(Self.string(cmark_node_get_literal(node))))]
        case CMARK_NODE_THEMATIC_BREAK:
            return [block(.thematicBreak)]
        default:
            return []
        }
    }

    private mutating func listItem(_ node: CmarkNode, depth: Int) -> ListItem {
        let line = Int(cmark_node_get_start_line(node)) + lineOffset
        var blocks = children(of: node, depth: depth + 1)
        var task: Bool?
        var glued = false
        var label: String?
        if let first = blocks.first, case .paragraph(var content) = first.kind {
            task = Self.removeTaskMarker(&content, glued: &glued)
            let split = Self.splitTrailingLabel(content)
            content = split.content
            label = split.label
            if label == nil, let lead = Self.splitLeadLabel(content) {
                content = lead.content
                label = lead.label
            }
            blocks[0].kind = .paragraph(content)
        }
        return ListItem(blocks: blocks, task: task, taskMarkerGlued: glued, label: label, line: line, column: Int(cmark_node_get_start_column(node)),
                        endLine: max(Int(cmark_node_get_end_line(node)) + lineOffset, line))
    }

    /// A fenced block whose info string is `{name} argument` is a MyST directive.
    private mutating func directive(info: String, text: String, line: Int, depth: Int) -> Block.Kind? {
        guard info.hasPrefix("{"), let close = info.firstIndex(of: "}") else { return nil }
        let name = info[info.index(after: info.startIndex)..<close].trimmed.lowercased()
        guard !name.isEmpty, name.allSatisfy(Self.isDirectiveNameCharacter) else { return nil }
        let argument = info[info.index(after: close)...].trimmed
        var bodyLines = text.splitLines()
        var options: [String: String] = [:]
        var consumed = 0
        while let first = bodyLines.first, let option = Self.optionPattern.firstMatch(in: String(first)),
              let key = option[1] {
            options[key] = (option[2] ?? "").trimmed
            bodyLines.removeFirst()
            consumed += 1
        }
        let bodyText = bodyLines.joined(separator: "\n")
        if MarkdownReader.literalDirectives.contains(name) || depth >= reader.maxDepth {
            return .directive(name: name, argument: argument, options: options, body: [], text: bodyText)
        }
        // The body is Markdown in its own right: nested colon fences need the same rewriting as the file.
        let rewritten = MySTPreprocessor.rewrite(bodyText.splitLines(), frontMatterLines: 0)
        let body = reader.parseBlocks(rewritten, lineOffset: line + consumed, depth: depth, diagnostics: &diagnostics)
        return .directive(name: name, argument: argument, options: options, body: body, text: bodyText)
    }

    /// A table cell's inline content: the cell parsed on its own, as a paragraph. A leading block marker (`- x`, `# x`,
    /// `1. x`) is text, as GitHub shows it in a cell; a cell cmark still reads as a block (a code fence) is kept as its text.
    /// `definitions` are the file's link reference definitions, parsed with the cell so that its reference links resolve.
    func inlineContent(_ cell: String, definitions: String = "") -> [Inline] {
        guard !cell.isEmpty else { return [] }
        // "- Finalise the queue<br>- Ship the job": read alone, the marker started a list, and the cell was kept as raw
        // text, its `<br>` tags and code spans shown on the site as typed.
        let inline = Self.withoutBlockMarker(cell)
        let source = definitions.isEmpty ? inline : inline + "\n\n" + definitions
        let length = source.utf8.count
        guard let root = source.withCString({ cmark_parse_document($0, length, 0) }) else { return [] }
        defer { cmark_node_free(root) }
        guard let first = cmark_node_first_child(root), cmark_node_next(first) == nil,
              cmark_node_get_type(first) == CMARK_NODE_PARAGRAPH else { return [.text(cell.trimmed)] }
        let content = inlines(of: first, depth: 1)
        return KramdownAttributes.strip(content) ?? []
    }

    /// The text with a backslash before a leading block marker (`-`, `+`, `*` before a space, `#`, `>`, `1.`, `1)`), so that it
    /// parses as the paragraph a table cell is; any other text unchanged.
    static func withoutBlockMarker(_ text: String) -> String {
        let trimmed = text.drop { $0 == " " }
        guard let first = trimmed.first else { return text }
        switch first {
        case "-", "+", "*":
            let next = trimmed.dropFirst().first
            return next == " " || next == "\t" || next == nil ? "\\" + trimmed : text
        case "#", ">":
            return "\\" + trimmed
        case "0"..."9":
            let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
            let rest = trimmed.dropFirst(digits.count)
            guard digits.count <= 9, let mark = rest.first, mark == "." || mark == ")",
                  rest.dropFirst().first.map({ $0 == " " || $0 == "\t" }) ?? true else { return text }
            return digits + "\\" + rest
        default:
            return text
        }
    }

    private func inlines(of node: CmarkNode, depth: Int) -> [Inline] {
        var result: [Inline] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            if let inline = inline(current, depth: depth + 1) { result.append(inline) }
            child = cmark_node_next(current)
        }
        return result
    }

    private func inline(_ node: CmarkNode, depth: Int) -> Inline? {
        if depth > reader.maxDepth * 2 { return .text(Self.flattenedText(node)) }
        switch cmark_node_get_type(node) {
        case CMARK_NODE_TEXT: return .text(Self.string(cmark_node_get_literal(node)))
        case CMARK_NODE_CODE: return .code(Self.string(cmark_node_get_literal(node)))
        case CMARK_NODE_EMPH: return .emphasis(inlines(of: node, depth: depth))
        case CMARK_NODE_STRONG: return .strong(inlines(of: node, depth: depth))
        case CMARK_NODE_LINK: return .link(destination: Self.string(cmark_node_get_url(node)), content: inlines(of: node, depth: depth))
        case CMARK_NODE_IMAGE: return .image(source: Self.string(cmark_node_get_url(node)), content: inlines(of: node, depth: depth))
        case CMARK_NODE_HTML_INLINE: return .html(Self.string(cmark_node_get_literal(node)))
        case CMARK_NODE_SOFTBREAK: return .softBreak
        case CMARK_NODE_LINEBREAK: return .lineBreak
        default: return nil
        }
    }

    /// `:key: value` option lines at the top of a directive body.
    private static let optionPattern = Pattern(#"^:([A-Za-z][\w-]*):(?:\s+(.*))?$"#)

    private static func isDirectiveNameCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || "-_:".contains(character)
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }

    /// All text below `node`, gathered with cmark's own iterator (no recursion).
    private static func flattenedText(_ node: CmarkNode) -> String {
        guard let iterator = cmark_iter_new(node) else { return "" }
        defer { cmark_iter_free(iterator) }
        var parts: [String] = []
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let current = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(current)
            if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE { parts.append(string(cmark_node_get_literal(current))) }
        }
        return parts.joined(separator: " ")
    }

    /// A paragraph that is only `(id)=` is a MyST target for the next heading.
    private static func labelTarget(_ content: [Inline]) -> String? {
        // Most paragraphs are prose: their first visible character settles it without joining all their text.
        guard firstVisibleScalar(content) == "(" else { return nil }
        let text = content.plainText.trimmed
        guard text.count > 3, text.hasPrefix("("), text.hasSuffix(")=") else { return nil }
        let label = text.dropFirst().dropLast(2)
        guard !label.isEmpty, !label.contains(where: { $0.isWhitespace || $0 == "(" || $0 == ")" }) else { return nil }
        return String(label)
    }

    /// The first scalar of `content.plainText` that `trimmed` keeps.
    private static func firstVisibleScalar(_ content: [Inline]) -> Unicode.Scalar? {
        for inline in content {
            switch inline {
            case .text(let text), .code(let text):
                if let scalar = text.unicodeScalars.first(where: { !Trimming.isSpace($0, false) }) { return scalar }
            case .emphasis(let inner), .strong(let inner), .link(_, let inner), .image(_, let inner):
                if let scalar = firstVisibleScalar(inner) { return scalar }
            case .html, .softBreak, .lineBreak:
                continue
            }
        }
        return nil
    }

    /// Removes a trailing `{#id}` from the last text of `content`. Python-Markdown's attribute list writes the same id
    /// with spaces and classes (`{ #clinic-groups }`, `{: #launch .new }`), as MkDocs sites do: the id is read from it.
    static func splitTrailingLabel(_ content: [Inline]) -> (content: [Inline], label: String?) {
        guard case .text(let text)? = content.last else { return (content, nil) }
        let trimmed = text.trimmed
        guard trimmed.hasSuffix("}"), let open = trimmed.range(of: "{", options: .backwards),
              let label = attributeListID(trimmed[open.upperBound..<trimmed.index(before: trimmed.endIndex)]) else { return (content, nil) }
        var result = content
        // Only the end is trimmed: the space after `**Win enterprise accounts**` in `… — sell to mid-market {#id}`
        // belongs to the text, which rendered as "accounts</strong>— sell" without it.
        let before = text[..<(text.range(of: "{", options: .backwards)?.lowerBound ?? text.endIndex)]
        let rest = String(before.reversed().drop(while: \.isWhitespace).reversed())
        if rest.trimmed.isEmpty { result.removeLast() } else { result[result.count - 1] = .text(rest) }
        return (result, String(label))
    }

    /// The id an attribute list's words name: `#id` alone (`{#id}`), or `{ #id }`, `{: #id .class key=value }` — one
    /// `#id` among classes and settings. Nil for anything else in braces (`{ #1 priority }` is words).
    private static func attributeListID(_ inner: Substring) -> Substring? {
        if inner.first == "#", !inner.dropFirst().isEmpty, !inner.contains(where: { $0.isWhitespace || $0 == "{" || $0 == "}" }) { return inner.dropFirst() }
        let words = (inner.first == ":" ? inner.dropFirst() : inner).split(whereSeparator: \.isWhitespace)
        let ids = words.filter { $0.first == "#" && $0.count > 1 }
        guard ids.count == 1, words.allSatisfy({ $0.first == "#" || ($0.first == "." && $0.count > 1) || $0.dropFirst().contains("=") }),
              !ids[0].contains(where: { $0 == "{" || $0 == "}" }) else { return nil }
        return ids[0].dropFirst()
    }

    /// `**Product-led growth** {#plg} — people get to value…`: a label right after the bold title, before the words
    /// that describe it, names the item as one at the end does. Anywhere else in the words it is text.
    static func splitLeadLabel(_ content: [Inline]) -> (content: [Inline], label: String?)? {
        guard content.count >= 2, case .strong = content[0], case .text(let text) = content[1],
              let match = leadLabel.firstMatchWithRange(in: text), let label = match.groups[1] else { return nil }
        var result = content
        let rest = String(text[match.range.upperBound...])
        if rest.isEmpty { result.remove(at: 1) } else { result[1] = .text(" " + rest) }
        return (result, label)
    }

    private static let leadLabel = Pattern(#"^\s*\{#([^\s{}]+)\}\s*"#, needs: ["{#"])

    /// Removes a leading `[ ]` / `[x]` (cmark without the GFM extension leaves it as text) and says which it was.
    /// `[ ]Text` with no space is read too (people type it), and `glued` says so, for a warning.
    static func removeTaskMarker(_ content: inout [Inline], glued: inout Bool) -> Bool? {
        guard case .text(let first)? = content.first else { return nil }
        // cmark may split "[x] text" into several text nodes at the brackets; join leading text runs first.
        var joined = first
        var count = 1
        while count < content.count, case .text(let next) = content[count], joined.count < 4 {
            joined += next
            count += 1
        }
        let marker = joined.prefix(3).lowercased()
        guard marker == "[ ]" || marker == "[x]" else { return nil }
        let after = joined.dropFirst(3)
        if let next = after.first, next != " ", next != "\t" {
            // "[x]:" and "[ ](" are reference syntax, not a glued box.
            guard next.isLetter || next.isNumber else { return nil }
            glued = true
        }
        let rest = String(after.drop(while: { $0 == " " || $0 == "\t" }))
        content.replaceSubrange(0..<count, with: rest.isEmpty ? [] : [.text(rest)])
        return marker == "[x]"
    }
}

