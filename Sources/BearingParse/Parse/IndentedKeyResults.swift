import BearingModel
import Foundation

/// Key results pasted with 4 or more spaces (or a tab) before each line, as copied from a document, are an indented
/// code block to Markdown: GitHub shows them as code, and no key result is read from them. Among an objective's own
/// blocks, an indented block whose lines are list items is that slip, not a code sample, and it is warned about, so
/// the objective's "no key results" is not the only sign of it. So is a block of its metadata (`Owner: Priya`,
/// `Status: at-risk`) indented the same way, as editors that indent with tabs write it: it is warned about, not read,
/// since GitHub and the site show it as code and a field read from code would be one nobody sees as a field.
enum IndentedKeyResults {
    /// Warns at the first line of each indented code block in `blocks` whose lines read as list items. A fenced block
    /// is code on purpose, and a block of shell lines or YAML (`key: value` lines beside its items) is no list.
    static func warn(_ blocks: [Block], document: MarkdownDocument, diagnostics: inout DiagnosticBag) {
        for block in blocks {
            guard case .code(let info, let text) = block.kind, info.isEmpty, isIndented(block, in: document) else { continue }
            if let fields = metadata(in: text) {
                warnFields(fields, block: block, diagnostics: &diagnostics)
                continue
            }
            guard let list = items(in: text) else { continue }
            let what = list.count == 1 ? "its list item is not read as a key result" : "its \(list.count) list items are not read as key results"
            diagnostics.warning(.keyResultsUnread, "this indented block reads as code in Markdown, so \(what)",
                                line: block.line, column: 1,
                                fix: list.glued ? "remove the leading indentation and put a space after each `-`"
                                    : "remove the leading indentation (4 spaces or a tab before a line make it code)")
        }
    }

    /// Warns about each indented block in `blocks` that holds an item's metadata (`Owner: Priya`, `Status: at-risk`):
    /// a roadmap item's own, whose other indented lines are its details, not key results.
    static func warnMetadata(_ blocks: [Block], document: MarkdownDocument, diagnostics: inout DiagnosticBag) {
        for block in blocks {
            guard case .code(let info, let text) = block.kind, info.isEmpty, isIndented(block, in: document),
                  let fields = metadata(in: text) else { continue }
            warnFields(fields, block: block, diagnostics: &diagnostics)
        }
    }

    private static func warnFields(_ fields: (keys: [String], items: Int, lines: Int), block: Block, diagnostics: inout DiagnosticBag) {
        let last = block.line + fields.lines - 1
        let lines = last > block.line ? "lines \(block.line)–\(last) are" : "line \(block.line) is"
        let names = fields.keys.map { "`\($0)`" }
        let listed = names.count == 1 ? names[0] : names.dropLast().joined(separator: ", ") + " and " + names[names.count - 1]
        let items = fields.items == 0 ? "" : fields.items == 1 ? ", and its list item," : ", and its \(fields.items) list items,"
        diagnostics.warning(.metadataUnread,
                            "\(lines) indented 4 or more spaces (or a tab), so Markdown reads them as code: \(listed)\(items) \(fields.keys.count + fields.items == 1 ? "is" : "are") not read",
                            line: block.line, column: 1, fix: "remove the leading indentation")
    }

    /// Metadata keys an indented block must name one of to be read as misplaced fields rather than a config sample.
    private static let fieldKeys: Set<MetadataKey> = [.owners, .status, .priorities, .team, .confidence, .effort, .due]

    /// The keys of an indented block whose every line is a known metadata field with a value (`Owner: Priya`) or a list
    /// item, with at least one field among the owner, status, priorities, team, confidence, effort or due date: an
    /// item's metadata indented by mistake. A YAML or config sample (`timeout: 30`, `depends:` over a list) is not.
    static func metadata(in text: String) -> (keys: [String], items: Int, lines: Int)? {
        let lines = text.split(separator: "\n").map { $0.drop { $0 == " " || $0 == "\t" } }.filter { !$0.allSatisfy(\.isWhitespace) }
        var keys: [String] = []
        var items = 0
        var core = false
        for line in lines {
            // `- Owner: Priya` is a field written as a list item, as the metadata list of `bearing new` is.
            let item = itemKind(line) == .item
            let plain = (item ? String(line.dropFirst(2)) : String(line)).replacingOccurrences(of: "**", with: "")
            guard let colon = plain.firstIndex(of: ":") else {
                if item { items += 1; continue }
                return nil
            }
            let key = String(plain[..<colon]).trimmed
            let value = plain[plain.index(after: colon)...].trimmed
            guard !value.isEmpty, MetadataReader.isKey(key), let known = MetadataKey(spelling: key) else {
                if item { items += 1; continue }
                return nil
            }
            core = core || fieldKeys.contains(known)
            keys.append(key)
        }
        let written = text.split(separator: "\n", omittingEmptySubsequences: false).reversed().drop { $0.allSatisfy(\.isWhitespace) }.count
        return core ? (keys, items, written) : nil
    }

    /// True when the block's first line is indented rather than opened by a ``` or ~~~ fence.
    static func isIndented(_ block: Block, in document: MarkdownDocument) -> Bool {
        guard block.line >= 1, block.line <= document.lines.count else { return false }
        let line = document.lines[block.line - 1]
        guard line.hasPrefix("\t") || line.hasPrefix("    ") else { return false }
        let start = line.drop { $0 == " " || $0 == "\t" }
        return !start.hasPrefix("```") && !start.hasPrefix("~~~")
    }

    /// The number of list-item lines in a code block's text when it reads as a list: its first line is an item, at
    /// least half its lines are, and no other line is a `key: value` field; nil otherwise. `glued` when an item is
    /// written `-word`, which stays no list item without the indentation either.
    static func items(in text: String) -> (count: Int, glued: Bool)? {
        let lines = text.split(separator: "\n").map { $0.drop { $0 == " " || $0 == "\t" } }.filter { !$0.allSatisfy(\.isWhitespace) }
        guard let first = lines.first, itemKind(first) != nil else { return nil }
        var count = 0
        var glued = false
        for line in lines {
            if let kind = itemKind(line) {
                count += 1
                glued = glued || kind == .glued
            } else if isField(line) {
                return nil
            }
        }
        return count * 2 >= lines.count ? (count, glued) : nil
    }

    enum ItemKind { case item, glued }

    /// `- text`, `* text`, `+ text`, `- [ ] text`, `1. text`, `1) text`: an item; `-text`: an item glued to its dash.
    static func itemKind(_ line: Substring) -> ItemKind? {
        guard let head = line.first else { return nil }
        let rest = line.dropFirst()
        if "-*+".contains(head) {
            if let next = rest.first, next == " " || next == "\t" { return rest.contains { !$0.isWhitespace } ? .item : nil }
            if head == "-", let next = rest.first, next.isLetter { return .glued }
            return nil
        }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        guard (1...3).contains(digits.count) else { return nil }
        let after = line.dropFirst(digits.count)
        guard let mark = after.first, mark == "." || mark == ")", let space = after.dropFirst().first, space == " " || space == "\t" else { return nil }
        return .item
    }

    /// `name: value` or `name:` with an identifier for a name: a YAML or config line, not a list's continuation.
    static func isField(_ line: Substring) -> Bool {
        guard let colon = line.firstIndex(of: ":"), colon > line.startIndex else { return false }
        let name = line[..<colon]
        guard name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" || $0 == ".") }) else { return false }
        let after = line[line.index(after: colon)...]
        return after.isEmpty || after.first == " "
    }
}
