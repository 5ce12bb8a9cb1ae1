import BearingModel

/// What an MkDocs site's pages (Material for MkDocs and the Python-Markdown extensions it is used with) write that
/// CommonMark does not read as the site shows it:
/// - admonitions, `!!! success "Prototype implementation"` over a body indented four spaces, and their foldable form
///   `??? note "Details"` / `???+ note`: CommonMark reads the opener as a paragraph's words and the body, after a blank
///   line, as an indented code block, so a roadmap written as a column of admonitions read **no items** and every
///   body was shown as code. Each becomes an Obsidian callout (`> [!success] Prototype implementation` over the body
///   quoted), which the site draws as the admonition it is and whose lists, tables and key results are read. A page
///   that draws each milestone as an admonition and says in a legend what each type means (`!!! success "Completed"`
///   with no body) has milestones: each admonition of a legend's type is a heading with that status over its body;
/// - content tabs, `=== "Q1 2027"` over an indented body: the tab's title as a bold line over its text, as GitBook's
///   tabs are read (`GitBookTag`), the body no longer code;
/// - `markdown` HTML blocks (`<div class="grid cards" markdown>` … `</div>`, the `md_in_html` extension): the Markdown
///   inside is read as Markdown, the tag lines dropped;
/// - icon shortcodes, attribute lists and snippet includes (`SiteMarkup`), which are how the site draws a page, never
///   its words: taken out.
/// Docusaurus's admonitions (`:::tip[Title]` or `:::tip Title` … `:::`, in `.md` pages as in `.mdx`) and Pandoc's
/// fenced divs with a class (`::: warning` … `:::`) become the same callouts (`ColonDiv` tells what a fence opens and
/// where it closes): read as CommonMark, their markers were words of the page. MyST's `:::{note}` is a directive
/// (`MySTPreprocessor`) and left to it.
/// Every rewrite is line for line, so each position Bearing reports stays true. Fenced code is left as written.
enum MkDocsMarkup {
    static func rewrite(_ text: String) -> String {
        guard mayHold(text) else { return text }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let start = CodeFence.frontMatterEnd(lines)
        var body = Array(lines[start...])
        unwrapMarkdownBlocks(&body)
        let found = legend(body)
        body = rewriteBlocks(body, legend: found.statuses, legendLines: found.statuses.isEmpty ? nil : found.lines,
                             milestones: milestoneLines(body, legend: found))
        lines.replaceSubrange(start..., with: body)
        let rewritten = lines.joined(separator: "\n")
        return rewritten == text ? text : rewritten
    }

    /// A cheap test for anything this rewrite changes, byte for byte (as `ObsidianMarkup.mayHold`: Foundation's search
    /// of every file for each marker showed in a cold build's profile; a byte match is found wherever its match is).
    static func mayHold(_ text: String) -> Bool {
        text.containsBytes("!!! ") || text.containsBytes("??? ") || text.containsBytes("???+ ") || text.containsBytes("=== \"")
            || text.containsBytes("===+ \"") || text.containsBytes("===! \"") || text.containsBytes(" markdown")
            || SiteMarkup.mayHold(text) || text.containsBytes(":::")
    }

    /// The admonition types Material for MkDocs draws, each kept as its callout's type (the site draws every one of
    /// them, `GitHubAlert.names`); any other type (`!!! milestone`) is drawn as a note, as Material draws it.
    static let types: Set<String> = [
        "note", "abstract", "summary", "tldr", "info", "todo", "tip", "hint", "important", "success", "check", "done",
        "question", "help", "faq", "warning", "caution", "attention", "failure", "fail", "missing", "danger", "error",
        "bug", "example", "quote", "cite",
    ]

