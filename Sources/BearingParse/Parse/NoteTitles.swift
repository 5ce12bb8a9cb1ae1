import BearingModel

/// Roadmap items' titles as a note-taking app shows them. `- [[Pricing experiment]] for EU` and `### Ship [[SAML SSO|single
/// sign-on]]` read "Pricing experiment for EU" and "Ship single sign-on" in Obsidian: the brackets and the page a link
/// names are markup, not words of the title. A Kanban card's `#growth` and `#team/platform` are drawn as tags beside the
/// card's words; so are the tags opening or closing an item of another Obsidian note (`- Usage-based pricing #growth`):
/// they file the work, they do not name it. They are kept as the item's `Tags` field, shown on its page.
///
/// The id is made from the words shown, as for any title; the id the written title gave is kept as an alias, so that
/// a reference written with it still finds the item.
enum NoteTitles {
    static func tidy(_ items: [RoadmapItem], document: MarkdownDocument) -> [RoadmapItem] {
        guard items.contains(where: { $0.title.contains("[[") || $0.title.contains("#") }) else { return items }
        let kanban = document.frontMatter?["kanban-plugin"] != nil
        // Elsewhere a `#word` ending a title may be a Slack channel ("Announce in #releases"): tags only in a note that
        // shows it is Obsidian's (a board, a wikilink).
        let tagged = kanban || isObsidianNote(document)
        return items.map { item in
            var item = item
            var title = item.title
            // A code span (`` `[[wikilinks]]` ``, `` `#include` ``) is code, shown as written: the title has lost its
            // backticks, so its line says what was code.
            let line = document.lines.indices.contains(item.location.line - 1) ? String(document.lines[item.location.line - 1]) : title
            var uncoded = line
            for range in line.contains("`") ? codeSpan.allRanges(in: line).reversed() : [] { uncoded.replaceSubrange(range, with: " ") }
            if title.contains("[["), uncoded.contains("[[") { title = Wikilinks.asText(withoutImages(title)).singleSpaced.trimmed }
            if tagged, let (words, tags) = NoteTags.split(title, anywhere: kanban),
               tags.allSatisfy({ tag in uncoded.split(separator: " ").contains { $0 == tag } }) {
                title = words
                if let index = item.metadata.custom.firstIndex(where: { $0.key == "Tags" }) {
                    item.metadata.custom[index].value += " " + tags.joined(separator: " ")
                } else {
                    item.metadata.custom.append(CustomField(key: "Tags", value: tags.joined(separator: " ")))
                }
            }
            guard title != item.title, !title.isEmpty else { return item }
            let written = Slug.make(item.title)
            if !item.explicitID, item.id == written || item.id.hasSuffix("/" + written) {
                let newID = String(item.id.dropLast(written.count)) + Slug.make(title)
                if newID != item.id {
                    item.aliases.append(item.id)
                    item.id = newID
                }
            }
            item.title = title
            return item
        }
    }

    /// Objectives' titles with their wikilinks as words (`## Grow [[Self-serve growth]] revenue`), as roadmap items' are;
    /// the id the written title gave stays an alias.
    static func tidy(_ objectives: inout [Objective]) {
        for index in objectives.indices where objectives[index].title.contains("[[") {
            let written = objectives[index].title
            let title = Wikilinks.asText(withoutImages(written)).singleSpaced.trimmed
            guard !title.isEmpty, title != written else { continue }
            let slug = Slug.make(written), id = objectives[index].id
            if !objectives[index].explicitID, id == slug || id.hasSuffix("/" + slug) {
                let newID = String(id.dropLast(slug.count)) + Slug.make(title)
                if newID != id {
                    objectives[index].aliases.append(id)
                    objectives[index].id = newID
                }
            }
            objectives[index].title = title
        }
    }

    /// `title` without its image embeds (`![[diagram.png]]`, `![[flow.svg|300]]`): a picture beside the words, which
    /// the title cannot show and whose file name is no word of it.
    static func withoutImages(_ title: String) -> String {
        guard title.contains("![[") else { return title }
        var out = ""
        var rest = Substring(title)
        while let open = rest.range(of: "![["), let close = rest[open.upperBound...].range(of: "]]") {
            let target = rest[open.upperBound..<close.lowerBound].split(separator: "|", maxSplits: 1).first ?? ""
            let ext = target.split(separator: ".").last.map { $0.lowercased() } ?? ""
            out += rest[..<open.lowerBound]
            if !imageExtensions.contains(ext) { out += rest[open.lowerBound..<close.upperBound] }
            rest = rest[close.upperBound...]
        }
        return out + rest
    }

    /// Whether the page shows it is an Obsidian note: a wikilink in its words. A `tags:` key is every docs site's front
    /// matter (Hugo, Jekyll, Docusaurus), GitLab's `[[_TOC_]]` a table of contents, TOML's `[[bin]]` in a code block code,
    /// and `[[WIP] Add support](url)` a Markdown link whose text starts with a bracket: none of them is one.
    static func isObsidianNote(_ document: MarkdownDocument) -> Bool {
        var fence = CodeFence()
        for line in document.lines {
            let text = String(line)
            if fence.holds(text) || !text.contains("[[") { continue }
            var uncoded = text
            for range in text.contains("`") ? codeSpan.allRanges(in: text).reversed() : [] { uncoded.replaceSubrange(range, with: " ") }
            for range in wikilink.allRanges(in: uncoded) {
                let target = uncoded[range].dropFirst(2).dropLast(2).trimmed.lowercased()
                if target != "_toc_", target != "toc" { return true }
            }
        }
        return false
    }

    private static let codeSpan = Pattern(#"`+[^`]*`+"#, needs: ["`"])

    /// `[[note]]`, `[[note|shown]]`: brackets that hold no bracket, closed on the line.
    private static let wikilink = Pattern(#"\[\[[^\[\]\n]+\]\]"#, needs: ["[["])

    /// The image formats Obsidian embeds as pictures.
    static let imageExtensions: Set<String> = ["png", "jpg", "jpeg", "gif", "svg", "webp", "bmp", "avif", "tif", "tiff"]
}
