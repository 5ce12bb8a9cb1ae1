import BearingModel

/// Hugo's shortcodes (`{{< name args >}}`, `{{% name args %}}`, closed by `{{< /name >}}`) in a page of a Hugo site,
/// as its themes draw them. Read as CommonMark they were words of the page: `{{% details "Requirements — Complete" %}}`
/// shown above a section, `{{< overall-progress >}}` as a paragraph, and a closing `{{% /details %}}` written right
/// under a list ran on into the last item's title ("Full Air-Gap Support {{% /details %}}"). Now:
/// - callouts (Book's `hint`, Learn's and Relearn's `notice`, Docsy's `alert`, Hextra's `callout`, LoveIt's
///   `admonition`, and shortcodes named after their type, `{{< warning >}}`) are the Obsidian callouts the site draws
///   (`> [!warning] Title` over the body quoted), their lists and key results read;
/// - a foldable block (`details`, `expand`) is a section titled by its title, as an HTML `<details>` block is
///   (`DetailsPreprocessor`), or only its text when the text starts with a heading of its own; a tab (`tab`) is its
///   title in bold over its text, as MkDocs' content tabs are; `tabs`, `columns` and any other paired shortcode draw
///   nothing of their own, their text read where it stands;
/// - `highlight`, `mermaid`, `katex` and their kind hold code, fenced as code;
/// - `ref` and `relref` are the path they name (`[Patch Automation]({{< ref "patch-automation" >}})` links to it), `param`
///   the page's value or its name in braces, and every other shortcode standing alone (`{{< toc >}}`, `{{< figure … >}}`,
///   a theme's progress bar) is left out: its output is made by the site, not written in the page.
/// Zola's shortcodes (`ZolaShortcodes`) are read the same way, by the same names.
/// Every rewrite is line for line, so each position Bearing reports stays true. Fenced code and code spans are left as
/// written, and so is a commented shortcode (`{{</* figure */>}}`, how Hugo's docs show one).
enum HugoShortcodes {
    static func rewrite(_ text: String) -> String {
        // Hugo's `{{<` and `{{%`; Zola's `{{ name(…) }}` and `{% name(…) %}`.
        guard text.containsBytes("{{") || text.containsBytes("{%") else { return text }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var fence = CodeFence()
        var tokens: [Token] = []
        let frontMatterEnd = CodeFence.frontMatterEnd(lines)
        for index in frontMatterEnd..<lines.count where !fence.holds(lines[index]) {
            tokens += Token.all(in: lines[index], line: index)
        }
        guard !tokens.isEmpty else { return text }
        let pairs = paired(tokens)
        let blocks = pairs.filter { tokens[$0.open].alone && tokens[$0.close].alone && tokens[$0.open].line < tokens[$0.close].line }
        let inBlocks = Set(blocks.flatMap { [$0.open, $0.close] })
        nameTabs(blocks, in: &tokens)
        let params = PageParams(lines: lines, end: frontMatterEnd)
        // Words around a shortcode stay; the shortcode goes (a `ref` leaves its path). Right to left, so each range
        // found on the line is still where it was.
        for t in tokens.indices.reversed() where !inBlocks.contains(t) {
            let token = tokens[t]
            var line = lines[token.line]
            line.replaceSubrange(token.range, with: token.closing ? "" : token.inlineText(params: params))
            lines[token.line] = line.trimmed.isEmpty ? "" : line
        }
        // A callout's text is quoted, where `DetailsPreprocessor` reads no `<details>`: a block folded inside one is its
        // title in bold.
        let callouts = blocks.filter { if case .callout = tokens[$0.open].kind { return true } else { return false } }
        for block in blocks {
            let (open, close) = (tokens[block.open].line, tokens[block.close].line)
            let quoted = callouts.contains { tokens[$0.open].line < open && tokens[$0.close].line > close }
            rewriteBlock(tokens[block.open], closedAt: close, quoted: quoted, in: &lines)
        }
        let rewritten = lines.joined(separator: "\n")
        return rewritten == text ? text : rewritten
    }

    /// Hextra's `{{< tabs items="Mobile,Web" >}}` names the untitled `{{< tab >}}`s inside it, in order: without the names
    /// each tab's text ran on from the one before, with no word of which it was.
    private static func nameTabs(_ blocks: [(open: Int, close: Int)], in tokens: inout [Token]) {
        for group in blocks where tokens[group.open].name == "tabs" {
            guard let items = tokens[group.open].named["items"] else { continue }
            let names = items.split(separator: ",").map { $0.trimmed }
            let tabs = blocks.filter { tokens[$0.open].name == "tab" && $0.open > group.open && $0.close < group.close }.sorted { $0.open < $1.open }
            for (number, tab) in tabs.enumerated() where number < names.count && !names[number].isEmpty {
                guard tokens[tab.open].named["title"] == nil, tokens[tab.open].positional.isEmpty else { continue }
                tokens[tab.open].named["title"] = names[number]
            }
        }
    }