    /// `!!! type "Title"` (Python-Markdown's admonition), `??? type "Title"` and `???+ type "Title"` (pymdownx.details):
    /// the type is the first word; further words are classes (`inline end`); the title, in double quotes, may be empty.
    private static let admonition = Pattern(#"^( *)(!!!|\?\?\?\+?) *([A-Za-z][\w-]*)((?: +[\w-]+)*)(?: +"(.*)")? *$"#)

    /// `=== "Title"`, `===+ "Title"` (the tab shown first) and `===! "Title"` (a new set of tabs): pymdownx.tabbed.
    private static let tab = Pattern(#"^( *)===[+!]{0,2} +"(.*)" *$"#)

    /// A page that draws its milestones as admonitions says what each type means in a legend: a run of admonitions
    /// with titles and no bodies (`!!! success "Completed"`, `!!! note "In progress"`, `!!! abstract "Not started
    /// yet"`), at least two of whose titles are statuses. The statuses by type and the legend's lines; no statuses
    /// when the page has no legend.
    struct Legend {
        var statuses: [String: Status] = [:]
        var lines: ClosedRange<Int> = 0...0
    }

    static func legend(_ lines: [String]) -> Legend {
        var run = Legend()
        var runStart: Int?
        var index = 0
        var fence = CodeFence()
        while index < lines.count {
            let line = lines[index]
            if fence.holds(line) {
                // Code, read as nothing of a legend's.
            } else if line.trimmed.isEmpty {
                // Blank lines between a legend's entries keep the run going.
            } else if line.first == "!" || line.first == "?", let match = admonition.firstMatch(in: line), let type = match[3],
                      bodyEnd(lines, after: index, indent: 0) == index {
                runStart = runStart ?? index
                if let title = match[5], let status = Status(reading: title) {
                    run.statuses[type.lowercased()] = status
                    run.lines = (runStart ?? index)...index
                }
            } else {
                if run.statuses.count >= 2 { return run }
                run = Legend()
                runStart = nil
            }
            index += 1
        }
        return run.statuses.count >= 2 ? run : Legend()
    }

    /// The lines of the admonitions a legend makes milestones: those of its types, titled, outside the legend, and
    /// after it — a note of the same type above the legend (`!!! note "About this page"`) introduces the page — unless
    /// the legend ends the page, after its milestones.
    private static func milestoneLines(_ lines: [String], legend: Legend) -> Set<Int> {
        guard !legend.statuses.isEmpty else { return [] }
        var before: Set<Int> = []
        var after: Set<Int> = []
        var fence = CodeFence()
        for (index, line) in lines.enumerated() {
            if fence.holds(line) { continue }
            guard line.first == "!" || line.first == "?", !legend.lines.contains(index), let match = admonition.firstMatch(in: line),
                  let type = match[3], legend.statuses[type.lowercased()] != nil,
                  let title = match[5], !title.trimmed.isEmpty else { continue }
            if index < legend.lines.lowerBound { before.insert(index) } else { after.insert(index) }
        }
        return after.isEmpty ? before : after
    }

    /// The rewritten lines of `lines` (a page's body, or an admonition's or tab's body once its indent is taken off).
    /// An admonition whose type the page's `legend` gives a status is a milestone: a heading titled by it, with that
    /// status, over its body, one level below the heading it is written under.
    private static func rewriteBlocks(_ lines: [String], legend: [String: Status] = [:], legendLines: ClosedRange<Int>? = nil,
                                      milestones: Set<Int> = []) -> [String] {
        var out = lines
        var fence = CodeFence()
        var index = 0
        // The level of the last heading: a milestone is a heading one below it.
        var headingLevel = 1
        while index < lines.count {
            let line = lines[index]
            if fence.holds(line) {
                index += 1
                continue
            }
            let first = line.first { $0 != " " }
            if first == "!" || first == "?", let match = admonition.firstMatch(in: line), let marker = match[2], let type = match[3],
               !isProse(match, at: index, in: lines) {
                let indent = match[1]?.count ?? 0
                let last = bodyEnd(lines, after: index, indent: indent)
                let inner = rewriteBlocks(dedented(lines[(index + 1)..<(last + 1)], by: indent + 4))
                let pad = String(repeating: " ", count: indent)
                let shownType = types.contains(type.lowercased()) ? type.lowercased() : "note"
                let fold = marker == "???" ? "-" : marker == "???+" ? "+" : ""
                let title = match[5].map { $0.trimmed }.flatMap { $0.isEmpty ? nil : $0 }
                if let title, milestones.contains(index), let status = legend[type.lowercased()] {
                    // A heading, not a list item: the body starts on the next line, and would run on into the title.
                    // A milestone without an indented body (`??? success "Music Engine"` over a paragraph at the
                    // margin) is the heading over the paragraph, which the site shows right under its title.
                    out[index] = String(repeating: "#", count: min(headingLevel + 1, 6)) + " " + title + " (Status: " + status.rawValue + ")"
                    for (offset, text) in inner.enumerated() { out[index + 1 + offset] = text }
                    index = last + 1
                    continue
                }
                // A legend's entry with no body, the last before a blank line too: drawn as an empty callout, it looked
                // unlike the entries above it.
                let boldLine = { (at: Int) in Self.titleLine(at: at, in: lines) || (legendLines?.contains(at) == true && Self.bodyEnd(lines, after: at, indent: 0) == at) }
                if boldLine(index) {
                    // A title alone with more on the next line (a legend's entries, one per line): a callout would take
                    // the next line in, so the title is a bold line of its own.
                    let words = title ?? type.prefix(1).uppercased() + type.dropFirst()
                    let next = index + 1 < lines.count ? lines[index + 1] : ""
                    let runsOn = admonition.matches(next) ? boldLine(index + 1) : continuesParagraph(next)
                    out[index] = pad + "**" + escaped(words) + "**" + (runsOn ? "\\" : "")
                    index += 1
                    continue
                }
                if let title, indent == 0, afterHeading(index, in: lines), title.split(separator: " ").count <= 3,
                   Status(reading: title) != nil {
                    // `### ✅ SVASQ-4` then `!!! success "Completed"`: an admonition first under a heading, titled by a
                    // status, says how that work stands. Its title is the heading's status field; its body a quote.
                    out[index] = "Status: " + title
                    for (offset, text) in inner.enumerated() { out[index + 1 + offset] = text.isEmpty ? ">" : "> " + text }
                    index = last + 1
                    continue
                }
                if let written = match[5], written.trimmed.isEmpty {
                    // `!!! note ""`: Material draws the body with no title bar, and a callout would be titled by its type.
                    out[index] = ""
                    for (offset, text) in inner.enumerated() { out[index + 1 + offset] = pad + (text.isEmpty ? ">" : "> " + text) }
                    index = last + 1
                    continue
                }
                // An untitled admonition of a type the site does not know (`!!! milestone`) is titled by its type, as
                // Material titles it; a callout of the type it is drawn as would say "Note".
                let shownTitle = title ?? (shownType == type.lowercased() ? nil : type.prefix(1).uppercased() + type.dropFirst())
                out[index] = pad + "> [!" + shownType + "]" + fold + (shownTitle.map { " " + $0 } ?? "")
                for (offset, text) in inner.enumerated() { out[index + 1 + offset] = pad + (text.isEmpty ? ">" : "> " + text) }
                index = last + 1
                continue
            }
            if first == ":", case let deepest = ColonDiv.deepestIndent(at: index, in: lines),
               let opener = ColonDiv.opener(line, deepestIndent: deepest), let close = ColonDiv.close(lines, after: index, deepestIndent: deepest) {
                switch opener {
                case .directive:
                    // MyST's `:::{note}`: a directive, read by `MySTPreprocessor` as written.
                    break
                case .div:
                    // A Pandoc div with no admonition's class (`::: columns`, `::: {.column width="40%"}`): its fences
                    // draw nothing, its text is read where it stands.
                    out[index] = ""
                    for (offset, text) in rewriteBlocks(Array(lines[(index + 1)..<close])).enumerated() { out[index + 1 + offset] = text }
                    out[close] = ""
                case .callout(let type, let title):
                    let pad = String(line.prefix { $0 == " " })
                    // In a list item (`    :::tip` under `1. Ship it`) the body is indented as the fence is; quoted under
                    // that indent as it stands, it would be code.
                    let body = pad.count > 3 ? dedented(lines[(index + 1)..<close], by: pad.count) : Array(lines[(index + 1)..<close])
                    let inner = rewriteBlocks(body)
                    out[index] = pad + "> [!" + type + "]" + (title.map { " " + $0 } ?? "")
                    for (offset, text) in inner.enumerated() { out[index + 1 + offset] = pad + (text.isEmpty ? ">" : "> " + text) }
                    out[close] = ""
                }
                index = close + 1
                continue
            }
            if first == "=", let match = tab.firstMatch(in: line), let title = match[2] {
                let indent = match[1]?.count ?? 0
                let last = bodyEnd(lines, after: index, indent: indent)
                let inner = rewriteBlocks(dedented(lines[(index + 1)..<(last + 1)], by: indent + 4))
                let pad = String(repeating: " ", count: indent)
                let runsOn = inner.first.map { continuesParagraph($0) } ?? false
                // A tab whose text starts with a heading (`=== "Growth team"` over `## Win five clinic groups`) is that
                // heading's section: its title in bold would end the section before it, as words of the last objective.
                let headed = inner.first { !$0.trimmed.isEmpty }.map { $0.hasPrefix("#") } ?? false
                out[index] = title.trimmed.isEmpty || headed ? "" : pad + "**" + escaped(title.trimmed) + "**" + (runsOn ? "\\" : "")
                for (offset, text) in inner.enumerated() { out[index + 1 + offset] = text.isEmpty ? "" : pad + text }
                index = last + 1
                continue
            }
            out[index] = SiteMarkup.removed(from: line)
            if let level = setextLevel(at: index, in: lines) { headingLevel = level }
            if first == "#", line.prefix(while: { $0 == " " }).count < 4 {
                let hashes = line.drop { $0 == " " }.prefix { $0 == "#" }.count
                if hashes <= 6, line.drop(while: { $0 == " " }).dropFirst(hashes).first.map({ $0 == " " || $0 == "\t" }) ?? true { headingLevel = hashes }
            }
            index += 1
        }
        return out
    }

    /// The level of the setext heading underlined at `index` (`Milestones` over `----------` is an H2, over `===` an H1),
    /// nil when the line underlines no paragraph line (a `---` after a blank line is a rule).
    private static func setextLevel(at index: Int, in lines: [String]) -> Int? {
        let trimmed = lines[index].trimmed
        guard index > 0, let mark = trimmed.first, mark == "=" || mark == "-", trimmed.allSatisfy({ $0 == mark }),
              lines[index].prefix(while: { $0 == " " }).count < 4 else { return nil }
        let above = lines[index - 1]
        let text = above.trimmed
        guard !text.isEmpty, above.prefix(while: { $0 == " " }).count < 4, let start = text.first, !"#>-*+|`~<!?=:".contains(start),
              !(start.isNumber && text.drop(while: \.isNumber).first.map({ $0 == "." || $0 == ")" }) == true) else { return nil }
        return mark == "=" ? 1 : 2
    }

    /// Whether the line before `index`, blank lines aside, is a heading.
    private static func afterHeading(_ index: Int, in lines: [String]) -> Bool {
        guard let previous = lines[..<index].last(where: { !$0.trimmed.isEmpty }) else { return false }
        return previous.hasPrefix("#")
    }

    /// Whether an opener's line is a sentence that starts with `!!!` or `???` (`!!! Deadline moved to March`, `??? TBD
    /// whether we keep Solr`) rather than an admonition: no title in quotes, no body, and words after the type that
    /// are no classes Material draws (`inline`, `end`). Python-Markdown would read the words after the first as CSS
    /// classes and show only the first; no site's author writes one that way, and a page outside a site would lose
    /// them, so the line is left as written.
    private static func isProse(_ match: [String?], at index: Int, in lines: [String]) -> Bool {
        guard match[5] == nil, let classes = match[4]?.split(separator: " "), !classes.isEmpty,
              classes.contains(where: { $0 != "inline" && $0 != "end" }) else { return false }
        return bodyEnd(lines, after: index, indent: match[1]?.count ?? 0) == index
    }

    /// Whether the admonition opened at `index` has no body and a line right after it: it is written as a bold line.
    private static func titleLine(at index: Int, in lines: [String]) -> Bool {
        guard index + 1 < lines.count, !lines[index + 1].trimmed.isEmpty, let match = admonition.firstMatch(in: lines[index]) else { return false }
        return bodyEnd(lines, after: index, indent: match[1]?.count ?? 0) == index
    }

    /// The last line of the body of a block opened at `opener`: every following line indented `indent + 4` or more,
    /// and the blank lines between them (not those after the last).
    private static func bodyEnd(_ lines: [String], after opener: Int, indent: Int) -> Int {
        var last = opener
        var index = opener + 1
        while index < lines.count {
            let line = lines[index]
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) { index += 1; continue }
            guard indentWidth(line) >= indent + 4 else { break }
            last = index
            index += 1
        }
        return last
    }

    /// The lines with `width` columns of indent taken off (a tab counts to the next multiple of four, as
    /// Python-Markdown counts it); blank lines become empty.
    private static func dedented(_ lines: ArraySlice<String>, by width: Int) -> [String] {
        lines.map { line in
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) { return "" }
            var column = 0
            var rest = Substring(line)
            while column < width, let first = rest.first, first == " " || first == "\t" {
                column = first == "\t" ? (column / 4 + 1) * 4 : column + 1
                rest = rest.dropFirst()
            }
            return String(repeating: " ", count: max(0, column - width)) + rest
        }
    }

