import BearingModel

/// Key results pasted with 4 or more spaces (or a tab) before each line, as copied from a document, are an indented
/// code block to Markdown: GitHub shows them as code, and no key result is read from them. Among an objective's own
/// blocks, an indented block whose lines are list items is that slip, not a code sample, and it is warned about, so
/// the objective's "no key results" is not the only sign of it.
enum IndentedKeyResults {
    /// Warns at the first line of each indented code block in `blocks` whose lines read as list items. A fenced block
    /// is code on purpose, and a block of shell lines or YAML (`key: value` lines beside its items) is no list.
    static func warn(_ blocks: [Block], document: MarkdownDocument, diagnostics: inout DiagnosticBag) {
        for block in blocks {
            guard case .code(let info, let text) = block.kind, info.isEmpty, isIndented(block, in: document),
                  let list = items(in: text) else { continue }
            let what = list.count == 1 ? "its list item is not read as a key result" : "its \(list.count) list items are not read as key results"
            diagnostics.warning(.keyResultsUnread, "this indented block reads as code in Markdown, so \(what)",
                                line: block.line, column: 1,
                                fix: list.glued ? "remove the leading indentation and put a space after each `-`"
                                    : "remove the leading indentation (4 spaces or a tab before a line make it code)")
        }
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