    /// Each opener with its closer, innermost first (the order they close in). An opener never closed stands alone.
    private static func paired(_ tokens: [Token]) -> [(open: Int, close: Int)] {
        var pairs: [(open: Int, close: Int)] = []
        var open: [Int] = []
        for (t, token) in tokens.enumerated() {
            if token.closing {
                // Zola's `{% end %}` closes the body shortcode opened last; Hugo's closer names its opener.
                guard let o = open.lastIndex(where: { token.zola ? tokens[$0].zola : !tokens[$0].zola && tokens[$0].name == token.name })
                else { continue }
                pairs.append((open[o], t))
                open.removeSubrange(o...)
            } else if !token.selfClosing {
                open.append(t)
            }
        }
        return pairs
    }

    /// How a foldable shortcode's opening line is written for `DetailsPreprocessor`: a `<details>` block it makes a
    /// section of, or, when it does not (the block folds more of the section above it, or holds headings of its own),
    /// the title in bold with its `</details>` line left empty. Left as HTML, the block would run on over the lines under
    /// it up to the next blank one, and the items written there would be lost.
    static let detailsOpener = "<details data-shortcode>"

    private static func rewriteBlock(_ opener: Token, closedAt close: Int, quoted: Bool, in lines: inout [String]) {
        let start = opener.line
        let pad = String(lines[start].prefix { $0 == " " })
        let body = (start + 1)..<close
        lines[close] = ""
        switch opener.kind {
        case .callout(let type, let title):
            lines[start] = pad + "> [!" + type + "]" + (title.map { " " + $0 } ?? "")
            for index in body {
                let line = lines[index]
                let indent = min(line.prefix { $0 == " " }.count, pad.count)
                lines[index] = pad + (line.trimmed.isEmpty ? ">" : "> " + line.dropFirst(indent))
            }
        case .foldable(let title):
            if let title, !headed(body, in: lines), DetailsPreprocessor.namesSomething(title) {
                if pad.count <= 3, !quoted, !sectionGoesOn(after: close, in: lines) {
                    // Made a section by `DetailsPreprocessor`, as a `<details>` block written in the page is.
                    lines[start] = pad + detailsOpener + "<summary>" + title.replacingOccurrences(of: "<", with: "&lt;") + "</summary>"
                    lines[close] = pad + "</details>"
                } else {
                    lines[start] = bold(title, before: body, in: lines, pad: pad)
                }
            } else {
                lines[start] = ""
            }
        case .tab(let title):
            lines[start] = headed(body, in: lines) ? "" : title.map { bold($0, before: body, in: lines, pad: pad) } ?? ""
        case .code(let language):
            let longest = lines[body].map { $0.trimmed.prefix { $0 == "`" }.count }.max() ?? 0
            let marker = String(repeating: "`", count: max(3, longest + 1))
            lines[start] = pad + marker + language
            lines[close] = pad + marker
        case .wrapper:
            lines[start] = ""
            // Book's `columns` sets its columns apart with `<--->` lines.
            if opener.name == "columns" { for index in body where lines[index].trimmed == "<--->" { lines[index] = "" } }
        }
    }

    /// Whether the section the fold is in has more of its own after it (`- ⏳ Audit log export` under a fold in `## Next`):
    /// made a heading, the fold's section would take that work into its text. A heading, another fold or the page's end
    /// after it leaves the fold a section of its own.
    private static func sectionGoesOn(after close: Int, in lines: [String]) -> Bool {
        for line in lines[(close + 1)...] {
            let text = line.trimmed
            if text.isEmpty || text == "---" || text == "***" { continue }
            return !(text.hasPrefix("#") || text.hasPrefix("<details") || text.hasPrefix("{{<") || text.hasPrefix("{{%") || text.hasPrefix("{%"))
        }
        return false
    }

    /// Whether the block's text starts with a heading: then that heading names it, and its own title would only end
    /// the section above before it.
    private static func headed(_ body: Range<Int>, in lines: [String]) -> Bool {
        guard let first = lines[body].first(where: { !$0.trimmed.isEmpty }) else { return false }
        return first.prefix { $0 == " " }.count <= 3 && first.trimmed.hasPrefix("#")
    }

    /// The title in bold, with a hard break when the text below would run on into its line.
    private static func bold(_ title: String, before body: Range<Int>, in lines: [String], pad: String) -> String {
        bold(title, previous: body.lowerBound >= 2 ? lines[body.lowerBound - 2] : "", next: lines[body].first ?? "", pad: pad)
    }