    private static func indentWidth(_ line: String) -> Int {
        var column = 0
        for character in line {
            if character == " " { column += 1 } else if character == "\t" { column = (column / 4 + 1) * 4 } else { break }
        }
        return column
    }

    /// `<div class="grid cards" markdown>` … `</div>` (also `<section>` and `markdown="1"`/`"block"`): the opening tag's
    /// lines and the closing line become blank, so the Markdown inside is read. A block whose closing tag shares a line
    /// with text, or that never closes, is left as written.
    private static func unwrapMarkdownBlocks(_ lines: inout [String]) {
        var index = 0
        var fence = CodeFence()
        while index < lines.count {
            let line = lines[index]
            if fence.holds(line) { index += 1; continue }
            let trimmed = line.trimmed.lowercased()
            guard let name = ["div", "section"].first(where: { trimmed.hasPrefix("<" + $0 + " ") || trimmed == "<" + $0 }) else { index += 1; continue }
            // The opening tag may run over several lines (a `style="…"` attribute written one property per line).
            var tagEnd = index
            var tag = trimmed
            while !tagClosed(tag), tagEnd + 1 < lines.count, tagEnd - index < 20 {
                tagEnd += 1
                tag += " " + lines[tagEnd].trimmed.lowercased()
            }
            guard tagClosed(tag), tag.hasSuffix(">"), markdownAttribute.matches(tag),
                  let close = closingLine(of: name, in: lines, after: tagEnd) else { index += 1; continue }
            for line in index...tagEnd { lines[line] = "" }
            lines[close] = ""
            index = tagEnd + 1
        }
    }

