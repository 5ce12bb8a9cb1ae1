import BearingModel
import BearingParse
import BearingReport

/// Renders Markdown blocks as HTML that is safe to publish: text is escaped, raw HTML is dropped and
/// link and image URLs are kept only when relative or http(s)/mailto — unless the workspace sets
/// `allow_html: true`, which lets raw HTML through (URLs are still checked). MyST admonitions and GitHub
/// alerts (`> [!NOTE]`) become asides, and task items become checkboxes showing their progress.
package struct HTMLRenderer: Sendable {
    package var allowHTML: Bool
    /// The level the fragment's highest heading is rendered at, so a page keeps its heading order.
    package var topHeadingLevel: Int
    /// Progress of the key results read when the plan was parsed, by the line of their task item: the page
    /// shows the model's progress. A task item that is no key result (in a priority's text) is read here.
    package var keyResults: [Int: KeyResult] = [:]
    /// Markup shown after a key result's progress, by its file and the line of its task item: its trend from the plan's
    /// history. By file too: key results kept in pages of their own (Notion's key-results database) are each at line 1
    /// of their own file, and by line alone took one another's trends and stale flags.
    package var keyResultNotes: [String: [Int: String]] = [:]
    /// Task items show their tick and no progress bar each: on a roadmap card they are its checklist, counted once for
    /// the card ("3 of 5 done") rather than as a row of 0 % and 100 % bars.
    package var checklist = false
    /// Where the workspace's headings and files land on the site (`SiteAnchors`), the page being rendered and the file
    /// its text comes from: headings that are no item get GitHub's anchor, and the file's links lead where they do on
    /// GitHub. Without them (a report, the scoring page) headings get no id and links stay as written.
    package var anchors: SiteAnchors?
    package var page = ""
    package var file = ""

    package init(allowHTML: Bool = false, topHeadingLevel: Int = 2) {
        self.allowHTML = allowHTML
        self.topHeadingLevel = topHeadingLevel
    }

    /// The notes of the fragment being rendered, whose references `inline` turns into links.
    private var footnotes: Footnotes?

    package func render(_ blocks: [Block]) -> String {
        guard let notes = Footnotes(blocks) else { return body(blocks) }
        var renderer = self
        renderer.footnotes = notes
        var out = renderer.body(notes.blocks)
        out += "<ol class=\"footnotes\">\n"
        for note in notes.notes {
            out += "<li id=\"fn-\(note.line)-\(Self.escape(Self.safeID(note.label)))\">\(renderer.inline(note.content))\n"
        }
        return out + "</ol>\n"
    }

    private func body(_ blocks: [Block]) -> String {
        let levels = Self.headingLevels(blocks)
        let shift = topHeadingLevel - (levels.min() ?? topHeadingLevel)
        var out = ""
        for block in blocks { render(block, shift: shift, into: &out) }
        return out
    }

    private func render(_ block: Block, shift: Int, into out: inout String) {
        switch block.kind {
        case .heading(let level, let content, let label):
            let rendered = min(6, max(1, level + shift))
            let id = (anchors?.headingID(file: file, line: block.line) ?? label.map(Self.safeID)).map { " id=\"\(Self.escape($0))\"" } ?? ""
            // "### KR1: Approval above 60% [Target: 60%, Weight: 40%]": the bracket read is shown with its progress below.
            let shown = keyResults[block.line].flatMap { $0.weight == nil ? nil : KeyResultShownText.content(content, of: $0) } ?? content
            out += "<h\(rendered)\(id)>\(inline(shown))</h\(rendered)>\n"
            // "### KR1: …" is a key result as a task item is: its progress, status and owners show under it.
            if let result = keyResults[block.line] { out += "<p>\(progressMark(result.progress, line: block.line))</p>\n" }
        case .paragraph(let content):
            // "Metric: …" over its figures is one key result (`MetricCard`), kept at the line of its label: the label
            // shows its progress, the figures stay below it as written.
            if let result = keyResults[block.line] {
                out += "<p>\(inline(content)) \(progressMark(result.progress, line: block.line))</p>\n"
            } else if let fields = MetadataList.fieldLines(content) {
                // "**Owner:** Ana" and "Status: on track" on lines of their own are fields, not one run-on sentence.
                out += "<p class=\"fields\">\(fields.map { inline($0) }.joined(separator: " · "))</p>\n"
            } else {
                out += "<p>\(inline(content))</p>\n"
            }
        case .list(let ordered, let items):
            if MetadataList.isMetadata(block) {
                // An initiative's `- Owner: …` / `- Status: …` list: one line of fields, not a list of points.
                let fields = items.compactMap { item -> String? in
                    guard case .paragraph(let content)? = item.blocks.first?.kind else { return nil }
                    return inline(content)
                }
                out += "<p class=\"fields\">\(fields.joined(separator: " · "))</p>\n"
                return
            }
            let tag = ordered ? "ol" : "ul"
            let isTasks = items.contains { $0.task != nil }
            // `5.` after a label that parts a numbered list: the list counts on from the number written.
            let start = ordered ? items.first?.number.map { " start=\"\($0)\"" } ?? "" : ""
            out += "<\(tag)\(isTasks ? " class=\"tasks\"" : "")\(start)>\n"
            for item in items { listItem(item, inTasks: isTasks, shift: shift, into: &out) }
            out += "</\(tag)>\n"
        case .quote(let inner):
            if let alert = GitHubAlert(quote: inner) {
                directive(name: alert.name, argument: alert.title, body: alert.body, text: "", shift: shift, into: &out)
                return
            }
            out += "<blockquote>\n"
            for child in inner { render(child, shift: shift, into: &out) }
            out += "</blockquote>\n"
        case .code(let info, let text):
            let language = info.split(separator: " ").first.map { " class=\"language-\(Self.escape(String($0)))\"" } ?? ""
            out += "<pre><code\(language)>\(Self.escape(text))</code></pre>\n"
        case .directive(let name, let argument, _, let body, let text):
            directive(name: name, argument: argument, body: body, text: text, shift: shift, into: &out)
        case .label(let label):
            let id = anchors?.headingID(file: file, line: block.line) ?? Self.safeID(label)
            out += "<span id=\"\(Self.escape(id))\"></span>\n"
        case .html(let html):
            let images = HTMLImageTag.all(in: html)
            if allowHTML { out += withImages(html, images) }
            // A raw `<table>` (a roadmap board with spanning cells) is the page's content: its cells are shown as text
            // in a plain table, as raw HTML is shown as text, rather than leaving nothing where it was.
            else if case let rows = HTMLTable.rows(in: html), !rows.isEmpty { htmlTableText(rows, into: &out) }
            else if images.isEmpty { out += "<!-- raw HTML omitted -->\n" }
            // `<p align="center"><img src="…"></p>`, as READMEs center a picture: the picture is kept, the rest dropped.
            else { out += "<p>" + images.map { image($0.source, alt: $0.alt, title: $0.title) }.joined(separator: " ") + "</p>\n" }
        case .thematicBreak:
            out += "<hr>\n"
        case .table(let header, let rows, let alignments):
            table(header: header, rows: rows, alignments: alignments, into: &out)
        case .fields:
            // Shown as the item's metadata; the heading or line it came from is rendered without it.
            break
        }
    }

    /// The text of a raw HTML table's rows, escaped, in a table of the site's own.
    private func htmlTableText(_ rows: [[String]], into out: inout String) {
        let width = rows.map(\.count).max() ?? 0
        out += "<div class=\"table-wrap\"><table>\n<tbody>\n"
        for row in rows {
            out += "<tr>" + (0..<width).map { "<td>" + ($0 < row.count ? Self.escape(row[$0]) : "") }.joined() + "\n"
        }
        out += "</tbody>\n</table></div>\n"
    }

    /// Every row gets as many cells as the widest row, so a short row keeps the grid and a long one loses nothing.
    private func table(header: [TableCell], rows: [[TableCell]], alignments: [TableAlignment], into out: inout String) {
        let width = ([header] + rows).map(\.count).max() ?? 0
        func cells(_ row: [TableCell], tag: String) -> String {
            (0..<width).map { index in
                let alignment = index < alignments.count ? alignments[index] : .none
                let style = alignment == .none ? "" : " style=\"text-align:\(alignment.rawValue)\""
                let content = index < row.count ? inline(row[index].content) : ""
                return "<\(tag)\(style)>\(content)"
            }.joined()
        }
        // A table of key results (`| Key result | Baseline | Target | Actual |`) gets a column of the progress read from
        // each row, as a list of key results shows it beside each item: the reader sees what Bearing made of the figures.
        let measured = !checklist && rows.contains { row in row.contains { keyResults[$0.line] != nil } }
        let progressHeader = measured ? "<th>Progress" : ""
        out += "<div class=\"table-wrap\"><table>\n<thead><tr>\(cells(header, tag: "th"))\(progressHeader)</thead>\n"
        if !rows.isEmpty {
            out += "<tbody>\n"
            for row in rows {
                let result = measured ? row.first.flatMap { keyResults[$0.line] } : nil
                let progress = result.map { "<td>" + progressMark($0.progress, line: $0.location.line, own: false) } ?? (measured ? "<td>" : "")
                out += "<tr>\(cells(row, tag: "td"))\(progress)\n"
            }
            out += "</tbody>\n"
        }
        out += "</table></div>\n"
    }

    /// In a list of tasks every item gets the stylesheet's box (`ul.tasks > li::before`) but one that is no task
    /// (`class="plain"`): the class is written on the rare item rather than on each of 24,000 key results.
    private func listItem(_ item: ListItem, inTasks: Bool, shift: Int, into out: inout String) {
        guard let done = item.task else {
            out += inTasks ? "<li class=\"plain\">" : "<li>"
            if let result = keyResults[item.line], case .paragraph(let content)? = item.blocks.first?.kind {
                // A plain bullet read as a key result shows the progress read from it, as a task does: the reader
                // sees which lines count and what Bearing made of them.
                out += inline(Self.showingWikiIcons(KeyResultShownText.content(content, of: result))) + " " + progressMark(result.progress, line: item.line)
                for block in item.blocks.dropFirst() { render(block, shift: shift, into: &out) }
            } else if item.blocks.count == 1, case .paragraph(let content) = item.blocks[0].kind {
                // A tight item's single paragraph renders without <p>, as CommonMark does.
                out += inline(content)
            } else {
                for block in item.blocks { render(block, shift: shift, into: &out) }
            }
            // `</li>` is optional in HTML and omitted on every page (docs/site.md, "Compact pages").
            out += "\n"
            return
        }
        var text = ""
        var rest = item.blocks
        if case .paragraph(let content)? = rest.first?.kind {
            // The owner and status read from the end of a key result's line are shown beside its progress, not twice.
            let shown = keyResults[item.line].map { KeyResultShownText.content(content, of: $0) } ?? content
            text = inline(Self.showingWikiIcons(shown))
            rest.removeFirst()
        }
        if checklist {
            out += (done ? "<li class=\"done\">" : "<li>") + text
            for block in rest { render(block, shift: shift, into: &out) }
            out += "\n"
            return
        }
        let progress: Double?
        if let known = keyResults[item.line], known.done == done {
            progress = known.progress
        } else {
            progress = ProgressReader.read(item.blocks.first.map(\.plainText) ?? "", checked: done).progress
        }
        // The box is the stylesheet's, with "done"/"not done" as its spoken text: a disabled <input> per key result
        // was 1.2 MB of a 2,000-file site (24,000 key results).
        out += done ? "<li class=\"done\">" : "<li>"
        out += "\(text) " + progressMark(progress, line: item.line)
        for block in rest { render(block, shift: shift, into: &out) }
        out += "\n"
    }

    /// Key results that no block of the page's text holds (the rows of an OKR sheet, whose objective has no text of
    /// its own) as a list: each one's words, the figures its row gave (target, actual) and its progress.
    package func keyResultList(_ results: [KeyResult]) -> String {
        guard !results.isEmpty else { return "" }
        var out = "<ul class=\"tasks\">\n"
        for result in results {
            out += result.done ? "<li class=\"done\">" : "<li>"
            out += Self.escape(result.text)
            let weight = result.weight.map { "weight " + $0.shown }
            let said = [result.figures?.summary, weight].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
            if !said.isEmpty { out += " <span class=\"muted\">(" + Self.escape(said) + ")</span>" }
            out += " " + progressMark(result.progress, line: result.location.line, result: result) + "\n"
        }
        return out + "</ul>\n"
    }

    /// A key result's progress bar, or "progress unknown", its trend and stale flag when history gives them, and its own
    /// status and owners.
    /// `own`: with its own status and owners, which a table row already shows in its cells.
    /// `result`: the key result itself, when it is not found by its line (a list of them, some kept in other files).
    private func progressMark(_ progress: Double?, line: Int, own: Bool = true, result given: KeyResult? = nil) -> String {
        var out: String
        if let progress {
            // One element per bar, and no class: the stylesheet draws a bar for every span that sets `--p`
            // (`[style^="--p:"]`; 24,000 key results on a 2,000-file plan).
            let percent = Int((progress * 100).rounded())
            out = "<span style=\"--p:\(percent)%\">\(percent)%</span>"
        } else {
            out = "<span class=\"kr unknown\" title=\"progress not stated\">progress unknown</span>"
        }
        if let note = keyResultNotes[given?.location.path ?? file]?[line] { out += note }
        if own, let result = given ?? keyResults[line] { out += ownMark(result) }
        return out
    }

    /// The key result's own status, owners and weight (" <span class="status at-risk">at-risk</span> <span
    /// class="muted">Ana · weight 40%</span>"), nothing when it names none: most do not, and a page may list thousands.
    /// The target its words' bracket gave (`[Target: 60%, Weight: 40%]`) is shown with them, as the bracket is not.
    private func ownMark(_ result: KeyResult) -> String {
        var out = ""
        if let status = result.status { out += " <span class=\"status \(status.rawValue)\">\(status.rawValue)</span>" }
        var muted: [String] = []
        if !result.owners.isEmpty { muted.append(result.owners.joined(separator: ", ")) }
        if let target = KeyResultShownText.bracketTarget(of: result) { muted.append("target " + target) }
        if let weight = result.weight { muted.append("weight " + weight.shown) }
        if !muted.isEmpty { out += " <span class=\"muted\">" + Self.escape(muted.joined(separator: " · ")) + "</span>" }
        return out
    }

    /// A key result's words with Confluence's status icons (`(/)`, `(!)`, `(x)`) shown as the symbols they stand for.
    static func showingWikiIcons(_ content: [Inline]) -> [Inline] {
        content.map { if case .text(let text) = $0 { .text(Status.showingWikiIcons(text)) } else { $0 } }
    }

    /// A name for a link written with no text: its file's name without extension ("service model"), else its address.
    static func linkName(_ destination: String) -> String {
        var path = destination.prefix { $0 != "#" && $0 != "?" }
        if let scheme = path.range(of: "://") { path = path[scheme.upperBound...].drop { $0 != "/" } }  // not the host's name
        let file = path.split(separator: "/").last.map(String.init) ?? ""
        let stem = file.contains(".") ? String(file[..<(file.lastIndex(of: ".") ?? file.endIndex)]) : file
        let words = stem.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ").trimmed
        return words.isEmpty ? destination : words
    }

    static let admonitions: Set<String> = ["note", "tip", "important", "warning", "caution", "attention", "danger", "error", "hint",
                                           "seealso", "admonition", "margin", "sidebar", "topic"]

    private func directive(name: String, argument: String, body: [Block], text: String, shift: Int, into out: inout String) {
        let className = Self.escape(Self.safeID(name))
        if body.isEmpty, MarkdownReader.literalDirectives.contains(name) || !text.isEmpty && body.isEmpty {
            out += "<pre class=\"directive \(className)\"><code>\(Self.escape(text))</code></pre>\n"
            return
        }
        if Self.admonitions.contains(name) {
            let title = argument.isEmpty ? name.prefix(1).uppercased() + name.dropFirst() : argument
            out += "<aside class=\"admonition \(className)\" role=\"note\"><p class=\"admonition-title\">\(Self.escape(title))</p>\n"
            for block in body { render(block, shift: shift, into: &out) }
            out += "</aside>\n"
        } else if name == "dropdown" {
            out += "<details class=\"dropdown\"><summary>\(Self.escape(argument.isEmpty ? "Details" : argument))</summary>\n"
            for block in body { render(block, shift: shift, into: &out) }
            out += "</details>\n"
        } else {
            out += "<div class=\"directive \(className)\">\n"
            for block in body { render(block, shift: shift, into: &out) }
            out += "</div>\n"
        }
    }

    func inline(_ content: [Inline]) -> String { inline(content, autolinking: true) }

    /// `text` cut at GitHub's strikethrough, `~~words~~` (no space just inside the tildes), each part with whether it
    /// is struck. Most text holds no "~~" and is one part.
    static func strikethroughParts(_ text: String) -> [(String, Bool)] {
        // Byte for byte first (as `Wikilinks.asText`): Foundation's search of every inline text showed in a cold build.
        guard text.containsBytes("~~"), text.contains("~~") else { return [(text, false)] }
        var parts: [(String, Bool)] = []
        var rest = Substring(text)
        while let open = rest.range(of: "~~"), let close = rest[open.upperBound...].range(of: "~~"),
              close.lowerBound > open.upperBound {
            let inner = rest[open.upperBound..<close.lowerBound]
            guard inner.first?.isWhitespace == false, inner.last?.isWhitespace == false, !inner.contains("~") else {
                parts.append((String(rest[..<open.upperBound]), false))
                rest = rest[open.upperBound...]
                continue
            }
            if open.lowerBound > rest.startIndex { parts.append((String(rest[..<open.lowerBound]), false)) }
            parts.append((String(inner), true))
            rest = rest[close.upperBound...]
        }
        if !rest.isEmpty { parts.append((String(rest), false)) }
        // Runs of plain parts (a lone "~~" that closes nothing) read as one text.
        return parts.reduce(into: []) { merged, part in
            if let last = merged.last, !last.1, !part.1 { merged[merged.count - 1].0 += part.0 } else { merged.append(part) }
        }
    }

    /// `autolinking`: bare URLs in text become links (`Autolinks`), except inside a link or a raw `<a>` element.
    private func inline(_ content: [Inline], autolinking outer: Bool) -> String {
        var out = ""
        var autolinking = outer
        // The byte first: Foundation's `contains` is a Unicode-aware search on Linux (0.7 % of a cold build's CPU).
        let wikilinked = content.contains { if case .text(let text) = $0 { text.containsByte(UInt8(ascii: "[")) && text.contains("[") } else { false } }
        for item in footnotes == nil && !wikilinked ? content : Footnotes.mergingText(content) {
            switch item {
            case .text(let written):
                // ":green_circle: Provide …": a status shortcode reads as the emoji GitHub shows for it.
                let text = Wikilinks.asText(Status.showingShortcodes(written))
                // "~~Ship the old dashboard~~": GitHub strikes it through; CommonMark leaves the tildes in the text.
                for (part, struck) in Self.strikethroughParts(text) {
                    let html = footnotes?.referencing(part) ?? (autolinking ? Autolinks.html(part) : nil) ?? Self.escape(part)
                    out += struck ? "<del>\(html)</del>" : html
                }
            case .code(let code): out += "<code>\(Self.escape(code))</code>"
            case .emphasis(let inner): out += "<em>\(inline(inner, autolinking: autolinking))</em>"
            case .strong(let inner): out += "<strong>\(inline(inner, autolinking: autolinking))</strong>"
            case .link(let written, let inner):
                let destination = anchors?.target(of: written, in: file).map { SiteAnchors.href($0, from: page) } ?? localImage(written) ?? written
                // MyST's `[](./service-model.md)` takes its text from the page it names; with no title to hand, the
                // file's name reads better than a link with no text (2i2c's "Our  describes how we engage…").
                let inner = inner.plainText.isEmpty && !inner.contains(where: { if case .image = $0 { true } else { false } })
                    ? [Inline.text(Self.linkName(destination))] : inner
                if let url = Self.safeURL(destination), let label = Self.footnoteLabel(inner) {
                    // `[^1]: https://…` is a link reference definition to cmark: the reference arrives as a link
                    // reading "^1", and is shown as the superscript a footnote would be.
                    out += "<sup class=\"fnref\"><a href=\"\(Self.escape(Self.wellFormed(url)))\">\(Self.escape(label))</a></sup>"
                } else if let url = Self.safeURL(destination) { out += "<a href=\"\(Self.escape(Self.wellFormed(url)))\">\(inline(inner, autolinking: false))</a>" }
                else { out += "<span class=\"unsafe-link\">\(inline(inner, autolinking: false))</span>" }
            case .image(let source, let inner): out += image(source, alt: inner.plainText)
            case .html(let html):
                let images = HTMLImageTag.all(in: html)
                out += allowHTML ? withImages(html, images) : images.map { image($0.source, alt: $0.alt, title: $0.title) }.joined(separator: " ")
                // Text between a raw `<a …>` and `</a>` is already a link's.
                let tag = html.lowercased()
                if tag.hasPrefix("<a ") || tag.hasPrefix("<a>") { autolinking = false } else if tag.hasPrefix("</a") { autolinking = outer }
            case .softBreak: out += "\n"
            case .lineBreak: out += "<br>\n"
            }
        }
        return out
    }

    /// An image as the site shows it (docs/site.md, "Images"). A workspace file is shown from its copy in `media/`
    /// (`SiteImages`); a remote one becomes a link to it named by its description, since loading it would be a
    /// request to another site; one outside the workspace (never copied; `check` warns) leaves its description.
    /// Without a page and file (a report, the scoring page) a relative source stays as written.
    private func image(_ source: String, alt: String, title: String = "") -> String {
        let description = alt.isEmpty ? title : alt
        let titled = title.isEmpty ? "" : " title=\"\(Self.escape(title))\""
        switch ImageReference.target(of: source, in: file) {
        case .remote(let url):
            let name = description.isEmpty ? Self.linkName(url) : description
            return "<a class=\"remote-image\" href=\"\(Self.escape(Self.wellFormed(url)))\"\(titled)>Image: \(Self.escape(name))</a>"
        case .local(let path) where anchors != nil && !file.isEmpty:
            return "<img src=\"\(Self.escape(SiteImages.href(path, from: page)))\" alt=\"\(Self.escape(description))\"\(titled)>"
        case .outside where anchors != nil && !file.isEmpty:
            return "<span class=\"missing-image\">Image not shown: \(Self.escape(description.isEmpty ? Self.linkName(source) : description))</span>"
        default:
            guard let url = Self.safeURL(source) else { return Self.escape(description) }
            return "<img src=\"\(Self.escape(Self.wellFormed(url)))\" alt=\"\(Self.escape(description))\"\(titled)>"
        }
    }

    /// Raw HTML let through (`allow_html`) with each of its `<img>` tags shown as `image` shows it.
    private func withImages(_ html: String, _ images: [HTMLImageTag]) -> String {
        guard !images.isEmpty else { return html }
        var out = "", start = html.startIndex
        for tag in images {
            out += html[start..<tag.range.lowerBound] + image(tag.source, alt: tag.alt, title: tag.title)
            start = tag.range.upperBound
        }
        return out + html[start...]
    }

    /// A link to an image file of the workspace (`[![diagram](a.png)](a.png)`) leads to its copy in `media/`.
    private func localImage(_ destination: String) -> String? {
        guard anchors != nil, !file.isEmpty, ImageReference.isImageFile(destination),
              case .local(let path) = ImageReference.target(of: destination, in: file) else { return nil }
        return SiteImages.href(path, from: page)
    }

    /// "1" for a link whose whole text is "^1" (no space), else nil.
    private static func footnoteLabel(_ content: [Inline]) -> String? {
        guard content.count <= 3, content.allSatisfy({ if case .text = $0 { true } else { false } }) else { return nil }
        let text = content.plainText
        guard text.count > 1, text.hasPrefix("^"), !text.dropFirst().contains(where: { $0.isWhitespace || $0 == "^" }) else { return nil }
        return String(text.dropFirst())
    }

    /// The URL when it is relative, a fragment, or http(s)/mailto; nil for javascript:, data:, vbscript:, file: and the rest.
    package static func safeURL(_ raw: String) -> String? {
        if let safe = asciiSchemeIsSafe(raw) { return safe ? raw : nil }
        return safeURLByScalars(raw)
    }

    /// `safeURL` on the URL's scalars: the reference `asciiSchemeIsSafe` is tested against.
    static func safeURLByScalars(_ raw: String) -> String? {
        // Browsers ignore control characters and spaces inside a scheme ("java\tscript:"), so judge without them.
        let compact = String(raw.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F }).lowercased()
        guard let colon = compact.firstIndex(of: ":") else { return raw }
        let scheme = compact[..<colon]
        // A colon after a slash, ? or # is not a scheme separator: "docs/a:b" is relative.
        if scheme.contains(where: { "/?#".contains($0) }) { return raw }
        return ["http", "https", "mailto"].contains(String(scheme)) ? raw : nil
    }

    /// `safeURL` of an ASCII URL on its bytes, in one pass (nil for any other URL, whose lowercasing may make ASCII of
    /// other letters): every link of every page is asked, and the filtered, lowercased copy was 0.7 % of a cold build.
    /// The scheme is what comes before the first colon, spaces and control bytes left out; a `/`, `?` or `#` before
    /// any colon makes the URL relative, as does no colon at all.
    private static func asciiSchemeIsSafe(_ raw: String) -> Bool? {
        guard !raw.utf8.contains(where: { $0 >= 0x80 }) else { return nil }
        var packed: UInt64 = 0
        var length = 0
        for byte in raw.utf8 where byte > 0x20 && byte != 0x7F {
            switch byte {
            case UInt8(ascii: ":"): return safeSchemes.contains { $0.length == length && $0.packed == packed }
            case UInt8(ascii: "/"), UInt8(ascii: "?"), UInt8(ascii: "#"): return true
            default:
                length += 1
                // Only the first eight bytes are kept: no safe scheme is longer.
                if length <= 8 { packed = packed << 8 | UInt64(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) }
            }
        }
        return true
    }

    /// The schemes `safeURL` lets through, each as its length and its bytes packed into an integer.
    private static let safeSchemes = ["http", "https", "mailto"].map { scheme in
        (length: scheme.utf8.count, packed: scheme.utf8.reduce(UInt64(0)) { $0 << 8 | UInt64($1) })
    }

    /// The URL with what a valid `href` cannot hold percent-encoded, as browsers send it anyway: GitLab's issue
    /// searches write `label_name[]=` and their handbook `#one#two`; a `%` that starts no escape is `%25`.
    /// Brackets before the path (an IPv6 host) are left alone.
    private static let hrefInvalid: Set<UInt8> = Set("[]{}|^`\\\" <>".utf8)

    package static func wellFormed(_ url: String) -> String {
        let bytes = Array(url.utf8)
        let invalid = hrefInvalid
        func isHex(_ b: UInt8) -> Bool { (48...57).contains(b) || (65...70).contains(b) || (97...102).contains(b) }
        // Most URLs need nothing: one scan answers them.
        var needs = false
        var hashes = 0
        for (i, b) in bytes.enumerated() {
            if invalid.contains(b) { needs = true; break }
            if b == UInt8(ascii: "#") { hashes += 1; if hashes > 1 { needs = true; break } }
            if b == UInt8(ascii: "%"), !(i + 2 < bytes.count && isHex(bytes[i + 1]) && isHex(bytes[i + 2])) { needs = true; break }
        }
        guard needs else { return url }
        // Where the host ends: after "scheme://host", or at once for a relative URL.
        var pathStart = 0
        if let range = url.range(of: "://") {
            let afterScheme = url.utf8.distance(from: url.utf8.startIndex, to: range.upperBound)
            pathStart = bytes[afterScheme...].firstIndex(where: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") }) ?? bytes.count
        }
        var out: [UInt8] = []
        var seenHash = false
        for (i, b) in bytes.enumerated() {
            let escape: Bool
            if b == UInt8(ascii: "#") { escape = seenHash; seenHash = true }
            else if b == UInt8(ascii: "%") { escape = !(i + 2 < bytes.count && isHex(bytes[i + 1]) && isHex(bytes[i + 2])) }
            else if b == UInt8(ascii: "[") || b == UInt8(ascii: "]") { escape = i >= pathStart }
            else { escape = invalid.contains(b) }
            if escape {
                let hex = Array("0123456789ABCDEF".utf8)
                out += [UInt8(ascii: "%"), hex[Int(b >> 4)], hex[Int(b & 15)]]
            } else {
                out.append(b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Text and attribute values escaped (see `HTMLEscape`).
    package static func escape(_ text: String) -> String { HTMLEscape.escape(text) }

    /// Letters, digits, `-`, `_` and `.`; anything else becomes `-`.
    static func safeID(_ text: String) -> String {
        String(text.map { $0.isLetter || $0.isNumber || "-_.".contains($0) ? $0 : "-" })
    }

    private static func headingLevels(_ blocks: [Block]) -> [Int] {
        blocks.compactMap { if case .heading(let level, _, _) = $0.kind { level } else { nil } }
    }
}