    /// Nothing when the line above is text the title would join (`- Next` over an indented fold: "Next Sub notes").
    static func bold(_ title: String, previous: String, next: String, pad: String) -> String {
        let above = previous.trimmed
        if !above.isEmpty, !"#<>{|`~".contains(above.first ?? "#"), !["---", "***", "___"].contains(above) { return "" }
        let runsOn = !next.trimmed.isEmpty && !"#>-*+|`~<".contains(next.trimmed.first ?? "#") && !(next.trimmed.first?.isNumber ?? false)
        return pad + "**" + title.replacingOccurrences(of: "*", with: "\\*") + "**" + (runsOn ? "\\" : "")
    }

    enum Kind: Equatable {
        case callout(type: String, title: String?)
        case foldable(title: String?)
        case tab(title: String?)
        case code(language: String)
        case wrapper
    }

    /// One shortcode as written on a line.
    struct Token {
        var line: Int
        var range: Range<String.Index>
        /// Lowercased.
        var name: String
        var closing: Bool
        var selfClosing: Bool
        var positional: [String]
        var named: [String: String]
        /// Whether it is all its line holds.
        var alone: Bool
        /// A Zola shortcode: its arguments are all named, and `{% end %}` closes whichever body shortcode was opened last.
        var zola = false

        /// What a shortcode met inside a line leaves there: a `ref`'s path, a button's words as a link to where it goes
        /// (`{{< button link="…" text="Take the survey" >}}`, words the page shows), a `param`'s value, else nothing.
        func inlineText(params: PageParams) -> String {
            if ["ref", "relref"].contains(name) { return positional.first ?? named["path"] ?? "" }
            // `Release v{{< param "version" >}} to users`: the page's own value (Hugo looks in the page's front matter
            // first), else the parameter's name in braces, "Release v{version} to users": left out, the sentence read
            // "Release v to users".
            if name == "param", !closing, let key = (positional.first ?? named["name"])?.trimmed, !key.isEmpty {
                return params.value(key) ?? "{" + key + "}"
            }
            guard !closing, let words = named["text"] ?? named["label"], !words.trimmed.isEmpty else { return "" }
            guard let target = named["link"] ?? named["href"] ?? named["url"], !target.trimmed.isEmpty else { return words.trimmed }
            return "[" + words.trimmed.replacingOccurrences(of: "]", with: "\\]") + "](<" + target.trimmed + ">)"
        }

        var kind: Kind {
            let title = named["title"] ?? named["header"] ?? named["name"] ?? (zola ? named["question"] : nil)
            switch name {
            case "hint":
                return .callout(type: calloutType(positional.first ?? named["type"]), title: title)
            case "notice", "admonition", "alert", "callout":
                // Zola themes: `admonition(type="warning")`, `alert(kind="warning")`, Duckquill's `alert(note=true)`.
                let flag = named.keys.sorted().first { named[$0] == "true" && MkDocsMarkup.types.contains($0) }
                let type = named["type"] ?? named["kind"] ?? named["color"] ?? named["style"] ?? positional.first ?? flag
                let titled = title ?? (positional.count > 1 ? positional[1] : nil)
                return .callout(type: calloutType(type), title: titled.flatMap { $0.trimmed.isEmpty ? nil : $0.trimmed })
            case _ where MkDocsMarkup.types.contains(name):
                return .callout(type: name, title: (title ?? positional.first).flatMap { $0.trimmed.isEmpty ? nil : $0.trimmed })
            case "details", "expand", "collapse", "spoiler", "accordion":
                return .foldable(title: (title ?? named["summary"] ?? positional.first)?.trimmed)
            case "tab":
                return .tab(title: (title ?? positional.first).flatMap { $0.trimmed.isEmpty ? nil : $0.trimmed })
            case "card":
                // Docsy's `{{< card header="**Mobile app**" >}}`: its header over its text, as a tab's title is.
                let header = (title ?? positional.first).map { $0.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "__", with: "").trimmed }
                return .tab(title: header.flatMap { $0.isEmpty ? nil : $0 })
            case "highlight", "code":
                return .code(language: positional.first ?? named["lang"] ?? "")
            case "mermaid", "katex", "math", "chart", "plantuml", "diagram", "tikz":
                return .code(language: name == "katex" ? "math" : name)
            default:
                return .wrapper
            }
        }

        /// The type a theme's word for a callout is drawn as: one Material for MkDocs draws (`GitHubAlert.names`), else a
        /// note (Docsy's `primary`, Hextra's `default`).
        private func calloutType(_ word: String?) -> String {
            guard let word = word?.lowercased(), MkDocsMarkup.types.contains(word) else { return word?.lowercased() == "error" ? "error" : "note" }
            return word
        }