    private static let markdownAttribute = Pattern(#"\smarkdown(?:\s*=\s*(?:"(?:1|block|span)"|'(?:1|block|span)'|1))?\s*/?>$|\smarkdown(?:\s*=\s*(?:"(?:1|block|span)"|'(?:1|block|span)'|1))?\s"#)

    /// Whether the tag's text has its closing `>` (outside quoted attribute values).
    private static func tagClosed(_ tag: String) -> Bool {
        var quote: Character?
        for character in tag.dropFirst() {
            if let open = quote { if character == open { quote = nil } } else if character == "\"" || character == "'" { quote = character } else if character == ">" { return true }
        }
        return false
    }

    /// The line that is only the `</name>` closing the block opened before `after`, counting nested blocks of the
    /// same name.
    private static func closingLine(of name: String, in lines: [String], after: Int) -> Int? {
        var depth = 1
        for index in (after + 1)..<lines.count {
            let lowered = lines[index].lowercased()
            depth += lowered.components(separatedBy: "<" + name).count - 1
            depth -= lowered.components(separatedBy: "</" + name).count - 1
            if depth == 0 { return lowered.trimmed == "</" + name + ">" ? index : nil }
        }
        return nil
    }

    /// Whether `next` carries on the paragraph a bold line would start (it is text, not a block of its own).
    private static func continuesParagraph(_ next: String) -> Bool {
        let trimmed = next.trimmed
        guard !trimmed.isEmpty, next.prefix(while: { $0 == " " }).count < 4 else { return false }
        if let first = trimmed.first, "#>-*+|`~<".contains(first) { return false }
        if trimmed.first?.isNumber == true, trimmed.drop(while: \.isNumber).first.map({ $0 == "." || $0 == ")" }) == true { return false }
        return true
    }

    private static func escaped(_ title: String) -> String {
        title.replacingOccurrences(of: "*", with: "\\*")
    }
}