        /// Every shortcode on the line outside code spans, Hugo's and Zola's, in the order they stand.
        static func all(in text: String, line: Int) -> [Token] {
            guard text.contains("{{") || text.contains("{%") else { return [] }
            var found: [Token] = []
            let code = CodeSpans.ranges(in: Substring(text))
            var search = text.startIndex
            while let open = text[search...].firstIndex(of: "{") {
                let second = text.index(after: open)
                guard second < text.endIndex, text[second] == "{" || text[second] == "%" else { search = second; continue }
                let afterOpen = text.index(after: second)
                guard !code.contains(where: { $0.contains(open) }) else { search = afterOpen; continue }
                let (token, resume): (Token?, String.Index)
                if text[second] == "{", afterOpen < text.endIndex, text[afterOpen] == "<" || text[afterOpen] == "%" {
                    (token, resume) = hugo(in: text, open: open, line: line)
                } else {
                    (token, resume) = zola(in: text, open: open, line: line)
                }
                if let token { found.append(token) }
                search = max(resume, afterOpen)
            }
            return found
        }

        /// `{{< name args >}}`, `{{% name args %}}` or a closer `{{< /name >}}` at `open`, and where to look on from.
        private static func hugo(in text: String, open: String.Index, line: Int) -> (Token?, String.Index) {
            let delimiterAt = text.index(open, offsetBy: 2)
            let delimiter = text[delimiterAt]
            let innerStart = text.index(after: delimiterAt)
            guard let end = text.range(of: (delimiter == "<" ? ">" : "%") + "}}", range: innerStart..<text.endIndex) else { return (nil, delimiterAt) }
            var inner = text[innerStart..<end.lowerBound].trimmed
            // `{{</* figure */>}}` shows a shortcode without running it.
            guard !inner.hasPrefix("/*") else { return (nil, end.upperBound) }
            let closing = inner.hasPrefix("/")
            if closing { inner = String(inner.dropFirst()).trimmed }
            let selfClosing = inner.hasSuffix("/")
            if selfClosing { inner = String(inner.dropLast()).trimmed }
            let words = arguments(inner)
            guard let name = words.first?.value, words.first?.key == nil,
                  name.first.map({ $0.isLetter || $0.isNumber }) == true else { return (nil, delimiterAt) }
            var positional: [String] = []
            var named: [String: String] = [:]
            for word in words.dropFirst() {
                if let key = word.key { named[key.lowercased()] = word.value } else { positional.append(word.value) }
            }
            let range = open..<end.upperBound
            return (Token(line: line, range: range, name: name.lowercased(), closing: closing, selfClosing: selfClosing,
                          positional: positional, named: named, alone: alone(range, in: text)), end.upperBound)
        }

        /// Whether the shortcode is all its line holds.
        static func alone(_ range: Range<String.Index>, in text: String) -> Bool {
            text[..<range.lowerBound].trimmed.isEmpty && text[range.upperBound...].trimmed.isEmpty
        }

        /// `name "quoted words" key="value" key=bare bare`: each argument, named or not. Backquoted arguments are raw.
        private static func arguments(_ text: String) -> [(key: String?, value: String)] {
            var result: [(key: String?, value: String)] = []
            var index = text.startIndex
            func quoted(_ quote: Character) -> String {
                index = text.index(after: index)
                var value = ""
                while index < text.endIndex, text[index] != quote {
                    if quote == "\"", text[index] == "\\", text.index(after: index) < text.endIndex { index = text.index(after: index) }
                    value.append(text[index])
                    index = text.index(after: index)
                }
                if index < text.endIndex { index = text.index(after: index) }
                return value
            }
            while index < text.endIndex {
                if text[index].isWhitespace { index = text.index(after: index); continue }
                if text[index] == "\"" || text[index] == "`" { result.append((nil, quoted(text[index]))); continue }
                var word = ""
                while index < text.endIndex, !text[index].isWhitespace, text[index] != "=" {
                    word.append(text[index])
                    index = text.index(after: index)
                }
                if index < text.endIndex, text[index] == "=" {
                    index = text.index(after: index)
                    if index < text.endIndex, text[index] == "\"" || text[index] == "`" {
                        result.append((word, quoted(text[index])))
                    } else {
                        var value = ""
                        while index < text.endIndex, !text[index].isWhitespace { value.append(text[index]); index = text.index(after: index) }
                        result.append((word, value))
                    }
                } else {
                    result.append((nil, word))
                }
            }
            return result
        }
    }
}
